using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>PIR202: a timeline time without a UTC offset is ambiguous across time zones.</summary>
public sealed class TimelineOffsetRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR202;

    public override void Analyze(ReviewContext context)
    {
        foreach (var timelineEvent in context.Review.Timeline)
        {
            if (timelineEvent.Instant != null && !timelineEvent.HasOffset && timelineEvent.Time != null)
            {
                var time = timelineEvent.Time.Value.Trim();
                context.Report(Descriptor, timelineEvent.Time.Span,
                    $"the time '{time}' has no UTC offset; add one, for example {time}Z for UTC");
            }
        }
    }
}
