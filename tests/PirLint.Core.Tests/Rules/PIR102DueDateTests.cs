using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR102DueDateTests
{
    [Fact]
    public void DueDateThatIsNotADateIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: next sprint"));

        Assert.Equal("PIR102", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(55, d.Span.StartLine);
        Assert.Equal(15, d.Span.StartColumn);
        Assert.Equal(26, d.Span.EndColumn);
    }

    [Fact]
    public void MissingDueDateIsPIR102AtTheItem()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("    due_date: 2026-03-25\n", ""));

        Assert.Equal("PIR102", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(52, d.Span.StartLine);
        Assert.Equal(5, d.Span.StartColumn);
    }

    [Theory]
    [InlineData("2026-04-31")]
    [InlineData("16/03/2026")]
    [InlineData("ASAP")]
    public void MalformedDueDatesAreReported(string due)
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: " + due));

        Assert.Equal("PIR102", diagnostics.Ids());
        Assert.Equal(55, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void RealDatePasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: 2026-03-26")));

    [Fact]
    public void MarkdownEmptyDueDateCellIsReportedInItsRow()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| 2026-03-25 |", "|            |"));

        Assert.Equal("PIR102", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(92, d.Span.StartColumn);
        Assert.Equal(104, d.Span.EndColumn);
    }
}
