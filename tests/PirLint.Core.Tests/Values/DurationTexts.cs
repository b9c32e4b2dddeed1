using System;
using System.Linq;
using System.Text;

namespace PirLint.Tests.Values;

/// <summary>
/// Random texts for the differential test of <see cref="PirLint.Values.PirDuration"/>: numbers (fractions, huge ones,
/// digits of other scripts), unit words in any case (the Kelvin sign for k), separators, approximate words, ISO 8601
/// pieces, every kind of space and near-space, other letters. The same <see cref="Random"/> state gives the same
/// text. Linked into the fuzz tests too.
/// </summary>
internal static class DurationTexts
{
    private static readonly string[] Numbers = { "0", "1", "2", "7", "15", "45", "90", "007", "1.5", "0.25", "2.75", "100000" };

    private static readonly string[] OddNumbers =
    {
        "999999999999", "12.", ".5", "1..5", "1.5.5", "99999999999999999999", "1" + new string('0', 320), "\u0663", "\uFF11", "1\u0967", "-1", "1e3",
    };

    private static readonly string[] Units =
    {
        "w", "week", "weeks", "d", "day", "days", "h", "hr", "hrs", "hour", "hours", "m", "min", "mins", "minute",
        "minutes", "s", "sec", "secs", "second", "seconds", "W", "WEEKS", "Days", "HRS", "Hours", "M", "Min", "SECONDS",
        "wee\u212As", "WEE\u212A",
    };

    private static readonly string[] OddUnits = { "\u212A", "k", "hou", "minutess", "sek", "ms", "y", "x", "\u017F", "\u00E9", "" };

    private static readonly string[] Separators = { "", " ", ", ", ",", " , ", " and ", "\tAND\t", " And  " };

    private static readonly string[] OddSeparators = { "and ", "and", ",and ", ",,", "&" };

    private static readonly string[] Prefixes =
    {
        "", "", "", "", "", "~", "~ ", "\u2248", "\u2248 ", "about ", "approximately ", "approx ", "approx.", "approx. ",
        "around ", "roughly ", "circa ", "ca.", "ca. ", "almost ", "nearly ", "ABOUT ", "Approx.",
    };

    private static readonly string[] OddPrefixes = { "about", "ca ", "a\u212Aout ", "approx.x", "~~", "about,", "circa." };

    private static readonly string[] Spaces =
    {
        " ", "  ", "\t", "\n", "\r\n", "\v", "\f", "\u0085", "\u00A0", "\u1680", "\u2000", "\u200A", "\u2028", "\u2029",
        "\u202F", "\u205F", "\u3000",
    };

    private static readonly string[] OddSpaces = { "\u200B", "\uFEFF", "\u180E", "\u0000" };

    private static readonly string[] IsoPieces = { "P", "p", "T", "t", "W", "D", "H", "M", "S", "PT", "P1W", "T1H", "1D", "2.5M" };

    private static readonly string[] Others =
    {
        "\u00E9", "\u0130", "\u0131", "\u017F", "\u00C5", "\u212B", "\u00DF", "\u0391", "\u0430", "ago", "-", "+", "e", "E",
        "x", ".", ";", "/", "\u0663", "\u0A67", "\uFF11", "\u07C1", "\uD835\uDFCE", "\uD835", "\0", "#",
    };

    private static readonly string[] AllPieces =
        Numbers.Concat(OddNumbers).Concat(Units).Concat(OddUnits).Concat(Separators).Concat(OddSeparators).Concat(Prefixes).Concat(OddPrefixes).Concat(Spaces).Concat(OddSpaces).Concat(IsoPieces).Concat(Others).ToArray();

    /// <summary>One to eight pieces of any kind, strung together: mostly noise, a few durations.</summary>
    public static string RandomPieces(Random random)
    {
        var text = new StringBuilder();
        for (var count = random.Next(1, 9); count > 0; count--)
        {
            text.Append(Pick(random, AllPieces));
        }

        return text.ToString();
    }

    /// <summary>A duration as a review might write it, changed in one or two places one time in three.</summary>
    public static string ShapedAndMutated(Random random)
    {
        var text = Shaped(random);
        for (var m = random.Next(-3, 3); m > 0; m--)
        {
            text = Mutate(random, text);
        }

        return text;
    }

    /// <summary>A duration as a review might write it: ISO 8601, or an optional approximate word and parts.</summary>
    private static string Shaped(Random random)
    {
        var text = new StringBuilder(PickMostly(random, Prefixes, OddPrefixes));
        if (random.Next(4) == 0)
        {
            text.Append(random.Next(2) == 0 ? 'P' : 'p');
            var time = false;
            foreach (var designator in "WDTHMS")
            {
                var wanted = designator == 'T' ? random.Next(3) > 0 : random.Next(2) == 0 && (time || designator is 'W' or 'D' || random.Next(10) == 0);
                if (wanted)
                {
                    time |= designator == 'T';
                    text.Append(designator == 'T' ? "" : PickMostly(random, Numbers, OddNumbers)).Append(random.Next(4) == 0 ? char.ToLowerInvariant(designator) : designator);
                }
            }
        }
        else
        {
            var parts = random.Next(1, 5);
            for (var p = 0; p < parts; p++)
            {
                text.Append(p == 0 ? "" : PickMostly(random, Separators, OddSeparators));
                text.Append(PickMostly(random, Numbers, OddNumbers)).Append(random.Next(3) == 0 ? PickMostly(random, Spaces, OddSpaces) : "").Append(PickMostly(random, Units, OddUnits));
            }
        }

        return random.Next(3) == 0 ? PickMostly(random, Spaces, OddSpaces) + text + PickMostly(random, Spaces, OddSpaces) : text.ToString();
    }

    /// <summary>Inserts a piece or a random character, deletes or replaces a character.</summary>
    private static string Mutate(Random random, string text)
    {
        var at = random.Next(text.Length + 1);
        var character = random.Next(3) == 0 ? ((char)random.Next(char.MaxValue + 1)).ToString() : Pick(random, AllPieces);
        return random.Next(3) switch
        {
            0 => text.Insert(at, character),
            1 when at < text.Length => text.Remove(at, 1),
            _ when at < text.Length => text.Remove(at, 1).Insert(at, character),
            _ => text + character,
        };
    }

    private static string Pick(Random random, string[] pieces) => pieces[random.Next(pieces.Length)];

    /// <summary>One of the usual pieces 19 times in 20, else an odd one.</summary>
    private static string PickMostly(Random random, string[] usual, string[] odd) => Pick(random, random.Next(20) == 0 ? odd : usual);
}
