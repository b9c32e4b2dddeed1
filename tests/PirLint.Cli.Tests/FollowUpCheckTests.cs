using System.Linq;
using System.Text.Json;

namespace PirLint.Cli.Tests;

/// <summary>PIR901 and PIR902 in <c>pirlint check --today</c>: severities and exit status.</summary>
public class FollowUpCheckTests
{
    [Fact]
    public void AnOverdueItemIsAWarningAndDoesNotFailTheRun()
    {
        using var folder = new TempFolder();
        // 9 of 10 closed: on target; item 3 of b (due 2026-03-25) is in progress.
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001"));
        folder.Write("b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002", "closed", "closed", "in_progress"));
        var onDueDate = CliRunner.Run(folder.Path, "check", "--today", "2026-03-25");
        Assert.Equal(0, onDueDate.ExitCode);
        Assert.Equal("2 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n", onDueDate.Stdout);

        var dayAfter = CliRunner.Run(folder.Path, "check", "--today", "2026-03-26");
        Assert.Equal(0, dayAfter.ExitCode);
        Assert.StartsWith("b.pir.yaml(110,15,110,27): warning PIR901: action item 3 (owner marco-rossi) was due 2026-03-25, 1 day(s) ago, and is still in_progress", dayAfter.Stdout);
        Assert.EndsWith("2 file(s) checked: 0 error(s), 1 warning(s), 0 info(s).\n", dayAfter.Stdout);
    }

    [Fact]
    public void CompletionUnderTheTargetIsAWarningAndUnderEightyPercentAnErrorThatFailsTheRun()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "closed", "closed", "closed", "closed", "open"));
        folder.Write("b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002", "closed", "closed", "closed", "closed", "open"));
        // Before 2026-03-31 the open items are not due: nothing is reported.
        Assert.Equal("2 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n", CliRunner.Run(folder.Path, "check", "--today", "2026-03-31").Stdout);

        var warning = CliRunner.Run(folder.Path, "check", "--today", "2026-04-01", "--format", "json");
        Assert.Equal(0, warning.ExitCode);
        using (var json = JsonDocument.Parse(warning.Stdout))
        {
            var diagnostic = Assert.Single(json.RootElement.EnumerateArray(), d => d.GetProperty("id").GetString() == "PIR902");
            Assert.Equal(("warning", "a.pir.yaml", 90), (diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32()));
            Assert.Contains("80% (10 due: 8 closed on time, 0 closed late, 2 open and overdue, across 2 review(s)), under the target of 90%;", diagnostic.GetProperty("message").GetString());
        }

        folder.Write("b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002", "closed", "closed", "closed", "open", "open"));
        var error = CliRunner.Run(folder.Path, "check", "--today", "2026-04-01");
        Assert.Equal(1, error.ExitCode);
        Assert.StartsWith("a.pir.yaml(90,1,90,13): error PIR902: the on-time completion rate of the action items due is 70% (10 due: 7 closed on time, 0 closed late, 3 open and overdue, across 2 review(s)), under the target of 90% and under 80%", error.Stdout);
    }

    [Fact]
    public void TheTargetAndTheSeveritiesAreConfigurable()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "open", "open", "open"));
        folder.Write(".globalconfig", "is_global = true\npirlint.completion.target = 40%\ndotnet_diagnostic.PIR901.severity = error\n");
        var result = CliRunner.Run(folder.Path, "check", "--today", "2026-03-22");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n');
        Assert.Equal(new[] { "PIR901", "PIR901" }, lines.SkipLast(1).Select(l => l.Split(' ')[2].TrimEnd(':')));
        Assert.All(lines.SkipLast(1), l => Assert.Contains(": error PIR901:", l));
    }

    /// <summary>The contract's PIR902 examples: a new review whose items are all ahead of their dates is never reported.</summary>
    [Fact]
    public void AReviewWrittenYesterdayWithThreeOpenItemsDueNextWeekPasses()
    {
        using var folder = new TempFolder();
        // Review date 2026-03-19; items 1-3 open and due 03-20 (p0), 03-20 (p0) and 03-25 (p1); items 4 and 5 closed.
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "open", "open", "open"));
        foreach (var today in new[] { "2026-03-19", "2026-03-20" })
        {
            var result = CliRunner.Run(folder.Path, "check", "--today", today);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("1 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n", result.Stdout);
        }

        // The day after the p0 items' date they are due and open: 2 of 4 due items on time (50%).
        var later = CliRunner.Run(folder.Path, "check", "--today", "2026-03-21");
        Assert.Equal(1, later.ExitCode);
        Assert.Contains("error PIR902: the on-time completion rate of the action items due is 50% (4 due: 2 closed on time, 0 closed late, 2 open and overdue, across 1 review(s))", later.Stdout);
    }

    [Fact]
    public void WithoutTodayTheLocalDateApplies()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "closed", "closed", "closed", "closed", "open"));
        folder.Write("b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002"));
        var result = CliRunner.Run(folder.Path, "check");
        Assert.Contains(result.Stdout.Split('\n'), l => l.Contains("warning PIR901: action item 5 (owner ana-souza) was due 2026-03-31"));
    }
}
