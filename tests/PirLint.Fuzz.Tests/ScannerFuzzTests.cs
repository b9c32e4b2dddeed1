using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using PirLint.Documents.Yaml;
using PirLint.Tests.Documents;
using Xunit.Abstractions;

namespace PirLint.Fuzz.Tests;

public class ScannerFuzzTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ITestOutputHelper _output;

    public ScannerFuzzTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// PIRLINT_FUZZ_CASES mutated documents (the YAML file, or a Markdown file's front matter): wherever the block
    /// scanner reads a text itself, its events equal YamlDotNet's, and it never reads a text YamlDotNet rejects.
    /// The seeds hold block scalars, so some texts the scanner reads must hold one.
    /// </summary>
    [Fact]
    public void MutatedDocumentsScanLikeYamlDotNet()
    {
        var withBlockScalars = 0;
        var events = new YamlEventList();
        RunDifferential("scanner", harness: 5, typeof(YamlDotNet.Core.Parser), (path, content) =>
        {
            if (YamlOf(path, content) is not { } yaml)
            {
                return null;
            }

            var problem = ScannerReference.Disagreement(yaml, out var scanned);
            if (scanned && BlockYamlScanner.TryScan(yaml, events) && Array.Exists(events.ToArray(), e => e.Kind == YamlEventKind.Scalar && e.Quoted && !e.InQuotes))
            {
                withBlockScalars++;
            }

            return (scanned, problem);
        });
        _output.WriteLine($"scanner: {withBlockScalars} texts read by the scanner held a block scalar");
        Assert.True(FuzzSettings.OnlyCase != null || withBlockScalars > 0, "the mutations should give block scalars the scanner reads");
    }

    /// <summary>
    /// PIRLINT_FUZZ_CASES short texts built around one block scalar (<see cref="BlockScalarTexts"/>): wherever the block
    /// scanner reads one itself, its events equal YamlDotNet's; it reads some and leaves others.
    /// </summary>
    [Fact]
    public void GeneratedBlockScalarsScanLikeYamlDotNet()
    {
        var (first, count) = FuzzSettings.Range;
        _output.WriteLine($"block scalars: cases {first} to {first + count - 1} of seed {FuzzSettings.Seed}");
        var failures = new List<string>();
        var text = new StringBuilder();
        var scanned = 0;
        var rejected = 0;
        for (var n = first; n < first + count && failures.Count < 10; n++)
        {
            var yaml = BlockScalarTexts.Next(FuzzSettings.CaseRandom(FuzzSettings.Seed, n, harness: 9), text);
            var problem = ScannerReference.Disagreement(yaml, out var read);
            scanned += read ? 1 : 0;
            rejected += !read && ScannerReference.YamlDotNetEvents(yaml) == null ? 1 : 0;
            if (problem != null)
            {
                failures.Add(FuzzSettings.Describe("block scalars", n, "case.yaml", Encoding.UTF8.GetBytes(yaml)) + ": " + problem);
            }
        }

        _output.WriteLine($"block scalars: {scanned} texts read by the scanner, {count - scanned} left to YamlDotNet, which rejects {rejected} of them");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(FuzzSettings.OnlyCase != null || (scanned > 0 && scanned < count), $"the texts should be of both kinds: {scanned} of {count} scanned");
    }

    /// <summary>
    /// PIRLINT_FUZZ_CASES mutated Markdown reviews: wherever the Markdown block scanner reads a body itself, its blocks
    /// equal those the reader takes from Markdig's syntax tree.
    /// </summary>
    [Fact]
    public void MutatedMarkdownScansLikeMarkdig() =>
        RunDifferential("markdown scanner", harness: 6, typeof(Markdig.Markdown), (path, content) =>
        {
            if (!path.EndsWith(".md", StringComparison.Ordinal) || Decode(content) is not { } text || MarkdownReference.BodyStart(text) is var bodyStart && bodyStart < 0)
            {
                return null;
            }

            var problem = MarkdownReference.Disagreement(text, bodyStart, out var scanned);
            return (scanned, problem);
        });

    /// <summary>
    /// PIRLINT_FUZZ_CASES short bodies of random lines (bullets at every indent under each other, HTML comment lines and
    /// near misses, table lines with code spans, paragraphs, headings, blank lines): wherever the Markdown scanner reads
    /// one itself, its blocks equal those from Markdig's syntax tree.
    /// </summary>
    [Fact]
    public void RandomLinesScanLikeMarkdig()
    {
        var (first, count) = FuzzSettings.Range;
        var failures = new List<string>();
        var scanned = 0;
        for (var n = first; n < first + count && failures.Count < 10; n++)
        {
            var text = MarkdownLines.Body(FuzzSettings.CaseRandom(FuzzSettings.Seed, n, harness: 7));
            if (MarkdownReference.Disagreement(text, 0, out var read) is { } problem)
            {
                failures.Add(FuzzSettings.Describe("markdown lines", n, "/fuzz/lines.md", Encoding.UTF8.GetBytes(text)) + ": " + problem);
            }

            scanned += read ? 1 : 0;
        }

        _output.WriteLine($"markdown lines: {scanned} of {count} bodies read by the scanner, the rest left to Markdig");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(FuzzSettings.OnlyCase != null || (scanned > count / 10 && scanned < count), $"the bodies should be of both kinds: {scanned} of {count} scanned");
    }

    /// <summary>The seeds written as people write Markdown are read by the scanner itself, so their mutations test it.</summary>
    [Fact]
    public void MarkdownSeedsAsWrittenAreReadByTheScanner()
    {
        var seeds = SeedCorpus.All.Where(s => s.Path.StartsWith("seeds/as-written", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, seeds.Count);
        foreach (var seed in seeds)
        {
            var text = Decode(seed.Content)!;
            Assert.Null(MarkdownReference.Disagreement(text, MarkdownReference.BodyStart(text), out var scanned));
            Assert.True(scanned, seed.Path + " should be read by the Markdown scanner");
        }
    }

    /// <summary>
    /// Mutations of <paramref name="harness"/> through <paramref name="compare"/> (null for a case it does not apply to):
    /// no disagreement, and both texts the scanner reads and texts it leaves to the library of <paramref name="reference"/>,
    /// whose version the output names (an upgrade of the library re-runs this at 1,000,000 cases).
    /// </summary>
    private void RunDifferential(string name, int harness, Type reference, Func<string, byte[], (bool Scanned, string? Problem)?> compare)
    {
        var referenceName = reference.Assembly.GetName().Name;
        _output.WriteLine($"{name}: compared against {referenceName} {VersionOf(reference.Assembly)}, cases {FuzzSettings.Range.First} to {FuzzSettings.Range.First + FuzzSettings.Range.Count - 1} of seed {FuzzSettings.Seed}");
        var seeds = SeedCorpus.All;
        var failures = new List<string>();
        var (first, count) = FuzzSettings.Range;
        var scanned = 0;
        var left = 0;
        for (var n = first; n < first + count && failures.Count < 10; n++)
        {
            var (path, content) = Mutator.Next(FuzzSettings.CaseRandom(FuzzSettings.Seed, n, harness), seeds, n);
            if (compare(path, content) is not { } outcome)
            {
                continue;
            }

            if (outcome.Scanned)
            {
                scanned++;
            }
            else
            {
                left++;
            }

            if (outcome.Problem != null)
            {
                failures.Add(FuzzSettings.Describe(name, n, path, content) + ": " + outcome.Problem);
            }
        }

        _output.WriteLine($"{name}: {scanned} texts read by the scanner, {left} left to {referenceName}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(FuzzSettings.OnlyCase != null || (scanned > 0 && left > 0), $"the mutations should give texts of both kinds: {scanned} scanned, {left} left");
    }

    private static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "(no version)";

    private static string? Decode(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The YAML the tree builder would read: the whole YAML file, or a Markdown file up to its closing front matter fence.</summary>
    private static string? YamlOf(string path, byte[] content)
    {
        if (Decode(content) is not { } text)
        {
            return null;
        }

        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            return text;
        }

        var close = text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        return close < 0 ? null : text.Substring(0, close + 1);
    }
}
