using System.IO;

namespace PirLint.Cli;

internal static class PathDisplay
{
    /// <summary>Paths in output are relative to the current folder, with <c>/</c>.</summary>
    public static string Relative(string fullPath, string currentDirectory) =>
        Path.GetRelativePath(currentDirectory, fullPath).Replace('\\', '/');
}
