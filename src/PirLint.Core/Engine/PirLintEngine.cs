using System;
using System.Collections.Generic;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.Model;
using PirLint.Rules;
using PirLint.Schema;

namespace PirLint.Engine;

/// <summary>
/// The one engine every host runs: bytes or text in, sorted diagnostics out. It never throws for a document's
/// content and never prints. Rules across documents (PIR006) run over the results with <see cref="LintSet"/>,
/// and the follow-up rules (PIR901, PIR902), which need today's date, with <see cref="LintFollowUp"/>.
/// </summary>
public sealed class PirLintEngine
{
    public PirLintEngine(PirSchema? schema = null)
    {
        Schema = schema ?? PirSchema.Default;
    }

    public PirSchema Schema { get; }

    public DocumentResult Lint(string path, byte[] content, PirLintOptions options)
    {
        var diagnostics = new DiagnosticBag(path);
        var text = DocumentLoader.Decode(content, diagnostics);
        return text == null ? Finish(path, diagnostics, null, options, null) : Lint(path, text, options, diagnostics, out _);
    }

    public DocumentResult Lint(string path, string text, PirLintOptions options) =>
        Lint(path, text, options, new DiagnosticBag(path), out _);

    /// <summary>Lints and hands back the document that was read (null after a PIR001), for hosts that use its values.</summary>
    public DocumentResult Lint(string path, string text, PirLintOptions options, out PirDocument? document) =>
        Lint(path, text, options, new DiagnosticBag(path), out document);

    /// <summary>Lints the file's bytes and hands back the document that was read (null after a PIR001), for hosts that use its values.</summary>
    public DocumentResult Lint(string path, byte[] content, PirLintOptions options, out PirDocument? document)
    {
        var diagnostics = new DiagnosticBag(path);
        var text = DocumentLoader.Decode(content, diagnostics);
        if (text == null)
        {
            document = null;
            return Finish(path, diagnostics, null, options, null);
        }

        return Lint(path, text, options, diagnostics, out document);
    }

    /// <summary>The result for a file the host could not read.</summary>
    public static DocumentResult Unreadable(string path, string reason, PirLintOptions options)
    {
        var diagnostics = new DiagnosticBag(path);
        diagnostics.Report(RuleCatalog.PIR001, new Text.SourceSpan(0, 0, 1, 1, 1, 1), "the file could not be read: " + reason);
        return Finish(path, diagnostics, null, options, null);
    }

    /// <summary>PIR006 over the results of one run, configured by each file's own options and comments.</summary>
    public static IReadOnlyList<PirDiagnostic> LintSet(IEnumerable<DocumentResult> documents) =>
        DiagnosticOrder.SortAndDistinct(DuplicateIncidentIdRule.Analyze(documents));

    /// <summary>
    /// The follow-up rules over the results of one run on <paramref name="today"/>: PIR901 at each overdue item and
    /// PIR902 once when the completion rate is under the target. For the CLI and the MSBuild task, never the analyzer.
    /// </summary>
    public static IReadOnlyList<PirDiagnostic> LintFollowUp(IReadOnlyList<DocumentResult> documents, DateTime today)
    {
        var diagnostics = new List<PirDiagnostic>(ActionItemOverdueRule.Analyze(documents, today));
        diagnostics.AddRange(CompletionRateRule.Analyze(documents, today));
        return DiagnosticOrder.SortAndDistinct(diagnostics);
    }

    /// <summary>
    /// Every diagnostic of a run but hidden ones, in <see cref="DiagnosticOrder"/>: each document's, PIR006 across
    /// them, the follow-up rules when <paramref name="today"/> is given, and the host's own (a schema file it could not
    /// use). Each list is sorted once where it is made; this merges them.
    /// </summary>
    public static List<PirDiagnostic> RunDiagnostics(IReadOnlyList<DocumentResult> documents, DateTime? today, IEnumerable<PirDiagnostic> hostDiagnostics)
    {
        var lists = new List<IReadOnlyList<PirDiagnostic>>(documents.Count + 3);
        foreach (var document in documents)
        {
            lists.Add(document.Diagnostics);
        }

        lists.Add(LintSet(documents));
        if (today is { } date)
        {
            lists.Add(LintFollowUp(documents, date));
        }

        lists.Add(DiagnosticOrder.SortAndDistinct(hostDiagnostics));
        var merged = DiagnosticOrder.Merge(lists);
        merged.RemoveAll(d => d.Severity is PirSeverity.Hidden or PirSeverity.None);
        return merged;
    }

    private DocumentResult Lint(string path, string text, PirLintOptions options, DiagnosticBag diagnostics, out PirDocument? document)
    {
        document = DocumentLoader.Load(path, text, Schema.ListFields, diagnostics);
        if (document == null)
        {
            return Finish(path, diagnostics, null, options, null);
        }

        SchemaValidator.Validate(document.Root, Schema, diagnostics);
        var review = new Review(document);
        var context = new ReviewContext(review, options, diagnostics, Schema);
        foreach (var rule in ReviewRules.All)
        {
            rule.Analyze(context);
        }

        var root = document.Root;
        diagnostics.ReplaceAll(diagnostic => diagnostic.WithKeyPath(KeyPathLocator.Find(root, diagnostic.Span)));
        IncidentIdOccurrence? id = review.IncidentId is { } idNode ? new IncidentIdOccurrence(idNode.Value, idNode.Span) : null;
        var suppressions = document.Comments.Count > 0 ? SuppressionMap.Read(document.Comments) : null;
        return Finish(path, diagnostics, id, options, suppressions, ActionItemRecord.FromReview(path, review), review.ActionItemsProperty?.KeySpan);
    }

    private static DocumentResult Finish(
        string path,
        DiagnosticBag diagnostics,
        IncidentIdOccurrence? id,
        PirLintOptions options,
        SuppressionMap? suppressions,
        IReadOnlyList<ActionItemRecord>? actionItems = null,
        Text.SourceSpan? actionItemsKey = null)
    {
        var result = new DocumentResult(path, Array.Empty<PirDiagnostic>(), id, options, suppressions);
        var configured = new List<PirDiagnostic>(diagnostics.Items.Count);
        foreach (var diagnostic in diagnostics.Items)
        {
            if (result.Configure(diagnostic) is { } kept)
            {
                configured.Add(kept);
            }
        }

        return new DocumentResult(path, DiagnosticOrder.SortAndDistinct(configured), id, options, suppressions, actionItems, actionItemsKey);
    }
}
