using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;

namespace PirLint.Hosting;

/// <summary>
/// The engine of each review file: the <c>--schema</c> file, else the nearest <c>pir.schema.yaml</c> in the file's
/// folder or above, else the built-in schema. A schema that cannot be used is reported (PIR001) and the built-in one applies.
/// </summary>
internal sealed class SchemaResolver
{
    public const string SchemaFileName = "pir.schema.yaml";

    private readonly string? _explicitSchema;
    private readonly Func<string, string> _displayPath;
    private readonly ConcurrentDictionary<string, PirLintEngine> _engines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _schemaByFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<PirDiagnostic>> _problems = new(StringComparer.Ordinal);
    private readonly PirLintEngine _default = new(PirSchema.Default);

    public SchemaResolver(string? explicitSchema, Func<string, string> displayPath)
    {
        _explicitSchema = explicitSchema;
        _displayPath = displayPath;
    }

    /// <summary>PIR001 diagnostics of the schema files that could not be used.</summary>
    public IEnumerable<PirDiagnostic> Problems
    {
        get
        {
            foreach (var pair in _problems)
            {
                foreach (var diagnostic in pair.Value)
                {
                    yield return diagnostic;
                }
            }
        }
    }

    public PirLintEngine EngineFor(string file)
    {
        var schemaPath = _explicitSchema ?? _schemaByFolder.GetOrAdd(Path.GetDirectoryName(file) ?? string.Empty, FindSchema);
        return schemaPath.Length == 0 ? _default : _engines.GetOrAdd(schemaPath, Load);
    }

    /// <summary>Loads a schema file for <c>pirlint schema</c> and for checks; null when it cannot be used.</summary>
    public PirSchema? LoadSchema(string schemaPath)
    {
        var engine = _engines.GetOrAdd(schemaPath, Load);
        return ReferenceEquals(engine, _default) ? null : engine.Schema;
    }

    private static string FindSchema(string folder)
    {
        for (var current = string.IsNullOrEmpty(folder) ? null : new DirectoryInfo(folder); current != null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, SchemaFileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return string.Empty;
    }

    private PirLintEngine Load(string schemaPath)
    {
        var display = _displayPath(schemaPath);
        var diagnostics = new DiagnosticBag(display);
        PirSchema? schema = null;
        try
        {
            var text = DocumentLoader(File.ReadAllBytes(schemaPath), diagnostics);
            schema = text == null ? null : SchemaLoader.Load(display, text, diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(RuleCatalog.PIR001, default, "the schema file could not be read: " + exception.Message);
        }

        if (schema == null)
        {
            _problems[schemaPath] = diagnostics.Items;
            return _default;
        }

        return new PirLintEngine(schema);
    }

    private static string? DocumentLoader(byte[] bytes, DiagnosticBag diagnostics) =>
        PirLint.Documents.DocumentLoader.Decode(bytes, diagnostics);
}
