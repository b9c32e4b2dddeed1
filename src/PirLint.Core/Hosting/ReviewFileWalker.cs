using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Hosting;

/// <summary>A path a walk did not take as a review, and why.</summary>
public sealed class SkippedPath
{
    public SkippedPath(string fullPath, FileKind kind)
    {
        FullPath = fullPath;
        Kind = kind;
    }

    public string FullPath { get; }

    public FileKind Kind { get; }
}

/// <summary>The review files of a walk, and what it left out.</summary>
public sealed class WalkResult
{
    internal WalkResult(List<string> files, List<SkippedPath> skipped, List<SkippedPath> namedNotRegular, List<string> namedMissing, List<string> unreadableFolders)
    {
        Files = files;
        Skipped = skipped;
        NamedNotRegular = namedNotRegular;
        NamedMissing = namedMissing;
        UnreadableFolders = unreadableFolders;
    }

    /// <summary>Full paths, sorted ordinally, each file once (a link and its target count once, under the first path).</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Non-regular files with a review's name met in a folder: never opened.</summary>
    public IReadOnlyList<SkippedPath> Skipped { get; }

    /// <summary>Paths named by the caller that are neither a folder nor a file that can be read as one (a FIFO, a socket, a device).</summary>
    public IReadOnlyList<SkippedPath> NamedNotRegular { get; }

    /// <summary>Paths named by the caller, as given, that do not exist.</summary>
    public IReadOnlyList<string> NamedMissing { get; }

    /// <summary>Folders whose entries could not be listed (permission denied), as full paths.</summary>
    public IReadOnlyList<string> UnreadableFolders { get; }
}

/// <summary>
/// The one walk every host uses to find reviews (the CLI, the MSBuild task, the language server's workspace scan).
/// Iterative (a stack of folders, never recursion), so depth costs no stack; memory holds the results and one folder's
/// entries at a time. Folders named <c>.git</c>, <c>bin</c>, <c>obj</c> and <c>node_modules</c> are not entered.
/// Symbolic links to folders are not followed (so no loop is walked); a link to a review file is read, and a file
/// reached by two paths is linted once, under the first path in ordinal order. Files that are not regular (FIFOs,
/// sockets, devices) are never opened. A broken link, or a name that is not valid UTF-8, stays in the results: reading
/// it gives the reason (<see cref="ReviewFileReader"/>).
/// </summary>
public static class ReviewFileWalker
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "bin", "obj", "node_modules" };

    /// <param name="paths">Folders and files as the user named them, relative to <paramref name="currentDirectory"/> or full.</param>
    /// <param name="foundPlainFile">
    /// Called with each plain file (not a link) met in a folder, as it is met, so that a host can start on it before
    /// the walk ends; the result's <see cref="WalkResult.Files"/> is still the list that counts.
    /// </param>
    public static WalkResult Walk(IEnumerable<string> paths, string currentDirectory, Action<string>? foundPlainFile = null)
    {
        var found = new List<string>();
        var skipped = new List<SkippedPath>();
        var namedNotRegular = new List<SkippedPath>();
        var namedMissing = new List<string>();
        var unreadableFolders = new List<string>();
        var walkedFolders = new HashSet<string>(StringComparer.Ordinal);
        var notLinks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(currentDirectory, path));
            var kind = FileProbe.Kind(full);
            switch (kind)
            {
                case FileKind.Directory:
                    WalkFolder(full, found, notLinks, skipped, unreadableFolders, walkedFolders, foundPlainFile);
                    break;
                case FileKind.Regular:
                case FileKind.BrokenLink:
                case FileKind.Unknown:
                    found.Add(full);
                    break;
                case FileKind.Missing:
                    namedMissing.Add(path);
                    break;
                default:
                    namedNotRegular.Add(new SkippedPath(full, kind));
                    break;
            }
        }

        return new WalkResult(Distinct(found, notLinks), skipped, namedNotRegular, namedMissing, unreadableFolders);
    }

    private static void WalkFolder(string root, List<string> found, HashSet<string> notLinks, List<SkippedPath> skipped, List<string> unreadableFolders, HashSet<string> walkedFolders, Action<string>? foundPlainFile)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        var folders = new List<string>();
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!walkedFolders.Add(folder))
            {
                continue;
            }

            folders.Clear();
            try
            {
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
                {
                    // -1: the entry could not be looked up by its name (deleted since, or a name this platform cannot represent).
                    var attributes = entry.Attributes;
                    var isLink = attributes != (FileAttributes)(-1) && (attributes & FileAttributes.ReparsePoint) != 0;
                    if (attributes != (FileAttributes)(-1) && (attributes & FileAttributes.Directory) != 0)
                    {
                        if (!isLink && !SkippedFolders.Contains(entry.Name))
                        {
                            folders.Add(entry.FullName);
                        }
                    }
                    else if (ReviewFiles.IsReview(entry.Name))
                    {
                        AddFile(entry.FullName, isPlainFile: !isLink && attributes != (FileAttributes)(-1), found, notLinks, skipped, folders, foundPlainFile);
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                unreadableFolders.Add(folder);
            }

            // Sorted, and pushed last first, so folders are taken in ordinal order: the walk is the same on every run.
            folders.Sort(StringComparer.Ordinal);
            for (var i = folders.Count - 1; i >= 0; i--)
            {
                pending.Push(folders[i]);
            }
        }
    }

    /// <param name="isPlainFile">The listing says the entry is not a link, so it is its own target.</param>
    private static void AddFile(string full, bool isPlainFile, List<string> found, HashSet<string> notLinks, List<SkippedPath> skipped, List<string> folders, Action<string>? foundPlainFile)
    {
        var kind = FileProbe.Kind(full);
        if (FileKinds.IsSpecial(kind))
        {
            skipped.Add(new SkippedPath(full, kind));
        }
        else if (kind == FileKind.Directory)
        {
            // A folder named like a review ('x.pir.yaml/') that the listing did not flag as one (a link is not followed).
            if (!FileProbe.IsLink(full))
            {
                folders.Add(full);
            }
        }
        else
        {
            found.Add(full);
            if (isPlainFile)
            {
                notLinks.Add(full);
                foundPlainFile?.Invoke(full);
            }
        }
    }

    /// <summary>
    /// Sorted ordinally; a file reached again through a link (or named twice) is kept under its first path. Only the
    /// paths not known to be plain files are resolved (a plain file is its own target).
    /// </summary>
    private static List<string> Distinct(List<string> found, HashSet<string> notLinks)
    {
        found.Sort(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(found.Count);
        foreach (var path in found)
        {
            if (targets.Add(notLinks.Contains(path) ? path : FileProbe.FinalTarget(path)))
            {
                result.Add(path);
            }
        }

        return result;
    }
}
