using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR202TimelineOffsetTests
{
    [Fact]
    public void TimeWithoutOffsetIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T14:00Z", "time: 2026-03-15T14:00"));

        Assert.Equal("PIR202", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(13, d.Span.StartLine);
        Assert.Equal(11, d.Span.StartColumn);
        Assert.Equal(27, d.Span.EndColumn);
        Assert.Contains("2026-03-15T14:00Z", d.Message);
    }

    [Fact]
    public void TimeWithNumericOffsetPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T14:00Z", "time: 2026-03-15T15:00+01:00")));

    [Fact]
    public void MarkdownTimeCellWithoutOffsetIsReportedAtTheCell()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| 2026-03-15T14:00Z |", "| 2026-03-15T14:00  |"));

        Assert.Equal("PIR202", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(36, d.Span.StartLine);
        Assert.Equal(3, d.Span.StartColumn);
        Assert.Equal(19, d.Span.EndColumn);
    }
}
