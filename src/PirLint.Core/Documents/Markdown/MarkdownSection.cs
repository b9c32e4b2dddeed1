using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Rules;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>
/// The value of one Markdown section: every list in it (or every table with the first table's header), in order, with
/// prose, comments and lower headings between them left alone. A section with only prose is read as that prose, which
/// the schema reports (PIR003) at its first line.
/// </summary>
internal sealed class MarkdownSection
{
    private const string ProseKind = "prose without a bullet list or table (write each item as a '- ' bullet, or a table row)";

    private readonly LineMap _lines;
    private readonly string _field;
    private readonly MarkdownSectionFields? _uris;
    private readonly DiagnosticBag _diagnostics;

    public MarkdownSection(LineMap lines, string field, MarkdownSectionFields? uris, DiagnosticBag diagnostics)
    {
        _lines = lines;
        _field = field;
        _uris = uris;
        _diagnostics = diagnostics;
    }

    public PirNode Read(List<MarkdownBlock> blocks, int first, int end, SourceSpan title)
    {
        var items = new List<PirNode>();
        MarkdownBlockKind? kind = null;
        List<MarkdownTableReader.Cell>? header = null;
        string?[]? columns = null;
        MarkdownBlock? prose = null;
        int valueStart = -1, valueEnd = -1;
        for (var i = first; i < end; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case MarkdownBlockKind.List when kind is null or MarkdownBlockKind.List:
                    kind = MarkdownBlockKind.List;
                    ReadList(block, items);
                    break;
                case MarkdownBlockKind.Table when kind == null:
                    kind = MarkdownBlockKind.Table;
                    header = MarkdownTableReader.ReadRow(_lines, _lines.GetLine(block.Start));
                    columns = Columns(header, report: true);
                    ReadRows(block, header, columns, items);
                    break;
                case MarkdownBlockKind.Table when kind == MarkdownBlockKind.Table:
                    var otherHeader = MarkdownTableReader.ReadRow(_lines, _lines.GetLine(block.Start));
                    if (SameColumns(columns!, Columns(otherHeader, report: false)))
                    {
                        ReadRows(block, header!, columns!, items);
                    }
                    else
                    {
                        _diagnostics.Report(RuleCatalog.PIR003, _lines.LineSpan(_lines.GetLine(block.Start)),
                            $"this table's columns differ from those of the first table in the '{_field}' section, so its rows are not read; give it the same header row, or move it to a section of its own");
                    }

                    continue;
                case MarkdownBlockKind.Paragraph when kind == MarkdownBlockKind.Table && _lines.Text[block.Start] == '|':
                    _diagnostics.Report(RuleCatalog.PIR003, _lines.LineSpan(_lines.GetLine(block.Start)),
                        $"these lines look like rows of the '{_field}' table, but a blank or comment line ended the table above them, so they are not read; remove the line between the rows (a comment for one row can go inside a cell)");
                    continue;
                case MarkdownBlockKind.Paragraph:
                case MarkdownBlockKind.Other:
                    prose ??= block;
                    continue;
                default:
                    continue;
            }

            valueStart = valueStart < 0 ? block.Start : valueStart;
            valueEnd = block.End;
        }

        if (kind != null)
        {
            return new SequenceNode(items, _lines.Span(valueStart, valueEnd));
        }

        if (prose != null)
        {
            var line = _lines.LineSpan(_lines.GetLine(prose.Start));
            var start = line.Start;
            var lineEnd = MarkdownBlock.TrimEnd(_lines.Text, start, line.End);
            while (start < lineEnd && char.IsWhiteSpace(_lines.Text[start]))
            {
                start++;
            }

            var text = new TextWithOffsets();
            for (var i = start; i < lineEnd; i++)
            {
                text.Append(_lines.Text[i], i);
            }

            var span = _lines.Span(start, lineEnd);
            return new ScalarNode(text.ToString(), ScalarKind.Text, span, span, text.Offsets(), ProseKind);
        }

        return new ScalarNode(string.Empty, ScalarKind.Plain, title, title);
    }

    private void ReadList(MarkdownBlock list, List<PirNode> items)
    {
        var linkUrls = _uris != null && _uris.IsUri(_field);
        foreach (var item in list.Items)
        {
            if (item.Texts.Count == 1 && item.Texts[0].Lines.Count == 1 && item.Texts[0].Lines[0] is var only && MarkdownInlineText.IsPlain(_lines.Text, only.Start, only.End))
            {
                // One plain line, by far the most common bullet: the source holds the value verbatim.
                var plain = _lines.Span(only.Start, only.End);
                items.Add(new ScalarNode(_lines.Text.Substring(only.Start, only.End - only.Start), ScalarKind.Text, plain, plain));
                continue;
            }

            var value = new TextWithOffsets();
            foreach (var text in item.Texts)
            {
                var part = MarkdownInlineText.Read(_lines.Text, text.Lines, linkUrls);
                if (part.Length == 0)
                {
                    continue;
                }

                if (value.Length > 0)
                {
                    value.Append('\n', -1);
                }

                value.Append(part);
            }

            var marker = _lines.Span(item.Start, item.Start + 1);
            var texts = item.Texts;
            var span = texts.Count == 0 ? marker : _lines.Span(texts[0].Lines[0].Start, texts[texts.Count - 1].Lines[texts[texts.Count - 1].Lines.Count - 1].End);
            items.Add(new ScalarNode(value.ToString(), ScalarKind.Text, span, span, value.Offsets()));
        }
    }

    private string?[] Columns(List<MarkdownTableReader.Cell> header, bool report)
    {
        var columns = new string?[header.Count];
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var c = 0; c < header.Count; c++)
        {
            var name = MarkdownInlineText.IsPlain(_lines.Text, header[c].Span.Start, header[c].Span.End)
                ? header[c].Value
                : MarkdownInlineText.Read(_lines.Text, new[] { new MarkdownLine(header[c].Span.Start, header[c].Span.End) }, linkUrls: false).ToString();
            var key = NameFolding.ToFieldName(name);
            if (key.Length == 0)
            {
                continue;
            }

            if (seen.Add(key))
            {
                columns[c] = key;
            }
            else if (report)
            {
                _diagnostics.Report(RuleCatalog.PIR007, header[c].Span, $"the column '{header[c].Value}' is given twice in this table; keep one (the first is used)");
            }
        }

        return columns;
    }

    private static bool SameColumns(string?[] first, string?[] other)
    {
        if (first.Length != other.Length)
        {
            return false;
        }

        for (var c = 0; c < first.Length; c++)
        {
            if (first[c] != other[c])
            {
                return false;
            }
        }

        return true;
    }

    private void ReadRows(MarkdownBlock table, List<MarkdownTableReader.Cell> header, string?[] columns, List<PirNode> rows)
    {
        var span = _lines.Span(table.Start, table.End);
        for (var line = span.StartLine + 2; line <= span.EndLine; line++)
        {
            var cells = MarkdownTableReader.ReadRow(_lines, line);
            if (cells.Count == 0)
            {
                continue;
            }

            if (FirstExtraCell(cells, columns.Length) is { } extra)
            {
                _diagnostics.Report(RuleCatalog.PIR003, extra.Span,
                    $"this row has {cells.Count} cells but the table's header has {columns.Length}; remove the extra cell or add its column to the header (a '|' inside a cell is written '\\|')");
            }

            var properties = new List<PirProperty>();
            var emptyCells = new Dictionary<string, SourceSpan>(System.StringComparer.Ordinal);
            for (var c = 0; c < columns.Length; c++)
            {
                if (columns[c] is not { } key)
                {
                    continue;
                }

                if (c >= cells.Count)
                {
                    emptyCells[key] = _lines.LineSpan(line);
                    continue;
                }

                var cell = cells[c];
                if (cell.Value.Length > 0 && MarkdownInlineText.IsPlain(_lines.Text, cell.Span.Start, cell.Span.End))
                {
                    // A plain cell, by far the most common: its trimmed source is its value.
                    properties.Add(new PirProperty(key, header[c].Span, new ScalarNode(cell.Value, ScalarKind.Text, cell.Span, cell.Span)));
                    continue;
                }

                var value = cell.Value.Length == 0
                    ? new TextWithOffsets()
                    : MarkdownInlineText.Read(_lines.Text, new[] { new MarkdownLine(cell.Span.Start, cell.Span.End) }, _uris != null && _uris.IsUri(_field, key));
                if (value.Length > 0)
                {
                    properties.Add(new PirProperty(key, header[c].Span, new ScalarNode(value.ToString(), ScalarKind.Text, cell.Span, cell.Span, value.Offsets())));
                }
                else
                {
                    emptyCells[key] = cell.Span;
                }
            }

            rows.Add(new MappingNode(properties, _lines.LineSpan(line), cells[0].Span, emptyCells) { Size = 1 + properties.Count * 2 });
        }
    }

    /// <summary>The first cell past the header's that a reader sees text in; an empty one, or one with only a comment, holds nothing.</summary>
    private MarkdownTableReader.Cell? FirstExtraCell(List<MarkdownTableReader.Cell> cells, int columns)
    {
        for (var c = columns; c < cells.Count; c++)
        {
            if (cells[c].Value.Length > 0 && MarkdownInlineText.Read(_lines.Text, new[] { new MarkdownLine(cells[c].Span.Start, cells[c].Span.End) }, linkUrls: false).Length > 0)
            {
                return cells[c];
            }
        }

        return null;
    }
}
