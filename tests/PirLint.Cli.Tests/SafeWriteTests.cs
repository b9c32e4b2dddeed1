using System.IO;
using System.Linq;

namespace PirLint.Cli.Tests;

/// <summary>Every command that writes a file (new, schema --out, actions --out and --chart) keeps an existing file unless --force is given.</summary>
public class SafeWriteTests
{
    [Theory]
    [InlineData("schema", "--out", "out/pir.schema.json")]
    [InlineData("schema", "--editor", "--out", "out/pir.schema.json")]
    [InlineData("actions", "--today", "2026-04-01", "--out", "out/pir.schema.json")]
    [InlineData("actions", "--today", "2026-04-01", "--format", "markdown", "--chart", "out/pir.schema.json")]
    [InlineData("new", "--id", "INC-2026-0001", "--today", "2026-04-01", "--out", "out/pir.schema.json")]
    public void ExistingFileIsKeptWithoutForceAndReplacedWithIt(params string[] args)
    {
        using var folder = new TempFolder();
        folder.Write("reviews/r.pir.yaml", Repository.CleanSample);
        var target = folder.Write("out/pir.schema.json", "keep me\n");

        var refused = CliRunner.Run(folder.Path, args);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("'out/pir.schema.json' already exists", refused.Stderr);
        Assert.Contains("--force", refused.Stderr);
        Assert.Equal("keep me\n", File.ReadAllText(target));

        var forced = CliRunner.Run(folder.Path, args.Append("--force").ToArray());
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.NotEqual("keep me\n", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, "out"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void ActionsWritesNeitherFileWhenOneOfThemExists()
    {
        using var folder = new TempFolder();
        folder.Write("reviews/r.pir.yaml", Repository.CleanSample);
        folder.Write("docs/follow-up.md", "keep me\n");

        var result = CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01", "--format", "markdown", "--out", "docs/follow-up.md", "--chart", "docs/chart.svg");
        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "docs", "chart.svg")));
        Assert.Equal("keep me\n", File.ReadAllText(Path.Combine(folder.Path, "docs", "follow-up.md")));
    }

    [Fact]
    public void NewFilesAreWrittenWholeAndNoTemporaryFileIsLeft()
    {
        using var folder = new TempFolder();
        folder.Write("reviews/r.pir.yaml", Repository.CleanSample);
        Assert.Equal(0, CliRunner.Run(folder.Path, "schema", "--out", "out/schema.json").ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, "actions", "--today", "2026-04-01", "--format", "markdown", "--out", "out/report.md", "--chart", "out/chart.svg").ExitCode);
        Assert.Equal(0, CliRunner.Run(folder.Path, "new", "--id", "INC-2026-0009", "--today", "2026-04-01", "--out", "out/new.pir.yaml").ExitCode);

        var written = Directory.GetFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "chart.svg", "new.pir.yaml", "report.md", "schema.json" }, written);
        Assert.EndsWith("}\n", File.ReadAllText(Path.Combine(folder.Path, "out", "schema.json")));
        Assert.EndsWith("</svg>\n", File.ReadAllText(Path.Combine(folder.Path, "out", "chart.svg")).Replace("\r\n", "\n"));
    }
}
