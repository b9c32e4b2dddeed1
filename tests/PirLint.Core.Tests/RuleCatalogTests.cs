using System;
using System.IO;
using System.Linq;
using PirLint.Diagnostics;
using PirLint.Rules;
using PirLint.TestSupport;

namespace PirLint.Tests;

public class RuleCatalogTests
{
    [Fact]
    public void RulesFolderHasExactlyOnePagePerCatalogueRule()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "rules");
        var pages = Directory.GetFiles(folder, "PIR*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(x => x, StringComparer.Ordinal);
        var ids = RuleCatalog.All.Select(r => r.Id).OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(ids, pages);
    }

    [Fact]
    public void EveryPageHasItsTitleSeverityAndAFailingAndAPassingExample()
    {
        foreach (var rule in RuleCatalog.All)
        {
            var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", rule.Id + ".md"));
            Assert.StartsWith("# " + rule.Id + ": " + rule.Title + "\n", page.Replace("\r\n", "\n"));
            Assert.Contains("## Failing example", page);
            Assert.Contains("## Passing example", page);
            Assert.Contains("| Default severity | " + rule.DefaultSeverity.ToString().ToLowerInvariant() + " |", page);
        }
    }

    [Fact]
    public void EveryReviewRuleIsInTheCatalogueAndHelpLinksPointAtItsPage()
    {
        foreach (var rule in ReviewRules.All)
        {
            Assert.Same(RuleCatalog.Find(rule.Descriptor.Id), rule.Descriptor);
        }

        Assert.All(RuleCatalog.All, r => Assert.EndsWith("/rules/" + r.Id + ".md", r.HelpUri));
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void SamplesBehaveAsTheirReadmeSays()
    {
        var root = TestPaths.RepositoryRoot;
        var engine = new PirLint.Engine.PirLintEngine();
        foreach (var clean in new[] { "samples/reviews/INC-2026-0317.pir.yaml", "samples/reviews/INC-2026-0317.pir.md" })
        {
            var result = engine.Lint(clean, File.ReadAllBytes(Path.Combine(root, clean)), PirLint.Configuration.PirLintOptions.Default);
            Assert.Empty(result.Diagnostics);
        }

        var broken = "samples/reviews/broken/INC-2026-0412.pir.yaml";
        var brokenResult = engine.Lint(broken, File.ReadAllBytes(Path.Combine(root, broken)), PirLint.Configuration.PirLintOptions.Default);
        Assert.Equal("PIR101,PIR102,PIR103,PIR301", brokenResult.Diagnostics.Ids());
    }
}
