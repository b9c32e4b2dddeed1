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

    [Theory]
    [InlineData("9999-12-31", "p0_immediate", "9999-12-31")]
    [InlineData("9999-12-31", "p1_this_week", "9999-12-31")]
    [InlineData("9999-12-30", "p2_this_quarter", "9999-12-31")]
    public void ReviewAtTheEndOfTheCalendarIsLintedNotAnException(string reviewDate, string priority, string due)
    {
        var text = "review_date: " + reviewDate + "\ntimeline:\n  - time: 9999-12-29T10:00Z\n    event: e\n    actor: a\n" +
                   "action_items:\n  - description: d\n    owner: o\n    priority: " + priority + "\n    due_date: " + due + "\n";
        var diagnostics = new PirLintEngine().Lint("e.pir.yaml", text, PirLintOptions.Default).Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Id == "PIR104");
        Assert.Contains(diagnostics, d => d.Id == "PIR002");
    }

    [Theory]
    [InlineData("0001-01-01T00:00+01:00")]
    [InlineData("9999-12-31T23:00-02:00")]
    [InlineData("2026-03-15T14:00+14:30")]
    public void TimeOutsideDateTimeOffsetIsPir003NotAnException(string time)
    {
        var text = "timeline:\n  - time: \"" + time + "\"\n    event: e\n    actor: a\n";
        var diagnostics = new PirLintEngine().Lint("t.pir.yaml", text, PirLintOptions.Default).Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == "PIR003" && d.Span.StartLine == 2);
    }

    /// <summary>
    /// Found by the analyzer fuzz: the compiler decodes a file that is not UTF-8 in a fallback encoding (U+FFFD for each
    /// bad byte on Linux, a code page on Windows) and the analyzer took the text as it came.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FileTheCompilerDecodedInAFallbackEncodingIsOneLocatedPir001(bool singleByteFallback)
    {
        // A clean review but for a Latin-1 'é' in its first line, a comment.
        var sample = SeedCorpus.All.Single(s => s.Path == "samples/INC-2026-0317.pir.yaml").Content;
        var content = new byte[] { (byte)'#', (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'\n' }.Concat(sample).ToArray();
        var (diagnostics, exceptions) = RoslynHost.Analyze(new[] { RoslynHost.File("/p/r.pir.yaml", content, singleByteFallback) });
        Assert.Empty(exceptions);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PIR001", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(0, 5), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Contains("UTF-8", diagnostic.GetMessage());

        var (result, _, generatorDiagnostics) = RoslynHost.Generate(new[] { RoslynHost.File("/p/r.pir.yaml", content, singleByteFallback) });
        Assert.Empty(generatorDiagnostics);
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.Contains("PirLint.Review.", StringComparison.Ordinal));
    }
}
