using System;
using System.Diagnostics;
using System.IO;

namespace PirLint.Cli.Tests.LanguageServer;

/// <summary>
/// The YAML language server that VS Code's YAML extension runs, installed from the npm registry by the test run itself
/// (once, into this test project's obj folder, which git ignores) at a pinned version.
/// </summary>
internal static class YamlLanguageServer
{
    /// <summary>Pinned: the newest version that supports the Node.js 20 of the project's machines (2.x needs 22.13).</summary>
    public const string Version = "1.25.0";

    private static readonly object Gate = new();

    /// <summary>The server's entry script, installing it first when needed.</summary>
    public static string Install()
    {
        lock (Gate)
        {
            var folder = Path.Combine(Repository.Root, "tests", "PirLint.Cli.Tests", "obj", "yaml-language-server-" + Version);
            var entry = Path.Combine(folder, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
            var done = Path.Combine(folder, "installed");
            if (File.Exists(done) && File.Exists(entry))
            {
                return entry;
            }

            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "package.json"),
                "{ \"private\": true, \"description\": \"test dependency of PirLint.Cli.Tests\", \"dependencies\": { \"yaml-language-server\": \"" + Version + "\" } }\n");
            Run("npm", folder, TimeSpan.FromMinutes(5), "install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock", "--loglevel=error");
            if (!File.Exists(entry))
            {
                throw new InvalidOperationException("npm install did not produce " + entry);
            }

            File.WriteAllText(done, Version + "\n");
            return entry;
        }
    }

    private static void Run(string fileName, string folder, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(" ", arguments)} took more than {timeout.TotalMinutes} minutes");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(" ", arguments)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
