using System;
using System.IO;
using System.Linq;

namespace PirLint.EndToEnd.Tests;

/// <summary>
/// One consumer project built by <c>dotnet build</c> from two folders of different depth: the generated sources are
/// the same bytes, and so is the deterministic assembly, while the build's messages keep each folder's paths.
/// </summary>
[Collection(PackageCollection.Name)]
public class ReproducibleBuildTests
{
    private const string ProjectName = "Acme.Reviews";

    private readonly PackageFixture _package;

    public ReproducibleBuildTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void SameProjectInTwoFoldersGivesIdenticalGeneratedSourcesAndAssembly()
    {
        var first = Clone(Path.Combine(_package.Root, "clone-a"));
        var second = Clone(Path.Combine(_package.Root, "clone-b", "nested", "deeper"));

        var firstGenerated = BuildAndReadGenerated(first);
        var secondGenerated = BuildAndReadGenerated(second);

        Assert.Equal(firstGenerated.Select(f => f.Name), secondGenerated.Select(f => f.Name));
        Assert.Equal(5, firstGenerated.Count(f => f.Name.StartsWith("PirLint.Analyzers/", StringComparison.Ordinal)));
        Assert.Equal(3, firstGenerated.Count(f => Path.GetFileName(f.Name).StartsWith("PirLint.Review.", StringComparison.Ordinal)));
        // The paths are relative to the project folder the build gives (relative to the reviews' own folder they would lack "reviews/").
        var comments = firstGenerated.Where(f => f.Name.StartsWith("PirLint.Analyzers/", StringComparison.Ordinal)).Select(f => System.Text.Encoding.UTF8.GetString(f.Bytes)).SelectMany(t => t.Split('\n'))
            .Where(l => l.StartsWith("        // ", StringComparison.Ordinal)).Select(l => l.Trim()).OrderBy(l => l, StringComparer.Ordinal);
        Assert.Equal(new[] { "// reviews/2025/INC-2026-0317.pir.yaml", "// reviews/INC-2026-0317.pir.yaml", "// reviews/INC-2026-0318.pir.md" }, comments);
        for (var i = 0; i < firstGenerated.Length; i++)
        {
            Assert.True(firstGenerated[i].Bytes.SequenceEqual(secondGenerated[i].Bytes), firstGenerated[i].Name + " differs between the two folders");
            var text = System.Text.Encoding.UTF8.GetString(firstGenerated[i].Bytes);
            Assert.DoesNotContain(_package.Root, text);
        }

        var assembly = Path.Combine("bin", "Debug", "net10.0", ProjectName + ".dll");
        Assert.True(File.ReadAllBytes(Path.Combine(first, assembly)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, assembly))),
            "the assemblies built in the two folders differ");
        var symbols = Path.ChangeExtension(assembly, ".pdb");
        Assert.True(File.ReadAllBytes(Path.Combine(first, symbols)).SequenceEqual(File.ReadAllBytes(Path.Combine(second, symbols))),
            "the symbol files built in the two folders differ");
    }

    /// <summary>
    /// The consumer: a review and a review of the same file name one folder down, a Markdown review, code that reads
    /// the catalog. The <c>SourceRoot</c> is what source control provides in a clone; without one the SDK maps no path.
    /// </summary>
    private string Clone(string folder)
    {
        Directory.CreateDirectory(Path.Combine(folder, "reviews", "2025"));
        File.WriteAllText(Path.Combine(folder, ProjectName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreAdditionalProjectSources>{_package.Feed}</RestoreAdditionalProjectSources>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PirLint" Version="0.1.0" />
                <SourceRoot Include="$(MSBuildProjectDirectory)/" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "reviews", "INC-2026-0317.pir.yaml"), _package.Sample("INC-2026-0317.pir.yaml") + "unknown_extra: 1\n");
        File.WriteAllText(Path.Combine(folder, "reviews", "2025", "INC-2026-0317.pir.yaml"),
            _package.Sample("INC-2026-0317.pir.yaml").Replace("INC-2026-0317", "INC-2025-0317"));
        File.WriteAllText(Path.Combine(folder, "reviews", "INC-2026-0318.pir.md"), _package.Sample("INC-2026-0317.pir.md").Replace("INC-2026-0317", "INC-2026-0318"));
        File.WriteAllText(Path.Combine(folder, "Summary.cs"), """
            namespace Acme.Reviews;

            public static class Summary
            {
                public static string Describe() => PirCatalog.All.Count + "|" + PirCatalog.INC_2025_0317.IncidentSummary.Severity;
            }
            """);
        return folder;
    }

    /// <summary>Builds deterministically as CI does (no <c>PathMap</c> given) and returns the generated files by relative name.</summary>
    private (string Name, byte[] Bytes)[] BuildAndReadGenerated(string folder)
    {
        var build = DotnetRunner.Run(folder, _package.Packages, "build", "-nr:false", "--disable-build-servers",
            "-p:Deterministic=true", "-p:ContinuousIntegrationBuild=true");
        Assert.True(build.ExitCode == 0, build.Output);

        // The analyzer's messages keep the paths the build gives: the IDE and the log need them.
        Assert.Contains(Path.Combine(folder, "reviews", "INC-2026-0317.pir.yaml") + "(", build.Output);
        Assert.Contains("warning PIR005", build.Output);

        var generated = Path.Combine(folder, "obj", "Debug", "net10.0", "generated");
        Assert.True(Directory.Exists(generated), "no generated sources under " + generated + ":\n" + build.Output);
        return Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(generated, path).Replace('\\', '/'), Bytes: File.ReadAllBytes(path)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();
    }
}
