using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR106DuplicateActionItemTests
{
    [Fact]
    public void SameDescriptionAfterFoldingIsReportedAtTheSecond()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(
            "description: Log refund amounts in agent traces", "description: Add Refund regression evals to the  Prompt pipeline"));

        Assert.Equal("PIR106", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(52, d.Span.StartLine);
        Assert.Equal(18, d.Span.StartColumn);
        Assert.Equal(69, d.Span.EndColumn);
        Assert.Contains("action item 1", d.Message);
    }

    [Fact]
    public void DifferentDescriptionsPass() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(
            "description: Log refund amounts in agent traces", "description: Add refund regression evals to the deploy pipeline")));
}
