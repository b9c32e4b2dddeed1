using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PirLint.Tests.Rules;
using PirLint.Values;

namespace PirLint.Tests.Values;

/// <summary>The hand-written <see cref="PirDuration"/> reads every text as the regexes it replaced did.</summary>
public class PirDurationTests
{
    [Theory]
    [InlineData("2h15m", "02:15:00")]
    [InlineData("PT2H15M", "02:15:00")]
    [InlineData("p1w", "7.00:00:00")]
    [InlineData("P1W2DT3H4M5.5S", "9.03:04:05.5000000")]
    [InlineData("pt1.5h", "01:30:00")]
    [InlineData("P1W2D", "9.00:00:00")]
    [InlineData("PT0S", "00:00:00")]
    [InlineData("2 hours 15 minutes", "02:15:00")]
    [InlineData("2 HOURS 15 MINUTES", "02:15:00")]
    [InlineData("1 day, 3 hours and 5 mins", "1.03:05:00")]
    [InlineData("1 week 2 days", "9.00:00:00")]
    [InlineData("2hours", "02:00:00")]
    [InlineData("2 hrs", "02:00:00")]
    [InlineData("2 Hr", "02:00:00")]
    [InlineData("10 seconds", "00:00:10")]
    [InlineData("3 secs 1 sec", "00:00:04")]
    [InlineData("1.5h", "01:30:00")]
    [InlineData("0h", "00:00:00")]
    [InlineData("2h 2h", "04:00:00")]
    [InlineData("2h, 15m", "02:15:00")]
    [InlineData("2h,15m", "02:15:00")]
    [InlineData("2h ,15m", "02:15:00")]
    [InlineData("2h AND 15m", "02:15:00")]
    [InlineData("about 4 hours", "04:00:00")]
    [InlineData("about4h", "04:00:00")]
    [InlineData("about P1D", "1.00:00:00")]
    [InlineData("~4h17m", "04:17:00")]
    [InlineData("~ 4h", "04:00:00")]
    [InlineData("\u2248 3h", "03:00:00")]
    [InlineData("approx. 45 minutes", "00:45:00")]
    [InlineData("approx 3h", "03:00:00")]
    [InlineData("approximately 2 days", "2.00:00:00")]
    [InlineData("ca.5m", "00:05:00")]
    [InlineData("Roughly 90 min", "01:30:00")]
    [InlineData("CIRCA 1 hour", "01:00:00")]
    [InlineData("around2h", "02:00:00")]
    [InlineData("nearly 30s", "00:00:30")]
    [InlineData("almost 2 days", "2.00:00:00")]
    [InlineData("  2h\t", "02:00:00")]
    [InlineData("2h\n", "02:00:00")]
    [InlineData("\n2h", "02:00:00")]
    [InlineData("PT2H\n", "02:00:00")]
    [InlineData("2h\n15m", "02:15:00")]
    [InlineData("2\u00A0hours", "02:00:00")]
    [InlineData("2\u3000h\u2028", "02:00:00")]
    [InlineData("about\u0085 2h", "02:00:00")]
    [InlineData("3 wee\u212As", "21.00:00:00")]
    [InlineData("4 hours ago", null)]
    [InlineData("PT", null)]
    [InlineData("P", null)]
    [InlineData("p1dt", null)]
    [InlineData("PT1.H", null)]
    [InlineData("P1.5D", null)]
    [InlineData("PT2H15", null)]
    [InlineData("1.h", null)]
    [InlineData(".5h", null)]
    [InlineData("2", null)]
    [InlineData("h", null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("~", null)]
    [InlineData("about", null)]
    [InlineData("abouth", null)]
    [InlineData("ca 5m", null)]
    [InlineData("approx.x 5m", null)]
    [InlineData("2 hourss", null)]
    [InlineData("2h and15m", null)]
    [InlineData("2h,", null)]
    [InlineData("2h xyz", null)]
    [InlineData("2 h\u00E9", null)]
    [InlineData("2h\u212A", null)]
    [InlineData("2\u200Bh", null)]
    [InlineData("-2h", null)]
    [InlineData("1e5h", null)]
    [InlineData("2 \u017Fecs", null)]
    [InlineData("999999999999 weeks", null)]
    [InlineData("P99999999999999W", null)]
    [InlineData("2h 999999999999 weeks", null)]
    public void ReadsTheTableAsTheRegexesDid(string text, string? expected)
    {
        var expectedDuration = expected == null ? (TimeSpan?)null : TimeSpan.ParseExact(expected, "c", CultureInfo.InvariantCulture);

        Assert.Equal(expectedDuration, Read(RegexPirDurationOracle.TryParse, text));
        Assert.Equal(expectedDuration, Read(PirDuration.TryParse, text));
    }

    [Fact]
    public void ANumberTooLongForADoubleIsNoDuration()
    {
        var text = new string('9', 400) + "h";

        Assert.Null(Read(RegexPirDurationOracle.TryParse, text));
        Assert.Null(Read(PirDuration.TryParse, text));
    }

    [Theory]
    [InlineData("\u0663h")]
    [InlineData("PT\u0663H")]
    [InlineData("about\u0663h")]
    [InlineData("2h \uFF11m")]
    [InlineData("1.\u0967h")]
    public void DigitsOfOtherScriptsAreNoDurationWhereTheRegexesThrew(string text)
    {
        // \d matched them and double.Parse then threw a FormatException out of TryParse.
        Assert.Throws<FormatException>(() => RegexPirDurationOracle.TryParse(text, out _));
        Assert.False(PirDuration.TryParse(text, out _));
    }

    [Fact]
    public void DigitsOfOtherScriptsAreAWrongFormInAReview()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("duration: 2 hours 15 minutes", "duration: \u0663h"));

        Assert.Equal("PIR003", diagnostics.Ids());
        Assert.Equal(6, Assert.Single(diagnostics).Span.StartLine);
    }

    /// <summary>Every character of the Basic Multilingual Plane, in each hole: case folding, spaces and digits of all scripts.</summary>
    [Theory]
    [InlineData("{0}")]
    [InlineData("{0}2h")]
    [InlineData("2{0}")]
    [InlineData("2h{0}")]
    [InlineData("2 hour{0}")]
    [InlineData("2 wee{0}s")]
    [InlineData("2h{0}15m")]
    [InlineData("2h an{0} 15m")]
    [InlineData("1{0}5h")]
    [InlineData("{0}T1H")]
    [InlineData("P1{0}")]
    [InlineData("PT1.5{0}")]
    [InlineData("about{0}2h")]
    [InlineData("approx{0}2h")]
    [InlineData("{0}bout 2h")]
    public void AgreesWithTheRegexesOnEveryCharacterInAHole(string template)
    {
        var mismatches = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Compare(string.Format(CultureInfo.InvariantCulture, template, (char)c), mismatches);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void AgreesWithTheRegexesOnRandomPieces()
    {
        var random = new Random(20261201);
        var outcomes = new Outcomes();
        var mismatches = new List<string>();
        for (var i = 0; i < 30_000; i++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 9);
            for (var p = 0; p < count; p++)
            {
                text.Append(Pick(random, AllPieces));
            }

            outcomes.Add(Compare(text.ToString(), mismatches));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        outcomes.AssertSpread(minimumTrue: 150, minimumFalse: 20_000, minimumThrown: 150);
    }

    [Fact]
    public void AgreesWithTheRegexesOnShapedAndMutatedDurations()
    {
        var random = new Random(20261202);
        var outcomes = new Outcomes();
        var mismatches = new List<string>();
        for (var i = 0; i < 30_000; i++)
        {
            var text = Shaped(random);
            for (var m = random.Next(-3, 3); m > 0; m--)
            {
                text = Mutate(random, text);
            }

            outcomes.Add(Compare(text, mismatches));
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        outcomes.AssertSpread(minimumTrue: 10_000, minimumFalse: 10_000, minimumThrown: 200);
    }

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

    private delegate bool Parse(string text, out TimeSpan duration);

    private static TimeSpan? Read(Parse parse, string text) => parse(text, out var duration) ? duration : null;

    private enum Outcome
    {
        True,
        False,
        RegexesThrew,
    }

    /// <summary>Compares both outputs, bool and TimeSpan (also the partial sum left when the answer is false).</summary>
    private static Outcome Compare(string text, List<string> mismatches)
    {
        var ok = PirDuration.TryParse(text, out var duration);
        bool expectedOk;
        TimeSpan expected;
        try
        {
            expectedOk = RegexPirDurationOracle.TryParse(text, out expected);
        }
        catch (FormatException)
        {
            // The regexes took another script's digit that double.Parse refused; the parser says no instead.
            if (ok || !text.Any(c => char.IsDigit(c) && (c < '0' || c > '9')))
            {
                Mismatch(mismatches, text, "the regexes threw a FormatException", ok, duration);
            }

            return Outcome.RegexesThrew;
        }

        if (ok != expectedOk || duration != expected)
        {
            Mismatch(mismatches, text, $"regexes {expectedOk} {expected.Ticks} ticks", ok, duration);
        }

        return ok ? Outcome.True : Outcome.False;
    }

    private static void Mismatch(List<string> mismatches, string text, string expected, bool ok, TimeSpan duration)
    {
        if (mismatches.Count < 20)
        {
            mismatches.Add($"\"{Escape(text)}\": {expected}, parser {ok} {duration.Ticks} ticks");
        }
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));

    /// <summary>How the generated texts came out: a generator that made only failures would test little.</summary>
    private sealed class Outcomes
    {
        private readonly Dictionary<Outcome, int> counts = new() { [Outcome.True] = 0, [Outcome.False] = 0, [Outcome.RegexesThrew] = 0 };

        public void Add(Outcome outcome) => counts[outcome]++;

        public void AssertSpread(int minimumTrue, int minimumFalse, int minimumThrown)
        {
            var summary = string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
            Assert.True(counts[Outcome.True] >= minimumTrue, summary);
            Assert.True(counts[Outcome.False] >= minimumFalse, summary);
            Assert.True(counts[Outcome.RegexesThrew] >= minimumThrown, summary);
        }
    }
}
