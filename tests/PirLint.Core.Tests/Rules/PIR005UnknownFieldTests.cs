using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR005UnknownFieldTests
{
    [Fact]
    public void MisspelledKeyIsReportedWithTheSuggestion()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("detection_delay: 45 minutes", "detection_dealy: 45 minutes"));

        Assert.Equal("PIR005", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(8, d.Span.StartLine);
        Assert.Equal(3, d.Span.StartColumn);
        Assert.Equal(18, d.Span.EndColumn);
        Assert.Contains("'detection_delay'", d.Message);
    }

    [Fact]
    public void UnknownTopLevelKeyIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator: sam-lee\nfacilitater_notes: none"));

        Assert.Equal("PIR005", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(64, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
    }

    [Fact]
    public void ImpactAcceptsExtraKeys() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("  incorrect_responses: 34\n", "  incorrect_responses: 34\n  support_tickets: 12\n")));

    [Fact]
    public void MarkdownUnknownColumnHeaderIsReportedAtTheHeaderCell()
    {
        // Line 59 is the action items header; "Ticket URL" starts at column 120.
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| Ticket URL   ", "| Tickt URL    "));

        Assert.Equal("PIR005", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(59, d.Span.StartLine);
        Assert.Equal(120, d.Span.StartColumn);
        Assert.Equal(129, d.Span.EndColumn);
        Assert.Contains("'ticket_url'", d.Message);
    }

    [Fact]
    public void MarkdownUnknownColumnIsReportedOnceWhateverTheNumberOfRows()
    {
        var text = Fixtures.ValidMarkdown
            .ReplaceOnce("| Ticket URL   ", "| Tickt URL    ")
            .ReplaceOnce("| open        |                                              |", "| open        | https://tracker.example.com/browse/AIOPS-413 |");

        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR005", d.Id);
        Assert.Equal(59, d.Span.StartLine);
        Assert.Equal(120, d.Span.StartColumn);
    }

    [Fact]
    public void MarkdownFreeProseSectionIsNotAField() =>
        Assert.Empty(Lint.Markdown(Fixtures.ValidMarkdown + "\n\n## Lessons learned\n\n- Test prompts like code\n"));
}
