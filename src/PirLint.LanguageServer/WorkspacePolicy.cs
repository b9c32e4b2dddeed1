using System;
using System.Collections.Generic;
using System.IO;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Engine;
using PirLint.Hosting;

namespace PirLint.LanguageServer;

/// <summary>
/// The one seam between the language server and the host policy it shares with the CLI, the MSBuild task and the
/// analyzer (Core's <see cref="ReviewFiles"/> and <see cref="ReviewFileWalker"/>): which files are reviews and how a
/// workspace folder is walked, which <c>pir.schema.yaml</c> governs a review and which <c>.editorconfig</c>/<c>.globalconfig</c>
/// options apply (the shared resolvers), and the engine. Nothing else in the server reads policy files or decides these questions.
/// </summary>
public sealed class WorkspacePolicy
{
    private readonly object _gate = new();
    private Resolvers _resolvers = new();

    public bool IsReviewFile(string path) => ReviewFiles.IsReview(path);

    /// <summary>True for a file whose change can change what a review's diagnostics are: a schema or a config file.</summary>
    public static bool IsPolicyFile(string path) => ReviewFiles.IsPolicyFile(path);

    public IReadOnlyList<string> FindReviewFiles(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? ReviewFileWalker.Walk(new[] { folder }, folder).Files : Array.Empty<string>();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Array.Empty<string>();
        }
    }

    /// <summary>Forgets every schema and config file read so far, after one of them changed.</summary>
    public void Reload()
    {
        lock (_gate)
        {
            _resolvers = new Resolvers();
        }
    }

    /// <summary>The engine (with its schema) that governs a review at <paramref name="path"/>.</summary>
    public PirLintEngine EngineFor(string path) => Current.Schemas.EngineFor(path);

    public PirLintOptions OptionsFor(string path) => Current.Configs.OptionsFor(path);

    /// <summary>Lints an editor buffer's text as the review at <paramref name="path"/>.</summary>
    public DocumentResult Lint(string path, string text, out PirDocument? document, out PirLintEngine engine)
    {
        var resolvers = Current;
        engine = resolvers.Schemas.EngineFor(path);
        return engine.Lint(path, text, resolvers.Configs.OptionsFor(path), out document);
    }

    /// <summary>Lints files on disk as <c>pirlint check</c> reads them (size limit, encoding), in parallel.</summary>
    public IReadOnlyList<DocumentResult> LintFiles(IReadOnlyList<string> files) =>
        ReviewRun.Lint(files, null, null, Environment.CurrentDirectory, path => path).Results;

    /// <summary>PIR001 of the schema files that could not be used, by schema file.</summary>
    public IReadOnlyList<PirDiagnostic> SchemaProblems() => new List<PirDiagnostic>(Current.Schemas.Problems);

    /// <summary>Warnings about configuration keys that would silently do nothing, each once.</summary>
    public IReadOnlyList<string> TakeConfigWarnings() => Current.Configs.TakeWarnings();

    private Resolvers Current
    {
        get
        {
            lock (_gate)
            {
                return _resolvers;
            }
        }
    }

    private sealed class Resolvers
    {
        public SchemaResolver Schemas { get; } = new(null, path => path);

        public EditorConfigResolver Configs { get; } = new(null, Environment.CurrentDirectory);
    }
}
