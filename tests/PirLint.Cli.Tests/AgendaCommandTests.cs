using System.Linq;
using System.Text.RegularExpressions;

namespace PirLint.Cli.Tests;

/// <summary><c>pirlint agenda</c>: the article's blameless review meeting, filled in from the review.</summary>
public class AgendaCommandTests
{
    [Fact]
    public void TheAgendaHasTheArticlesTimingsTheTimelineTheFourLayersAndTheActionItemTable()
    {
        var result = CliRunner.Run(Repository.Root, "agenda", "samples/reviews/INC-2026-0317.pir.yaml");
        Assert.Equal(0, result.ExitCode);
        var text = result.Stdout;
        Assert.StartsWith("# Blameless post-incident review: INC-2026-0317\n\nCustomer support agent provided incorrect refund amounts (sev2, model_behavior)\n", text);
        Assert.Contains("- Meeting: 2026-03-19, 60 minutes\n- Facilitator: sam-lee (not involved in the incident)\n", text);
        Assert.Equal(
            new[] { "0:00-0:05  Set the tone (5 min)", "0:05-0:20  Timeline walkthrough (15 min)", "0:20-0:35  Root cause analysis (15 min)",
                    "0:35-0:40  What went well (5 min)", "0:40-0:50  What could be improved (10 min)", "0:50-1:00  Action items and owners (10 min)" },
            Regex.Matches(text, "(?m)^## (.*)$").Select(m => m.Groups[1].Value));
        Assert.Contains("| 2026-03-15T15:15Z | Customer reports incorrect refund amount via support ticket | customer | zendesk |  |\n", text);
        Assert.Contains("1. **Immediate trigger**: What change or event triggered the incident?\n", text);
        Assert.Contains("4. **Systemic factor**: What organizational or architectural pattern allows this failure class?\n", text);
        Assert.Contains("| 5 | Monitor agent output quality", text);
        Assert.Contains("We are investigating the system, not judging individuals.", text);
    }

    [Fact]
    public void AnInvolvedFacilitatorIsPointedOutAndEmptyRowsAreLeftToFill()
    {
        var result = CliRunner.Run(Repository.Root, "agenda", "samples/reviews/broken/INC-2026-0412.pir.yaml");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("- Facilitator: Dana Okafor; note: they are an actor of the timeline (line 45), so they were involved", result.Stdout);
        Assert.Contains("| 3 |  |  |  |  |  |\n| 4 |  |  |  |  |  |\n| 5 |  |  |  |  |  |\n", result.Stdout);
    }

    [Fact]
    public void ANewReviewGivesAnAgendaToBuildTheTimelineTogether()
    {
        using var folder = new TempFolder();
        CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0042", "--today", "2026-05-11");
        var result = CliRunner.Run(folder.Path, "agenda", "INC-2026-0042.pir.yaml");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("- Facilitator: TBD", result.Stdout);
        Assert.Contains("| 1 |  | TBD |  |  |  |", result.Stdout);
    }
}
