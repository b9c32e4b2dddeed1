using System;
using System.Collections.Generic;
using System.Globalization;
using PirLint.Diagnostics;

namespace PirLint.Engine;

/// <summary>
/// PIR902: the on-time completion rate of the action items that are due across the run's reviews is under
/// <c>pirlint.completion.target</c> (default 0.9): a warning, or an error under 0.8. An item is due when it is closed or
/// past its due date; it is on time when closed with no <c>closed_date</c> after its due date. Open items not yet due
/// are not counted, so a new review is never reported. One diagnostic a run, at the <c>action_items</c> key of the
/// first review (path order) with an item overdue or closed late.
/// </summary>
public static class CompletionRateRule
{
    /// <summary>The article's alarm: under 80% the items are too ambitious, poorly prioritised or not getting time.</summary>
    public const double ErrorBelow = 0.8;

    public static RuleDescriptor Descriptor => RuleCatalog.PIR902;

    public static IEnumerable<PirDiagnostic> Analyze(IReadOnlyList<DocumentResult> documents, DateTime today)
    {
        var summary = FollowUpSummary.Create(documents, today);
        if (!summary.IsBelowTarget || summary.Anchor is not { } anchor)
        {
            yield break;
        }

        var rate = summary.CompletionRate!.Value;
        var severity = rate < ErrorBelow ? PirSeverity.Error : PirSeverity.Warning;
        var reviews = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in summary.Items)
        {
            if (item.IsDue(summary.Today))
            {
                reviews.Add(item.Path);
            }
        }

        var message = $"the on-time completion rate of the action items due is {Percent(rate)} ({Counts(summary)}, across {reviews.Count} review(s)), " +
                      $"under the target of {Percent(summary.Target)}" + (severity == PirSeverity.Error ? $" and under {Percent(ErrorBelow)}" : string.Empty) +
                      "; close the items that are done, with their closed_date, and give the open ones a date the team can keep, or write fewer, smaller items ('pirlint actions' lists them)";
        var span = anchor.ActionItemsKey ?? anchor.ActionItems[0].ItemSpan;
        var diagnostic = new PirDiagnostic(Descriptor.Id, severity, message, anchor.Path, span).WithKeyPath("action_items");
        if (anchor.Configure(diagnostic) is { } configured)
        {
            yield return configured;
        }
    }

    /// <summary>"5 due: 3 closed on time, 1 closed late, 1 open and overdue".</summary>
    public static string Counts(FollowUpSummary summary) =>
        $"{summary.Due} due: {summary.ClosedOnTime} closed on time, {summary.ClosedLate} closed late, {summary.Overdue} open and overdue";

    /// <summary>A rate as a percentage with at most one decimal: 0.6 -> 60%, 2/3 -> 66.7%.</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
