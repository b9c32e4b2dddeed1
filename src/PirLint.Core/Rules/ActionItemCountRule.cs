using PirLint.Diagnostics;
using PirLint.Documents;

namespace PirLint.Rules;

/// <summary>PIR103: a review keeps 3-5 high-impact action items (configurable).</summary>
public sealed class ActionItemCountRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR103;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.ActionItemsProperty is not { Value: SequenceNode items } property || items.Items.Count == 0)
        {
            return;
        }

        var count = items.Items.Count;
        var min = context.Options.ActionItemsMin;
        var max = context.Options.ActionItemsMax;
        if (count < min)
        {
            context.Report(Descriptor, property.KeySpan,
                $"the review has {count} action item(s); write {min} to {max} owned, dated items that prevent this class of failure");
        }
        else if (count > max)
        {
            context.Report(Descriptor, property.KeySpan,
                $"the review has {count} action items; keep the {max} with the most impact ({min} to {max}) so that they get done");
        }
    }
}
