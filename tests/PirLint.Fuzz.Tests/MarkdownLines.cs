using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// Short Markdown bodies of the blocks the Markdown block scanner reads itself (bullet and numbered lists with items
/// nested at random indents, blank lines between some items and continuation lines in some, one-line HTML comments,
/// tables with code spans, paragraphs, headings), with or without blank lines between them, and in a third of them one
/// near-miss line that it must leave to Markdig or read as Markdig does.
/// </summary>
internal static class MarkdownLines
{
    private static readonly string[] TopMarkers = { "-", "-", "*", "1.", "1)", "9." };

    private static readonly string[] ItemTexts = { "a", "b *c* `d`", "[e](https://x.example)", "f  ", "g <!-- h -->", "i | j" };

    private static readonly string[] Cells = { "a", "`x`", "`x` y `z`", "", "**b**", "c `d`" };

    private static readonly string[] Comments = { "<!-- c -->", "<!-- c --> after", "<!---->", "<!-- pirlint-disable-next-line PIR401 -->" };

    private static readonly string[] OddLines =
    {
        "", "  ", "  continued", "    code", "1. one", "2) two", "---", "* * *", "> quote", "```", "<!-->", "<!--->", "<!--", "-->",
        " <!-- c -->", "<!-- a\tb -->", "<div>", "| `x|y` | z |", "| `a | b` |", "| ``c`` | d |", "| a |", "|---|", "a | b", "===",
        "-", "  -", "  - ", "  -  a", " - a", "   - a", "     - a", "      - a", "  + a", "  1. a", "  2. a", "1. a", "2) a",
        "1000. a", "  - > a", "  - # a", "- a\u00A0", "lazy", "## H", "<!-- c -->",
    };

    public static string Body(Random random)
    {
        var lines = new List<string>();
        var blocks = 1 + random.Next(5);
        for (var i = 0; i < blocks; i++)
        {
            if (i > 0 && random.Next(4) != 0)
            {
                lines.Add(random.Next(8) == 0 ? "  " : string.Empty);
            }

            switch (random.Next(5))
            {
                case 0: AddList(random, lines); break;
                case 1: AddTable(random, lines); break;
                case 2: lines.Add(Comments[random.Next(Comments.Length)]); break;
                case 3: lines.Add("#" + new string('#', random.Next(3)) + " Heading"); break;
                default: lines.AddRange(Enumerable.Repeat("Some text.", 1 + random.Next(2))); break;
            }
        }

        if (random.Next(3) == 0)
        {
            var odd = OddLines[random.Next(OddLines.Length)];
            var at = random.Next(lines.Count + 1);
            if (random.Next(2) == 0 && at < lines.Count)
            {
                lines[at] = odd;
            }
            else
            {
                lines.Insert(at, odd);
            }
        }

        var newline = random.Next(5) == 0 ? "\r\n" : "\n";
        return string.Join(newline, lines) + (random.Next(4) == 0 ? string.Empty : newline);
    }

    /// <summary>
    /// Top-level items (bullets or numbered) with nested ones: each nested item goes one level deeper (a bullet or a list
    /// numbered from 1, at the parent's content column or 2 past it), stays, or goes back up.
    /// </summary>
    private static void AddList(Random random, List<string> lines)
    {
        var marker = TopMarkers[random.Next(TopMarkers.Length)];
        for (var item = 0; item < 1 + random.Next(4); item++)
        {
            AddBlankLine(random, lines);
            lines.Add(marker + " " + ItemTexts[random.Next(ItemTexts.Length)]);
            AddContinuation(random, lines, marker.Length + 1);
            var open = new List<(int Column, string Marker)> { (0, marker) };
            for (var nested = random.Next(4); nested > 0; nested--)
            {
                var depth = 1 + random.Next(Math.Min(open.Count, 3));
                if (depth >= open.Count)
                {
                    var parent = open[open.Count - 1];
                    var column = parent.Column + parent.Marker.Length + 1 + (random.Next(3) == 0 ? 2 : 0);
                    open.Add((column, random.Next(5) switch { 0 => "*", 1 => "1.", _ => "-" }));
                    depth = open.Count - 1;
                }
                else
                {
                    open.RemoveRange(depth + 1, open.Count - depth - 1);
                    open[depth] = (open[depth].Column, Next(open[depth].Marker));
                }

                AddBlankLine(random, lines);
                lines.Add(new string(' ', open[depth].Column) + open[depth].Marker + " " + ItemTexts[random.Next(ItemTexts.Length)]);
                AddContinuation(random, lines, open[depth].Column + open[depth].Marker.Length + 1);
            }

            marker = Next(marker);
        }
    }

    /// <summary>The marker of the next item of a list: the same bullet, or the next number.</summary>
    private static string Next(string marker) =>
        marker.Length == 1
            ? marker
            : (int.Parse(marker.Substring(0, marker.Length - 1), CultureInfo.InvariantCulture) + 1) + marker.Substring(marker.Length - 1);

    /// <summary>Now and then a line that goes on with an item's text: at its content column, lazy at column 0, or anywhere.</summary>
    private static void AddContinuation(Random random, List<string> lines, int content)
    {
        if (random.Next(5) == 0)
        {
            var indent = random.Next(3) switch { 0 => content, 1 => 0, _ => random.Next(12) };
            lines.Add(new string(' ', indent) + ItemTexts[random.Next(ItemTexts.Length)]);
        }
    }

    /// <summary>Now and then a blank line between two items: a loose list.</summary>
    private static void AddBlankLine(Random random, List<string> lines)
    {
        if (lines.Count > 0 && random.Next(6) == 0)
        {
            lines.Add(string.Empty);
        }
    }

    private static void AddTable(Random random, List<string> lines)
    {
        var cells = 1 + random.Next(3);
        string Row(Func<string> cell) => "| " + string.Join(" | ", Enumerable.Range(0, cells).Select(_ => cell())) + " |";
        lines.Add(Row(() => Cells[random.Next(Cells.Length)]));
        lines.Add(Row(() => random.Next(4) == 0 ? ":--" : "---"));
        for (var row = random.Next(4); row > 0; row--)
        {
            lines.Add(Row(() => Cells[random.Next(Cells.Length)]));
        }
    }
}
