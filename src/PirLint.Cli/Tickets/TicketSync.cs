using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using PirLint.Model;

namespace PirLint.Cli.Tickets;

/// <summary>
/// <c>tickets sync</c>: a ticket for every action item that has no <c>ticket_url</c> and is not closed, found by its
/// marker when an earlier run made it, else created; then its URL written into the item.
/// </summary>
internal static class TicketSync
{
    private const int TitleLength = 200;

    /// <summary>The number of items that failed.</summary>
    public static async Task<int> RunAsync(TicketRunContext run)
    {
        var failures = 0;
        int created = 0, found = 0, kept = 0;
        foreach (var review in run.Reviews)
        {
            var edits = new List<ItemEdit>();
            for (var i = 0; i < review.Review.ActionItems.Count; i++)
            {
                var item = review.Review.ActionItems[i];
                var index = i + 1;
                if (item.TicketUrl != null || item.EffectiveStatus == "closed")
                {
                    kept++;
                    if (run.DryRun)
                    {
                        run.Stdout.WriteLine($"{ReviewWriteBack.Describe(review, index)}: left as it is ({(item.TicketUrl != null ? "ticket " + item.TicketUrl.Value : "closed")})");
                    }

                    continue;
                }

                if (review.IncidentId == null || item.Description == null)
                {
                    run.Fail(review, index, review.IncidentId == null ? "the review has no incident id to mark its ticket with" : "the item has no description");
                    failures++;
                    continue;
                }

                var marker = TicketMarker.For(review.IncidentId, index);
                try
                {
                    string url;
                    if (await run.Tracker.FindByMarkerAsync(marker) is { } existing)
                    {
                        url = existing.Url;
                        found++;
                        run.Stdout.WriteLine($"{ReviewWriteBack.Describe(review, index)}: {(run.DryRun ? "would write back" : "writing back")} {url}, made by an earlier run ({marker})");
                    }
                    else
                    {
                        var ticket = await NewTicketFor(run, review, item, index);
                        if (run.DryRun)
                        {
                            created++;
                            run.Stdout.WriteLine($"{ReviewWriteBack.Describe(review, index)}: would create \"{ticket.Title}\" in {run.Tracker.Name}{(ticket.Assignee != null ? " assigned to " + ticket.Assignee : ", unassigned")}, and write its URL back");
                            continue;
                        }

                        url = (await run.Tracker.CreateAsync(ticket)).Url;
                        created++;
                        run.Stdout.WriteLine($"{ReviewWriteBack.Describe(review, index)}: created {url}");
                    }

                    if (!run.DryRun)
                    {
                        edits.Add(new ItemEdit(item.Node, index, new[] { new KeyValuePair<string, string>("ticket_url", url) }));
                    }
                }
                catch (TrackerException exception)
                {
                    run.Fail(review, index, exception.Message);
                    failures++;
                }
            }

            failures += ReviewWriteBack.Write(review, edits, run.Stderr, "its ticket carries its marker, so the next sync writes its URL without a second ticket");
        }

        var verb = run.DryRun ? "would create" : "created";
        run.Stdout.WriteLine($"{run.Tracker.Name}: {verb} {created}, found {found} from earlier runs, left {kept} with a ticket or closed, {failures} failed{(run.DryRun ? " (dry run: nothing created or written)" : string.Empty)}");
        return failures;
    }

    private static async Task<NewTicket> NewTicketFor(TicketRunContext run, LoadedReview review, ActionItem item, int index)
    {
        var owner = item.Owner?.Value;
        var account = run.Setup.Owners.AccountFor(owner, review);
        string ownerLine;
        if (account == null)
        {
            ownerLine = owner == null ? "none given (unassigned)" : $"{owner} (no tracker account mapped: add pirlint.owners.{owner} = ACCOUNT; unassigned)";
            if (owner != null)
            {
                run.Stdout.WriteLine($"{ReviewWriteBack.Describe(review, index)}: owner '{owner}' has no tracker account (pirlint.owners.{owner}); the ticket is unassigned and names the owner");
            }
        }
        else if (await run.Tracker.CheckAssigneeAsync(account) is { } reason)
        {
            run.Stdout.WriteLine($"{ReviewWriteBack.Describe(review, index)}: {reason}; the ticket is unassigned and names the owner");
            ownerLine = $"{owner} ({account}, who cannot be assigned here; unassigned)";
            account = null;
        }
        else
        {
            ownerLine = $"{owner} (@{account})";
        }

        var id = review.IncidentId!;
        var description = item.Description!.Value.Trim();
        var title = $"[PIR {id}] {description.Replace('\r', ' ').Replace('\n', ' ')}";
        if (title.Length > TitleLength)
        {
            title = title.Substring(0, TitleLength - 1).TrimEnd() + "…";
        }

        var body = new StringBuilder();
        body.Append("Action item ").Append(index.ToString(CultureInfo.InvariantCulture)).Append(" of the post-incident review ").Append(id);
        body.Append(review.Review.Title is { } reviewTitle ? ": " + reviewTitle.Value : string.Empty).Append("\n\n");
        body.Append(description).Append("\n\n");
        body.Append("- Review: ").Append(run.Setup.Link(review, run.CurrentDirectory)).Append('\n');
        body.Append("- Owner: ").Append(ownerLine).Append('\n');
        body.Append("- Priority: ").Append(item.Priority?.Value ?? "not given").Append('\n');
        body.Append("- Due date: ").Append(item.Due is { } due ? due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : item.DueDate?.Value ?? "not given").Append('\n');
        if (review.Review.Category is { } category)
        {
            body.Append("- Category: ").Append(category.Value).Append('\n');
        }

        body.Append('\n').Append(TicketMarker.For(id, index));
        var labels = new List<string> { GitHubTracker.Label };
        foreach (var label in new[] { review.Review.Category?.Value, item.Priority?.Value })
        {
            if (label != null && !labels.Contains(label))
            {
                labels.Add(label);
            }
        }

        return new NewTicket(title, body.ToString(), account, item.Priority?.Value, item.Due, run.Today, labels);
    }
}
