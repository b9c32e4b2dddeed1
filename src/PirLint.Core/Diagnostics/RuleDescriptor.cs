using PirLint.Diagnostics;

namespace PirLint.Diagnostics;

/// <summary>What the catalogue says of one rule; every host derives its descriptors, docs and SARIF rules from it.</summary>
public sealed class RuleDescriptor
{
    public RuleDescriptor(string id, string title, PirSeverity defaultSeverity, string category, string description, bool needsToday = false)
    {
        Id = id;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Category = category;
        Description = description;
        NeedsToday = needsToday;
    }

    public string Id { get; }

    public string Title { get; }

    public PirSeverity DefaultSeverity { get; }

    public string Category { get; }

    public string Description { get; }

    /// <summary>True for the follow-up rules that depend on today's date: never run by the analyzer.</summary>
    public bool NeedsToday { get; }

    public string HelpUri => RuleCatalog.HelpBaseUri + Id + ".md";
}
