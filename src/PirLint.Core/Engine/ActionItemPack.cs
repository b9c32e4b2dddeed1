using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using PirLint.Model;
using PirLint.Text;

namespace PirLint.Engine;

/// <summary>The texts an action item record keeps, in the order the pack stores them.</summary>
internal enum ActionItemText
{
    Description,
    Owner,
    Priority,
    DueDate,
    Status,
    TicketUrl,
    ClosedDate,
}

/// <summary>
/// The action items of one review as a run keeps them until its end: their texts in one string and their numbers in
/// one array. A run keeps every review's items, and a record with a string per value made several small objects an
/// item that every garbage collection during a large run had to copy; a pack is three objects a review. Its records
/// are views made when read.
/// </summary>
internal sealed class ActionItemPack : IReadOnlyList<ActionItemRecord>
{
    private const int TextCount = 7;

    // An item's numbers: its index, its status, (start, length) of each text in the texts (length -1 for none), the
    // item span, the due date and status spans, and the due and closed dates (DateTime.ToBinary in two numbers); each
    // optional one after a presence flag.
    private const int StatusAt = 1;
    private const int TextsAt = 2;
    private const int ItemSpanAt = TextsAt + (2 * TextCount);
    private const int DueDateSpanAt = ItemSpanAt + 6;
    private const int StatusSpanAt = DueDateSpanAt + 7;
    private const int DueDateAt = StatusSpanAt + 7;
    private const int ClosedDateAt = DueDateAt + 3;
    private const int Stride = ClosedDateAt + 3;

    private readonly string _texts;
    private readonly int[] _numbers;

    private ActionItemPack(string path, string? reviewId, string texts, int[] numbers)
    {
        Path = path;
        ReviewId = reviewId;
        _texts = texts;
        _numbers = numbers;
    }

    public string Path { get; }

    public string? ReviewId { get; }

    public int Count => _numbers.Length / Stride;

    public ActionItemRecord this[int index] =>
        index >= 0 && index < Count ? new ActionItemRecord(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    public static ActionItemPack FromReview(string path, Review review)
    {
        var items = review.ActionItems;
        var values = new string?[TextCount];
        var length = 0;
        foreach (var item in items)
        {
            ReadTexts(item, values);
            foreach (var value in values)
            {
                length += value?.Length ?? 0;
            }
        }

        var texts = new StringBuilder(length);
        var numbers = new int[items.Count * Stride];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            ReadTexts(item, values);
            Write(numbers, i, texts, i + 1, values, item.Node.Anchor, item.DueDate?.Span, item.Status?.Span, item.Due, item.Closed);
        }

        return new ActionItemPack(path, review.IncidentId?.Value, texts.ToString(), numbers);
    }

    /// <summary>A pack of the one item a host describes (the public record constructor).</summary>
    public static ActionItemPack Single(
        string path,
        string? reviewId,
        int index,
        string?[] texts,
        SourceSpan itemSpan,
        SourceSpan? dueDateSpan,
        SourceSpan? statusSpan,
        DateTime? dueDate,
        DateTime? closedDate)
    {
        var builder = new StringBuilder();
        var numbers = new int[Stride];
        Write(numbers, 0, builder, index, texts, itemSpan, dueDateSpan, statusSpan, dueDate, closedDate);
        return new ActionItemPack(path, reviewId, builder.ToString(), numbers);
    }

    public int Index(int item) => _numbers[item * Stride];

    public StatusKind Status(int item) => (StatusKind)_numbers[(item * Stride) + StatusAt];

    public string? Text(int item, ActionItemText text)
    {
        var at = (item * Stride) + TextsAt + (2 * (int)text);
        var length = _numbers[at + 1];
        return length < 0 ? null : _texts.Substring(_numbers[at], length);
    }

    public SourceSpan ItemSpan(int item) => ReadSpan(_numbers, (item * Stride) + ItemSpanAt);

    public SourceSpan? DueDateSpan(int item) => ReadOptionalSpan(_numbers, (item * Stride) + DueDateSpanAt);

    public SourceSpan? StatusSpan(int item) => ReadOptionalSpan(_numbers, (item * Stride) + StatusSpanAt);

    public DateTime? DueDate(int item) => ReadDate(_numbers, (item * Stride) + DueDateAt);

    public DateTime? ClosedDate(int item) => ReadDate(_numbers, (item * Stride) + ClosedDateAt);

    public IEnumerator<ActionItemRecord> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return new ActionItemRecord(this, i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The item's texts, in <see cref="ActionItemText"/> order.</summary>
    private static void ReadTexts(ActionItem item, string?[] values)
    {
        values[(int)ActionItemText.Description] = item.Description?.Value;
        values[(int)ActionItemText.Owner] = item.Owner?.Value;
        values[(int)ActionItemText.Priority] = item.Priority?.Value;
        values[(int)ActionItemText.DueDate] = item.DueDate?.Value;
        values[(int)ActionItemText.Status] = item.Status?.Value;
        values[(int)ActionItemText.TicketUrl] = item.TicketUrl?.Value;
        values[(int)ActionItemText.ClosedDate] = item.ClosedDate?.Value;
    }

    private static void Write(
        int[] numbers,
        int item,
        StringBuilder texts,
        int index,
        string?[] values,
        SourceSpan itemSpan,
        SourceSpan? dueDateSpan,
        SourceSpan? statusSpan,
        DateTime? dueDate,
        DateTime? closedDate)
    {
        var at = item * Stride;
        numbers[at] = index;
        numbers[at + StatusAt] = (int)KindOf(values[(int)ActionItemText.Status]);
        for (var i = 0; i < TextCount; i++)
        {
            var value = values[i];
            numbers[at + TextsAt + (2 * i)] = texts.Length;
            numbers[at + TextsAt + (2 * i) + 1] = value?.Length ?? -1;
            texts.Append(value);
        }

        WriteSpan(numbers, at + ItemSpanAt, itemSpan);
        WriteOptionalSpan(numbers, at + DueDateSpanAt, dueDateSpan);
        WriteOptionalSpan(numbers, at + StatusSpanAt, statusSpan);
        WriteDate(numbers, at + DueDateAt, dueDate);
        WriteDate(numbers, at + ClosedDateAt, closedDate);
    }

    private static StatusKind KindOf(string? status) => status switch
    {
        null => StatusKind.None,
        "open" => StatusKind.Open,
        "in_progress" => StatusKind.InProgress,
        "closed" => StatusKind.Closed,
        _ => StatusKind.Other,
    };

    private static void WriteSpan(int[] numbers, int at, SourceSpan span)
    {
        numbers[at] = span.Start;
        numbers[at + 1] = span.End;
        numbers[at + 2] = span.StartLine;
        numbers[at + 3] = span.StartColumn;
        numbers[at + 4] = span.EndLine;
        numbers[at + 5] = span.EndColumn;
    }

    private static SourceSpan ReadSpan(int[] numbers, int at) =>
        new(numbers[at], numbers[at + 1], numbers[at + 2], numbers[at + 3], numbers[at + 4], numbers[at + 5]);

    private static void WriteOptionalSpan(int[] numbers, int at, SourceSpan? span)
    {
        if (span is { } present)
        {
            numbers[at] = 1;
            WriteSpan(numbers, at + 1, present);
        }
    }

    private static SourceSpan? ReadOptionalSpan(int[] numbers, int at) => numbers[at] == 1 ? ReadSpan(numbers, at + 1) : null;

    private static void WriteDate(int[] numbers, int at, DateTime? date)
    {
        if (date is { } present)
        {
            var binary = present.ToBinary();
            numbers[at] = 1;
            numbers[at + 1] = (int)(binary >> 32);
            numbers[at + 2] = unchecked((int)binary);
        }
    }

    private static DateTime? ReadDate(int[] numbers, int at) =>
        numbers[at] == 1 ? DateTime.FromBinary(((long)numbers[at + 1] << 32) | (uint)numbers[at + 2]) : null;

    /// <summary>What an item's status says for the follow-up rules, read once when the pack is made.</summary>
    internal enum StatusKind
    {
        None,
        Open,
        InProgress,
        Closed,
        Other,
    }
}
