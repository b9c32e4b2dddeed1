using System;
using System.Collections.Generic;
using System.Linq;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// Short Markdown bodies of the blocks the Markdown block scanner reads itself (bullet lists with items nested at
/// random indents, blank lines between some items and continuation lines in some, one-line HTML comments, tables with code spans, paragraphs, headings), with or without blank lines
/// between them, and in a third of them one near-miss line that it must leave to Markdig or read as Markdig does.
/// </summary>
internal static class MarkdownLines
{
    private static readonly string[] ItemTexts = { "a", "b *c* `d`", "[e](https://x.example)", "f  ", "g <!-- h -->", "i | j" };

    private static readonly string[] Cells = { "a", "`x`", "`x` y `z`", "", "**b**", "c `d`" };

    private static readonly string[] Comments = { "<!-- c -->", "<!-- c --> after", "<!---->", "<!-- pirlint-disable-next-line PIR401 -->" };

    private static readonly string[] OddLines =
    {
        "", "  ", "  continued", "    code", "1. one", "2) two", "---", "* * *", "> quote", "```", "<!-->", "<!--->", "<!--", "-->",
        " <!-- c -->", "<!-- a\tb -->", "<div>", "| `x|y` | z |", "| `a | b` |", "| ``c`` | d |", "| a |", "|---|", "a | b", "===",
        "-", "  -", "  - ", "  -  a", " - a", "   - a", "     - a", "      - a", "  + a", "  1. a", "  - > a", "  - # a", "- a\u00A0",
        "lazy", "## H", "<!-- c -->",
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

    /// <summary>Top-level items with nested ones: each nested item goes one level deeper, stays, or goes back up.</summary>
    private static void AddList(Random random, List<string> lines)
    {
        var marker = random.Next(3) == 0 ? '*' : '-';
        for (var item = 0; item < 1 + random.Next(4); item++)
        {
            AddBlankLine(random, lines);
            lines.Add(marker + " " + ItemTexts[random.Next(ItemTexts.Length)]);
            AddContinuation(random, lines, 2);
            var columns = new List<int> { 0 };
            for (var nested = random.Next(4); nested > 0; nested--)
            {
                var depth = 1 + random.Next(Math.Min(columns.Count, 3));
                if (depth >= columns.Count)
                {
                    columns.Add(columns[columns.Count - 1] + 2 + (random.Next(3) == 0 ? 2 : 0));
                    depth = columns.Count - 1;
                }
                else
                {
                    columns.RemoveRange(depth + 1, columns.Count - depth - 1);
                }

                AddBlankLine(random, lines);
                var nestedMarker = random.Next(4) == 0 ? '*' : '-';
                lines.Add(new string(' ', columns[depth]) + nestedMarker + " " + ItemTexts[random.Next(ItemTexts.Length)]);
                AddContinuation(random, lines, columns[depth] + 2);
            }
        }
    }

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
