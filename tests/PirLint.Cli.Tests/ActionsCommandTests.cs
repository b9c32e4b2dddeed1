using System.IO;
using System.Linq;
using System.Text.Json;

namespace PirLint.Cli.Tests;

/// <summary><c>pirlint actions</c> on fixed reviews at fixed dates, in every output form.</summary>
public class ActionsCommandTests
{
    /// <summary>
    /// a: item 1 (priya-natarajan, due 03-20) open, item 3 (marco-rossi, due 03-25) in_progress, others closed.
    /// b: item 2 (engineer-b, due 03-20) without status, item 4 (li-wei, due 03-31) open, others closed.
    /// 10 items, 6 closed.
    /// </summary>
    private static TempFolder Reviews()
    {
        var folder = new TempFolder();
        folder.Write("reviews/a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "open", "closed", "in_progress"));
        folder.Write("reviews/b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002", "closed", null, "closed", "open"));
        return folder;
    }

    [Fact]
    public void JsonHasEveryItemAndTheTotalsOnTheDueDate()
    {
        using var folder = Reviews();
        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-03-20", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("2026-03-20", root.GetProperty("today").GetString());
        Assert.Equal(10, root.GetProperty("items").GetArrayLength());
        Assert.Equal(10, root.GetProperty("total").GetInt32());
        Assert.Equal(6, root.GetProperty("closed").GetInt32());
        Assert.Equal((6, 6, 0), (root.GetProperty("due").GetInt32(), root.GetProperty("closed_on_time").GetInt32(), root.GetProperty("closed_late").GetInt32()));
        Assert.Equal(1.0, root.GetProperty("completion_rate").GetDouble()); // the four open items are not due before today
        Assert.Equal(0.9, root.GetProperty("target").GetDouble());
        Assert.Equal(0, root.GetProperty("overdue").GetInt32()); // due today is not overdue

        var first = root.GetProperty("items")[0];
        Assert.Equal("INC-2026-0001", first.GetProperty("review_id").GetString());
        Assert.Equal("reviews/a.pir.yaml", first.GetProperty("file").GetString());
        Assert.StartsWith("Add a regression eval suite", first.GetProperty("description").GetString());
        Assert.Equal("priya-natarajan", first.GetProperty("owner").GetString());
        Assert.Equal("p0_immediate", first.GetProperty("priority").GetString());
        Assert.Equal("2026-03-20", first.GetProperty("due_date").GetString());
        Assert.Equal("open", first.GetProperty("status").GetString());
        Assert.Equal("https://tracker.example.com/browse/AIOPS-412", first.GetProperty("ticket").GetString());
        Assert.Equal(0, first.GetProperty("days_overdue").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("closed_date").ValueKind);
        Assert.Equal("2026-03-19", root.GetProperty("items")[1].GetProperty("closed_date").GetString());
        Assert.Equal("open", root.GetProperty("items")[6].GetProperty("status").GetString()); // b's item 2 has no status
    }

    [Fact]
    public void JsonCountsOverdueItemsByOwnerAFewDaysLater()
    {
        using var folder = Reviews();
        var result = CliRunner.Run(folder.Path, "actions", "reviews", "--today", "2026-04-01", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(4, root.GetProperty("overdue").GetInt32());
        Assert.Equal((10, 0.6), (root.GetProperty("due").GetInt32(), root.GetProperty("completion_rate").GetDouble()));
        var days = root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("days_overdue").GetInt32()).ToArray();
        Assert.Equal(new[] { 12, 0, 7, 0, 0, 0, 12, 0, 1, 0 }, days);
        var byOwner = root.GetProperty("by_owner");
        Assert.Equal(new[] { "ana-souza", "engineer-b", "li-wei", "marco-rossi", "priya-natarajan" }, byOwner.EnumerateObject().Select(p => p.Name));
        Assert.Equal((1, 1), (byOwner.GetProperty("engineer-b").GetProperty("open").GetInt32(), byOwner.GetProperty("engineer-b").GetProperty("overdue").GetInt32()));
        Assert.Equal((1, 1), (byOwner.GetProperty("li-wei").GetProperty("open").GetInt32(), byOwner.GetProperty("li-wei").GetProperty("overdue").GetInt32()));
        Assert.Equal((0, 0), (byOwner.GetProperty("ana-souza").GetProperty("open").GetInt32(), byOwner.GetProperty("ana-souza").GetProperty("overdue").GetInt32()));
        Assert.Equal(1, byOwner.GetProperty("priya-natarajan").GetProperty("overdue").GetInt32());
    }

    [Fact]
    public void TextPutsOverdueItemsFirstAndEndsWithASummaryLine()
    {
        using var folder = Reviews();
        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd('\n').Split('\n');
        Assert.StartsWith("OVERDUE  DUE", lines[0]);
        Assert.Matches(@"^12d +2026-03-20 +open +- +priya-natarajan +p0_immediate +INC-2026-0001 +reviews/a\.pir\.yaml:\d+ +Add a regression", lines[1]);
        Assert.Matches(@"^12d +2026-03-20 +open +- +engineer-b .+INC-2026-0002", lines[2]);
        Assert.Matches(@"^7d +2026-03-25 +in_progress +- +marco-rossi", lines[3]);
        Assert.Matches(@"^1d +2026-03-31 +open +- +li-wei", lines[4]);
        Assert.Matches(@"^- +2026-03-20 +closed +2026-03-19 +engineer-b", lines[5]);
        Assert.Equal("10 action item(s) in 2 review(s) on 2026-04-01: 10 due: 6 closed on time, 0 closed late, 4 open and overdue; 0 not due yet; on-time completion rate 60% (target 90%): under the target and under 80%.", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("  engineer-b ", System.StringComparison.Ordinal) && l.EndsWith("1     1", System.StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownIsAWikiReportWithACharacterBar()
    {
        using var folder = Reviews();
        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);
        var text = result.Stdout;
        Assert.StartsWith("# Action item follow-up\n\n10 action item(s) in 2 review(s) on 2026-04-01", text);
        Assert.Contains("\n`████████████░░░░░░░░` 60% of the action items due closed on time (target 90%)\n", text);
        Assert.Contains("## Overdue\n\n| Days overdue | Due | Owner | Priority | Status | Review | Action item |\n|---:|---|---|---|---|---|---|\n| 12 | 2026-03-20 | priya-natarajan | p0_immediate | open | [INC-2026-0001](<reviews/a.pir.yaml>) | Add a regression", text);
        Assert.Contains("## By owner\n\n| Owner | Open | Overdue |\n|---|---:|---:|\n| ana-souza | 0 | 0 |\n| engineer-b | 1 | 1 |", text);
        Assert.Contains("| [INC-2026-0002](<reviews/b.pir.yaml>) | Log the refund amount", text);
        Assert.Contains("[ticket](<https://tracker.example.com/browse/AIOPS-416>)", text);
    }

    [Fact]
    public void MarkdownWithAChartWritesAnSvgAndLinksItFromWhereTheReportIsSaved()
    {
        using var folder = Reviews();
        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01", "--format", "markdown", "--out", "docs/follow-up.md", "--chart", "docs/img/completion.svg");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var report = File.ReadAllText(Path.Combine(folder.Path, "docs", "follow-up.md"));
        Assert.Contains("![60% of the action items due closed on time (target 90%)](img/completion.svg)", report);
        Assert.Contains("[INC-2026-0001](<../reviews/a.pir.yaml>)", report);
        var svg = System.Xml.Linq.XDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "docs", "img", "completion.svg")));
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Contains("60% on time (6 of 10 due), 0 late, target 90%, 4 overdue", svg.Root.Value);
    }

    [Fact]
    public void AllClosedIsOnTargetAndTheOutputIsTheSameEveryRun()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001"));
        var first = CliRunner.Run(folder.Path, "actions", "--today", "2027-01-01");
        Assert.EndsWith(": 5 due: 5 closed on time, 0 closed late, 0 open and overdue; 0 not due yet; on-time completion rate 100% (target 90%): on target.\n", first.Stdout);
        Assert.Equal(first.Stdout, CliRunner.Run(folder.Path, "actions", "--today", "2027-01-01").Stdout);
    }

    [Fact]
    public void ItemsClosedLateCountAgainstTheRateInEveryForm()
    {
        using var folder = new TempFolder();
        // Item 1 (due 2026-03-20) closed on 2026-03-23: late. The other four closed on time: 80%.
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001").Replace("    closed_date: \"2026-03-18\"\n", "    closed_date: \"2026-03-23\"\n"));
        var text = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01");
        Assert.EndsWith("5 due: 4 closed on time, 1 closed late, 0 open and overdue; 0 not due yet; on-time completion rate 80% (target 90%): under the target.\n", text.Stdout);
        using var json = JsonDocument.Parse(CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01", "--format", "json").Stdout);
        Assert.Equal((5, 4, 1, 0.8), (json.RootElement.GetProperty("due").GetInt32(), json.RootElement.GetProperty("closed_on_time").GetInt32(), json.RootElement.GetProperty("closed_late").GetInt32(), json.RootElement.GetProperty("completion_rate").GetDouble()));
        var check = CliRunner.Run(folder.Path, "check", "--today", "2026-04-01");
        Assert.Equal(0, check.ExitCode); // 80% is a warning, not an error
        Assert.Contains("warning PIR902: the on-time completion rate of the action items due is 80% (5 due: 4 closed on time, 1 closed late, 0 open and overdue, across 1 review(s))", check.Stdout);
    }

    [Fact]
    public void OpenItemsNotYetDueLeaveNoCompletionRate()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "open", "open", "open", "open", "open"));
        Assert.EndsWith("5 action item(s) in 1 review(s) on 2026-03-19: nothing is due yet, so there is no completion rate.\n", CliRunner.Run(folder.Path, "actions", "--today", "2026-03-19").Stdout);
        using var json = JsonDocument.Parse(CliRunner.Run(folder.Path, "actions", "--today", "2026-03-19", "--format", "json").Stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("completion_rate").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("due").GetInt32());
    }

    [Fact]
    public void NoReviewsIsNothingToFollowUp()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("completion_rate").ValueKind);
        Assert.Equal("0 action item(s) in 0 review(s) on 2026-04-01: nothing to follow up.\n", CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01").Stdout);
    }

    [Fact]
    public void AnUnreadableReviewIsNamedOnStandardError()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001"));
        folder.Write("b.pir.yaml", "action_items: [\n");
        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("b.pir.yaml cannot be read as a review, so its action items are not counted", result.Stderr);
    }

    [Theory]
    [InlineData("actions", "--format", "sarif")]
    [InlineData("actions", "--today", "2026-13-01")]
    [InlineData("actions", "--chart", "c.svg")]
    [InlineData("actions", "no/such/folder")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pirlint: ", result.Stderr);
    }
}
