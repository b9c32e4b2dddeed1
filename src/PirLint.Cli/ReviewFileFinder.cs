using System.Collections.Generic;
using System.IO;
using PirLint.Hosting;

namespace PirLint.Cli;

/// <summary>The review files of a run, through Core's one walk (<see cref="ReviewFileWalker"/>).</summary>
internal static class ReviewFileFinder
{
    /// <summary>
    /// Full paths, sorted ordinally and without duplicates. A named path that does not exist, or that is a FIFO, a
    /// socket or a device, is a usage error; such a file met in a folder is skipped with a note on <paramref name="notes"/>.
    /// </summary>
    /// <param name="foundPlainFile">Called with each plain file as the walk meets it (see <see cref="ReviewFileWalker.Walk"/>).</param>
    public static List<string> Find(IReadOnlyList<string> paths, string currentDirectory, TextWriter? notes = null, System.Action<string>? foundPlainFile = null)
    {
        var walk = ReviewFileWalker.Walk(paths, currentDirectory, foundPlainFile);
        foreach (var missing in walk.NamedMissing)
        {
            throw new UsageException($"the path '{missing}' does not exist");
        }

        foreach (var named in walk.NamedNotRegular)
        {
            throw new UsageException($"'{PathDisplay.Relative(named.FullPath, currentDirectory)}' is {FileKinds.Describe(named.Kind)}, not a regular file; PirLint reads only regular files and folders");
        }

        if (notes != null)
        {
            foreach (var skipped in walk.Skipped)
            {
                notes.WriteLine($"pirlint: skipped '{PathDisplay.Relative(skipped.FullPath, currentDirectory)}': it is {FileKinds.Describe(skipped.Kind)}, not a regular file");
            }

            foreach (var folder in walk.UnreadableFolders)
            {
                notes.WriteLine($"pirlint: skipped the folder '{PathDisplay.Relative(folder, currentDirectory)}': its entries could not be listed (permission denied)");
            }
        }

        return new List<string>(walk.Files);
    }
}
