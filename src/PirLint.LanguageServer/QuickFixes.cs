using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.LanguageServer.Protocol;
using PirLint.Schema;
using PirLint.Values;

namespace PirLint.LanguageServer;

/// <summary>
/// The quick fixes of a diagnostic, each a WorkspaceEdit that changes only what it must: the nearest allowed value
/// (PIR004), the nearest known field name (PIR005), a missing required field with a TODO value (PIR002), and a
/// suppression comment on the line or for the file (format section 4).
/// </summary>
internal static class QuickFixes
{
    private const string Todo = "TODO";
    private const int MaxSkeletonDepth = 3;

    public static List<CodeAction> For(string uri, LintSnapshot snapshot, PirDiagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var lsp = DiagnosticMapper.ToLsp(diagnostic, snapshot);
        var index = snapshot.Index;
        var shift = snapshot.OffsetShift;
        if (index != null)
        {
            if (NearestValue(index, diagnostic) is { } value)
            {
                actions.Add(Action($"Change '{value.Written}' to '{value.Nearest}'", uri, lsp, true,
                    Edit(snapshot, value.Span.Start + shift, value.Span.End + shift, value.Nearest)));
            }

            if (NearestField(index, diagnostic) is { } field)
            {
                actions.Add(Action($"Rename '{field.Written}' to '{field.Nearest}'", uri, lsp, true,
                    Edit(snapshot, field.Span.Start + shift, field.Span.End + shift, field.Nearest)));
            }

            foreach (var insertion in MissingFields(snapshot, index, diagnostic))
            {
                actions.Add(Action($"Add '{insertion.Key}' with a TODO value", uri, lsp, true, insertion.Edit));
            }
        }

        if (SuppressOnLine(snapshot, diagnostic) is { } onLine)
        {
            actions.Add(Action($"Suppress {diagnostic.Id} on this line", uri, lsp, false, onLine));
        }

        actions.Add(Action($"Suppress {diagnostic.Id} in this file", uri, lsp, false, SuppressInFile(snapshot, diagnostic)));
        return actions;
    }

    private static CodeAction Action(string title, string uri, LspDiagnostic diagnostic, bool preferred, TextEdit edit) =>
        new()
        {
            Title = title,
            Diagnostics = new[] { diagnostic },
            IsPreferred = preferred ? true : null,
            Edit = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<TextEdit>> { [uri] = new[] { edit } }),
        };

    private static TextEdit Edit(LintSnapshot snapshot, int start, int end, string text) =>
        new(snapshot.Positions.RangeOf(start, end), text);

    private static (string Written, string Nearest, Text.SourceSpan Span)? NearestValue(ReviewIndex index, PirDiagnostic diagnostic)
    {
        if (index.ScalarAt(diagnostic.Span) is not { Node: ScalarNode scalar, Schema.Enum: { Count: > 0 } allowed } || allowed.Contains(scalar.Value))
        {
            return null;
        }

        return NearestName.Find(scalar.Value, allowed) is { } nearest ? (scalar.Value, nearest, scalar.ValueSpan) : null;
    }

    private static (string Written, string Nearest, Text.SourceSpan Span)? NearestField(ReviewIndex index, PirDiagnostic diagnostic)
    {
        if (index.KeyAt(diagnostic.Span) is not { Property: { } property, OwnerSchema: { } owner, Owner: { } mapping } || owner.FindProperty(property.Key) != null)
        {
            return null;
        }

        var free = owner.Properties.Select(p => p.Key).Where(key => mapping.Find(key) == null);
        return NearestName.Find(property.Key, free) is { } nearest ? (property.Key, nearest, property.KeySpan) : null;
    }

    /// <summary>For each required field of a mapping that is absent where the diagnostic points, an edit that adds it.</summary>
    private static IEnumerable<(string Key, TextEdit Edit)> MissingFields(LintSnapshot snapshot, ReviewIndex index, PirDiagnostic diagnostic)
    {
        foreach (var node in index.Nodes)
        {
            if (node.Node is not MappingNode mapping || node.Schema is not { } schema)
            {
                continue;
            }

            foreach (var key in schema.Required)
            {
                if (mapping.Find(key) != null || !mapping.LocateMissing(key).Equals(diagnostic.Span) || !diagnostic.Message.Contains("'" + key + "'"))
                {
                    continue;
                }

                if (Insertion(snapshot, mapping, key, schema.FindProperty(key)) is { } edit)
                {
                    yield return (key, edit);
                }
            }
        }
    }

    private static TextEdit? Insertion(LintSnapshot snapshot, MappingNode mapping, string key, SchemaNode? schema)
    {
        var positions = snapshot.Positions;
        var text = snapshot.Text;
        var shift = snapshot.OffsetShift;
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var document = snapshot.Document!;
        if (document.Form == DocumentForm.Markdown && ReferenceEquals(mapping, document.Root))
        {
            // A top-level field goes into the front matter, before its closing line; a review without one gets one.
            var skeleton = Skeleton(key, schema, string.Empty, newline, 0);
            if (FrontMatter.Find(positions) is { } frontMatter)
            {
                var at = positions.LineStart(frontMatter.CloseLine);
                return new TextEdit(positions.RangeOf(at, at), skeleton);
            }

            return new TextEdit(positions.RangeOf(shift, shift), "---" + newline + skeleton + "---" + newline);
        }

        if (mapping.LocateMissing(key) is var cell && !cell.Equals(mapping.Anchor))
        {
            // An empty table cell: write the TODO into it.
            return cell.Length > 0 && text.Substring(cell.Start + shift, cell.Length).Trim().Length == 0
                ? new TextEdit(positions.RangeOf(cell.Start + shift, cell.End + shift), " " + Todo + " ")
                : null;
        }

        if (mapping.Properties.Count == 0)
        {
            return null;
        }

        var first = mapping.Properties[0].KeySpan.Start + shift;
        var firstLine = positions.LineOf(first);
        var indent = first - positions.LineStart(firstLine);
        var lineText = positions.LineText(firstLine);
        if (lineText.Substring(0, indent).Trim().Trim('-').Trim().Length > 0)
        {
            // A flow mapping ({a: b}) or keys not at the start of their line: no safe place for a new line.
            return null;
        }

        var last = mapping.Properties[mapping.Properties.Count - 1];
        var end = Math.Max(last.KeySpan.End, last.Value.Span.End) + shift;
        var endLine = positions.LineOf(end);
        if (end == positions.LineStart(endLine) && endLine > firstLine)
        {
            endLine--;
        }

        var entry = Skeleton(key, schema, new string(' ', indent), newline, 0);
        if (endLine + 1 < positions.LineCount)
        {
            var at = positions.LineStart(endLine + 1);
            return new TextEdit(positions.RangeOf(at, at), entry);
        }

        var eof = text.Length;
        return new TextEdit(positions.RangeOf(eof, eof), newline + entry.Substring(0, entry.Length - newline.Length));
    }

    /// <summary><c>key: TODO</c>, or for an object or a list its required fields in turn, each line ending in a line break.</summary>
    private static string Skeleton(string key, SchemaNode? schema, string indent, string newline, int depth)
    {
        var builder = new StringBuilder();
        builder.Append(indent).Append(key).Append(':');
        var inner = indent + "  ";
        if (schema?.Type == "object" && schema.Required.Count > 0 && depth < MaxSkeletonDepth)
        {
            builder.Append(newline);
            foreach (var required in schema.Required)
            {
                builder.Append(Skeleton(required, schema.FindProperty(required), inner, newline, depth + 1));
            }

            return builder.ToString();
        }

        if (schema?.Type == "array")
        {
            builder.Append(newline);
            var item = schema.Items;
            if (item?.Type == "object" && item.Required.Count > 0 && depth < MaxSkeletonDepth)
            {
                var lines = new StringBuilder();
                foreach (var required in item.Required)
                {
                    lines.Append(Skeleton(required, item.FindProperty(required), inner + "  ", newline, depth + 1));
                }

                // The first field of the item goes after its "- ".
                builder.Append(inner).Append("- ").Append(lines.ToString().Substring(inner.Length + 2));
            }
            else
            {
                builder.Append(inner).Append("- ").Append(Todo).Append(newline);
            }

            return builder.ToString();
        }

        return builder.Append(' ').Append(Todo).Append(newline).ToString();
    }

    /// <summary>
    /// <c>pirlint-disable-next-line ID</c> on a line of its own above the diagnostic's line, at its indentation; in a
    /// Markdown table row, where a comment line would end the table, <c>pirlint-disable-line ID</c> inside its last cell.
    /// </summary>
    private static TextEdit? SuppressOnLine(LintSnapshot snapshot, PirDiagnostic diagnostic)
    {
        var positions = snapshot.Positions;
        var start = diagnostic.Span.Start + snapshot.OffsetShift;
        var line = positions.LineOf(start);
        var lineText = positions.LineText(line);
        if (InsideMultiLineScalar(snapshot, start, line))
        {
            // A comment line inside a block scalar would become part of its text.
            return null;
        }

        var yaml = IsYamlLine(snapshot, line);
        if (!yaml && lineText.TrimStart().StartsWith("|", StringComparison.Ordinal))
        {
            // A comment on a line of its own would end the table: the comment goes inside the row's last cell.
            var lastPipe = lineText.TrimEnd().LastIndexOf('|');
            if (lastPipe <= lineText.IndexOf('|'))
            {
                return null;
            }

            var inCell = positions.LineStart(line) + lastPipe;
            var before = lineText[lastPipe - 1] == ' ' ? string.Empty : " ";
            return new TextEdit(positions.RangeOf(inCell, inCell), $"{before}<!-- pirlint-disable-line {diagnostic.Id} --> ");
        }

        var indent = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
        var newline = snapshot.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var comment = yaml ? $"# pirlint-disable-next-line {diagnostic.Id}" : $"<!-- pirlint-disable-next-line {diagnostic.Id} -->";
        var at = positions.LineStart(line);
        return new TextEdit(positions.RangeOf(at, at), indent + comment + newline);
    }

    /// <summary><c>pirlint-disable-file ID</c> at the top of a YAML review, after the front matter of a Markdown one.</summary>
    private static TextEdit SuppressInFile(LintSnapshot snapshot, PirDiagnostic diagnostic)
    {
        var positions = snapshot.Positions;
        var newline = snapshot.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        if (snapshot.Document?.Form == DocumentForm.Markdown || DocumentLoader.FormOf(snapshot.Result.Path) == DocumentForm.Markdown)
        {
            var comment = $"<!-- pirlint-disable-file {diagnostic.Id} -->";
            if (FrontMatter.Find(positions) is { } frontMatter)
            {
                if (frontMatter.CloseLine + 1 < positions.LineCount)
                {
                    var after = positions.LineStart(frontMatter.CloseLine + 1);
                    return new TextEdit(positions.RangeOf(after, after), comment + newline);
                }

                var end = snapshot.Text.Length;
                return new TextEdit(positions.RangeOf(end, end), newline + comment + newline);
            }

            var top = snapshot.OffsetShift;
            return new TextEdit(positions.RangeOf(top, top), comment + newline);
        }

        var start = snapshot.OffsetShift;
        return new TextEdit(positions.RangeOf(start, start), $"# pirlint-disable-file {diagnostic.Id}" + newline);
    }

    private static bool IsYamlLine(LintSnapshot snapshot, int line)
    {
        if (DocumentLoader.FormOf(snapshot.Result.Path) == DocumentForm.Yaml)
        {
            return true;
        }

        return FrontMatter.Find(snapshot.Positions) is { } frontMatter && frontMatter.Contains(line);
    }

    private static bool InsideMultiLineScalar(LintSnapshot snapshot, int offset, int line)
    {
        if (snapshot.Index?.ScalarContaining(offset - snapshot.OffsetShift) is not { Node: ScalarNode scalar })
        {
            return false;
        }

        return snapshot.Positions.LineOf(scalar.Span.Start + snapshot.OffsetShift) < line;
    }
}
