using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR401BlamelessLanguageTests
{
    private const string RootCause = "Prompt update changed refund policy without tests against historical refunds";
    private const string WentPoorly = "45-minute detection delay allowed 34 incorrect responses";

    private static string WithRootCause(string text) => Fixtures.ValidYaml.ReplaceOnce(RootCause, text);

    [Fact]
    public void FacilitatorNamedInARootCauseIsReportedAtTheName()
    {
        var diagnostics = Lint.Yaml(WithRootCause("Sam Lee merged the prompt update without tests against historical refunds"));

        Assert.Equal("PIR401", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(30, d.Span.StartLine);
        Assert.Equal(5, d.Span.StartColumn);
        Assert.Equal(12, d.Span.EndColumn);
        Assert.Contains("'Sam Lee'", d.Message);
    }

    [Theory]
    [InlineData("sam.lee", 7)]
    [InlineData("samlee", 6)]
    [InlineData("SAM_LEE", 7)]
    [InlineData("sam-lee", 7)]
    public void NameSpellingsAreRecognised(string name, int length)
    {
        var diagnostics = Lint.Yaml(WithRootCause("The prompt update merged by " + name + " had no tests"));

        Assert.Equal("PIR401", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(30, d.Span.StartLine);
        Assert.Equal(33, d.Span.StartColumn);
        Assert.Equal(33 + length, d.Span.EndColumn);
    }

    [Fact]
    public void AttendeeNamedInContributingFactorsIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("No canary deployment for prompt updates", "Priya Natarajan skipped the canary"));

        Assert.Equal("PIR401", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(32, d.Span.StartLine);
        Assert.Equal(5, d.Span.StartColumn);
        Assert.Equal(20, d.Span.EndColumn);
    }

    [Theory]
    [InlineData("The Sam Leeds datacenter had no prompt tests")]
    [InlineData("The flotsam lee shore config had no prompt tests")]
    public void NameInsideAnotherWordPasses(string text) => Assert.Empty(Lint.Yaml(WithRootCause(text)));

    [Fact]
    public void NamesInWhatWentWellPass() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("Rollback procedure was well documented", "Engineer B rolled back quickly")));

    [Fact]
    public void BlamingPhraseIsReportedAtThePhrase()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(WentPoorly, "On-call forgot to check the dashboard"));

        Assert.Equal("PIR401", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(36, d.Span.StartLine);
        Assert.Equal(13, d.Span.StartColumn);
        Assert.Equal(19, d.Span.EndColumn);
        Assert.Contains("'forgot'", d.Message);
    }

    [Theory]
    [InlineData("It was Human Error in the rollout")]
    [InlineData("The change should've had a canary")]
    [InlineData("Nobody is to blame but the alert was off")]
    public void DefaultPhrasesAreCaseInsensitive(string text) =>
        Assert.Equal("PIR401", Lint.Yaml(WithRootCause(text)).Ids());

    [Fact]
    public void PhraseInsideAnotherWordPasses() =>
        Assert.Empty(Lint.Yaml(WithRootCause("A forgotten alert threshold hid the drift")));

    [Fact]
    public void ConfiguredPhrasesReplaceTheDefaults()
    {
        var options = ("pirlint.blame_phrases", "failed to, dropped the ball");

        var diagnostics = Lint.Yaml(WithRootCause("The deploy job failed to run the refund evals"), options);
        Assert.Equal("PIR401", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(20, d.Span.StartColumn);
        Assert.Equal(29, d.Span.EndColumn);

        Assert.Empty(Lint.Yaml(WithRootCause("Someone forgot the refund evals"), options));
    }

    [Fact]
    public void NameAndPhraseInOneSentenceGiveTwoDiagnostics()
    {
        var diagnostics = Lint.Yaml(WithRootCause("Engineer B forgot to run the refund regression suite"));

        Assert.Equal(2, diagnostics.Only("PIR401").Count);
    }

    [Fact]
    public void MarkdownBulletIsReportedAtTheNameInTheFile()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce(RootCause, "Marco Rossi shipped the prompt without tests"));

        Assert.Equal("PIR401", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(43, d.Span.StartLine);
        Assert.Equal(3, d.Span.StartColumn);
        Assert.Equal(14, d.Span.EndColumn);
    }
}
