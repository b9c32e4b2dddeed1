using System.Collections.Generic;
using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>
/// PIR405: the learning loop of an AI-agent incident ends in an eval: some action item adds or extends an evaluation,
/// found by one of <c>pirlint.eval_words</c> in its description (whole words, case-insensitive).
/// </summary>
public sealed class EvalActionMissingRule : ReviewRule
{
    /// <summary>The last word list split into words, with the list it came from: nearly every run uses one list.</summary>
    private static EvalWords? _lastWords;

    public override RuleDescriptor Descriptor => RuleCatalog.PIR405;

    public override void Analyze(ReviewContext context)
    {
        var review = context.Review;
        if (!review.IsAgentIncident || review.ActionItemsProperty is not { } property || review.ActionItems.Count == 0)
        {
            return;
        }

        var words = WordsOf(context.Options.EvalWords);
        foreach (var item in review.ActionItems)
        {
            if (item.Description is { } description && AddsEval(description.Value, words))
            {
                return;
            }
        }

        context.Report(Descriptor, property.KeySpan,
            $"no action item of this {review.Category!.Value} incident adds or extends an evaluation; add one that turns the failure into an eval, regression test or test case (words: {string.Join(", ", context.Options.EvalWords)})");
    }

    /// <summary>True when <paramref name="text"/> holds one of the words, as whole words, case-insensitive.</summary>
    public static bool AddsEval(string text, IReadOnlyList<string> evalWords) => AddsEval(text, WordsOf(evalWords));

    private static bool AddsEval(string text, WordMatcher.Words[] words)
    {
        var search = new WordMatcher.SearchText(text);
        foreach (var word in words)
        {
            if (WordMatcher.FindPhrase(search, word, out _) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static WordMatcher.Words[] WordsOf(IReadOnlyList<string> list)
    {
        var last = _lastWords;
        if (last != null && ReferenceEquals(last.List, list))
        {
            return last.Words;
        }

        var words = new WordMatcher.Words[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            words[i] = WordMatcher.PhraseWords(list[i]);
        }

        _lastWords = new EvalWords(list, words);
        return words;
    }

    private sealed class EvalWords
    {
        public EvalWords(IReadOnlyList<string> list, WordMatcher.Words[] words)
        {
            List = list;
            Words = words;
        }

        public IReadOnlyList<string> List { get; }

        public WordMatcher.Words[] Words { get; }
    }
}
