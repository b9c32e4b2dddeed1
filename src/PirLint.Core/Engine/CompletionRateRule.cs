using System;
using System.Collections.Generic;
using System.Globalization;
using PirLint.Diagnostics;

namespace PirLint.Engine;

/// <summary>
/// PIR902: the share of closed action items across the run's reviews is under <c>pirlint.completion.target</c>
/// (default 0.9): a warning, or an error under 0.8. One diagnostic a run, at the <c>action_items</c> key of the first
/// review (path order) with an item that is not closed.
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
            reviews.Add(item.Path);
        }

        var message = $"the action item completion rate is {Percent(rate)} ({summary.Closed} of {summary.Total} items closed across {reviews.Count} review(s)), " +
                      $"under the target of {Percent(summary.Target)}" + (severity == PirSeverity.Error ? $" and under {Percent(ErrorBelow)}" : string.Empty) +
                      "; close the items that are done and give the open ones time, or write fewer, smaller items ('pirlint actions' lists them)";
        var span = anchor.ActionItemsKey ?? anchor.ActionItems[0].ItemSpan;
        var diagnostic = new PirDiagnostic(Descriptor.Id, severity, message, anchor.Path, span).WithKeyPath("action_items");
        if (anchor.Configure(diagnostic) is { } configured)
        {
            yield return configured;
        }
    }

    /// <summary>A rate as a percentage with at most one decimal: 0.6 -> 60%, 2/3 -> 66.7%.</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
