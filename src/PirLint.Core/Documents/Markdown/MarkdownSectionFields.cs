using System;
using System.Collections.Generic;

namespace PirLint.Documents.Markdown;

/// <summary>
/// The top-level list fields a Markdown section may supply, and which of their values are <c>uri</c>s: a link in such
/// a bullet or cell gives its URL, elsewhere its text. Columns are named <c>field.column</c>, a list of URIs <c>field</c>.
/// </summary>
public sealed class MarkdownSectionFields : HashSet<string>
{
    private readonly HashSet<string> _uris;

    public MarkdownSectionFields(IEnumerable<string> listFields, IEnumerable<string> uris)
        : base(listFields, StringComparer.Ordinal)
    {
        _uris = new HashSet<string>(uris, StringComparer.Ordinal);
    }

    /// <summary>True when the bullets of <paramref name="field"/> (no column) or its column <paramref name="column"/> are URIs.</summary>
    public bool IsUri(string field, string? column = null) => _uris.Contains(column == null ? field : field + "." + column);
}
