using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>
/// Core's namespaces are layers: no namespace depends, through any name it binds, on one that depends back on it. The
/// edges come from Roslyn's binding of every name in Core's sources, so a fully qualified name counts as a using does.
/// </summary>
public class CoreLayerTests
{
    [Fact]
    public void CoreNamespacesHaveNoCycle()
    {
        var edges = NamespaceEdges();
        Assert.True(edges.Count >= 10, "the dependency scan found too few edges to be trusted: " + edges.Count);

        var cycle = FindCycle(edges);
        Assert.True(cycle == null, "Core's namespaces form a cycle: " + (cycle == null ? string.Empty : string.Join(" -> ", cycle)));
    }

    [Fact]
    public void TheLayersAreTheDocumentedOnes()
    {
        var edges = NamespaceEdges();
        // The lowest layers depend on nothing of Core's; the engine and the host policy sit on top.
        Assert.DoesNotContain(edges, e => e.From == "PirLint.Text");
        Assert.DoesNotContain(edges, e => e.From == "PirLint.Values");
        Assert.DoesNotContain(edges, e => e.To == "PirLint.Hosting" && e.From != "PirLint.Hosting");
        Assert.DoesNotContain(edges, e => e.From == "PirLint.Rules" && e.To == "PirLint.Engine");
        Assert.DoesNotContain(edges, e => e.From.StartsWith("PirLint.Documents", StringComparison.Ordinal) && e.To is "PirLint.Rules" or "PirLint.Schema" or "PirLint.Engine");

        // The node model reads nothing; YAML reads no Markdown; only the loader dispatches to both readers.
        Assert.DoesNotContain(edges, e => e.From == "PirLint.Documents" && e.To.StartsWith("PirLint.Documents.", StringComparison.Ordinal));
        Assert.DoesNotContain(edges, e => e.From == "PirLint.Documents.Yaml" && e.To is "PirLint.Documents.Markdown" or "PirLint.Documents.Loading");
        Assert.DoesNotContain(edges, e => e.From == "PirLint.Documents.Markdown" && e.To == "PirLint.Documents.Loading");
        Assert.Contains(("PirLint.Documents.Markdown", "PirLint.Documents.Yaml"), edges);
        Assert.Contains(("PirLint.Documents.Loading", "PirLint.Documents.Markdown"), edges);
    }

    private static List<(string From, string To)> NamespaceEdges()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "PirLint.Core");
        var trees = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(path => CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path))
            .ToList();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(new[] { typeof(YamlDotNet.Core.Parser).Assembly.Location, typeof(Markdig.Markdown).Assembly.Location })
            .Distinct()
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create("CoreLayers", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var edges = new HashSet<(string, string)>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var from = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().First().Name.ToString();
            foreach (var name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var symbol = model.GetSymbolInfo(name).Symbol;
                var target = symbol is INamespaceSymbol ? null : (symbol as ITypeSymbol ?? symbol?.ContainingType)?.ContainingNamespace?.ToDisplayString();
                if (target != null && target.StartsWith("PirLint", StringComparison.Ordinal) && target != from)
                {
                    edges.Add((from, target));
                }
            }
        }

        return edges.OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2, StringComparer.Ordinal).ToList();
    }

    private static List<string>? FindCycle(List<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var state = new Dictionary<string, int>();
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (var to in next.TryGetValue(node, out var list) ? list : new List<string>())
            {
                if (state.TryGetValue(to, out var s) && s == 1)
                {
                    return path.Skip(path.IndexOf(to)).Append(to).ToList();
                }

                if (!state.ContainsKey(to) && Visit(to) is { } found)
                {
                    return found;
                }
            }

            state[node] = 2;
            path.RemoveAt(path.Count - 1);
            return null;
        }

        foreach (var node in next.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node) && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return null;
    }
}
