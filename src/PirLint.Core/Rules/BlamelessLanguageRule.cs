using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
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

    /// <summary>The last phrase list split into words, with the list it came from: nearly every run uses one list.</summary>
    private static PhraseWords? _lastPhrases;

    public override void Analyze(ReviewContext context)
    {
        var review = context.Review;
        List<WordMatcher.Words>? names = null;
        WordMatcher.Words[]? phrases = null;
        foreach (var field in CheckedFields)
        {
            foreach (var text in review.StringList(field))
            {
                names ??= PeopleNames(review);
                phrases ??= PhrasesOf(context.Options.BlamePhrases);
                Check(context, field, text, names, phrases);
            }
        }
    }

    private void Check(ReviewContext context, string field, ScalarNode text, List<WordMatcher.Words> names, WordMatcher.Words[] phrases)
    {
        var search = new WordMatcher.SearchText(text.Value);
        foreach (var name in names)
        {
            var at = WordMatcher.FindName(search, name, out var length);
            if (at >= 0)
            {
                context.Report(Descriptor, Locate(context, text, at, length),
                    $"{field} names '{text.Value.Substring(at, length)}'; describe what in the system allowed this, not who did it (blameless review)");
            }
        }

        foreach (var phrase in phrases)
        {
            var at = WordMatcher.FindPhrase(search, phrase, out var length);
            if (at >= 0)
            {
                context.Report(Descriptor, Locate(context, text, at, length),
                    $"{field} uses the blaming phrase '{text.Value.Substring(at, length)}'; ask why the process allowed it and write that instead");
            }
        }
    }

    private static WordMatcher.Words[] PhrasesOf(IReadOnlyList<string> list)
    {
        var last = _lastPhrases;
        if (last != null && ReferenceEquals(last.List, list))
        {
            return last.Words;
        }

        var words = new WordMatcher.Words[list.Count];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = WordMatcher.PhraseWords(list[i]);
        }

        _lastPhrases = new PhraseWords(list, words);
        return words;
    }

    /// <summary>The names of the people taking part, each split into its parts for <see cref="WordMatcher.FindName(WordMatcher.SearchText, WordMatcher.Words, out int)"/>.</summary>
    private static List<WordMatcher.Words> PeopleNames(Model.Review review)
    {
        var names = new List<WordMatcher.Words>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(ScalarNode? node)
        {
            if (node != null && !Rules.Placeholders.IsPlaceholder(node.Value) && NameFolding.FoldPersonName(node.Value) is { Length: > 0 } folded && seen.Add(folded))
            {
                names.Add(WordMatcher.NameParts(node.Value.Trim()));
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

    /// <summary>The span of the match on its own line where the source holds the text recoverably, else the whole value.</summary>
    private static SourceSpan Locate(ReviewContext context, ScalarNode text, int at, int length) =>
        text.Locate(context.Review.Document.Lines, at, length);

    private sealed class PhraseWords
    {
        public PhraseWords(IReadOnlyList<string> list, WordMatcher.Words[] words)
        {
            List = list;
            Words = words;
        }

        public IReadOnlyList<string> List { get; }

        public WordMatcher.Words[] Words { get; }
    }
}
