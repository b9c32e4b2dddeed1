using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR007DuplicateKeyTests
{
    [Fact]
    public void KeyGivenTwiceIsReportedAtTheSecondKey()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("  severity: sev2\n", "  severity: sev2\n  severity: sev3\n"));

        Assert.Equal("PIR007", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(5, d.Span.StartLine);
        Assert.Equal(3, d.Span.StartColumn);
        Assert.Equal(11, d.Span.EndColumn);
    }

    [Fact]
    public void SameKeyInDifferentMappingsPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("  affected_users: 127\n", "  affected_users: 127\n  severity: sev2\n")));

    [Fact]
    public void MarkdownFieldInFrontMatterAndSectionIsReportedAtTheHeading()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce(
            "facilitator: sam-lee\n",
            "facilitator: sam-lee\nroot_causes:\n  - Prompt update changed refund policy without tests against historical refunds\n"));

        Assert.Equal("PIR007", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(43, d.Span.StartLine);
        Assert.Equal(4, d.Span.StartColumn);
        Assert.Equal(15, d.Span.EndColumn);
    }

    [Fact]
    public void MarkdownTwoSectionsForOneFieldAreReportedAtTheLaterHeading()
    {
        var diagnostics = Lint.Markdown(Fixtures.ValidMarkdown + "\n\n## Root Causes\n\n- No refund regression evals\n");

        Assert.Equal("PIR007", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(65, d.Span.StartLine);
        Assert.Equal(4, d.Span.StartColumn);
    }

    [Fact]
    public void MarkdownFieldOnlyInFrontMatterPasses()
    {
        var text = Fixtures.ValidMarkdown
            .ReplaceOnce("## Root causes\n\n- Prompt update changed refund policy without tests against historical refunds\n\n", "")
            .ReplaceOnce("facilitator: sam-lee\n",
                "facilitator: sam-lee\nroot_causes:\n  - Prompt update changed refund policy without tests against historical refunds\n");

        Assert.Empty(Lint.Markdown(text));
    }
}
