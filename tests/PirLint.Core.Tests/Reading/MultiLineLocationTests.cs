namespace PirLint.Tests.Reading;

/// <summary>A diagnostic inside a multi-line YAML value points at the phrase on its own line, in UTF-16 columns.</summary>
public class MultiLineLocationTests
{
    private static string Factor(string yaml) => Fixtures.ValidYaml.Replace("  - No canary deployment for prompt updates\n", yaml);

    [Theory]
    [InlineData("  - |\n    Prompt changes ship without review.\n    The on-call forgot to check the canary.\n")]
    [InlineData("  - >\n    Prompt changes ship without review.\n    The on-call forgot to check the canary.\n")]
    [InlineData("  - >-\n    Prompt changes ship without review.\n\n    The on-call forgot to check the canary.\n")]
    [InlineData("  - Prompt changes ship without review.\n    The on-call forgot to check the canary.\n")]
    [InlineData("  - \"Prompt changes ship without review.\n    The on-call forgot to check the canary.\"\n")]
    [InlineData("  - 'Prompt changes ship without review.\n    The on-call forgot to check the canary.'\n")]
    public void APhraseInABlockOrMultiLineScalarIsLocatedOnItsLine(string yaml)
    {
        var text = Factor(yaml);
        var diagnostic = Assert.Single(Lint.Yaml(text));

        var line = MarkdownReview.LineOf(text, "forgot");
        Assert.Equal((line, 17, line, 23), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void AnEscapedQuotedScalarKeepsTheWholeValue()
    {
        var text = Factor("  - \"Prompt changes \\\"ship\\\" without review.\n    The on-call forgot to check the canary.\"\n");
        var diagnostic = Assert.Single(Lint.Yaml(text));

        Assert.Equal((32, 5), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Equal(33, diagnostic.Span.EndLine);
    }

    [Fact]
    public void ColumnsCountUtf16CodeUnitsInYaml()
    {
        var diagnostic = Assert.Single(Lint.Yaml(Factor("  - \"🚨 Paging broke: the on-call forgot\"\n")));

        // Line 32 is '  - "🚨 Paging broke: the on-call forgot"': the quote is column 5, the emoji columns 6 and 7, so "forgot" is 35 to 41.
        Assert.Equal((32, 35, 41), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndColumn));
    }
}
