using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>One rule of the catalogue that reads one review.</summary>
public abstract class ReviewRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(ReviewContext context);
}
