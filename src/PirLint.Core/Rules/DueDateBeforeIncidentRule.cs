using System;
using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>PIR105: an action item cannot be due before the incident began.</summary>
public sealed class DueDateBeforeIncidentRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR105;

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

        if (first is not { } start)
        {
            return;
        }

        var index = 0;
        foreach (var item in context.Review.ActionItems)
        {
            index++;
            if (item.Due is { } due && item.DueDate != null && due < start.Date)
            {
                context.Report(Descriptor, item.DueDate.Span,
                    $"action item {index} is due {due:yyyy-MM-dd}, before the incident began on {start:yyyy-MM-dd}; check the year and write a date after the review");
            }
        }
    }
}
