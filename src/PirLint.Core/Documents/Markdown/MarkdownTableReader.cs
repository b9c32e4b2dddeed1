using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>Splits the source lines of a pipe table into cells with exact spans; <c>\|</c> is a literal pipe.</summary>
internal static class MarkdownTableReader
{
    public readonly struct Cell
    {
        public Cell(string value, SourceSpan span)
        {
            Value = value;
            Span = span;
        }

        public string Value { get; }

        public SourceSpan Span { get; }
    }

    public static List<Cell> ReadRow(LineMap lines, int line)
    {
        var text = lines.Text;
        var start = lines.LineStart(line);
        var end = lines.LineEnd(line);
        var cells = new List<Cell>();
        var i = start;
        while (i < end && (text[i] == ' ' || text[i] == '\t'))
        {
            i++;
        }

        if (i < end && text[i] == '|')
        {
            i++;
        }

        var cellStart = i;
        var escaped = false;
        while (i <= end)
        {
            if (i < end && text[i] == '\\' && i + 1 < end && text[i + 1] == '|')
            {
                escaped = true;
                i += 2;
                continue;
            }

            if (i == end || text[i] == '|')
            {
                if (i < end || i > cellStart)
                {
                    cells.Add(MakeCell(lines, text, cellStart, i, escaped));
                }

                escaped = false;
                i++;
                cellStart = i;
                continue;
            }

            i++;
        }

        if (cells.Count > 0 && cells[cells.Count - 1].Value.Length == 0 && EndsWithPipe(text, start, end))
        {
            cells.RemoveAt(cells.Count - 1);
        }

        return cells;
    }

    private static bool EndsWithPipe(string text, int start, int end)
    {
        var i = end - 1;
        while (i >= start && (text[i] == ' ' || text[i] == '\t'))
        {
            i--;
        }

        return i >= start && text[i] == '|' && (i == start || text[i - 1] != '\\');
    }

    /// <param name="escaped">Whether the cell holds a <c>\|</c>, which reads as a literal pipe.</param>
    private static Cell MakeCell(LineMap lines, string text, int start, int end, bool escaped)
    {
        var trimmedStart = start;
        var trimmedEnd = end;
        while (trimmedStart < trimmedEnd && char.IsWhiteSpace(text[trimmedStart]))
        {
            trimmedStart++;
        }

        while (trimmedEnd > trimmedStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        return trimmedStart == trimmedEnd
            ? new Cell(string.Empty, lines.Span(start, end))
            : new Cell(
                escaped ? text.Substring(start, end - start).Replace("\\|", "|").Trim() : text.Substring(trimmedStart, trimmedEnd - trimmedStart),
                lines.Span(trimmedStart, trimmedEnd));
    }
}
