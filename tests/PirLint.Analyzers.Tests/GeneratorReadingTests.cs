using System.IO;
using static PirLint.Analyzers.Tests.GeneratorHarness;

namespace PirLint.Analyzers.Tests;

/// <summary>The generated types follow format v1.1's fields and its Markdown reading: one engine, every host.</summary>
public class GeneratorReadingTests
{
    private const string Review = """
        incident_summary:
          id: INC-2026-0317
          title: Refund agent quoted wrong amounts
          severity: sev2
          category: infrastructure
          duration: about 1 hour 30 minutes
          started_at: 2026-03-15T14:30Z
          resolved_at: 2026-03-15T16:00Z
        summary: >
          A prompt update changed how refunds were computed.
        timeline:
          - time: 2026-03-15T14:00Z
            event: Deployment of the refund prompt
            actor: ci/cd_pipeline
          - time: 2026-03-15T16:15Z
            event: Refunds verified
            actor: engineer-b
        root_causes:
          - The prompt change had no refund tests
        action_items:
          - description: Add refund tests
            owner: priya-natarajan
            priority: p1_this_week
            due_date: 2026-03-25
          - description: Log refund amounts
            owner: engineer-b
            priority: p1_this_week
            due_date: 2026-03-25
          - description: Canary prompt updates
            owner: marco-rossi
            priority: p2_this_quarter
            due_date: 2026-05-29
        review_date: 2026-03-19
        facilitator: sam-lee
        """;

    [Fact]
    public void SummaryStartedAtResolvedAtAndApproximateDurationsAreGenerated()
    {
        const string code = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Describe()
                    {
                        var review = PirCatalog.INC_2026_0317;
                        var summary = review.IncidentSummary;
                        return string.Join("|", review.Summary?.Trim(), summary.StartedAt?.ToString("o"), summary.ResolvedAt?.ToString("o"), summary.Duration);
                    }
                }
            }
            """;
        var (_, output, diagnostics) = Run(new[] { File("/p/r.pir.yaml", Review) }, code);

        Assert.Empty(diagnostics);
        Assert.Equal("A prompt update changed how refunds were computed.|2026-03-15T14:30:00.0000000+00:00|2026-03-15T16:00:00.0000000+00:00|01:30:00",
            Load(output).GetType("Consumer.Probe")!.GetMethod("Describe")!.Invoke(null, null));
    }

    [Fact]
    public void MarkdownSectionsAreReadAsTheEngineReadsThem()
    {
        var markdown = """
            ---
            incident_summary:
              id: INC-2026-0317
              title: Refund agent quoted wrong amounts
              severity: sev2
              category: infrastructure
            review_date: 2026-03-19
            facilitator: sam-lee
            ---

            ## 1. Timeline

            | Time | Event | Actor |
            |---|---|---|
            | 2026-03-15T14:00Z | Deployment of the **refund** prompt | ci/cd_pipeline |

            ### Root causes 🔍

            - The prompt change had no refund tests
              - nor a canary

            ## 2. Action items:

            | Description | Owner | Priority | Due date | Ticket URL |
            |---|---|---|---|---|
            | Add refund tests | priya-natarajan | `p1_this_week` | 2026-03-25 | [AIOPS-412](https://tracker.example.com/browse/AIOPS-412) |
            | Log refund amounts | engineer-b | p1_this_week | 2026-03-25 | |

            A note between the tables.

            | Description | Owner | Priority | Due date | Ticket URL |
            |---|---|---|---|---|
            | Canary prompt updates | marco-rossi | p2_this_quarter | 2026-05-29 | |
            """;
        const string code = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Describe()
                    {
                        var review = PirCatalog.INC_2026_0317;
                        return string.Join("|", review.Timeline[0].Event, review.RootCauses[0].Replace("\n", "/"), review.ActionItems.Count, review.ActionItems[0].Priority, review.ActionItems[0].TicketUrl);
                    }
                }
            }
            """;
        var (_, output, diagnostics) = Run(new[] { File("/p/r.pir.md", markdown) }, code);

        Assert.Empty(diagnostics);
        Assert.Equal("Deployment of the refund prompt|The prompt change had no refund tests/nor a canary|3|P1ThisWeek|https://tracker.example.com/browse/AIOPS-412",
            Load(output).GetType("Consumer.Probe")!.GetMethod("Describe")!.Invoke(null, null));
    }
}
