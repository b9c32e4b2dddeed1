using System.IO;

namespace PirLint.Cli.Tests;

public class HostileFileTests
{
    [Fact]
    public void FileOverTheLimitIsPir001WithoutBeingRead()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "huge.pir.yaml");
        using (var stream = File.Create(path))
        {
            stream.SetLength(64L * 1024 * 1024);
        }

        var result = CliRunner.Run(folder.Path, "check", ".", "--today", "2026-04-01");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("huge.pir.yaml(1,1,1,1): error PIR001: the file could not be read: it is 67,108,864 bytes, over the limit of 1,048,576 bytes (1 MiB)", result.Stdout);
    }
}
