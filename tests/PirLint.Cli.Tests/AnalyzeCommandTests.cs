using System.IO;
using System.Linq;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

/// <summary><c>pirlint analyze</c>: the text and yaml forms, and the yaml block pasted into a review.</summary>
public class AnalyzeCommandTests
{
    [Fact]
    public void TextShowsTheFourLayersOfTheArticlesReview()
    {
        var result = CliRunner.Run(Repository.Root, "analyze", "samples/reviews/INC-2026-0317.pir.yaml");
        Assert.Equal(0, result.ExitCode);
        var text = result.Stdout;
        Assert.Contains("1. Immediate trigger: What change or event triggered the incident?\n   Deployment of updated refund policy prompt (2026-03-15T14:00Z, ci/cd_pipeline)\n", text);
        Assert.Contains("   first symptom: 2026-03-15T14:30Z  First incorrect refund amount generated (agent-cs-pool-3, agent_logs)\n", text);
        Assert.Contains("   detection:     2026-03-15T15:15Z  Customer reports incorrect refund amount via support ticket (customer, zendesk) [reported by a person]\n", text);
        Assert.Contains("   delay:         45 minutes; agrees with the review's detection_delay\n", text);
        Assert.Contains("   - No automated detection: found by people (customer through zendesk at 2026-03-15T15:15Z)\n", text);
        Assert.Contains("3. Prevention gap: What process or test would have prevented this?\n" +
                        "   - No eval suite ran on the change (the ai_agent block lists no evals): add one that this failure would have failed\n" +
                        "   - The guardrails (pii-redaction) did not stop it, and the agent acts autonomously\n" +
                        "   - Missing model behavior drift detection\n   - Missing automated output quality monitoring\n", text);
        Assert.Contains("4. Systemic factor:", text);
    }

    [Fact]
    public void TheYamlBlockPastedIntoAReviewWithoutAnalysisSatisfiesPIR402()
    {
        var withoutAnalysis = Repository.CleanSample;
        var start = withoutAnalysis.IndexOf("analysis:\n", System.StringComparison.Ordinal);
        var end = withoutAnalysis.IndexOf("action_items:\n", System.StringComparison.Ordinal);
        withoutAnalysis = withoutAnalysis.Remove(start, end - start);

        using var folder = new TempFolder();
        folder.Write("r.pir.yaml", withoutAnalysis);
        var before = CliRunner.Run(folder.Path, "check", "--today", "2026-03-19");
        Assert.Contains("info PIR402:", before.Stdout);
        Assert.Contains("'pirlint analyze'", before.Stdout);

        var yaml = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml", "--format", "yaml");
        Assert.Equal(0, yaml.ExitCode);
        Assert.StartsWith("# Drafted by 'pirlint analyze' from r.pir.yaml: check every line with the team.\nanalysis:\n  immediate_trigger: \"Deployment of updated refund policy prompt (2026-03-15T14:00Z, ci/cd_pipeline)\"\n  detection_gap:\n    - \"No automated detection: found by people", yaml.Stdout);

        folder.Write("r.pir.yaml", withoutAnalysis.ReplaceOnce("action_items:\n", yaml.Stdout + "\naction_items:\n"));
        var after = CliRunner.Run(folder.Path, "check", "--today", "2026-03-19");
        Assert.Equal("1 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n", after.Stdout);
    }

    [Fact]
    public void NotesBecomeYamlCommentsAndTextWithQuotesIsEscaped()
    {
        using var folder = new TempFolder();
        folder.Write("r.pir.yaml", Repository.CleanSample
            .ReplaceOnce("detection_delay: \"45 minutes\"", "detection_delay: \"20 minutes\"")
            .ReplaceOnce("\"Deployment of updated refund policy prompt\"", "'Deployment of the \"refund\" prompt \\ v2'"));
        var yaml = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml", "--format", "yaml").Stdout;
        var lines = yaml.Split('\n');
        Assert.Contains("# Note: the review already has an 'analysis' block: merge these drafts into it rather than adding a second one", lines);
        Assert.Contains(lines, l => l.StartsWith("# Note: the review's detection_delay is '20 minutes' (20 minutes), but the timeline gives 45 minutes", System.StringComparison.Ordinal));
        Assert.Contains("  immediate_trigger: \"Deployment of the \\\"refund\\\" prompt \\\\ v2 (2026-03-15T14:00Z, ci/cd_pipeline)\"", lines);
    }

    [Fact]
    public void AnUnreadableReviewExitsOneWithItsDiagnostic()
    {
        using var folder = new TempFolder();
        folder.Write("r.pir.yaml", "timeline: [\n");
        var result = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("r.pir.yaml(2,1,2,1): error PIR001: YAML syntax error", result.Stderr);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("analyze", "a.pir.yaml", "b.pir.yaml")]
    [InlineData("analyze", "missing.pir.yaml")]
    [InlineData("analyze", "samples/reviews/INC-2026-0317.pir.yaml", "--format", "json")]
    [InlineData("agenda")]
    public void UsageErrorsExitTwo(params string[] args) =>
        Assert.Equal(2, CliRunner.Run(Repository.Root, args).ExitCode);
}
