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
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >\n  text\n")]
    [InlineData("summary: >\n  This review covers the sev3 incident of 17 January 2024. The HR policy assistant behaved\n  incorrectly for 14 h 31 min before mitigation.\nnotes: |\n  line one\n  line two\n")]
    [InlineData("a: >-\n  one\n  two\nb: 1\n")]
    [InlineData("a: >+\n  one\n  two\n\n\nb: 1\n")]
    [InlineData("a: |-\n  one\n  two\n\n\nb: 1\n")]
    [InlineData("a: |+\n  one\n  two\n\n\nb: 1\n")]
    [InlineData("a: |\n  one\n  two\n\n\nb: 1\n")]
    [InlineData("a: >\n  one\n  two\n\n  \n \nb: 1\n")]
    [InlineData("a: |+\n  one\n\n  \n")]
    [InlineData("a: >\n  one\n\n  two\n\n\n  three\n  four\n")]
    [InlineData("a: |\n  one\n\n  two\n\n\n  three\n")]
    [InlineData("a: |\n  def f():\n      return 1\n\n    # nested\n  end\n")]
    [InlineData("a: >\n  folded\n    more indented\n    still\n  back\n  again\n\n    deep after blank\n  last\n")]
    [InlineData("a: >\n  one\n     \n  two\n")]
    [InlineData("a: |\n  one\n     \n  two\n")]
    [InlineData("a: >\n\n\n  after two empty lines\n")]
    [InlineData("a: |+\n\n  after an empty line\n")]
    [InlineData("a: >\n  no final newline")]
    [InlineData("a: >-\n  no final newline")]
    [InlineData("a: |+\n  no final newline")]
    [InlineData("a: |\n  one\n  ")]
    [InlineData("a: |\n  one\n      ")]
    [InlineData("a: >")]
    [InlineData("a: |\n")]
    [InlineData("a: |+\n\n\n")]
    [InlineData("a: >\nb: 1\n")]
    [InlineData("a: |+\n\nb: 1\n")]
    [InlineData("a: >\r\n  one\r\n  two\r\n\r\n  three\r\nb: 1\r\n")]
    [InlineData("a: |+\r\n  one\r\n\r\n")]
    [InlineData("a:\n  - >\n    item one\n    continued\n  - |-\n    item two\n  - plain\n")]
    [InlineData("a:\n- >\n  indentless item\n- x\nb: 1\n")]
    [InlineData("a:\n  - k: >\n      folded in a list item\n    l: |\n      literal\n  - m: 1\n")]
    [InlineData("a:\n  b:\n    c: >\n      deep\n  d: 1\ne: 2\n")]
    [InlineData("a:\n  b: |\n     five spaces\n      six\nc: 1\n")]
    [InlineData("a: > # a comment\n  text\nb: |-   \n  x\n")]
    [InlineData("a: >\n  # not a comment: text\n  - nor a dash\n  b: nor a key\n")]
    [InlineData("a: >\n  text\n# a comment ends it\nb: 1\n")]
    [InlineData("a: >\n    text\n  # a less indented comment ends it\nb: 1\n")]
    [InlineData("a: |\n text at column one\n")]
    [InlineData("  a: >\n    indented root\n  b: 1\n")]
    [InlineData("---\na: >\n  after a document start\n")]
    [InlineData("a: |\n  Zoë Søren 東京 \"quotes\" 'single' [x] {y} &z *w !t %p @a `b`\n")]
    public void ReadsBlockScalarsWithYamlDotNetsEvents(string yaml)
    {
        AssertScannedLikeYamlDotNet(yaml);
    }

    /// <summary>The values YAML 1.2 (8.1) gives, written out: folding, more-indented lines, and the three chompings.</summary>
    [Theory]
    [InlineData("a: >\n  one\n  two\n\n  three\n", "one two\nthree\n")]
    [InlineData("a: |\n  one\n  two\n\n  three\n", "one\ntwo\n\nthree\n")]
    [InlineData("a: >\n  one\n    deeper\n  two\n", "one\n  deeper\ntwo\n")]
    [InlineData("a: >-\n  one\n\n\n", "one")]
    [InlineData("a: >\n  one\n\n\n", "one\n")]
    [InlineData("a: >+\n  one\n\n\n", "one\n\n\n")]
    [InlineData("a: |+\r\n  one\r\n\r\n", "one\n\n")]
    [InlineData("a: >\n  no final newline", "no final newline")]
    [InlineData("a: >\nb: 1\n", "")]
    public void GivesTheSpecsBlockScalarValues(string yaml, string value)
    {
        var events = new YamlEventList();
        Assert.True(BlockYamlScanner.TryScan(yaml, events));
        var scalar = events[3];
        Assert.Equal(YamlEventKind.Scalar, scalar.Kind);
        Assert.Equal(value, scalar.Value);
        Assert.True(scalar.Quoted);
        Assert.False(scalar.InQuotes);
        Assert.Equal(3, scalar.Start);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: |2\n  text\n")]
    [InlineData("a: >-1\n  text\n")]
    [InlineData("a: >#c\n  text\n")]
    [InlineData("a: >-#c\n  text\n")]
    [InlineData("a: > text\n")]
    [InlineData("a: >x\n  text\n")]
    [InlineData("a: >-+\n  text\n")]
    [InlineData("a: |\n  \n  text\n")]
    [InlineData("a: >\n \n  text\n")]
    [InlineData("a: >\n\n    \n  text\n")]
    [InlineData("a: |\n  ")]
    [InlineData("a: >\n    text\n  more\n")]
    [InlineData("a: >\n  text\n # comment\n  more\n")]
    [InlineData("a: >\n\ttext\n")]
    [InlineData("a: >\n  text\n\tmore\n")]
    [InlineData("a: >\n  text\n---\nb: 1\n")]
    [InlineData("a:\n  - >\n    text\n   b: 1\n")]
    [InlineData("- >\n  text\n")]
    [InlineData("a: [>]\n")]
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
        Assert.False(BlockYamlScanner.TryScan(yaml, new YamlEventList()));
    }

    [Fact]
    public void ReadsEveryCorpusDocumentAndFrontMatterLikeYamlDotNet() => CorpusTests.WithCorpus(300, CorpusSpec.V1_1, ReadsEveryDocumentLikeYamlDotNet);

    [FactRequiring(PrerequisiteReason.SharedCorpus)]
    public void ReadsEverySharedCorpusDocumentAndFrontMatterLikeYamlDotNet() => CorpusTests.WithSharedCorpus(300, ReadsEveryDocumentLikeYamlDotNet);

    /// <summary>The shared v1.1 corpus writes some long values as folded block scalars (<c>summary: &gt;</c>), in YAML files and front matter alike.</summary>
    [FactRequiring(PrerequisiteReason.SharedCorpus)]
    public void ReadsEverySharedV11CorpusDocumentAndFrontMatterLikeYamlDotNet()
    {
        var corpus = Path.Combine(Path.GetTempPath(), "pirlint-corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            SharedCorpus.WriteSpec(corpus, 300, "1.1", "--seed", "1");
            var texts = Directory.GetFiles(corpus, "*.pir.*", SearchOption.AllDirectories).Select(File.ReadAllText);
            Assert.Contains(texts, text => text.Contains(": >\n") || text.Contains(": >\r\n"));
            ReadsEveryDocumentLikeYamlDotNet(corpus);
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }
    }

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
