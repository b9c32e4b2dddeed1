using System;
using PirLint.Diagnostics;
using PirLint.Values;

namespace PirLint.Rules;

/// <summary>PIR104: p0 due within 1 day of the review, p1 within 7 days, p2 within 91 days (a quarter, wherever in its quarter the review falls).</summary>
public sealed class DueDateFitsPriorityRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR104;

    public override void Analyze(ReviewContext context)
    {
        if (context.Review.ReviewDate is not { } reviewDateNode || !PirDate.TryParse(reviewDateNode.Value, out var reviewDate))
        {
            return;
        }

        var index = 0;
        foreach (var item in context.Review.ActionItems)
        {
            index++;
            if (item.Due is not { } due || item.Priority == null || item.DueDate == null)
            {
                continue;
            }

            var latest = LatestDue(item.Priority.Value, reviewDate, out var rule);
            if (latest is { } limit && due > limit)
            {
                context.Report(Descriptor, item.DueDate.Span,
                    $"action item {index} is {item.Priority.Value} but due {due:yyyy-MM-dd}, {(due - reviewDate).Days} days after the review date; {rule}: set due_date to {limit:yyyy-MM-dd} or earlier, or lower the priority");
            }
        }
    }

    private static DateTime? LatestDue(string priority, DateTime reviewDate, out string rule)
    {
        switch (priority)
        {
            case "p0_immediate":
                rule = "p0 items are due within 1 day";
                return AddDaysUpToMax(reviewDate, 1);
            case "p1_this_week":
                rule = "p1 items are due within 7 days";
                return AddDaysUpToMax(reviewDate, 7);
            case "p2_this_quarter":
                rule = "p2 items are due within 91 days";
                return AddDaysUpToMax(reviewDate, 91);
            default:
                rule = string.Empty;
                return null;
        }
    }

    /// <summary>A review dated at the end of the calendar (9999-12-31) has no later day to be due by.</summary>
    private static DateTime AddDaysUpToMax(DateTime date, int days) =>
        date > DateTime.MaxValue.AddDays(-days) ? DateTime.MaxValue : date.AddDays(days);
}
