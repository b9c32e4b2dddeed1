using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR103ActionItemCountTests
{
    private const string ThirdItem =
        "  - description: Roll out prompt updates through a canary\n    owner: marco-rossi\n    priority: p2_this_quarter\n    due_date: 2026-03-31\n    status: in_progress\n";

    private static string TwoItems => Fixtures.ValidYaml.ReplaceOnce(ThirdItem, "");

    private static string WithExtraItems(int extra)
    {
        var items = "";
        for (var i = 1; i <= extra; i++)
        {
            items += $"  - description: Extra improvement number {i}\n    owner: marco-rossi\n    priority: p2_this_quarter\n    due_date: 2026-03-30\n";
        }

        return Fixtures.ValidYaml.ReplaceOnce("review_date: 2026-03-19", items + "review_date: 2026-03-19");
    }

    [Fact]
    public void TwoItemsAreReportedAtTheListKey()
    {
        var diagnostics = Lint.Yaml(TwoItems);

        Assert.Equal("PIR103", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(45, d.Span.StartLine);
        Assert.Equal(1, d.Span.StartColumn);
        Assert.Equal(13, d.Span.EndColumn);
        Assert.Contains("2 action item", d.Message);
    }

    [Fact]
    public void SixItemsAreReported()
    {
        var diagnostics = Lint.Yaml(WithExtraItems(3));

        Assert.Equal("PIR103", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(45, d.Span.StartLine);
        Assert.Contains("6 action items", d.Message);
    }

    [Fact]
    public void ThreeAndFiveItemsPass()
    {
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml));
        Assert.Empty(Lint.Yaml(WithExtraItems(2)));
    }

    [Fact]
    public void EmptyListIsPIR002NotPIR103()
    {
        var text = Fixtures.ValidYaml;
        var start = text.IndexOf("action_items:", System.StringComparison.Ordinal);
        var end = text.IndexOf("review_date:", System.StringComparison.Ordinal);
        var diagnostics = Lint.Yaml(text.Substring(0, start) + "action_items: []\n" + text.Substring(end));

        Assert.Equal("PIR002", diagnostics.Ids());
        Assert.Equal(45, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void MinOptionLowersTheFloor() =>
        Assert.Empty(Lint.Yaml(TwoItems, ("pirlint.action_items.min", "2")));

    [Fact]
    public void MinOptionRaisesTheFloor()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml, ("pirlint.action_items.min", "4"));

        Assert.Equal("PIR103", diagnostics.Ids());
        Assert.Contains("4 to 5", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void MaxOptionLowersTheCeiling()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml, ("pirlint.action_items.min", "1"), ("pirlint.action_items.max", "2"));

        Assert.Equal("PIR103", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(45, d.Span.StartLine);
        Assert.Contains("3 action items", d.Message);
    }

    [Fact]
    public void MaxOptionRaisesTheCeiling() =>
        Assert.Empty(Lint.Yaml(WithExtraItems(3), ("pirlint.action_items.max", "6")));
}
