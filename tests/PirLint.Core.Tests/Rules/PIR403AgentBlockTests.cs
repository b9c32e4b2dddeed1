using PirLint.Diagnostics;

namespace PirLint.Tests.Rules;

public class PIR403AgentBlockTests
{
    [Fact]
    public void YamlAgentIncidentWithoutTheBlockIsReportedAtTheCategory()
    {
        var text = AgentFixtures.YamlWithoutAgent();
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal(("PIR403", PirSeverity.Warning), (d.Id, d.Severity));
        Assert.Equal((5, 13, 5, 27), (d.Span.StartLine, d.Span.StartColumn, d.Span.EndLine, d.Span.EndColumn));
        Assert.Equal("model_behavior", AgentFixtures.Covered(text, d.Span));
        Assert.Equal("this model_behavior incident has no 'ai_agent' block; add one with the agent's name, its autonomy and the models it ran (ids as in production), and the prompt_version, so the review says which agent failed and with what", d.Message);
    }

    [Fact]
    public void MarkdownAgentIncidentWithoutTheBlockIsReportedAtTheCategory()
    {
        var text = AgentFixtures.MarkdownWithoutAgent();
        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR403", d.Id);
        Assert.Equal(6, d.Span.StartLine);
        Assert.Equal("model_behavior", AgentFixtures.Covered(text, d.Span));
    }

    [Fact]
    public void YamlAndMarkdownWithTheBlockPass()
    {
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml));
        Assert.Empty(Lint.Markdown(Fixtures.ValidMarkdown));
    }

    [Fact]
    public void MarkdownBlockWrittenAsABlockMappingPasses()
    {
        var text = AgentFixtures.MarkdownWithoutAgent().ReplaceOnce(
            "attendees: [engineer-b, priya-natarajan, marco-rossi]\n",
            "attendees: [engineer-b, priya-natarajan, marco-rossi]\nai_agent:\n  name: refund-assistant\n  autonomy: suggests_only\n  models:\n    - id: claude-sonnet-4-5\n      role: primary\n");
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void AnEmptyBlockIsAMissingBlock()
    {
        var text = AgentFixtures.YamlWithoutAgent() + "ai_agent:\n";
        Assert.Equal("PIR403", Lint.Yaml(text).Ids());
    }

    [Fact]
    public void ABlockThatIsNotAMappingIsPIR003AloneAtTheValue()
    {
        var text = AgentFixtures.YamlWithoutAgent() + "ai_agent: refund-assistant\n";
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal("PIR003", d.Id);
        Assert.Equal("refund-assistant", AgentFixtures.Covered(text, d.Span));
    }

    [Theory]
    [InlineData("prompt_regression")] // PIR403 alone: PIR404 is about a block that lacks the versions
    [InlineData("tool_failure")]
    [InlineData("data_quality")]
    [InlineData("safety_violation")]
    public void EveryAgentCategoryAsksForTheBlock(string category) =>
        Assert.Equal("PIR403", Lint.Yaml(AgentFixtures.YamlWithoutAgent().ReplaceOnce("category: model_behavior", "category: " + category)).Ids());

    [Theory]
    [InlineData("infrastructure")]
    [InlineData("capacity")]
    public void OtherCategoriesDoNotNeedTheBlock(string category) =>
        Assert.Empty(Lint.Yaml(AgentFixtures.YamlWithoutAgent().ReplaceOnce("category: model_behavior", "category: " + category)));

    [Fact]
    public void ATeamSchemaFromV10WithoutTheBlockGetsNoPIR403OrPIR404()
    {
        var schema = AgentFixtures.V10Schema();
        Assert.Empty(AgentFixtures.LintWith(schema, "r.pir.yaml", AgentFixtures.YamlWithoutAgent()));
        Assert.Empty(AgentFixtures.LintWith(schema, "r.pir.md", AgentFixtures.MarkdownWithoutAgent()));
        var regression = AgentFixtures.YamlWithoutAgent().ReplaceOnce("category: model_behavior", "category: prompt_regression");
        Assert.Empty(AgentFixtures.LintWith(schema, "r.pir.yaml", regression));

        // The block itself is a field that schema does not know.
        var withBlock = AgentFixtures.LintWith(schema, "r.pir.yaml", Fixtures.ValidYaml.ReplaceOnce("category: model_behavior", "category: prompt_regression").ReplaceOnce("\n  previous_prompt_version: refunds-v13", string.Empty));
        Assert.Equal("PIR005", withBlock.Ids());
    }

    [Fact]
    public void TheSeverityIsConfigurable() =>
        Assert.Equal(PirSeverity.Error, Assert.Single(Lint.Yaml(AgentFixtures.YamlWithoutAgent(), ("pirlint.PIR403.severity", "error"))).Severity);
}
