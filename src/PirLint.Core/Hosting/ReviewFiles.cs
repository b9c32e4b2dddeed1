using System;
using System.Collections.Generic;

namespace PirLint.Hosting;

/// <summary>Which files are reviews and which file is a schema: the one spelling every host uses.</summary>
public static class ReviewFiles
{
    /// <summary>The name of a project's schema file; the nearest one at or above a review's folder governs it.</summary>
    public const string SchemaFileName = "pir.schema.yaml";

    /// <summary>The configuration files every host reads options and severities from, as the .NET SDK does.</summary>
    public const string EditorConfigFileName = ".editorconfig";

    public const string GlobalConfigFileName = ".globalconfig";

    public const string YamlSuffix = ".pir.yaml";

    public const string ShortYamlSuffix = ".pir.yml";

    public const string MarkdownSuffix = ".pir.md";

    /// <summary>The suffixes of review files, compared without case.</summary>
    public static readonly IReadOnlyList<string> Suffixes = new[] { YamlSuffix, ShortYamlSuffix, MarkdownSuffix };

    public static bool IsReview(string path)
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

    /// <summary>True for a file named <see cref="SchemaFileName"/> (without case), whichever separator the path uses.</summary>
    public static bool IsSchema(string path) => string.Equals(FileName(path), SchemaFileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The review files as a user reads them: <c>*.pir.yaml, *.pir.yml and *.pir.md</c>.</summary>
    public static string Describe() => $"*{YamlSuffix}, *{ShortYamlSuffix} and *{MarkdownSuffix}";

    /// <summary>True for a schema or configuration file: a change to one can change any review's diagnostics.</summary>
    public static bool IsPolicyFile(string path)
    {
        var name = FileName(path);
        return IsSchema(path) || name == EditorConfigFileName || name == GlobalConfigFileName;
    }

    /// <summary>The file name of a path written with either separator (a compiler's path may use both).</summary>
    public static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
