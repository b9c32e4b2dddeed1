using System;
using System.IO;
using static PirLint.Analyzers.Tests.GeneratorHarness;

namespace PirLint.Analyzers.Tests;

/// <summary>The types of the format v1.1 <c>ai_agent</c> block and <c>closed_date</c>, generated and read back from the reviews.</summary>
public class AiAgentGeneratorTests
{
    private static string Sample(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(folder.FullName, "PirLint.sln")))
            {
                return System.IO.File.ReadAllText(Path.Combine(folder.FullName, "samples", "reviews", relative));
            }
        }

        throw new DirectoryNotFoundException();
    }

    private const string Usage = """
        using System.Collections.Generic;
        using System.Linq;
        namespace Consumer
        {
            public static class Probe
            {
                public static string Describe(PostIncidentReview review)
                {
                    AiAgent? agent = review.AiAgent;
                    if (agent == null) return "no agent";
                    string name = agent.Name;
                    AgentAutonomy autonomy = agent.Autonomy;
                    IReadOnlyList<AgentModel> models = agent.Models;
                    string? provider = models[0].Provider;
                    string? role = models[0].Role;
                    string? prompt = agent.PromptVersion;
                    string? previous = agent.PreviousPromptVersion;
                    IReadOnlyList<string>? tools = agent.Tools;
                    System.DateTime? closed = review.ActionItems[0].ClosedDate;
                    return string.Join("|", name, autonomy, string.Join(",", models.Select(m => m.Id)), provider, role, prompt, previous,
                        tools?.Count, agent.Guardrails?.Count, agent.Evals == null, agent.Traces?[0], closed?.ToString("yyyy-MM-dd"));
                }

                public static string All() => string.Join(";", PirCatalog.All.Select(Describe));
            }
        }
        """;

    [Fact]
    public void TheAgentBlockIsGeneratedAsTypedClassesAndReadBackFromYamlAndMarkdown()
    {
        var files = new[]
        {
            File("/p/reviews/INC-2026-0317.pir.yaml", Sample("INC-2026-0317.pir.yaml")),
            File("/p/reviews/INC-2026-0317.pir.md", Sample("INC-2026-0317.pir.md")),
        };
        var (_, output, diagnostics) = Run(files, Usage);
        Assert.Empty(diagnostics);
        var probe = Load(output).GetType("Consumer.Probe")!;
        var expected = "customer-support-agent|ActsAutonomously|gpt-4o-2024-08-06|openai|primary|support-refund-policy-v14|support-refund-policy-v13|3|1|True|conv-20260315-1432-7f3a|2026-03-18";
        Assert.Equal(expected + ";" + expected, (string)probe.GetMethod("All")!.Invoke(null, null)!);
    }

    [Fact]
    public void AReviewWithoutTheBlockHasANullAgentAndTheAutonomyEnumHasTheContractsValues()
    {
        var text = Sample("INC-2026-0317.pir.yaml");
        var review = text.Substring(0, text.IndexOf("\nai_agent:", StringComparison.Ordinal) + 1).Replace("category: \"model_behavior\"", "category: \"infrastructure\"");
        var (_, output, diagnostics) = Run(new[] { File("/p/r.pir.yaml", review) }, Usage);
        Assert.Empty(diagnostics);
        var assembly = Load(output);
        Assert.Equal("no agent", (string)assembly.GetType("Consumer.Probe")!.GetMethod("All")!.Invoke(null, null)!);
        Assert.Equal(new[] { "SuggestsOnly", "ActsWithApproval", "ActsAutonomously" }, Enum.GetNames(assembly.GetType("Consumer.AgentAutonomy")!));
        Assert.NotNull(assembly.GetType("Consumer.AgentModel"));
    }
}
