using System;
using System.Collections.Generic;
using System.Linq;
using PirLint.Values;

namespace PirLint.Tests.Values;

/// <summary>How the regexes answered a text.</summary>
internal enum DurationOutcome
{
    True,
    False,
    RegexesThrew,
}

/// <summary>Compares <see cref="PirDuration"/> with <see cref="RegexPirDurationOracle"/>; linked into the fuzz tests too.</summary>
internal static class DurationReference
{
    /// <summary>
    /// What differs between the two on <paramref name="text"/>, bool or TimeSpan (also the partial sum left when the
    /// answer is false); null when nothing does. Where the regexes took another script's digit and double.Parse threw a
    /// FormatException, the parser must answer false.
    /// </summary>
    public static string? Disagreement(string text, out DurationOutcome outcome)
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
            outcome = DurationOutcome.RegexesThrew;
            return ok || !text.Any(c => char.IsDigit(c) && (c < '0' || c > '9'))
                ? Describe(text, "the regexes threw a FormatException", ok, duration)
                : null;
        }

        outcome = expectedOk ? DurationOutcome.True : DurationOutcome.False;
        return ok != expectedOk || duration != expected
            ? Describe(text, $"regexes {expectedOk} {expected.Ticks} ticks", ok, duration)
            : null;
    }

    /// <summary>The text with everything outside printable ASCII as \uXXXX.</summary>
    public static string Escape(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));

    private static string Describe(string text, string expected, bool ok, TimeSpan duration) =>
        $"\"{Escape(text)}\": {expected}, parser {ok} {duration.Ticks} ticks";
}

/// <summary>How many generated texts came out each way: a generator that made only failures would test little.</summary>
internal sealed class DurationOutcomes
{
    private readonly Dictionary<DurationOutcome, int> _counts = new()
    {
        [DurationOutcome.True] = 0,
        [DurationOutcome.False] = 0,
        [DurationOutcome.RegexesThrew] = 0,
    };

    public int this[DurationOutcome outcome] => _counts[outcome];

    public void Add(DurationOutcome outcome) => _counts[outcome]++;

    public override string ToString() => string.Join(", ", _counts.Select(c => $"{c.Key} {c.Value}"));
}
