using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR003WrongFormTests
{
    [Fact]
    public void ImpossibleReviewDateIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("review_date: 2026-03-19", "review_date: 2026-02-30"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Equal(24, d.Span.EndColumn);
    }

    [Fact]
    public void NonIntegerImpactIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("affected_users: 127", "affected_users: 120+"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(10, d.Span.StartLine);
        Assert.Equal(19, d.Span.StartColumn);
        Assert.Equal(23, d.Span.EndColumn);
    }

    [Fact]
    public void NegativeImpactIsBelowTheMinimum()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("affected_users: 127", "affected_users: -1"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(10, d.Span.StartLine);
        Assert.Equal(19, d.Span.StartColumn);
        Assert.Equal(21, d.Span.EndColumn);
    }

    [Fact]
    public void IdNotMatchingThePatternIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("id: INC-2026-0317", "id: inc-2026-0317"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(2, d.Span.StartLine);
        Assert.Equal(7, d.Span.StartColumn);
        Assert.Equal(20, d.Span.EndColumn);
    }

    [Fact]
    public void DurationThatIsNotADurationIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("duration: 2 hours 15 minutes", "duration: about two hours"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(6, d.Span.StartLine);
        Assert.Equal(13, d.Span.StartColumn);
        Assert.Equal(28, d.Span.EndColumn);
    }

    [Fact]
    public void RelativeTicketUrlIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("ticket_url: https://tracker.example.com/browse/AIOPS-412", "ticket_url: tracker.example.com/browse/AIOPS-412"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(51, d.Span.StartLine);
        Assert.Equal(17, d.Span.StartColumn);
    }

    [Theory]
    [InlineData("PT2H15M")]
    [InlineData("2h15m")]
    [InlineData("135 minutes")]
    public void OtherDurationFormsPass(string duration) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("duration: 2 hours 15 minutes", "duration: " + duration)));

    [Fact]
    public void DateTimeWithSecondsAndOffsetPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T14:00Z", "time: 2026-03-15T15:00:00+01:00")));

    [Fact]
    public void MarkdownBadTimeInATableCellIsReportedAtTheCell()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| 2026-03-15T14:30Z |", "| 2026-03-15T14:70Z |"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(37, d.Span.StartLine);
        Assert.Equal(3, d.Span.StartColumn);
        Assert.Equal(20, d.Span.EndColumn);
    }

    [Fact]
    public void MarkdownBadDueDateInATableCellIsPIR102AtTheCell()
    {
        // due_date has x-pirlint-rule PIR102, so its malformed value is PIR102, not PIR003.
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| 2026-03-25 |", "| 2026-13-25 |"));

        Assert.Equal("PIR102", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(93, d.Span.StartColumn);
        Assert.Equal(103, d.Span.EndColumn);
    }

    [Fact]
    public void MarkdownListSectionWithProseIsReported()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce(
            "## Root causes\n\n- Prompt update", "## Root causes\n\nPrompt update"));

        Assert.Equal("PIR003", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(43, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
    }
}
