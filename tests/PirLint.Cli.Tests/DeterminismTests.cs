using System;
using System.IO;
using System.Linq;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

public class DeterminismTests
{
    [Fact]
    public void ParallelRunsOverTheCorpusPrintIdenticalOutput()
    {
        using var folder = new TempFolder();
        CorpusGenerator.Write(Path.Combine(folder.Path, "corpus"), new CorpusOptions(200) { Seed = 7, Spec = CorpusSpec.V1_1 });

        var first = CliRunner.Run(folder.Path, "check", "corpus", "--format", "json");
        var second = CliRunner.Run(folder.Path, "check", "corpus", "--format", "json");
        var text = CliRunner.Run(folder.Path, "check", "corpus");
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("200 file(s) checked", text.Stdout);
    }

    /// <summary>The same files give the same output linted serially or in parallel, and whatever order they are named in.</summary>
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    public void SerialParallelAndShuffledRunsPrintIdenticalOutput(string format)
    {
        using var folder = new TempFolder();
        CorpusGenerator.Write(Path.Combine(folder.Path, "corpus"), new CorpusOptions(120) { Seed = 11, DefectShare = 0.5, Spec = CorpusSpec.V1_1 });

        // Shared ids (PIR006) name the first other file in path order, whatever the order of the run.
        var files = Directory.GetFiles(Path.Combine(folder.Path, "corpus"), "*.pir.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/')).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        folder.Write("corpus/copy/a.pir.yaml", File.ReadAllText(Path.Combine(folder.Path, files.First(f => f.EndsWith(".yaml", StringComparison.Ordinal)))));
        folder.Write("corpus/copy/b.pir.md", File.ReadAllText(Path.Combine(folder.Path, files.First(f => f.EndsWith(".md", StringComparison.Ordinal)))));
        files = files.Concat(new[] { "corpus/copy/a.pir.yaml", "corpus/copy/b.pir.md" }).ToArray();

        string Check(params string[] args) =>
            CliRunner.Run(folder.Path, new[] { "check", "--format", format, "--today", "2026-06-01" }.Concat(args).ToArray()).Stdout;
        var parallel = Check("corpus");
        Assert.Contains("PIR006", parallel);
        Assert.Equal(parallel, Check("corpus", "--jobs", "1"));
        Assert.Equal(parallel, Check("corpus", "--jobs", "7"));
        var random = new Random(5);
        for (var shuffle = 0; shuffle < 3; shuffle++)
        {
            var order = files.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(parallel, Check(order.Concat(new[] { "--jobs", shuffle == 0 ? "1" : "3" }).ToArray()));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("many")]
    public void JobsMustBeAPositiveNumber(string jobs)
    {
        var result = CliRunner.Run(Repository.Root, "check", "samples/reviews", "--jobs", jobs);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--jobs", result.Stderr);
    }
}
