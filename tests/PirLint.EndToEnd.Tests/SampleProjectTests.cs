using System;
using System.IO;
using PirLint.TestSupport;

namespace PirLint.EndToEnd.Tests;

public class SampleProjectTests
{
    [Fact]
    public void AcmeIncidentsPrintsTheOpenActionItemsByOwnerFromTheGeneratedCatalog()
    {
        var root = TestPaths.RepositoryRoot;

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var program = Path.Combine(root, "samples", "Acme.Incidents", "bin", configuration, "net10.0", "Acme.Incidents.dll");
        var result = DotnetRunner.Run(root, Path.Combine(Path.GetTempPath(), "pirlint-unused-packages"), program);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Replace("\r\n", "\n").TrimEnd().Split('\n');
        Assert.Equal("2 reviews, open action items by owner:", lines[0]);
        Assert.Equal("jonas-berg", lines[1]);
        Assert.StartsWith("  2026-04-21 P1ThisWeek    InProgress INC-2026-0412 (order-agent-2026-04-r1): Subscribe", lines[2]);
        Assert.Equal(new[] { "jonas-berg", "li-wei", "marco-rossi", "mei-tanaka" }, Array.FindAll(lines, l => !l.StartsWith(" ", StringComparison.Ordinal) && !l.Contains(':')));

        // For each AI-agent review: its models (ai_agent, format v1.1) and whether an action item adds an eval.
        var agents = Array.IndexOf(lines, "AI-agent reviews:");
        Assert.Equal(
            new[]
            {
                "  INC-2026-0317 customer-support-agent (ActsAutonomously) models gpt-4o-2024-08-06; eval added: yes",
                "  INC-2026-0412 order-status-agent (ActsAutonomously) models claude-3-5-haiku-20241022, text-embedding-3-small; eval added: yes",
            },
            lines[(agents + 1)..]);
    }
}
