using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.TestSupport;

namespace PirLint.EndToEnd.Tests;

/// <summary>
/// The package in real builds: a <c>.globalconfig</c> above the reviews of a class library whose only sources are
/// reviews sets severities and options, and adding one re-runs the compile whatever its timestamp; a FIFO matched by
/// the review globs is left out before anything reads it. Each build is killed, and the test failed, after <see cref="Bound"/>.
/// </summary>
[Collection(PackageCollection.Name)]
public class HostPolicyBuildTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(4);

    private readonly PackageFixture _package;

    public HostPolicyBuildTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void GlobalConfigSeverityIsHonouredInAReviewsOnlyClassLibrary()
    {
        var folder = _package.ConsumerProject("Acme.ReviewsLibrary", "Microsoft.NET.Sdk");
        File.WriteAllText(Path.Combine(folder, "INC-2026-0317.pir.yaml"), ReplaceOnce(_package.Sample("INC-2026-0317.pir.yaml"), "owner: \"priya-natarajan\"", "owner: \"TBD\""));
        File.WriteAllText(Path.Combine(folder, ".globalconfig"), "is_global = true\ndotnet_diagnostic.PIR101.severity = warning\n");

        var build = Build(folder);
        Assert.True(build.ExitCode == 0, build.Stdout);
        Assert.True(build.Stdout.Contains("INC-2026-0317.pir.yaml(92,12): warning PIR101:", StringComparison.Ordinal), build.Stdout);
        Assert.DoesNotContain("error PIR101", build.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingAGlobalConfigReRunsTheCompileWhateverItsTimestamp()
    {
        var folder = _package.ConsumerProject("Acme.ReviewsRebuilt", "Microsoft.NET.Sdk");
        File.WriteAllText(Path.Combine(folder, "INC-2026-0317.pir.yaml"), _package.Sample("INC-2026-0317.pir.yaml"));
        var clean = Build(folder);
        Assert.True(clean.ExitCode == 0, clean.Stdout);
        Assert.DoesNotContain("PIR103", clean.Stdout, StringComparison.Ordinal);

        // The sample has five action items; two at most is a PIR103. An old timestamp: the file is older than the assembly.
        var config = Path.Combine(folder, ".globalconfig");
        File.WriteAllText(config, "is_global = true\npirlint.action_items.max = 2\n");
        File.SetLastWriteTimeUtc(config, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var rebuilt = Build(folder);
        Assert.NotEqual(0, rebuilt.ExitCode);
        Assert.Contains("error PIR103:", rebuilt.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft.NET.Sdk", "Acme.FifoLibrary")]
    [InlineData("Microsoft.Build.NoTargets/3.7.0", "Acme.FifoReviews")]
    public void FifoMatchedByTheReviewGlobsIsLeftOutAndTheBuildEnds(string sdk, string name)
    {
        var folder = _package.ConsumerProject(name, sdk);
        File.WriteAllText(Path.Combine(folder, "INC-2026-0317.pir.yaml"), _package.Sample("INC-2026-0317.pir.yaml"));
        var fifo = ChildProcess.Run("mkfifo", new[] { Path.Combine(folder, "incident.pir.yaml") }, timeout: TimeSpan.FromSeconds(30));
        Assert.True(fifo.ExitCode == 0, fifo.Stderr);

        var build = Build(folder);
        Assert.True(build.ExitCode == 0, build.Stdout);
        Assert.Contains("warning : PirLint left out 'incident.pir.yaml': it is a FIFO (named pipe), not a regular file, so the build does not read it", build.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildingTheSampleLeavesNoStampInItsFolder()
    {
        // The end-to-end project builds the sample first; the stamp belongs under obj/.
        Assert.False(File.Exists(Path.Combine(_package.RepositoryRoot, "samples", "Acme.Incidents", "pirlint.stamp")));
    }

    private ChildProcessResult Build(string folder)
    {
        var environment = new Dictionary<string, string?>
        {
            ["NUGET_PACKAGES"] = _package.Packages,
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
            ["UseSharedCompilation"] = "false",
        };
        var result = ChildProcess.Run("dotnet", new[] { "build", "-nr:false", "--disable-build-servers" }, folder, Bound, environment);
        Assert.False(result.TimedOut, $"the build did not end within {Bound}:\n{result.Stdout}");
        return result;
    }

    private static string ReplaceOnce(string text, string needle, string replacement)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(needle, at + 1, StringComparison.Ordinal) < 0, $"'{needle}' is not in the text exactly once");
        return text.Substring(0, at) + replacement + text.Substring(at + needle.Length);
    }
}
