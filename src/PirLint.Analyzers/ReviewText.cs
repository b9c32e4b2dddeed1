using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Engine;
using PirLint.Text;

namespace PirLint.Analyzers;

/// <summary>
/// A review as the compiler read it. The compiler reads an additional file as UTF-8 and, when that fails, silently in a
/// fallback encoding: a single-byte code page (Windows) or UTF-8 with U+FFFD for each bad byte (Linux, and any file with a
/// BOM). The contract calls such a file PIR001, as the CLI does from its bytes; this finds it again from the text.
/// </summary>
internal static class ReviewText
{
    /// <summary>Lints <paramref name="text"/>; <paramref name="document"/> is null unless it was read as a review.</summary>
    public static (DocumentResult Result, IReadOnlyList<PirDiagnostic> Diagnostics) Lint(
        PirLintEngine engine, string path, SourceText text, PirLintOptions options, out PirDocument? document)
    {
        document = null;
        var encoding = text.Encoding;
        if (encoding != null && encoding.CodePage != Encoding.UTF8.CodePage)
        {
            // A single-byte code page gives back the file's bytes, so the engine finds the first that is not UTF-8.
            var preamble = encoding.GetPreamble();
            var body = encoding.GetBytes(text.ToString());
            var bytes = new byte[preamble.Length + body.Length];
            preamble.CopyTo(bytes, 0);
            body.CopyTo(bytes, preamble.Length);
            var fromBytes = engine.Lint(path, bytes, options);
            return (fromBytes, fromBytes.Diagnostics);
        }

        var content = text.ToString();
        var replaced = encoding == null || encoding.DecoderFallback is DecoderExceptionFallback ? -1 : content.IndexOf('\uFFFD');
        if (replaced < 0)
        {
            var result = engine.Lint(path, content, options, out document);
            return (result, result.Diagnostics);
        }

        var unreadable = PirLintEngine.Unreadable(path, "it is not valid UTF-8 (the compiler read a byte that is not UTF-8 as U+FFFD here); save it as UTF-8", options);
        var shift = Shift(text);
        var at = new LineMap(content.Substring(shift)).Span(replaced - shift, replaced - shift + 1);
        var located = new List<PirDiagnostic>();
        foreach (var diagnostic in unreadable.Diagnostics)
        {
            located.Add(new PirDiagnostic(diagnostic.Id, diagnostic.Severity, diagnostic.Message, diagnostic.Path, at));
        }

        return (unreadable, located);
    }

    /// <summary>The engine reads a leading U+FEFF (a second BOM) as a BOM: its positions start after it.</summary>
    public static int Shift(SourceText? text) => text != null && text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

    /// <summary>Whether the generator may read the text as a review: the compiler read it as UTF-8 without replacing a byte.</summary>
    public static bool IsUtf8(SourceText text) =>
        text.Encoding == null ||
        (text.Encoding.CodePage == Encoding.UTF8.CodePage && (text.Encoding.DecoderFallback is DecoderExceptionFallback || text.ToString().IndexOf('\uFFFD') < 0));
}
