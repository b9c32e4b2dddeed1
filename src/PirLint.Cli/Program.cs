using System;
using System.Threading;
using PirLint.Schema;

namespace PirLint.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "check")
        {
            StartLoadingBuiltInSchema();
        }

        return CliApplication.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
    }

    /// <summary>
    /// Reads and compiles the built-in schema on the second core while this thread sets up the console and walks the
    /// paths, so that a one-file check does not wait for each in turn. A failure here is the schema's own and is met
    /// again, the same, where the check asks for the schema.
    /// </summary>
    private static void StartLoadingBuiltInSchema()
    {
        var thread = new Thread(() =>
        {
            try
            {
                _ = PirSchema.Default;
            }
            catch (Exception)
            {
                // Reported where the check itself reads the schema.
            }
        })
        {
            IsBackground = true,
            Name = "pirlint schema",
        };
        thread.Start();
    }
}
