using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PirLint.Fuzz.Tests;

namespace PirLint.EndToEnd.Tests;

/// <summary>
/// Each class of hostile review in a real project built by <c>dotnet build</c>: the build ends, in bounded time, with one
/// located PIR001 per file, and neither the analyzer (AD0001), the generator (CS8785) nor the task (MSB4018) fails.
/// </summary>
[Collection(PackageCollection.Name)]
public class HostileBuildTests
{
    /// <summary>The runner kills a build after 5 minutes; a hostile file must not take a build anywhere near that.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);

    private readonly PackageFixture _package;

    public HostileBuildTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void ClassLibraryWithEveryHostileReviewFailsWithOneLocatedPir001Each()
    {
        var folder = Project("Acme.Hostile", "Microsoft.NET.Sdk", "<Compile Include=\"Use.cs\" />");
        File.WriteAllText(Path.Combine(folder, "Use.cs"), "namespace Acme.Hostile; public static class Use { public static int Count => PirCatalog.All.Count; }");
        var output = BuildFailing(folder);
        foreach (var hostile in HostileDocuments.Classes)
        {
            AssertOnePir001(output, hostile, $@"{Regex.Escape(hostile.FileName)}\({hostile.Line},{hostile.Column}\): error PIR001: ");
        }
    }

    [Fact]
    public void ProjectWithoutCSharpFailsThroughTheTaskWithOneLocatedPir001Each()
    {
        var folder = Project("Acme.HostileReviews", "Microsoft.Build.NoTargets/3.7.0", string.Empty);
        var output = BuildFailing(folder);
        foreach (var hostile in HostileDocuments.Classes)
        {
            AssertOnePir001(output, hostile, $@"{Regex.Escape(hostile.FileName)}\({hostile.Line},{hostile.Column},\d+,\d+\): error PIR001: ");
        }
    }

    private string Project(string name, string sdk, string items)
    {
        var folder = _package.ConsumerProject(name, sdk, "<EnableDefaultCompileItems>false</EnableDefaultCompileItems>", items);
        foreach (var hostile in HostileDocuments.Classes)
        {
            File.WriteAllBytes(Path.Combine(folder, hostile.FileName), hostile.Content);
        }

        return folder;
    }

    private string BuildFailing(string folder)
    {
        var watch = Stopwatch.StartNew();
        var build = DotnetRunner.Run(folder, _package.Packages, "build", "-nr:false", "--disable-build-servers");
        watch.Stop();
        Assert.True(watch.Elapsed < Bound, $"the build took {watch.Elapsed}:\n{build.Output}");
        Assert.NotEqual(0, build.ExitCode);
        foreach (var failure in new[] { "AD0001", "CS8785", "MSB4018", "MSB4181", "Unhandled exception", "Stack overflow", "StackOverflow", "OutOfMemory" })
        {
            Assert.False(build.Output.Contains(failure, StringComparison.Ordinal), $"{failure} in:\n{build.Output}");
        }

        return build.Output;
    }

    private static void AssertOnePir001(string output, HostileClass hostile, string pattern)
    {
        // MSBuild repeats each error in its summary: count distinct lines.
        var lines = output.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(hostile.FileName + "(", StringComparison.Ordinal)).Distinct().ToList();
        Assert.True(lines.Count == 1 && Regex.IsMatch(lines[0], pattern), $"{hostile.Name}: expected one line matching {pattern}, got:\n{string.Join("\n", lines)}\n\n{output}");
    }
}
