using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PirLint.Cli;

namespace PirLint.Tickets.Tests;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string All => Stdout + Stderr;
}

internal static class Cli
{
    /// <summary>Runs <c>pirlint</c> in-process in <paramref name="folder"/>, as from a shell there.</summary>
    public static CliResult Run(string folder, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = CliApplication.Run(args, stdout, stderr, folder);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The URL of the fake's issue whose body carries <paramref name="marker"/>.</summary>
    public static string UrlOf(FakeGitHub github, string marker) =>
        (string)github.Issues.Single(i => ((string?)i["body"] ?? string.Empty).EndsWith(marker, System.StringComparison.Ordinal))["html_url"]!;

    public static JsonObject IssueOf(FakeGitHub github, string marker) =>
        github.Issues.Single(i => ((string?)i["body"] ?? string.Empty).EndsWith(marker, System.StringComparison.Ordinal));
}
