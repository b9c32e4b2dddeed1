using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using PirLint.Hosting;

namespace PirLint.Build;

/// <summary>
/// Picks out the items that are not regular files (a FIFO, a socket, a device), so the package can leave them out of
/// the AdditionalFiles before the compiler reads them: the compiler would block forever reading a FIFO.
/// </summary>
public sealed class SelectRegularFiles : Microsoft.Build.Utilities.Task
{
    [Required]
    public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The items, unchanged, that are not regular files (each also logged as a warning).</summary>
    [Output]
    public ITaskItem[] NotRegular { get; set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var directory = string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory;
        var notRegular = new List<ITaskItem>();
        foreach (var item in Files)
        {
            var full = Path.GetFullPath(Path.Combine(directory, item.ItemSpec));
            var kind = FileProbe.Kind(full);
            if (FileKinds.IsSpecial(kind))
            {
                Log.LogWarning($"PirLint left out '{item.ItemSpec}': it is {FileKinds.Describe(kind)}, not a regular file, so the build does not read it");
                notRegular.Add(item);
            }
        }

        NotRegular = notRegular.ToArray();
        return true;
    }
}
