using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR105DueDateBeforeIncidentTests
{
    [Fact]
    public void DueTheDayBeforeTheFirstEventIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-20", "due_date: 2026-03-14"));

        Assert.Equal("PIR105", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(49, d.Span.StartLine);
        Assert.Equal(15, d.Span.StartColumn);
        Assert.Equal(25, d.Span.EndColumn);
    }

    [Fact]
    public void WrongYearIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: 2025-03-25"));

        Assert.Equal("PIR105", diagnostics.Ids());
        Assert.Equal(55, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void DueOnTheDayOfTheFirstEventPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-20", "due_date: 2026-03-15")));
}
