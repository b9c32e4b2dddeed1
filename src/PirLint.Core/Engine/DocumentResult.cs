using System;
using System.Collections.Generic;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Text;

namespace PirLint.Engine;

/// <summary>What linting one file leaves: its diagnostics and the little that rules across documents need.</summary>
public sealed class DocumentResult
{
    internal DocumentResult(
        string path,
        IReadOnlyList<PirDiagnostic> diagnostics,
        IncidentIdOccurrence? incidentId,
        PirLintOptions options,
        SuppressionMap? suppressions,
        IReadOnlyList<ActionItemRecord>? actionItems = null,
        SourceSpan? actionItemsKey = null)
    {
        Path = path;
        Diagnostics = diagnostics;
        IncidentId = incidentId;
        Options = options;
        Suppressions = suppressions;
        ActionItems = actionItems ?? Array.Empty<ActionItemRecord>();
        ActionItemsKey = actionItemsKey;
    }

    public string Path { get; }

    /// <summary>Sorted, suppressions and configured severities applied, <c>none</c> dropped.</summary>
    public IReadOnlyList<PirDiagnostic> Diagnostics { get; }

    public IncidentIdOccurrence? IncidentId { get; }

    public PirLintOptions Options { get; }

    /// <summary>The review's action items, for the follow-up rules and <c>pirlint actions</c>; empty for an unreadable file.</summary>
    public IReadOnlyList<ActionItemRecord> ActionItems { get; }

    /// <summary>The <c>action_items</c> key (the section heading in Markdown), when the review has one.</summary>
    public SourceSpan? ActionItemsKey { get; }

    internal SuppressionMap? Suppressions { get; }

    /// <summary>Applies this file's suppression comments and configured severity to a diagnostic; null when dropped.</summary>
    public PirDiagnostic? Configure(PirDiagnostic diagnostic)
    {
        if (Suppressions != null && Suppressions.IsSuppressed(diagnostic, Options))
        {
            return null;
        }

        var severity = Options.SeverityOf(diagnostic.Id) ?? diagnostic.Severity;
        return severity == PirSeverity.None ? null : severity == diagnostic.Severity ? diagnostic : diagnostic.WithSeverity(severity);
    }
}
