using System;

namespace PirLint.Values;

/// <summary>ISO 8601 date-times with or without seconds; an offset is optional (its absence is PIR202).</summary>
/// <remarks>
/// The form, read by hand (a regular expression's match and groups cost more than the rest of a timeline rule):
/// <c>YYYY-MM-DD</c>, <c>T</c>, <c>t</c> or a space, <c>hh:mm</c>, optionally <c>:ss</c> and a fraction of 1-7 digits after
/// <c>.</c> or <c>,</c>, then optionally <c>Z</c>, <c>z</c> or <c>+hh</c>, <c>+hhmm</c>, <c>+hh:mm</c> (or <c>-</c>).
/// Digits are ASCII digits.
/// </remarks>
public static class PirDateTime
{
    /// <param name="value">The instant; read as UTC when the text has no offset.</param>
    public static bool TryParse(string text, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        var s = text.Trim();
        if (s.Length < 16 ||
            !Digits(s, 0, 4, out var year) || s[4] != '-' || !Digits(s, 5, 2, out var month) || s[7] != '-' || !Digits(s, 8, 2, out var day) ||
            (s[10] != 'T' && s[10] != 't' && s[10] != ' ') ||
            !Digits(s, 11, 2, out var hour) || s[13] != ':' || !Digits(s, 14, 2, out var minute))
        {
            return false;
        }

        var at = 16;
        var second = 0;
        var ticks = 0L;
        if (at < s.Length && s[at] == ':')
        {
            if (!Digits(s, at + 1, 2, out second))
            {
                return false;
            }

            at += 3;
            if (at < s.Length && (s[at] == '.' || s[at] == ',') && at + 1 < s.Length && IsDigit(s[at + 1]))
            {
                var digits = 0;
                at++;
                while (at < s.Length && IsDigit(s[at]) && digits < 7)
                {
                    ticks = ticks * 10 + (s[at] - '0');
                    digits++;
                    at++;
                }

                for (var pad = digits; pad < 7; pad++)
                {
                    ticks *= 10;
                }
            }
        }

        // The zone: Z, or a sign, two digits and optionally two more (after an optional colon).
        var zone = at < s.Length;
        var negative = false;
        var zoneHours = 0;
        var zoneMinutes = 0;
        if (zone)
        {
            if (s[at] == 'Z' || s[at] == 'z')
            {
                at++;
            }
            else if ((s[at] == '+' || s[at] == '-') && Digits(s, at + 1, 2, out zoneHours))
            {
                negative = s[at] == '-';
                at += 3;
                var colon = at < s.Length && s[at] == ':' ? 1 : 0;
                if (at < s.Length && Digits(s, at + colon, 2, out zoneMinutes))
                {
                    at += colon + 2;
                }
            }
            else
            {
                return false;
            }
        }

        if (at != s.Length)
        {
            return false;
        }

        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        if (zone)
        {
            hasOffset = true;
            if (zoneHours > 14 || zoneMinutes > 59)
            {
                return false;
            }

            offset = new TimeSpan(zoneHours, zoneMinutes, 0);
            if (negative)
            {
                offset = -offset;
            }
        }

        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentException)
        {
            // Outside DateTimeOffset's range once the offset applies (0001-01-01T00:00+01:00), or an offset past 14:00.
            value = default;
            return false;
        }
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            if (!IsDigit(s[i]))
            {
                return false;
            }

            value = value * 10 + (s[i] - '0');
        }

        return true;
    }
}
