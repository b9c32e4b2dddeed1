using System;
using System.Collections.Generic;
using PirLint.Documents;

namespace PirLint.Engine;

/// <summary>
/// The follow-up state of a run's reviews on one day: every action item, the on-time completion rate of the items
/// that are due (closed, or open past their due date) against the target, and the open and overdue items by owner. <c>pirlint actions</c> prints it; PIR901 and PIR902 report from it.
/// </summary>
public sealed class FollowUpSummary
{
    private IReadOnlyList<OwnerTotals>? _byOwner;

    private FollowUpSummary(DateTime today, IReadOnlyList<ActionItemRecord> items, double target, DocumentResult? anchor)
    {
        Today = today;
        Items = items;
        Target = target;
        Anchor = anchor;
        foreach (var item in items)
        {
            if (item.IsClosed)
            {
                Closed++;
                if (item.IsClosedLate)
                {
                    ClosedLate++;
                }
                else
                {
                    ClosedOnTime++;
                }
            }

            if (item.IsOverdue(today))
            {
                Overdue++;
            }
        }
    }

    public DateTime Today { get; }

    /// <summary>Every action item of the run, in path order, then document order.</summary>
    public IReadOnlyList<ActionItemRecord> Items { get; }

    public int Total => Items.Count;

    public int Closed { get; }

    /// <summary>Open or in progress and past the due date: the items due that are not done.</summary>
    public int Overdue { get; }

    /// <summary>Closed, and by the due date as far as <c>closed_date</c> tells.</summary>
    public int ClosedOnTime { get; }

    /// <summary>Closed after the due date, by <c>closed_date</c>.</summary>
    public int ClosedLate { get; }

    /// <summary>The items the completion rate judges: closed, or open and overdue. Open items not yet due are not counted.</summary>
    public int Due => Closed + Overdue;

    /// <summary>Items closed on time / items due, 0..1; null when nothing is due yet.</summary>
    public double? CompletionRate => Due == 0 ? null : (double)ClosedOnTime / Due;

    /// <summary>
    /// <c>pirlint.completion.target</c> of <see cref="Anchor"/>, or of the first review with an action item, else 0.9.
    /// The rate covers the run, so the target is meant to be set once, in a <c>.globalconfig</c>.
    /// </summary>
    public double Target { get; }

    /// <summary>The first review (path order) with an item overdue or closed late: where PIR902 is reported.</summary>
    public DocumentResult? Anchor { get; }

    /// <summary>Per owner (names folded as the contract folds them; the first spelling in path order is shown), by name; worked out on first use, which PIR902 never makes.</summary>
    public IReadOnlyList<OwnerTotals> ByOwner => _byOwner ??= Owners(Items, Today);

    public bool IsBelowTarget => CompletionRate is { } rate && rate < Target;

    public static FollowUpSummary Create(IEnumerable<DocumentResult> documents, DateTime today)
    {
        var ordered = new List<DocumentResult>(documents);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var items = new List<ActionItemRecord>();
        DocumentResult? anchor = null;
        DocumentResult? firstWithItems = null;
        foreach (var document in ordered)
        {
            foreach (var item in document.ActionItems)
            {
                items.Add(item);
                firstWithItems ??= document;
                if (item.IsOverdue(today) || item.IsClosedLate)
                {
                    anchor ??= document;
                }
            }
        }

        var target = (anchor ?? firstWithItems)?.Options.CompletionTarget ?? Configuration.PirLintOptions.Default.CompletionTarget;
        return new FollowUpSummary(today.Date, items, target, anchor);
    }

    private static IReadOnlyList<OwnerTotals> Owners(IReadOnlyList<ActionItemRecord> items, DateTime today)
    {
        var byKey = new Dictionary<string, OwnerTotals>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = item.Owner?.Trim() ?? string.Empty;
            var key = NameFolding.FoldPersonName(name);
            if (!byKey.TryGetValue(key, out var totals))
            {
                byKey[key] = totals = new OwnerTotals(name.Length == 0 ? OwnerTotals.NoOwner : name);
            }

            totals.Add(item, today);
        }

        var result = new List<OwnerTotals>(byKey.Values);
        result.Sort((a, b) => string.CompareOrdinal(a.Owner, b.Owner));
        return result;
    }
}

/// <summary>One owner's action items: all of them, those not closed, and those overdue.</summary>
public sealed class OwnerTotals
{
    /// <summary>The owner shown for items that have none.</summary>
    public const string NoOwner = "(no owner)";

    public OwnerTotals(string owner)
    {
        Owner = owner;
    }

    public string Owner { get; }

    public int Total { get; private set; }

    /// <summary>Items that are not closed (open, in progress, or another status).</summary>
    public int Open { get; private set; }

    public int Overdue { get; private set; }

    internal void Add(ActionItemRecord item, DateTime today)
    {
        Total++;
        if (!item.IsClosed)
        {
            Open++;
        }

        if (item.IsOverdue(today))
        {
            Overdue++;
        }
    }
}
