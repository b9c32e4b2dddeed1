using System;
using System.Linq;
using System.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.TestSupport;

namespace PirLint.Tests;

/// <summary>Every way a file can be unreadable is one located PIR001, never an exception.</summary>
public class HostileInputTests
{
    private static PirDiagnostic SinglePir001(byte[] bytes, string path = "hostile.pir.yaml")
    {
        var diagnostics = new PirLintEngine().Lint(path, bytes, PirLintOptions.Default).Diagnostics;
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("PIR001", diagnostic.Id);
        Assert.Equal(PirSeverity.Error, diagnostic.Severity);
        return diagnostic;
    }

    private static PirDiagnostic SinglePir001(string text, string path = "hostile.pir.yaml") =>
        SinglePir001(Encoding.UTF8.GetBytes(text), path);

    [Fact]
    public void FileOverOneMebibyteIsRejectedBeforeParsing()
    {
        var text = Fixtures.ValidYaml + "# " + new string('x', 1024 * 1024) + "\n";
        var diagnostic = SinglePir001(text);
        Assert.Equal(1, diagnostic.Span.StartLine);
        Assert.Contains("1 MiB", diagnostic.Message);
    }

    [Fact]
    public void FlowNestingDeeperThan64IsPir001AtTheLevelThatExceedsIt()
    {
        var diagnostic = SinglePir001("incident_summary: " + new string('[', 100) + new string(']', 100) + "\n");
        Assert.Equal(1, diagnostic.Span.StartLine);
        Assert.Equal(18 + 64, diagnostic.Span.StartColumn);
        Assert.Contains("deeper than 64", diagnostic.Message);
    }

    [Fact]
    public void HundredThousandDeepNestingDoesNotOverflowTheStack()
    {
        var diagnostic = SinglePir001("a: " + new string('[', 100_000) + new string(']', 100_000));
        Assert.Contains("deeper than 64", diagnostic.Message);
    }

    [Fact]
    public void BlockNestingDeeperThan64IsPir001()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 70; i++)
        {
            builder.Append(' ', i).Append("k:\n");
        }

        var diagnostic = SinglePir001(builder.Append(' ', 70).Append("v\n").ToString());
        Assert.Equal(65, diagnostic.Span.StartLine);
    }

    [Fact]
    public void AliasBombIsStoppedAtTheAliasThatExpandsPast10000Nodes()
    {
        var text = """
            a: &a [x, x, x, x, x, x, x, x, x, x]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
            """;
        var diagnostic = SinglePir001(text);
        Assert.Equal(4, diagnostic.Span.StartLine);
        Assert.Contains("aliases", diagnostic.Message);
    }

    [Fact]
    public void AFewAliasesAreFine()
    {
        var text = Fixtures.ValidYaml.ReplaceOnce("attendees: [engineer-b, priya-natarajan, marco-rossi]", "attendees: &people [engineer-b, priya-natarajan, marco-rossi]");
        Assert.Empty(Lint.Yaml(text));
    }

    [Fact]
    public void UndefinedAliasIsPir001()
    {
        var diagnostic = SinglePir001("incident_summary: *nothing\n");
        Assert.Equal(1, diagnostic.Span.StartLine);
        Assert.Equal(19, diagnostic.Span.StartColumn);
    }

    [Fact]
    public void InvalidUtf8IsPir001AtTheBadByte()
    {
        var bytes = Encoding.UTF8.GetBytes("incident_summary:\n  id: INC-1\n  title: bad ").Concat(new byte[] { 0xFF, 0x0A }).ToArray();
        var diagnostic = SinglePir001(bytes);
        Assert.Equal(3, diagnostic.Span.StartLine);
        Assert.Equal(14, diagnostic.Span.StartColumn);
        Assert.Contains("UTF-8", diagnostic.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    public void OverlongSurrogateAndTruncatedSequencesAreInvalid(byte[] sequence)
    {
        var bytes = Encoding.UTF8.GetBytes("a: ").Concat(sequence).ToArray();
        Assert.Contains("UTF-8", SinglePir001(bytes).Message);
    }

    [Fact]
    public void NulByteIsPir001AtItsPosition()
    {
        var diagnostic = SinglePir001("incident_summary:\n  id: IN\0C-1\n");
        Assert.Equal(2, diagnostic.Span.StartLine);
        Assert.Equal(9, diagnostic.Span.StartColumn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    public void EmptyFileIsPir001(string text) => Assert.Contains("empty", SinglePir001(text).Message);

    [Theory]
    [InlineData("just a sentence\n", "a single value")]
    [InlineData("- a\n- b\n", "a list")]
    public void RootThatIsNotAMappingIsPir001(string text, string kind) => Assert.Contains(kind, SinglePir001(text).Message);

    [Fact]
    public void SecondYamlDocumentIsPir001()
    {
        var diagnostic = SinglePir001("a: 1\n---\nb: 2\n");
        Assert.Equal(2, diagnostic.Span.StartLine);
    }

    [Fact]
    public void TabIndentationIsASyntaxErrorOnItsLine()
    {
        var diagnostic = SinglePir001("incident_summary:\n\tid: INC-1\n");
        Assert.Equal(2, diagnostic.Span.StartLine);
        Assert.Contains("syntax", diagnostic.Message);
    }

    [Theory]
    [InlineData("incident_summary: [unclosed\nreview_date: 2026-01-01\n", 3)]
    [InlineData("a: \"unterminated\n", 2)]
    [InlineData("a: b: c\n", 1)]
    public void SyntaxErrorsArePir001WithALine(string text, int maxLine)
    {
        var diagnostic = SinglePir001(text);
        Assert.InRange(diagnostic.Span.StartLine, 1, maxLine);
    }

    [Fact]
    public void UnclosedFrontMatterIsPir001OnLineOne()
    {
        var diagnostic = SinglePir001("---\nincident_summary:\n  id: INC-1\n\n# Title\n", "review.pir.md");
        Assert.Equal(1, diagnostic.Span.StartLine);
        Assert.Contains("never closed", diagnostic.Message);
    }

    [Fact]
    public void FrontMatterSyntaxErrorIsLocatedInTheMarkdownFile()
    {
        var diagnostic = SinglePir001("---\nincident_summary:\n  id: [INC-1\n---\n\n# Title\n", "review.pir.md");
        Assert.InRange(diagnostic.Span.StartLine, 3, 4);
    }

    [Fact]
    public void CrlfLineEndingsGiveTheSameDiagnosticsAndPositions()
    {
        var broken = Fixtures.ValidYaml.ReplaceOnce("    owner: engineer-b\n", "    owner: TBD\n");
        var lf = Lint.Yaml(broken);
        var crlf = Lint.Yaml(broken.Replace("\n", "\r\n"));
        Assert.Equal("PIR101", lf.Ids());
        Assert.Equal(lf.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndLine, d.Span.EndColumn)),
                     crlf.Select(d => (d.Id, d.Span.StartLine, d.Span.StartColumn, d.Span.EndLine, d.Span.EndColumn)));
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.Replace("\n", "\r\n")));
        Assert.Empty(Lint.Markdown(Fixtures.ValidMarkdown.Replace("\n", "\r\n")));
    }

    [Fact]
    public void ByteOrderMarkIsAcceptedAndDoesNotShiftColumns()
    {
        var broken = Fixtures.ValidYaml.ReplaceOnce("    owner: engineer-b\n", "    owner: TBD\n");
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(broken)).ToArray();
        var diagnostics = new PirLintEngine().Lint("review.pir.yaml", withBom, PirLintOptions.Default).Diagnostics;
        var expected = Lint.Yaml(broken);
        Assert.Equal(expected.Select(d => d.Span), diagnostics.Select(d => d.Span));
    }

    [Fact]
    public void NonScalarKeyIsReportedNotThrown()
    {
        var diagnostics = Lint.Yaml("? [a, b]\n: value\n" + Fixtures.ValidYaml);
        Assert.Contains(diagnostics, d => d.Id == "PIR003" && d.Message.Contains("key"));
    }

    [Fact]
    public void RandomGarbageNeverThrows()
    {
        var random = new Random(12345);
        var engine = new PirLintEngine();
        var seed = Encoding.UTF8.GetBytes(Fixtures.ValidYaml);
        for (var i = 0; i < 500; i++)
        {
            var bytes = (byte[])seed.Clone();
            for (var flips = 0; flips < 5; flips++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            var result = engine.Lint(i % 2 == 0 ? "x.pir.yaml" : "x.pir.md", bytes, PirLintOptions.Default);
            Assert.All(result.Diagnostics, d => Assert.True(d.Span.StartLine >= 1 && d.Span.StartColumn >= 1));
        }
    }
}
