using System;
using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>
/// PIR107: a <c>closed_date</c> belongs to a closed item and comes after the incident began. A status outside the
/// schema's set is PIR004's to report, so only <c>open</c> and <c>in_progress</c> (or no status) count as not closed here.
/// </summary>
public sealed class ClosedDateRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR107;

    public override void Analyze(ReviewContext context)
    {
        DateTimeOffset? first = null;
        foreach (var timelineEvent in context.Review.Timeline)
        {
            if (timelineEvent.Instant is { } instant && (first == null || instant < first))
            {
                first = instant;
            }
        }

        var index = 0;
        foreach (var item in context.Review.ActionItems)
        {
            index++;
            if (item.ClosedDate is not { } closedDate)
            {
                continue;
            }

            if (item.EffectiveStatus is "open" or "in_progress")
            {
                context.Report(Descriptor, closedDate.Span,
                    $"action item {index} has closed_date {closedDate.Value} but its status is '{item.EffectiveStatus}'; write 'status: closed' if it is done, else remove closed_date");
            }

            if (first is { } start && item.Closed is { } closed && closed < start.Date)
            {
                context.Report(Descriptor, closedDate.Span,
                    $"action item {index} was closed on {closed:yyyy-MM-dd}, before the incident began on {start:yyyy-MM-dd}; check the year and write the day the item was closed");
            }
        }
    }
}
