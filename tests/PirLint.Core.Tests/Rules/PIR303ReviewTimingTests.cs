using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR303ReviewTimingTests
{
    // The last event is on Sunday 2026-03-15; the due dates are moved so that PIR104 stays quiet.
    private static string ReviewedOn(string date, string p0Due = "2026-03-20", string p1Due = "2026-03-25") =>
        Fixtures.ValidYaml
            .ReplaceOnce("review_date: 2026-03-19", "review_date: " + date)
            .ReplaceOnce("due_date: 2026-03-20", "due_date: " + p0Due)
            .ReplaceOnce("due_date: 2026-03-25", "due_date: " + p1Due);

    [Fact]
    public void ReviewOnTheDayOfTheIncidentIsAWarning()
    {
        var diagnostics = Lint.Yaml(ReviewedOn("2026-03-15", "2026-03-16", "2026-03-22"));

        Assert.Equal("PIR303", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Equal(24, d.Span.EndColumn);
        Assert.Contains("on the day of", d.Message);
    }

    [Fact]
    public void ReviewBeforeTheLastEventIsAWarning()
    {
        var diagnostics = Lint.Yaml(ReviewedOn("2026-03-14", "2026-03-15", "2026-03-21"));

        Assert.Equal("PIR303", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Contains("before", d.Message);
    }

    [Fact]
    public void ReviewSixBusinessDaysAfterIsInfo()
    {
        // Mon 16 .. Fri 20 are 5 business days; Mon 23 is the sixth.
        var diagnostics = Lint.Yaml(ReviewedOn("2026-03-23"));

        Assert.Equal("PIR303", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Info, d.Severity);
        Assert.Equal(62, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Contains("6 business days", d.Message);
    }

    [Theory]
    [InlineData("2026-03-20")]
    [InlineData("2026-03-22")]
    public void ReviewFiveBusinessDaysAfterPasses(string date) => Assert.Empty(Lint.Yaml(ReviewedOn(date)));

    [Fact]
    public void ReviewTheNextDayPasses() =>
        Assert.Empty(Lint.Yaml(ReviewedOn("2026-03-16", "2026-03-17", "2026-03-23")));

    [Fact]
    public void SeverityOverrideAppliesToTheInfoLevel()
    {
        var diagnostics = Lint.Yaml(ReviewedOn("2026-03-23"), ("pirlint.PIR303.severity", "error"));

        Assert.Equal(PirSeverity.Error, Assert.Single(diagnostics).Severity);
        Assert.Empty(Lint.Yaml(ReviewedOn("2026-03-23"), ("pirlint.PIR303.severity", "none")));
    }

    [Fact]
    public void TheLastEventsDateIsTakenInItsOwnOffset()
    {
        // 2026-03-16T01:15+09:00 is the same instant as 16:15Z on the 15th, but its own date is the 16th.
        var text = ReviewedOn("2026-03-16", "2026-03-17", "2026-03-23").ReplaceOnce("time: 2026-03-15T16:15Z", "time: 2026-03-16T01:15+09:00");
        var diagnostics = Lint.Yaml(text);

        Assert.Equal("PIR303", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Contains("on the day of", d.Message);
    }
}
