using System.Collections.Generic;
using System.Linq;

namespace PirLint.TestSupport;

/// <summary>
/// A review as an ordered mapping, the shape both forms are written from, so a defect injected into it reaches the
/// YAML and the Markdown form alike. Values are strings, integers, mappings, lists of strings and lists of mappings.
/// </summary>
internal sealed class CorpusMapping
{
    private readonly List<KeyValuePair<string, object>> entries = new();

    public IEnumerable<KeyValuePair<string, object>> Entries => entries;

    public IEnumerable<string> Keys => entries.Select(e => e.Key);

    public object this[string key]
    {
        get => entries.First(e => e.Key == key).Value;
        set
        {
            var index = entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                entries[index] = new KeyValuePair<string, object>(key, value);
            }
            else
            {
                entries.Add(new KeyValuePair<string, object>(key, value));
            }
        }
    }

    public bool Has(string key) => entries.Any(e => e.Key == key);

    public string Text(string key) => (string)this[key];

    public CorpusMapping Map(string key) => (CorpusMapping)this[key];

    public List<string> Strings(string key) => (List<string>)this[key];

    public List<CorpusMapping> Maps(string key) => (List<CorpusMapping>)this[key];

    public void Remove(string key) => entries.RemoveAll(e => e.Key == key);

    /// <summary>Renames a key in place, keeping its position.</summary>
    public void Rename(string key, string newKey)
    {
        var index = entries.FindIndex(e => e.Key == key);
        entries[index] = new KeyValuePair<string, object>(newKey, entries[index].Value);
    }

    /// <summary>A shallow copy: the same entries in the same order.</summary>
    public CorpusMapping Copy() => Where(_ => true);

    /// <summary>A new mapping with this one's entries for which <paramref name="keep"/> holds.</summary>
    public CorpusMapping Where(System.Func<string, bool> keep)
    {
        var copy = new CorpusMapping();
        foreach (var entry in entries.Where(e => keep(e.Key)))
        {
            copy[entry.Key] = entry.Value;
        }

        return copy;
    }
}
