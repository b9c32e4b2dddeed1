using System.IO;

namespace PirLint.Cli.Tests;

/// <summary><c>analyze</c> and <c>agenda</c> read the <c>ai_agent</c> block (format v1.1), and read reviews through the engine's load path.</summary>
public class AgentFactsCommandTests
{
    private const string Deployment = "    event: \"Deployment of updated refund policy prompt\"\n";

    private const string Diagnosis = "    event: \"Root cause identified: prompt update changed refund calculation logic\"\n";

    /// <summary>The article's review with no event naming a deployment or an update.</summary>
    private static string WithoutDeploymentWord(string text)
    {
        Assert.Contains(Deployment, text);
        Assert.Contains(Diagnosis, text);
        return text.Replace(Deployment, "    event: \"Refund policy prompt v14 reached the support agents\"\n")
            .Replace(Diagnosis, "    event: \"Root cause identified: the new prompt changed the refund calculation logic\"\n");
    }

    [Fact]
    public void WithoutADeploymentInTheTimelineThePromptChangeInTheBlockIsTheTrigger()
    {
        using var folder = new TempFolder();
        folder.Write("r.pir.yaml", WithoutDeploymentWord(Repository.CleanSample));
        var result = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1. Immediate trigger: What change or event triggered the incident?\n   The prompt change from support-refund-policy-v13 to support-refund-policy-v14 (ai_agent): the timeline names no deployment, so add the event of its release\n", result.Stdout);
    }

    [Fact]
    public void WithoutADeploymentOrAPromptChangeAModelBehaviourIncidentPointsAtTheModel()
    {
        using var folder = new TempFolder();
        var text = WithoutDeploymentWord(Repository.CleanSample).Replace("  previous_prompt_version: \"support-refund-policy-v13\"\n", string.Empty);
        folder.Write("r.pir.yaml", text);
        var yaml = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml", "--format", "yaml").Stdout;
        Assert.Contains("  immediate_trigger: \"A provider-side update of the model gpt-4o-2024-08-06 (ai_agent), with no deployment of ours in the timeline: check the provider's change notes for the incident's day\"\n", yaml);
    }

    [Fact]
    public void WithoutTheBlockTheTriggerAndThePreventionGapComeFromTheTimelineAndTheCategoryAlone()
    {
        using var folder = new TempFolder();
        var text = WithoutDeploymentWord(Repository.CleanSample);
        folder.Write("r.pir.yaml", text.Substring(0, text.IndexOf("\nai_agent:", System.StringComparison.Ordinal) + 1));
        var output = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml").Stdout;
        Assert.Contains("   No clear trigger: look for gradual degradation\n", output);
        Assert.Contains("3. Prevention gap: What process or test would have prevented this?\n   - Missing model behavior drift detection\n", output);
    }

    [Fact]
    public void ThePreventionGapNamesTheEvalsAndGuardrailsTheBlockLists()
    {
        using var folder = new TempFolder();
        folder.Write("r.pir.yaml", Repository.CleanSample + "  evals:\n    - \"refunds-golden-set-v3\"\n");
        var output = CliRunner.Run(folder.Path, "analyze", "r.pir.yaml").Stdout;
        Assert.Contains("   - The evals that ran (refunds-golden-set-v3) did not catch it: add this failure to them as test cases\n   - The guardrails (pii-redaction) did not stop it, and the agent acts autonomously\n", output);
    }

    [Fact]
    public void TheAgendaWalksThroughTheAgentsFactsAfterTheTimeline()
    {
        var result = CliRunner.Run(Repository.Root, "agenda", "samples/reviews/INC-2026-0317.pir.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "| 2026-03-15T16:15Z | Verified correct refund calculations restored | engineer-b | manual_testing |  |\n\n" +
            "The agent, as the review records it:\n\n" +
            "- Agent: customer-support-agent (acts_autonomously)\n" +
            "- Models: gpt-4o-2024-08-06 (openai, primary)\n" +
            "- Prompt version: support-refund-policy-v13 -> support-refund-policy-v14\n" +
            "- Tools: lookup_order, get_refund_policy, quote_refund\n" +
            "- Guardrails: pii-redaction\n" +
            "- Evals: none listed: which eval would have caught this?\n" +
            "- Traces: conv-20260315-1432-7f3a\n\n## 0:20-0:35", result.Stdout);
    }

    [Fact]
    public void TheAgendaAsksForTheBlockOfAnAgentIncidentWithoutOne()
    {
        using var folder = new TempFolder();
        var text = Repository.CleanSample;
        folder.Write("r.pir.yaml", text.Substring(0, text.IndexOf("\nai_agent:", System.StringComparison.Ordinal) + 1));
        Assert.Contains("\nThe review does not say which agent, models and prompt version were involved: write the ai_agent block together.\n", CliRunner.Run(folder.Path, "agenda", "r.pir.yaml").Stdout);
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("agenda")]
    public void AFileOverTheSizeLimitIsRefusedAsCheckRefusesIt(string command)
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.pir.yaml", "root_causes:\n" + new string('#', 1024 * 1024 + 10) + "\n");
        var result = CliRunner.Run(folder.Path, command, "big.pir.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        var reason = "big.pir.yaml(1,1,1,1): error PIR001: the file could not be read: it is " + new FileInfo(path).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes, over the limit of 1,048,576 bytes (1 MiB); split it or shorten it\n";
        Assert.Equal(reason, result.Stderr);
        Assert.Contains("it is " + new FileInfo(path).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes, over the limit", CliRunner.Run(folder.Path, "check", "big.pir.yaml").Stdout);
    }
}
