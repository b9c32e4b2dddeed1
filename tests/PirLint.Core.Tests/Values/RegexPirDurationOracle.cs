using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PirLint.Tests.Values;

/// <summary>
/// The regex implementation <see cref="PirLint.Values.PirDuration"/> replaced, kept word for word as the reference
/// the hand-written parser must agree with (test-only; linked into the fuzz tests too).
/// </summary>
internal static class RegexPirDurationOracle
{
    private static readonly Regex Iso = new(
        @"^P(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<m>\d+(?:\.\d+)?)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The words and signs that make a duration approximate; what follows them is read as the duration.</summary>
    private static readonly Regex Approximately = new(
        @"^(?:~|\u2248|(?:about|approximately|approx\.?|around|roughly|circa|ca\.|almost|nearly)(?=\s|\d))\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex Part = new(
        @"\G\s*(?:,\s*|and\s+)?(?<n>\d+(?:\.\d+)?)\s*(?<u>weeks?|w|days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

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
        var approximately = trimmed.Length > 0 && !char.IsDigit(trimmed[0]) && trimmed[0] != 'P' && trimmed[0] != 'p' ? Approximately.Match(trimmed) : Match.Empty;
        if (approximately.Success)
        {
            trimmed = trimmed.Substring(approximately.Length);
        }

        if (trimmed.Length == 0)
        {
            return false;
        }

        var iso = Iso.Match(trimmed);
        if (iso.Success)
        {
            if (trimmed.Length <= 1 || trimmed.EndsWith("T", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            duration = TimeSpan.FromDays(7 * Number(iso, "w") + Number(iso, "d")) +
                       TimeSpan.FromHours(Number(iso, "h")) + TimeSpan.FromMinutes(Number(iso, "m")) + TimeSpan.FromSeconds(Number(iso, "s"));
            return true;
        }

        var position = 0;
        var parts = 0;
        while (position < trimmed.Length)
        {
            var match = Part.Match(trimmed, position);
            if (!match.Success || match.Length == 0)
            {
                return false;
            }

            var amount = double.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            duration += Char.ToLowerInvariant(match.Groups["u"].Value[0]) switch
            {
                'w' => TimeSpan.FromDays(7 * amount),
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromSeconds(amount),
            };
            position += match.Length;
            parts++;
        }

        return parts > 0;
    }

    private static double Number(Match match, string group) =>
        match.Groups[group].Success ? double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
}
