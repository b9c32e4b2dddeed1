using System.Text;

namespace PirLint.Text;

/// <summary>
/// One reusable builder per thread for the short strings folded once or more per review (names, headings, action
/// item descriptions), so that folding allocates only the result.
/// </summary>
internal static class StringBuilderCache
{
    private const int MaxKeptCapacity = 360;

    [System.ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder: this thread's own unless it is in use or <paramref name="capacity"/> is large.</summary>
    public static StringBuilder Acquire(int capacity)
    {
        var cached = t_cached;
        if (cached != null && capacity <= MaxKeptCapacity)
        {
            t_cached = null;
            cached.Clear();
            return cached;
        }

        return new StringBuilder(capacity);
    }

    /// <summary>The builder's text; the builder goes back to this thread for the next <see cref="Acquire"/>.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKeptCapacity)
        {
            t_cached = builder;
        }

        return text;
    }
}
