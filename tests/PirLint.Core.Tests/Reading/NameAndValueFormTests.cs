using System.Linq;
using static PirLint.Tests.Reading.MarkdownReview;

namespace PirLint.Tests.Reading;

/// <summary>Format v1.1, section 2: names folded by Unicode rules, placeholders by the contract's folding, uri, approximate durations.</summary>
public class NameAndValueFormTests
{
    private static string Owner(string owner) => Fixtures.ValidYaml.Replace("    owner: engineer-b\n", $"    owner: \"{owner}\"\n");

    /// <summary>False negative: placeholders were compared after case folding only.</summary>
    [Theory]
    [InlineData("TBD.")]
    [InlineData("t.b.d.")]
    [InlineData("-")]
    [InlineData("--")]
    [InlineData("N/A")]
    [InlineData("No one")]
    [InlineData("???")]
    [InlineData("Unknown")]
    [InlineData("the SRE team")]
    [InlineData("platform-team")]
    [InlineData("Payments Squad")]
    [InlineData("on-call crew")]
    [InlineData("ML_Group")]
    public void PlaceholderOwnersArePIR101(string owner)
    {
        var diagnostic = Assert.Single(Lint.Yaml(Owner(owner)));

        Assert.Equal("PIR101", diagnostic.Id);
        Assert.Equal(53, diagnostic.Span.StartLine);
    }

    [Theory]
    [InlineData("payments-oncall")]
    [InlineData("Teamwork Lee")]
    [InlineData("Tim Crewe")]
    [InlineData("Allison Grant")]
    [InlineData("Noah Group-Smith")]
    public void PeopleWhoseNamesContainAPlaceholderWordAreOwners(string owner) => Assert.Empty(Lint.Yaml(Owner(owner)));

    [Fact]
    public void ADashInAnOwnerCellIsAPlaceholder()
    {
        var text = Fixtures.ValidMarkdown.Replace("| engineer-b      | p1_this_week", "| -               | p1_this_week");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal("PIR101", diagnostic.Id);
        Assert.Equal(LineOf(text, "| -               | p1_this_week"), diagnostic.Span.StartLine);
    }

    [Fact]
    public void ATeamAsFacilitatorIsPIR302()
    {
        var diagnostic = Assert.Single(Lint.Yaml(Fixtures.ValidYaml.Replace("facilitator: sam-lee", "facilitator: SRE team")));

        Assert.Equal("PIR302", diagnostic.Id);
        Assert.Contains("a group, not one person", diagnostic.Message);
    }

    [Fact]
    public void NamesFoldCaseByUnicodeRules()
    {
        var text = Fixtures.ValidYaml
            .Replace("attendees: [engineer-b, priya-natarajan, marco-rossi]", "attendees: [engineer-b, priya-natarajan, marco-rossi, MEHMET YILMAZ]")
            .Replace("  - No canary deployment for prompt updates", "  - Mehmet Yılmaz approved the prompt without a canary");
        var diagnostic = Assert.Single(Lint.Yaml(text));

        Assert.Equal("PIR401", diagnostic.Id);
        Assert.Contains("'Mehmet Yılmaz'", diagnostic.Message);
    }

    [Fact]
    public void AFacilitatorNamedWithOtherCaseAsAnActorIsInvolved()
    {
        var text = Fixtures.ValidYaml.Replace("facilitator: sam-lee", "facilitator: Ayşe Kaya").Replace("    actor: customer", "    actor: AYŞE KAYA");

        Assert.Equal("PIR301", Lint.Yaml(text).Ids());
    }

    [Theory]
    [InlineData("The on-call should’ve paged the model owner")]
    [InlineData("The on-call shouldʼve paged the model owner")]
    [InlineData("The on-call should‘ve paged the model owner")]
    public void TypographicApostrophesAreApostrophesInBlamePhrases(string factor)
    {
        var text = Fixtures.ValidYaml.Replace("  - No canary deployment for prompt updates", "  - " + factor);
        var diagnostic = Assert.Single(Lint.Yaml(text));

        Assert.Equal("PIR401", diagnostic.Id);
        Assert.Equal((17, 26), (diagnostic.Span.StartColumn, diagnostic.Span.EndColumn));
    }

    [Fact]
    public void TypographicApostrophesAreApostrophesInNames()
    {
        var text = Fixtures.ValidYaml
            .Replace("attendees: [engineer-b, priya-natarajan, marco-rossi]", "attendees: [engineer-b, priya-natarajan, marco-rossi, \"Dana O'Brien\"]")
            .Replace("  - No canary deployment for prompt updates", "  - Dana O’Brien merged the prompt without a canary");

        Assert.Equal("PIR401", Assert.Single(Lint.Yaml(text)).Id);
    }

    /// <summary>False negative: ticket_url accepted text after the URL, spaces and angle brackets.</summary>
    [Theory]
    [InlineData("https://tracker.example.com/OPS-311 (split into 311a)")]
    [InlineData("https://tracker.example.com/OPS 311")]
    [InlineData("<https://tracker.example.com/OPS-311>")]
    [InlineData("https://tracker.example.com/OPS-311>")]
    [InlineData("https://tracker.example.com/\\\"OPS-311\\\"")]
    [InlineData("ftp://tracker.example.com/OPS-311")]
    [InlineData("tracker.example.com/OPS-311")]
    public void TicketUrlIsOneAbsoluteHttpUriAndNothingElse(string url)
    {
        var diagnostic = Assert.Single(Lint.Yaml(Fixtures.ValidYaml.Replace("ticket_url: https://tracker.example.com/browse/AIOPS-412", $"ticket_url: \"{url}\"")));

        Assert.Equal("PIR003", diagnostic.Id);
        Assert.Equal(51, diagnostic.Span.StartLine);
    }

    [Theory]
    [InlineData("https://tracker.example.com/browse/AIOPS-412?focus=comments#c-12")]
    [InlineData("http://jira.internal:8080/browse/OPS-311")]
    [InlineData("https://tracker.example.com/issues/%E2%9C%93")]
    public void WellFormedTicketUrlsPass(string url) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.Replace("ticket_url: https://tracker.example.com/browse/AIOPS-412", $"ticket_url: \"{url}\"")));

    [Theory]
    [InlineData("about 2 hours 15 minutes")]
    [InlineData("approximately 2h15m")]
    [InlineData("~2h15m")]
    [InlineData("~ 2 hours 15 minutes")]
    [InlineData("roughly PT2H15M")]
    public void ApproximateDurationsAreReadAsTheirNumber(string duration) =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.Replace("duration: 2 hours 15 minutes", $"duration: \"{duration}\"")));

    [Theory]
    [InlineData("about 45 minutes", "PIR203")]
    [InlineData("about two hours", "PIR003")]
    [InlineData("about", "PIR003")]
    [InlineData("~", "PIR003")]
    public void ApproximateDurationsAreStillChecked(string duration, string id) =>
        Assert.Equal(id, Lint.Yaml(Fixtures.ValidYaml.Replace("duration: 2 hours 15 minutes", $"duration: \"{duration}\"")).Ids());
}
