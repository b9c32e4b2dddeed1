using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PirLint.Configuration;
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

    /// <summary>
    /// The key of a review's result beside its text: the generator and the analyzer both build it here, from the path,
    /// the governing schema (<see cref="ProjectSchemas.For"/>) and the options (<see cref="OptionPairs"/>), so a result one
    /// of them stored is found by the other exactly when it is the result the other would compute.
    /// </summary>
    public static ResultKey Key(string path, LoadedSchema schema, IEnumerable<KeyValuePair<string, string>> optionPairs) =>
        new(path, schema.Identity, OptionsKey(optionPairs));

    /// <summary>The PirLint keys of the global options, then of the file's own, in the order options are read.</summary>
    public static List<KeyValuePair<string, string>> OptionPairs(AnalyzerConfigOptionsProvider provider, AdditionalText file)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        Add(provider.GlobalOptions, pairs);
        Add(provider.GetOptions(file), pairs);
        return pairs;
    }

    private static void Add(AnalyzerConfigOptions options, List<KeyValuePair<string, string>> pairs)
    {
        var keys = new List<string>(options.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (OptionKeys.IsPirLintKey(key) && options.TryGetValue(key, out var value))
            {
                pairs.Add(new KeyValuePair<string, string>(key, value));
            }
        }
    }

    /// <summary>The options as one string, to compare: the same pairs in the same order read as the same options.</summary>
    private static string OptionsKey(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        StringBuilder? key = null;
        foreach (var pair in pairs)
        {
            (key ??= new StringBuilder()).Append(pair.Key).Append('\u0001').Append(pair.Value).Append('\u0002');
        }

        return key?.ToString() ?? string.Empty;
    }
}

/// <summary>
/// What a review's result depends on besides its text: its path (diagnostics name it), the governing schema (its file
/// and text) and the options. Built only by <see cref="ReviewResults.Key"/>.
/// </summary>
internal readonly struct ResultKey : IEquatable<ResultKey>
{
    internal ResultKey(string path, string schema, string options)
    {
        Path = path;
        Schema = schema;
        Options = options;
    }

    public string Path { get; }

    public string Schema { get; }

    public string Options { get; }

    public bool Equals(ResultKey other) =>
        string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Options, other.Options, StringComparison.Ordinal) &&
        string.Equals(Schema, other.Schema, StringComparison.Ordinal);

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
