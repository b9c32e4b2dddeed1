using System;
using PirLint.Diagnostics;
using PirLint.Values;

namespace PirLint.Rules;

/// <summary>PIR203: <c>duration</c> agrees with the span from the earliest to the latest timeline event.</summary>
public sealed class DurationMatchesTimelineRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR203;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.Duration is not { } durationNode || !PirDuration.TryParse(durationNode.Value, out var duration))
        {
            return;
        }

        DateTimeOffset? first = null;
        DateTimeOffset? last = null;
        var times = 0;
        foreach (var timelineEvent in context.Review.Timeline)
        {
            if (timelineEvent.Instant is { } instant)
            {
                times++;
                first = first == null || instant < first ? instant : first;
                last = last == null || instant > last ? instant : last;
            }
        }

        if (times < 2 || first == null || last == null)
        {
            return;
        }

        var span = last.Value - first.Value;
        var tolerance = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(15).Ticks, span.Ticks / 10));
        if ((duration - span).Duration() > tolerance)
        {
            context.Report(Descriptor, durationNode.Span,
                $"duration '{durationNode.Value.Trim()}' disagrees with the timeline, which spans {Describe(span)} from the first to the last event; write {Describe(span)} or correct the timeline");
        }
    }

    internal static string Describe(TimeSpan span)
    {
        var totalMinutes = (long)Math.Round(span.TotalMinutes);
        var days = totalMinutes / (24 * 60);
        var hours = totalMinutes / 60 % 24;
        var minutes = totalMinutes % 60;
        var parts = new System.Collections.Generic.List<string>();
        if (days > 0) parts.Add(days + (days == 1 ? " day" : " days"));
        if (hours > 0) parts.Add(hours + (hours == 1 ? " hour" : " hours"));
        if (minutes > 0 || parts.Count == 0) parts.Add(minutes + (minutes == 1 ? " minute" : " minutes"));
        return string.Join(" ", parts);
    }
}
