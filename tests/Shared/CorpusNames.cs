using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PirLint.TestSupport;

/// <summary>A person of a generated review, written in one of the styles teams use (full name, dotted, dashed, short).</summary>
internal sealed record CorpusPerson(string First, string Last)
{
    public static readonly string[] Styles = { "full", "dot", "dash", "short" };
    public static readonly int[] StyleWeights = { 40, 25, 20, 15 };

    public string Render(string style)
    {
        if (style == "full")
        {
            return First + " " + Last;
        }

        var first = CorpusNames.StripAccents(First).ToLowerInvariant();
        var last = CorpusNames.StripAccents(Last).ToLowerInvariant();
        return style switch
        {
            "dot" => first + "." + last,
            "dash" => first + "-" + last,
            _ => first.Substring(0, 1) + last,
        };
    }
}

/// <summary>Names as the contract compares them, and the people a review is written about.</summary>
internal static class CorpusNames
{
    /// <summary>Substrings that make an actor a system, not a person; person names avoid them.</summary>
    private static readonly string[] SystemMarkers = { "/", "_", "bot", "pipeline", "agent", "monitor", "alert", "automated", "ci" };

    private static readonly string[] FirstNames = CorpusContent.FirstNames.Where(n => !HasSystemMarker(n)).ToArray();
    private static readonly string[] LastNames = CorpusContent.LastNames.Where(n => !HasSystemMarker(n)).ToArray();

    public static string StripAccents(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A name folded as the contract does: case folded, spaces, <c>-</c>, <c>_</c> and <c>.</c> dropped.</summary>
    public static string Fold(string name) =>
        new string(name.Where(c => !char.IsWhiteSpace(c) && c != '-' && c != '_' && c != '.').ToArray()).ToLowerInvariant();

    public static bool HasSystemMarker(string name)
    {
        var variants = new[] { name.ToLowerInvariant(), StripAccents(name).ToLowerInvariant(), Fold(name), StripAccents(Fold(name)) };
        return variants.Any(v => SystemMarkers.Any(v.Contains));
    }

    /// <summary><paramref name="count"/> people whose names, in any style, cannot be mistaken for one another.</summary>
    public static List<CorpusPerson> PickPeople(CorpusRandom random, int count)
    {
        var people = new List<CorpusPerson>();
        var seen = new HashSet<string>();
        while (people.Count < count)
        {
            var person = new CorpusPerson(random.Pick(FirstNames), random.Pick(LastNames));
            if (HasSystemMarker(person.Render("full")))
            {
                continue;
            }

            var keys = new HashSet<string>(CorpusPerson.Styles.Select(s => Fold(person.Render(s)))) { Fold(StripAccents(person.Render("full"))) };
            var last = StripAccents(person.Last).ToLowerInvariant();
            if (seen.Contains(last) || keys.Overlaps(seen) || seen.Contains(Fold(person.First)))
            {
                continue;
            }

            seen.UnionWith(keys);
            seen.Add(last);
            seen.Add(Fold(person.First));
            people.Add(person);
        }

        return people;
    }
}
