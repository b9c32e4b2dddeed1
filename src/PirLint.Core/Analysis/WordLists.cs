using System;
using System.Collections.Generic;

namespace PirLint.Analysis;

/// <summary>Matches the configurable word lists of <c>pirlint analyze</c> against timeline sources and event texts.</summary>
internal static class WordLists
{
    /// <summary>
    /// True when an entry's words appear, as whole words and in order, among the source's words (split on anything but
    /// letters and digits, case folded): <c>support_ticket</c> matches <c>zendesk support ticket</c>, <c>alert</c> matches
    /// <c>datadog-alert</c>, and neither matches <c>alerting</c>.
    /// </summary>
    public static bool MatchesSource(string source, IReadOnlyList<string> entries)
    {
        var words = Words(source);
        foreach (var entry in entries)
        {
            if (IndexOf(words, Words(entry), lastIsPrefix: false) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when an entry's words appear in order in the text, the last one as the start of a word: <c>deploy</c> matches
    /// <c>Deployment</c> and <c>deployed</c>, <c>goes live</c> matches <c>goes live</c>; <c>update</c> does not match <c>outdated</c>.
    /// </summary>
    public static bool MatchesText(string text, IReadOnlyList<string> entries)
    {
        var words = Words(text);
        foreach (var entry in entries)
        {
            if (IndexOf(words, Words(entry), lastIsPrefix: true) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOf(List<string> words, List<string> phrase, bool lastIsPrefix)
    {
        if (phrase.Count == 0)
        {
            return -1;
        }

        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var matched = true;
            for (var i = 0; i < phrase.Count && matched; i++)
            {
                var last = i == phrase.Count - 1;
                matched = lastIsPrefix && last
                    ? words[start + i].StartsWith(phrase[i], StringComparison.Ordinal)
                    : words[start + i] == phrase[i];
            }

            if (matched)
            {
                return start;
            }
        }

        return -1;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text.Substring(start, i - start).ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
