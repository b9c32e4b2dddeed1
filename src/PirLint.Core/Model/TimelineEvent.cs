using System;
using PirLint.Documents;
using PirLint.Values;

namespace PirLint.Model;

public sealed class TimelineEvent
{
    public TimelineEvent(MappingNode node)
    {
        Node = node;
        Time = Review.Text(node.Get("time"));
        Event = Review.Text(node.Get("event"));
        Actor = Review.Text(node.Get("actor"));
        Source = Review.Text(node.Get("source"));
        if (Time != null && PirDateTime.TryParse(Time.Value, out var instant, out var hasOffset))
        {
            Instant = instant;
            HasOffset = hasOffset;
        }
    }

    public MappingNode Node { get; }

    public ScalarNode? Time { get; }

    public ScalarNode? Event { get; }

    public ScalarNode? Actor { get; }

    public ScalarNode? Source { get; }

    /// <summary>The event's time when it is a valid date-time; read as UTC without an offset.</summary>
    public DateTimeOffset? Instant { get; }

    public bool HasOffset { get; }
}
