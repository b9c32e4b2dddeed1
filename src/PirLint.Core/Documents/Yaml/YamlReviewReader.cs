using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Text;

namespace PirLint.Documents.Yaml;

/// <summary>Reads a review written as YAML, and the YAML mapping a Markdown review's front matter holds.</summary>
public static class YamlReviewReader
{
    /// <summary>Reads a whole file of YAML; null after a PIR001.</summary>
    public static PirDocument? Read(string path, LineMap lines, DiagnosticBag diagnostics)
    {
        var root = ReadRootMapping(lines.Text, lines, diagnostics, "the file");
        if (root == null)
        {
            return null;
        }

        var comments = new List<SourceComment>();
        CommentScanner.AddYamlComments(lines.Text, lines, comments);
        return new PirDocument(path, DocumentForm.Yaml, lines, root, comments);
    }

    /// <summary>Reads YAML that must be one mapping; <paramref name="what"/> names it in messages ("the file", "the front matter").</summary>
    internal static MappingNode? ReadRootMapping(string yaml, LineMap lines, DiagnosticBag diagnostics, string what)
    {
        var root = YamlTreeBuilder.Build(yaml, lines, diagnostics, out var empty);
        if (diagnostics.HasErrorOf(RuleCatalog.PIR001))
        {
            return null;
        }

        if (empty || root == null)
        {
            diagnostics.Report(RuleCatalog.PIR001, lines.Span(0, Math.Min(lines.LineEnd(1), yaml.Length)), $"{what} is empty; a review is a YAML mapping of fields such as incident_summary, timeline and action_items");
            return null;
        }

        if (root is not MappingNode mapping)
        {
            diagnostics.Report(RuleCatalog.PIR001, root.Span, $"{what} holds {root.KindName}, not a mapping of fields; a review starts with keys such as 'incident_summary:'");
            return null;
        }

        return mapping;
    }
}
