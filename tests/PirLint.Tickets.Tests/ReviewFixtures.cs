using System;
using System.IO;
using PirLint.TestSupport;

namespace PirLint.Tickets.Tests;

/// <summary>
/// Two reviews in a temporary folder, made from the repository's samples: the YAML one with CRLF line endings and three
/// items without a ticket (one with no status line), the Markdown one with an action-items table that has neither a
/// ticket nor a closed-date column and two open items. Closed items and items with a ticket are left alone by sync.
/// </summary>
internal sealed class ReviewFixtures : IDisposable
{
    public const string YamlName = "reviews/INC-2026-0317.pir.yaml";
    public const string MarkdownName = "reviews/INC-2026-0317-MD.pir.md";

    public ReviewFixtures()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pirlint-tickets-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Folder, "reviews"));
        YamlText = MakeYaml();
        MarkdownText = MakeMarkdown();
        File.WriteAllText(YamlPath, YamlText);
        File.WriteAllText(MarkdownPath, MarkdownText);
        CredentialFile = Path.Combine(Folder, "github.token");
        File.WriteAllText(CredentialFile, "# the test token\nGITHUB_TOKEN=" + FakeGitHub.Token + "\n");
    }

    public string Folder { get; }

    public string YamlPath => Path.Combine(Folder, YamlName);

    public string MarkdownPath => Path.Combine(Folder, MarkdownName);

    public string CredentialFile { get; }

    /// <summary>The YAML review as first written (CRLF).</summary>
    public string YamlText { get; }

    public string MarkdownText { get; }

    public static string Sample(string name) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", name)).Replace("\r\n", "\n");

    public string ReadYaml() => File.ReadAllText(YamlPath);

    public string ReadMarkdown() => File.ReadAllText(MarkdownPath);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private static string MakeYaml()
    {
        var text = Sample("INC-2026-0317.pir.yaml");
        text = Replace(text, "    status: \"closed\"\n    closed_date: \"2026-03-19\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-413\"\n", "    status: \"open\"\n");
        text = Replace(text, "    status: \"closed\"\n    closed_date: \"2026-03-24\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-414\"\n", "    status: in_progress   # started in the review meeting\n");
        text = Replace(text, "    status: \"closed\"\n    closed_date: \"2026-03-30\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-415\"\n", string.Empty);
        text = Replace(text, "    status: \"closed\"\n    closed_date: \"2026-03-31\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-416\"\n", "    status: \"open\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-416\"\n");
        return text.Replace("\n", "\r\n");
    }

    private static string MakeMarkdown()
    {
        var text = Sample("INC-2026-0317.pir.md");
        text = Replace(text, "| Description | Owner | Priority | Due date | Status | Closed date | Ticket URL |\n|---|---|---|---|---|---|---|\n", "| Description | Owner | Priority | Due date | Status |\n|---|---|---|---|---|\n");
        foreach (var (number, closedOn) in new[] { (412, "2026-03-18"), (413, "2026-03-19"), (414, "2026-03-24"), (415, "2026-03-30"), (416, "2026-03-31") })
        {
            text = Replace(text, $" {closedOn} | https://tracker.example.com/browse/AIOPS-{number} |\n", "\n");
        }

        text = Replace(text, "| engineer-b | p0_immediate | 2026-03-20 | closed |", "| engineer-b | p0_immediate | 2026-03-20 | open |");
        text = Replace(text, "| li-wei | p2_this_quarter | 2026-03-31 | closed |", "| li-wei | p2_this_quarter | 2026-03-31 | in_progress |");
        return text;
    }

    /// <summary>Replaces exactly one occurrence, so a changed sample fails here rather than making a test vacuous.</summary>
    public static string Replace(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(old, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException("the fixture text is not found exactly once: " + old);
        }

        return text.Substring(0, at) + replacement + text.Substring(at + old.Length);
    }

    /// <summary>The YAML review after sync: a ticket_url line after each of items 2-4, in their indentation, with CRLF.</summary>
    public string ExpectedYaml(Func<string, string> urlOf)
    {
        var text = YamlText;
        text = Replace(text, "    status: \"open\"\r\n\r\n", "    status: \"open\"\r\n    ticket_url: " + urlOf("pirlint:INC-2026-0317#2") + "\r\n\r\n");
        text = Replace(text, "    status: in_progress   # started in the review meeting\r\n", "    status: in_progress   # started in the review meeting\r\n    ticket_url: " + urlOf("pirlint:INC-2026-0317#3") + "\r\n");
        text = Replace(text, "    due_date: \"2026-03-31\"\r\n\r\n", "    due_date: \"2026-03-31\"\r\n    ticket_url: " + urlOf("pirlint:INC-2026-0317#4") + "\r\n\r\n");
        return text;
    }

    /// <summary>The Markdown review after sync: a Ticket URL column, filled for the two open rows.</summary>
    public string ExpectedMarkdown(Func<string, string> urlOf)
    {
        var text = MarkdownText;
        text = Replace(text, "| Description | Owner | Priority | Due date | Status |\n|---|---|---|---|---|\n", "| Description | Owner | Priority | Due date | Status | Ticket URL |\n|---|---|---|---|---|---|\n");
        text = Replace(text, "| engineer-b | p0_immediate | 2026-03-20 | open |\n", "| engineer-b | p0_immediate | 2026-03-20 | open | " + urlOf("pirlint:INC-2026-0317-MD#2") + " |\n");
        text = Replace(text, "| li-wei | p2_this_quarter | 2026-03-31 | in_progress |\n", "| li-wei | p2_this_quarter | 2026-03-31 | in_progress | " + urlOf("pirlint:INC-2026-0317-MD#4") + " |\n");
        foreach (var row in new[] { "| priya-natarajan | p0_immediate | 2026-03-20 | closed |", "| marco-rossi | p1_this_week | 2026-03-25 | closed |", "| ana-souza | p2_this_quarter | 2026-03-31 | closed |" })
        {
            text = Replace(text, row + "\n", row + "  |\n");
        }

        return text;
    }
}
