using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests;

public class SuppressionTests
{
    // Item 2 is p1_this_week due 8 days after the review: PIR104 at line 55.
    private static readonly string LateP1 = Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: 2026-03-27");

    private static string CommentAbove(string text, string line, string comment) => text.ReplaceOnce(line, comment + "\n" + line);

    [Fact]
    public void TheUnsuppressedDocumentHasTheDiagnostic() =>
        Assert.Equal(55, Assert.Single(Lint.Yaml(LateP1)).Span.StartLine);

    [Fact]
    public void DisableNextLineSuppressesTheRuleOnTheNextLine() =>
        Assert.Empty(Lint.Yaml(CommentAbove(LateP1, "    due_date: 2026-03-27", "    # pirlint-disable-next-line PIR104")));

    [Fact]
    public void DisableNextLineWithAnotherIdDoesNotSuppress()
    {
        var diagnostics = Lint.Yaml(CommentAbove(LateP1, "    due_date: 2026-03-27", "    # pirlint-disable-next-line PIR101"));

        Assert.Equal("PIR104", diagnostics.Ids());
        Assert.Equal(56, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void DisableNextLineTakesSeveralIds() =>
        Assert.Empty(Lint.Yaml(CommentAbove(LateP1, "    due_date: 2026-03-27", "    # pirlint-disable-next-line PIR401,PIR104")));

    [Fact]
    public void DisableNextLineOnlyCoversTheNextLine()
    {
        var diagnostics = Lint.Yaml(CommentAbove(LateP1, "    priority: p1_this_week", "    # pirlint-disable-next-line PIR104"));

        Assert.Equal("PIR104", diagnostics.Ids());
        Assert.Equal(56, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void DisableEnableRangeSuppressesInside()
    {
        var text = CommentAbove(CommentAbove(LateP1, "action_items:", "# pirlint-disable PIR104"), "review_date:", "# pirlint-enable PIR104");

        Assert.Empty(Lint.Yaml(text));
    }

    [Fact]
    public void DisableEnableRangeDoesNotReachOutside()
    {
        var text = CommentAbove(CommentAbove(LateP1, "timeline:", "# pirlint-disable PIR104"), "root_causes:", "# pirlint-enable PIR104");
        var diagnostics = Lint.Yaml(text);

        Assert.Equal("PIR104", diagnostics.Ids());
        Assert.Equal(57, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void DisableFileSuppressesTheWholeFile() =>
        Assert.Empty(Lint.Yaml("# pirlint-disable-file PIR104\n" + LateP1));

    [Fact]
    public void DisableFileForAnotherIdDoesNotSuppress() =>
        Assert.Equal("PIR104", Lint.Yaml("# pirlint-disable-file PIR101\n" + LateP1).Ids());

    [Fact]
    public void MarkdownDisableNextLineBeforeABulletSuppresses()
    {
        var blamed = Fixtures.ValidMarkdown.ReplaceOnce(
            "- Prompt update changed refund policy without tests against historical refunds",
            "- Marco Rossi shipped the prompt without tests");

        Assert.Equal("PIR401", Lint.Markdown(blamed).Ids());
        Assert.Empty(Lint.Markdown(blamed.ReplaceOnce("- Marco Rossi", "<!-- pirlint-disable-next-line PIR401 -->\n- Marco Rossi")));
        Assert.Equal("PIR401", Lint.Markdown(blamed.ReplaceOnce("- Marco Rossi", "<!-- pirlint-disable-next-line PIR101 -->\n- Marco Rossi")).Ids());
    }

    [Fact]
    public void MarkdownDisableNextLineForPIR101CoversTheNextLine()
    {
        // A comment line inside a table ends the table (rules/PIR101.md), so the directive sits at the end of the row above.
        var text = Fixtures.ValidMarkdown
            .ReplaceOnce("| marco-rossi     |", "|                 |")
            .ReplaceOnce("| open        |                                              |",
                "| open        |                                              | <!-- pirlint-disable-next-line PIR101 -->");

        Assert.Equal("PIR101", Lint.Markdown(text.ReplaceOnce("<!-- pirlint-disable-next-line PIR101 -->", "")).Ids());
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void MarkdownDisableEnableAroundTheTableSuppressesPIR101()
    {
        var unowned = Fixtures.ValidMarkdown.ReplaceOnce("| engineer-b      | p1_this_week", "|                 | p1_this_week");
        var text = unowned
            .ReplaceOnce("## Action items\n\n", "## Action items\n\n<!-- pirlint-disable PIR101 -->\n")
            + "\n<!-- pirlint-enable PIR101 -->\n";

        Assert.Equal("PIR101", Lint.Markdown(unowned).Ids());
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void MarkdownDisableFileSuppressesPIR101() =>
        Assert.Empty(Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("| engineer-b      | p1_this_week", "|                 | p1_this_week") + "\n\n<!-- pirlint-disable-file PIR101 -->\n"));

    [Fact]
    public void MarkdownFrontMatterUsesYamlComments()
    {
        var text = Fixtures.ValidMarkdown.ReplaceOnce("facilitator: sam-lee", "# pirlint-disable-next-line PIR302\nfacilitator: TBD");

        Assert.Empty(Lint.Markdown(text));
        Assert.Equal(PirSeverity.Error, Assert.Single(Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce("facilitator: sam-lee", "facilitator: TBD"))).Severity);
    }
}
