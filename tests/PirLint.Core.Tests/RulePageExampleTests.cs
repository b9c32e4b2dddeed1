using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PirLint.Diagnostics;
using PirLint.Rules;
using PirLint.TestSupport;

namespace PirLint.Tests;

/// <summary>
/// Keeps the rule pages true: each page's failing example, laid over a review that passes every rule (its top-level
/// fields replace the review's), reports the page's rule, and its passing example does not.
/// </summary>
public class RulePageExampleTests
{
    private static readonly Regex YamlBlock = new(@"```yaml\r?\n(?<body>.*?)```", RegexOptions.Singleline);

    // PIR006 compares two files, and PIR901/PIR902 need today's date: their pages are checked by the CLI tests.
    // PIR008 is off until configured: its page is checked by PIR008SuppressionGovernanceTests.
    private static readonly HashSet<string> OtherHosts = new() { "PIR006", "PIR008", "PIR901", "PIR902" };

    public static IEnumerable<object[]> Pages() =>
        RuleCatalog.All.Where(r => !OtherHosts.Contains(r.Id)).Select(r => new object[] { r.Id });

    [Theory]
    [MemberData(nameof(Pages))]
    public void FailingExampleReportsTheRuleAndPassingExampleDoesNot(string id)
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", id + ".md")).Replace("\r\n", "\n");
        var failing = FirstYamlBlockAfter(page, "## Failing example");
        var passing = FirstYamlBlockAfter(page, "## Passing example");

        var failingIds = Lint.Yaml(Overlay(Fixtures.ValidYaml, failing)).Select(d => d.Id);
        var passingIds = Lint.Yaml(Overlay(Fixtures.ValidYaml, passing)).Select(d => d.Id);

        Assert.Contains(id, failingIds);
        Assert.DoesNotContain(id, passingIds);
    }

    private static string FirstYamlBlockAfter(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, "no '" + heading + "' section");
        return YamlBlock.Match(page, start).Groups["body"].Value;
    }

    /// <summary>The review with each top-level field of <paramref name="fragment"/> replacing the review's own.</summary>
    private static string Overlay(string review, string fragment)
    {
        var replaced = TopLevelBlocks(fragment).Select(b => b.Key).ToHashSet();
        var kept = TopLevelBlocks(review).Where(b => !replaced.Contains(b.Key)).Select(b => b.Text);
        return string.Concat(kept) + fragment;
    }

    private static List<(string Key, string Text)> TopLevelBlocks(string yaml)
    {
        var blocks = new List<(string Key, string Text)>();
        foreach (var line in yaml.Split('\n').Select(l => l + "\n"))
        {
            var isKey = line.Length > 0 && char.IsLetter(line[0]) && line.Contains(':');
            if (isKey)
            {
                blocks.Add((line.Substring(0, line.IndexOf(':')), line));
            }
            else if (blocks.Count > 0)
            {
                blocks[^1] = (blocks[^1].Key, blocks[^1].Text + line);
            }
        }

        return blocks;
    }
}
