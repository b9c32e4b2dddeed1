using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PirLint.Hosting;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

/// <summary>
/// Any file-system shape ends in bounded time with a clear word: each case runs the real <c>pirlint</c> in a child
/// process that the harness kills (and the test fails) after <see cref="Bound"/>: a FIFO read would block forever.
/// </summary>
public sealed class FileSystemTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        // rm, not Directory.Delete: .NET cannot name a file whose name is not UTF-8.
        ChildProcess.Run("chmod", new[] { "-R", "u+rwX", _folder.Path }, timeout: Bound);
        ChildProcess.Run("rm", new[] { "-rf", _folder.Path }, timeout: Bound);
    }

    [Fact]
    public void FifoMetInAFolderIsSkippedWithANoteAndNeverOpened()
    {
        _folder.Write("good.pir.yaml", Repository.CleanSample);
        MakeFifo("incident.pir.yaml");
        var result = Pirlint("check", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("pirlint: skipped 'incident.pir.yaml': it is a FIFO (named pipe), not a regular file\n", result.Stderr);
        Assert.Contains("1 file(s) checked: 0 error(s)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FifoNamedOnTheCommandLineIsAUsageError()
    {
        MakeFifo("incident.pir.yaml");
        var result = Pirlint("check", "incident.pir.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pirlint: 'incident.pir.yaml' is a FIFO (named pipe), not a regular file; PirLint reads only regular files and folders\n", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--schema")]
    public void FifoNamedAsASettingsFileIsAUsageError(string option)
    {
        _folder.Write("good.pir.yaml", Repository.CleanSample);
        MakeFifo("settings");
        var result = Pirlint("check", ".", option, "settings");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"pirlint: {option} file 'settings' is a FIFO (named pipe), not a regular file\n", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void FifoNamedPirSchemaYamlIsPir001OfTheSchemaAndTheBuiltInSchemaApplies()
    {
        _folder.Write("good.pir.yaml", Repository.CleanSample);
        MakeFifo("pir.schema.yaml");
        var result = Pirlint("check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pir.schema.yaml(1,1,1,1): error PIR001: the schema file could not be read: it is a FIFO (named pipe), not a regular file, so it was not opened", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".editorconfig")]
    [InlineData(".globalconfig")]
    public void FifoNamedLikeAConfigFileAboveTheReviewsIsNotRead(string name)
    {
        _folder.Write("good.pir.yaml", Repository.CleanSample);
        MakeFifo(name);
        var result = Pirlint("check", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 file(s) checked: 0 error(s)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void FifoGivenToAnalyzeIsAUsageError()
    {
        MakeFifo("incident.pir.yaml");
        var result = Pirlint("analyze", "incident.pir.yaml");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("pirlint: 'incident.pir.yaml' is a FIFO (named pipe), not a regular file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenSymlinkIsOnePir001AtLineOneThatSaysSo()
    {
        Shell("ln -s missing.pir.yaml broken.pir.yaml");
        var result = Pirlint("check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "broken.pir.yaml(1,1,1,1): error PIR001: the file could not be read: it is a symbolic link whose target does not exist; fix or remove the link\n" +
            "1 file(s) checked: 1 error(s), 0 warning(s), 0 info(s).\n",
            result.Stdout);
    }

    [Fact]
    public void FileDeletedBetweenTheWalkAndTheReadIsPir001ThatSaysSo()
    {
        var path = _folder.Write("gone.pir.yaml", Repository.CleanSample);
        var walk = ReviewFileWalker.Walk(new[] { "." }, _folder.Path);
        Assert.Equal(new[] { path }, walk.Files);
        File.Delete(path);
        var content = ReviewFileReader.Read(walk.Files[0]);
        Assert.Null(content.Bytes);
        Assert.Equal("it no longer exists (deleted or moved after the folder was read)", content.Problem);
    }

    [Fact]
    public void NameThatIsNotUtf8IsPir001WithTheRelativePathAndNoAbsolutePath()
    {
        Shell("printf 'x' > \"$(printf 'bad\\377name.pir.yaml')\"");
        var result = Pirlint("check", ".");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "bad\uFFFDname.pir.yaml(1,1,1,1): error PIR001: the file could not be read: its name is not valid UTF-8, so it cannot be opened by name here; rename it with UTF-8 characters only\n" +
            "1 file(s) checked: 1 error(s), 0 warning(s), 0 info(s).\n",
            result.Stdout);
        Assert.DoesNotContain(_folder.Path, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [FactRequiring(PrerequisiteReason.OtherUser)]
    public void PermissionDeniedIsPir001ThatSaysSo()
    {
        _folder.Write("good.pir.yaml", Repository.CleanSample.Replace("INC-2026-0317", "INC-2026-0318", StringComparison.Ordinal));
        _folder.Write("secret.pir.yaml", Repository.CleanSample);
        Shell("chmod 000 secret.pir.yaml && chmod 755 .");
        var result = Environment.UserName == "root"
            ? ChildProcess.Run("setpriv", new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", PirlintDll, "check", "." }, _folder.Path, Bound,
                new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_HOME"] = Path.GetTempPath() })
            : ChildProcess.Run("dotnet", new[] { PirlintDll, "check", "." }, _folder.Path, Bound);
        Assert.False(result.TimedOut);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "secret.pir.yaml(1,1,1,1): error PIR001: the file could not be read: permission denied: the user running PirLint may not read it\n" +
            "2 file(s) checked: 1 error(s), 0 warning(s), 0 info(s).\n",
            result.Stdout);
    }

    [Fact]
    public void LinkLoopsAreNotFollowedAndALinkedReviewIsLintedOnceUnderItsFirstPath()
    {
        _folder.Write("reviews/b.pir.yaml", Repository.CleanSample);
        Shell("ln -s b.pir.yaml reviews/a.pir.yaml && ln -s .. reviews/up && ln -s . reviews/self && ln -s reviews mirror");
        var result = Pirlint("check", ".");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1 file(s) checked: 0 error(s), 0 warning(s), 0 info(s).\n", result.Stdout);
        var walk = ReviewFileWalker.Walk(new[] { "." }, _folder.Path);
        Assert.Equal(new[] { Path.Combine(_folder.Path, "reviews", "a.pir.yaml") }, walk.Files);
    }

    [Fact]
    public void TwentyThousandFilesAndTwoHundredLevelsAreWalkedInOneDeterministicOrder()
    {
        for (var i = 0; i < 20_000; i++)
        {
            var folder = Path.Combine(_folder.Path, "f" + (i % 100).ToString("D2"));
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(Path.Combine(folder, $"r{i:D5}.pir.yaml"), Array.Empty<byte>());
        }

        var deep = Path.Combine(new[] { _folder.Path }.Concat(Enumerable.Repeat("d", 200)).ToArray());
        Directory.CreateDirectory(deep);
        File.WriteAllBytes(Path.Combine(deep, "deep.pir.yaml"), Array.Empty<byte>());

        var first = ReviewFileWalker.Walk(new[] { "." }, _folder.Path).Files;
        var second = ReviewFileWalker.Walk(new[] { "." }, _folder.Path).Files;
        Assert.Equal(20_001, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first.OrderBy(p => p, StringComparer.Ordinal), first);
        Assert.Contains(Path.Combine(deep, "deep.pir.yaml"), first);
    }

    [Fact]
    public void OutputToAClosedPipeEndsQuietlyWithTheUsualStatus()
    {
        // Enough diagnostics to overflow the pipe's buffer long after 'head' has closed it.
        for (var i = 0; i < 2_000; i++)
        {
            File.WriteAllBytes(Path.Combine(_folder.Path, $"r{i:D4}.pir.yaml"), Array.Empty<byte>());
        }

        var result = ChildProcess.Run("bash", new[] { "-c", $"dotnet '{PirlintDll}' check . | head -1; echo \"status=${{PIPESTATUS[0]}}\"" }, _folder.Path, Bound);
        Assert.False(result.TimedOut, "pirlint did not end");
        Assert.Equal(string.Empty, result.Stderr);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("r0000.pir.yaml(1,1,", lines[0], StringComparison.Ordinal);
        Assert.Equal("status=1", lines[1]);
    }

    private static string PirlintDll => Path.Combine(AppContext.BaseDirectory, "pirlint.dll");

    private ChildProcessResult Pirlint(params string[] args)
    {
        var result = ChildProcess.Run("dotnet", new[] { PirlintDll }.Concat(args), _folder.Path, Bound);
        Assert.False(result.TimedOut, $"pirlint {string.Join(' ', args)} did not end within {Bound.TotalSeconds} s");
        return result;
    }

    private void MakeFifo(string name) => Shell($"mkfifo '{name}'");

    private void Shell(string command)
    {
        var result = ChildProcess.Run("bash", new[] { "-c", command }, _folder.Path, Bound);
        Assert.True(result.ExitCode == 0, result.Stderr);
    }
}
