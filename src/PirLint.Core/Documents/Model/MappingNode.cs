using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Documents;

public sealed class MappingNode : PirNode
{
    private readonly IReadOnlyDictionary<string, SourceSpan>? _emptyCells;

    /// <param name="anchor">Where a missing key is reported: the key that holds this mapping, or its first key.</param>
    /// <param name="emptyCells">For a Markdown table row, the spans of its empty cells by column key.</param>
    public MappingNode(IReadOnlyList<PirProperty> properties, SourceSpan span, SourceSpan anchor, IReadOnlyDictionary<string, SourceSpan>? emptyCells = null)
        : base(span)
    {
        Properties = properties;
        Anchor = anchor;
        _emptyCells = emptyCells;
    }

    public IReadOnlyList<PirProperty> Properties { get; }

    public SourceSpan Anchor { get; }

    public override string KindName => "a mapping";

    public PirProperty? Find(string key)
    {
        // An index loop: foreach over an IReadOnlyList allocates an enumerator, and this runs for every field read.
        for (var i = 0; i < Properties.Count; i++)
        {
            if (Properties[i].Key == key)
            {
                return Properties[i];
            }
        }

        return null;
    }

    public PirNode? Get(string key) => Find(key)?.Value;

    /// <summary>Where to report that <paramref name="key"/> is missing: its empty table cell, else the mapping's anchor.</summary>
    public SourceSpan LocateMissing(string key) =>
        _emptyCells != null && _emptyCells.TryGetValue(key, out var cell) ? cell : Anchor;
}
