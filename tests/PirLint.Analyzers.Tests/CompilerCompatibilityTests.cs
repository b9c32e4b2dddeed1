using System;
using System.Linq;

namespace PirLint.Analyzers.Tests;

public class CompilerCompatibilityTests
{
    /// <summary>The .NET 8 SDK's compiler is Roslyn 4.8: an analyzer built against a later Microsoft.CodeAnalysis does not load there.</summary>
    [Fact]
    public void AnalyzerAndGeneratorReferenceRoslynNoLaterThan48()
    {
        var references = typeof(PirLintAnalyzer).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name is "Microsoft.CodeAnalysis" or "Microsoft.CodeAnalysis.CSharp")
            .ToList();
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.True(reference.Version <= new Version(4, 8, 0, 0), reference.ToString()));
    }
}
