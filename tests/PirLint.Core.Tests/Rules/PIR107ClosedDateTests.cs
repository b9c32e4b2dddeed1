using PirLint.Diagnostics;

namespace PirLint.Tests.Rules;

public class PIR107ClosedDateTests
{
    private const string OpenItem = "    due_date: 2026-03-25\n    status: open\n";
    private const string ClosedItem = "    due_date: 2026-03-20\n    status: closed\n";

    [Fact]
    public void YamlClosedDateOnAnOpenItemIsReportedAtTheDate()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(OpenItem, OpenItem + "    closed_date: 2026-03-24\n");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal(("PIR107", PirSeverity.Warning), (d.Id, d.Severity));
        Assert.Equal(AgentFixtures.LineOf(text, "    closed_date: 2026-03-24"), d.Span.StartLine);
        Assert.Equal("2026-03-24", AgentFixtures.Covered(text, d.Span));
        Assert.Equal("action item 2 has closed_date 2026-03-24 but its status is 'open'; write 'status: closed' if it is done, else remove closed_date", d.Message);
    }

    [Fact]
    public void YamlClosedDateOnAnItemWithoutStatusIsReported()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(OpenItem, "    due_date: 2026-03-25\n    closed_date: 2026-03-24\n");
        Assert.Contains("its status is 'open'", Assert.Single(Lint.Yaml(text)).Message);
    }

    [Fact]
    public void YamlClosedDateBeforeTheIncidentIsReported()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(ClosedItem, ClosedItem + "    closed_date: 2025-03-18\n");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal("PIR107", d.Id);
        Assert.Equal("2025-03-18", AgentFixtures.Covered(text, d.Span));
        Assert.Equal("action item 1 was closed on 2025-03-18, before the incident began on 2026-03-15; check the year and write the day the item was closed", d.Message);
    }

    [Theory]
    [InlineData("2026-03-15")] // the day the incident began
    [InlineData("2026-03-18")]
    [InlineData("2026-04-02")] // late is PIR902's business, not PIR107's
    public void YamlClosedDateOnAClosedItemFromTheIncidentOnPasses(string date) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(ClosedItem, ClosedItem + $"    closed_date: {date}\n")));

    [Fact]
    public void AStatusOutsideTheSetIsPIR004AloneAndNotAlsoPIR107()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(OpenItem, "    due_date: 2026-03-25\n    status: done\n    closed_date: 2026-03-24\n");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal(("PIR004", "done"), (d.Id, AgentFixtures.Covered(text, d.Span)));
    }

    [Fact]
    public void MarkdownClosedDateCellOfAnOpenItemIsReportedAtTheCell()
    {
        var text = WithClosedDateColumn("2026-03-18", "2026-03-24", string.Empty);
        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR107", d.Id);
        Assert.Equal(AgentFixtures.LineOf(text, Row(text, "Log refund amounts")), d.Span.StartLine);
        Assert.Equal("2026-03-24", AgentFixtures.Covered(text, d.Span));
    }

    [Fact]
    public void MarkdownClosedDateCellOfAClosedItemPasses() =>
        Assert.Empty(Lint.Markdown(WithClosedDateColumn("2026-03-18", string.Empty, string.Empty)));

    [Fact]
    public void MarkdownClosedDateBeforeTheIncidentIsReported()
    {
        var text = WithClosedDateColumn("2026-02-18", string.Empty, string.Empty);
        var d = Assert.Single(Lint.Markdown(text));
        Assert.Equal("PIR107", d.Id);
        Assert.Equal("2026-02-18", AgentFixtures.Covered(text, d.Span));
    }

    [Fact]
    public void ClosedDateThatIsNotADateIsPIR003AtTheValue()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(ClosedItem, ClosedItem + "    closed_date: 18/03/2026\n");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal("PIR003", d.Id);
        Assert.Equal("18/03/2026", AgentFixtures.Covered(text, d.Span));
    }

    [Fact]
    public void ClosedDateAsAListIsPIR003()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(ClosedItem, ClosedItem + "    closed_date: [2026-03-18]\n");
        Assert.Equal("PIR003", Lint.Yaml(text).Ids());
    }

    [Fact]
    public void MisspelledClosedDateIsPIR005WithTheNearestName()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce(ClosedItem, ClosedItem + "    closed_dte: 2026-03-18\n");
        var d = Assert.Single(Lint.Yaml(text));
        Assert.Equal("PIR005", d.Id);
        Assert.Contains("did you mean 'closed_date'?", d.Message);
    }

    /// <summary>The Markdown fixture with a "Closed date" column: the cells of items 1, 2 and 3 in order.</summary>
    private static string WithClosedDateColumn(string first, string second, string third)
    {
        var text = Fixtures.ValidMarkdown;
        text = text.ReplaceOnce("| Ticket URL                                   |\n", "| Ticket URL                                   | Closed date |\n");
        text = text.ReplaceOnce("|----------------------------------------------|\n", "|----------------------------------------------|-------------|\n");
        text = text.ReplaceOnce("| https://tracker.example.com/browse/AIOPS-412 |\n", $"| https://tracker.example.com/browse/AIOPS-412 | {first} |\n");
        var second0 = Row(text, "Log refund amounts");
        var third0 = Row(text, "Roll out prompt updates");
        text = text.ReplaceOnce(second0, second0 + $" {second} |");
        return text.ReplaceOnce(third0, third0 + $" {third} |");
    }

    private static string Row(string text, string description) =>
        System.Array.Find(text.Split('\n'), line => line.StartsWith("| " + description, System.StringComparison.Ordinal))!;
}
