namespace PirLint.Tests.Reading;

/// <summary>Format v1.1: PIR203 against <c>started_at</c>/<c>resolved_at</c>, a top-level <c>summary</c>, and PIR104's 91 days.</summary>
public class ImpactWindowTests
{
    // The fixture's timeline runs 14:00 to 16:15 (2 h 15 min); users were hit from 14:30 to 16:00 (1 h 30 min).
    private static string Window(string duration, string started = "2026-03-15T14:30Z", string resolved = "2026-03-15T16:00Z") =>
        Fixtures.ValidYaml.Replace("  duration: 2 hours 15 minutes\n", $"  duration: {duration}\n  started_at: {started}\n  resolved_at: {resolved}\n");

    [Fact]
    public void DurationIsComparedWithTheImpactWindowWhenBothEndsAreGiven() => Assert.Empty(Lint.Yaml(Window("1 hour 30 minutes")));

    [Fact]
    public void ADurationThatFitsOnlyTheTimelineDisagreesWithTheWindow()
    {
        var diagnostic = Assert.Single(Lint.Yaml(Window("2 hours 15 minutes")));

        Assert.Equal("PIR203", diagnostic.Id);
        Assert.Equal(6, diagnostic.Span.StartLine);
        Assert.Contains("the impact window, which is 1 hour 30 minutes from started_at to resolved_at; write 1 hour 30 minutes", diagnostic.Message);
    }

    [Fact]
    public void WithOnlyOneEndTheTimelineIsTheWindow()
    {
        var text = Fixtures.ValidYaml.Replace("  duration: 2 hours 15 minutes\n", "  duration: 1 hour 30 minutes\n  started_at: 2026-03-15T14:30Z\n");
        var diagnostic = Assert.Single(Lint.Yaml(text));

        Assert.Equal("PIR203", diagnostic.Id);
        Assert.Contains("the timeline, which spans 2 hours 15 minutes", diagnostic.Message);
    }

    [Fact]
    public void StartedAfterResolvedIsPIR203AtStartedAt()
    {
        var diagnostic = Assert.Single(Lint.Yaml(Window("1 hour 30 minutes", started: "2026-03-15T16:30Z")));

        Assert.Equal("PIR203", diagnostic.Id);
        Assert.Equal(7, diagnostic.Span.StartLine);
        Assert.Contains("started_at (2026-03-15T16:30Z) is after resolved_at", diagnostic.Message);
    }

    [Fact]
    public void StartedAtMustBeADateTime()
    {
        var diagnostic = Assert.Single(Lint.Yaml(Window("2 hours 15 minutes", started: "half past two")));

        Assert.Equal("PIR003", diagnostic.Id);
        Assert.Equal(7, diagnostic.Span.StartLine);
    }

    [Fact]
    public void ATopLevelSummaryIsAField()
    {
        var text = Fixtures.ValidYaml + "\nsummary: >\n  A prompt update changed how refunds were computed; the agent quoted\n  wrong amounts for 90 minutes until the prompt was rolled back.\n";

        Assert.Empty(Lint.Yaml(text));
        Assert.Equal("PIR003", Lint.Yaml(Fixtures.ValidYaml + "\nsummary: [a, b]\n").Ids());
    }
}
