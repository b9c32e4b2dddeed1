using System;

namespace PirLint.Documents.Yaml;

/// <summary>
/// The scanner's events, in a growable array. Not a <c>List&lt;YamlEvent&gt;</c>: CoreLib's generic code for a struct
/// of this assembly cannot be compiled ahead of time (ReadyToRun), so the runtime compiled a dozen list methods on
/// every run's first review.
/// </summary>
internal sealed class YamlEventList
{
    private YamlEvent[] _items = new YamlEvent[64];

    public int Count { get; private set; }

    public int Capacity => _items.Length;

    public ref readonly YamlEvent this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return ref _items[index];
        }
    }

    public void Add(in YamlEvent item)
    {
        if (Count == _items.Length)
        {
            var larger = new YamlEvent[_items.Length * 2];
            Array.Copy(_items, larger, Count);
            _items = larger;
        }

        _items[Count++] = item;
    }

    public void Clear()
    {
        // The events hold strings: cleared so that a kept list holds no review's text.
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    public YamlEvent[] ToArray()
    {
        var copy = new YamlEvent[Count];
        Array.Copy(_items, copy, Count);
        return copy;
    }
}
