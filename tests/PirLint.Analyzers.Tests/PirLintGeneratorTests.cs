using System;
using System.Collections;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PirLint.Analyzers.Generator;
using PirLint.TestSupport;
using static PirLint.Analyzers.Tests.GeneratorHarness;

namespace PirLint.Analyzers.Tests;

public class PirLintGeneratorTests
{
    private static string Root => TestPaths.RepositoryRoot;

    private static string Sample(string relative) => System.IO.File.ReadAllText(Path.Combine(Root, "samples", "reviews", relative));

    private const string Usage = """
        using System.Linq;
        namespace Consumer
        {
            public static class Probe
            {
                public static string Describe()
                {
                    var review = PirCatalog.INC_2026_0317;
                    var first = review.ActionItems[0];
                    ActionPriority priority = first.Priority;
                    ActionStatus? status = first.Status;
                    Severity severity = review.IncidentSummary.Severity;
                    IncidentCategory category = review.IncidentSummary.Category;
                    System.DateTime due = first.DueDate;
                    System.DateTimeOffset time = review.Timeline[0].Time;
                    System.TimeSpan? duration = review.IncidentSummary.Duration;
                    long? users = review.Impact?.AffectedUsers;
                    RootCauseAnalysis? analysis = review.Analysis;
                    string owner = first.Owner;
                    return string.Join("|", PirCatalog.All.Count, priority, status, severity, category, due.ToString("yyyy-MM-dd"),
                        time.ToString("o"), duration, users, analysis?.DetectionGap?.Count, owner, review.ActionItems.Count(a => a.Status == ActionStatus.Closed));
                }
            }
        }
        """;

    [Fact]
    public void DefaultSchemaTypesAndCatalogCompileWithoutDiagnosticsAndCarryTheReviews()
    {
        var files = new[]
        {
            File("/p/reviews/INC-2026-0317.pir.yaml", Sample("INC-2026-0317.pir.yaml")),
            File("/p/reviews/INC-2026-0317.pir.md", Sample("INC-2026-0317.pir.md")),
            File("/p/reviews/broken/INC-2026-0412.pir.yaml", Sample("broken/INC-2026-0412.pir.yaml")),
        };
        var (_, output, diagnostics) = Run(files, Usage);
        Assert.Empty(diagnostics);

        var probe = Load(output).GetType("Consumer.Probe")!;
        var description = (string)probe.GetMethod("Describe")!.Invoke(null, null)!;
        Assert.Equal("2|P0Immediate|Closed|Sev2|ModelBehavior|2026-03-20|2026-03-15T14:00:00.0000000+00:00|02:15:00|127|3|priya-natarajan|5", description);
    }

    [Fact]
    public void CatalogLeavesOutReviewsWithErrorsAndListsTheRestInPathOrder()
    {
        var files = new[]
        {
            File("/p/b.pir.yaml", Sample("INC-2026-0317.pir.yaml").ReplaceEach("INC-2026-0317", "INC-2026-0002", 2)),
            File("/p/a.pir.yaml", Sample("INC-2026-0317.pir.yaml").ReplaceEach("INC-2026-0317", "INC-2026-0001", 2)),
            File("/p/broken.pir.yaml", Sample("broken/INC-2026-0412.pir.yaml")),
            File("/p/dup1.pir.yaml", Sample("INC-2026-0317.pir.yaml")),
            File("/p/dup2.pir.yaml", Sample("INC-2026-0317.pir.yaml")),
            File("/p/garbage.pir.yaml", "a: [unclosed"),
        };
        var (_, output, diagnostics) = Run(files);
        Assert.Empty(diagnostics);
        var catalog = Load(output).GetType("Consumer.PirCatalog")!;
        var all = ((IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        var ids = all.Select(r => (string)Get(Get(r, "IncidentSummary"), "Id")!).ToArray();
        Assert.Equal(new[] { "INC-2026-0001", "INC-2026-0002" }, ids);
        Assert.NotNull(catalog.GetProperty("INC_2026_0001"));
        Assert.Null(catalog.GetProperty("INC_2026_0412"));
        Assert.Null(catalog.GetProperty("INC_2026_0317"));
    }

    [Fact]
    public void ProjectSchemaFieldsBecomeProperties()
    {
        var schema = PirLint.Schema.SchemaLoader.DefaultText.ReplaceOnce(
            "      detected_by:\n",
            "      model_version:\n        description: The model the agent ran.\n        type: string\n      detected_by:\n");
        var review = Sample("INC-2026-0317.pir.yaml").ReplaceOnce("  detected_by: \"customer_complaint\"", "  detected_by: \"customer_complaint\"\n  model_version: \"gpt-x-2026-03\"");
        var code = "namespace Consumer { public static class Probe { public static string? Model() => PirCatalog.INC_2026_0317.IncidentSummary.ModelVersion; } }";
        var (_, output, diagnostics) = Run(new[] { File("/p/pir.schema.yaml", schema), File("/p/r.pir.yaml", review) }, code);
        Assert.Empty(diagnostics);
        Assert.Equal("gpt-x-2026-03", Load(output).GetType("Consumer.Probe")!.GetMethod("Model")!.Invoke(null, null));
    }

    [Fact]
    public void HostileStringsAndNamesCannotBreakOrInjectIntoGeneratedCode()
    {
        var schema = """
            type: object
            required: [incident_summary]
            properties:
              incident_summary:
                type: object
                required: [id]
                properties:
                  id: { type: string }
                  title: { type: string, description: "*/ </summary> <script> \u2028 evil" }
              class: { type: string }
              "123": { type: string }
              a-b: { type: string }
              a_b: { type: string }
              PostIncidentReview: { type: string }
              kind:
                type: string
                enum: ["p1_this_week", "P1 this week", "1st", "class", "Ü"]
            """;
        var hostile = "quote \" back \\ */ {0} \u2028 \u2029 \u0085 \t \r\n \" + System.Environment.Exit(1) + \" end\u00e9\ud83d\ude00";
        var escaped = hostile.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u2028", "\\L").Replace("\u2029", "\\P").Replace("\u0085", "\\N")
            .Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n");
        var review = $"""
            incident_summary:
              id: "x-1"
              title: "{escaped}"
            class: "keyword"
            "123": "digits"
            a-b: "first"
            a_b: "second"
            PostIncidentReview: "same as type"
            kind: "P1 this week"
            """;
        var (_, output, diagnostics) = Run(new[] { File("/p/pir.schema.yaml", schema), File("/p/x.pir.yaml", review) });
        Assert.Empty(diagnostics);
        var assembly = Load(output);
        var catalog = assembly.GetType("Consumer.PirCatalog")!;
        var item = ((IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().Single();
        Assert.Equal(hostile, Get(Get(item, "IncidentSummary"), "Title"));
        Assert.Equal("keyword", Get(item, "Class"));
        Assert.Equal("digits", Get(item, "_123"));
        Assert.Equal("first", Get(item, "AB"));
        Assert.Equal("second", Get(item, "AB2"));
        Assert.Equal("same as type", Get(item, "PostIncidentReviewValue"));
        Assert.Equal("P1ThisWeek2", Get(item, "Kind")!.ToString());
        var invocations = output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>());
        Assert.DoesNotContain(invocations, i => i.Expression.ToString().Contains("Exit"));
    }

    [Fact]
    public void SameInputsGiveByteIdenticalSources()
    {
        var files = new[] { File("/p/a.pir.yaml", Sample("INC-2026-0317.pir.yaml")), File("/p/b.pir.md", Sample("INC-2026-0317.pir.md")) };
        string Sources() => string.Join("\n////\n", Run(files).Output.SyntaxTrees.Skip(1).Select(t => t.FilePath + "\n" + t));
        Assert.Equal(Sources(), Sources());
    }

    [Fact]
    public void EditingOneOf100ReviewsReprocessesOnlyThatReview()
    {
        var template = Sample("INC-2026-0317.pir.yaml");
        var files = Enumerable.Range(0, 100)
            .Select(i => File($"/p/r{i:D3}.pir.yaml", template.ReplaceEach("INC-2026-0317", $"INC-2026-{i:D4}", 2)))
            .ToArray();
        var compilation = Compilation();
        var driver = Driver(files).RunGenerators(compilation);

        var edited = files.ToArray();
        edited[42] = File("/p/r042.pir.yaml", template.ReplaceEach("INC-2026-0317", "INC-2026-0042", 2).ReplaceOnce("Customer support agent", "Support agent"));
        driver = driver.ReplaceAdditionalText(files[42], edited[42]).RunGenerators(compilation);
        var run = driver.GetRunResult().Results.Single();

        var reviewSteps = run.TrackedSteps[PirLintGenerator.ReviewStep].SelectMany(step => step.Outputs).ToList();
        Assert.Equal(100, reviewSteps.Count);
        Assert.Equal(1, reviewSteps.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(99, reviewSteps.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.All(run.TrackedSteps[PirLintGenerator.SchemaStep].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(run.TrackedSteps[PirLintGenerator.CatalogStep].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));

        var same = File("/p/r042.pir.yaml", edited[42].GetText()!.ToString());
        driver = driver.ReplaceAdditionalText(edited[42], same).RunGenerators(compilation);
        var again = driver.GetRunResult().Results.Single();
        Assert.All(again.TrackedSteps[PirLintGenerator.ReviewStep].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }
}
