using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR004AllowedValueTests
{
    [Fact]
    public void UpperCaseSeverityIsReportedWithTheSuggestion()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("severity: sev2", "severity: SEV2"));

        Assert.Equal("PIR004", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(4, d.Span.StartLine);
        Assert.Equal(13, d.Span.StartColumn);
        Assert.Equal(17, d.Span.EndColumn);
        Assert.Contains("'sev2'", d.Message);
    }

    [Fact]
    public void ShortPrioritySuggestsTheFullValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("priority: p0_immediate", "priority: P0"));

        Assert.Equal("PIR004", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(48, d.Span.StartLine);
        Assert.Equal(15, d.Span.StartColumn);
        Assert.Equal(17, d.Span.EndColumn);
        Assert.Contains("'p0_immediate'", d.Message);
    }

    [Fact]
    public void SpelledOutCategorySuggestsTheEnumValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("category: model_behavior", "category: Model Behavior"));

        Assert.Equal("PIR004", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(5, d.Span.StartLine);
        Assert.Equal(13, d.Span.StartColumn);
        Assert.Equal(27, d.Span.EndColumn);
        Assert.Contains("'model_behavior'", d.Message);
    }

    [Theory]
    [InlineData("sev1")]
    [InlineData("sev5")]
    public void AllowedValuesPass(string severity) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("severity: sev2", "severity: " + severity)));

    [Fact]
    public void MarkdownStatusCellIsReportedAtTheCell()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| closed      |", "| Closed      |"));

        Assert.Equal("PIR004", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(61, d.Span.StartLine);
        Assert.Equal(105, d.Span.StartColumn);
        Assert.Equal(111, d.Span.EndColumn);
        Assert.Contains("'closed'", d.Message);
    }
}
