using System;
using System.Collections.Generic;

namespace PirLint.Values;

/// <summary>Finds the allowed value or known field nearest to what was written, for "write X instead" messages.</summary>
public static class NearestName
{
    public static string? Find(string written, IEnumerable<string> candidates)
    {
        var folded = Fold(written);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var candidateFolded = Fold(candidate);
            if (candidateFolded == folded)
            {
                return candidate;
            }

            var distance = Distance(folded, candidateFolded);
            if (candidateFolded.StartsWith(folded, StringComparison.Ordinal) && folded.Length >= 2)
            {
                distance = Math.Min(distance, 1);
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = candidate;
            }
        }

        return best != null && bestDistance <= Math.Max(2, folded.Length / 3) ? best : null;
    }

    private static string Fold(string text)
    {
        var chars = new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, length);
    }

    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
