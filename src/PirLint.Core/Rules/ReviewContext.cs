using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Model;
using PirLint.Text;

namespace PirLint.Rules;

public sealed class ReviewContext
{
    private readonly DiagnosticBag _diagnostics;

    public ReviewContext(Review review, PirLintOptions options, DiagnosticBag diagnostics)
    {
        Review = review;
        Options = options;
        _diagnostics = diagnostics;
    }

    public Review Review { get; }

    public PirLintOptions Options { get; }

    /// <summary>True when the schema validator already reported this rule's id (for rules also used as x-pirlint-rule).</summary>
    public bool HasReported(RuleDescriptor rule) => _diagnostics.HasErrorOf(rule);

    public void Report(RuleDescriptor rule, SourceSpan span, string message, PirSeverity? severity = null) =>
        _diagnostics.Report(rule, span, message, severity);
}
