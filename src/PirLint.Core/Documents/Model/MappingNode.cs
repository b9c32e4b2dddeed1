using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Documents;

public sealed class MappingNode : PirNode
{
    private readonly IReadOnlyDictionary<string, SourceSpan>? _emptyCells;
    private readonly PirProperty[] _properties;

    /// <param name="anchor">Where a missing key is reported: the key that holds this mapping, or its first key.</param>
    /// <param name="emptyCells">For a Markdown table row, the spans of its empty cells by column key.</param>
    public MappingNode(IReadOnlyList<PirProperty> properties, SourceSpan span, SourceSpan anchor, IReadOnlyDictionary<string, SourceSpan>? emptyCells = null)
        : base(span)
    {
        _properties = properties as PirProperty[] ?? ToArray(properties);
        Anchor = anchor;
        _emptyCells = emptyCells;
    }

    public IReadOnlyList<PirProperty> Properties => _properties;

    public SourceSpan Anchor { get; }

    public override string KindName => "a mapping";

    public PirProperty? Find(string key)
    {
        // Over the array itself: this runs for every field read, and an interface call per key would cost more than the compare.
        foreach (var property in _properties)
        {
            if (property.Key == key)
            {
                return property;
            }
        }

        return null;
    }

    public PirNode? Get(string key) => Find(key)?.Value;

    private static PirProperty[] ToArray(IReadOnlyList<PirProperty> properties)
    {
        var array = new PirProperty[properties.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = properties[i];
        }

        return array;
    }

    /// <summary>Where to report that <paramref name="key"/> is missing: its empty table cell, else the mapping's anchor.</summary>
    public SourceSpan LocateMissing(string key) =>
        _emptyCells != null && _emptyCells.TryGetValue(key, out var cell) ? cell : Anchor;
}
