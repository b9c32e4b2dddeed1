using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.Analysis;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.Model;
using PirLint.Schema;
using PirLint.TestSupport;

namespace PirLint.Tests.Analysis;

/// <summary><c>pirlint analyze</c>'s engine on the background article's review and on reviews of other categories.</summary>
public class RootCauseAnalyzerTests
{
    private static string Sample(string relative) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", relative));

    private static RootCauseAnalysis Analyze(string text, string path = "r.pir.yaml", params (string Key, string Value)[] config)
    {
        var document = DocumentLoader.Load(path, text, PirSchema.Default.ListFields, new DiagnosticBag(path))!;
        var options = config.Length == 0 ? PirLintOptions.Default : PirLintOptions.FromConfig(config.Select(c => new KeyValuePair<string, string>(c.Key, c.Value)));
        return RootCauseAnalyzer.Analyze(new Review(document), options);
    }

    [Fact]
    public void TheArticlesReviewHasThePromptDeploymentAsTriggerAndAFortyFiveMinuteHumanDetection()
    {
        var analysis = Analyze(Sample("INC-2026-0317.pir.yaml"));

        Assert.Equal("Deployment of updated refund policy prompt (2026-03-15T14:00Z, ci/cd_pipeline)", analysis.ImmediateTrigger);
        Assert.Equal("2026-03-15T14:30Z", analysis.FirstSymptom!.Time!.Value);
        Assert.Equal("2026-03-15T15:15Z", analysis.Detection!.Time!.Value);
        Assert.Equal("zendesk", analysis.Detection.Source!.Value);
        Assert.Equal(DetectionKind.Report, analysis.DetectionKind);
        Assert.Equal(45, analysis.DelayMinutes);
        Assert.Equal(45, analysis.DeclaredDelayMinutes);
        Assert.Equal(new[]
        {
            "No automated detection: found by people (customer through zendesk at 2026-03-15T15:15Z)",
            "Detection took 45 minutes, more than 15: from 2026-03-15T14:30Z (first symptom: First incorrect refund amount generated) to 2026-03-15T15:15Z (detection: Customer reports incorrect refund amount via support ticket)",
        }, analysis.DetectionGaps);
        Assert.Equal(new[]
        {
            "No eval suite ran on the change (the ai_agent block lists no evals): add one that this failure would have failed",
            "The guardrails (pii-redaction) did not stop it, and the agent acts autonomously",
            "Missing model behavior drift detection", "Missing automated output quality monitoring",
        }, analysis.PreventionGaps);
        Assert.Contains("configuration rather than code", Assert.Single(analysis.SystemicFactors));
        Assert.DoesNotContain(analysis.Notes, n => n.Contains("detection_delay"));
    }

    [Fact]
    public void TheMarkdownFormGivesTheSameAnalysis()
    {
        var yaml = Analyze(Sample("INC-2026-0317.pir.yaml"));
        var markdown = Analyze(Sample("INC-2026-0317.pir.md"), "r.pir.md");
        Assert.Equal(yaml.ImmediateTrigger, markdown.ImmediateTrigger);
        Assert.Equal(yaml.DetectionGaps, markdown.DetectionGaps);
        Assert.Equal(yaml.PreventionGaps, markdown.PreventionGaps);
    }

    [Fact]
    public void AToolFailureFoundByMonitoringHasAnAutomatedDetectionAndToolGaps()
    {
        var analysis = Analyze(Sample(Path.Combine("broken", "INC-2026-0412.pir.yaml")));

        Assert.StartsWith("Carrier tracking API v3 goes live", analysis.ImmediateTrigger);
        Assert.Equal(DetectionKind.Automated, analysis.DetectionKind);
        Assert.Equal("monitoring", analysis.Detection!.Source!.Value);
        Assert.Equal((30, 30), (analysis.DelayMinutes, analysis.DeclaredDelayMinutes));
        Assert.DoesNotContain(analysis.DetectionGaps, g => g.StartsWith("No automated detection"));
        Assert.Contains(analysis.DetectionGaps, g => g.StartsWith("Detection took 30 minutes"));
        // The sample's ai_agent block lists no evals and no guardrails; the category's gaps follow.
        Assert.Equal(4, analysis.PreventionGaps.Count);
        Assert.Equal("No guardrail checks the agent's output or actions (the ai_agent block lists none), and the agent acts autonomously", analysis.PreventionGaps[1]);
        Assert.Contains("contract tests", analysis.PreventionGaps[2]);
        Assert.Contains("version pinning", Assert.Single(analysis.SystemicFactors));
    }

    private const string PromptRegression =
        """
        incident_summary:
          id: INC-2026-0500
          category: prompt_regression
          detection_delay: 30 minutes
        timeline:
          - time: 2026-05-01T10:10+02:00
            event: Refunds quoted in the wrong currency
            actor: agent
            source: agent_logs
          - time: 2026-05-01T10:00+02:00
            event: New system prompt released to all tenants
            actor: ci
            source: deployment_log
          - time: 2026-05-01T10:20+02:00
            event: Quality eval alert fires on currency mismatches
            actor: eval-bot
            source: datadog alert
          - time: 2026-05-01T10:25+02:00
            event: Customer complaint about the currency
            actor: customer
            source: support ticket
        """;

    [Fact]
    public void EventsAreReadInTimeOrderAndAnAutomatedAlertWithinFifteenMinutesIsNoGap()
    {
        var analysis = Analyze(PromptRegression);

        Assert.Equal("New system prompt released to all tenants (2026-05-01T10:00+02:00, ci)", analysis.ImmediateTrigger);
        Assert.Equal("Refunds quoted in the wrong currency", analysis.FirstSymptom!.Event!.Value);
        Assert.Equal((DetectionKind.Automated, 10), (analysis.DetectionKind, analysis.DelayMinutes));
        Assert.Equal(new[] { "No detection gap in the timeline: datadog alert detected it 10 minutes after the first symptom" }, analysis.DetectionGaps);
        Assert.Equal(new[] { "Missing automated prompt regression tests", "Missing canary rollout of prompt changes" }, analysis.PreventionGaps);
        Assert.Contains("configuration rather than code", Assert.Single(analysis.SystemicFactors));
    }

    [Fact]
    public void ADetectionDelayThatDisagreesWithTheTimelineIsANote()
    {
        var note = Assert.Single(Analyze(PromptRegression).Notes);
        Assert.Equal("the review's detection_delay is '30 minutes' (30 minutes), but the timeline gives 10 minutes from the first symptom at 2026-05-01T10:10+02:00 to the detection at 2026-05-01T10:20+02:00: correct one of them, or add the event that shows the first symptom", note);
    }

    [Fact]
    public void PeopleWhoReportBeforeTheMonitorsAreTheDetection()
    {
        var analysis = Analyze(PromptRegression.ReplaceOnce("T10:25+02:00", "T10:15+02:00"));
        Assert.Equal((DetectionKind.Report, 5), (analysis.DetectionKind, analysis.DelayMinutes));
        Assert.Equal(new[] { "People found it before automated detection: datadog alert saw it only at 2026-05-01T10:20+02:00, 5 minutes after the report" }, analysis.DetectionGaps);
    }

    [Fact]
    public void TheWordListsAreConfigurable()
    {
        // With 'alert' no longer automated, the customer's ticket is the detection.
        var analysis = Analyze(PromptRegression, "r.pir.yaml", ("pirlint.analyze.automated_sources", "monitoring"), ("pirlint.analyze.deployment_words", "system prompt"));
        Assert.Equal((DetectionKind.Report, 15), (analysis.DetectionKind, analysis.DelayMinutes));
        Assert.StartsWith("No automated detection: found by people (customer through support ticket", analysis.DetectionGaps[0]);
        Assert.StartsWith("New system prompt released", analysis.ImmediateTrigger);

        var noTrigger = Analyze(PromptRegression, "r.pir.yaml", ("pirlint.analyze.deployment_words", "deploy"));
        Assert.Equal(RootCauseAnalyzer.NoTrigger, noTrigger.ImmediateTrigger);
        Assert.Equal("2026-05-01T10:00+02:00", noTrigger.FirstSymptom!.Time!.Value); // the first event
    }

    [Fact]
    public void PagerDutyIsNotAutomatedDetectionByDefault()
    {
        // In the article, PagerDuty pages the on-call five minutes after the customer's ticket.
        var analysis = Analyze(Sample("INC-2026-0317.pir.yaml"), "r.pir.yaml", ("pirlint.analyze.automated_sources", "pagerduty"));
        Assert.Equal(DetectionKind.Report, analysis.DetectionKind);
        Assert.StartsWith("People found it before automated detection: pagerduty saw it only at 2026-03-15T15:20Z", analysis.DetectionGaps[0]);
    }

    [Theory]
    [InlineData("infrastructure", "Missing redundancy")]
    [InlineData("capacity", "Missing load tests")]
    [InlineData("data_quality", "Missing validation of the data")]
    [InlineData("safety_violation", "Missing safety evaluations")]
    [InlineData("tool_failure", "Missing contract tests")]
    [InlineData("prompt_regression", "Missing automated prompt regression tests")]
    [InlineData("model_behavior", "Missing model behavior drift detection")]
    public void EveryCategoryHasAPairOfPreventionGapsAndASystemicFactor(string category, string firstGap)
    {
        var analysis = Analyze(PromptRegression.ReplaceOnce("prompt_regression", category));
        Assert.Equal(2, analysis.PreventionGaps.Count);
        Assert.StartsWith(firstGap, analysis.PreventionGaps[0]);
        Assert.Single(analysis.SystemicFactors);
    }

    [Fact]
    public void AReviewWithoutTimelineOrCategoryStillGetsADraft()
    {
        var analysis = Analyze("incident_summary:\n  id: INC-1\n  category: quantum_flux\n");
        Assert.Equal(RootCauseAnalyzer.NoTrigger, analysis.ImmediateTrigger);
        Assert.Null(analysis.DelayMinutes);
        Assert.Equal(new[] { "The timeline has no timed events: add when the first symptom appeared and when and how it was detected" }, analysis.DetectionGaps);
        Assert.StartsWith("'quantum_flux' is not a category PirLint knows", Assert.Single(analysis.PreventionGaps));
    }

    [Fact]
    public void NoDetectionEventAtAllIsNoAutomatedDetection()
    {
        var analysis = Analyze(PromptRegression.ReplaceOnce("source: datadog alert", "source: dashboard").ReplaceOnce("source: support ticket", "source: hallway"));
        Assert.Equal(DetectionKind.None, analysis.DetectionKind);
        Assert.Equal("No automated detection: found by people", analysis.DetectionGaps[0]);
    }
}
