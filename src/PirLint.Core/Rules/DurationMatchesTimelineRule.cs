using System;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Model;
using PirLint.Values;

namespace PirLint.Rules;

/// <summary>
/// PIR203: <c>duration</c> agrees with the impact window: <c>started_at</c> to <c>resolved_at</c> when both are given,
/// else the span from the earliest to the latest timeline event; <c>started_at</c> after <c>resolved_at</c> is reported too.
/// </summary>
public sealed class DurationMatchesTimelineRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR203;

    public override void Analyze(ReviewContext context)
    {
        var summary = context.Review.Document.Root.Get("incident_summary") as MappingNode;
        var started = Instant(summary?.Get("started_at"), out var startedNode);
        var resolved = Instant(summary?.Get("resolved_at"), out _);
        if (started != null && resolved != null && started > resolved)
        {
            context.Report(Descriptor, startedNode!.Span,
                $"started_at ({startedNode.Value.Trim()}) is after resolved_at; the impact ends after it starts: swap them or correct the one that is wrong");
            return;
        }

        if (context.Review.Duration is not { } durationNode || !PirDuration.TryParse(durationNode.Value, out var duration))
        {
            return;
        }

        TimeSpan window;
        string source;
        if (started != null && resolved != null)
        {
            window = resolved.Value - started.Value;
            source = $"the impact window, which is {Describe(window)} from started_at to resolved_at";
        }
        else if (TimelineSpan(context.Review) is { } span)
        {
            window = span;
            source = $"the timeline, which spans {Describe(window)} from the first to the last event";
        }
        else
        {
            return;
        }

        var tolerance = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMinutes(15).Ticks, window.Ticks / 10));
        if ((duration - window).Duration() > tolerance)
        {
            var fix = started != null && resolved != null ? "correct started_at or resolved_at" : "correct the timeline, or give started_at and resolved_at when the impact was shorter than the timeline";
            context.Report(Descriptor, durationNode.Span,
                $"duration '{durationNode.Value.Trim()}' disagrees with {source}; write {Describe(window)} or {fix}");
        }
    }

    private static DateTimeOffset? Instant(PirNode? node, out ScalarNode? scalar)
    {
        scalar = Review.Text(node);
        return scalar != null && PirDateTime.TryParse(scalar.Value, out var instant, out _) ? instant : null;
    }

    /// <summary>From the earliest to the latest event time; null with fewer than two times.</summary>
    private static TimeSpan? TimelineSpan(Review review)
    {
        DateTimeOffset? first = null;
        DateTimeOffset? last = null;
        var times = 0;
        foreach (var timelineEvent in review.Timeline)
        {
            if (timelineEvent.Instant is { } instant)
            {
                times++;
                first = first == null || instant < first ? instant : first;
                last = last == null || instant > last ? instant : last;
            }
        }

        return times < 2 || first == null || last == null ? null : last.Value - first.Value;
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
