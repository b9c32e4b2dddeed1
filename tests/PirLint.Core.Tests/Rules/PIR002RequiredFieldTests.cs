using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR002RequiredFieldTests
{
    [Fact]
    public void MissingTitleIsReportedAtTheParentKey()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("  title: Customer support agent provided incorrect refund amounts\n", ""));

        Assert.Equal("PIR002", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(1, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
        Assert.Equal(17, d.Span.EndColumn);
        Assert.Contains("'title'", d.Message);
    }

    [Fact]
    public void EmptyRootCausesListIsReportedAtItsKey()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(
            "root_causes:\n  - Prompt update changed refund policy without tests against historical refunds\n", "root_causes: []\n"));

        Assert.Equal("PIR002", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(29, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
        Assert.Equal(12, d.Span.EndColumn);
    }

    [Fact]
    public void NullReviewDateIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("review_date: 2026-03-19", "review_date: ~"));

        Assert.Equal("PIR002", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Equal(15, d.Span.EndColumn);
    }

    [Fact]
    public void EmptyQuotedTitleIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("title: Customer support agent provided incorrect refund amounts", "title: \"\""));

        Assert.Equal("PIR002", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(3, d.Span.StartLine);
        Assert.Equal(10, d.Span.StartColumn);
        Assert.Equal(12, d.Span.EndColumn);
    }

    [Fact]
    public void MissingOptionalFieldsAreFine()
    {
        var text = Fixtures.ValidYaml
            .ReplaceOnce("  detected_by: customer_complaint\n", "")
            .ReplaceOnce("    status: open\n", "");

        Assert.Empty(Lint.Yaml(text));
    }

    [Fact]
    public void MarkdownEmptyPriorityCellIsReportedAtThatCell()
    {
        // Row 62: "| Log refund amounts ... | engineer-b      | p1_this_week    | ..."; the Priority cell lies between the
        // pipes at columns 73 and 91. An empty cell is reported on its interior, from column 74 to the closing pipe.
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| engineer-b      | p1_this_week    |", "| engineer-b      |                 |"));

        Assert.Equal("PIR002", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(74, d.Span.StartColumn);
        Assert.Equal(91, d.Span.EndColumn);
        Assert.Contains("priority", d.Message);
    }
}
