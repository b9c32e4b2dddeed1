using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PirLint.Analyzers;
using PirLint.Analyzers.Generator;

namespace PirLint.Fuzz.Tests;

/// <summary>Runs the analyzer and the generator as the compiler does, on files given as bytes.</summary>
internal static class RoslynHost
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>
    /// An additional file read as the compiler reads one: UTF-8 (a BOM is honoured), and when that fails the fallback
    /// encoding, as binary (no text) when the fallback finds NUL characters. The compiler falls back to the system's ANSI code
    /// page, which is UTF-8 with replacement characters on Linux and a single-byte code page on Windows; both are used here.
    /// </summary>
    public static AdditionalText File(string path, byte[] content, bool singleByteFallback)
    {
        SourceText? text;
        try
        {
            text = SourceText.From(content, content.Length, StrictUtf8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                text = SourceText.From(content, content.Length, singleByteFallback ? Encoding.Latin1 : Encoding.UTF8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                text = null;
            }
        }

        return new BytesText(path, text);
    }

    /// <param name="documentation">Diagnose checks the generated documentation comments as a project that writes its XML docs does.</param>
    public static CSharpCompilation Compilation(DocumentationMode documentation = DocumentationMode.Parse) =>
        CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Probe { } }", new CSharpParseOptions(LanguageVersion.CSharp12, documentation)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static (ImmutableArray<Diagnostic> Diagnostics, List<Exception> Exceptions) Analyze(IEnumerable<AdditionalText> files, CancellationToken cancellationToken = default)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files.ToImmutableArray(), new OptionsProvider(new Dictionary<string, string>())),
            (e, _, _) => { lock (exceptions) exceptions.Add(e); }, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
        var withAnalyzers = Compilation().WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PirLintAnalyzer()), options);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).GetAwaiter().GetResult();
        return (diagnostics, exceptions);
    }

    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics) Generate(
        IEnumerable<AdditionalText> files, CSharpCompilation? compilation = null)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new PirLintGenerator().AsSourceGenerator() },
            files,
            (CSharpParseOptions)(compilation?.SyntaxTrees.First().Options ?? new CSharpParseOptions(LanguageVersion.CSharp12)),
            new OptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }));
        var run = driver.RunGeneratorsAndUpdateCompilation(compilation ?? Compilation(), out var output, out var diagnostics);
        return (run.GetRunResult(), output, diagnostics);
    }

    private sealed class BytesText : AdditionalText
    {
        private readonly SourceText? _text;

        public BytesText(string path, SourceText? text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override IEnumerable<string> Keys => _values.Keys;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        public OptionsProvider(Dictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options(new());
    }
}
