using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PirLint.Cli.Tests;

/// <summary><c>pirlint new</c>: the template passes every rule but at its marked places, and never overwrites a file.</summary>
public class NewCommandTests
{
    private static List<JsonElement> Check(string folder, string file)
    {
        var result = CliRunner.Run(folder, "check", file, "--today", "2026-05-11", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    [Fact]
    public void TheYamlReviewIsDatedTodayAndCheckReportsExactlyItsTodoLines()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-05-11");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Wrote INC-2026-0042.pir.yaml: 36 place(s) marked TODO need the team's facts; 'pirlint check INC-2026-0042.pir.yaml' points at each of them.\n", result.Stdout);
        var text = File.ReadAllText(Path.Combine(folder.Path, "INC-2026-0042.pir.yaml"));
        Assert.Contains("  id: \"INC-2026-0042\"\n", text);
        Assert.Contains("review_date: \"2026-05-11\"", text);
        Assert.Contains("analysis:", text);
        Assert.Equal(3, Regex.Matches(text, "  - description:").Count);

        var lines = text.Split('\n');
        var todoLines = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].Contains("# TODO", StringComparison.Ordinal)).ToList();
        var diagnostics = Check(folder.Path, "INC-2026-0042.pir.yaml");

        // PIR902 is the run's completion rate: a new review's three items are open, so alone it is 0%.
        var rate = Assert.Single(diagnostics, d => d.GetProperty("id").GetString() == "PIR902");
        Assert.Contains("0% (0 of 3 items closed", rate.GetProperty("message").GetString());
        var marked = diagnostics.Where(d => d.GetProperty("id").GetString() != "PIR902").ToList();
        Assert.Equal(36, marked.Count);
        Assert.Equal(todoLines, marked.Select(d => d.GetProperty("line").GetInt32()).Distinct());
        Assert.Equal(new[] { "PIR002", "PIR101", "PIR102", "PIR302" }, marked.Select(d => d.GetProperty("id").GetString()).Distinct().OrderBy(i => i));
    }

    [Fact]
    public void FillingInTheMarkedPlacesGivesAReviewThatPassesEveryRule()
    {
        using var folder = new TempFolder();
        CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-03-19");
        var path = Path.Combine(folder.Path, "INC-2026-0042.pir.yaml");
        var times = new Queue<string>(new[] { "2026-03-15T14:00Z", "2026-03-15T14:30Z", "2026-03-15T15:15Z", "2026-03-15T16:15Z" });
        var people = new Queue<string>(new[] { "priya-natarajan", "engineer-b", "marco-rossi" });
        var priorities = new Queue<string>(new[] { "p0_immediate", "p1_this_week", "p2_this_quarter" });
        var dues = new Queue<string>(new[] { "2026-03-20", "2026-03-25", "2026-03-31" });
        var n = 0;
        string Fill(Match m)
        {
            var key = m.Groups["key"].Value;
            var value = key switch
            {
                "title" => "Customer support agent provided incorrect refund amounts",
                "severity" => "sev2",
                "category" => "infrastructure",
                "time" => times.Dequeue(),
                "actor" => "ci/cd_pipeline",
                "owner" => people.Dequeue(),
                "priority" => priorities.Dequeue(),
                "due_date" => dues.Dequeue(),
                "facilitator" => "sam-lee",
                _ => $"Fact number {++n} about the system",
            };
            return $"{m.Groups["lead"].Value}\"{value}\"{m.Groups["rest"].Value}";
        }

        var filled = Regex.Replace(File.ReadAllText(path), @"(?m)^(?<lead>[ -]*(?<key>[a-z_]*):? *)(""""|""TBD"")(?<rest> *# TODO.*)$", Fill);
        File.WriteAllText(path, filled);
        var result = CliRunner.Run(folder.Path, "check", "--today", "2026-03-19");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("PIR902", Assert.Single(result.Stdout.Trim().Split('\n').SkipLast(1)).Split(' ')[2].TrimEnd(':'));

        // Once the items are done, nothing is left to report.
        File.WriteAllText(path, filled.Replace("status: \"open\"", "status: \"closed\""));
        result = CliRunner.Run(folder.Path, "check", "--today", "2026-03-19");
        Assert.Equal("1 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n", result.Stdout);
    }

    [Fact]
    public void TheMarkdownReviewIsReportedAtItsTodoLinesEmptyBulletsAndTableCells()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "new", "--markdown", "--id", "INC-2026-0043", "--today", "2026-05-11");
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(Path.Combine(folder.Path, "INC-2026-0043.pir.md"));
        var lines = text.Split('\n');
        bool IsMarked(string line) =>
            line.Contains("# TODO", StringComparison.Ordinal) || line.TrimEnd() == "-" || Regex.IsMatch(line, @"^\|  \|");
        var expected = Enumerable.Range(1, lines.Length).Where(n => IsMarked(lines[n - 1])).ToList();
        var diagnostics = Check(folder.Path, "INC-2026-0043.pir.md").Where(d => d.GetProperty("id").GetString() != "PIR902").ToList();
        Assert.Equal(expected, diagnostics.Select(d => d.GetProperty("line").GetInt32()).Distinct());
        Assert.Equal(36, diagnostics.Count);
    }

    [Fact]
    public void WithoutAnIdItTakesTheNextFreeIdOfTheYear()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.pir.yaml", FollowUpFixtures.Review("INC-2026-0007"));
        folder.Write("docs/b.pir.yaml", FollowUpFixtures.Review("INC-2025-0100"));
        var result = CliRunner.Run(folder.Path, "new", "--today", "2026-05-11");
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "INC-2026-0008.pir.yaml")));
        Assert.Equal(0, CliRunner.Run(folder.Path, "new", "--today", "2027-01-02", "--markdown").ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "INC-2027-0001.pir.md")));
    }

    [Fact]
    public void ItRefusesToOverwriteAFileUnlessForced()
    {
        using var folder = new TempFolder();
        var existing = folder.Write("mine.pir.yaml", "precious\n");
        var refused = CliRunner.Run(folder.Path, "new", "--out", "mine.pir.yaml", "--today", "2026-05-11");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("pirlint: 'mine.pir.yaml' already exists; 'pirlint new' does not overwrite it (choose another --id or --out, or add --force to replace it)\n", refused.Stderr);
        Assert.Equal("precious\n", File.ReadAllText(existing));
        Assert.Single(Directory.GetFiles(folder.Path)); // no temporary file left behind

        Assert.Equal(0, CliRunner.Run(folder.Path, "new", "--out", "mine.pir.yaml", "--today", "2026-05-11", "--force").ExitCode);
        Assert.StartsWith("# Post-incident review", File.ReadAllText(existing));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Theory]
    [InlineData("new", "--id", "../escape")]
    [InlineData("new", "--today", "tomorrow")]
    [InlineData("new", "stray")]
    [InlineData("new", "--bogus")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        using var folder = new TempFolder();
        Assert.Equal(2, CliRunner.Run(folder.Path, args).ExitCode);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
