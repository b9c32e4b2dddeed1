using System;
using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>PIR201: the timeline reads in chronological order.</summary>
public sealed class TimelineOrderRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR201;

    public override void Analyze(ReviewContext context)
    {
        DateTimeOffset? latest = null;
        var latestLine = 0;
        foreach (var timelineEvent in context.Review.Timeline)
        {
            if (timelineEvent.Instant is not { } instant || timelineEvent.Time == null)
            {
                continue;
            }

            if (latest is { } previous && instant < previous)
            {
                context.Report(Descriptor, timelineEvent.Time.Span,
                    $"this event ({timelineEvent.Time.Value.Trim()}) is earlier than the event on line {latestLine}; order the timeline by time");
                continue;
            }

            latest = instant;
            latestLine = timelineEvent.Time.Span.StartLine;
        }
    }
}
