using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;

namespace PirLint.Cli.Tickets;

/// <summary>
/// <c>tickets status</c>: each item with a ticket of this tracker, compared with the ticket's state; with <c>--write</c>
/// an item open in the review whose ticket is closed gets <c>status: closed</c> and the tracker's <c>closed_date</c>.
/// </summary>
internal static class TicketStatus
{
    /// <summary>The number of items that failed.</summary>
    public static async Task<int> RunAsync(TicketRunContext run, bool write)
    {
        var failures = 0;
        int same = 0, differ = 0, other = 0;
        foreach (var review in run.Reviews)
        {
            var edits = new List<ItemEdit>();
            for (var i = 0; i < review.Review.ActionItems.Count; i++)
            {
                var item = review.Review.ActionItems[i];
                var index = i + 1;
                if (item.TicketUrl?.Value is not { } url)
                {
                    continue;
                }

                if (!run.Tracker.Owns(url))
                {
                    other++;
                    continue;
                }

                TicketState state;
                try
                {
                    state = await run.Tracker.GetStateAsync(url);
                }
                catch (TrackerException exception)
                {
                    run.Fail(review, index, exception.Message);
                    failures++;
                    continue;
                }

                var closedInReview = item.EffectiveStatus == "closed";
                if (state.IsClosed == closedInReview)
                {
                    same++;
                    continue;
                }

                differ++;
                var where = ReviewWriteBack.Describe(review, index);
                if (!state.IsClosed)
                {
                    run.Stdout.WriteLine($"{where}: closed in the review, open in the tracker: {url}");
                    continue;
                }

                var closedOn = (state.ClosedOn ?? run.Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var action = write && !run.DryRun ? "writing status: closed, closed_date: " + closedOn : "run with --write to set status: closed, closed_date: " + closedOn;
                run.Stdout.WriteLine($"{where}: {item.EffectiveStatus} in the review, closed in the tracker on {closedOn}: {url}; {action}");
                if (write && !run.DryRun)
                {
                    edits.Add(new ItemEdit(item.Node, index, new[]
                    {
                        new KeyValuePair<string, string>("status", "closed"),
                        new KeyValuePair<string, string>("closed_date", closedOn),
                    }));
                }
            }

            failures += ReviewWriteBack.Write(review, edits, run.Stderr, "run 'tickets status --write' again");
        }

        run.Stdout.WriteLine($"{run.Tracker.Name}: {same} in step, {differ} differ, {other} with tickets elsewhere, {failures} failed");
        return failures;
    }
}
