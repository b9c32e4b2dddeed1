using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

/// <summary>A schema pattern that runs out of time is reported as not checked, never as a mismatch of the value.</summary>
public class PIR003PatternTimeoutTests
{
    private const string ShippedPattern = "pattern: ^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+$";

    [Fact]
    public void APatternThatRunsOutOfTimeIsReportedAsNotCheckedAtTheValue()
    {
        // \w is outside the automaton's subset, so this pattern runs on Regex, which backtracks on it.
        const string BacktrackingPattern = @"^(\w+)+$";
        var schema = LoadWithIdPattern(BacktrackingPattern);
        Assert.True(schema.Root.FindProperty("incident_summary")!.FindProperty("id")!.PatternMatcher!.UsesRegex);

        var result = LintWithId(schema, new string('a', 40) + "!");

        var d = Assert.Single(result.Diagnostics, x => x.Id == "PIR003");
        Assert.Equal("'id' could not be checked against the pattern " + BacktrackingPattern + " within 2 s; simplify the pattern in the schema", d.Message);
    }

    [Fact]
    public void ABacktrackingPatternInTheSubsetIsCheckedWithoutRunningOutOfTime()
    {
        const string NestedPattern = "^(a+)+$";
        var schema = LoadWithIdPattern(NestedPattern);
        Assert.False(schema.Root.FindProperty("incident_summary")!.FindProperty("id")!.PatternMatcher!.UsesRegex);

        var result = LintWithId(schema, new string('a', 40) + "!");

        var d = Assert.Single(result.Diagnostics, x => x.Id == "PIR003");
        Assert.StartsWith("'id' is '", d.Message);
        Assert.Contains("', which does not match the pattern " + NestedPattern, d.Message);
    }

    private static PirSchema LoadWithIdPattern(string pattern)
    {
        var bag = new DiagnosticBag("pir.schema.yaml");
        var schema = SchemaLoader.Load("pir.schema.yaml", SchemaLoader.DefaultText.ReplaceOnce(ShippedPattern, "pattern: " + pattern), bag);
        Assert.Empty(bag.Items);
        Assert.NotNull(schema);
        return schema;
    }

    private static DocumentResult LintWithId(PirSchema schema, string id)
    {
        var review = Fixtures.ValidYaml.ReplaceOnce("  id: INC-2026-0317\n", "  id: " + id + "\n");
        return new PirLintEngine(schema).Lint("review.pir.yaml", review, PirLintOptions.Default);
    }
}
