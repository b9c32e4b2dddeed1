using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR302FacilitatorMissingTests
{
    [Fact]
    public void PlaceholderFacilitatorIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator: TBD"));

        Assert.Equal("PIR302", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(63, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Equal(17, d.Span.EndColumn);
    }

    [Fact]
    public void MissingFacilitatorIsPIR302NotPIR002()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee\n", ""));

        Assert.Equal("PIR302", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(1, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
    }

    [Fact]
    public void EmptyFacilitatorIsReportedAtItsKey()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator:"));

        Assert.Equal("PIR302", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(63, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
    }

    [Fact]
    public void NamedFacilitatorPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator: Dana Okafor")));

    [Fact]
    public void MarkdownPlaceholderInFrontMatterIsReportedAtTheValue()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("facilitator: sam-lee", "facilitator: unassigned"));

        Assert.Equal("PIR302", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(22, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Equal(24, d.Span.EndColumn);
    }
}
