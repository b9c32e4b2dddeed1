using System;
using System.Collections.Generic;
using System.Globalization;
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
        for (var c = 0; c <= char.MaxValue && mismatches.Count < 20; c++)
        {
            if (DurationReference.Disagreement(string.Format(CultureInfo.InvariantCulture, template, (char)c), out _) is { } problem)
            {
                mismatches.Add(problem);
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Fact]
    public void AgreesWithTheRegexesOnRandomPieces()
    {
        var outcomes = Differential(DurationTexts.RandomPieces, new Random(20261201), 30_000);

        Assert.True(outcomes[DurationOutcome.True] >= 150 && outcomes[DurationOutcome.False] >= 20_000 && outcomes[DurationOutcome.RegexesThrew] >= 150, outcomes.ToString());
    }

    [Fact]
    public void AgreesWithTheRegexesOnShapedAndMutatedDurations()
    {
        var outcomes = Differential(DurationTexts.ShapedAndMutated, new Random(20261202), 30_000);

        Assert.True(outcomes[DurationOutcome.True] >= 10_000 && outcomes[DurationOutcome.False] >= 10_000 && outcomes[DurationOutcome.RegexesThrew] >= 200, outcomes.ToString());
    }

    private static DurationOutcomes Differential(Func<Random, string> generate, Random random, int count)
    {
        var outcomes = new DurationOutcomes();
        var mismatches = new List<string>();
        for (var i = 0; i < count && mismatches.Count < 20; i++)
        {
            if (DurationReference.Disagreement(generate(random), out var outcome) is { } problem)
            {
                mismatches.Add(problem);
            }

            outcomes.Add(outcome);
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        return outcomes;
    }

    private delegate bool Parse(string text, out TimeSpan duration);

    private static TimeSpan? Read(Parse parse, string text) => parse(text, out var duration) ? duration : null;
}
