using System;
using System.Collections.Generic;
using System.Globalization;
using PirLint.Diagnostics;

namespace PirLint.Engine;

/// <summary>PIR901: an open or in-progress action item whose due date is before today (due today is not overdue yet).</summary>
public static class ActionItemOverdueRule
{
    public static RuleDescriptor Descriptor => RuleCatalog.PIR901;

    /// <summary>One diagnostic at the due date of each overdue item, configured by its file's options and comments.</summary>
    public static IEnumerable<PirDiagnostic> Analyze(IReadOnlyList<DocumentResult> documents, DateTime today)
    {
        foreach (var document in documents)
        {
            foreach (var item in document.ActionItems)
            {
                if (!item.IsOverdue(today) || item.DueDateSpan is not { } span)
                {
                    continue;
                }

                var days = item.DaysOverdue(today);
                var owner = item.Owner != null ? $" (owner {item.Owner})" : string.Empty;
                var message = $"action item {item.Index}{owner} was due {item.DueDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, " +
                              $"{days} day(s) ago, and is still {item.EffectiveStatus}; close it when it is done, or agree a new due date with the team and write it here";
                var diagnostic = new PirDiagnostic(Descriptor.Id, Descriptor.DefaultSeverity, message, document.Path, span).WithKeyPath($"action_items[{item.Index - 1}].due_date");
                if (document.Configure(diagnostic) is { } configured)
                {
                    yield return configured;
                }
            }
        }
    }
}
