using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

/// <summary>A schema pattern that runs out of time is reported as not checked, never as a mismatch of the value.</summary>
public class PIR003PatternTimeoutTests
{
    [Fact]
    public void APatternThatRunsOutOfTimeIsReportedAsNotCheckedAtTheValue()
    {
        const string BacktrackingPattern = "^(a+)+$";
        var schemaText = SchemaLoader.DefaultText.ReplaceOnce("pattern: ^[A-Z][A-Z0-9]*(-[A-Za-z0-9]+)+$", "pattern: " + BacktrackingPattern);
        var bag = new DiagnosticBag("pir.schema.yaml");
        var schema = SchemaLoader.Load("pir.schema.yaml", schemaText, bag);
        Assert.Empty(bag.Items);
        var id = new string('a', 40) + "!";
        var review = Fixtures.ValidYaml.ReplaceOnce("  id: INC-2026-0317\n", "  id: " + id + "\n");

        var result = new PirLintEngine(schema).Lint("review.pir.yaml", review, PirLintOptions.Default);

        var d = Assert.Single(result.Diagnostics, x => x.Id == "PIR003");
        Assert.Equal("'id' could not be checked against the pattern " + BacktrackingPattern + " within 2 s; simplify the pattern in the schema", d.Message);
    }
}
