using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PirLint.Analyzers.Generator;

/// <summary>
/// The paths the generated code may carry: relative to the project folder, with <c>/</c> separators, so that the same
/// project gives the same bytes in any folder and on any platform. The analyzer keeps the paths the build gives.
/// </summary>
internal static class ProjectPaths
{
    /// <summary>The project folder the build gives (<c>MSBuildProjectDirectory</c>, else <c>ProjectDir</c>), or null.</summary>
    public static string? ProjectFolder(AnalyzerConfigOptions options)
    {
        foreach (var key in new[] { "build_property.MSBuildProjectDirectory", "build_property.ProjectDir" })
        {
            if (options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// The deepest folder that holds every path (the base when the build gives no project folder); empty when there
    /// is none, for example reviews on two drives.
    /// </summary>
    public static string CommonFolder(IEnumerable<string> paths)
    {
        List<string>? common = null;
        StringComparison comparison = StringComparison.Ordinal;
        foreach (var path in paths)
        {
            var segments = Segments(path);
            segments.RemoveAt(segments.Count - 1);
            if (common == null)
            {
                common = segments;
                comparison = Comparison(path);
                continue;
            }

            var shared = 0;
            while (shared < common.Count && shared < segments.Count && string.Equals(common[shared], segments[shared], comparison))
            {
                shared++;
            }

            common.RemoveRange(shared, common.Count - shared);
        }

        return common == null || common.Count == 0 ? string.Empty : string.Join("/", common) + "/";
    }

    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="folder"/> with <c>/</c> separators (<c>..</c> segments when it
    /// lies outside), or the whole path with <c>/</c> separators when the two share no root.
    /// </summary>
    public static string Relative(string folder, string path)
    {
        var pathSegments = Segments(path);
        var folderSegments = Segments(folder);
        if (folderSegments.Count > 0 && folderSegments[folderSegments.Count - 1].Length == 0)
        {
            folderSegments.RemoveAt(folderSegments.Count - 1);
        }

        var comparison = Comparison(folder);
        var shared = 0;
        while (shared < folderSegments.Count && shared < pathSegments.Count - 1 && string.Equals(folderSegments[shared], pathSegments[shared], comparison))
        {
            shared++;
        }

        if (shared == 0)
        {
            return string.Join("/", pathSegments);
        }

        var parts = new List<string>();
        for (var i = shared; i < folderSegments.Count; i++)
        {
            parts.Add("..");
        }

        for (var i = shared; i < pathSegments.Count; i++)
        {
            parts.Add(pathSegments[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>
    /// The name of a review's generated class: its file name made an identifier and a hash of its relative path, so
    /// that reviews of one file name in different folders get distinct names that do not depend on the project's location.
    /// </summary>
    public static string MemberKey(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        var name = slash < 0 ? relativePath : relativePath.Substring(slash + 1);
        var hash = 2166136261u;
        foreach (var c in relativePath)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return "Review_" + CSharpNames.Underscored(name).TrimStart('@') + "_" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The path's segments split at either separator; the root of an absolute path is an empty first segment (or <c>C:</c>).</summary>
    private static List<string> Segments(string path)
    {
        var segments = new List<string>(path.Replace('\\', '/').Split('/'));
        for (var i = segments.Count - 2; i >= 1; i--)
        {
            if (segments[i].Length == 0 || segments[i] == ".")
            {
                segments.RemoveAt(i);
            }
        }

        return segments;
    }

    /// <summary>Windows paths (<c>C:\</c>, <c>\\server</c>) compare without case, as the file system does.</summary>
    private static StringComparison Comparison(string path) =>
        (path.Length >= 2 && path[1] == ':') || path.StartsWith("\\\\", StringComparison.Ordinal)
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;
}
