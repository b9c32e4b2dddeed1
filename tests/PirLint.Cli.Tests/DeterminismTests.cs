using System;
using System.Diagnostics;
using System.IO;

namespace PirLint.Cli.Tests;

public class DeterminismTests
{
    [Fact]
    public void ParallelRunsOverTheCorpusPrintIdenticalOutput()
    {
        using var folder = new TempFolder();
        var script = Path.Combine(Repository.Root, "..", "shared", "bench", "make-corpus");
        Assert.True(File.Exists(script), "the corpus generator is expected at " + script);
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { script, Path.Combine(folder.Path, "corpus"), "--count", "200", "--seed", "7" })
        {
            start.ArgumentList.Add(argument);
        }

        using (var process = Process.Start(start)!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        var first = CliRunner.Run(folder.Path, "check", "corpus", "--format", "json");
        var second = CliRunner.Run(folder.Path, "check", "corpus", "--format", "json");
        var text = CliRunner.Run(folder.Path, "check", "corpus");
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("200 file(s) checked", text.Stdout);
    }
}
