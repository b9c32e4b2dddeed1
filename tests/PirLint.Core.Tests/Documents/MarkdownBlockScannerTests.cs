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
    [InlineData(Front + "## Nested\n- a\n  - b\n")]
    [InlineData(Front + "## Nested four\n- a\n    - b\n    - c\n- d\n")]
    [InlineData(Front + "## Nested one past the content\n- a\n   - b\n   - c\n- d\n   * e\n      * f\n")]
    [InlineData(Front + "## Stars under dashes\n- a\n  * b\n  * c\n- d\n  + e\n")]
    [InlineData(Front + "## Under stars\n* a\n  * b\n    * c\n* d\n")]
    [InlineData(Front + "## Three levels, back up\n- a\n  - b\n    - c\n      - d\n  - e\n- f\n    - g\n")]
    [InlineData(Front + "## Deep then back two\n- a\n  - b\n    - c\n  - d\n    - e\n")]
    [InlineData(Front + "## Nested with markup\n- a\n  - Fix **the** `alert` [doc](https://x.example) <!-- pirlint-disable-line PIR401 -->  \n")]
    [InlineData(Front + "## Nested then prose\n- a\n  - b\n\ntext\n\n## Next\n- c\n    - d\n## Right after\n")]
    [InlineData(Front + "## Nested then table\n- a\n  - b\n\n| A | B |\n|---|---|\n| 1 | 2 |\n")]
    [InlineData(Front + "## Nested crlf\r\n\r\n- a\r\n  - b\r\n    * c\r\n- d\r\n\r\n<!-- note -->\r\n\r\n- e\r\n")]
    [InlineData(Front + "## Nested at the end\n- a\n  - b")]
    [InlineData(Front + "## Loose\n- a\n\n- b\n")]
    [InlineData(Front + "## Loose, two blank lines\n* a\n\n\n* b\n  \n* c\n\ntext\n")]
    [InlineData(Front + "## Nested after a blank line\n- a\n\n  - b\n\n    - c\n- d\n")]
    [InlineData(Front + "## Blank line between nested items\n- a\n  - b\n\n  - c\n\n- d\n\n## Next\n")]
    [InlineData(Front + "## Loose crlf\r\n- a\r\n\r\n  * b\r\n\r\n- c\r\n\r\n* other list\r\n")]
    public void ReadsNestedBulletItemsWithMarkdigsBlocks(string text)
    {
        AssertScannedLikeMarkdig(text);
    }

    [Theory]
    [InlineData(Front + "## Continued item\n- a\n  continued\n")]
    [InlineData(Front + "## Lazy item\n- a\nlazy\n")]
    [InlineData(Front + "## Wrapped bullets\n- a long item\n  wrapped over\n  three lines  \n- b\n   wrapped\n\n- c\n        deep\n")]
    [InlineData(Front + "## Nested continuation\n- a\n  more a\n  - b\n    more b\n  less b\nlazy b\n  - c\n- d\n  more d\n")]
    [InlineData(Front + "## Continuation with markup\n- Fix the\n  noisy **alert** `rule` [doc](https://x.example) <!-- pirlint-disable-line PIR401 -->\n2024 was a year\n")]
    [InlineData(Front + "## Continuation crlf\r\n- a\r\n  b\r\nc\r\n\r\ntext\r\n")]
    public void ReadsItemContinuationLinesWithMarkdigsBlocks(string text)
    {
        AssertScannedLikeMarkdig(text);
    }

    [Theory]
    [InlineData(Front + "## Ordered\n1. first\n2. second\n")]
    [InlineData(Front + "## Numbered list\n1) first\n2) second\n")]
    [InlineData(Front + "## Any start, any numbers\n\n3. a\n3. b\n10. c\n    - d\n100. e\n\n7. f\n")]
    [InlineData(Front + "## Nested numbered\n- a\n  1. b\n  2. c\n     * d\n  10. e\n- f\n  1) g\n")]
    [InlineData(Front + "## Numbered, loose, wrapped\n1. a\n   wrapped\nlazy\n\n2. b\n\n1) other list\n\n- bullets\n")]
    [InlineData(Front + "## Numbered crlf\r\n1. a\r\n   - b\r\n2. c\r\n")]
    public void ReadsNumberedListsWithMarkdigsBlocks(string text)
    {
        AssertScannedLikeMarkdig(text);
    }

    [Fact]
    public void ReadsNestingToItsDepthLimitWithMarkdigsBlocks()
    {
        var lines = Enumerable.Range(0, 17).Select(depth => new string(' ', 2 * depth) + "- item " + depth);
        AssertScannedLikeMarkdig(Front + "## Deep\n" + string.Join("\n", lines) + "\n");
    }

    [Theory]
    [InlineData(Front + "## Html\n<!-- pirlint-disable PIR101 -->\n")]
    [InlineData(Front + "## Comment between bullets\n- a\n<!-- pirlint-disable-next-line PIR401 -->\n- b\n")]
    [InlineData(Front + "## Comments between blank lines\n\n<!-- exported from the incident tool -->\n\n- a\n\n<!-- checked -->\n\n* b\n")]
    [InlineData(Front + "## After text\ntext\n<!-- a -->\nmore text\n")]
    [InlineData(Front + "## After a table\n| A |\n|---|\n| `x` |\n<!-- a -->\n| B |\n|---|\n")]
    [InlineData(Front + "## After nested items\n- a\n  - b\n<!-- a -->\n- c\n")]
    [InlineData(Front + "## Two, text after\n<!-- a --><!-- b -->\n<!-- c --> trailing text\n<!---->\n# Title\n")]
    [InlineData(Front + "## Html comment at the end\n<!-- end -->")]
    public void ReadsOneLineHtmlCommentsWithMarkdigsBlocks(string text)
    {
        AssertScannedLikeMarkdig(text);
    }

    [Theory]
    [InlineData(Front + "## Action items\n\n| Description | Priority | Status |\n|---|---|---|\n| Add `alert` | `p0_immediate` | `closed` |\n| `a` and `b` in one | p1 | |\n")]
    [InlineData(Front + "## Code in the header\n| `Owner` | Due |\n|---|---|\n| a | `2026-03-20` |\n")]
    public void ReadsTablesWithCodeSpansWithMarkdigsBlocks(string text)
    {
        AssertScannedLikeMarkdig(text);
    }

    [Theory]
    [InlineData(Front + "## Indented one space\n- a\n - b\n")]
    [InlineData(Front + "## Indented code in an item\n- a\n      - b\n")]
    [InlineData(Front + "## Three past the content\n- a\n     - b\n")]
    [InlineData(Front + "## Three past, under one past: Markdig reads a continuation line\n- x\n   - a\n        * b\n")]
    [InlineData(Front + "## Sibling at another column\n- a\n    - b\n  - c\n")]
    [InlineData(Front + "## Sibling with another marker\n- a\n  - b\n  * c\n")]
    [InlineData(Front + "## Nested after a blank line, then text\n- a\n\n  text\n")]
    [InlineData(Front + "## Loose list, then an indented paragraph\n- a\n\n- b\n\n  text\n")]
    [InlineData(Front + "## Blank line, then one space\n- a\n\n - b\n")]
    [InlineData(Front + "## Indented under text\ntext\n  - b\n")]
    [InlineData(Front + "## Indented under a table\n| a |\n|---|\n  - b\n")]
    [InlineData(Front + "## Indented under a heading\n  - b\n")]
    [InlineData(Front + "## Empty nested item\n- a\n  -\n")]
    [InlineData(Front + "## Second paragraph in an item\n- a\n\n  b\n")]
    [InlineData(Front + "## Continuation with a pipe\n- a\n  b | c\n")]
    [InlineData(Front + "## Continuation of a line with a pipe\n- a | b\n  c\n")]
    [InlineData(Front + "## Setext underline in an item\n- a\n  ===\n")]
    [InlineData(Front + "## Break after an item\n- a\n  ***\n")]
    [InlineData(Front + "## Heading in an item\n- a\n  # b\n")]
    [InlineData(Front + "## Quote in an item\n- a\n  > b\n")]
    [InlineData(Front + "## Comment in an item\n- a\n  <!-- b -->\n")]
    [InlineData(Front + "## Fence in an item\n- a\n  ```\n")]
    [InlineData(Front + "## Indented bullet past the content\n- a\n      - b\n")]
    [InlineData(Front + "## Lazy setext underline\n- a\n===\n")]
    [InlineData(Front + "## Nested item with extra spaces\n- a\n  -  b\n")]
    [InlineData(Front + "## Nested list numbered from 2\n- a\n  2. b\n")]
    [InlineData(Front + "## Numbered list after text\ntext\n1. a\n")]
    [InlineData(Front + "## Numbered item of four digits\n\n2024. a\n")]
    [InlineData(Front + "## Other delimiter without a blank line\n1. a\n2) b\n")]
    [InlineData(Front + "## Numbered after bullets without a blank line\n- a\n1. b\n")]
    [InlineData(Front + "## Numbered sibling at another column\n- a\n  1. b\n   2. c\n")]
    [InlineData(Front + "## Nested break\n- a\n  - - -\n")]
    [InlineData(Front + "## Nested quote\n- a\n  - > b\n")]
    [InlineData(Front + "## Nested tab\n- a\n  -\tb\n")]
    [InlineData(Front + "## Comment opened, never closed on its line\n<!-- a\n-->\n")]
    [InlineData(Front + "## Shortest comments\n<!-->\n")]
    [InlineData(Front + "## Shortest comments\n<!--->\n")]
    [InlineData(Front + "## Indented comment\n <!-- a -->\n")]
    [InlineData(Front + "## Other html\n<div>a</div>\n")]
    [InlineData(Front + "## Pipe in code\n| `a|b` | c |\n|---|---|\n")]
    [InlineData(Front + "## Unpaired backtick\n| `a | c |\n|---|---|\n")]
    [InlineData(Front + "## Double backticks\n| ``a`` | c |\n|---|---|\n")]
    [InlineData(Front + "## Code across cells\n| `a | b` |\n|---|---|\n")]
    public void LeavesOtherNestingCommentsAndCodeSpansToMarkdig(string text)
    {
        var bodyStart = MarkdownReference.BodyStart(text);
        Assert.False(MarkdownBlockScanner.TryScan(text, bodyStart, new List<MarkdownBlock>()));
    }

    /// <summary>
    /// Every list of up to five <c>-</c> items or lines of text, and of up to four <c>-</c>, <c>*</c> or numbered items or
    /// lines of text, at columns 0 to 11 after a first item at column 0, with blank lines anywhere between them.
    /// </summary>
    [Fact]
    public void ReadsEveryListOfItemsAtSmallIndentsLikeMarkdig()
    {
        var scanned = 0;
        var problems = new List<string>();
        void Compare(List<(int Column, char Marker)> items, int maxItems, string markers)
        {
            if (items.Count > 1)
            {
                var text = string.Concat(items.Select((item, i) =>
                    item.Column < 0 ? "\n" : new string(' ', item.Column) + Marker(item.Marker) + i + "\n"));
                if (MarkdownReference.Disagreement(text, 0, out var read) is { } problem)
                {
                    problems.Add(text.Replace("\n", "\\n") + ": " + problem);
                }

                scanned += read ? 1 : 0;
            }

            for (var column = -1; items.Count < maxItems && column <= 11; column++)
            {
                foreach (var marker in markers)
                {
                    items.Add((column, marker));
                    Compare(items, maxItems, markers);
                    items.RemoveAt(items.Count - 1);
                }
            }
        }

        Compare(new List<(int, char)> { (0, '-') }, 5, "-t");
        Compare(new List<(int, char)> { (0, '-') }, 4, "-*t");
        Compare(new List<(int, char)> { (0, '1') }, 4, "12)t-");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.True(scanned > 1000, scanned + " lists read by the scanner");
    }

    /// <summary>
    /// A line for <see cref="ReadsEveryListOfItemsAtSmallIndentsLikeMarkdig"/>: text (<c>t</c>), a bullet, or a number
    /// (<c>1</c>: 1 and a dot, <c>2</c>: 10 and a dot, <c>)</c>: 1 and a parenthesis).
    /// </summary>
    private static string Marker(char marker) => marker switch
    {
        't' => "text ",
        '1' => "1. item ",
        '2' => "10. item ",
        ')' => "1) item ",
        _ => marker + " item ",
    };

    [Fact]
    public void LeavesNestingPastItsDepthLimitToMarkdig()
    {
        var lines = Enumerable.Range(0, 18).Select(depth => new string(' ', 2 * depth) + "- item " + depth);
        var text = Front + "## Deep\n" + string.Join("\n", lines) + "\n";
        Assert.False(MarkdownBlockScanner.TryScan(text, MarkdownReference.BodyStart(text), new List<MarkdownBlock>()));
    }

    [Fact]
    public void GivesANestedItemsTextToItsTopLevelItem()
    {
        var text = Front + "## Root causes\n- a\n  - b\n    * c\n- d\n";
        var bodyStart = MarkdownReference.BodyStart(text);
        var blocks = new List<MarkdownBlock>();
        Assert.True(MarkdownBlockScanner.TryScan(text, bodyStart, blocks));
        var list = Assert.Single(blocks, b => b.Kind == MarkdownBlockKind.List);
        Assert.Equal(2, list.Items.Count);
        Assert.Equal(new[] { "a", "b", "c" }, list.Items[0].Texts.Select(t => text.Substring(t.Lines[0].Start, t.Lines[0].End - t.Lines[0].Start)));
        Assert.Equal(text.IndexOf("- d", StringComparison.Ordinal), list.Items[1].Start);
        Assert.Equal(text.Length - 1, list.End);
    }

    [Theory]
    [InlineData(Front + "## Quote\n> quoted\n")]
    [InlineData(Front + "## Code\n```\ncode\n```\n")]
    [InlineData(Front + "## Indented\n    code\n")]
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
