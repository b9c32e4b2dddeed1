using System.IO;
using System.Linq;
using System.Text.Json;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;

namespace PirLint.Cli.Tests;

/// <summary>SARIF as GitHub code scanning wants it: rule metadata from the rule pages, fingerprints that survive edits.</summary>
public class SarifRuleTests
{
    private static JsonElement Rule(JsonDocument sarif, string id) =>
        sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    private static JsonDocument Sarif(string folder, params string[] paths) =>
        JsonDocument.Parse(CliRunner.Run(folder, new[] { "check", "--format", "sarif" }.Concat(paths).ToArray()).Stdout);

    [Theory]
    [InlineData("File cannot be read as a review", "FileCannotBeReadAsAReview")]
    [InlineData("Action item has no owner", "ActionItemHasNoOwner")]
    [InlineData("AI-agent incident without four-layer analysis", "AIAgentIncidentWithoutFourLayerAnalysis")]
    public void RuleNamesArePascalCaseIdentifiers(string title, string expected) =>
        Assert.Equal(expected, SarifWriter.PascalCase(title));

    [Fact]
    public void EveryRuleHasANameDescriptionsHelpAndTags()
    {
        using var sarif = Sarif(Repository.Root, "samples/reviews");
        var rules = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        Assert.All(rules, rule =>
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.Contains("**Failing example**", rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.Contains("**Passing example**", rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.Equal("https://github.com/pirlint/pirlint/blob/main/rules/" + id + ".md", rule.GetProperty("helpUri").GetString());
            Assert.Contains("post-incident-review", rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        });
    }

    [Fact]
    public void HelpComesFromTheRulePage()
    {
        using var sarif = Sarif(Repository.Root, "samples/reviews");
        var rule = Rule(sarif, "PIR101");
        var page = File.ReadAllText(Path.Combine(Repository.Root, "rules", "PIR101.md")).Replace("\r\n", "\n");
        var text = rule.GetProperty("help").GetProperty("text").GetString()!;
        Assert.StartsWith("An action item's owner is missing, null, empty", text);
        Assert.DoesNotContain("`", text);
        Assert.Contains("in place of PIR002, because", text);
        var markdown = rule.GetProperty("help").GetProperty("markdown").GetString()!;
        Assert.StartsWith("An action item's `owner` is missing", markdown);
        Assert.Contains("in place of [PIR002](https://github.com/pirlint/pirlint/blob/main/rules/PIR002.md)", markdown);
        var failing = page.Substring(page.IndexOf("## Failing example\n") + 19).Split("\n## ")[0].Trim();
        Assert.Contains("**Failing example**\n\n" + failing, markdown);
        Assert.DoesNotContain("## Why", markdown);
        Assert.Equal("ActionItemHasNoOwner", rule.GetProperty("name").GetString());
        Assert.Equal("Action item has no owner.", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(new[] { "post-incident-review", "action-items" }, rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void FingerprintsStayWhenLinesAreAddedElsewhereAndDifferForAnotherPlace()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", Repository.CleanSample.Replace("owner: \"li-wei\"", "owner: \"TBD\""));
        var before = Results(folder.Path);

        folder.Write("a.pir.yaml", "# a note\n# another note\n\n" + Repository.CleanSample.Replace("owner: \"li-wei\"", "owner: \"TBD\""));
        var after = Results(folder.Path);

        var moved = Assert.Single(after);
        Assert.Equal(Assert.Single(before).Line + 3, moved.Line);
        Assert.Equal(before[0].Fingerprint, moved.Fingerprint);

        folder.Write("a.pir.yaml", Repository.CleanSample.Replace("owner: \"engineer-b\"", "owner: \"TBD\""));
        var elsewhere = Assert.Single(Results(folder.Path));
        Assert.Equal("PIR101", elsewhere.Rule);
        Assert.NotEqual(before[0].Fingerprint, elsewhere.Fingerprint);

        folder.Write("b.pir.yaml", Repository.CleanSample.Replace("owner: \"li-wei\"", "owner: \"TBD\"").Replace("INC-2026-0317", "INC-2026-0318"));
        var twoFiles = Results(folder.Path);
        Assert.Equal(2, twoFiles.Count);
        Assert.NotEqual(twoFiles[0].Fingerprint, twoFiles[1].Fingerprint);
    }

    [Fact]
    public void YamlAndMarkdownGiveTheSameKeyPath()
    {
        var engine = new PirLintEngine();
        var yaml = engine.Lint("a.pir.yaml", Repository.CleanSample.Replace("owner: \"li-wei\"", "owner: \"TBD\""), PirLintOptions.Default);
        var markdownText = File.ReadAllText(Path.Combine(Repository.Root, "samples", "reviews", "INC-2026-0317.pir.md"));
        var markdown = engine.Lint("a.pir.md", markdownText.Replace("| li-wei |", "| TBD |"), PirLintOptions.Default);
        var fromYaml = Assert.Single(yaml.Diagnostics);
        var fromMarkdown = Assert.Single(markdown.Diagnostics);
        Assert.Equal("PIR101", fromYaml.Id);
        Assert.Equal("PIR101", fromMarkdown.Id);
        Assert.Matches(@"^action_items\[\d\]\.owner$", fromYaml.KeyPath);
        Assert.Equal(fromYaml.KeyPath, fromMarkdown.KeyPath);
    }

    private static System.Collections.Generic.List<(string Rule, int Line, string Fingerprint)> Results(string folder)
    {
        using var sarif = Sarif(folder);
        return sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString()!,
                          r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                          r.GetProperty("partialFingerprints").GetProperty("pirlintKeyPath/v1").GetString()!))
            .ToList();
    }
}
