using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Documents.Yaml;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>
/// Reads the Markdown form: the YAML front matter, plus each <c>##</c> or <c>###</c> section whose heading folds to a
/// top-level list field (bullet lists give strings, pipe tables one mapping a row); see docs/markdown-reading.md.
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
            var frontMatter = YamlReviewReader.ReadRootMapping(yaml, lines, diagnostics, "the front matter");
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
        var fields = new string?[blocks.Count];
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is { Kind: MarkdownBlockKind.Heading, Level: 2 or 3 } heading &&
                MarkdownHeadings.FieldName(lines, heading) is { } name && listFields.Contains(name))
            {
                fields[i] = name;
            }
        }

        var uris = listFields as MarkdownSectionFields;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (fields[i] is not { } field)
            {
                continue;
            }

            var level = blocks[i].Level;
            var end = i + 1;
            while (end < blocks.Count && !(blocks[end].Kind == MarkdownBlockKind.Heading && (blocks[end].Level <= level || fields[end] != null)))
            {
                end++;
            }

            var title = MarkdownHeadings.TitleSpan(lines, blocks[i]);
            var section = new MarkdownSection(lines, field, uris, diagnostics);
            var value = section.Read(blocks, i + 1, end, title);
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
