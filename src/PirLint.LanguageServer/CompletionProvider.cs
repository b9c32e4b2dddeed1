using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.LanguageServer.Protocol;
using PirLint.Schema;

namespace PirLint.LanguageServer;

/// <summary>
/// Completion from the effective schema, read from the text around the cursor (a buffer being typed is often not a
/// valid review): field names valid at the cursor and enum values, in YAML and in a Markdown front matter, and the
/// enum columns of a Markdown table.
/// </summary>
internal static class CompletionProvider
{
    private const int FieldKind = 5;
    private const int EnumMemberKind = 20;
    private const int MaxLinesBack = 5000;

    private static readonly Regex KeyPrefix = new(@"^(?<indent> *)(?<dash>- +)?(?<key>[A-Za-z0-9_]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex ValuePrefix = new(@"^(?<indent> *)(?<dash>- +)?(?<key>[A-Za-z0-9_]+):[ \t]+[""']?(?<value>[^""'#]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyLine = new(@"^(?<indent> *)(?<dash>- +)?(?<key>[A-Za-z0-9_]+):(?<rest>.*)$", RegexOptions.CultureInvariant);

    public static CompletionList Complete(string path, TextPositions positions, int line, int offset, PirSchema schema)
    {
        var items = new List<CompletionItem>();
        var prefix = positions.LineText(line).Substring(0, offset - positions.LineStart(line));
        var markdown = DocumentLoader.FormOf(path) == DocumentForm.Markdown;
        var firstYamlLine = 0;
        var inYaml = !markdown;
        if (markdown && FrontMatter.Find(positions) is { } frontMatter && frontMatter.Contains(line))
        {
            inYaml = true;
            firstYamlLine = frontMatter.OpenLine + 1;
        }

        if (inYaml)
        {
            CompleteYaml(positions, line, prefix, firstYamlLine, schema, items);
        }
        else if (markdown)
        {
            CompleteTableCell(positions, line, prefix, schema, items);
        }

        return new CompletionList(false, items);
    }

    private static void CompleteYaml(TextPositions positions, int line, string prefix, int firstLine, PirSchema schema, List<CompletionItem> items)
    {
        if (ValuePrefix.Match(prefix) is { Success: true } value)
        {
            var owner = OwnerAt(positions, line, KeyColumn(value), firstLine, schema.Root);
            if (owner?.FindProperty(value.Groups["key"].Value) is { } field)
            {
                AddValues(field, items);
            }

            return;
        }

        if (KeyPrefix.Match(prefix) is { Success: true } key)
        {
            var column = KeyColumn(key);
            var owner = OwnerAt(positions, line, column, firstLine, schema.Root);
            if (owner == null)
            {
                return;
            }

            var present = SiblingKeys(positions, line, column, firstLine);
            foreach (var property in owner.Properties)
            {
                if (present.Contains(property.Key))
                {
                    continue;
                }

                var required = owner.IsRequired(property.Key);
                items.Add(new CompletionItem
                {
                    Label = property.Key,
                    Kind = FieldKind,
                    Detail = (property.Value.Type ?? "any") + (required ? ", required" : string.Empty),
                    Documentation = property.Value.Description is { } description ? new MarkupContent(description) : null,
                    InsertText = property.Key + ": ",
                    SortText = (required ? "0" : "1") + property.Key,
                });
            }
        }
    }

    private static void AddValues(SchemaNode field, List<CompletionItem> items)
    {
        if (field.Enum is { } allowed)
        {
            for (var i = 0; i < allowed.Count; i++)
            {
                items.Add(new CompletionItem { Label = allowed[i], Kind = EnumMemberKind, Detail = field.Description, SortText = i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
        else if (field.Type == "boolean")
        {
            items.Add(new CompletionItem { Label = "true", Kind = EnumMemberKind });
            items.Add(new CompletionItem { Label = "false", Kind = EnumMemberKind });
        }
    }

    private static int KeyColumn(Match match) => match.Groups["indent"].Length + match.Groups["dash"].Length;

    /// <summary>
    /// The schema of the mapping a key at <paramref name="column"/> on <paramref name="line"/> belongs to: the keys
    /// above it with less indentation, read back to the start of the YAML, resolved from the root schema.
    /// </summary>
    private static SchemaNode? OwnerAt(TextPositions positions, int line, int column, int firstLine, SchemaNode root)
    {
        var path = new List<string>();
        var listKeyAtSameColumn = false;
        for (var l = line - 1; l >= firstLine && line - l <= MaxLinesBack; l--)
        {
            var text = positions.LineText(l);
            var trimmed = text.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = text.Length - trimmed.Length;
            var isItem = trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed == "-";
            if (isItem && indent < column)
            {
                // The cursor is inside this list item: the list's key is above, at this indentation or less.
                path.Add("[]");
                column = indent;
                listKeyAtSameColumn = true;
                continue;
            }

            if (KeyLine.Match(text) is not { Success: true } key)
            {
                if (indent < column)
                {
                    return null;
                }

                continue;
            }

            var keyColumn = KeyColumn(key);
            if (keyColumn < column || (listKeyAtSameColumn && keyColumn == column && key.Groups["dash"].Length == 0))
            {
                var rest = key.Groups["rest"].Value.Trim();
                if (rest.Length > 0 && !rest.StartsWith("#", StringComparison.Ordinal) && !rest.StartsWith("&", StringComparison.Ordinal))
                {
                    return null;
                }

                path.Add(key.Groups["key"].Value);
                column = key.Groups["dash"].Length > 0 ? key.Groups["indent"].Length : keyColumn;
                if (key.Groups["dash"].Length > 0)
                {
                    path.Add("[]");
                }

                listKeyAtSameColumn = key.Groups["dash"].Length > 0;
            }
        }

        var node = root;
        for (var i = path.Count - 1; i >= 0 && node != null; i--)
        {
            node = path[i] == "[]" ? node.Items : node.FindProperty(path[i]);
        }

        return node;
    }

    /// <summary>The keys already written in the mapping the cursor's line is in.</summary>
    private static HashSet<string> SiblingKeys(TextPositions positions, int line, int column, int firstLine)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in new[] { -1, 1 })
        {
            for (var l = line + step; l >= firstLine && l < positions.LineCount && Math.Abs(l - line) <= MaxLinesBack; l += step)
            {
                var text = positions.LineText(l);
                var trimmed = text.TrimStart(' ');
                if (trimmed.Length == 0 || trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                if (trimmed.TrimEnd() is "---" or "...")
                {
                    break;
                }

                if (KeyLine.Match(text) is { Success: true } key)
                {
                    var keyColumn = KeyColumn(key);
                    var startsItem = key.Groups["dash"].Length > 0;
                    if (keyColumn < column || (keyColumn == column && startsItem && step > 0))
                    {
                        // The parent's key, or the next list item.
                        break;
                    }

                    if (keyColumn == column)
                    {
                        keys.Add(key.Groups["key"].Value);
                        if (startsItem)
                        {
                            // The first key of this list item: the item starts here.
                            break;
                        }
                    }
                }
                else if (text.Length - trimmed.Length < column)
                {
                    break;
                }
            }
        }

        return keys;
    }

    /// <summary>In a table under a heading that names a list field, the allowed values of the cell's column.</summary>
    private static void CompleteTableCell(TextPositions positions, int line, string prefix, PirSchema schema, List<CompletionItem> items)
    {
        if (!positions.LineText(line).TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            return;
        }

        var header = line;
        while (header > 0 && positions.LineText(header - 1).TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            header--;
        }

        if (line <= header + 1 || !IsDelimiterRow(positions.LineText(header + 1)))
        {
            return;
        }

        var column = CountPipes(prefix) - 1;
        var headers = SplitCells(positions.LineText(header));
        if (column < 0 || column >= headers.Count)
        {
            return;
        }

        string? section = null;
        for (var l = header - 1; l >= 0 && section == null; l--)
        {
            var text = positions.LineText(l).TrimStart();
            if (text.StartsWith("## ", StringComparison.Ordinal) || text.StartsWith("### ", StringComparison.Ordinal))
            {
                section = NameFolding.ToFieldName(text.TrimStart('#').Trim().TrimEnd(':'));
            }
        }

        var columnName = NameFolding.ToFieldName(headers[column]);
        if (section != null && schema.Root.FindProperty(section)?.Items?.FindProperty(columnName) is { } field)
        {
            AddValues(field, items);
        }
    }

    private static bool IsDelimiterRow(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && trimmed.Contains('-') && trimmed.Trim('|', '-', ':', ' ').Length == 0;
    }

    private static int CountPipes(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    private static List<string> SplitCells(string row)
    {
        var cells = new List<string>();
        var trimmed = row.Trim();
        if (trimmed.StartsWith("|", StringComparison.Ordinal))
        {
            trimmed = trimmed.Substring(1);
        }

        var start = 0;
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '\\')
            {
                i++;
            }
            else if (trimmed[i] == '|')
            {
                cells.Add(trimmed.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }

        if (start < trimmed.Length && trimmed.Substring(start).Trim().Length > 0)
        {
            cells.Add(trimmed.Substring(start).Trim());
        }

        return cells;
    }
}
