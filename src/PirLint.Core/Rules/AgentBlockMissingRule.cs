using PirLint.Diagnostics;
using PirLint.Documents;

namespace PirLint.Rules;

/// <summary>
/// PIR403: an AI-agent incident says which agent failed, in the <c>ai_agent</c> block. Only where the effective
/// schema defines the block: a team schema exported from format v1.0 would reject it as PIR005.
/// </summary>
public sealed class AgentBlockMissingRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR403;

    public override void Analyze(ReviewContext context)
    {
        var review = context.Review;
        if (!context.SchemaDefinesAiAgent || !review.IsAgentIncident || review.Category is not { } category || !IsMissing(review.Document.Root.Find("ai_agent")))
        {
            return;
        }

        context.Report(Descriptor, category.Span,
            $"this {category.Value} incident has no 'ai_agent' block; add one with the agent's name, its autonomy and the models it ran (ids as in production), and the prompt_version, so the review says which agent failed and with what");
    }

    /// <summary>No <c>ai_agent</c> key, or one with nothing in it; a value of the wrong type is PIR003's to report.</summary>
    private static bool IsMissing(PirProperty? property) => property == null || property.Value switch
    {
        ScalarNode scalar => scalar.IsEmpty,
        MappingNode mapping => mapping.Properties.Count == 0,
        _ => false,
    };
}
