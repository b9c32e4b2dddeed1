using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PirLint.Cli.Tests;

/// <summary>
/// The PIR902 page's examples, run as the page says, on its day (<c>--today 2026-04-10</c>): each example is two review
/// files, marked by a <c># reviews/NAME</c> line. The failing run reports PIR902 as an error, the passing run does not.
/// </summary>
public class FollowUpPageExampleTests
{
    private static readonly Regex YamlBlock = new(@"```yaml\r?\n(?<body>.*?)```", RegexOptions.Singleline);

    private static JsonElement[] Run(string heading)
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "rules", "PIR902.md")).Replace("\r\n", "\n");
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var block = YamlBlock.Match(page, start).Groups["body"].Value;
        var files = Regex.Split(block, @"(?m)^(?=# reviews/)").Where(part => part.Length > 0).ToArray();
        Assert.Equal(2, files.Length);

        using var folder = new TempFolder();
        foreach (var file in files)
        {
            folder.Write(file.Substring(2, file.IndexOf('\n') - 2).Trim(), file);
        }

        var result = CliRunner.Run(folder.Path, "check", "--today", "2026-04-10", "--format", "json");
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Fact]
    public void TheFailingExampleIsAnErrorWithTheCountsThePageGives()
    {
        var rate = Assert.Single(Run("## Failing example"), d => d.GetProperty("id").GetString() == "PIR902");
        Assert.Equal(("error", "reviews/INC-2026-0317.pir.yaml"), (rate.GetProperty("severity").GetString(), rate.GetProperty("file").GetString()));
        Assert.StartsWith("the on-time completion rate of the action items due is 60% (5 due: 3 closed on time, 1 closed late, 1 open and overdue, across 2 review(s))", rate.GetProperty("message").GetString());
    }

    [Fact]
    public void ThePassingExampleHasNoRateToReport() =>
        Assert.DoesNotContain(Run("## Passing example"), d => d.GetProperty("id").GetString() == "PIR902");
}
