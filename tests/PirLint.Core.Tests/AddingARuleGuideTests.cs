using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PirLint.Engine;
using PirLint.TestSupport;

namespace PirLint.Tests;

/// <summary>docs/adding-a-rule.md names real files and real classes, so the guide cannot drift from the code unnoticed.</summary>
public class AddingARuleGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "adding-a-rule.md"));

    [Fact]
    public void EveryPathTheGuideNamesExists()
    {
        var paths = Regex.Matches(Guide, @"`((?:src|tests|rules|docs)/[^`*<>]+?)`").Select(m => m.Groups[1].Value.TrimEnd('/')).Where(path => !path.Contains("PIRnnn")).Distinct().ToList();
        Assert.True(paths.Count >= 7, "expected the guide to name the files to touch, found " + paths.Count);
        Assert.All(paths, path => Assert.True(
            File.Exists(Path.Combine(TestPaths.RepositoryRoot, path)) || Directory.Exists(Path.Combine(TestPaths.RepositoryRoot, path)),
            "the guide names " + path + ", which does not exist"));
    }

    [Fact]
    public void EveryRuleClassTheGuideNamesExistsInCore()
    {
        var core = typeof(PirLintEngine).Assembly;
        var names = Regex.Matches(Guide, @"`(\w+Rule)`").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(names.Count >= 6, "expected the guide to name rule classes, found " + names.Count);
        Assert.All(names, name => Assert.True(core.GetTypes().Any(t => t.Name == name), "the guide names " + name + ", which is not a type in PirLint.Core"));
    }
}
