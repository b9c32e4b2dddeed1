using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;

namespace PirLint.Fuzz.Tests;

/// <summary>The properties every document must keep in the engine: no exception, spans inside the file, invalid means diagnosed.</summary>
internal static class EngineProperties
{
    /// <returns>What is wrong, or null.</returns>
    public static string? Check(PirLintEngine engine, string path, byte[] content) => Check(engine, path, content, out _);

    /// <param name="elapsed">How long the engine took (the checks not counted).</param>
    public static string? Check(PirLintEngine engine, string path, byte[] content, out TimeSpan elapsed)
    {
        IReadOnlyList<PirDiagnostic> diagnostics;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            diagnostics = engine.Lint(path, content, PirLintOptions.Default).Diagnostics;
        }
        catch (Exception exception)
        {
            elapsed = watch.Elapsed;
            return "the engine threw " + exception;
        }

        elapsed = watch.Elapsed;
        var text = TextAsLinted(content);
        var lines = SourceText.From(text).Lines;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Path != path)
            {
                return $"{diagnostic} names another path";
            }

            if (SpanProblem(text, lines, diagnostic) is { } problem)
            {
                return problem;
            }
        }

        return Undiagnosed(path, content, diagnostics.Count);
    }

    /// <summary>The reason an invalid document got no diagnostic, or null.</summary>
    public static string? Undiagnosed(string path, byte[] content, int diagnosticCount)
    {
        if (diagnosticCount > 0 || InvalidityOracle.Check(path, content) is not { } reason)
        {
            return null;
        }

        // A suppression comment may silence what makes the document invalid (PIR001 itself cannot be suppressed).
        return Encoding.UTF8.GetString(content).Contains("pirlint-disable", StringComparison.Ordinal)
            ? null
            : "an invalid document (" + reason + ") got no diagnostic";
    }

    /// <summary>
    /// The text the spans refer to: the UTF-8 text after the BOM (a second BOM character is also dropped, as a reader of the
    /// contract's "with or without BOM" would); a file that is not UTF-8 is decoded leniently, which keeps the valid prefix.
    /// </summary>
    public static string TextAsLinted(byte[] content)
    {
        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        var text = Encoding.UTF8.GetString(content, start, content.Length - start);
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }

    /// <summary>
    /// A span lies inside its file when its offsets do and its lines and columns are where Roslyn's SourceText (an
    /// independent line map, with the same line breaks as editors) puts those offsets.
    /// </summary>
    public static string? SpanProblem(string text, TextLineCollection lines, PirDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        if (span.Start < 0 || span.Start > span.End || span.End > text.Length)
        {
            return $"{diagnostic.Id} span [{span.Start}, {span.End}) lies outside the text of {text.Length} characters";
        }

        var start = lines.GetLinePosition(span.Start);
        var end = lines.GetLinePosition(span.End);
        if (start.Line + 1 != span.StartLine || start.Character + 1 != span.StartColumn || end.Line + 1 != span.EndLine || end.Character + 1 != span.EndColumn)
        {
            return $"{diagnostic.Id} span {span} at [{span.Start}, {span.End}) should be ({start.Line + 1},{start.Character + 1},{end.Line + 1},{end.Character + 1})";
        }

        return null;
    }
}
