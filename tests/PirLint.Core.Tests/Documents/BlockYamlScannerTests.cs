using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.Documents;
using PirLint.Documents.Yaml;
using PirLint.TestSupport;

namespace PirLint.Tests.Documents;

/// <summary>
/// The scanner must give exactly YamlDotNet's events (kinds, offsets, values, styles) for every text it reads, and
/// leave to YamlDotNet every text outside its subset.
/// </summary>
public class BlockYamlScannerTests
{
    private static void AssertScannedLikeYamlDotNet(string yaml)
    {
        var problem = ScannerReference.Disagreement(yaml, out var scanned);
        Assert.True(scanned, "the scanner should read this text itself: " + yaml);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("a: 1\n")]
    [InlineData("a: 1")]
    [InlineData("a: 1\n\n\n")]
    [InlineData("a: 1  \n")]
    [InlineData("a: 1  ")]
    [InlineData("a: 1 # note\nb: two words  # note\n")]
    [InlineData("# leading comment\n\na: 1\n")]
    [InlineData("  a: 1\n  b: 2\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("---\r\na: 1\r\nb: \"q\"  \r\n")]
    [InlineData("a:\n  b: \"x\"\n  c:\n  - p\n  - q: 1\n    r: 2\n# c\n\ne: [ \"u\", v ]\nf:\n")]
    [InlineData("a:\n  - x  # c\n  -\n  - y\nb:   v w  \nc:\n  -\n    k: 1\n# end")]
    [InlineData("a:\n")]
    [InlineData("a:\nb:\n")]
    [InlineData("a: # only a comment\nb: 1\n")]
    [InlineData("key  : spaced key\n")]
    [InlineData("a: 'it''s'\nb: 'x'\nc: \"C# and #1\"\nd: C#\ne: http://example.com/a:b\n")]
    [InlineData("a: []\nb: [ ]\nc: [x]\nd: [ 'a b' , \"c\",d e ]\n")]
    [InlineData("timeline:\n  - time: \"2024-01-08T16:57+02:00\"\n    event: \"Campaign starts\"\n  - time: 2024-01-08T17:00+02:00\n    event: p95 latency\nreview_date: 2024-01-12\n")]
    [InlineData("a:\n- x\n- y\nb:\n- c: 1\n  d: 2\n- e\n")]
    [InlineData("a:\n  b:\n    c:\n      d: 1\n  e: 2\nf: 3\n")]
    [InlineData("a:\n  - b:\n    - 1\n    - 2\n    c: 3\n")]
    [InlineData("a:\n  -\n    - nested\n  - after\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("a: Use \"quotes\" [here] {and} here, too\n")]
    [InlineData("a: Zoë Søren Łukasz 東京\n")]
    [InlineData("a: 1\n  # deeper comment ends nothing\nb: 2\n")]
    [InlineData("a:\n  -")]
    [InlineData("a:\n-")]
    [InlineData("a:\n  - x\n  -   \n")]
    [InlineData("a:\r\n  - x\r\n  - y: 1\r\n    z:\r\n\r\nb: [a]\r\n")]
    [InlineData("a: 1\n  \n   ")]
    [InlineData("a:\n  b: 1\n# trailing\n  # indented trailing\n")]
    [InlineData("a:\n  b: 1\n\n  c: 2\n")]
    [InlineData("a: x\n  # comment\nb: y\n")]
    public void ReadsTheBlockSubsetWithYamlDotNetsEvents(string yaml)
    {
        AssertScannedLikeYamlDotNet(yaml);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("a: \"esc\\\"aped\"\n")]
    [InlineData("a: \"open\n  quote\"\n")]
    [InlineData("a: plain\n  continued\n")]
    [InlineData("a: {b: 1}\n")]
    [InlineData("a: [x,\n  y]\n")]
    [InlineData("a: [x, [y]]\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 1\rb: 2\n")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("- x\n- y\n")]
    [InlineData("just a value\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("\"quoted key\": 1\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: -1\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("a: x\n  # comment\n  continued\n")]
    [InlineData("a:\n    b: 1\n  c: 2\n")]
    [InlineData("a: x\u2028b: y\n")]
    [InlineData("a: \uFEFFx\n")]
    public void LeavesEverythingElseToYamlDotNet(string yaml)
    {
        Assert.False(BlockYamlScanner.TryScan(yaml, new List<YamlEvent>()));
    }

    [Fact]
    public void ReadsEveryCorpusDocumentAndFrontMatterLikeYamlDotNet() => CorpusTests.WithCorpus(300, CorpusSpec.V1_1, ReadsEveryDocumentLikeYamlDotNet);

    [FactRequiring(PrerequisiteReason.SharedCorpus)]
    public void ReadsEverySharedCorpusDocumentAndFrontMatterLikeYamlDotNet() => CorpusTests.WithSharedCorpus(300, ReadsEveryDocumentLikeYamlDotNet);

    private static void ReadsEveryDocumentLikeYamlDotNet(string corpus)
    {
        var paths = Directory.GetFiles(corpus, "*.pir.*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal);
        ScannerReference.AssertAllScannedAlike(paths, path =>
        {
            var text = File.ReadAllText(path).TrimStart('\uFEFF');
            var problem = ScannerReference.Disagreement(path.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter(text) : text, out var scanned);
            return (scanned, problem);
        }, "YamlDotNet");
    }

    /// <summary>The YAML the Markdown reader hands the tree builder: the text up to the closing <c>---</c> line.</summary>
    private static string FrontMatter(string text)
    {
        var close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return text.Substring(0, close + 1);
    }

    /// <summary>The shipped schema is read on every start (CLI, build, IDE): the scanner reads it, so YamlDotNet's parser is never compiled for it.</summary>
    [Fact]
    public void ReadsTheShippedSchema()
    {
        using var stream = typeof(PirLint.Schema.PirSchema).Assembly.GetManifestResourceStream("PirLint.pir.schema.yaml")!;
        using var reader = new StreamReader(stream);
        AssertScannedLikeYamlDotNet(reader.ReadToEnd().TrimStart('\uFEFF'));
    }
}
