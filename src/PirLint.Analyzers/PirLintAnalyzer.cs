using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Hosting;

namespace PirLint.Analyzers;

/// <summary>
/// Lints the reviews the compiler hands over as AdditionalFiles, live in the IDE and in the build. Configured
/// severities are applied here (the compiler does not apply .editorconfig sections to non-C# files).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PirLintAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// The results linted from each review text (<see cref="ReviewResults"/>), kept with that <see cref="SourceText"/>:
    /// static, so the IDE's next compilation (a keystroke in another file) finds the unchanged reviews already linted, and
    /// a build finds what the generator linted. The value depends only on the text; what else a result depends on is its
    /// key inside.
    /// </summary>
    private static readonly SourceTextValueProvider<ResultsOfText> ResultsCache = new(static text => ReviewResults.For(text));

    /// <summary>Raised with a review's path each time the engine lints it (a cached result does not): for tests.</summary>
    internal static event Action<string>? EngineRan;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var schemas = CreateSchemas(start.Options, start.CancellationToken);

            var results = new ConcurrentDictionary<string, DocumentResult>(StringComparer.Ordinal);
            start.RegisterAdditionalFileAction(file =>
            {
                var path = file.AdditionalFile.Path;
                if (!ReviewFiles.IsReview(path))
                {
                    return;
                }

                file.CancellationToken.ThrowIfCancellationRequested();
                var text = file.AdditionalFile.GetText(file.CancellationToken);
                var pairs = ReviewResults.OptionPairs(file.Options.AnalyzerConfigOptionsProvider, file.AdditionalFile);
                var schema = schemas.For(path);
                var engine = schema.Engine;
                var options = pairs.Count == 0 ? PirLintOptions.Default : PirLintOptions.FromConfig(pairs);
                DocumentResult? result;
                IReadOnlyList<PirDiagnostic>? diagnostics = null;
                if (text == null)
                {
                    result = PirLintEngine.Unreadable(path, "the compiler found no text in it (a binary file?)", options);
                }
                else if (!ReviewText.IsUtf8(text))
                {
                    (result, diagnostics) = ReviewText.Lint(engine, path, text, options, out _);
                }
                else
                {
                    var key = ReviewResults.Key(path, schema, pairs);
                    if (!start.TryGetValue(text, ResultsCache, out var cached) || !cached.TryGet(key, out result))
                    {
                        result = engine.Lint(path, text.ToString(), options);
                        EngineRan?.Invoke(path);
                        cached?.Add(key, result);
                    }
                }

                results[path] = result;
                foreach (var diagnostic in diagnostics ?? result.Diagnostics)
                {
                    Report(file.ReportDiagnostic, diagnostic, text);
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var schema in schemas.Loaded)
                {
                    if (schema.Problems.Count == 0)
                    {
                        continue;
                    }

                    var schemaText = FindText(end.Options.AdditionalFiles, schema.Path!, end.CancellationToken);
                    foreach (var diagnostic in schema.Problems)
                    {
                        Report(end.ReportDiagnostic, diagnostic, schemaText);
                    }
                }

                var ordered = new List<DocumentResult>(results.Values);
                ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                foreach (var diagnostic in PirLintEngine.LintSet(ordered))
                {
                    end.CancellationToken.ThrowIfCancellationRequested();
                    var text = FindText(end.Options.AdditionalFiles, diagnostic.Path, end.CancellationToken);
                    Report(end.ReportDiagnostic, diagnostic, text);
                }
            });
        });
    }

    /// <summary>The schema files among the AdditionalFiles, and the project's schema the build names.</summary>
    internal static ProjectSchemas CreateSchemas(AnalyzerOptions options, System.Threading.CancellationToken cancellationToken)
    {
        options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(OptionKeys.ProjectSchemaProperty, out var projectSchema);
        var files = new List<SchemaFile>();
        foreach (var file in options.AdditionalFiles)
        {
            if (ProjectSchemas.IsSchemaFile(file.Path, projectSchema))
            {
                files.Add(new SchemaFile(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty));
            }
        }

        return new ProjectSchemas(files, projectSchema);
    }

    private static SourceText? FindText(ImmutableArray<AdditionalText> files, string path, System.Threading.CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            if (file.Path == path)
            {
                return file.GetText(cancellationToken);
            }
        }

        return null;
    }

    private static void Report(Action<Diagnostic> report, PirDiagnostic diagnostic, SourceText? text)
    {
        if (!DiagnosticDescriptors.ById.TryGetValue(diagnostic.Id, out var descriptor))
        {
            return;
        }

        var span = diagnostic.Span;
        Location location;
        if (text == null)
        {
            location = Location.Create(diagnostic.Path, default, default);
        }
        else
        {
            // From the engine's lines and columns to the compiler's text, so that the offsets and the lines agree there.
            var start = Offset(text, span.StartLine, span.StartColumn);
            var textSpan = TextSpan.FromBounds(start, Math.Max(start, Offset(text, span.EndLine, span.EndColumn)));
            location = Location.Create(diagnostic.Path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
        }

        report(Diagnostic.Create(descriptor, location, DiagnosticDescriptors.ToRoslyn(diagnostic.Severity), null, null, diagnostic.Message));
    }

    /// <summary>The offset in <paramref name="text"/> of a 1-based line and column of the engine, kept on that line.</summary>
    private static int Offset(SourceText text, int line, int column)
    {
        if (line > text.Lines.Count)
        {
            return text.Length;
        }

        var textLine = text.Lines[Math.Max(0, line - 1)];
        var offset = textLine.Start + Math.Max(0, column - 1) + (line == 1 ? ReviewText.Shift(text) : 0);
        return Math.Min(offset, textLine.End);
    }
}
