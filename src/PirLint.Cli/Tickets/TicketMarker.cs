using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PirLint.Cli.Tickets;

/// <summary>
/// The markers PirLint leaves in a tracker: <c>pirlint:INC-2026-0317#2</c> in a ticket's body ties it to item 2 of the
/// review, and <c>pirlint-reminder:INC-2026-0317#2 2026-04-01</c> in a comment records the day a reminder was sent.
/// </summary>
internal static class TicketMarker
{
    private static readonly Regex ItemMarker = new(@"(?<![\w-])pirlint:(?<id>[A-Za-z0-9][A-Za-z0-9-]*)#(?<n>[0-9]+)(?![0-9])", RegexOptions.CultureInvariant);
    private static readonly Regex ReminderMarker = new(@"pirlint-reminder:(?<id>[A-Za-z0-9][A-Za-z0-9-]*)#(?<n>[0-9]+)(?![0-9]) (?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})", RegexOptions.CultureInvariant);

    public static string For(string incidentId, int index) => $"pirlint:{incidentId}#{index.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>True when <paramref name="text"/> carries exactly <paramref name="marker"/> (<c>#1</c> is not <c>#12</c>).</summary>
    public static bool IsIn(string? text, string marker)
    {
        if (text == null)
        {
            return false;
        }

        foreach (Match match in ItemMarker.Matches(text))
        {
            if (string.Equals(match.Value, marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static string Reminder(string incidentId, int index, DateTime day) =>
        $"pirlint-reminder:{incidentId}#{index.ToString(CultureInfo.InvariantCulture)} {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>The latest day a reminder for the item was recorded in <paramref name="comment"/>, or null.</summary>
    public static DateTime? ReminderDay(string comment, string incidentId, int index)
    {
        DateTime? latest = null;
        foreach (Match match in ReminderMarker.Matches(comment))
        {
            if (match.Groups["id"].Value == incidentId &&
                match.Groups["n"].Value == index.ToString(CultureInfo.InvariantCulture) &&
                DateTime.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) &&
                (latest == null || day > latest))
            {
                latest = day;
            }
        }

        return latest;
    }
}
