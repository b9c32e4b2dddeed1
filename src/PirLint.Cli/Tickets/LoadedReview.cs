using System;
using System.Collections.Generic;
using System.IO;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Documents.Loading;
using PirLint.Hosting;
using PirLint.Model;

namespace PirLint.Cli.Tickets;

/// <summary>
/// A review read for the ticket commands: the exact bytes read (a later write is refused when the file no longer has
/// them), the text the spans index, the document and its typed view, and the options of its folder.
/// </summary>
internal sealed class LoadedReview
{
    private LoadedReview(string fullPath, string displayPath, byte[] bytes, string prefix, PirDocument document, PirLintOptions options)
    {
        FullPath = fullPath;
        DisplayPath = displayPath;
        Bytes = bytes;
        Prefix = prefix;
        Document = document;
        Review = new Review(document);
        Options = options;
    }

    public string FullPath { get; }

    public string DisplayPath { get; }

    /// <summary>The file as read.</summary>
    public byte[] Bytes { get; }

    /// <summary>What comes before the text the spans index: the byte order mark(s), kept on write.</summary>
    public string Prefix { get; }

    public PirDocument Document { get; }

    public Review Review { get; }

    public PirLintOptions Options { get; }

    public string Text => Document.Lines.Text;

    public string? IncidentId => Review.IncidentId?.Value;

    /// <summary>
    /// Reads every review file; one that cannot be read as a review (PIR001) is named on <paramref name="stderr"/>,
    /// counted in <paramref name="unreadable"/> and left out, so nothing is created or written for it.
    /// </summary>
    public static List<LoadedReview> LoadAll(IReadOnlyList<string> files, string? schemaPath, string? configPath, string currentDirectory, TextWriter stderr, out int unreadable)
    {
        unreadable = 0;
        var schemas = new SchemaResolver(schemaPath, p => PathDisplay.Relative(p, currentDirectory));
        var configs = new EditorConfigResolver(configPath, currentDirectory);
        var reviews = new List<LoadedReview>();
        foreach (var file in files)
        {
            var display = PathDisplay.Relative(file, currentDirectory);
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"pirlint: {display}: cannot be read ({exception.Message}); skipped");
                unreadable++;
                continue;
            }

            var diagnostics = new DiagnosticBag(display);
            var text = DocumentLoader.Decode(bytes, diagnostics);
            var engine = schemas.EngineFor(file);
            var options = configs.OptionsFor(file);
            PirDocument? document = null;
            if (text != null)
            {
                engine.Lint(display, text, options, out document);
            }

            if (document == null)
            {
                stderr.WriteLine($"pirlint: {display}: cannot be read as a review ('pirlint check' says why); skipped");
                unreadable++;
                continue;
            }

            var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? "\uFEFF" : string.Empty;
            var second = text!.Length > 0 && text[0] == '\uFEFF' ? "\uFEFF" : string.Empty;
            reviews.Add(new LoadedReview(file, display, bytes, bom + second, document, options));
        }

        foreach (var warning in configs.TakeWarnings())
        {
            stderr.WriteLine("pirlint: " + warning);
        }

        return reviews;
    }

    /// <summary>True when the review's action items are rows of a Markdown table (their keys are the header's cells).</summary>
    public static bool IsTableRow(MappingNode item) =>
        item.Properties.Count > 0 && item.Properties[0].KeySpan.StartLine < item.Span.StartLine;
}
