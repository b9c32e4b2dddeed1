namespace PirLint.Documents.Yaml;

/// <summary>
/// Reuses the strings of short texts that reviews repeat (keys such as <c>owner</c>, values such as <c>closed</c>)
/// instead of allocating each again: a small direct-mapped table per thread, so no locking and bounded memory.
/// </summary>
internal static class StringCache
{
    private const int MaxLength = 24;
    private const int Slots = 512;

    [System.ThreadStatic]
    private static string?[]? t_slots;

    /// <summary><paramref name="text"/>.Substring(<paramref name="start"/>, <paramref name="length"/>), shared when a short one was seen before.</summary>
    public static string Substring(string text, int start, int length)
    {
        if (length == 0)
        {
            return string.Empty;
        }

        if (length > MaxLength)
        {
            return text.Substring(start, length);
        }

        var hash = length;
        for (var i = start; i < start + length; i++)
        {
            hash = unchecked((hash * 31) + text[i]);
        }

        var slots = t_slots ??= new string?[Slots];
        var slot = hash & (Slots - 1);
        var cached = slots[slot];
        if (cached != null && cached.Length == length && string.CompareOrdinal(cached, 0, text, start, length) == 0)
        {
            return cached;
        }

        var created = text.Substring(start, length);
        slots[slot] = created;
        return created;
    }
}
