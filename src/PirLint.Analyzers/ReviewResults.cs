using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using PirLint.Engine;

namespace PirLint.Analyzers;

/// <summary>
/// The lint results of each review text, kept for as long as the compiler keeps that <see cref="SourceText"/>. The
/// generator, which lints every review to leave out those with errors, puts its results here; the analyzer (through
/// its <c>SourceTextValueProvider</c>) finds them, so a build lints each review once, and the IDE's next compilation
/// lints only the reviews whose text changed.
/// </summary>
internal static class ReviewResults
{
    private static readonly ConditionalWeakTable<SourceText, ResultsOfText> Table = new();

    public static ResultsOfText For(SourceText text) => Table.GetValue(text, static _ => new ResultsOfText());

    /// <summary>The options as one string, to compare: the same pairs in the same order read as the same options.</summary>
    public static string OptionsKey(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        StringBuilder? key = null;
        foreach (var pair in pairs)
        {
            (key ??= new StringBuilder()).Append(pair.Key).Append('\u0001').Append(pair.Value).Append('\u0002');
        }

        return key?.ToString() ?? string.Empty;
    }
}

/// <summary>What a review's result depends on besides its text: its path (diagnostics name it), the schema and the options.</summary>
internal readonly struct ResultKey : IEquatable<ResultKey>
{
    public ResultKey(string path, string schemaText, string options)
    {
        Path = path;
        SchemaText = schemaText;
        Options = options;
    }

    public string Path { get; }

    public string SchemaText { get; }

    public string Options { get; }

    public bool Equals(ResultKey other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Options, other.Options, StringComparison.Ordinal) &&
        (ReferenceEquals(SchemaText, other.SchemaText) || string.Equals(SchemaText, other.SchemaText, StringComparison.Ordinal));

    public override bool Equals(object? obj) => obj is ResultKey other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Path) ^ StringComparer.Ordinal.GetHashCode(Options);
}

/// <summary>
/// The results of one review text, by what else they depend on. Usually one entry; a few more while a schema or an
/// .editorconfig is being edited, so it is emptied when it grows past a handful.
/// </summary>
internal sealed class ResultsOfText
{
    private const int MaxEntries = 4;

    private readonly Dictionary<ResultKey, DocumentResult> _results = new();

    public bool TryGet(ResultKey key, out DocumentResult result)
    {
        lock (_results)
        {
            return _results.TryGetValue(key, out result!);
        }
    }

    public void Add(ResultKey key, DocumentResult result)
    {
        lock (_results)
        {
            if (_results.Count >= MaxEntries)
            {
                _results.Clear();
            }

            _results[key] = result;
        }
    }
}
