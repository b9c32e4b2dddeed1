using System;
using System.Collections.Generic;

namespace PirLint.Rules;

/// <summary>Finds whole-word, case-insensitive occurrences of phrases and people's names in a text.</summary>
internal static class WordMatcher
{
    private static readonly char[] NameSeparators = { ' ', '\t', '-', '_', '.' };

    /// <summary>A phrase's words, with any white space between them in the text.</summary>
    public static int FindPhrase(string text, string phrase, out int length)
    {
        var words = phrase.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return Find(text, words, IsSpace, requireSeparator: true, out length);
    }

    /// <summary>A name's parts (split on space, -, _ and .), with any of those or nothing between them in the text.</summary>
    public static int FindName(string text, string name, out int length)
    {
        var parts = name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries);
        return Find(text, parts, IsNameSeparator, requireSeparator: false, out length);
    }

    private static int Find(string text, IReadOnlyList<string> words, Func<char, bool> separator, bool requireSeparator, out int length)
    {
        length = 0;
        if (words.Count == 0)
        {
            return -1;
        }

        var from = 0;
        while (from < text.Length)
        {
            var start = text.IndexOf(words[0], from, StringComparison.OrdinalIgnoreCase);
            if (start < 0)
            {
                return -1;
            }

            from = start + 1;
            if (start > 0 && IsWordChar(text[start - 1]) && IsWordChar(words[0][0]))
            {
                continue;
            }

            var end = start + words[0].Length;
            var matched = true;
            for (var w = 1; w < words.Count && matched; w++)
            {
                var next = end;
                while (next < text.Length && separator(text[next]))
                {
                    next++;
                }

                if (requireSeparator && next == end)
                {
                    matched = false;
                }
                else if (next + words[w].Length <= text.Length && string.Compare(text, next, words[w], 0, words[w].Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    end = next + words[w].Length;
                }
                else
                {
                    matched = false;
                }
            }

            if (matched && (end >= text.Length || !IsWordChar(text[end]) || !IsWordChar(text[end - 1])))
            {
                length = end - start;
                return start;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    private static bool IsNameSeparator(char c) => Array.IndexOf(NameSeparators, c) >= 0;
}
