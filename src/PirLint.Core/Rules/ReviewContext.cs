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

    public void Report(RuleDescriptor rule, SourceSpan span, string message, PirSeverity? severity = null) =>
        _diagnostics.Report(rule, span, message, severity);
}
