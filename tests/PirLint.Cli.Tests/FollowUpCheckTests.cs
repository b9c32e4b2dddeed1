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
        Assert.StartsWith("b.pir.yaml(108,15,108,27): warning PIR901: action item 3 (owner marco-rossi) was due 2026-03-25, 1 day(s) ago, and is still in_progress", dayAfter.Stdout);
        Assert.EndsWith("2 file(s) checked: 0 error(s), 1 warning(s), 0 info(s).\n", dayAfter.Stdout);
    }

    [Fact]
    public void CompletionUnderTheTargetIsAWarningAndUnderEightyPercentAnErrorThatFailsTheRun()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", FollowUpFixtures.Review("INC-2026-0001", "closed", "closed", "closed", "closed", "open"));
        folder.Write("b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002", "closed", "closed", "closed", "closed", "open"));
        var warning = CliRunner.Run(folder.Path, "check", "--today", "2026-03-20", "--format", "json");
        Assert.Equal(0, warning.ExitCode);
        using (var json = JsonDocument.Parse(warning.Stdout))
        {
            var diagnostic = Assert.Single(json.RootElement.EnumerateArray());
            Assert.Equal(("PIR902", "warning", "a.pir.yaml", 90), (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32()));
            Assert.Contains("80% (8 of 10 items closed across 2 review(s)), under the target of 90%;", diagnostic.GetProperty("message").GetString());
        }

        folder.Write("b.pir.yaml", FollowUpFixtures.Review("INC-2026-0002", "closed", "closed", "closed", "open", "open"));
        var error = CliRunner.Run(folder.Path, "check", "--today", "2026-03-20");
        Assert.Equal(1, error.ExitCode);
        Assert.StartsWith("a.pir.yaml(90,1,90,13): error PIR902: the action item completion rate is 70% (7 of 10 items closed across 2 review(s)), under the target of 90% and under 80%", error.Stdout);
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
