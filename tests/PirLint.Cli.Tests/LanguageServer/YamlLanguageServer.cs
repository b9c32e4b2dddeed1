using System;
using System.IO;
using PirLint.TestSupport;

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
        var result = ChildProcess.Run(fileName, arguments, folder, timeout);
        if (result.TimedOut)
        {
            throw new TimeoutException($"{fileName} {string.Join(" ", arguments)} took more than {timeout.TotalMinutes} minutes");
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(" ", arguments)} exited {result.ExitCode}: {result.Stderr}{result.Stdout}");
        }
    }
}
