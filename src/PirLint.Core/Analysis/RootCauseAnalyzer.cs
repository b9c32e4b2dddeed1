using System;
using System.Collections.Generic;
using PirLint.Configuration;
using PirLint.Model;
using PirLint.Values;

namespace PirLint.Analysis;

/// <summary>
/// Drafts the four-layer root cause analysis from a review, as the background article's RootCauseAnalyzer does, with
/// configurable word lists (<c>pirlint.analyze.*</c>). It reads whatever the review holds and never throws.
/// </summary>
public static class RootCauseAnalyzer
{
    /// <summary>A detection delay over this many minutes is a finding.</summary>
    public const int DelayFindingMinutes = 15;

    public const string NoTrigger = "No clear trigger: look for gradual degradation";

    private static readonly Dictionary<string, string[]> PreventionGapsByCategory = new(StringComparer.Ordinal)
    {
        ["prompt_regression"] = new[] { "Missing automated prompt regression tests", "Missing canary rollout of prompt changes" },
        ["model_behavior"] = new[] { "Missing model behavior drift detection", "Missing automated output quality monitoring" },
        ["tool_failure"] = new[] { "Missing contract tests of the tool APIs the agent calls", "Missing handling of tool errors and changed response formats in the agent" },
        ["data_quality"] = new[] { "Missing validation of the data the agent reads (schema, freshness, completeness)", "Missing data quality monitoring at ingestion" },
        ["safety_violation"] = new[] { "Missing safety evaluations (red-team and policy tests) before release", "Missing runtime guardrails that filter unsafe output" },
        ["infrastructure"] = new[] { "Missing redundancy and automatic failover for the failed component", "Missing health checks and alerts on the failed component" },
        ["capacity"] = new[] { "Missing load tests at the expected peak", "Missing capacity alerts and autoscaling limits sized for peaks" },
    };

    private static readonly Dictionary<string, string[]> SystemicFactorsByCategory = new(StringComparer.Ordinal)
    {
        ["prompt_regression"] = new[] { PromptAndModelChanges },
        ["model_behavior"] = new[] { PromptAndModelChanges },
        ["tool_failure"] = new[] { "Third-party tool APIs are integrated without version pinning, contract tests or an owner for vendor change notices" },
        ["data_quality"] = new[] { "The data the agent depends on has no owner accountable for its quality" },
        ["safety_violation"] = new[] { "Safety is checked once before release instead of enforced and measured in production" },
        ["infrastructure"] = new[] { "Single points of failure are accepted without a reliability review" },
        ["capacity"] = new[] { "Capacity is planned from past traffic rather than from launches and expected growth" },
    };

    private const string PromptAndModelChanges =
        "Prompt and model changes are treated as configuration rather than code: they get no review, tests or staged rollout";

    public static RootCauseAnalysis Analyze(Review review, PirLintOptions options)
    {
        var events = TimedEvents(review);
        var notes = new List<string>();
        if (review.Analysis != null)
        {
            notes.Add("the review already has an 'analysis' block: merge these drafts into it rather than adding a second one");
        }

        if (events.Count < review.Timeline.Count)
        {
            notes.Add($"{review.Timeline.Count - events.Count} timeline event(s) without a valid time are left out; 'pirlint check' points at them");
        }

        // Layer 1: the first event whose text names a deployment or update.
        TimelineEvent? trigger = null;
        var triggerIndex = -1;
        for (var i = 0; i < events.Count && trigger == null; i++)
        {
            if (events[i].Event is { } text && WordLists.MatchesText(text.Value, options.DeploymentWords))
            {
                trigger = events[i];
                triggerIndex = i;
            }
        }

        var immediateTrigger = trigger != null ? Describe(trigger) : AgentTrigger(review) ?? NoTrigger;

        // Layer 2: from the first symptom to the first automated detection or report by a person, whichever came first.
        var symptomIndex = trigger != null ? triggerIndex + 1 : 0;
        var symptom = symptomIndex < events.Count ? events[symptomIndex] : null;
        TimelineEvent? automated = null, report = null;
        for (var i = symptomIndex; i < events.Count; i++)
        {
            var source = events[i].Source?.Value;
            if (source == null)
            {
                continue;
            }

            if (automated == null && WordLists.MatchesSource(source, options.AutomatedSources))
            {
                automated = events[i];
            }
            else if (report == null && WordLists.MatchesSource(source, options.ReportSources))
            {
                report = events[i];
            }
        }

        var detection = automated;
        var kind = automated != null ? DetectionKind.Automated : DetectionKind.None;
        if (report != null && (automated == null || report.Instant < automated.Instant))
        {
            detection = report;
            kind = DetectionKind.Report;
        }

        int? delay = symptom != null && detection != null ? Minutes(detection.Instant!.Value - symptom.Instant!.Value) : null;
        int? declared = review.DetectionDelay != null && PirDuration.TryParse(review.DetectionDelay.Value, out var declaredDelay)
            ? Minutes(declaredDelay)
            : null;
        var detectionGaps = DetectionGaps(symptom, detection, kind, automated, delay, trigger != null);
        if (delay is { } actual && declared is { } written && actual != written)
        {
            notes.Add($"the review's detection_delay is '{review.DetectionDelay!.Value}' ({written} minutes), but the timeline gives {actual} minutes " +
                      $"from the first symptom at {Time(symptom!)} to the detection at {Time(detection!)}: correct one of them, or add the event that shows the first symptom");
        }

        var category = review.Category?.Value;
        return new RootCauseAnalysis(
            immediateTrigger,
            trigger,
            symptom,
            detection,
            kind,
            delay,
            declared,
            detectionGaps,
            PreventionGaps(review.AiAgent, ForCategory(PreventionGapsByCategory, category, "name the test or process that would have caught this before users did")),
            ForCategory(SystemicFactorsByCategory, category, "name the organizational or architectural pattern that allows this class of failure"),
            notes);
    }

    /// <summary>
    /// Without a deployment in the timeline, the change the <c>ai_agent</c> block records: a prompt version that differs
    /// from the previous one, or, for model behaviour, the models in production (a provider-side update).
    /// </summary>
    private static string? AgentTrigger(Review review)
    {
        if (review.AiAgent is not { } agent)
        {
            return null;
        }

        if (agent.PromptVersion is { } current && agent.PreviousPromptVersion is { } previous && current.Value.Trim() != previous.Value.Trim())
        {
            return $"The prompt change from {previous.Value.Trim()} to {current.Value.Trim()} (ai_agent): the timeline names no deployment, so add the event of its release";
        }

        if (review.Category?.Value == "model_behavior" && agent.Models.Count > 0)
        {
            return $"A provider-side update of the model {ModelIds(agent)} (ai_agent), with no deployment of ours in the timeline: check the provider's change notes for the incident's day";
        }

        return null;
    }

    /// <summary>The evals and guardrails the <c>ai_agent</c> block names, or their absence, before the category's gaps.</summary>
    private static IReadOnlyList<string> PreventionGaps(AiAgent? agent, IReadOnlyList<string> byCategory)
    {
        if (agent == null)
        {
            return byCategory;
        }

        var gaps = new List<string>();
        gaps.Add(agent.Evals.Count == 0
            ? "No eval suite ran on the change (the ai_agent block lists no evals): add one that this failure would have failed"
            : $"The evals that ran ({Join(agent.Evals)}) did not catch it: add this failure to them as test cases");
        var autonomous = agent.Autonomy?.Value == "acts_autonomously" ? ", and the agent acts autonomously" : string.Empty;
        gaps.Add(agent.Guardrails.Count == 0
            ? $"No guardrail checks the agent's output or actions (the ai_agent block lists none){autonomous}"
            : $"The guardrails ({Join(agent.Guardrails)}) did not stop it{autonomous}");
        gaps.AddRange(byCategory);
        return gaps;
    }

    private static string ModelIds(AiAgent agent)
    {
        var ids = new List<string>();
        foreach (var model in agent.Models)
        {
            ids.Add(model.Id.Value.Trim());
        }

        return string.Join(", ", ids);
    }

    private static string Join(IReadOnlyList<Documents.ScalarNode> values)
    {
        var texts = new List<string>();
        foreach (var value in values)
        {
            texts.Add(value.Value.Trim());
        }

        return string.Join(", ", texts);
    }

    private static List<string> DetectionGaps(TimelineEvent? symptom, TimelineEvent? detection, DetectionKind kind, TimelineEvent? automated, int? delay, bool hasTrigger)
    {
        var gaps = new List<string>();
        if (symptom == null)
        {
            gaps.Add(hasTrigger
                ? "No event after the trigger: add when the first symptom appeared and when and how it was detected"
                : "The timeline has no timed events: add when the first symptom appeared and when and how it was detected");
            return gaps;
        }

        switch (kind)
        {
            case DetectionKind.None:
                gaps.Add("No automated detection: found by people");
                gaps.Add("No detection event in the timeline: add when and how the incident was detected (an alert, a monitor or a report)");
                return gaps;
            case DetectionKind.Report when automated == null:
                gaps.Add($"No automated detection: found by people ({Who(detection!)} at {Time(detection!)})");
                break;
            case DetectionKind.Report:
                gaps.Add($"People found it before automated detection: {automated!.Source!.Value} saw it only at {Time(automated)}, " +
                         $"{Minutes(automated.Instant!.Value - detection!.Instant!.Value)} minutes after the report");
                break;
        }

        if (delay > DelayFindingMinutes)
        {
            gaps.Add($"Detection took {delay} minutes, more than {DelayFindingMinutes}: from {Time(symptom)} (first symptom: {EventText(symptom)}) " +
                     $"to {Time(detection!)} (detection: {EventText(detection!)})");
        }
        else if (kind == DetectionKind.Automated)
        {
            gaps.Add($"No detection gap in the timeline: {detection!.Source!.Value} detected it {delay} minutes after the first symptom");
        }

        return gaps;
    }

    private static IReadOnlyList<string> ForCategory(Dictionary<string, string[]> table, string? category, string advice)
    {
        if (category != null && table.TryGetValue(category, out var items))
        {
            return items;
        }

        var what = category == null ? "The review has no category" : $"'{category}' is not a category PirLint knows";
        return new[] { $"{what}: {advice}" };
    }

    /// <summary>Events with a valid time, in time order (document order among equal times).</summary>
    private static List<TimelineEvent> TimedEvents(Review review)
    {
        var events = new List<TimelineEvent>();
        foreach (var e in review.Timeline)
        {
            if (e.Instant != null)
            {
                events.Add(e);
            }
        }

        // A stable sort: List.Sort is not stable, so order by time, then by position.
        var position = new Dictionary<TimelineEvent, int>();
        for (var i = 0; i < events.Count; i++)
        {
            position[events[i]] = i;
        }

        events.Sort((a, b) =>
        {
            var c = a.Instant!.Value.CompareTo(b.Instant!.Value);
            return c != 0 ? c : position[a].CompareTo(position[b]);
        });
        return events;
    }

    /// <summary>"Deployment of updated refund policy prompt (2026-03-15T14:00Z, ci/cd_pipeline)".</summary>
    private static string Describe(TimelineEvent e)
    {
        var actor = e.Actor != null ? ", " + e.Actor.Value.Trim() : string.Empty;
        return $"{EventText(e)} ({Time(e)}{actor})";
    }

    private static string EventText(TimelineEvent e) => e.Event?.Value.Trim() ?? "an event";

    /// <summary>"customer through zendesk".</summary>
    private static string Who(TimelineEvent e) =>
        (e.Actor?.Value.Trim() ?? "someone") + " through " + e.Source!.Value.Trim();

    private static string Time(TimelineEvent e) => e.Time!.Value.Trim();

    private static int Minutes(TimeSpan span) => (int)Math.Round(span.TotalMinutes, MidpointRounding.AwayFromZero);
}
