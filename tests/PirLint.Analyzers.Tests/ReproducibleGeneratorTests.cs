using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PirLint.Analyzers.Generator;
using PirLint.TestSupport;

namespace PirLint.Analyzers.Tests;

/// <summary>The generated code is a function of the project's content: the same reviews in any folder, on any platform, give the same bytes.</summary>
public class ReproducibleGeneratorTests
{
    private const string Alice = "/home/alice-laptop/src/acme";
    private const string Agent = @"C:\BuildAgent7\_work\s";

    private static string Sample(string relative) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", relative));

    /// <summary>Two reviews with one file name in different folders, and a third elsewhere; relative paths with <c>/</c>.</summary>
    private static readonly (string Relative, string Text)[] Reviews =
    {
        ("reviews/INC-2026-0317.pir.yaml", Sample("INC-2026-0317.pir.yaml")),
        ("reviews/2025/INC-2026-0317.pir.yaml", Sample("INC-2026-0317.pir.yaml").Replace("INC-2026-0317", "INC-2025-0317")),
        ("other/INC-2026-0317.pir.md", Sample("INC-2026-0317.pir.md").Replace("INC-2026-0317", "INC-2026-0318")),
    };

    [Fact]
    public void SameReviewsUnderTwoProjectFoldersGiveByteIdenticalSources()
    {
        var linux = Generate(Alice, '/', new() { ["build_property.MSBuildProjectDirectory"] = Alice });
        var windows = Generate(Agent, '\\', new() { ["build_property.MSBuildProjectDirectory"] = Agent });

        AssertIdentical(linux, windows);
        Assert.Equal(5, linux.Count);
        Assert.All(linux, source => Assert.DoesNotContain("alice-laptop", source.Text));
        Assert.All(windows, source => Assert.DoesNotContain("BuildAgent7", source.Text));

        var comments = linux.Where(s => s.HintName.StartsWith("PirLint.Review.")).Select(s => CommentOf(s.Text)).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "// other/INC-2026-0317.pir.md", "// reviews/2025/INC-2026-0317.pir.yaml", "// reviews/INC-2026-0317.pir.yaml" }, comments);
    }

    [Fact]
    public void ReviewsOfOneFileNameInDifferentFoldersGetDistinctNamesThatAddingAReviewDoesNotChange()
    {
        var options = new Dictionary<string, string> { ["build_property.MSBuildProjectDirectory"] = Alice };
        var before = Generate(Alice, '/', options);
        var reviewHints = before.Select(s => s.HintName).Where(h => h.StartsWith("PirLint.Review.")).ToList();
        Assert.Equal(3, reviewHints.Count);
        Assert.Equal(2, reviewHints.Count(h => h.StartsWith("PirLint.Review.Review_INC_2026_0317_pir_yaml_")));
        Assert.Equal(3, reviewHints.Distinct().Count());

        var added = ("archive/deep/INC-2026-0317.pir.yaml", Sample("INC-2026-0317.pir.yaml").Replace("INC-2026-0317", "INC-2024-0001"));
        var after = Generate(Alice, '/', options, Reviews.Append(added).ToArray());
        var afterHints = after.Select(s => s.HintName).ToList();
        Assert.All(reviewHints, hint => Assert.Contains(hint, afterHints));
        foreach (var source in before.Where(s => s.HintName.StartsWith("PirLint.Review.")))
        {
            Assert.Equal(source.Text, after.Single(s => s.HintName == source.HintName).Text);
        }
    }

    [Fact]
    public void ProjectDirServesWhenMSBuildProjectDirectoryIsAbsent()
    {
        var fromDirectory = Generate(Alice, '/', new() { ["build_property.MSBuildProjectDirectory"] = Alice });
        var fromProjectDir = Generate("/srv/ci/acme", '/', new() { ["build_property.ProjectDir"] = "/srv/ci/acme/" });
        AssertIdentical(fromDirectory, fromProjectDir);
    }

    [Fact]
    public void WithoutAProjectFolderPathsAreRelativeToTheFolderHoldingEveryReview()
    {
        var linux = Generate(Alice, '/', new());
        var windows = Generate(Agent, '\\', new());

        AssertIdentical(linux, windows);
        var comments = linux.Where(s => s.HintName.StartsWith("PirLint.Review.")).Select(s => CommentOf(s.Text)).OrderBy(c => c, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "// other/INC-2026-0317.pir.md", "// reviews/2025/INC-2026-0317.pir.yaml", "// reviews/INC-2026-0317.pir.yaml" }, comments);
    }

    [Fact]
    public void AddingAReviewInANewFolderRenamesNoOtherReview()
    {
        var template = Sample("INC-2026-0317.pir.yaml");
        var files = Enumerable.Range(0, 20)
            .Select(i => (AdditionalText)new InMemoryAdditionalText($"{Alice}/reviews/r{i:D2}.pir.yaml", template.Replace("INC-2026-0317", $"INC-2026-{i:D4}")))
            .ToArray();
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Acme", ["build_property.MSBuildProjectDirectory"] = Alice };
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PirLintGenerator().AsSourceGenerator() }, files, new CSharpParseOptions(LanguageVersion.CSharp12),
            new DictionaryOptionsProvider(new(), options),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var compilation = GeneratorHarness.Compilation();
        driver = driver.RunGenerators(compilation);

        var added = new InMemoryAdditionalText($"{Alice}/archive/2024/r00.pir.yaml", template.Replace("INC-2026-0317", "INC-2024-0001"));
        driver = driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(added)).RunGenerators(compilation);
        var names = driver.GetRunResult().Results.Single().TrackedSteps[PirLintGenerator.NameStep].SelectMany(s => s.Outputs).ToList();

        Assert.Equal(21, names.Count);
        Assert.Equal(1, names.Count(o => o.Reason == IncrementalStepRunReason.New));
        Assert.Equal(20, names.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Theory]
    [InlineData("/p", "/p/reviews/a.pir.yaml", "reviews/a.pir.yaml")]
    [InlineData("/p/", "/p/a.pir.yaml", "a.pir.yaml")]
    [InlineData("/repo/app", "/repo/shared/a.pir.yaml", "../shared/a.pir.yaml")]
    [InlineData("/repo/app", "/repo/app/./x//a.pir.yaml", "x/a.pir.yaml")]
    [InlineData(@"C:\Src\App", @"c:\src\app\Reviews\a.pir.yaml", "Reviews/a.pir.yaml")]
    [InlineData(@"C:\src\app", @"D:\reviews\a.pir.yaml", "D:/reviews/a.pir.yaml")]
    [InlineData("/p", "a.pir.yaml", "a.pir.yaml")]
    public void RelativePathsUseSlashesAndClimbOutOfTheProjectWithDotDot(string folder, string path, string expected) =>
        Assert.Equal(expected, ProjectPaths.Relative(folder, path));

    [Theory]
    [InlineData("/p/reviews/", "/p/reviews/a.pir.yaml", "/p/reviews/2025/b.pir.yaml")]
    [InlineData("/p/", "/p/reviews/a.pir.yaml", "/p/other/b.pir.yaml")]
    [InlineData(@"C:/p/", @"C:\p\a.pir.yaml", @"c:\P\b\b.pir.yaml")]
    [InlineData("", @"C:\p\a.pir.yaml", @"D:\p\b.pir.yaml")]
    public void CommonFolderIsTheDeepestFolderHoldingEveryPath(string expected, string first, string second) =>
        Assert.Equal(expected, ProjectPaths.CommonFolder(new[] { first, second }));

    private static string CommentOf(string source) =>
        source.Split('\n').Single(line => line.TrimStart().StartsWith("// ") && !line.Contains("auto-generated") && !line.Contains("Generated by")).Trim();

    private static void AssertIdentical(IReadOnlyList<(string HintName, string Text)> expected, IReadOnlyList<(string HintName, string Text)> actual)
    {
        Assert.Equal(expected.Select(s => s.HintName), actual.Select(s => s.HintName));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Encoding.UTF8.GetBytes(expected[i].Text).SequenceEqual(Encoding.UTF8.GetBytes(actual[i].Text)),
                expected[i].HintName + " differs:\n" + expected[i].Text + "\n---\n" + actual[i].Text);
        }
    }

    /// <summary>Runs the generator over <see cref="Reviews"/> placed under <paramref name="basePath"/>; the sources in hint-name order.</summary>
    private static List<(string HintName, string Text)> Generate(string basePath, char separator, Dictionary<string, string> globalOptions, (string Relative, string Text)[]? reviews = null)
    {
        var files = (reviews ?? Reviews)
            .Select(r => (AdditionalText)new InMemoryAdditionalText(basePath + separator + r.Relative.Replace('/', separator), r.Text))
            .ToArray();
        globalOptions["build_property.RootNamespace"] = "Acme.Incidents";
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new PirLintGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            new DictionaryOptionsProvider(new(), globalOptions));
        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics());
        return driver.GetRunResult().Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .ToList();
    }
}
