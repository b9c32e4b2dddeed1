using System;
using Xunit;

namespace PirLint.TestSupport;

/// <summary>
/// Edits to a fixture that assert they happened: a test that edits a clean review to break it must not silently lint the
/// unchanged review when the fixture's text moves on.
/// </summary>
internal static class FixtureText
{
    /// <summary>Replaces the one occurrence of <paramref name="needle"/>; fails when it occurs zero times or more than once.</summary>
    public static string ReplaceOnce(this string text, string needle, string replacement) => text.ReplaceEach(needle, replacement, 1);

    /// <summary>Replaces every occurrence of <paramref name="needle"/>, which must occur exactly <paramref name="count"/> times.</summary>
    public static string ReplaceEach(this string text, string needle, string replacement, int count)
    {
        var found = Occurrences(text, needle);
        if (found != count)
        {
            Assert.Fail($"the fixture holds {found} occurrence(s) of the text to replace, expected {count}: \"{needle}\"");
        }

        return text.Replace(needle, replacement, StringComparison.Ordinal);
    }

    private static int Occurrences(string text, string needle)
    {
        if (needle.Length == 0)
        {
            throw new ArgumentException("the text to replace is empty", nameof(needle));
        }

        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
