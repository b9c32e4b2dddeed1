using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using PirLint.Analyzers.Generator;

namespace PirLint.Analyzers.Tests;

public class GeneratorVerifierTests
{
    [Fact]
    public async Task GeneratedCodeCompilesWithoutDiagnosticsAgainstNet80()
    {
        var review = File.ReadAllText(Path.Combine(PirLintAnalyzerTestsRoot.Root, "samples", "reviews", "INC-2026-0317.pir.md"));
        var test = new CSharpSourceGeneratorTest<PirLintGenerator, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck,
            TestState =
            {
                Sources = { "namespace PirLint.Generated { public static class Use { public static int Count => PirCatalog.All.Count + PirCatalog.INC_2026_0317_MD.ActionItems.Count; } }" },
                AdditionalFiles = { ("/0/INC-2026-0317.pir.md", review) },
            },
        };
        await test.RunAsync();
    }
}
