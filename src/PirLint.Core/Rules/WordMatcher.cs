using System;
using System.Collections.Generic;
using System.Text;
using PirLint.Text;

namespace PirLint.Rules;

/// <summary>Finds whole-word, case-insensitive occurrences of phrases and people's names in a text; typographic apostrophes count as <c>'</c>.</summary>
internal static class WordMatcher
{
    private static readonly char[] NameSeparators = { ' ', '\t', '-', '_', '.' };

    private static readonly char[] PhraseSeparators = { ' ', '\t' };

    /// <summary>A phrase's words, with any white space between them in the text.</summary>
    public static int FindPhrase(string text, string phrase, out int length) => FindPhrase(new SearchText(text), PhraseWords(phrase), out length);

    /// <summary>A name's parts (split on space, -, _ and .), with any of those or nothing between them in the text.</summary>
    public static int FindName(string text, string name, out int length) => FindName(new SearchText(text), NameParts(name), out length);

    /// <summary>The words <see cref="FindPhrase(SearchText, Words, out int)"/> looks for: split once, searched in many texts.</summary>
    public static Words PhraseWords(string phrase) => new(phrase.Split(PhraseSeparators, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The parts <see cref="FindName(SearchText, Words, out int)"/> looks for: split once, searched in many texts.</summary>
    public static Words NameParts(string name) => new(name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries));

    public static int FindPhrase(SearchText text, Words words, out int length) => Find(text, words, IsSpace, requireSeparator: true, out length);

    public static int FindName(SearchText text, Words parts, out int length) => Find(text, parts, IsNameSeparator, requireSeparator: false, out length);

    private static int Find(SearchText search, Words pattern, Func<char, bool> separator, bool requireSeparator, out int length)
    {
        var text = search.Value;
        var words = pattern.Parts;
        length = 0;
        if (words.Length == 0)
        {
            return -1;
        }

        // An ordinal search of the folded copies: case-insensitive by Unicode rules, and fast.
        var from = 0;
        while (from < text.Length)
        {
            var start = search.Folded.IndexOf(pattern.Folded[0], from, StringComparison.Ordinal);
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
            for (var w = 1; w < words.Length && matched; w++)
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
                else if (next + words[w].Length <= text.Length && string.CompareOrdinal(search.Folded, next, pattern.Folded[w], 0, words[w].Length) == 0)
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

    /// <summary>
    /// <paramref name="text"/> with each character folded by Unicode rules, one character for one so that positions
    /// hold: lower case, and the dotted and dotless i of Turkish as <c>i</c> (<c>YILMAZ</c> matches <c>Yılmaz</c>).
    /// </summary>
    private static string Fold(string text)
    {
        StringBuilder? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : FoldChar(c);
            if (folded != c)
            {
                chars ??= StringBuilderCache.Acquire(text.Length).Append(text);
                chars[i] = folded;
            }
        }

        return chars == null ? text : StringBuilderCache.ToStringAndRelease(chars);
    }

    private static char FoldChar(char c) =>
        c switch
        {
            '\u0130' or '\u0131' => 'i',
            '\u017F' => 's',
            '\u03C2' => '\u03C3',
            _ => char.ToLowerInvariant(c),
        };

    /// <summary>A text to search, with its folded copy.</summary>
    public readonly struct SearchText
    {
        /// <summary>Typographic apostrophes are read as <c>'</c> (<c>should’ve</c> is <c>should've</c>); positions are those of <paramref name="value"/>.</summary>
        public SearchText(string value)
        {
            value = Documents.NameFolding.PlainApostrophes(value);
            Value = value;
            Folded = Fold(value);
        }

        public string Value { get; }

        public string Folded { get; }
    }

    /// <summary>The words of a phrase or the parts of a name, with their folded copies.</summary>
    public sealed class Words
    {
        public Words(string[] parts)
        {
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = Documents.NameFolding.PlainApostrophes(parts[i]);
            }

            Parts = parts;
            Folded = new string[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                Folded[i] = Fold(parts[i]);
            }
        }

        public string[] Parts { get; }

        public string[] Folded { get; }
    }
}
