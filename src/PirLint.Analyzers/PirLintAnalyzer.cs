using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;

namespace PirLint.Analyzers;

/// <summary>
/// Lints the reviews the compiler hands over as AdditionalFiles, live in the IDE and in the build. Configured
/// severities are applied here (the compiler does not apply .editorconfig sections to non-C# files).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class PirLintAnalyzer : DiagnosticAnalyzer
{
    public const string SchemaFileName = "pir.schema.yaml";

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

    public static bool IsReview(string path) =>
        path.EndsWith(".pir.yaml", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".pir.yml", StringComparison.OrdinalIgnoreCase) ||
        path.EndsWith(".pir.md", StringComparison.OrdinalIgnoreCase);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var engine = CreateEngine(start.Options.AdditionalFiles, start.CancellationToken, out var schemaProblems, out var schemaText);

            var results = new ConcurrentDictionary<string, DocumentResult>(StringComparer.Ordinal);
            start.RegisterAdditionalFileAction(file =>
            {
                var path = file.AdditionalFile.Path;
                if (!IsReview(path) || file.AdditionalFile.GetText(file.CancellationToken) is not { } text)
                {
                    return;
                }

                var pairs = OptionPairs(file.Options.AnalyzerConfigOptionsProvider, file.AdditionalFile);
                var key = new ResultKey(path, engine.Schema.Text, ReviewResults.OptionsKey(pairs));
                if (!start.TryGetValue(text, ResultsCache, out var cached) || !cached.TryGet(key, out var result))
                {
                    result = engine.Lint(path, text.ToString(), pairs.Count == 0 ? PirLintOptions.Default : PirLintOptions.FromConfig(pairs));
                    EngineRan?.Invoke(path);
                    cached?.Add(key, result);
                }

                results[path] = result;
                foreach (var diagnostic in result.Diagnostics)
                {
                    Report(file.ReportDiagnostic, diagnostic, text);
                }
            });
            start.RegisterCompilationEndAction(end =>
            {
                foreach (var diagnostic in schemaProblems)
                {
                    Report(end.ReportDiagnostic, diagnostic, schemaText);
                }

                var ordered = new List<DocumentResult>(results.Values);
                ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
                foreach (var diagnostic in PirLintEngine.LintSet(ordered))
                {
                    var text = FindText(end.Options.AdditionalFiles, diagnostic.Path, end.CancellationToken);
                    Report(end.ReportDiagnostic, diagnostic, text);
                }
            });
        });
    }

    /// <summary>The engine for the project's <c>pir.schema.yaml</c> when there is one, else the built-in schema.</summary>
    private static PirLintEngine CreateEngine(ImmutableArray<AdditionalText> files, System.Threading.CancellationToken cancellationToken,
        out IReadOnlyList<PirDiagnostic> schemaProblems, out SourceText? schemaText)
    {
        schemaProblems = Array.Empty<PirDiagnostic>();
        schemaText = null;
        foreach (var file in files)
        {
            if (!string.Equals(Path.GetFileName(file.Path), SchemaFileName, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            schemaText = file.GetText(cancellationToken);
            var bag = new DiagnosticBag(file.Path);
            var schema = schemaText == null ? null : SchemaLoader.Load(file.Path, schemaText.ToString(), bag);
            schemaProblems = bag.Items;
            return schema != null ? new PirLintEngine(schema) : new PirLintEngine();
        }

        return new PirLintEngine();
    }

    /// <summary>The PirLint keys of the global options, then of the file's own, in the order options are read.</summary>
    private static List<KeyValuePair<string, string>> OptionPairs(AnalyzerConfigOptionsProvider provider, AdditionalText file)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(provider.GlobalOptions, pairs);
        Add(provider.GetOptions(file), pairs);
        return pairs;
    }

    private static void Add(AnalyzerConfigOptions options, List<KeyValuePair<string, string>> pairs)
    {
        foreach (var key in options.Keys)
        {
            if ((key.StartsWith("pirlint.", StringComparison.OrdinalIgnoreCase) || key.StartsWith("dotnet_diagnostic.pir", StringComparison.OrdinalIgnoreCase)) &&
                options.TryGetValue(key, out var value))
            {
                pairs.Add(new KeyValuePair<string, string>(key, value));
            }
        }
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
        var length = text?.Length ?? span.End;
        var start = Math.Min(span.Start, length);
        var textSpan = new TextSpan(start, Math.Max(0, Math.Min(span.End, length) - start));
        var lineSpan = new LinePositionSpan(new LinePosition(span.StartLine - 1, span.StartColumn - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1));
        var location = Location.Create(diagnostic.Path, textSpan, lineSpan);
        report(Diagnostic.Create(descriptor, location, DiagnosticDescriptors.ToRoslyn(diagnostic.Severity), null, null, diagnostic.Message));
    }
}
