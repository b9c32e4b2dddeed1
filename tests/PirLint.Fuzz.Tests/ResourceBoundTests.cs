using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PirLint.Configuration;
using PirLint.Documents;
using PirLint.Engine;
using Xunit.Abstractions;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// Worst-case bounds on the engine's work: allocation grows linearly with a document's size, memory stays bounded for
/// alias bombs and deep nesting, and no input's depth reaches the stack. Work is counted, not timed: bytes allocated on
/// the test's thread, which do not depend on the machine or its load. How long a 1 MiB review takes is measured by
/// <c>LargeDocumentBenchmarks</c> in tests/PirLint.Benchmarks. The collection runs alone so that the fuzzers' garbage
/// does not land in the measurement.
/// </summary>
[Collection(ResourceBoundTests.Serial)]
public class ResourceBoundTests
{
    public const string Serial = "Resource bounds, run alone";

    private const int Large = PirLimits.MaxBytes - 4096;
    private const int Small = Large / 16;

    private readonly ITestOutputHelper _output;

    public ResourceBoundTests(ITestOutputHelper output) => _output = output;

    public static IEnumerable<object[]> Shapes() => HostileDocuments.LargeShapes.Select(name => new object[] { name });

    [Theory]
    [MemberData(nameof(Shapes))]
    public void WorkIsLinearInTheSizeOfTheDocument(string shape)
    {
        var (smallPath, small) = HostileDocuments.Large(shape, Small);
        var (largePath, large) = HostileDocuments.Large(shape, Large);
        Assert.InRange(large.Length, Large - 8192, PirLimits.MaxBytes);

        var (smallBytes, _) = Measure(smallPath, small);
        var (largeBytes, diagnostics) = Measure(largePath, large);
        _output.WriteLine($"{shape}: {large.Length:N0} bytes, {diagnostics:N0} diagnostics, {largeBytes / 1048576.0:N1} MiB allocated; 1/16 of it {smallBytes / 1048576.0:N2} MiB");

        // 16 times the input: linear work allocates about 16 times as much, quadratic work 256 times.
        Assert.True(largeBytes < 40L * smallBytes, $"{shape}: {largeBytes:N0} bytes allocated for {large.Length:N0} bytes of input, {smallBytes:N0} for {small.Length:N0}");
        // Allocated, not retained: the text as UTF-16, the line map, YamlDotNet's events and the node tree; measured 6-102 MiB.
        Assert.True(largeBytes < 160L * 1024 * 1024, $"{shape}: {largeBytes:N0} bytes allocated");
    }

    public static IEnumerable<object[]> Hostile() => HostileDocuments.Classes.Select(c => new object[] { c.Name });

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileFileIsOneLocatedPir001WithBoundedMemory(string name)
    {
        var hostile = HostileDocuments.Classes.Single(c => c.Name == name);
        var (allocated, _) = Measure(hostile.FileName, hostile.Content);
        var diagnostic = Assert.Single(new PirLintEngine().Lint(hostile.FileName, hostile.Content, PirLintOptions.Default).Diagnostics);
        _output.WriteLine($"{name}: {hostile.Content.Length:N0} bytes, {allocated / 1048576.0:N2} MiB allocated: {diagnostic}");
        Assert.Equal("PIR001", diagnostic.Id);
        Assert.Equal((hostile.Line, hostile.Column), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.True(allocated < 16L * 1024 * 1024, $"{name}: {allocated:N0} bytes allocated");
    }

    [Theory]
    [InlineData("yaml-flow", "a: ", "[", ".pir.yaml")]
    [InlineData("yaml-block-sequence", "a:\n  ", "- ", ".pir.yaml")]
    [InlineData("yaml-flow-mapping", "a: ", "{b: ", ".pir.yaml")]
    [InlineData("markdown-front-matter", "---\na: ", "[", ".pir.md")]
    [InlineData("markdown-quotes", "---\nreview_date: 2026-01-01\n---\n## Action items\n\n", "> ", ".pir.md")]
    [InlineData("markdown-lists", "---\nreview_date: 2026-01-01\n---\n## Action items\n\n", "- ", ".pir.md")]
    [InlineData("markdown-emphasis", "---\nreview_date: 2026-01-01\n---\n## Root causes\n\n- ", "*a ", ".pir.md")]
    [InlineData("markdown-links", "---\nreview_date: 2026-01-01\n---\n## Root causes\n\n- ", "[", ".pir.md")]
    public void HundredThousandLevelsDoNotReachTheStackOfASmallThread(string name, string prefix, string level, string extension)
    {
        var text = prefix + string.Concat(Enumerable.Repeat(level, 100_000)) + "x\n";
        Exception? failure = null;
        int diagnostics = 0;

        // 256 KiB, a quarter of the smallest thread stack a host gives an analyzer: recursion per level would overflow it,
        // which ends the test process (a stack overflow cannot be caught), failing the run.
        var thread = new Thread(() =>
        {
            try
            {
                diagnostics = new PirLintEngine().Lint("deep" + extension, Encoding.UTF8.GetBytes(text), PirLintOptions.Default).Diagnostics.Count;
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.True(diagnostics > 0, name);
    }

    /// <summary>The bytes one lint of a warmed-up engine allocates on this thread (the least of three runs), and its diagnostics.</summary>
    private static (long Allocated, int Diagnostics) Measure(string path, byte[] content)
    {
        var engine = new PirLintEngine();
        engine.Lint(path, content, PirLintOptions.Default);
        var allocated = long.MaxValue;
        var diagnostics = 0;
        for (var run = 0; run < 3; run++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var before = GC.GetAllocatedBytesForCurrentThread();
            diagnostics = engine.Lint(path, content, PirLintOptions.Default).Diagnostics.Count;
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return (allocated, diagnostics);
    }
}

[CollectionDefinition(ResourceBoundTests.Serial, DisableParallelization = true)]
public sealed class ResourceBoundCollection
{
}
