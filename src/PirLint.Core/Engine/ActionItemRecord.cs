using System;
using System.Collections.Generic;
using PirLint.Model;
using PirLint.Text;

namespace PirLint.Engine;

/// <summary>
/// One action item as the follow-up rules (PIR901, PIR902) and <c>pirlint actions</c> need it: its values and the
/// spans to report at. A run keeps every review's items packed (<see cref="ActionItemPack"/>); a record reads one of
/// them, and its text properties make their string on each read.
/// </summary>
public sealed class ActionItemRecord
{
    private readonly ActionItemPack _pack;
    private readonly int _item;

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
        : this(
            ActionItemPack.Single(
                path,
                reviewId,
                index,
                new[] { description, owner, priority, dueDateText, status, ticketUrl, closedDateText },
                itemSpan,
                dueDateSpan,
                statusSpan,
                dueDate,
                closedDate),
            0)
    {
    }

    internal ActionItemRecord(ActionItemPack pack, int item)
    {
        _pack = pack;
        _item = item;
    }

    /// <summary>The review file, as the host named it.</summary>
    public string Path => _pack.Path;

    public string? ReviewId => _pack.ReviewId;

    /// <summary>1-based position of the item in its review.</summary>
    public int Index => _pack.Index(_item);

    public string? Description => _pack.Text(_item, ActionItemText.Description);

    public string? Owner => _pack.Text(_item, ActionItemText.Owner);

    public string? Priority => _pack.Text(_item, ActionItemText.Priority);

    /// <summary>The due date as written, also when it is not a valid date.</summary>
    public string? DueDateText => _pack.Text(_item, ActionItemText.DueDate);

    /// <summary>The due date when it is a valid date.</summary>
    public DateTime? DueDate => _pack.DueDate(_item);

    /// <summary>The status as written; null when the item has none.</summary>
    public string? Status => _pack.Text(_item, ActionItemText.Status);

    public string? TicketUrl => _pack.Text(_item, ActionItemText.TicketUrl);

    /// <summary>The <c>closed_date</c> as written, also when it is not a valid date (format v1.1).</summary>
    public string? ClosedDateText => _pack.Text(_item, ActionItemText.ClosedDate);

    /// <summary>The closed date when it is a valid date.</summary>
    public DateTime? ClosedDate => _pack.ClosedDate(_item);

    /// <summary>Where the item is: its first key (a table row's first cell in Markdown).</summary>
    public SourceSpan ItemSpan => _pack.ItemSpan(_item);

    public SourceSpan? DueDateSpan => _pack.DueDateSpan(_item);

    public SourceSpan? StatusSpan => _pack.StatusSpan(_item);

    /// <summary>The status, <c>open</c> when none is given (the schema's default).</summary>
    public string EffectiveStatus => Status ?? "open";

    public bool IsClosed => _pack.Status(_item) == ActionItemPack.StatusKind.Closed;

    /// <summary>Open or in progress: the statuses that can be overdue. A value outside the schema's set is neither.</summary>
    public bool IsOpen => _pack.Status(_item) is ActionItemPack.StatusKind.None or ActionItemPack.StatusKind.Open or ActionItemPack.StatusKind.InProgress;

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
    public static IReadOnlyList<ActionItemRecord> FromReview(string path, Review review) =>
        review.ActionItems.Count == 0 ? Array.Empty<ActionItemRecord>() : ActionItemPack.FromReview(path, review);
}
