using System.Text.RegularExpressions;

namespace PirLint.Cli.Tests;

/// <summary>A command line that explains itself: help for every command, and a word when there is nothing to check.</summary>
public class CommandHelpTests
{
    [Theory]
    [InlineData("check", "--help")]
    [InlineData("check", "-h")]
    [InlineData("actions", "--help")]
    [InlineData("schema", "-h")]
    [InlineData("new", "--help")]
    [InlineData("analyze", "--help")]
    [InlineData("agenda", "-h")]
    public void EveryCommandAnswersHelpWithItsOwnUsage(string command, string flag)
    {
        var result = CliRunner.Run(Repository.Root, command, flag);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.StartsWith("Usage: pirlint " + command + " ", result.Stdout);
        Assert.Contains("-h, --help", result.Stdout);
    }

    [Fact]
    public void HelpWinsOverOtherArguments()
    {
        var result = CliRunner.Run(Repository.Root, "check", "no/such/folder", "--format", "xml", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Usage: pirlint check ", result.Stdout);
    }

    [Fact]
    public void CheckHelpNamesEveryFormatAndOption()
    {
        var help = CliRunner.Run(Repository.Root, "check", "--help").Stdout;
        foreach (var format in OutputWriter.Formats)
        {
            Assert.Matches(new Regex(@"\b" + format + @"\b"), help);
        }

        foreach (var option in new[] { "--format", "--junit-warnings", "--schema", "--config", "--today", "--jobs" })
        {
            Assert.Contains(option, help);
        }
    }

    [Fact]
    public void CheckSaysSoAndExitsTwoWhenThePathsHoldNoReview()
    {
        using var folder = new TempFolder();
        folder.Write("empty/readme.md", "# not a review\n");

        var named = CliRunner.Run(folder.Path, "check", "empty");
        Assert.Equal(2, named.ExitCode);
        Assert.Equal(string.Empty, named.Stdout);
        Assert.Equal("pirlint: no review found in empty (looked for *.pir.yaml, *.pir.yml and *.pir.md files)", named.Stderr.TrimEnd());

        var here = CliRunner.Run(folder.Path, "check", "--format", "sarif");
        Assert.Equal(2, here.ExitCode);
        Assert.Contains("no review found in .", here.Stderr);
    }

    [Fact]
    public void VersionPrintsTheVersion()
    {
        var result = CliRunner.Run(Repository.Root, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }
}
