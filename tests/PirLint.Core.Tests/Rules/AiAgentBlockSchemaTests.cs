namespace PirLint.Tests.Rules;

/// <summary>Bad input in the <c>ai_agent</c> block gets the schema rules: PIR002, PIR003, PIR004 and PIR005, at the value.</summary>
public class AiAgentBlockSchemaTests
{
    private static (string Ids, string Covered, string Message) Single(string text)
    {
        var diagnostics = Lint.Yaml(text);
        var d = Assert.Single(diagnostics);
        return (d.Id, AgentFixtures.Covered(text, d.Span), d.Message);
    }

    [Fact]
    public void AnAutonomyOutsideTheSetIsPIR004WithTheNearestValue()
    {
        var result = Single(Fixtures.ValidYaml.ReplaceOnce("autonomy: acts_autonomously", "autonomy: acts_autonomous"));
        Assert.Equal(("PIR004", "acts_autonomous"), (result.Ids, result.Covered));
        Assert.Contains("write 'acts_autonomously'", result.Message);
    }

    [Fact]
    public void AnUnknownKeyInTheBlockIsPIR005WithTheNearestName()
    {
        var result = Single(Fixtures.ValidYaml.ReplaceOnce("  prompt_version: refunds-v14", "  promt_version: refunds-v14"));
        Assert.Equal(("PIR005", "promt_version"), (result.Ids, result.Covered));
        Assert.Contains("did you mean 'prompt_version'?", result.Message);
    }

    [Fact]
    public void AnUnknownKeyInAModelIsPIR005WithTheNearestName()
    {
        var result = Single(Fixtures.ValidYaml.ReplaceOnce("      provider: openai", "      providr: openai"));
        Assert.Equal("PIR005", result.Ids);
        Assert.Contains("did you mean 'provider'?", result.Message);
    }

    [Fact]
    public void AnEmptyModelsListIsPIR002()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce("  models:\n    - id: gpt-4o-2024-08-06\n      provider: openai\n", "  models: []\n");
        Assert.Equal("PIR002", Lint.Yaml(text).Ids());
    }

    [Fact]
    public void AModelWithoutIdIsPIR002()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce("    - id: gpt-4o-2024-08-06\n      provider: openai\n", "    - provider: openai\n");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal("PIR002", d.Id);
        Assert.Contains("'id'", d.Message);
    }

    [Fact]
    public void ABlockWithoutNameOrAutonomyIsPIR002()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce("  name: refund-assistant\n", string.Empty).ReplaceOnce("  autonomy: acts_autonomously\n", string.Empty);
        var diagnostics = Lint.Yaml(text);
        Assert.Equal("PIR002", diagnostics.Ids());
        Assert.Equal(2, diagnostics.Count);
    }

    [Fact]
    public void ModelsAsAStringIsPIR003()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce("  models:\n    - id: gpt-4o-2024-08-06\n      provider: openai\n", "  models: gpt-4o-2024-08-06\n");
        var result = Single(text);
        Assert.Equal(("PIR003", "gpt-4o-2024-08-06"), (result.Ids, result.Covered));
    }

    [Fact]
    public void ToolsAsAStringIsPIR003()
    {
        var text = Fixtures.ValidYaml + "\n  tools: issue_refund\n";
        var result = Single(text);
        Assert.Equal(("PIR003", "issue_refund"), (result.Ids, result.Covered));
    }

    [Fact]
    public void APromptVersionAsAListIsPIR003()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce("  prompt_version: refunds-v14", "  prompt_version: [refunds-v14]");
        Assert.Equal("PIR003", Lint.Yaml(text).Ids());
    }

    [Fact]
    public void EveryListOfTheBlockIsAccepted()
    {
        var text = Fixtures.ValidYaml + "\n  tools: [issue_refund, lookup_order]\n  guardrails:\n    - refund-amount-limit\n  evals: [refunds-regression-suite]\n  traces:\n    - trace-5f2a9c\n";
        Assert.Empty(Lint.Yaml(text));
    }

    [Fact]
    public void MarkdownBadAutonomyIsPIR004AtTheValueInTheFrontMatter()
    {
        var text = Fixtures.ValidMarkdown.ReplaceOnce("autonomy: acts_autonomously", "autonomy: Acts Autonomously");
        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal(("PIR004", 11), (d.Id, d.Span.StartLine));
        Assert.Equal("Acts Autonomously", AgentFixtures.Covered(text, d.Span));
    }
}
