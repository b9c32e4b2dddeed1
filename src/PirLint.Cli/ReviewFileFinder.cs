using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Cli;

/// <summary>The review files of a run: files that match the globs under each folder, and each file given directly.</summary>
internal static class ReviewFileFinder
{
    private static readonly string[] Suffixes = { ".pir.yaml", ".pir.yml", ".pir.md" };

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules" };

    public static bool IsReviewFile(string path)
    {
        foreach (var suffix in Suffixes)
        {
            if (path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Full paths, sorted ordinally and without duplicates; a path that does not exist is a usage error.</summary>
    public static List<string> Find(IReadOnlyList<string> paths, string currentDirectory)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files);
            }
            else
            {
                throw new UsageException($"the path '{path}' does not exist");
            }
        }

        return new List<string>(files);
    }

    private static void AddFolder(string folder, SortedSet<string> files)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var file in Directory.EnumerateFiles(current))
            {
                if (IsReviewFile(file))
                {
                    files.Add(file);
                }
            }

            foreach (var child in Directory.EnumerateDirectories(current))
            {
                var info = new DirectoryInfo(child);
                if (!SkippedFolders.Contains(info.Name) && (info.Attributes & FileAttributes.ReparsePoint) == 0)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
