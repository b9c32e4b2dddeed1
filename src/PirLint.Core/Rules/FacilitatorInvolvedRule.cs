using PirLint.Diagnostics;
using PirLint.Documents;

namespace PirLint.Rules;

/// <summary>PIR301: the facilitator must not have been involved in the incident.</summary>
public sealed class FacilitatorInvolvedRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR301;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.Facilitator is not { } facilitator || Placeholders.IsPlaceholder(facilitator.Value))
        {
            return;
        }

        var folded = NameFolding.FoldPersonName(facilitator.Value);
        foreach (var timelineEvent in context.Review.Timeline)
        {
            if (timelineEvent.Actor is { } actor && NameFolding.FoldPersonName(actor.Value) == folded)
            {
                context.Report(Descriptor, facilitator.Span,
                    $"the facilitator '{facilitator.Value.Trim()}' was involved in the incident: named as the actor '{actor.Value.Trim()}' on line {actor.Span.StartLine}; ask someone who was not involved to facilitate");
                return;
            }
        }
    }
}
