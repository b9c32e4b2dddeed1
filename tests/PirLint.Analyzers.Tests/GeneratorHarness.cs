using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PirLint.Analyzers.Generator;

namespace PirLint.Analyzers.Tests;

/// <summary>Runs the generator in a GeneratorDriver with step tracking, and compiles and loads what it produced.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    public static CSharpCompilation Compilation(string code = "namespace Consumer { public static class Probe { } }") =>
        CSharpCompilation.Create("Consumer",
            new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp12)) },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string rootNamespace = "Consumer") =>
        CSharpGeneratorDriver.Create(
            new[] { new PirLintGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new DictionaryOptionsProvider(new(), new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static (GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(IEnumerable<AdditionalText> files, string? code = null)
    {
        var compilation = code == null ? Compilation() : Compilation(code);
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return (driver, output, generatorDiagnostics.AddRange(output.GetDiagnostics()));
    }

    public static Assembly Load(Compilation output)
    {
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    public static object? Get(object? target, string property) =>
        target?.GetType().GetProperty(property)?.GetValue(target);

    public static AdditionalText File(string path, string text) => new InMemoryAdditionalText(path, text);
}
