using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using PirLint.Documents;
using PirLint.Text;

namespace PirLint.Cli.Tickets;

/// <summary>Fields to set on one action item: <c>ticket_url</c>, or <c>status</c> and <c>closed_date</c>.</summary>
internal sealed record ItemEdit(MappingNode Item, int Index, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>
/// Sets fields of action items in a review's text and changes nothing else: in YAML a value replaces the old one or a
/// new <c>key: value</c> line goes after the item's last line, at its keys' indentation, with the file's line ending; in
/// a Markdown table the cell is filled, and a missing column is added to the header, the delimiter row and every row.
/// </summary>
internal static class ReviewEditor
{
    private static readonly Regex PlainSafe = new(@"^[A-Za-z0-9][A-Za-z0-9:/._~%?&=+,;@!$()*\[\]-]*$", RegexOptions.CultureInvariant);

    /// <summary>The column header written when a table has no column for the field.</summary>
    public static string ColumnHeader(string field) => field switch
    {
        "ticket_url" => "Ticket URL",
        "closed_date" => "Closed date",
        "status" => "Status",
        _ => field,
    };

    /// <summary>
    /// The review's new text; an item that cannot be edited is added to <paramref name="refused"/> with the reason and
    /// keeps its text.
    /// </summary>
    public static string Apply(LoadedReview review, IReadOnlyList<ItemEdit> edits, List<(ItemEdit Edit, string Reason)> refused)
    {
        var lines = review.Document.Lines;
        var replacements = new List<(int Start, int End, string Text)>();
        var tables = new SortedDictionary<int, List<ItemEdit>>();
        foreach (var edit in edits)
        {
            if (LoadedReview.IsTableRow(edit.Item))
            {
                var header = edit.Item.Properties[0].KeySpan.StartLine;
                if (!tables.TryGetValue(header, out var list))
                {
                    tables[header] = list = new List<ItemEdit>();
                }

                list.Add(edit);
                continue;
            }

            var reason = EditYaml(lines, edit, replacements);
            if (reason != null)
            {
                refused.Add((edit, reason));
            }
        }

        foreach (var table in tables)
        {
            EditTable(lines, table.Key, table.Value, replacements);
        }

        replacements.Sort((a, b) => b.Start.CompareTo(a.Start));
        var builder = new StringBuilder(lines.Text);
        foreach (var (start, end, text) in replacements)
        {
            builder.Remove(start, end - start).Insert(start, text);
        }

        return builder.ToString();
    }

    private static string? EditYaml(LineMap lines, ItemEdit edit, List<(int Start, int End, string Text)> replacements)
    {
        var text = lines.Text;
        var item = edit.Item;
        if (item.Properties.Count == 0)
        {
            return "the item has no keys to place a new one beside";
        }

        if (text[item.Span.Start] == '{')
        {
            return "the item is a flow mapping ({ ... }); add the key by hand";
        }

        var own = new List<(int Start, int End, string Text)>();
        var newLines = new StringBuilder();
        var first = item.Properties[0].KeySpan;
        var keyStart = first.Start > 0 && text[first.Start - 1] is '"' or '\'' ? first.Start - 1 : first.Start;
        var indent = new string(' ', keyStart - lines.LineStart(lines.GetLine(keyStart)));
        var eol = LineEnding(lines, first.StartLine);
        foreach (var field in edit.Fields)
        {
            var property = item.Find(field.Key);
            if (property == null)
            {
                newLines.Append(indent).Append(field.Key).Append(": ").Append(YamlValue(field.Value)).Append(eol);
                continue;
            }

            if (property.Value is not ScalarNode scalar)
            {
                return $"its '{field.Key}' is not a single value";
            }

            if (scalar.Span.Length == 0)
            {
                var colon = text.IndexOf(':', property.KeySpan.End);
                if (colon < 0 || lines.GetLine(colon) != property.KeySpan.StartLine)
                {
                    return $"its empty '{field.Key}' could not be filled";
                }

                own.Add((colon + 1, colon + 1, " " + YamlValue(field.Value)));
            }
            else if (text[scalar.Span.Start] is '|' or '>')
            {
                return $"its '{field.Key}' is a block scalar; set it by hand";
            }
            else if (scalar.Kind == ScalarKind.Quoted && PlainSafe.IsMatch(field.Value) && field.Value.IndexOf('\'') < 0)
            {
                own.Add((scalar.ValueSpan.Start, scalar.ValueSpan.End, field.Value));
            }
            else
            {
                own.Add((scalar.Span.Start, scalar.Span.End, YamlValue(field.Value)));
            }
        }

        if (newLines.Length > 0)
        {
            var last = item.Properties[item.Properties.Count - 1];
            var end = Math.Max(last.KeySpan.End, last.Value.Span.End);
            int at;
            if (end > 0 && end <= text.Length && lines.LineStart(lines.GetLine(end)) == end && end > lines.LineStart(last.KeySpan.StartLine))
            {
                at = end;
            }
            else
            {
                var line = lines.GetLine(Math.Max(end - 1, 0));
                at = line < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
                if (at == text.Length && lines.LineEnd(line) == text.Length)
                {
                    // The file ends without a line break: the new lines go after one, and it still ends without.
                    newLines.Insert(0, eol);
                    newLines.Length -= eol.Length;
                }
            }

            own.Add((at, at, newLines.ToString()));
        }

        replacements.AddRange(own);
        return null;
    }

    private static void EditTable(LineMap lines, int headerLine, List<ItemEdit> edits, List<(int Start, int End, string Text)> replacements)
    {
        var text = lines.Text;
        string LineText(int line) => text.Substring(lines.LineStart(line), lines.LineEnd(line) - lines.LineStart(line));
        var last = headerLine + 1;
        while (last < lines.LineCount && LineText(last + 1).Trim().Length > 0)
        {
            last++;
        }

        var parsed = new Dictionary<int, TableLine>();
        TableLine At(int line) => parsed.TryGetValue(line, out var row) ? row : parsed[line] = TableLine.Parse(LineText(line));
        var header = At(headerLine);
        foreach (var edit in edits)
        {
            foreach (var field in edit.Fields)
            {
                var column = header.Cells.FindIndex(cell => TableLine.FieldName(cell) == field.Key);
                if (column < 0)
                {
                    header.Add(ColumnHeader(field.Key));
                    column = header.Cells.Count - 1;
                    At(headerLine + 1).Set(column, "---");
                    for (var line = headerLine + 2; line <= last; line++)
                    {
                        if (At(line).Cells.Count <= column)
                        {
                            At(line).Set(column, string.Empty);
                        }
                    }
                }

                At(edit.Item.Span.StartLine).Set(column, TableLine.Escape(field.Value));
            }
        }

        foreach (var pair in parsed)
        {
            var updated = pair.Value.ToString();
            if (updated != LineText(pair.Key))
            {
                replacements.Add((lines.LineStart(pair.Key), lines.LineEnd(pair.Key), updated));
            }
        }
    }

    /// <summary>The line break that ends <paramref name="line"/>, else the file's first, else <c>\n</c>.</summary>
    private static string LineEnding(LineMap lines, int line)
    {
        var text = lines.Text;
        foreach (var start in new[] { lines.LineEnd(line), text.IndexOfAny(new[] { '\r', '\n' }) })
        {
            if (start >= 0 && start < text.Length && text[start] is '\r' or '\n')
            {
                return text[start] == '\r' && start + 1 < text.Length && text[start + 1] == '\n' ? "\r\n" : text[start].ToString();
            }
        }

        return "\n";
    }

    private static string YamlValue(string value) => PlainSafe.IsMatch(value) && !value.Contains(": ") && !value.Contains(" #") ? value : YamlText.Quote(value);
}
