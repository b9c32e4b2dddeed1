using System.Linq;
using System.Text.Json;
using System.Xml.Linq;

namespace PirLint.Cli.Tests;

/// <summary>The report forms CI systems read: GitHub Actions annotations, JUnit XML and GitLab Code Quality.</summary>
public class CiFormatTests
{
    private const string BrokenSample = "samples/reviews/broken/INC-2026-0412.pir.yaml";

    private static string OwnerTbd => Repository.CleanSample.Replace("owner: \"li-wei\"", "owner: \"TBD\"");

    [Fact]
    public void GitHubFormWritesOneWorkflowCommandPerDiagnostic()
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "github");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal(
            "::error file=" + BrokenSample + ",line=91,endLine=91,col=1,endColumn=13,title=PIR103 Too few or too many action items::" +
            "the review has 2 action item(s); write 3 to 5 owned, dated items that prevent this class of failure",
            lines[0]);
        Assert.All(lines, line => Assert.StartsWith("::error file=" + BrokenSample + ",line=", line));
    }

    [Fact]
    public void GitHubFormUsesWarningAndNoticeForTheOtherSeveritiesAndEscapesProperties()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[**.pir.yaml]\npirlint.PIR101.severity = suggestion\n");
        folder.Write("a,b:c.pir.yaml", OwnerTbd.Replace("action_items:", "colour: blue\naction_items:"));
        var result = CliRunner.Run(folder.Path, "check", "--format", "github");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("::warning file=a%2Cb%3Ac.pir.yaml,line=", lines[0]);
        Assert.Contains(",title=PIR005 Unknown field::'colour' is not a field", lines[0]);
        Assert.StartsWith("::notice file=a%2Cb%3Ac.pir.yaml,line=", lines[1]);
        Assert.Contains(",title=PIR101 Action item has no owner::", lines[1]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("50% done\r\nnext", "50%25 done%0D%0Anext")]
    [InlineData("a: b, c", "a: b, c")]
    public void GitHubMessagesEscapePercentAndLineBreaks(string message, string expected) =>
        Assert.Equal(expected, GitHubWriter.EscapeData(message));

    [Theory]
    [InlineData("reviews/x.pir.yaml", "reviews/x.pir.yaml")]
    [InlineData("a,b:c%\n", "a%2Cb%3Ac%25%0A")]
    public void GitHubPropertiesAlsoEscapeCommaAndColon(string value, string expected) =>
        Assert.Equal(expected, GitHubWriter.EscapeProperty(value));

    [Fact]
    public void JUnitFormHasOneCasePerFileAndOneFailureListingEachError()
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "junit");
        Assert.Equal(1, result.ExitCode);
        var xml = XDocument.Parse(result.Stdout);
        var suites = xml.Root!;
        Assert.Equal("testsuites", suites.Name.LocalName);
        Assert.Equal("3", suites.Attribute("tests")!.Value);
        Assert.Equal("1", suites.Attribute("failures")!.Value);
        var suite = Assert.Single(suites.Elements("testsuite"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(
            new[] { "samples/reviews/INC-2026-0317.pir.md", "samples/reviews/INC-2026-0317.pir.yaml", BrokenSample },
            cases.Select(c => c.Attribute("name")!.Value));
        Assert.Empty(cases[0].Elements());
        Assert.Empty(cases[1].Elements());
        var failure = Assert.Single(cases[2].Elements("failure"));
        Assert.Equal("PIR103", failure.Attribute("type")!.Value);
        Assert.StartsWith("4 problems, the first PIR103: the review has 2 action item(s)", failure.Attribute("message")!.Value);
        var body = failure.Value.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, body.Length);
        Assert.Equal(BrokenSample + "(91,1,91,13): error PIR103: the review has 2 action item(s); write 3 to 5 owned, dated items that prevent this class of failure", body[0]);
        Assert.Equal(new[] { "PIR103", "PIR101", "PIR102", "PIR301" }, body.Select(line => line.Split(' ')[2].TrimEnd(':')));
    }

    [Fact]
    public void JUnitWarningsGoToSystemOutUnlessTheSwitchMakesThemFailures()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", Repository.CleanSample.Replace("action_items:", "colour: blue\naction_items:"));

        var quiet = CliRunner.Run(folder.Path, "check", "--format", "junit");
        Assert.Equal(0, quiet.ExitCode);
        var quietCase = Assert.Single(XDocument.Parse(quiet.Stdout).Descendants("testcase"));
        Assert.Empty(quietCase.Elements("failure"));
        Assert.StartsWith("a.pir.yaml(", quietCase.Element("system-out")!.Value);
        Assert.Contains("warning PIR005: 'colour' is not a field", quietCase.Element("system-out")!.Value);
        Assert.Equal("0", XDocument.Parse(quiet.Stdout).Root!.Attribute("failures")!.Value);

        var strict = CliRunner.Run(folder.Path, "check", "--format", "junit", "--junit-warnings");
        Assert.Equal(0, strict.ExitCode);
        var strictCase = Assert.Single(XDocument.Parse(strict.Stdout).Descendants("testcase"));
        Assert.Equal("PIR005", Assert.Single(strictCase.Elements("failure")).Attribute("type")!.Value);
        Assert.Null(strictCase.Element("system-out"));
        Assert.Equal("1", XDocument.Parse(strict.Stdout).Root!.Attribute("failures")!.Value);
    }

    [Fact]
    public void GitLabFormHasTheCodeQualityFields()
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "gitlab");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var issues = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, issues.Count);
        var first = issues[0];
        Assert.Equal("PIR103", first.GetProperty("check_name").GetString());
        Assert.Equal("PIR103: the review has 2 action item(s); write 3 to 5 owned, dated items that prevent this class of failure", first.GetProperty("description").GetString());
        Assert.Equal("major", first.GetProperty("severity").GetString());
        Assert.Equal(BrokenSample, first.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(91, first.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.All(issues, issue => Assert.Matches("^[0-9a-f]{32}$", issue.GetProperty("fingerprint").GetString()));
        Assert.Equal(4, issues.Select(issue => issue.GetProperty("fingerprint").GetString()).Distinct().Count());
    }

    [Fact]
    public void GitLabSeverityIsInfoMinorMajorOrCriticalForAnUnreadableFile()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[**.pir.yaml]\npirlint.PIR101.severity = suggestion\n");
        folder.Write("a.pir.yaml", OwnerTbd.Replace("action_items:", "colour: blue\naction_items:"));
        folder.Write("b.pir.yaml", "incident_summary: [unclosed\n");
        var result = CliRunner.Run(folder.Path, "check", "--format", "gitlab");
        using var json = JsonDocument.Parse(result.Stdout);
        var severities = json.RootElement.EnumerateArray()
            .Select(issue => issue.GetProperty("check_name").GetString() + ":" + issue.GetProperty("severity").GetString());
        Assert.Equal(new[] { "PIR005:minor", "PIR101:info", "PIR001:critical" }, severities);
    }

    [Fact]
    public void GitLabAndSarifGiveTheSameFindingTheSameFingerprint()
    {
        var gitlab = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "gitlab");
        var sarif = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--format", "sarif");
        using var gitlabJson = JsonDocument.Parse(gitlab.Stdout);
        using var sarifJson = JsonDocument.Parse(sarif.Stdout);
        var fromGitLab = gitlabJson.RootElement.EnumerateArray()
            .Select(i => (i.GetProperty("check_name").GetString(), i.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(), i.GetProperty("fingerprint").GetString()))
            .ToList();
        var fromSarif = sarifJson.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString(),
                          r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
                          r.GetProperty("partialFingerprints").GetProperty("pirlintKeyPath/v1").GetString()))
            .ToList();
        Assert.Equal(4, fromSarif.Count);
        Assert.Equal(fromGitLab, fromSarif);
    }

    [Fact]
    public void JsonWritesApostrophesAsThemselves()
    {
        using var folder = new TempFolder();
        folder.Write("a.pir.yaml", OwnerTbd);
        var result = CliRunner.Run(folder.Path, "check", "--format", "json");
        Assert.Contains("'TBD'", result.Stdout);
        Assert.DoesNotContain("\\u0027", result.Stdout);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Contains("'TBD'", json.RootElement[0].GetProperty("message").GetString());
    }
}
