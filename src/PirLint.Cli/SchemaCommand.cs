using System.IO;
using PirLint.Hosting;
using PirLint.Schema;

namespace PirLint.Cli;

/// <summary><c>pirlint schema</c>: the effective schema as JSON Schema 2020-12, for editors.</summary>
internal static class SchemaCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        var commandLine = CommandLine.ParseWithFlags(args, new[] { "--editor", "--force" }, "--schema", "--out");
        if (commandLine.Paths.Count > 0)
        {
            throw new UsageException($"unexpected argument '{commandLine.Paths[0]}'");
        }

        var schema = PirSchema.Default;
        if (commandLine.Get("--schema") is { } schemaArgument)
        {
            var schemaPath = Path.GetFullPath(Path.Combine(currentDirectory, schemaArgument));
            if (!File.Exists(schemaPath))
            {
                throw new UsageException($"--schema file '{schemaArgument}' does not exist");
            }

            var resolver = new SchemaResolver(schemaPath, p => PathDisplay.Relative(p, currentDirectory));
            schema = resolver.LoadSchema(schemaPath) ?? ReportProblems(resolver, stderr);
            if (schema == null)
            {
                return CliApplication.ErrorsFound;
            }
        }

        var json = JsonSchemaExporter.Export(schema, forEditors: commandLine.Has("--editor"));
        if (commandLine.Get("--out") is { } output)
        {
            var outPath = Path.GetFullPath(Path.Combine(currentDirectory, output));
            if (!FileWriter.Write(outPath, json + "\n", commandLine.Has("--force")))
            {
                stderr.WriteLine(FileWriter.Exists(PathDisplay.Relative(outPath, currentDirectory), "schema"));
                return CliApplication.UsageError;
            }
        }
        else
        {
            stdout.WriteLine(json);
        }

        return CliApplication.Success;
    }

    private static PirSchema? ReportProblems(SchemaResolver resolver, TextWriter stderr)
    {
        foreach (var problem in resolver.Problems)
        {
            stderr.WriteLine($"{problem.Path}({problem.Span.StartLine},{problem.Span.StartColumn}): error {problem.Id}: {problem.Message}");
        }

        return null;
    }
}
