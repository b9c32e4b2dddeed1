using System.Collections.Generic;
using System.Text;

namespace PirLint.Cli.Tickets;

/// <summary>
/// One source line of a Markdown pipe table split into its raw cells (white space kept), so that a cell can be changed
/// or added and the line put back together with every other character as it was. <c>\|</c> is a literal pipe.
/// </summary>
internal sealed class TableLine
{
    private readonly string _prefix;
    private readonly bool _trailingPipe;
    private readonly string _suffix;

    private TableLine(string prefix, List<string> cells, bool trailingPipe, string suffix)
    {
        _prefix = prefix;
        Cells = cells;
        _trailingPipe = trailingPipe;
        _suffix = suffix;
    }

    /// <summary>The raw text of each cell, between its pipes, white space included.</summary>
    public List<string> Cells { get; }

    public static TableLine Parse(string line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == ' ' || line[i] == '\t'))
        {
            i++;
        }

        if (i < line.Length && line[i] == '|')
        {
            i++;
        }

        var prefix = line.Substring(0, i);
        var pieces = new List<string>();
        var start = i;
        for (; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '|')
            {
                i++;
                continue;
            }

            if (line[i] == '|')
            {
                pieces.Add(line.Substring(start, i - start));
                start = i + 1;
            }
        }

        var last = line.Substring(start);
        if (pieces.Count > 0 && last.Trim().Length == 0)
        {
            return new TableLine(prefix, pieces, trailingPipe: true, last);
        }

        pieces.Add(last);
        return new TableLine(prefix, pieces, trailingPipe: false, string.Empty);
    }

    /// <summary>The cell's text as a field name: <c>Ticket URL</c> -> <c>ticket_url</c>, emphasis and code marks dropped.</summary>
    public static string FieldName(string cell) =>
        PirLint.Documents.NameFolding.ToFieldName(cell.Replace("*", string.Empty).Replace("`", string.Empty).Trim().Trim('_'));

    /// <summary>Sets cell <paramref name="index"/> to <paramref name="value"/>, adding empty cells up to it when the row is short.</summary>
    public void Set(int index, string value)
    {
        while (Cells.Count <= index)
        {
            Add(Cells.Count < index ? string.Empty : value);
        }

        var cell = Cells[index];
        var content = cell.Trim();
        if (content.Length == 0)
        {
            Cells[index] = !_trailingPipe && index == Cells.Count - 1 && cell.Length > 0 ? " " + value : Padded(value);
            return;
        }

        var at = cell.IndexOf(content, System.StringComparison.Ordinal);
        Cells[index] = cell.Substring(0, at) + value + cell.Substring(at + content.Length);
    }

    /// <summary>Adds a cell at the end, spaced like the last one; in a row without a closing pipe the new cell ends the line.</summary>
    public void Add(string value)
    {
        if (_trailingPipe || Cells.Count == 0)
        {
            Cells.Add(Padded(value));
            return;
        }

        var spaced = Cells[Cells.Count - 1].Length > 0 && Cells[Cells.Count - 1][0] == ' ';
        if (spaced)
        {
            Cells[Cells.Count - 1] = Cells[Cells.Count - 1].TrimEnd() + " ";
        }

        Cells.Add(spaced ? " " + value : value);
    }

    public override string ToString()
    {
        var builder = new StringBuilder(_prefix);
        for (var c = 0; c < Cells.Count; c++)
        {
            if (c > 0)
            {
                builder.Append('|');
            }

            builder.Append(Cells[c]);
        }

        if (_trailingPipe)
        {
            builder.Append('|').Append(_suffix);
        }

        return builder.ToString();
    }

    /// <summary>A cell's text escaped for a table: a pipe becomes <c>\|</c>, a line break a space.</summary>
    public static string Escape(string value) => value.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    private string Padded(string value)
    {
        var model = Cells.Count > 0 ? Cells[Cells.Count - 1] : " x ";
        var spaced = model.Length > 0 && model[0] == ' ';
        if (value.Length == 0)
        {
            return spaced ? "  " : string.Empty;
        }

        return spaced ? " " + value + " " : value;
    }
}
