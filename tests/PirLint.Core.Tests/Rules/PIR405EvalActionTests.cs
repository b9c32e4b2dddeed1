using PirLint.Diagnostics;

namespace PirLint.Tests.Rules;

public class PIR405EvalActionTests
{
    private const string EvalItem = "Add refund regression evals to the prompt pipeline";

    [Fact]
    public void YamlAgentIncidentWithoutAnEvalItemIsInfoAtTheActionItemsKey()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(EvalItem, "Add refund amount checks to the prompt pipeline");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal(("PIR405", PirSeverity.Info), (d.Id, d.Severity));
        Assert.Equal(AgentFixtures.LineOf(text, "action_items:"), d.Span.StartLine);
        Assert.Equal("action_items", AgentFixtures.Covered(text, d.Span));
        Assert.Equal("no action item of this model_behavior incident adds or extends an evaluation; add one that turns the failure into an eval, regression test or test case (words: eval, evals, evaluation, regression test, regression tests, test case, test cases, contract test, contract tests, golden set, red team, red-team)", d.Message);
    }

    [Fact]
    public void MarkdownAgentIncidentWithoutAnEvalItemIsReportedAtTheSectionHeading()
    {
        var text = Fixtures.ValidMarkdown.ReplaceOnce(EvalItem, "Add refund amount checks to the prompt pipeline");
        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR405", d.Id);
        Assert.Equal(AgentFixtures.LineOf(text, "## Action items"), d.Span.StartLine);
    }

    [Theory]
    [InlineData("Add the incident's conversations to the eval set")]
    [InlineData("Write an EVALUATION of refund answers")]
    [InlineData("Add refund Test Cases to CI")]
    [InlineData("Add a contract test for the billing API")]
    [InlineData("Build a golden set of refund answers")]
    [InlineData("Run a red-team exercise on the agent")]
    [InlineData("Run a red team exercise on the agent")]
    [InlineData("Run the refund regression\ttests on each change")]
    public void EachEvalWordCountsCaseInsensitive(string description) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(EvalItem, description)));

    [Theory]
    [InlineData("Evaluate the refund prompt")]      // 'evaluate' is not one of the words
    [InlineData("Fix the medieval refund scripts")] // 'eval' inside a word
    [InlineData("Add retest cases to the runbook")] // 'test cases' only as part of 'retest'
    public void AWordInsideAnotherWordDoesNotCount(string description) =>
        Assert.Equal("PIR405", Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(EvalItem, description)).Ids());

    [Fact]
    public void TheWordListIsConfigurable()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(EvalItem, "Add refund amount checks to the prompt pipeline");
        Assert.Empty(Lint.Yaml(text, ("pirlint.eval_words", "canary, shadow test")));
        Assert.Equal("PIR405", Lint.Yaml(Fixtures.ValidYaml, ("pirlint.eval_words", "golden set")).Ids());
    }

    [Theory]
    [InlineData("infrastructure")]
    [InlineData("capacity")]
    public void OtherCategoriesAreNotAsked(string category) =>
        Assert.Empty(Lint.Yaml(AgentFixtures.YamlWithoutAgent().ReplaceOnce(EvalItem, "Add refund amount checks").ReplaceOnce("category: model_behavior", "category: " + category)));

    [Fact]
    public void AppliesAlsoUnderAV10TeamSchema()
    {
        var text = AgentFixtures.YamlWithoutAgent().ReplaceOnce(EvalItem, "Add refund amount checks to the prompt pipeline");
        Assert.Equal("PIR405", AgentFixtures.LintWith(AgentFixtures.V10Schema(), "r.pir.yaml", text).Ids());
    }
}
