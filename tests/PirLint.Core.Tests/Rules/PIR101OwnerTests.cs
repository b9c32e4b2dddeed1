using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR101OwnerTests
{
    [Fact]
    public void PlaceholderOwnerIsReportedAtTheValue()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("owner: engineer-b", "owner: TBD"));

        Assert.Equal("PIR101", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(53, d.Span.StartLine);
        Assert.Equal(12, d.Span.StartColumn);
        Assert.Equal(15, d.Span.EndColumn);
    }

    [Fact]
    public void MissingOwnerIsPIR101AtTheItem()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("    owner: engineer-b\n", ""));

        Assert.Equal("PIR101", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(52, d.Span.StartLine);
        Assert.Equal(5, d.Span.StartColumn);
    }

    [Fact]
    public void EmptyOwnerIsPIR101()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("owner: engineer-b", "owner:"));

        Assert.Equal("PIR101", diagnostics.Ids());
        Assert.Equal(53, Assert.Single(diagnostics).Span.StartLine);
    }

    [Theory]
    [InlineData("team")]
    [InlineData("Everyone")]
    [InlineData("unassigned")]
    [InlineData("n/a")]
    [InlineData("\"?\"")]
    [InlineData("\" tbd \"")]
    public void EveryPlaceholderIsReported(string owner)
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("owner: engineer-b", "owner: " + owner));

        Assert.Equal("PIR101", diagnostics.Ids());
        Assert.Equal(53, Assert.Single(diagnostics).Span.StartLine);
    }

    [Theory]
    [InlineData("payments-oncall")]
    [InlineData("team-refunds")]
    [InlineData("Dana Okafor")]
    public void RealOwnerPasses(string owner) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("owner: engineer-b", "owner: " + owner)));

    [Fact]
    public void MarkdownEmptyOwnerCellIsReportedAtThatCell()
    {
        // Line 62: the Owner cell lies between the pipes at columns 55 and 73; an empty cell is reported on its
        // whole interior, from the column after the opening pipe to the closing pipe.
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| engineer-b      | p1_this_week", "|                 | p1_this_week"));

        Assert.Equal("PIR101", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(56, d.Span.StartColumn);
        Assert.Equal(73, d.Span.EndColumn);
        Assert.Contains("item 2", d.Message);
    }

    [Fact]
    public void MarkdownPlaceholderOwnerCellIsReportedAtTheValue()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| engineer-b      | p1_this_week", "| TBD             | p1_this_week"));

        Assert.Equal("PIR101", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(57, d.Span.StartColumn);
        Assert.Equal(60, d.Span.EndColumn);
    }
}
