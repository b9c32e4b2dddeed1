using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using PirLint.Hosting;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

/// <summary>The host policy is spelled once, in Core: the package's MSBuild defaults agree with it, and no host repeats it.</summary>
public class HostPolicyTests
{
    private static readonly string[] PolicyLiterals =
    {
        "\".pir.yaml\"", "\".pir.yml\"", "\".pir.md\"", "\"pir.schema.yaml\"", "\"pirlint.\"", "\"dotnet_diagnostic.", "\"build_property.PirLintSchemaFile\"",
    };

    [Fact]
    public void PackageDefaultsSpellTheSuffixesAndTheSchemaNameOfCore()
    {
        var props = XDocument.Load(Path.Combine(TestPaths.RepositoryRoot, "src", "PirLint.Package", "build", "PirLint.props"));
        var property = (string name) => props.Descendants(name).Single().Value;
        Assert.Equal(string.Join(";", ReviewFiles.Suffixes.Select(s => "**/*" + s)), property("PirLintReviewGlobs"));
        Assert.Equal(ReviewFiles.SchemaFileName, property("PirLintSchemaFile"));
    }

    [Fact]
    public void NoHostSpellsTheSuffixesTheSchemaNameOrTheOptionKeys()
    {
        var source = Path.Combine(TestPaths.RepositoryRoot, "src");
        var allowed = new[]
        {
            Path.Combine(source, "PirLint.Core", "Hosting") + Path.DirectorySeparatorChar,
            Path.Combine(source, "PirLint.Core", "Configuration", "OptionKeys.cs"),
        };
        var copies = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !allowed.Any(a => f.StartsWith(a, StringComparison.Ordinal)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal) && PolicyLiterals.Any(p => l.Text.Contains(p, StringComparison.Ordinal)))
            .Select(l => $"{Path.GetRelativePath(source, l.File)}({l.Line}): {l.Text.Trim()}")
            .ToList();
        Assert.True(copies.Count == 0, "the host policy is spelled outside Core:\n" + string.Join("\n", copies));
    }
}
