using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

public class CheckCommandTests
{
    [Fact]
    public void CleanReviewsExitZero()
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews/INC-2026-0317.pir.yaml", "samples/reviews/INC-2026-0317.pir.md");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 file(s) checked: 0 error(s)", result.Stdout);
    }

    [Fact]
    public void ErrorsExitOneInCanonicalTextForm()
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Equal("samples/reviews/broken/INC-2026-0412.pir.yaml(91,1,91,13): error PIR103: the review has 2 action item(s); write 3 to 5 owned, dated items that prevent this class of failure", lines[0]);
        Assert.All(lines.Take(4), line => Assert.Matches(new Regex(@"^samples/reviews/broken/INC-2026-0412\.pir\.yaml\(\d+,\d+,\d+,\d+\): error PIR\d{3}: .+$"), line));
        Assert.Equal("3 file(s) checked: 4 error(s), 0 warning(s), 0 info(s).", lines[4]);
    }

    [Theory]
    [InlineData("check", "no/such/folder")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--today", "26/11/2026")]
    [InlineData("frobnicate")]
    public void UsageErrorsExitTwo(params string[] args)
    {
        var result = CliRunner.Run(Repository.Root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pirlint: ", result.Stderr);
    }

    [Fact]
    public void AMissingPathAfterAFolderIsAUsageErrorEvenThoughTheFolderWasBeingLinted()
    {
        // The folder's reviews are linted while the walk goes on; the missing path is found after them.
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews", "no/such/review.pir.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Equal("pirlint: the path 'no/such/review.pir.yaml' does not exist\nRun 'pirlint --help' for usage.\n", result.Stderr.Replace("\r\n", "\n"));
    }

    [Fact]
    public void JsonFormIsOneSortedArrayWithTheContractFields()
    {
        using var folder = new TempFolder();
        folder.Write("b.pir.yaml", Repository.CleanSample.ReplaceOnce("owner: \"li-wei\"", "owner: \"TBD\""));
        folder.Write("a.pir.yaml", Repository.CleanSample.ReplaceOnce("severity: \"sev2\"", "severity: \"SEV2\"").ReplaceEach("INC-2026-0317", "INC-2026-0001", 2));
        var result = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("a.pir.yaml", items[0].GetProperty("file").GetString());
        Assert.Equal("PIR004", items[0].GetProperty("id").GetString());
        Assert.Equal("error", items[0].GetProperty("severity").GetString());
        Assert.Equal(8, items[0].GetProperty("line").GetInt32());
        Assert.Equal(13, items[0].GetProperty("column").GetInt32());
        Assert.Equal(8, items[0].GetProperty("endLine").GetInt32());
        Assert.Equal(19, items[0].GetProperty("endColumn").GetInt32());
        Assert.Contains("'sev2'", items[0].GetProperty("message").GetString());
        Assert.Equal("b.pir.yaml", items[1].GetProperty("file").GetString());
        Assert.Equal("PIR101", items[1].GetProperty("id").GetString());
    }

    [Fact]
    public void SarifHasTheShapeCodeScanningReads()
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "sarif");
        Assert.Equal(1, result.ExitCode);
        using var sarif = JsonDocument.Parse(result.Stdout);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("PirLint", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        Assert.All(rules, rule =>
        {
            Assert.Matches("^PIR\\d{3}$", rule.GetProperty("id").GetString());
            Assert.EndsWith("rules/" + rule.GetProperty("id").GetString() + ".md", rule.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
        });
        var results = run.GetProperty("results").EnumerateArray().ToList();
        foreach (var item in results)
        {
            Assert.Equal(item.GetProperty("ruleId").GetString(), rules[item.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
            var location = Assert.Single(item.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("samples/reviews/broken/INC-2026-0412.pir.yaml", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        }

        // The regions of the text form's four errors; SARIF's end column is the one after the span, as the text form's is.
        Assert.Equal(
            new[]
            {
                "PIR103 error (91,1,91,13)", "PIR101 error (92,5,92,16)", "PIR102 error (98,5,98,16)", "PIR301 error (105,14,105,27)",
            },
            results.Select(item =>
            {
                var region = item.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
                return $"{item.GetProperty("ruleId").GetString()} {item.GetProperty("level").GetString()} " +
                       $"({region.GetProperty("startLine").GetInt32()},{region.GetProperty("startColumn").GetInt32()},{region.GetProperty("endLine").GetInt32()},{region.GetProperty("endColumn").GetInt32()})";
            }));
    }

    [Fact]
    public void DuplicateIncidentIdsAcrossFilesArePir006OnEach()
    {
        using var folder = new TempFolder();
        folder.Write("one.pir.yaml", Repository.CleanSample);
        folder.Write("nested/two.pir.yaml", Repository.CleanSample);
        var result = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(new[] { "nested/two.pir.yaml", "one.pir.yaml" }, items.Select(i => i.GetProperty("file").GetString()));
        Assert.All(items, i => Assert.Equal("PIR006", i.GetProperty("id").GetString()));
        Assert.Contains("one.pir.yaml(6,7)", items[0].GetProperty("message").GetString());
    }

    [Fact]
    public void AFileGivenDirectlyIsLintedWhateverItsName()
    {
        using var folder = new TempFolder();
        folder.Write("review.yaml", Repository.CleanSample.ReplaceOnce("facilitator: \"sam-lee\"", "facilitator: \"engineer b\""));
        folder.Write("ignored.yaml", "not: a review");
        Assert.Equal(2, CliRunner.Run(folder.Path, "check").ExitCode); // no *.pir.* file in the folder
        var result = CliRunner.Run(folder.Path, "check", "review.yaml");
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("review.yaml(132,14,132,26): error PIR301: the facilitator 'engineer b' was involved in the incident", result.Stdout);
        Assert.EndsWith("1 file(s) checked: 1 error(s), 0 warning(s), 0 info(s).", result.Stdout.TrimEnd());
    }
}
