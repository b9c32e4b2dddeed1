using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>The analyzer through Roslyn's own analyzer test framework: diagnostics located in AdditionalFiles, .editorconfig, suppression comments.</summary>
public class VerifierTests
{
    private const string Review = "/0/Test0.pir.yaml";

    private static string Clean => File.ReadAllText(Path.Combine(PirLintAnalyzerTestsRoot.Root, "samples", "reviews", "INC-2026-0317.pir.yaml"));

    private static CSharpAnalyzerTest<PirLintAnalyzer, DefaultVerifier> Test(string review) => new()
    {
        ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        TestState =
        {
            Sources = { "class C { }" },
            AdditionalFiles = { (Review, review) },
        },
    };

    [Fact]
    public async Task ReportsAPlaceholderOwnerAtItsValue()
    {
        var test = Test(Clean.ReplaceOnce("owner: \"li-wei\"", "owner: \"TBD\""));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PIR101", DiagnosticSeverity.Error)
            .WithSpan(Review, 116, 12, 116, 17)
            .WithMessage("action item 4 is owned by 'TBD', which names nobody; write the one person who will do it"));
        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigSectionLowersTheSeverity()
    {
        var test = Test(Clean.ReplaceOnce("owner: \"li-wei\"", "owner: \"TBD\""));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.pir.yaml]\npirlint.PIR101.severity = warning\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PIR101", DiagnosticSeverity.Warning).WithSpan(Review, 116, 12, 116, 17));
        await test.RunAsync();
    }

    [Fact]
    public async Task EditorConfigOptionChangesTheRule()
    {
        var test = Test(Clean);
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.pir.yaml]\npirlint.action_items.max = 4\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("PIR103", DiagnosticSeverity.Error).WithSpan(Review, 90, 1, 90, 13));
        await test.RunAsync();
    }

    [Fact]
    public async Task GlobalConfigSetsTheProjectWideSeverity()
    {
        var test = Test(Clean.ReplaceOnce("owner: \"li-wei\"", "owner: \"TBD\""));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.PIR101.severity = none\n"));
        await test.RunAsync();
    }

    [Fact]
    public async Task SuppressionCommentSilencesTheNextLine()
    {
        var test = Test(Clean.ReplaceOnce("    owner: \"li-wei\"", "    # pirlint-disable-next-line PIR101 -- owner agreed in the meeting, ticket pending\n    owner: \"TBD\""));
        await test.RunAsync();
    }
}

internal static class PirLintAnalyzerTestsRoot
{
    public static string Root => TestPaths.RepositoryRoot;
}
