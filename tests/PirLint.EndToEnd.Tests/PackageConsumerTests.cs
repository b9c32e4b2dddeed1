using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using PirLint.TestSupport;

namespace PirLint.EndToEnd.Tests;

/// <summary>The PirLint package as a user meets it: packed into a folder feed and referenced by fresh projects built with dotnet build.</summary>
[Collection(PackageCollection.Name)]
public class PackageConsumerTests
{
    private readonly PackageFixture _package;

    public PackageConsumerTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void ClassLibraryFailsOnAnIncompleteReviewThenBuildsAndCarriesTheFixedOne()
    {
        var project = NewClassLibrary("Acme.Reviews");
        File.WriteAllText(Path.Combine(project, "incident.pir.yaml"), _package.Sample("broken/INC-2026-0412.pir.yaml"));

        var failing = Build(project);
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("incident.pir.yaml(92,5): error PIR101:", failing.Output);
        Assert.Contains("incident.pir.yaml(98,5): error PIR102:", failing.Output);
        Assert.Contains("incident.pir.yaml(91,1): error PIR103:", failing.Output);
        Assert.Contains("incident.pir.yaml(105,14): error PIR301:", failing.Output);

        File.WriteAllText(Path.Combine(project, ".editorconfig"),
            "root = true\n\n[*.pir.yaml]\npirlint.PIR101.severity = warning\npirlint.PIR102.severity = warning\npirlint.PIR103.severity = warning\npirlint.PIR301.severity = warning\n");
        var lowered = Build(project);
        Assert.True(lowered.ExitCode == 0, lowered.Output);
        Assert.Contains("incident.pir.yaml(92,5): warning PIR101:", lowered.Output);
        File.Delete(Path.Combine(project, ".editorconfig"));

        File.WriteAllText(Path.Combine(project, "incident.pir.yaml"), _package.Sample("INC-2026-0317.pir.yaml"));
        File.WriteAllText(Path.Combine(project, "Summary.cs"), """
            namespace Acme.Reviews;

            public static class Summary
            {
                public static string Describe() =>
                    PirCatalog.All.Count + "|" + PirCatalog.INC_2026_0317.IncidentSummary.Severity + "|" +
                    PirCatalog.INC_2026_0317.ActionItems[0].Owner + "|" + PirCatalog.INC_2026_0317.ActionItems[0].Priority;
            }
            """);
        var passing = Build(project);
        Assert.True(passing.ExitCode == 0, passing.Output);
        Assert.DoesNotContain("PIR", passing.Output.Split('\n').Where(l => l.Contains("warning") || l.Contains("error")).FirstOrDefault() ?? string.Empty);

        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(Path.Combine(project, "bin", "Debug", "net10.0", "Acme.Reviews.dll"));
            var describe = assembly.GetType("Acme.Reviews.Summary")!.GetMethod("Describe", BindingFlags.Public | BindingFlags.Static)!;
            Assert.Equal("1|Sev2|priya-natarajan|P0Immediate", describe.Invoke(null, null));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void ProjectWithoutCSharpFailsThroughTheTaskAndSkipsItWhenNothingChanged()
    {
        var project = _package.ConsumerProject("ReviewsOnly", "Microsoft.Build.NoTargets/3.7.0");
        File.WriteAllText(Path.Combine(project, "broken.pir.yaml"), _package.Sample("broken/INC-2026-0412.pir.yaml"));
        var failing = Build(project);
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("broken.pir.yaml(92,5,92,16): error PIR101:", failing.Output);
        Assert.Contains("broken.pir.yaml(105,14,105,27): error PIR301:", failing.Output);

        File.WriteAllText(Path.Combine(project, "broken.pir.yaml"), _package.Sample("INC-2026-0317.pir.yaml"));
        var passing = Build(project);
        Assert.True(passing.ExitCode == 0, passing.Output);

        var again = Build(project, "-v:d");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("Skipping target \"PirLintLintReviews\" because all output files are up-to-date", again.Output);
    }

    private string NewClassLibrary(string name)
    {
        var folder = Path.Combine(_package.Root, name);
        var created = DotnetRunner.Run(_package.Root, _package.Packages, "new", "classlib", "-n", name, "-o", folder, "--framework", "net10.0");
        Assert.True(created.ExitCode == 0, created.Output);
        File.Delete(Path.Combine(folder, "Class1.cs"));
        var added = DotnetRunner.Run(folder, _package.Packages, "add", "package", "PirLint", "--version", "0.1.0", "--source", _package.Feed, "--no-restore");
        Assert.True(added.ExitCode == 0, added.Output);
        var project = Path.Combine(folder, name + ".csproj");
        File.WriteAllText(project, File.ReadAllText(project).ReplaceOnce("</Project>",
            $"  <PropertyGroup>\n    <RestoreAdditionalProjectSources>{_package.Feed}</RestoreAdditionalProjectSources>\n  </PropertyGroup>\n</Project>"));
        return folder;
    }

    private ProcessResult Build(string folder, params string[] extra) =>
        DotnetRunner.Run(folder, _package.Packages, new[] { "build", "-nr:false", "--disable-build-servers" }.Concat(extra).ToArray());
}

[Collection(PackageCollection.Name)]
public class TrackActionsTests
{
    private readonly PackageFixture _package;

    public TrackActionsTests(PackageFixture package)
    {
        _package = package;
    }

    [Fact]
    public void TrackActionsReportsOverdueItemsAndTheCompletionRateThroughTheTaskOnly()
    {
        var folder = _package.ConsumerProject("Acme.Tracked", "Microsoft.NET.Sdk");
        File.WriteAllText(Path.Combine(folder, "Use.cs"), "namespace Acme.Tracked; public static class Use { public static int Count => PirCatalog.All.Count; }");
        var review = _package.Sample("INC-2026-0317.pir.yaml")
            .ReplaceOnce("due_date: \"2026-03-25\"\n    status: \"closed\"\n    closed_date: \"2026-03-24\"", "due_date: \"2026-03-25\"\n    status: \"in_progress\"");
        File.WriteAllText(Path.Combine(folder, "incident.pir.yaml"), review);

        var quiet = DotnetRunner.Run(folder, _package.Packages, "build", "-nr:false", "--disable-build-servers");
        Assert.True(quiet.ExitCode == 0, quiet.Output);
        Assert.DoesNotContain("PIR90", quiet.Output);

        var tracked = DotnetRunner.Run(folder, _package.Packages, "build", "-nr:false", "--disable-build-servers",
            "-p:PirLintTrackActions=true", "-p:PirLintToday=2026-04-01");
        Assert.True(tracked.ExitCode == 0, tracked.Output);
        Assert.Contains("incident.pir.yaml(110,15,110,27): warning PIR901:", tracked.Output);
        Assert.Contains("warning PIR902:", tracked.Output);
        Assert.DoesNotContain("PIR101", tracked.Output);
    }
}
