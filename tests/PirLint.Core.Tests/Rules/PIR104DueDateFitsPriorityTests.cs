using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR104DueDateFitsPriorityTests
{
    // review_date is 2026-03-19: p0 is due by 03-20, p1 by 03-26, p2 by 06-18 (91 days).
    private static string P1DueOn(string date) => Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-25", "due_date: " + date);

    [Fact]
    public void P1DueEightDaysAfterTheReviewIsReported()
    {
        var diagnostics = Lint.Yaml(P1DueOn("2026-03-27"));

        Assert.Equal("PIR104", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(55, d.Span.StartLine);
        Assert.Equal(15, d.Span.StartColumn);
        Assert.Equal(25, d.Span.EndColumn);
        Assert.Contains("2026-03-26", d.Message);
    }

    [Fact]
    public void P1DueExactlySevenDaysAfterTheReviewPasses() => Assert.Empty(Lint.Yaml(P1DueOn("2026-03-26")));

    [Fact]
    public void DueBeforeTheReviewAlwaysFits() => Assert.Empty(Lint.Yaml(P1DueOn("2026-03-18")));

    [Fact]
    public void P0DueTwoDaysAfterTheReviewIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-20", "due_date: 2026-03-21"));

        Assert.Equal("PIR104", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(49, d.Span.StartLine);
        Assert.Equal(15, d.Span.StartColumn);
    }

    [Fact]
    public void P2Due92DaysAfterTheReviewIsReported()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("due_date: 2026-03-31", "due_date: 2026-06-19"));

        Assert.Equal("PIR104", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(60, d.Span.StartLine);
        Assert.Equal(15, d.Span.StartColumn);
        Assert.Contains("due 2026-06-19, 92 days after the review date; p2 items are due within 91 days: set due_date to 2026-06-18 or earlier", d.Message);
    }

    [Fact]
    public void P2Due91DaysAfterTheReviewPasses() => Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.Replace("due_date: 2026-03-31", "due_date: 2026-06-18")));

    /// <summary>A review held late in a quarter gives its p2 items a quarter, not the days left until the quarter ends.</summary>
    [Fact]
    public void P2DueAfterTheReviewDatesQuarterEndPasses() => Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.Replace("due_date: 2026-03-31", "due_date: 2026-04-01")));

    [Fact]
    public void PirlintSeverityKeyRaisesToError()
    {
        var diagnostics = Lint.Yaml(P1DueOn("2026-03-27"), ("pirlint.PIR104.severity", "error"));

        Assert.Equal("PIR104", diagnostics.Ids());
        Assert.Equal(PirSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void DotnetDiagnosticNoneSilencesTheRule() =>
        Assert.Empty(Lint.Yaml(P1DueOn("2026-03-27"), ("dotnet_diagnostic.PIR104.severity", "none")));

    [Fact]
    public void PirlintKeyWinsOverDotnetDiagnostic()
    {
        var diagnostics = Lint.Yaml(P1DueOn("2026-03-27"),
            ("pirlint.PIR104.severity", "error"), ("dotnet_diagnostic.PIR104.severity", "none"));

        Assert.Equal(PirSeverity.Error, Assert.Single(diagnostics).Severity);
    }

    [Fact]
    public void SuggestionIsInfo() =>
        Assert.Equal(PirSeverity.Info, Assert.Single(Lint.Yaml(P1DueOn("2026-03-27"), ("pirlint.PIR104.severity", "suggestion"))).Severity);
}
