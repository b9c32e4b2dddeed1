using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using PirLint.TestSupport;

namespace PirLint.EndToEnd.Tests;

/// <summary>
/// The pirlint tool as users get it: packed into platform-specific ReadyToRun packages and a portable one, installed
/// with <c>dotnet tool install</c> from a folder feed into a temporary tool path, and run on the samples.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    private static readonly string[] PlatformRids = { "linux-x64", "linux-arm64", "osx-arm64", "win-x64" };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pirlint-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void PackedToolInstallsFromAFolderFeedAndChecksTheSamples()
    {
        var feed = Path.Combine(_root, "feed");
        var repository = TestPaths.RepositoryRoot;
        // The build restores the runtime packs and crossgen into the user's NuGet cache, as a developer's pack does.
        var pack = ChildProcess.Run("dotnet", new[] { "pack", "src/PirLint.Cli/PirLint.Cli.csproj", "-c", "Release", "-o", feed, "-nologo", "-nr:false" }, repository, TimeSpan.FromMinutes(25), Quiet);
        Assert.False(pack.TimedOut, "dotnet pack did not finish in 25 minutes");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Stdout + pack.Stderr);

        var expected = new[] { "pirlint.0.1.0.nupkg" }.Concat(PlatformRids.Append("any").Select(rid => $"pirlint.{rid}.0.1.0.nupkg")).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(feed).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

        // The package 'pirlint' points at one package per platform, and at the portable one for the rest.
        var settings = XDocument.Parse(ReadEntry(Path.Combine(feed, "pirlint.0.1.0.nupkg"), "tools/any/any/DotnetToolSettings.xml"));
        var pointed = settings.Descendants("RuntimeIdentifierPackage").Select(p => p.Attribute("RuntimeIdentifier")!.Value + "=" + p.Attribute("Id")!.Value);
        Assert.Equal(PlatformRids.Append("any").Select(rid => rid + "=pirlint." + rid).OrderBy(n => n), pointed.OrderBy(n => n));

        foreach (var rid in PlatformRids)
        {
            Assert.True(IsReadyToRun(Path.Combine(feed, $"pirlint.{rid}.0.1.0.nupkg"), $"tools/net10.0/{rid}/pirlint.dll"), rid + ": pirlint.dll is not ReadyToRun");
            Assert.True(IsReadyToRun(Path.Combine(feed, $"pirlint.{rid}.0.1.0.nupkg"), $"tools/net10.0/{rid}/PirLint.Core.dll"), rid + ": PirLint.Core.dll is not ReadyToRun");
        }

        Assert.False(IsReadyToRun(Path.Combine(feed, "pirlint.any.0.1.0.nupkg"), "tools/net10.0/any/pirlint.dll"), "the portable package should be IL only");

        // Installed as a user installs it, with a NuGet cache of its own so that no cached pirlint 0.1.0 is used.
        var toolPath = Path.Combine(_root, "tools");
        var install = ChildProcess.Run(
            "dotnet",
            new[] { "tool", "install", "pirlint", "--version", "0.1.0", "--tool-path", toolPath, "--add-source", feed },
            _root,
            TimeSpan.FromMinutes(5),
            new Dictionary<string, string?>(Quiet) { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") });
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Stdout + install.Stderr);
        if (PlatformRids.Contains(RuntimeInformation.RuntimeIdentifier))
        {
            Assert.True(Directory.Exists(Path.Combine(toolPath, ".store", "pirlint", "0.1.0", "pirlint." + RuntimeInformation.RuntimeIdentifier)), "the platform's own package was not the one installed");
        }

        var pirlint = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "pirlint.exe" : "pirlint");
        var version = ChildProcess.Run(pirlint, new[] { "--version" }, repository, TimeSpan.FromMinutes(1));
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("0.1.0", version.Stdout);

        var check = ChildProcess.Run(pirlint, new[] { "check", "samples/reviews" }, repository, TimeSpan.FromMinutes(1));
        Assert.Equal(1, check.ExitCode);
        var lines = check.Stdout.Trim().Split('\n');
        Assert.Equal("samples/reviews/broken/INC-2026-0412.pir.yaml(91,1,91,13): error PIR103: the review has 2 action item(s); write 3 to 5 owned, dated items that prevent this class of failure", lines[0]);
        Assert.Equal("3 file(s) checked: 4 error(s), 0 warning(s), 0 info(s).", lines[^1]);

        var clean = ChildProcess.Run(pirlint, new[] { "check", "samples/reviews/INC-2026-0317.pir.yaml", "samples/reviews/INC-2026-0317.pir.md", "--format", "github" }, repository, TimeSpan.FromMinutes(1));
        Assert.Equal(0, clean.ExitCode);
        Assert.Equal(string.Empty, clean.Stdout);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static readonly Dictionary<string, string?> Quiet = new()
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
        ["UseSharedCompilation"] = "false",
    };

    private static string ReadEntry(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader((zip.GetEntry(entry) ?? throw new FileNotFoundException(entry + " is not in " + package)).Open());
        return reader.ReadToEnd();
    }

    /// <summary>True when the assembly carries precompiled (ReadyToRun) code: its CLI header has a managed native header.</summary>
    private static bool IsReadyToRun(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = new MemoryStream();
        using (var entryStream = (zip.GetEntry(entry) ?? throw new FileNotFoundException(entry + " is not in " + package)).Open())
        {
            entryStream.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }
}
