using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Hosting;

/// <summary>
/// Which schema file governs a review: an explicit one (<c>pirlint check --schema</c>, or a project's
/// <c>PirLintSchemaFile</c> with another name than <c>pir.schema.yaml</c>) for every review, else the nearest
/// <c>pir.schema.yaml</c> in the review's folder or above, else none (the built-in schema). The same rule for every
/// host: the CLI and the task look on disk, the analyzer and the generator among the AdditionalFiles.
/// </summary>
public sealed class SchemaSelection
{
    private static readonly StringComparer FolderComparer = Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Func<string, string?> _schemaInFolder;
    private readonly string? _explicitSchema;
    // Under a lock rather than a ConcurrentDictionary: a one-file check then does not load System.Collections.Concurrent.
    private readonly Dictionary<string, string> _byFolder = new(FolderComparer);

    /// <param name="schemaInFolder">The schema file in a folder, or null when it has none.</param>
    private SchemaSelection(Func<string, string?> schemaInFolder, string? explicitSchema)
    {
        _schemaInFolder = schemaInFolder;
        _explicitSchema = string.IsNullOrEmpty(explicitSchema) ? null : explicitSchema;
    }

    /// <summary>Schemas found on disk (a <c>pir.schema.yaml</c> that is not a regular file still counts: it is reported, not skipped).</summary>
    public static SchemaSelection FromDisk(string? explicitSchema = null) =>
        new(folder =>
        {
            var candidate = Path.Combine(folder, ReviewFiles.SchemaFileName);
            return FileProbe.Kind(candidate) is FileKind.Missing or FileKind.Directory ? null : candidate;
        }, explicitSchema);

    /// <summary>Schemas among known paths, without IO (the analyzer's AdditionalFiles); files with another name are ignored.</summary>
    public static SchemaSelection FromCandidates(IEnumerable<string> paths, string? explicitSchema = null)
    {
        var byFolder = new Dictionary<string, string>(FolderComparer);
        var ordered = new List<string>(paths);
        ordered.Sort(StringComparer.Ordinal);
        foreach (var path in ordered)
        {
            if (ReviewFiles.IsSchema(path) && FolderOf(path) is { } folder && !byFolder.ContainsKey(folder))
            {
                byFolder.Add(folder, path);
            }
        }

        return new SchemaSelection(folder => byFolder.TryGetValue(folder, out var schema) ? schema : null, explicitSchema);
    }

    /// <summary>
    /// The explicit schema a project's <c>PirLintSchemaFile</c> stands for: null for a file named <c>pir.schema.yaml</c>
    /// (one candidate of the nearest-schema rule) or none, else the path itself, which then governs every review.
    /// </summary>
    public static string? ExplicitProjectSchema(string? projectSchemaFile) =>
        string.IsNullOrEmpty(projectSchemaFile) || ReviewFiles.IsSchema(projectSchemaFile!) ? null : projectSchemaFile;

    /// <summary>The path of the schema that governs <paramref name="reviewPath"/>, or null for the built-in schema.</summary>
    public string? GoverningSchema(string reviewPath)
    {
        if (_explicitSchema != null)
        {
            return _explicitSchema;
        }

        var folder = FolderOf(reviewPath);
        if (folder == null)
        {
            return null;
        }

        string? found;
        lock (_byFolder)
        {
            if (!_byFolder.TryGetValue(folder, out found))
            {
                found = Nearest(folder);
                _byFolder[folder] = found;
            }
        }

        return found.Length == 0 ? null : found;
    }

    private string Nearest(string folder)
    {
        for (var current = folder; current != null; current = FolderOf(current))
        {
            if (_byFolder.TryGetValue(current, out var known))
            {
                return known;
            }

            if (_schemaInFolder(current) is { } schema)
            {
                return schema;
            }
        }

        return string.Empty;
    }

    /// <summary>The folder of a path, with the platform's separators; null above the root.</summary>
    private static string? FolderOf(string path)
    {
        try
        {
            return Path.GetDirectoryName(path);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
