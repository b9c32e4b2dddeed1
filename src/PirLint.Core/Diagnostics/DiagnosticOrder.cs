using System;
using System.Collections.Generic;

namespace PirLint.Diagnostics;

/// <summary>The one order diagnostics are reported in everywhere: file, line, column, id, then message.</summary>
public sealed class DiagnosticOrder : IComparer<PirDiagnostic>
{
    public static readonly DiagnosticOrder Instance = new();

    public int Compare(PirDiagnostic? x, PirDiagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(x.Path, y.Path);
        if (c == 0) c = x.Span.StartLine.CompareTo(y.Span.StartLine);
        if (c == 0) c = x.Span.StartColumn.CompareTo(y.Span.StartColumn);
        if (c == 0) c = string.CompareOrdinal(x.Id, y.Id);
        if (c == 0) c = x.Span.EndLine.CompareTo(y.Span.EndLine);
        if (c == 0) c = x.Span.EndColumn.CompareTo(y.Span.EndColumn);
        if (c == 0) c = string.CompareOrdinal(x.Message, y.Message);
        return c;
    }

    /// <summary>The diagnostics in this order, each once: for a list as it is made.</summary>
    public static List<PirDiagnostic> SortAndDistinct(IEnumerable<PirDiagnostic> diagnostics)
    {
        var list = new List<PirDiagnostic>(diagnostics);
        list.Sort(Instance);
        return Distinct(list);
    }

    /// <summary>
    /// Lists each already in this order (from <see cref="SortAndDistinct"/>) combined into one in this order, each
    /// diagnostic once: results are merged when they are combined, never sorted again.
    /// </summary>
    public static List<PirDiagnostic> Merge(IEnumerable<IReadOnlyList<PirDiagnostic>> sortedLists)
    {
        var lists = new List<IReadOnlyList<PirDiagnostic>>(sortedLists);
        if (lists.Count == 0)
        {
            return new List<PirDiagnostic>();
        }

        while (lists.Count > 1)
        {
            var merged = new List<IReadOnlyList<PirDiagnostic>>((lists.Count + 1) / 2);
            for (var i = 0; i < lists.Count; i += 2)
            {
                merged.Add(i + 1 < lists.Count ? MergeTwo(lists[i], lists[i + 1]) : lists[i]);
            }

            lists = merged;
        }

        return Distinct(lists[0]);
    }

    private static List<PirDiagnostic> MergeTwo(IReadOnlyList<PirDiagnostic> first, IReadOnlyList<PirDiagnostic> second)
    {
        var result = new List<PirDiagnostic>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count && j < second.Count)
        {
            result.Add(Instance.Compare(first[i], second[j]) <= 0 ? first[i++] : second[j++]);
        }

        for (; i < first.Count; i++)
        {
            result.Add(first[i]);
        }

        for (; j < second.Count; j++)
        {
            result.Add(second[j]);
        }

        return result;
    }

    private static List<PirDiagnostic> Distinct(IReadOnlyList<PirDiagnostic> sorted)
    {
        var result = new List<PirDiagnostic>(sorted.Count);
        foreach (var diagnostic in sorted)
        {
            if (result.Count == 0 || !result[result.Count - 1].Equals(diagnostic))
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }
}
