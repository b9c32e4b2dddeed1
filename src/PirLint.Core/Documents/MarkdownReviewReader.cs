using System;
using System.Collections.Generic;
using System.Text;
using PirLint.Diagnostics;
using PirLint.Text;

namespace PirLint.Documents;

/// <summary>
/// Reads the Markdown form: the YAML front matter, plus each <c>##</c> section whose heading folds to a top-level
/// list field (a bullet list gives strings, a pipe table gives one mapping a row).
/// </summary>
internal static class MarkdownReviewReader
{
    public static PirDocument? Read(string path, LineMap lines, ICollection<string> listFields, DiagnosticBag diagnostics)
    {
        var text = lines.Text;
        var comments = new List<SourceComment>();
        var properties = new List<PirProperty>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var bodyStart = 0;
        var plainFences = true;
        SourceSpan rootAnchor = lines.Span(0, 0);

        if (IsFence(lines, 1))
        {
            var close = 2;
            while (close <= lines.LineCount && !IsFence(lines, close) && !IsDocumentEnd(lines, close))
            {
                close++;
            }

            if (close > lines.LineCount)
            {
                diagnostics.Report(RuleCatalog.PIR001, lines.LineSpan(1), "the front matter opened by '---' on line 1 is never closed; add a line '---' after the last front matter field");
                return null;
            }

            plainFences = IsPlainFence(lines, 1) && IsPlainFence(lines, close);
            var yaml = text.Substring(0, lines.LineStart(close));
            var frontMatter = DocumentLoader.ReadRootMapping(yaml, lines, diagnostics, "the front matter");
            if (frontMatter == null)
            {
                return null;
            }

            CommentScanner.AddYamlComments(yaml, lines, comments);
            foreach (var property in frontMatter.Properties)
            {
                properties.Add(property);
                keys.Add(property.Key);
            }

            rootAnchor = frontMatter.Anchor;
            bodyStart = close < lines.LineCount ? lines.LineStart(close + 1) : text.Length;
        }

        CommentScanner.AddHtmlComments(text, bodyStart, lines, comments);
        ReadSections(lines, bodyStart, plainFences, listFields, diagnostics, properties, keys);
        var root = new MappingNode(properties, lines.Span(0, text.Length), rootAnchor);
        return new PirDocument(path, DocumentForm.Markdown, lines, root, comments);
    }

    private static void ReadSections(LineMap lines, int bodyStart, bool plainFences, ICollection<string> listFields, DiagnosticBag diagnostics, List<PirProperty> properties, HashSet<string> keys)
    {
        if (bodyStart >= lines.Text.Length || lines.Text.IndexOf("##", bodyStart, StringComparison.Ordinal) < 0)
        {
            return;
        }

        var blocks = ReadBlocks(lines.Text, bodyStart, plainFences);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not { Kind: MarkdownBlockKind.Heading, Level: 2 } heading)
            {
                continue;
            }

            var title = HeadingText(lines, heading);
            var field = NameFolding.ToFieldName(lines.Text.Substring(title.Start, title.Length));
            if (!listFields.Contains(field))
            {
                continue;
            }

            var end = i + 1;
            while (end < blocks.Count && !(blocks[end] is { Kind: MarkdownBlockKind.Heading } next && next.Level <= 2))
            {
                end++;
            }

            var value = ReadSectionValue(lines, blocks, i + 1, end, title, diagnostics);
            if (keys.Add(field))
            {
                properties.Add(new PirProperty(field, title, value));
            }
            else
            {
                diagnostics.Report(RuleCatalog.PIR007, title, $"'{field}' is given twice: in the front matter or an earlier section and in this section; keep one (the first is used)");
            }
        }
    }

    /// <summary>
    /// The body's blocks: from the scanner when the body is in its subset (and the front matter fences are plain
    /// <c>---</c> lines, as Markdig surely reads them), else from Markdig.
    /// </summary>
    private static List<MarkdownBlock> ReadBlocks(string text, int bodyStart, bool plainFences)
    {
        var blocks = new List<MarkdownBlock>();
        return plainFences && MarkdownBlockScanner.TryScan(text, bodyStart, blocks) ? blocks : MarkdigBlockReader.Read(text, bodyStart);
    }

    private static PirNode ReadSectionValue(LineMap lines, List<MarkdownBlock> blocks, int first, int end, SourceSpan title, DiagnosticBag diagnostics)
    {
        for (var i = first; i < end; i++)
        {
            switch (blocks[i].Kind)
            {
                case MarkdownBlockKind.List:
                    return ReadList(lines, blocks[i]);
                case MarkdownBlockKind.Table:
                    return ReadTable(lines, blocks[i], diagnostics);
                case MarkdownBlockKind.Paragraph:
                    return Scalar(lines, blocks[i].Start, blocks[i].End);
            }
        }

        return new ScalarNode(string.Empty, ScalarKind.Plain, title, title);
    }

    private static SequenceNode ReadList(LineMap lines, MarkdownBlock list)
    {
        var items = new List<PirNode>(list.Items.Count);
        foreach (var item in list.Items)
        {
            if (item.ParagraphStart >= 0)
            {
                items.Add(Scalar(lines, item.ParagraphStart, item.ParagraphEnd));
            }
            else
            {
                var marker = lines.Span(item.Start, item.Start + 1);
                items.Add(new ScalarNode(string.Empty, ScalarKind.Plain, marker, marker));
            }
        }

        return new SequenceNode(items, lines.Span(list.Start, list.End));
    }

    private static SequenceNode ReadTable(LineMap lines, MarkdownBlock table, DiagnosticBag diagnostics)
    {
        var span = lines.Span(table.Start, table.End);
        var headerLine = span.StartLine;
        var header = MarkdownTableReader.ReadRow(lines, headerLine);
        var columns = new string?[header.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < header.Count; c++)
        {
            var key = NameFolding.ToFieldName(header[c].Value);
            if (key.Length == 0)
            {
                continue;
            }

            if (seen.Add(key))
            {
                columns[c] = key;
            }
            else
            {
                diagnostics.Report(RuleCatalog.PIR007, header[c].Span, $"the column '{header[c].Value}' is given twice in this table; keep one (the first is used)");
            }
        }

        var rows = new List<PirNode>();
        for (var line = headerLine + 2; line <= span.EndLine; line++)
        {
            var cells = MarkdownTableReader.ReadRow(lines, line);
            if (cells.Count == 0)
            {
                continue;
            }

            var properties = new List<PirProperty>();
            var emptyCells = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
            for (var c = 0; c < columns.Length; c++)
            {
                var key = columns[c];
                if (key == null)
                {
                    continue;
                }

                if (c < cells.Count && cells[c].Value.Length > 0)
                {
                    var cell = cells[c];
                    properties.Add(new PirProperty(key, header[c].Span, new ScalarNode(cell.Value, ScalarKind.Plain, cell.Span, cell.Span)));
                }
                else
                {
                    emptyCells[key] = c < cells.Count ? cells[c].Span : lines.LineSpan(line);
                }
            }

            var rowSpan = lines.LineSpan(line);
            rows.Add(new MappingNode(properties, rowSpan, cells[0].Span, emptyCells) { Size = 1 + properties.Count * 2 });
        }

        return new SequenceNode(rows, span);
    }

    private static ScalarNode Scalar(LineMap lines, int start, int end)
    {
        var span = lines.Span(start, end);
        var raw = lines.Text.Substring(span.Start, span.Length);
        var value = raw.IndexOf('\n') >= 0 || raw.IndexOf('\r') >= 0 ? JoinLines(raw) : raw;
        return new ScalarNode(value, ScalarKind.Plain, span, span);
    }

    private static string JoinLines(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var part in raw.Split(new[] { "\r\n", "\n", "\r" }, StringSplitOptions.None))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(part.Trim());
        }

        return builder.ToString();
    }

    private static SourceSpan HeadingText(LineMap lines, MarkdownBlock heading)
    {
        var line = lines.GetLine(heading.Start);
        var start = lines.LineStart(line);
        var end = lines.LineEnd(line);
        var text = lines.Text;
        while (start < end && (text[start] == ' ' || text[start] == '#'))
        {
            start++;
        }

        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '#'))
        {
            end--;
        }

        return lines.Span(start, end);
    }

    private static bool IsFence(LineMap lines, int line) => LineIs(lines, line, "---");

    private static bool IsDocumentEnd(LineMap lines, int line) => LineIs(lines, line, "...");

    /// <summary>A fence with nothing after its <c>---</c>, not even white space.</summary>
    private static bool IsPlainFence(LineMap lines, int line) => IsFence(lines, line) && lines.LineEnd(line) - lines.LineStart(line) == 3;

    private static bool LineIs(LineMap lines, int line, string marker)
    {
        if (line > lines.LineCount)
        {
            return false;
        }

        var start = lines.LineStart(line);
        var end = lines.LineEnd(line);
        while (end > start && (lines.Text[end - 1] == ' ' || lines.Text[end - 1] == '\t'))
        {
            end--;
        }

        return end - start == marker.Length && string.CompareOrdinal(lines.Text, start, marker, 0, marker.Length) == 0;
    }
}
