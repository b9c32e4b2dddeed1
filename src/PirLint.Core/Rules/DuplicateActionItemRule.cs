using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Text;

namespace PirLint.Rules;

/// <summary>PIR106: the same action item written twice.</summary>
public sealed class DuplicateActionItemRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR106;

    public override void Analyze(ReviewContext context)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in context.Review.ActionItems)
        {
            index++;
            if (item.Description is not { } description)
            {
                continue;
            }

            var folded = Fold(description.Value);
            if (seen.TryGetValue(folded, out var first))
            {
                context.Report(Descriptor, description.Span,
                    $"action item {index} has the same description as action item {first}; merge them into one item or say how they differ");
            }
            else
            {
                seen[folded] = index;
            }
        }
    }

    private static string Fold(string text)
    {
        var builder = StringBuilderCache.Acquire(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return StringBuilderCache.ToStringAndRelease(builder);
    }
}
