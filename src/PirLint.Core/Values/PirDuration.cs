using System;
using System.Globalization;

namespace PirLint.Values;

/// <summary>
/// Durations: ISO 8601 (<c>PT2H15M</c>), compact (<c>2h15m</c>) or English (<c>2 hours 15 minutes</c>, <c>1 day</c>);
/// an approximate one (<c>about 4 hours</c>, <c>approximately 45 minutes</c>, <c>~4h17m</c>) is read as its number.
/// </summary>
public static class PirDuration
{
    // A hand-written reader: building regexes for this cost a few milliseconds of every run. Letters compare
    // case-insensitively as .NET's invariant IgnoreCase does (the Kelvin sign U+212A is a k), spaces are
    // char.IsWhiteSpace, and digits are ASCII: double.Parse reads no other digits.

    /// <summary>The words that make a duration approximate, as do "~" and "≈"; what follows them is read as the duration.</summary>
    private static readonly string[] ApproximateWords =
        { "about", "approximately", "approx.", "approx", "around", "roughly", "circa", "ca.", "almost", "nearly" };

    private static readonly string[] UnitWords =
    {
        "weeks", "week", "w", "days", "day", "d", "hours", "hour", "hrs", "hr", "h",
        "minutes", "minute", "mins", "min", "m", "seconds", "second", "secs", "sec", "s",
    };

    public static bool TryParse(string text, out TimeSpan duration)
    {
        try
        {
            return TryParseUnchecked(text, out duration);
        }
        catch (OverflowException)
        {
            // Longer than TimeSpan holds (about 29,000 years): not a duration a review can mean.
            duration = TimeSpan.Zero;
            return false;
        }
    }

    private static bool TryParseUnchecked(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var trimmed = text.Trim();
        trimmed = trimmed.Substring(ApproximatelyLength(trimmed));
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (TryReadIso(trimmed, out var weeks, out var days, out var hours, out var minutes, out var seconds))
        {
            if (trimmed.Length <= 1 || trimmed.EndsWith("T", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            duration = TimeSpan.FromDays(7 * weeks + days) +
                       TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromSeconds(seconds);
            return true;
        }

        // The text is not empty, so a true result read at least one part.
        var position = 0;
        while (position < trimmed.Length)
        {
            if (!TryReadPart(trimmed, ref position, out var amount, out var unit))
            {
                return false;
            }

            duration += unit switch
            {
                'w' => TimeSpan.FromDays(7 * amount),
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
        }

        return true;
    }

    /// <summary>The length of a leading "~", "≈" or approximate word (followed by a space or digit) and the spaces after it; 0 when there is none.</summary>
    private static int ApproximatelyLength(string text)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (text[0] == '~' || text[0] == '\u2248')
        {
            return SkipWhiteSpace(text, 1);
        }

        foreach (var word in ApproximateWords)
        {
            if (text.Length > word.Length && IsWordAt(text, 0, word) &&
                (char.IsWhiteSpace(text[word.Length]) || char.IsDigit(text[word.Length])))
            {
                return SkipWhiteSpace(text, word.Length);
            }
        }

        return 0;
    }

    /// <summary>The whole text is <c>P[nW][nD][T[nH][nM][nS]]</c>, hours, minutes and seconds with an optional fraction; absent numbers are 0.</summary>
    private static bool TryReadIso(string text, out double weeks, out double days, out double hours, out double minutes, out double seconds)
    {
        weeks = days = hours = minutes = seconds = 0;
        if (!IsLetter(text[0], 'p'))
        {
            return false;
        }

        var position = 1;
        weeks = ReadIsoNumber(text, ref position, 'w', fraction: false);
        days = ReadIsoNumber(text, ref position, 'd', fraction: false);
        if (position < text.Length && IsLetter(text[position], 't'))
        {
            position++;
            hours = ReadIsoNumber(text, ref position, 'h', fraction: true);
            minutes = ReadIsoNumber(text, ref position, 'm', fraction: true);
            seconds = ReadIsoNumber(text, ref position, 's', fraction: true);
        }

        return position == text.Length;
    }

    /// <summary>A number and its designator letter at <paramref name="position"/>, read and passed; else 0, and the position stays.</summary>
    private static double ReadIsoNumber(string text, ref int position, char designator, bool fraction)
    {
        var end = NumberEnd(text, position, fraction);
        if (end == position || end == text.Length || !IsLetter(text[end], designator))
        {
            return 0;
        }

        var number = double.Parse(text.Substring(position, end - position), CultureInfo.InvariantCulture);
        position = end + 1;
        return number;
    }

    /// <summary>
    /// One part of a compact or English duration: spaces, an optional "," or "and" with a space after it, a number,
    /// spaces, and a unit word that no other letter follows. <paramref name="unit"/> is the unit's first letter, lower case.
    /// </summary>
    private static bool TryReadPart(string text, ref int position, out double amount, out char unit)
    {
        amount = 0;
        unit = ' ';
        var start = SkipWhiteSpace(text, position);
        if (start < text.Length && text[start] == ',')
        {
            start = SkipWhiteSpace(text, start + 1);
        }
        else if (text.Length > start + 3 && IsWordAt(text, start, "and") && char.IsWhiteSpace(text[start + 3]))
        {
            start = SkipWhiteSpace(text, start + 3);
        }

        var numberEnd = NumberEnd(text, start, fraction: true);
        if (numberEnd == start)
        {
            return false;
        }

        var unitStart = SkipWhiteSpace(text, numberEnd);
        var unitEnd = unitStart;
        while (unitEnd < text.Length && IsLatinLetter(text[unitEnd]))
        {
            unitEnd++;
        }

        if (!IsUnitWord(text, unitStart, unitEnd - unitStart))
        {
            return false;
        }

        amount = double.Parse(text.Substring(start, numberEnd - start), CultureInfo.InvariantCulture);
        unit = char.ToLowerInvariant(text[unitStart]);
        position = unitEnd;
        return true;
    }

    private static bool IsUnitWord(string text, int start, int length)
    {
        foreach (var word in UnitWords)
        {
            if (word.Length == length && IsWordAt(text, start, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of the digits at <paramref name="start"/> and, with <paramref name="fraction"/>, of a "." and digits after them.</summary>
    private static int NumberEnd(string text, int start, bool fraction)
    {
        var end = SkipDigits(text, start);
        if (fraction && end > start && end + 1 < text.Length && text[end] == '.' && IsAsciiDigit(text[end + 1]))
        {
            end = SkipDigits(text, end + 1);
        }

        return end;
    }

    private static int SkipDigits(string text, int position)
    {
        while (position < text.Length && IsAsciiDigit(text[position]))
        {
            position++;
        }

        return position;
    }

    private static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The text has <paramref name="word"/> (lower case letters and ".") at <paramref name="start"/>, letters in either case.</summary>
    private static bool IsWordAt(string text, int start, string word)
    {
        if (text.Length - start < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (!IsLetter(text[start + i], word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><paramref name="c"/> is <paramref name="lower"/> in either case; the Kelvin sign is a k.</summary>
    private static bool IsLetter(char c, char lower) =>
        c == lower || c == char.ToUpperInvariant(lower) || (lower == 'k' && c == '\u212A');

    /// <summary>A letter a to z in either case, or the Kelvin sign: what ends a unit word.</summary>
    private static bool IsLatinLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\u212A';

    private static bool IsAsciiDigit(char c) => c >= '0' && c <= '9';
}
