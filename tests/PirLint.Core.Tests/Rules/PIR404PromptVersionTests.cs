using PirLint.Diagnostics;

namespace PirLint.Tests.Rules;

public class PIR404PromptVersionTests
{
    private static string Regression(string text) => text.ReplaceOnce("category: model_behavior", "category: prompt_regression");

    [Fact]
    public void YamlPromptRegressionWithoutThePreviousVersionIsReportedAtTheBlockKey()
    {
        var text = Regression(Fixtures.ValidYaml).ReplaceOnce("\n  previous_prompt_version: refunds-v13", string.Empty);
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal(("PIR404", PirSeverity.Warning), (d.Id, d.Severity));
        Assert.Equal(AgentFixtures.LineOf(text, "ai_agent:"), d.Span.StartLine);
        Assert.Equal("ai_agent", AgentFixtures.Covered(text, d.Span));
        Assert.Equal("this prompt_regression review's 'ai_agent' block has no previous_prompt_version; add the prompt version in production and the last one before the change, so the regression can be reproduced", d.Message);
    }

    [Fact]
    public void YamlPromptRegressionWithoutEitherVersionNamesBoth()
    {
        var text = Regression(Fixtures.ValidYaml)
            .ReplaceOnce("  prompt_version: refunds-v14\n", string.Empty)
            .ReplaceOnce("\n  previous_prompt_version: refunds-v13", string.Empty);
        Assert.Contains("has no prompt_version and no previous_prompt_version;", Assert.Single(Lint.Yaml(text)).Message);
    }

    [Fact]
    public void AnEmptyVersionCountsAsMissing()
    {
        var text = Regression(Fixtures.ValidYaml).ReplaceOnce("  prompt_version: refunds-v14\n", "  prompt_version: \"\"\n");
        Assert.Contains("has no prompt_version;", Assert.Single(Lint.Yaml(text)).Message);
    }

    [Fact]
    public void MarkdownPromptRegressionWithoutTheVersionIsReportedAtTheBlockKey()
    {
        var text = Regression(Fixtures.ValidMarkdown).ReplaceOnce("prompt_version: refunds-v14, previous_prompt_version", "previous_prompt_version");
        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR404", d.Id);
        Assert.Equal(11, d.Span.StartLine);
        Assert.Equal("ai_agent", AgentFixtures.Covered(text, d.Span));
    }

    [Fact]
    public void YamlAndMarkdownPromptRegressionsWithBothVersionsPass()
    {
        Assert.Empty(Lint.Yaml(Regression(Fixtures.ValidYaml)));
        Assert.Empty(Lint.Markdown(Regression(Fixtures.ValidMarkdown)));
    }

    [Fact]
    public void OtherAgentCategoriesDoNotNeedTheVersions()
    {
        var text = Fixtures.ValidYaml
            .ReplaceOnce("  prompt_version: refunds-v14\n", string.Empty)
            .ReplaceOnce("\n  previous_prompt_version: refunds-v13", string.Empty);
        Assert.Empty(Lint.Yaml(text));
    }
}
