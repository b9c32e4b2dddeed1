using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PirLint.Analyzers;
using PirLint.Analyzers.Generator;

namespace PirLint.Benchmarks;

/// <summary>
/// <c>cold DIR [ROUNDS]</c>: the analyzer and the generator over every review of a folder in a fresh process, as a
/// build's compiler runs them once; each round after the first shows the same work warm.
/// </summary>
internal static class Cold
{
    public static void Run(string[] args)
    {
        var rounds = args.Length > 2 ? int.Parse(args[2]) : 3;
        var paths = Directory.EnumerateFiles(args[1], "*.pir.*", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Probe { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        for (var round = 1; round <= rounds; round++)
        {
            var files = paths.Select(p => (AdditionalText)new MemoryText(p, File.ReadAllText(p))).ToImmutableArray();
            var watch = Stopwatch.StartNew();
            var driver = CSharpGeneratorDriver.Create(new[] { new PirLintGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.CSharp12),
                new EmptyOptionsProvider()).RunGenerators(compilation);
            var generator = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files, new EmptyOptionsProvider()), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            var diagnostics = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PirLintAnalyzer()), options)
                .GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"round {round}: {files.Length} reviews, generator {generator:F0} ms, analyzer {watch.Elapsed.TotalMilliseconds:F0} ms ({diagnostics.Length} diagnostics)");
        }
    }
}
