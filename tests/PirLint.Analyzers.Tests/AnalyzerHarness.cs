using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace PirLint.Analyzers.Tests;

/// <summary>Runs the analyzer as the compiler does: a compilation, AdditionalFiles, and per-file analyzer config options.</summary>
internal static class AnalyzerHarness
{
    public static (ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions) Run(
        IEnumerable<(string Path, string Text)> files,
        Dictionary<string, Dictionary<string, string>>? optionsByPath = null,
        Dictionary<string, string>? globalOptions = null)
    {
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var additional = files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var provider = new DictionaryOptionsProvider(optionsByPath ?? new(), globalOptions ?? new());
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(additional, provider), (e, _, _) => exceptions.Add(e), concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PirLintAnalyzer()), options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return (diagnostics, exceptions);
    }

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    private sealed class DictionaryOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, Dictionary<string, string>> _byPath;

        public DictionaryOptionsProvider(Dictionary<string, Dictionary<string, string>> byPath, Dictionary<string, string> global)
        {
            _byPath = byPath;
            GlobalOptions = new DictionaryOptions(global);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new DictionaryOptions(_byPath.TryGetValue(textFile.Path, out var values) ? values : new());
    }
}
