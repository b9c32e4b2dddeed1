using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;

namespace PirLint.Hosting;

/// <summary>
/// The engine of each review file, from the disk: the schema Core's <see cref="SchemaSelection"/> picks (the explicit
/// one, else the nearest <c>pir.schema.yaml</c> at or above the file's folder, else the built-in schema). A schema that
/// cannot be used is reported (PIR001) and the built-in one applies.
/// </summary>
internal sealed class SchemaResolver
{
    private readonly SchemaSelection _selection;
    private readonly Func<string, string> _displayPath;
    // Dictionaries under a lock rather than concurrent ones: a one-file check then does not load System.Collections.Concurrent.
    private readonly Dictionary<string, PirLintEngine> _engines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<PirDiagnostic>> _problems = new(StringComparer.Ordinal);
    private PirLintEngine? _default;

    public SchemaResolver(string? explicitSchema, Func<string, string> displayPath)
    {
        _selection = SchemaSelection.FromDisk(explicitSchema);
        _displayPath = displayPath;
    }

    /// <summary>The built-in schema's engine, made on first use: a run reads its first file before it waits for the schema.</summary>
    private PirLintEngine Default => Volatile.Read(ref _default) ?? CreateDefault();

    private PirLintEngine CreateDefault()
    {
        var engine = new PirLintEngine(PirSchema.Default);
        return Interlocked.CompareExchange(ref _default, engine, null) ?? engine;
    }

    /// <summary>PIR001 diagnostics of the schema files that could not be used.</summary>
    public IEnumerable<PirDiagnostic> Problems
    {
        get
        {
            var problems = new List<PirDiagnostic>();
            lock (_engines)
            {
                foreach (var pair in _problems)
                {
                    problems.AddRange(pair.Value);
                }
            }

            return problems;
        }
    }

    public PirLintEngine EngineFor(string file)
    {
        var schemaPath = _selection.GoverningSchema(file);
        return schemaPath == null ? Default : EngineOf(schemaPath);
    }

    /// <summary>Loads a schema file for <c>pirlint schema</c> and for checks; null when it cannot be used.</summary>
    public PirSchema? LoadSchema(string schemaPath)
    {
        var engine = EngineOf(schemaPath);
        return ReferenceEquals(engine, Default) ? null : engine.Schema;
    }

    /// <summary>The engine of a schema file, loaded once; other threads wait for it rather than load it again.</summary>
    private PirLintEngine EngineOf(string schemaPath)
    {
        lock (_engines)
        {
            if (!_engines.TryGetValue(schemaPath, out var engine))
            {
                engine = Load(schemaPath);
                _engines[schemaPath] = engine;
            }

            return engine;
        }
    }

    private PirLintEngine Load(string schemaPath)
    {
        var display = _displayPath(schemaPath);
        var diagnostics = new DiagnosticBag(display);
        PirSchema? schema = null;
        var content = ReviewFileReader.Read(schemaPath);
        if (content.Bytes == null)
        {
            diagnostics.Report(RuleCatalog.PIR001, new Text.SourceSpan(0, 0, 1, 1, 1, 1), "the schema file could not be read: " + content.Problem);
        }
        else
        {
            var text = DocumentLoader(content.Bytes, diagnostics);
            schema = text == null ? null : SchemaLoader.Load(display, text, diagnostics);
        }

        if (schema == null)
        {
            _problems[schemaPath] = diagnostics.Items;
            return Default;
        }

        return new PirLintEngine(schema);
    }

    private static string? DocumentLoader(byte[] bytes, DiagnosticBag diagnostics) =>
        PirLint.Documents.Loading.DocumentLoader.Decode(bytes, diagnostics);
}
