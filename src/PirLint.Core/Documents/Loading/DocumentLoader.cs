using System;
using System.Collections.Generic;
using System.Text;
using PirLint.Diagnostics;
using PirLint.Documents.Markdown;
using PirLint.Documents.Yaml;
using PirLint.Text;

namespace PirLint.Documents.Loading;

/// <summary>Decodes a review, checks its limits and hands it to the YAML or Markdown reader; every way it can fail is one PIR001.</summary>
public static class DocumentLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DocumentForm FormOf(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            ? DocumentForm.Markdown
            : DocumentForm.Yaml;

    /// <summary>Decodes UTF-8 (with or without BOM); null after a PIR001 for size or encoding.</summary>
    public static string? Decode(byte[] bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length > PirLimits.MaxBytes)
        {
            ReportTooLarge(diagnostics, bytes.Length);
            return null;
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            // One pass for the valid files (nearly all); the invalid byte is looked for only when decoding refuses.
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            ReportInvalid(bytes, start, diagnostics);
            return null;
        }
    }

    private static void ReportInvalid(byte[] bytes, int start, DiagnosticBag diagnostics)
    {
        var invalid = Utf8Validator.FindInvalid(bytes, start);
        if (invalid < 0)
        {
            // Not reached: the decoder and the validator follow the same standard.
            invalid = start;
        }

        // Positions are those of the text Load reads, which drops a leading U+FEFF (a second BOM) too.
        var decoded = StrictUtf8.GetString(bytes, start, invalid - start);
        var prefix = new LineMap(decoded.Length > 0 && decoded[0] == '\uFEFF' ? decoded.Substring(1) : decoded);
        var at = prefix.Span(prefix.Text.Length, prefix.Text.Length);
        diagnostics.Report(RuleCatalog.PIR001, at, $"the file is not valid UTF-8 (byte 0x{bytes[invalid]:X2} at offset {invalid}); save it as UTF-8");
    }

    /// <summary>Reads a decoded review; null after a PIR001. Other problems of the reading (PIR007, key forms) are added to <paramref name="diagnostics"/>.</summary>
    public static PirDocument? Load(string path, string text, ICollection<string> listFields, DiagnosticBag diagnostics)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var lines = new LineMap(text);
        if (text.Length > PirLimits.MaxBytes && Encoding.UTF8.GetByteCount(text) > PirLimits.MaxBytes)
        {
            ReportTooLarge(diagnostics, Encoding.UTF8.GetByteCount(text));
            return null;
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            diagnostics.Report(RuleCatalog.PIR001, lines.Span(nul, nul + 1), "the file holds a NUL character; a review is text, remove it");
            return null;
        }

        try
        {
            return FormOf(path) == DocumentForm.Markdown
                ? MarkdownReviewReader.Read(path, lines, listFields, diagnostics)
                : YamlReviewReader.Read(path, lines, diagnostics);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            diagnostics.Report(RuleCatalog.PIR001, lines.Span(0, 0), $"the file could not be read as a review ({exception.GetType().Name}); check its YAML and Markdown");
            return null;
        }
    }

    private static void ReportTooLarge(DiagnosticBag diagnostics, int bytes)
    {
        var at = new SourceSpan(0, 0, 1, 1, 1, 1);
        diagnostics.Report(RuleCatalog.PIR001, at, $"the file is {bytes:N0} bytes, over the limit of {PirLimits.MaxBytes:N0} bytes (1 MiB); split it or shorten it");
    }
}
