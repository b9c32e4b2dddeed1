using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Hosting;
using PirLint.Schema;
using PirLint.Analyzers.Generator;

namespace PirLint.Analyzers;

/// <summary>A schema file among the AdditionalFiles: its path and text.</summary>
internal sealed record SchemaFile(string Path, string Text);

/// <summary>A schema as loaded for linting: null <see cref="Path"/> for the built-in one.</summary>
internal sealed class LoadedSchema
{
    public LoadedSchema(string? path, PirLintEngine engine, IReadOnlyList<PirDiagnostic> problems)
    {
        Path = path;
        Engine = engine;
        Problems = problems;
    }

    public string? Path { get; }

    public PirLintEngine Engine { get; }

    /// <summary>PIR001 in the schema file when it could not be used (the built-in schema then applies).</summary>
    public IReadOnlyList<PirDiagnostic> Problems { get; }

    /// <summary>What a review's result depends on from its schema: the file and the text it was loaded from.</summary>
    public string Identity => (Path ?? string.Empty) + "\u0001" + Engine.Schema.Text;
}

/// <summary>
/// The schema files the compiler hands over, and which governs each review, by Core's <see cref="SchemaSelection"/>
/// (no IO): the analyzer and the generator build this from the same inputs, so they pick the same schema for a review.
/// Compared by value (the files and the project's schema path), so the generator's pipeline can cache it.
/// </summary>
internal sealed class ProjectSchemas : IEquatable<ProjectSchemas>
{
    private static readonly LoadedSchema BuiltIn = new(null, new PirLintEngine(), Array.Empty<PirDiagnostic>());

    private readonly EquatableArray<SchemaFile> _files;
    private readonly string? _projectSchemaPath;
    private readonly SchemaSelection _selection;
    private readonly Dictionary<string, string> _textByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<LoadedSchema>> _loaded = new(StringComparer.Ordinal);

    /// <param name="files">Every AdditionalFile that is a schema (named <c>pir.schema.yaml</c>, or the project's own).</param>
    /// <param name="projectSchemaPath">The full path of the project's <c>PirLintSchemaFile</c>, if the build says it.</param>
    public ProjectSchemas(IEnumerable<SchemaFile> files, string? projectSchemaPath)
    {
        var sorted = new List<SchemaFile>(files);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        _files = sorted.ToEquatableArray();
        _projectSchemaPath = string.IsNullOrEmpty(projectSchemaPath) ? null : projectSchemaPath;
        foreach (var file in sorted)
        {
            _textByPath[file.Path] = file.Text;
        }

        var explicitSchema = SchemaSelection.ExplicitProjectSchema(_projectSchemaPath);
        var paths = new List<string>(_textByPath.Keys);
        _selection = SchemaSelection.FromCandidates(paths, explicitSchema != null && _textByPath.ContainsKey(explicitSchema) ? explicitSchema : null);
    }

    /// <summary>True for an AdditionalFile that is a schema: one named <c>pir.schema.yaml</c>, or the project's schema.</summary>
    public static bool IsSchemaFile(string path, string? projectSchemaPath) =>
        ReviewFiles.IsSchema(path) || (!string.IsNullOrEmpty(projectSchemaPath) && string.Equals(path, projectSchemaPath, StringComparison.Ordinal));

    /// <summary>The schema that governs <paramref name="reviewPath"/>.</summary>
    public LoadedSchema For(string reviewPath) => Load(_selection.GoverningSchema(reviewPath));

    /// <summary>
    /// The project's schema, from which the generator builds its types: the <c>PirLintSchemaFile</c> when it is among
    /// the files; without that setting, the schema file nearest the root; else the built-in schema.
    /// </summary>
    public LoadedSchema Project
    {
        get
        {
            if (_projectSchemaPath != null)
            {
                return Load(_textByPath.ContainsKey(_projectSchemaPath) ? _projectSchemaPath : null);
            }

            string? shallowest = null;
            foreach (var file in _files)
            {
                if (ReviewFiles.IsSchema(file.Path) && (shallowest == null || Depth(file.Path) < Depth(shallowest)))
                {
                    shallowest = file.Path;
                }
            }

            return Load(shallowest);
        }
    }

    /// <summary>The schemas loaded so far (those that govern a review, and the project's), in path order.</summary>
    public List<LoadedSchema> Loaded
    {
        get
        {
            var loaded = new List<LoadedSchema>();
            foreach (var pair in _loaded)
            {
                loaded.Add(pair.Value.Value);
            }

            loaded.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            return loaded;
        }
    }

    public bool Equals(ProjectSchemas? other) =>
        other is not null && _files.Equals(other._files) && string.Equals(_projectSchemaPath, other._projectSchemaPath, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ProjectSchemas);

    public override int GetHashCode() => _files.GetHashCode() ^ (_projectSchemaPath == null ? 0 : StringComparer.Ordinal.GetHashCode(_projectSchemaPath));

    private LoadedSchema Load(string? path)
    {
        if (path == null || !_textByPath.TryGetValue(path, out var text))
        {
            return BuiltIn;
        }

        return _loaded.GetOrAdd(path, p => new Lazy<LoadedSchema>(() =>
        {
            var bag = new DiagnosticBag(p);
            var schema = SchemaLoader.Load(p, text, bag);
            return new LoadedSchema(p, schema != null ? new PirLintEngine(schema) : new PirLintEngine(), bag.Items);
        })).Value;
    }

    private static int Depth(string path)
    {
        var depth = 0;
        foreach (var c in path)
        {
            if (c is '/' or '\\')
            {
                depth++;
            }
        }

        return depth;
    }
}
