using System.Collections.Generic;

namespace PirLint.Rules;

/// <summary>The rules that read one review, in catalogue order. Schema rules (PIR002-PIR005) live in the validator.</summary>
public static class ReviewRules
{
    public static IReadOnlyList<ReviewRule> All { get; } = new ReviewRule[]
    {
        new SuppressionGovernanceRule(),
        new OwnerPlaceholderRule(),
        new ActionItemCountRule(),
        new DueDateFitsPriorityRule(),
        new DueDateBeforeIncidentRule(),
        new DuplicateActionItemRule(),
        new ClosedDateRule(),
        new TimelineOrderRule(),
        new TimelineOffsetRule(),
        new DurationMatchesTimelineRule(),
        new FacilitatorInvolvedRule(),
        new FacilitatorPlaceholderRule(),
        new ReviewTimingRule(),
        new BlamelessLanguageRule(),
        new AnalysisMissingRule(),
        new AgentBlockMissingRule(),
        new PromptVersionMissingRule(),
        new EvalActionMissingRule(),
    };
}
