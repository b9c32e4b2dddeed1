using BenchmarkDotNet.Running;

namespace PirLint.Benchmarks;

public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "stages")
        {
            Stages.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "cold")
        {
            Cold.Run(args);
            return;
        }

        if (args.Length > 0 && args[0] == "folder")
        {
            Quick.Folder(args);
            return;
        }

        if (args.Length > 0 && args[0] == "quick")
        {
            Quick.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
