using System;
using System.IO;
using PirLint.TestSupport;

namespace PirLint.LanguageServer.Tests;

/// <summary>The clean samples of the repository, and a temporary workspace folder to put reviews and policy files in.</summary>
internal static class Reviews
{
    public static string CleanYaml => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", "INC-2026-0317.pir.yaml")).Replace("\r\n", "\n");

    public static string CleanMarkdown => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", "reviews", "INC-2026-0317.pir.md")).Replace("\r\n", "\n");

    /// <summary>The clean YAML sample with one text replaced; fails when the text is not there, so a test cannot go stale silently.</summary>
    public static string YamlWith(string from, string to) => Replace(CleanYaml, from, to);

    public static string MarkdownWith(string from, string to) => Replace(CleanMarkdown, from, to);

    /// <summary>Replaces the one occurrence of <paramref name="from"/>; fails when it is not there or is there more than once.</summary>
    public static string Replace(string text, string from, string to) => text.ReplaceOnce(from, to);

    /// <summary>The 0-based line and UTF-16 character of the first <paramref name="what"/> at or after <paramref name="after"/>.</summary>
    public static (int Line, int Character) Find(string text, string what, string? after = null)
    {
        var from = after == null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        var offset = text.IndexOf(what, from, StringComparison.Ordinal);
        if (offset < 0 || from < 0)
        {
            throw new InvalidOperationException("not in the text: " + what);
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            lineStart = 0;
        }

        var line = 0;
        for (var i = 0; i < lineStart; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return (line, offset - lineStart);
    }
}

/// <summary>A folder under the temp folder, deleted at the end of the test.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Folder = Path.Combine(Path.GetTempPath(), "pirlint-lsp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Uri(string relative) => new Uri(Path.Combine(Folder, relative)).AbsoluteUri;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
