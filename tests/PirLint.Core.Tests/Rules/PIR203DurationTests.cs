using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR203DurationTests
{
    // The timeline spans 14:00Z to 16:15Z, 2 hours 15 minutes: the tolerance is 15 minutes.
    private static string WithDuration(string duration) =>
        Fixtures.ValidYaml.ReplaceOnce("duration: 2 hours 15 minutes", "duration: " + duration);

    [Fact]
    public void DetectionDelayWrittenAsDurationIsReported()
    {
        var diagnostics = Lint.Yaml(WithDuration("45 minutes"));

        Assert.Equal("PIR203", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Warning, d.Severity);
        Assert.Equal(6, d.Span.StartLine);
        Assert.Equal(13, d.Span.StartColumn);
        Assert.Equal(23, d.Span.EndColumn);
        Assert.Contains("2 hours 15 minutes", d.Message);
    }

    [Theory]
    [InlineData("2 hours 30 minutes")]
    [InlineData("2 hours")]
    [InlineData("PT2H30M")]
    public void OffByExactlyFifteenMinutesPasses(string duration) => Assert.Empty(Lint.Yaml(WithDuration(duration)));

    [Theory]
    [InlineData("2 hours 31 minutes")]
    [InlineData("1h59m")]
    public void OffBySixteenMinutesIsReported(string duration)
    {
        var diagnostics = Lint.Yaml(WithDuration(duration));

        Assert.Equal("PIR203", diagnostics.Ids());
        Assert.Equal(6, Assert.Single(diagnostics).Span.StartLine);
    }

    [Fact]
    public void TenPercentToleranceAppliesToLongSpans()
    {
        // 14:00Z to 20:00Z is 6 hours: the tolerance is 36 minutes.
        var longer = Fixtures.ValidYaml.ReplaceOnce("time: 2026-03-15T16:15Z", "time: 2026-03-15T20:00Z");

        Assert.Empty(Lint.Yaml(longer.ReplaceOnce("duration: 2 hours 15 minutes", "duration: 6 hours 36 minutes")));
        var diagnostics = Lint.Yaml(longer.ReplaceOnce("duration: 2 hours 15 minutes", "duration: 6 hours 37 minutes"));
        Assert.Equal("PIR203", diagnostics.Ids());
        Assert.Contains("6 hours", Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void MissingDurationPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("  duration: 2 hours 15 minutes\n", "")));
}
