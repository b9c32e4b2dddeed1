using System;
using System.Collections.Generic;
using System.Linq;
using PirLint.Configuration;
using PirLint.Engine;

namespace PirLint.Fuzz.Tests;

/// <summary>Each input that once broke a fuzz property (regressions/), through the engine, the analyzer and the generator.</summary>
public class RegressionTests
{
    public static IEnumerable<object[]> Files() => SeedCorpus.Regressions().Select(r => new object[] { r.Path });

    [Theory]
    [MemberData(nameof(Files))]
    public void RegressionCaseKeepsEveryProperty(string name)
    {
        var document = SeedCorpus.Regressions().Single(r => r.Path == name);
        Assert.Null(EngineProperties.Check(new PirLintEngine(), document.Path, document.Content));
        foreach (var singleByte in new[] { true, false })
        {
            var fuzzCase = new FuzzCase(0, "/fuzz/" + document.Path, document.Content, RoslynHost.File("/fuzz/" + document.Path, document.Content, singleByte));
            Assert.Empty(RoslynFuzzTests.AnalyzerProblems(new[] { fuzzCase }));
            Assert.Empty(RoslynFuzzTests.GeneratorProblems(new[] { fuzzCase }, new HashSet<string>()));
        }
    }

    [Theory]
    [InlineData("PT999999999H")]
    [InlineData("99999999999 days")]
    [InlineData("P99999999999999W")]
    public void DurationLongerThanATimeSpanIsPir003NotAnException(string duration)
    {
        var text = "incident_summary:\n  duration: \"" + duration + "\"\n";
        var diagnostics = new PirLintEngine().Lint("d.pir.yaml", text, PirLintOptions.Default).Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == "PIR003" && d.Span.StartLine == 2);
    }

    [Fact]
    public void BadByteAfterTwoBomsIsLocatedInTheTextTheOtherDiagnosticsUse()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, (byte)'a', (byte)':', (byte)' ', 0xFF };
        var diagnostic = Assert.Single(new PirLintEngine().Lint("b.pir.yaml", bytes, PirLintOptions.Default).Diagnostics);
        Assert.Equal((3, 3, 1, 4), (diagnostic.Span.Start, diagnostic.Span.End, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }
}
