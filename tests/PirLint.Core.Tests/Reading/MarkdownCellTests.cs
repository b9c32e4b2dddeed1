using System.Linq;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.Schema;
using static PirLint.Tests.Reading.MarkdownReview;

namespace PirLint.Tests.Reading;

/// <summary>Format v1.1, section 3: cells and bullets are read as the text a reader sees.</summary>
public class MarkdownCellTests
{
    private const string Header = "## Action items\n\n| Description | Owner | Priority | Due date | Status | Ticket URL |\n|---|---|---|---|---|---|\n";

    private const string Row2 = "| Log refund amounts in agent traces | engineer-b | p1_this_week | 2026-03-25 | open | |\n";

    private const string Row3 = "| Roll out prompts through a canary | marco-rossi | p2_this_quarter | 2026-03-31 | open | |\n";

    private static string Items(string firstRow) => With(Header + firstRow + Row2 + Row3, actionItems: false);

    private static MappingNode FirstItem(string text) =>
        (MappingNode)((SequenceNode)DocumentLoader.Load("review.pir.md", text, PirSchema.Default.ListFields, new Diagnostics.DiagnosticBag("r"))!.Root.Get("action_items")!).Items[0];

    private static string? Cell(string text, string key) => (FirstItem(text).Get(key) as ScalarNode)?.Value;

    [Fact]
    public void EmphasisStrongAndCodeSpansGiveTheirText()
    {
        var text = Items("| Add **refund** _regression_ evals | `priya-natarajan` | **p0_immediate** | 2026-03-20 | *closed* | |\n");

        Assert.Equal("Add refund regression evals", Cell(text, "description"));
        Assert.Equal("p0_immediate", Cell(text, "priority"));
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void AnUnknownValueInEmphasisIsStillRefused()
    {
        var diagnostic = Assert.Single(Lint.Markdown(Items("| Add refund evals | priya-natarajan | **P0** | 2026-03-20 | closed | |\n")));

        Assert.Equal("PIR004", diagnostic.Id);
        Assert.Contains("p0_immediate", diagnostic.Message);
    }

    [Fact]
    public void ALinkGivesItsUrlInAUriColumnAndItsTextElsewhere()
    {
        var text = Items("| Add [refund evals](https://wiki.example.com/evals) | priya-natarajan | p0_immediate | 2026-03-20 | closed | [AIOPS-412](https://tracker.example.com/browse/AIOPS-412) |\n");

        Assert.Equal("Add refund evals", Cell(text, "description"));
        Assert.Equal("https://tracker.example.com/browse/AIOPS-412", Cell(text, "ticket_url"));
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void AnAutolinkGivesItsUrl()
    {
        var text = Items("| Add refund evals | priya-natarajan | p0_immediate | 2026-03-20 | closed | <https://tracker.example.com/browse/AIOPS-412> |\n");

        Assert.Equal("https://tracker.example.com/browse/AIOPS-412", Cell(text, "ticket_url"));
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void ALinkToSomethingThatIsNotAUrlIsRefused()
    {
        var text = Items("| Add refund evals | priya-natarajan | p0_immediate | 2026-03-20 | closed | [AIOPS-412](AIOPS-412) |\n");

        Assert.Equal("PIR003", Assert.Single(Lint.Markdown(text)).Id);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("~")]
    public void OnlyAnEmptyCellIsAbsent(string shown)
    {
        var text = Items($"| Add refund evals | priya-natarajan | p0_immediate | 2026-03-20 | {shown} | |\n");

        Assert.Equal(shown, Cell(text, "status"));
        Assert.Equal("PIR004", Assert.Single(Lint.Markdown(text)).Id);
        Assert.Empty(Lint.Markdown(text.Replace($"| {shown} |", "|  |")));
    }

    [Fact]
    public void AShortRowLacksItsLastCells()
    {
        var text = Items("| Add refund evals | priya-natarajan | p0_immediate |\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Null(FirstItem(text).Get("due_date"));
        Assert.Equal("PIR102", diagnostic.Id);
        Assert.Empty(Lint.Markdown(Items("| Add refund evals | priya-natarajan | p0_immediate | 2026-03-20 |\n")));
    }

    [Fact]
    public void ALongRowIsPIR003AtItsFirstExtraCell()
    {
        var text = Items("| Add refund evals | priya-natarajan | p0_immediate | 2026-03-20 | closed | | see the retro doc |\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal("PIR003", diagnostic.Id);
        Assert.Equal(LineOf(text, "see the retro doc"), diagnostic.Span.StartLine);
        Assert.Equal(ColumnOf(text, "see the retro doc"), diagnostic.Span.StartColumn);
    }

    [Fact]
    public void AnEscapedPipeIsTextInsideItsCell()
    {
        var text = Items("| Add refund evals for > $500 \\| < $0 | priya-natarajan | p0_immediate | 2026-03-20 | closed | |\n");

        Assert.Equal("Add refund evals for > $500 | < $0", Cell(text, "description"));
        Assert.Empty(Lint.Markdown(text));
    }

    [Theory]
    [InlineData("| \\| leads the cell | priya-natarajan |", "| leads the cell")]
    [InlineData("|ends the cell \\|   | priya-natarajan |", "ends the cell |")]
    [InlineData("|   \\|\\|   | priya-natarajan |", "||")]
    [InlineData("| two \\| pipes \\| here | priya-natarajan |", "two | pipes | here")]
    public void EscapedPipesAnywhereInACellAreText(string cells, string description)
    {
        var text = Items(cells + " p0_immediate | 2026-03-20 | closed | |\n");

        Assert.Equal(description, Cell(text, "description"));
        Assert.Equal("priya-natarajan", Cell(text, "owner"));
    }

    [Fact]
    public void BulletsAreReadAsTheReaderSeesThem()
    {
        var text = With("## What went poorly\n\n- **Detection** took `45 minutes` — see [the dashboard](https://grafana.example.com/d/refunds)\n");
        var root = DocumentLoader.Load("review.pir.md", text, PirSchema.Default.ListFields, new Diagnostics.DiagnosticBag("r"))!.Root;

        Assert.Equal("Detection took 45 minutes — see the dashboard", ((ScalarNode)((SequenceNode)root.Get("what_went_poorly")!).Items[0]).Value);
    }

    [Fact]
    public void APhraseInsideEmphasisIsLocatedExactly()
    {
        var text = With("## What went poorly\n\n- The deploy was **careless** about the canary\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal((ColumnOf(text, "careless"), ColumnOf(text, "careless") + 8), (diagnostic.Span.StartColumn, diagnostic.Span.EndColumn));
    }
}
