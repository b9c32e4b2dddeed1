using System;
using System.Collections.Generic;
using PirLint.Documents;
using PirLint.Text;

namespace PirLint.Rules;

/// <summary>
/// PIR401: root causes, contributing factors and what went poorly describe the system, not people: no one taking
/// part in the review is named there and no blaming phrase is used.
/// </summary>
public sealed class BlamelessLanguageRule : ReviewRule
{
    private static readonly string[] CheckedFields = { "root_causes", "contributing_factors", "what_went_poorly" };

    public override RuleDescriptor Descriptor => RuleCatalog.PIR401;

    public override void Analyze(ReviewContext context)
    {
        var review = context.Review;
        var names = PeopleNames(review);
        foreach (var field in CheckedFields)
        {
            foreach (var text in review.StringList(field))
            {
                Check(context, field, text, names);
            }
        }
    }

    private void Check(ReviewContext context, string field, ScalarNode text, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            var at = WordMatcher.FindName(text.Value, name, out var length);
            if (at >= 0)
            {
                context.Report(Descriptor, Locate(context, text, at, length),
                    $"{field} names '{text.Value.Substring(at, length)}'; describe what in the system allowed this, not who did it (blameless review)");
            }
        }

        foreach (var phrase in context.Options.BlamePhrases)
        {
            var at = WordMatcher.FindPhrase(text.Value, phrase, out var length);
            if (at >= 0)
            {
                context.Report(Descriptor, Locate(context, text, at, length),
                    $"{field} uses the blaming phrase '{text.Value.Substring(at, length)}'; ask why the process allowed it and write that instead");
            }
        }
    }

    private static IReadOnlyList<string> PeopleNames(Model.Review review)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(ScalarNode? node)
        {
            if (node != null && !Rules.Placeholders.IsPlaceholder(node.Value) && seen.Add(NameFolding.FoldPersonName(node.Value)) &&
                NameFolding.FoldPersonName(node.Value).Length > 0)
            {
                names.Add(node.Value.Trim());
            }
        }

        foreach (var attendee in review.Attendees)
        {
            Add(attendee);
        }

        foreach (var item in review.ActionItems)
        {
            Add(item.Owner);
        }

        Add(review.Facilitator);
        return names;
    }

    /// <summary>The span of the match inside the value when the source holds the value verbatim, else the whole value.</summary>
    private static SourceSpan Locate(ReviewContext context, ScalarNode text, int at, int length)
    {
        var lines = context.Review.Document.Lines;
        var span = text.ValueSpan;
        if (span.Length == text.Value.Length && string.CompareOrdinal(lines.Text, span.Start, text.Value, 0, text.Value.Length) == 0)
        {
            return lines.Span(span.Start + at, span.Start + at + length);
        }

        return text.Span;
    }
}
