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

        // The count 'new' gives is what 'check' reports: no PIR902, because no item is due.
        var marked = diagnostics;
        Assert.Equal(36, marked.Count);
        Assert.Equal(todoLines, marked.Select(d => d.GetProperty("line").GetInt32()).Distinct());
        Assert.Equal(new[] { "PIR002", "PIR101", "PIR102", "PIR302" }, marked.Select(d => d.GetProperty("id").GetString()).Distinct().OrderBy(i => i));
    }

    /// <summary>
    /// The review 'new' wrote on 2026-03-19, its TODO places filled in with three open items due in the coming days
    /// (p1 on 03-26, p1 on 03-26, p2 on 03-31): each quoted TODO value and TBD is replaced by a plausible one.
    /// </summary>
    private static string FillIn(string text, string category)
    {
        var times = new Queue<string>(new[] { "2026-03-15T14:00Z", "2026-03-15T14:30Z", "2026-03-15T15:15Z", "2026-03-15T16:15Z" });
        var people = new Queue<string>(new[] { "priya-natarajan", "engineer-b", "marco-rossi" });
        var priorities = new Queue<string>(new[] { "p1_this_week", "p1_this_week", "p2_this_quarter" });
        var dues = new Queue<string>(new[] { "2026-03-26", "2026-03-26", "2026-03-31" });
        var descriptions = new Queue<string>(new[] { "Add the refund conversations of this incident to the eval set as test cases", "Log refund amounts in agent traces", "Roll out prompt updates through a canary" });
        var n = 0;
        string Fill(Match m)
        {
            var key = m.Groups["key"].Value;
            var value = key switch
            {
                "title" => "Customer support agent provided incorrect refund amounts",
                "severity" => "sev2",
                "category" => category,
                "description" => descriptions.Dequeue(),
                "name" => "refund-assistant",
                "autonomy" => "acts_autonomously",
                "id" => "gpt-4o-2024-08-06",
                "prompt_version" => "refunds-v14",
                "previous_prompt_version" => "refunds-v13",
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

        var filled = Regex.Replace(text, @"(?m)^(?<lead>[ -]*(?<key>[a-z_]*):? *)(""""|""TBD"")(?<rest> *# TODO.*)$", Fill);
        Assert.Empty(times);
        Assert.Empty(dues);
        return filled;
    }

    [Theory]
    [InlineData(null, "infrastructure")]
    [InlineData("model_behavior", "model_behavior")]
    [InlineData("prompt_regression", "prompt_regression")]
    public void FilledInWithOpenItemsDueInTheComingDaysItPassesOnTheDayAndAWeekLater(string? option, string category)
    {
        using var folder = new TempFolder();
        var args = new List<string> { "new", "--id", "INC-2026-0042", "--today", "2026-03-19" };
        if (option != null)
        {
            args.AddRange(new[] { "--category", option });
        }

        Assert.Equal(0, CliRunner.Run(folder.Path, args.ToArray()).ExitCode);
        var path = Path.Combine(folder.Path, "INC-2026-0042.pir.yaml");
        File.WriteAllText(path, FillIn(File.ReadAllText(path), category));
        foreach (var today in new[] { "2026-03-19", "2026-03-26" })
        {
            var result = CliRunner.Run(folder.Path, "check", "--today", today);
            Assert.Equal((0, "1 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n"), (result.ExitCode, result.Stdout));
        }

        // The day after the p1 items' date, they are open and due: PIR901 at each, and PIR902 (0 of 2 on time).
        var later = CliRunner.Run(folder.Path, "check", "--today", "2026-03-27");
        Assert.Equal(1, later.ExitCode);
        Assert.Equal(new[] { "PIR901", "PIR901", "PIR902" }, later.Stdout.Trim().Split('\n').SkipLast(1).Select(l => l.Split(' ')[2].TrimEnd(':')).OrderBy(i => i));
    }

    [Fact]
    public void AnAgentCategoryWritesTheBlockWithItsTodoPlacesAndCheckReportsThem()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-05-11", "--category", "prompt_regression");
        var text = File.ReadAllText(Path.Combine(folder.Path, "INC-2026-0042.pir.yaml"));
        Assert.Contains("  category: \"prompt_regression\"\n", text);
        Assert.Contains("\nai_agent:", text);
        var diagnostics = Check(folder.Path, "INC-2026-0042.pir.yaml");
        Assert.Equal($"Wrote INC-2026-0042.pir.yaml: {diagnostics.Count} place(s) marked TODO need the team's facts; 'pirlint check INC-2026-0042.pir.yaml' points at each of them.\n", result.Stdout);
        var lines = text.Split('\n');
        int Line(string start) => Array.FindIndex(lines, l => l.StartsWith(start, StringComparison.Ordinal)) + 1;
        string[] At(int line) => diagnostics.Where(d => d.GetProperty("line").GetInt32() == line).Select(d => d.GetProperty("id").GetString()!).ToArray();
        Assert.Equal(new[] { "PIR002" }, At(Line("  name: \"\"")));
        Assert.Equal(new[] { "PIR002" }, At(Line("  autonomy: \"\"")));
        Assert.Equal(new[] { "PIR002" }, At(Line("    - id: \"\"")));
        Assert.Equal(new[] { "PIR404" }, At(Line("ai_agent:")));
        Assert.Contains("PIR405", At(Line("action_items:")));
        Assert.DoesNotContain(diagnostics, d => d.GetProperty("id").GetString() is "PIR403" or "PIR005" or "PIR003");

        var markdown = CliRunner.Run(folder.Path, "new", "--markdown", "--id", "INC-2026-0043", "--today", "2026-05-11", "--category", "tool_failure");
        var mdDiagnostics = Check(folder.Path, "INC-2026-0043.pir.md");
        Assert.Contains($": {mdDiagnostics.Count} place(s) marked TODO", markdown.Stdout);
        Assert.Contains("\nai_agent:", File.ReadAllText(Path.Combine(folder.Path, "INC-2026-0043.pir.md")));
        Assert.DoesNotContain(mdDiagnostics, d => d.GetProperty("id").GetString() is "PIR403" or "PIR404" or "PIR005" or "PIR003");
    }

    [Fact]
    public void WithoutACategoryTheTemplateAsksForTheBlockInAComment()
    {
        using var folder = new TempFolder();
        CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-05-11");
        var text = File.ReadAllText(Path.Combine(folder.Path, "INC-2026-0042.pir.yaml"));
        Assert.DoesNotContain("\nai_agent:", text);
        Assert.Contains("\n# ai_agent: for an AI-agent category", text);
        Assert.Contains("'pirlint new --category model_behavior' writes the block", text);
    }

    [Fact]
    public void NumbersAreWrittenWithoutQuotesAndAQuotedNumberIsCalledAString()
    {
        using var folder = new TempFolder();
        CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-05-11");
        var path = Path.Combine(folder.Path, "INC-2026-0042.pir.yaml");
        var text = File.ReadAllText(path);
        Assert.Matches(@"\n  affected_users: +# optional: a whole number, without quotes", text);
        Assert.Matches(@"\n  incorrect_responses: +# optional", text);

        File.WriteAllText(path, Regex.Replace(text, @"\n  affected_users: +#", "\n  affected_users: 340 #"));
        Assert.DoesNotContain(Check(folder.Path, "INC-2026-0042.pir.yaml"), d => d.GetProperty("message").GetString()!.Contains("affected_users"));

        File.WriteAllText(path, Regex.Replace(text, @"\n  affected_users: +#", "\n  affected_users: \"340\" #"));
        var quoted = Assert.Single(Check(folder.Path, "INC-2026-0042.pir.yaml"), d => d.GetProperty("message").GetString()!.Contains("affected_users"));
        Assert.Equal("PIR003", quoted.GetProperty("id").GetString());
        Assert.Equal("'affected_users' is the string \"340\" (in quotes), not a whole number; write 340 without quotes", quoted.GetProperty("message").GetString());
    }

    [Fact]
    public void TheCountFollowsTheConfigurationCheckUses()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*.pir.yaml]\npirlint.PIR101.severity = none\n");
        var result = CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-05-11");
        var diagnostics = Check(folder.Path, "INC-2026-0042.pir.yaml");
        Assert.Equal(33, diagnostics.Count); // the three TBD owners are not reported
        Assert.Contains(": 33 place(s) marked TODO", result.Stdout);
    }

    [Fact]
    public void AnUnknownCategoryIsAUsageErrorWithTheNearestOne()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "new", "--category", "prompt_regresion");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pirlint: --category 'prompt_regresion' is not a category; did you mean 'prompt_regression'?", result.Stderr);
        Assert.Empty(Directory.GetFiles(folder.Path));
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
        var diagnostics = Check(folder.Path, "INC-2026-0043.pir.md");
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
