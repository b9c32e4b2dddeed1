using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.Documents;
using PirLint.Documents.Markdown;
using PirLint.TestSupport;

namespace PirLint.Tests.Documents;

/// <summary>The scanner must give exactly Markdig's blocks for every body it reads, and leave every other body to Markdig.</summary>
public class MarkdownBlockScannerTests
{
    private const string Front = "---\nincident_summary:\n  id: INC-1\n---\n";

    private static void AssertScannedLikeMarkdig(string text)
    {
        var bodyStart = MarkdownReference.BodyStart(text);
        Assert.True(bodyStart >= 0);
        var problem = MarkdownReference.Disagreement(text, bodyStart, out var scanned);
        Assert.True(scanned, "the scanner should read this body itself: " + text);
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(Front + "\n# Title\n\n## Summary\n\nOne paragraph\nover two lines.\n")]
    [InlineData(Front + "## Timeline\n\n| Time | Event |\n|---|---|\n| 2026-03-15T14:00Z | Deploy |\n| 2026-03-15T14:30Z | Alert |\n\n## Next\n")]
    [InlineData(Front + "## Timeline\n| Time | Event |\n| :--- | ---: |\n| a | b |\n")]
    [InlineData(Front + "## Timeline\n\n| Time              | Event    |   \n|-------------------|----------|\n| x                 | y        |  \n")]
    [InlineData(Front + "## Root causes\n\n- first\n- second with *emphasis* and `code` and a | pipe\n- third  \n\n## Contributing factors\n* one\n* two\n\n+ other list\n")]
    [InlineData(Front + "## Root causes\n- a\n## Next\nText right after.\n### Deeper\ntext\n")]
    [InlineData("## No front matter\n\n- a\n- b\n")]
    [InlineData(Front + "## Crlf\r\n\r\n- a\r\n- b\r\n\r\n| A | B |\r\n|---|---|\r\n| 1 | 2 |\r\n")]
    [InlineData(Front + "## Heading ##\n#\n## \n###### six\nParagraph 2024 is a year, C# and #tags.\n")]
    [InlineData(Front + "## Empty table\n| A |\n|---|\n")]
    [InlineData(Front)]
    [InlineData(Front + "## 6. Action items:\n\n- Fix **the** `alert` \u2014 see [the doc](https://x.example) <!-- pirlint-disable-line PIR401 -->\n\n### Root causes \U0001F50D\n- Mehmet Y\u0131lmaz\u2019s note\n")]
    [InlineData(Front + "## Action items\n\n| Owner | Ticket URL |\n|---|---|\n| **TBD.** | [OPS-1](https://x.example/OPS-1) <!-- pirlint-disable-line PIR101 --> |\n| - | <https://x.example/OPS-2> |\n")]
    public void ReadsThePlainSubsetWithMarkdigsBlocks(string text)
    {
        AssertScannedLikeMarkdig(text);
    }

    [Theory]
    [InlineData(Front + "## Quote\n> quoted\n")]
    [InlineData(Front + "## Code\n```\ncode\n```\n")]
    [InlineData(Front + "## Indented\n    code\n")]
    [InlineData(Front + "## Html\n<!-- pirlint-disable PIR101 -->\n")]
    [InlineData(Front + "## Ordered\n1. first\n2. second\n")]
    [InlineData(Front + "## Loose\n- a\n\n- b\n")]
    [InlineData(Front + "## Continued item\n- a\n  continued\n")]
    [InlineData(Front + "## Lazy item\n- a\nlazy\n")]
    [InlineData(Front + "## Nested\n- a\n  - b\n")]
    [InlineData(Front + "## Mixed markers\n- a\n* b\n")]
    [InlineData(Front + "## No outer pipes\na | b\n--|--\n1 | 2\n")]
    [InlineData(Front + "## Escaped pipe\n| a \\| b | c |\n|---|---|\n")]
    [InlineData(Front + "## Code in a cell\n| `a|b` | c |\n|---|---|\n")]
    [InlineData(Front + "## Uneven row\n| a | b |\n|---|---|\n| 1 |\n")]
    [InlineData(Front + "## Table after text\ntext\n| a | b |\n|---|---|\n")]
    [InlineData(Front + "## Text after table\n| a | b |\n|---|---|\ntext\n")]
    [InlineData(Front + "## Setext\nTitle\n=====\n")]
    [InlineData(Front + "## Break\n---\n")]
    [InlineData(Front + "## Break\n* * *\n")]
    [InlineData(Front + "## Tab\n-\titem\n")]
    [InlineData(Front + "## Hashtag\n#tag\n")]
    [InlineData(Front + "## Link definition\n[a]: https://example.com\n")]
    [InlineData(Front + "## Empty item\n-\n- b\n")]
    [InlineData(Front + "## Separator line\ntext\n\u2028\nmore\n")]
    [InlineData(Front + "## Next line after a delimiter row\n| a |\n|---|\u0085\n| 1 |\n")]
    [InlineData(Front + "## No-break space\ntext\u00A0\n")]
    [InlineData(Front + "## Comment between bullets\n- a\n<!-- pirlint-disable-next-line PIR401 -->\n- b\n")]
    [InlineData(Front + "## Numbered list\n1) first\n2) second\n")]
    [InlineData(Front + "## Wrapped bullet\n- a long item\n  wrapped\n")]
    public void LeavesEverythingElseToMarkdig(string text)
    {
        var bodyStart = MarkdownReference.BodyStart(text);
        Assert.False(MarkdownBlockScanner.TryScan(text, bodyStart, new List<MarkdownBlock>()));
    }

    /// <summary>Markdig's depth limit throws on thousands of nested links; the scanner leaves any body with that many delimiters to Markdig, which the reader turns into a PIR001.</summary>
    [Fact]
    public void LeavesBodiesWithThousandsOfLinkAndEmphasisDelimitersToMarkdig()
    {
        var text = Front + "## Summary\ntext " + string.Concat(Enumerable.Repeat("[*", 8192)) + " end\n";
        Assert.Throws<ArgumentException>(() => MarkdigBlockReader.Read(text, MarkdownReference.BodyStart(text)));
        Assert.False(MarkdownBlockScanner.TryScan(text, MarkdownReference.BodyStart(text), new List<MarkdownBlock>()));
    }

    [Fact]
    public void ReadsEveryCorpusAndSampleBodyLikeMarkdig() => CorpusTests.WithCorpus(300, CorpusSpec.V1_1, ReadsEveryBodyLikeMarkdig);

    [FactRequiring(PrerequisiteReason.SharedCorpus)]
    public void ReadsEverySharedCorpusBodyLikeMarkdig() => CorpusTests.WithSharedCorpus(300, ReadsEveryBodyLikeMarkdig);

    private static void ReadsEveryBodyLikeMarkdig(string corpus)
    {
        var paths = Directory.GetFiles(corpus, "*.pir.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples"), "*.pir.md", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal).ToList();
        Assert.True(paths.Count > 50);
        ScannerReference.AssertAllScannedAlike(paths, path =>
        {
            var text = File.ReadAllText(path).TrimStart('\uFEFF');
            var problem = MarkdownReference.Disagreement(text, MarkdownReference.BodyStart(text), out var scanned);
            return (scanned, problem);
        }, "Markdig");
    }
}
