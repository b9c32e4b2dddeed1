using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using PirLint.Analyzers.Generator;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>
/// Two schemas in one project: the generator builds its types from the project's schema and leaves out of
/// <c>PirCatalog</c> the reviews another schema governs; the analyzer finds the generator's result for every review,
/// whichever schema governs it, because both key it by the same path, governing schema and options.
/// </summary>
public class SchemaSelectionTests
{
    private static readonly string Clean = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", "INC-2026-0317.pir.yaml"));

    [Fact]
    public void TheCatalogHoldsOnlyTheReviewsTheProjectSchemaGoverns()
    {
        var folder = "/schemas-" + Guid.NewGuid().ToString("N");
        var files = Files(folder);
        var driver = Driver(files, folder + "/pir.schema.yaml");
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var catalog = GeneratorHarness.Load(output).GetType("Consumer.PirCatalog")!;
        Assert.NotNull(catalog.GetProperty("INC_2026_0317"));
        Assert.Null(catalog.GetProperty("INC_2026_0501"));
        Assert.Single((System.Collections.IEnumerable)catalog.GetProperty("All")!.GetValue(null)!);
    }

    [Fact]
    public void WithTheOtherSchemaAsTheProjectsTheOtherReviewIsInTheCatalog()
    {
        // A PirLintSchemaFile with another name than pir.schema.yaml governs every review, as 'pirlint check --schema' does.
        var folder = "/schemas-" + Guid.NewGuid().ToString("N");
        var files = Files(folder).Append(new InMemoryAdditionalText(folder + "/schemas/acme.yaml", PirLint.Schema.SchemaLoader.DefaultText)).ToArray();
        var driver = Driver(files, folder + "/schemas/acme.yaml");
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        var catalog = GeneratorHarness.Load(output).GetType("Consumer.PirCatalog")!;
        Assert.NotNull(catalog.GetProperty("INC_2026_0317"));
        Assert.NotNull(catalog.GetProperty("INC_2026_0501"));
    }

    [Fact]
    public async System.Threading.Tasks.Task TheAnalyzerFindsTheGeneratorsResultUnderEitherSchema()
    {
        var folder = "/schemas-" + Guid.NewGuid().ToString("N");
        var files = Files(folder);
        var global = new Dictionary<string, string> { ["build_property.PirLintSchemaFile"] = folder + "/pir.schema.yaml" };
        using var recorder = new EngineRunRecorder(folder);
        var runs = recorder.Runs;
        Driver(files, folder + "/pir.schema.yaml").RunGenerators(GeneratorHarness.Compilation());
        var compilation = CSharpCompilation.Create("Consumer", new[] { CSharpSyntaxTree.ParseText("class C { }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var options = new AnalyzerOptions(files.ToImmutableArray(), new DictionaryOptionsProvider(new(), global));
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PirLintAnalyzer()), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Empty(runs);

        // team-b's schema allows only sev1: its review (sev2) fails there, the root review passes.
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => $"{d.Location.GetLineSpan().Path.Substring(folder.Length)} {d.Id}");
        Assert.Equal(new[] { "/team-b/b.pir.yaml PIR004" }, errors);
    }

    private static AdditionalText[] Files(string folder) => new AdditionalText[]
    {
        new InMemoryAdditionalText(folder + "/pir.schema.yaml", PirLint.Schema.SchemaLoader.DefaultText),
        new InMemoryAdditionalText(folder + "/team-b/pir.schema.yaml", ReplaceOnce(PirLint.Schema.SchemaLoader.DefaultText, "enum: [sev1, sev2, sev3, sev4, sev5]", "enum: [sev1]")),
        new InMemoryAdditionalText(folder + "/a.pir.yaml", Clean),
        new InMemoryAdditionalText(folder + "/team-b/b.pir.yaml", ReplaceOnce(Clean, "id: \"INC-2026-0317\"", "id: \"INC-2026-0501\"")),
    };

    private static GeneratorDriver Driver(IEnumerable<AdditionalText> files, string projectSchema) =>
        CSharpGeneratorDriver.Create(
            new[] { new PirLintGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new DictionaryOptionsProvider(new(), new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Consumer",
                ["build_property.PirLintSchemaFile"] = projectSchema,
            }));

    private static string ReplaceOnce(string text, string needle, string replacement)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(needle, at + 1, StringComparison.Ordinal) < 0, $"'{needle}' is not in the text exactly once");
        return text.Substring(0, at) + replacement + text.Substring(at + needle.Length);
    }
}
