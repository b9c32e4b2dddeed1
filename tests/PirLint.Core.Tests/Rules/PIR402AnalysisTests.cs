using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR402AnalysisTests
{
    private static string WithoutAnalysis()
    {
        var text = Fixtures.ValidYaml;
        var start = text.IndexOf("analysis:", System.StringComparison.Ordinal);
        var end = text.IndexOf("action_items:", System.StringComparison.Ordinal);
        return text.Substring(0, start) + text.Substring(end);
    }

    [Fact]
    public void AgentIncidentWithoutAnalysisIsInfoAtTheCategory()
    {
        var diagnostics = Lint.Yaml(WithoutAnalysis());

        Assert.Equal("PIR402", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Info, d.Severity);
        Assert.Equal(5, d.Span.StartLine);
        Assert.Equal(13, d.Span.StartColumn);
        Assert.Equal(27, d.Span.EndColumn);
        Assert.Contains("has no 'analysis'", d.Message);
    }

    [Fact]
    public void EmptyLayerIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(
            "  prevention_gap:\n    - Missing model behavior drift detection\n", "  prevention_gap: []\n"));

        Assert.Equal("PIR402", diagnostics.Ids());
        Assert.Contains("prevention_gap", Assert.Single(diagnostics).Message);
    }

    [Theory]
    [InlineData("prompt_regression")]
    [InlineData("tool_failure")]
    [InlineData("data_quality")]
    [InlineData("safety_violation")]
    public void EveryAgentCategoryIsChecked(string category) =>
        Assert.Equal("PIR402", Lint.Yaml(WithoutAnalysis().ReplaceOnce("category: model_behavior", "category: " + category)).Ids());

    [Theory]
    [InlineData("infrastructure")]
    [InlineData("capacity")]
    public void OtherCategoriesPassWithoutAnalysis(string category) =>
        Assert.Empty(Lint.Yaml(WithoutAnalysis().ReplaceOnce("category: model_behavior", "category: " + category)));
}
