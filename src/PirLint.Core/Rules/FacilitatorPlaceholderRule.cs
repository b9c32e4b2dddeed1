using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>PIR302 for a placeholder facilitator; a missing one is PIR302 through the schema's x-pirlint-rule.</summary>
public sealed class FacilitatorPlaceholderRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR302;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.Facilitator is { } facilitator && Placeholders.IsPlaceholder(facilitator.Value))
        {
            context.Report(Descriptor, facilitator.Span,
                $"the facilitator is '{facilitator.Value.Trim()}', {Placeholders.WhyNobody(facilitator.Value)}; write the person who ran the review, someone not involved in the incident");
        }
    }
}
