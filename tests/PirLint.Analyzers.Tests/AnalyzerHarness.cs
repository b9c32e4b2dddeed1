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
}
