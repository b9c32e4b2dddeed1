using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PirLint.Values;

/// <summary>ISO 8601 date-times with or without seconds; an offset is optional (its absence is PIR202).</summary>
public static class PirDateTime
{
    private static readonly Regex Form = new(
        @"^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})[Tt ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,](?<f>\d{1,7}))?)?(?<z>[Zz]|[+-]\d{2}(?::?\d{2})?)?$",
        RegexOptions.CultureInvariant);

    /// <param name="value">The instant; read as UTC when the text has no offset.</param>
    public static bool TryParse(string text, out DateTimeOffset value, out bool hasOffset)
    {
        value = default;
        hasOffset = false;
        var match = Form.Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var year = Int(match, "y");
        var month = Int(match, "mo");
        var day = Int(match, "d");
        var hour = Int(match, "h");
        var minute = Int(match, "mi");
        var second = match.Groups["s"].Success ? Int(match, "s") : 0;
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(1, year), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
        {
            return false;
        }

        var offset = TimeSpan.Zero;
        var zone = match.Groups["z"];
        if (zone.Success)
        {
            hasOffset = true;
            if (zone.Value != "Z" && zone.Value != "z")
            {
                var digits = zone.Value.Substring(1).Replace(":", string.Empty);
                var hours = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture);
                var minutes = digits.Length == 4 ? int.Parse(digits.Substring(2, 2), CultureInfo.InvariantCulture) : 0;
                if (hours > 14 || minutes > 59)
                {
                    return false;
                }

                offset = new TimeSpan(hours, minutes, 0);
                if (zone.Value[0] == '-')
                {
                    offset = -offset;
                }
            }
        }

        var ticks = 0L;
        if (match.Groups["f"].Success)
        {
            ticks = long.Parse(match.Groups["f"].Value.PadRight(7, '0'), CultureInfo.InvariantCulture);
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

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
