using System;
using PirLint.Diagnostics;
using PirLint.Values;

namespace PirLint.Rules;

/// <summary>PIR303: review 3-5 business days after the incident: not on its day (warning), not much later (info).</summary>
public sealed class ReviewTimingRule : ReviewRule
{
    private const int MaxBusinessDays = 5;

    public override RuleDescriptor Descriptor => RuleCatalog.PIR303;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.ReviewDate is not { } reviewDateNode || !PirDate.TryParse(reviewDateNode.Value, out var reviewDate))
        {
            return;
        }

        DateTimeOffset? last = null;
        foreach (var timelineEvent in context.Review.Timeline)
        {
            if (timelineEvent.Instant is { } instant && (last == null || instant > last))
            {
                last = instant;
            }
        }

        if (last is not { } lastEvent)
        {
            return;
        }

        var lastDay = lastEvent.Date;
        if (reviewDate <= lastDay)
        {
            context.Report(Descriptor, reviewDateNode.Span,
                $"review_date {reviewDate:yyyy-MM-dd} is {(reviewDate == lastDay ? "on the day of" : "before")} the last timeline event ({lastDay:yyyy-MM-dd}); give people time and hold the review 3-5 business days after the incident");
            return;
        }

        var businessDays = BusinessDaysAfter(lastDay, reviewDate);
        if (businessDays > MaxBusinessDays)
        {
            context.Report(Descriptor, reviewDateNode.Span,
                $"review_date {reviewDate:yyyy-MM-dd} is {businessDays} business days after the incident ({lastDay:yyyy-MM-dd}); hold reviews within 3-5 business days while details are fresh",
                PirSeverity.Info);
        }
    }

    /// <summary>Weekdays in (from, to].</summary>
    private static int BusinessDaysAfter(DateTime from, DateTime to)
    {
        var days = 0;
        for (var day = from; day < to && days <= 366;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek != DayOfWeek.Saturday && day.DayOfWeek != DayOfWeek.Sunday)
            {
                days++;
            }
        }

        return days;
    }
}
