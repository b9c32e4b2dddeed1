using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace PirLint.TestSupport;

/// <summary>The exit code and both output streams of a finished child process.</summary>
internal sealed record ChildProcessResult(int ExitCode, string Stdout, string Stderr, bool TimedOut);

/// <summary>
/// Runs a child process with stdout and stderr drained together (so a full pipe never deadlocks it) and kills its
/// whole process tree when it outlives the time bound.
/// </summary>
internal static class ChildProcess
{
    public static ChildProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        TimeSpan? timeout = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? standardInput = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput != null,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (workingDirectory != null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        if (environment != null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput != null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        var exited = process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(10)).TotalMilliseconds);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return new ChildProcessResult(exited ? process.ExitCode : -1, stdout.Result, stderr.Result, !exited);
    }

    /// <summary>The full path of <paramref name="command"/> on PATH, or null.</summary>
    public static string? FindOnPath(string command)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (folder.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(folder, command);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
