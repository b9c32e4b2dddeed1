using System;
using System.Globalization;
using System.Threading.Tasks;

namespace PirLint.Cli.Tickets;

/// <summary>
/// <c>actions --remind</c>: a comment on the ticket of each overdue item, naming its assignee, the days overdue and the
/// review; at most one per item every <c>--every</c> days, counted from the reminder marker of the last one.
/// </summary>
internal static class TicketReminders
{
    /// <summary>The number of items that failed.</summary>
    public static async Task<int> RunAsync(TicketRunContext run, int every)
    {
        var failures = 0;
        int sent = 0, recent = 0;
        foreach (var review in run.Reviews)
        {
            for (var i = 0; i < review.Review.ActionItems.Count; i++)
            {
                var item = review.Review.ActionItems[i];
                var index = i + 1;
                if (item.TicketUrl?.Value is not { } url || !run.Tracker.Owns(url) || review.IncidentId is not { } id ||
                    !(item.EffectiveStatus is "open" or "in_progress") || item.Due is not { } due || due.Date >= run.Today.Date)
                {
                    continue;
                }

                var where = ReviewWriteBack.Describe(review, index);
                try
                {
                    DateTime? last = null;
                    foreach (var comment in await run.Tracker.GetCommentsAsync(url))
                    {
                        if (TicketMarker.ReminderDay(comment, id, index) is { } day && (last == null || day > last))
                        {
                            last = day;
                        }
                    }

                    if (last is { } previous && (run.Today.Date - previous.Date).TotalDays < every)
                    {
                        recent++;
                        run.Stdout.WriteLine($"{where}: reminded on {Date(previous)}, less than {every} days ago; no reminder");
                        continue;
                    }

                    if ((await run.Tracker.GetStateAsync(url)).IsClosed)
                    {
                        run.Stdout.WriteLine($"{where}: its ticket is closed; 'pirlint tickets status --write' closes the item");
                        continue;
                    }

                    var days = (int)(run.Today.Date - due.Date).TotalDays;
                    var account = run.Setup.Owners.AccountFor(item.Owner?.Value, review);
                    var who = account != null ? "@" + account : item.Owner?.Value ?? "owner";
                    var body = $"{who}: this action item of {id} is {Days(days)} overdue (due {Date(due)}). " +
                        $"Review: {run.Setup.Link(review, run.CurrentDirectory)}\n\n{TicketMarker.Reminder(id, index, run.Today)}";
                    if (run.DryRun)
                    {
                        sent++;
                        run.Stdout.WriteLine($"{where}: would remind {who} on {url} ({days} days overdue)");
                        continue;
                    }

                    await run.Tracker.AddCommentAsync(url, body);
                    sent++;
                    run.Stdout.WriteLine($"{where}: reminded {who} on {url} ({Days(days)} overdue)");
                }
                catch (TrackerException exception)
                {
                    run.Stderr.WriteLine($"pirlint: {where}: {exception.Message}; no reminder");
                    failures++;
                }
            }
        }

        run.Stdout.WriteLine($"{run.Tracker.Name}: {(run.DryRun ? "would send" : "sent")} {sent} reminders, {recent} reminded within {every} days, {failures} failed");
        return failures;
    }

    private static string Days(int days) => days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days");

    private static string Date(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
