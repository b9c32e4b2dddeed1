using System.Linq;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.Schema;
using static PirLint.Tests.Reading.MarkdownReview;

namespace PirLint.Tests.Reading;

/// <summary>Format v1.1, section 3: which headings name a field, and what a section's value is.</summary>
public class MarkdownSectionTests
{
    private static MappingNode Read(string text) =>
        DocumentLoader.Load("review.pir.md", text, PirSchema.Default.ListFields, new Diagnostics.DiagnosticBag("review.pir.md"))!.Root;

    private static string[] Strings(MappingNode root, string field) =>
        ((SequenceNode)root.Get(field)!).Items.Cast<ScalarNode>().Select(s => s.Value).ToArray();

    [Fact]
    public void TheBaseReviewPasses() => Assert.Empty(Lint.Markdown(With("")));

    [Theory]
    [InlineData("## 2. Root causes:")]
    [InlineData("## 2) Root causes")]
    [InlineData("## II. Root causes")]
    [InlineData("### Root causes 🔍")]
    [InlineData("## **Root causes**")]
    [InlineData("## `root_causes`")]
    [InlineData("## Root causes ✅️")]
    public void DecoratedHeadingsOfLevelTwoOrThreeNameTheirField(string heading)
    {
        var text = With(heading + "\n\n- The refund prompt had no eval suite\n", rootCauses: false);

        Assert.Equal(new[] { "The refund prompt had no eval suite" }, Strings(Read(text), "root_causes"));
        Assert.Empty(Lint.Markdown(text));
    }

    [Theory]
    [InlineData("#### Root causes")]
    [InlineData("## Root causes and lessons")]
    [InlineData("## 2.Root causes")]
    public void OtherHeadingsAreProse(string heading)
    {
        var text = With(heading + "\n\n- The refund prompt had no eval suite\n", rootCauses: false);

        Assert.Null(Read(text).Get("root_causes"));
        Assert.Equal("PIR002", Lint.Markdown(text).Ids());
    }

    /// <summary>False negative: a bullet after an HTML comment line was dropped, so blame in it went unreported.</summary>
    [Fact]
    public void BulletsAfterACommentLineAreRead()
    {
        var text = With("## What went poorly\n\n- Detection took 45 minutes\n<!-- added after the meeting -->\n- Marco Rossi forgot to page the on-call\n");
        var diagnostics = Lint.Markdown(text);

        Assert.Equal("PIR401", diagnostics.Ids());
        Assert.Equal(new[] { (ColumnOf(text, "Marco Rossi"), 11), (ColumnOf(text, "forgot"), 6) }, diagnostics.Select(d => (d.Span.StartColumn, d.Span.Length)).OrderBy(c => c.StartColumn));
        Assert.All(diagnostics, d => Assert.Equal(LineOf(text, "Marco Rossi forgot"), d.Span.StartLine));
    }

    [Fact]
    public void BulletsAfterAParagraphAreRead()
    {
        var text = With("## Contributing factors\n\n- No canary for prompts\n\nA note from the on-call: the dashboard was green.\n\n- The reviewer should have caught the change\n");

        Assert.Equal(new[] { "No canary for prompts", "The reviewer should have caught the change" }, Strings(Read(text), "contributing_factors"));
        var diagnostic = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR401", diagnostic.Id);
        Assert.Equal((LineOf(text, "should have"), ColumnOf(text, "should have")), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    /// <summary>False negative: the directive's own bullet was never read, and neither were the bullets after it.</summary>
    [Fact]
    public void DisableNextLineOnItsOwnLineSilencesOnlyTheBulletAfterIt()
    {
        var text = With("## What went poorly\n\n- Detection took 45 minutes\n<!-- pirlint-disable-next-line PIR401 -- quoted from the customer's email -->\n- \"Someone forgot to test it\"\n- The rollout was careless\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal("PIR401", diagnostic.Id);
        Assert.Equal(LineOf(text, "The rollout was careless"), diagnostic.Span.StartLine);
        var unsilenced = Lint.Markdown(text.Replace("<!-- pirlint-disable-next-line PIR401 -- quoted from the customer's email -->\n", ""));
        Assert.Equal(new[] { LineOf(text, "Someone forgot") - 1, LineOf(text, "The rollout was careless") - 1 }, unsilenced.Select(d => d.Span.StartLine));
    }

    /// <summary>False negative: a second action-item table after a paragraph was ignored (six items, no PIR103).</summary>
    [Fact]
    public void TablesWithTheSameHeaderAfterProseAreOneList()
    {
        var second = """

Items agreed after the meeting:

| Description                      | Owner        | Priority        | Due date   |
|----------------------------------|--------------|-----------------|------------|
| Alert on refund amount outliers  | engineer-b   | p1_this_week    | 2026-03-24 |
| Add a canary for prompts         | marco-rossi  | p2_this_quarter | 2026-04-30 |
| Write the prompt review runbook  | sam-lee      | p2_this_quarter | 2026-04-30 |

""";
        var text = With("", actionItems: false) + ActionItems + second;
        var diagnostics = Lint.Markdown(text);

        Assert.Equal(6, ((SequenceNode)Read(text).Get("action_items")!).Items.Count);
        Assert.Equal("PIR103", diagnostics.Ids());
    }

    [Fact]
    public void ATableWithAnotherHeaderInTheSectionIsPIR003AtItsHeader()
    {
        var text = With("\n| Owner | Note |\n|---|---|\n| engineer-b | on leave until April |\n", actionItems: true);
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal("PIR003", diagnostic.Id);
        Assert.Equal(LineOf(text, "| Owner | Note |"), diagnostic.Span.StartLine);
        Assert.Equal(3, ((SequenceNode)Read(text).Get("action_items")!).Items.Count);
    }

    [Fact]
    public void RowsCutOffByACommentLineArePIR003()
    {
        var text = With("", actionItems: false) + ActionItems.TrimEnd('\n') + "\n<!-- the last one was added later -->\n| Page on refund outliers | engineer-b | p1_this_week | 2026-03-24 |\n";
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal("PIR003", diagnostic.Id);
        Assert.Equal(LineOf(text, "| Page on refund outliers"), diagnostic.Span.StartLine);
    }

    [Fact]
    public void ASectionWithOnlyProseIsPIR003AtItsFirstLine()
    {
        var text = With("## What went well\n\nThe rollback was fast\nand well documented.\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal("PIR003", diagnostic.Id);
        Assert.Equal(LineOf(text, "The rollback was fast"), diagnostic.Span.StartLine);
        Assert.Equal(1, diagnostic.Span.StartColumn);
        Assert.Contains("prose without a bullet list or table", diagnostic.Message);
    }

    [Fact]
    public void ASectionEndsAtAHeadingOfTheSameLevelOrAFieldHeading()
    {
        var text = With("## What went poorly\n\n- Detection took 45 minutes\n\n### Quotes from the retro\n\n- Paging was slow\n\n## Appendix\n\n- Someone forgot the runbook link\n\n### What went well\n\n- Rollback was quick\n");
        var root = Read(text);

        Assert.Equal(new[] { "Detection took 45 minutes", "Paging was slow" }, Strings(root, "what_went_poorly"));
        Assert.Equal(new[] { "Rollback was quick" }, Strings(root, "what_went_well"));
        Assert.Empty(Lint.Markdown(text));
    }

    /// <summary>False negative: a nested bullet was never read, so blame in a sub-point passed.</summary>
    [Fact]
    public void NestedBulletsBelongToTheirParentAndAreLocatedOnTheirOwnLine()
    {
        var text = With("## Contributing factors\n\n- No canary for prompts\n  - Marco Rossi skipped the staging check\n    - deeper: the checklist was optional\n- Alerts were noisy\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal(new[] { "No canary for prompts\nMarco Rossi skipped the staging check\ndeeper: the checklist was optional", "Alerts were noisy" }, Strings(Read(text), "contributing_factors"));
        Assert.Equal("PIR401", diagnostic.Id);
        Assert.Equal((LineOf(text, "Marco Rossi"), 5, LineOf(text, "Marco Rossi"), 16), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void AWrappedBulletIsOneValueAndAPhraseIsLocatedOnItsLine()
    {
        var text = With("## What went poorly\n\n- The alert fired but the page went to a retired rotation, and the\n  responder should\n  have escalated sooner\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal(new[] { "The alert fired but the page went to a retired rotation, and the responder should have escalated sooner" }, Strings(Read(text), "what_went_poorly"));
        Assert.Equal((LineOf(text, "responder should"), 13, LineOf(text, "have escalated"), 7), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn, diagnostic.Span.EndLine, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void ColumnsCountUtf16CodeUnits()
    {
        var text = With("## What went poorly\n\n- 🔥 Paging failed — Dana forgot\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        // "- " then the emoji (two code units), a space, "Paging failed — Dana " (21): "forgot" starts at column 27.
        Assert.Equal(27, diagnostic.Span.StartColumn);
        Assert.Equal(33, diagnostic.Span.EndColumn);
    }
}
