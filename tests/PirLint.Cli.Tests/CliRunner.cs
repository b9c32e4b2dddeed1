using System;
using System.IO;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the pirlint command in-process in a folder, as a user would from a shell.</summary>
internal static class CliRunner
{
    public static CliResult Run(string folder, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CliApplication.Run(args, stdout, stderr, folder);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder of review files, deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pirlint-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class Repository
{
    /// <summary>The repository root (<see cref="TestPaths.RepositoryRoot"/>).</summary>
    public static string Root => TestPaths.RepositoryRoot;

    public static string CleanSample => File.ReadAllText(System.IO.Path.Combine(Root, "samples", "reviews", "INC-2026-0317.pir.yaml"));
}
