using System.Collections.Generic;
using PirLint.Model;

namespace PirLint.Analysis;

public enum DetectionKind
{
    /// <summary>No event after the first symptom came from an automated or a report source.</summary>
    None,

    /// <summary>An automated source (monitoring, alerting) saw it first.</summary>
    Automated,

    /// <summary>A person reported it first, through a report source (a support ticket).</summary>
    Report,
}

/// <summary>
/// The four-layer root cause analysis of the background article, drafted from a review's own timeline and category:
/// immediate trigger, detection gap, prevention gap, systemic factor. Each layer's text is a draft for the team.
/// </summary>
public sealed class RootCauseAnalysis
{
    public const string TriggerQuestion = "What change or event triggered the incident?";
    public const string DetectionQuestion = "Why did detection take so long?";
    public const string PreventionQuestion = "What process or test would have prevented this?";
    public const string SystemicQuestion = "What organizational or architectural pattern allows this failure class?";

    internal RootCauseAnalysis(
        string immediateTrigger,
        TimelineEvent? trigger,
        TimelineEvent? firstSymptom,
        TimelineEvent? detection,
        DetectionKind detectionKind,
        int? delayMinutes,
        int? declaredDelayMinutes,
        IReadOnlyList<string> detectionGaps,
        IReadOnlyList<string> preventionGaps,
        IReadOnlyList<string> systemicFactors,
        IReadOnlyList<string> notes)
    {
        ImmediateTrigger = immediateTrigger;
        Trigger = trigger;
        FirstSymptom = firstSymptom;
        Detection = detection;
        DetectionKind = detectionKind;
        DelayMinutes = delayMinutes;
        DeclaredDelayMinutes = declaredDelayMinutes;
        DetectionGaps = detectionGaps;
        PreventionGaps = preventionGaps;
        SystemicFactors = systemicFactors;
        Notes = notes;
    }

    /// <summary>Layer 1, one line: the trigger event, or "No clear trigger: look for gradual degradation".</summary>
    public string ImmediateTrigger { get; }

    /// <summary>The first event whose text names a deployment or update; null when none does.</summary>
    public TimelineEvent? Trigger { get; }

    /// <summary>The first event after the trigger (the first event when there is no trigger).</summary>
    public TimelineEvent? FirstSymptom { get; }

    /// <summary>The first event from the first symptom on that came from an automated or a report source.</summary>
    public TimelineEvent? Detection { get; }

    public DetectionKind DetectionKind { get; }

    /// <summary>Minutes from the first symptom to the detection.</summary>
    public int? DelayMinutes { get; }

    /// <summary>The review's own <c>incident_summary.detection_delay</c> in minutes, when it is a duration.</summary>
    public int? DeclaredDelayMinutes { get; }

    /// <summary>Layer 2 findings.</summary>
    public IReadOnlyList<string> DetectionGaps { get; }

    /// <summary>Layer 3: the gaps typical of the review's category.</summary>
    public IReadOnlyList<string> PreventionGaps { get; }

    /// <summary>Layer 4: the systemic factors typical of the review's category.</summary>
    public IReadOnlyList<string> SystemicFactors { get; }

    /// <summary>Remarks for the author about the review itself (a detection_delay that disagrees, an existing analysis).</summary>
    public IReadOnlyList<string> Notes { get; }
}
