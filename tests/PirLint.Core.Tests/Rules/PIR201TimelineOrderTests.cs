using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR201TimelineOrderTests
{
    [Fact]
    public void EventEarlierThanThePreviousOneIsReportedAtItsTime()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T15:15Z", "time: 2026-03-15T14:20Z"));

        Assert.Equal("PIR201", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(21, d.Span.StartLine);
        Assert.Equal(11, d.Span.StartColumn);
        Assert.Equal(28, d.Span.EndColumn);
        Assert.Contains("line 17", d.Message);
    }

    [Fact]
    public void OffsetsAreTakenIntoAccountWhenOutOfOrder()
    {
        // 16:15+02:00 is 14:15Z, earlier than the 14:30Z event before it.
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T15:15Z", "time: 2026-03-15T16:15+02:00"));

        Assert.Equal("PIR201", diagnostics.Ids());
        Assert.Equal(21, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void OffsetsAreTakenIntoAccountWhenInOrder() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T14:30Z", "time: 2026-03-15T15:30+01:00")));

    [Fact]
    public void EqualTimesAreInOrder() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T14:30Z", "time: 2026-03-15T14:00Z")));
}
