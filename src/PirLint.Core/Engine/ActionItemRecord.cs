using System;
using System.Collections.Generic;
using PirLint.Model;
using PirLint.Text;

namespace PirLint.Engine;

/// <summary>
/// One action item as the follow-up rules (PIR901, PIR902) and <c>pirlint actions</c> need it: its values and the
/// spans to report at, small enough to keep for every review of a run.
/// </summary>
public sealed class ActionItemRecord
{
    public ActionItemRecord(
        string path,
        string? reviewId,
        int index,
        string? description,
        string? owner,
        string? priority,
        string? dueDateText,
        DateTime? dueDate,
        string? status,
        string? ticketUrl,
        SourceSpan itemSpan,
        SourceSpan? dueDateSpan,
        SourceSpan? statusSpan,
        string? closedDateText = null,
        DateTime? closedDate = null)
    {
        ClosedDateText = closedDateText;
        ClosedDate = closedDate;
        Path = path;
        ReviewId = reviewId;
        Index = index;
        Description = description;
        Owner = owner;
        Priority = priority;
        DueDateText = dueDateText;
        DueDate = dueDate;
        Status = status;
        TicketUrl = ticketUrl;
        ItemSpan = itemSpan;
        DueDateSpan = dueDateSpan;
        StatusSpan = statusSpan;
    }

    /// <summary>The review file, as the host named it.</summary>
    public string Path { get; }

    public string? ReviewId { get; }

    /// <summary>1-based position of the item in its review.</summary>
    public int Index { get; }

    public string? Description { get; }

    public string? Owner { get; }

    public string? Priority { get; }

    /// <summary>The due date as written, also when it is not a valid date.</summary>
    public string? DueDateText { get; }

    /// <summary>The due date when it is a valid date.</summary>
    public DateTime? DueDate { get; }

    /// <summary>The status as written; null when the item has none.</summary>
    public string? Status { get; }

    public string? TicketUrl { get; }

    /// <summary>The <c>closed_date</c> as written, also when it is not a valid date (format v1.1).</summary>
    public string? ClosedDateText { get; }

    /// <summary>The closed date when it is a valid date.</summary>
    public DateTime? ClosedDate { get; }

    /// <summary>Where the item is: its first key (a table row's first cell in Markdown).</summary>
    public SourceSpan ItemSpan { get; }

    public SourceSpan? DueDateSpan { get; }

    public SourceSpan? StatusSpan { get; }

    /// <summary>The status, <c>open</c> when none is given (the schema's default).</summary>
    public string EffectiveStatus => Status ?? "open";

    public bool IsClosed => EffectiveStatus == "closed";

    /// <summary>Open or in progress: the statuses that can be overdue. A value outside the schema's set is neither.</summary>
    public bool IsOpen => EffectiveStatus is "open" or "in_progress";

    /// <summary>Open or in progress and due before <paramref name="today"/>; an item due today is not overdue yet.</summary>
    public bool IsOverdue(DateTime today) => IsOpen && DueDate is { } due && due.Date < today.Date;

    /// <summary>
    /// Counted by the on-time completion rate on <paramref name="today"/> (PIR902): closed, or open or in progress and
    /// overdue. An open item not yet due is not judged; an item with a status outside the schema's set is PIR004's.
    /// </summary>
    public bool IsDue(DateTime today) => IsClosed || IsOverdue(today);

    /// <summary>Closed, and by its due date when both its <c>closed_date</c> and its due date are known.</summary>
    public bool IsClosedOnTime => IsClosed && !IsClosedLate;

    /// <summary>Closed after its due date, by its <c>closed_date</c>.</summary>
    public bool IsClosedLate => IsClosed && ClosedDate is { } closed && DueDate is { } due && closed.Date > due.Date;

    /// <summary>Today minus the due date for an overdue item, else 0.</summary>
    public int DaysOverdue(DateTime today) => IsOverdue(today) ? (int)(today.Date - DueDate!.Value.Date).TotalDays : 0;

    /// <summary>The records of a review's action items, in document order.</summary>
    public static IReadOnlyList<ActionItemRecord> FromReview(string path, Review review)
    {
        if (review.ActionItems.Count == 0)
        {
            return Array.Empty<ActionItemRecord>();
        }

        var records = new List<ActionItemRecord>(review.ActionItems.Count);
        var index = 0;
        foreach (var item in review.ActionItems)
        {
            index++;
            records.Add(new ActionItemRecord(
                path,
                review.IncidentId?.Value,
                index,
                item.Description?.Value,
                item.Owner?.Value,
                item.Priority?.Value,
                item.DueDate?.Value,
                item.Due,
                item.Status?.Value,
                item.TicketUrl?.Value,
                item.Node.Anchor,
                item.DueDate?.Span,
                item.Status?.Span,
                item.ClosedDate?.Value,
                item.Closed));
        }

        return records;
    }
}
