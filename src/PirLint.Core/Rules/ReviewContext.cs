using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Model;
using PirLint.Schema;
using PirLint.Text;

namespace PirLint.Rules;

public sealed class ReviewContext
{
    private readonly DiagnosticBag _diagnostics;

    public ReviewContext(Review review, PirLintOptions options, DiagnosticBag diagnostics, PirSchema? schema = null)
    {
        Review = review;
        Options = options;
        _diagnostics = diagnostics;
        Schema = schema ?? PirSchema.Default;
    }

    public Review Review { get; }

    public PirLintOptions Options { get; }

    /// <summary>The effective schema the review was validated against.</summary>
    public PirSchema Schema { get; }

    /// <summary>True when the effective schema has the <c>ai_agent</c> block (format v1.1): PIR403 and PIR404 ask for it only then.</summary>
    public bool SchemaDefinesAiAgent => Schema.Root.FindProperty("ai_agent") != null;

    public void Report(RuleDescriptor rule, SourceSpan span, string message, PirSeverity? severity = null) =>
        _diagnostics.Report(rule, span, message, severity);
}
