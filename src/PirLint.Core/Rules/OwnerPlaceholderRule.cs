using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>PIR101 for a placeholder owner; a missing owner is PIR101 through the schema's x-pirlint-rule.</summary>
public sealed class OwnerPlaceholderRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR101;

    public override void Analyze(ReviewContext context)
    {
        var index = 0;
        foreach (var item in context.Review.ActionItems)
        {
            index++;
            if (item.Owner is { } owner && Placeholders.IsPlaceholder(owner.Value))
            {
                context.Report(Descriptor, owner.Span,
                    $"action item {index} is owned by '{owner.Value.Trim()}', {Placeholders.WhyNobody(owner.Value)}; write the one person who will do it");
            }
        }
    }
}
