using System;
using System.IO;
using PirLint.TestSupport;

namespace PirLint.EndToEnd.Tests;

/// <summary>Packs the PirLint package once into a temporary folder feed, with a private NuGet cache for the consumers.</summary>
public sealed class PackageFixture : IDisposable
{
    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "pirlint-e2e-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);
        RepositoryRoot = TestPaths.RepositoryRoot;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var pack = DotnetRunner.Run(RepositoryRoot, Packages, "pack", "src/PirLint.Package/PirLint.Package.csproj", "-c", configuration, "--no-build", "-o", Feed);
        if (pack.ExitCode != 0 || !File.Exists(Path.Combine(Feed, "PirLint.0.1.0.nupkg")))
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string Packages { get; }

    public string RepositoryRoot { get; }

    /// <summary>A new project folder whose project references PirLint from the feed.</summary>
    public string ConsumerProject(string name, string sdk, string properties = "", string items = "")
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="{sdk}">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestoreAdditionalProjectSources>{Feed}</RestoreAdditionalProjectSources>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PirLint" Version="0.1.0" />
                {items}
              </ItemGroup>
            </Project>
            """);
        return folder;
    }

    public string Sample(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "reviews", relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>One pack for every test that needs the package; the tests of the collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "PirLint package";
}
