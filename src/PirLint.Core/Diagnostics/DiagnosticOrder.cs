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

    public static List<PirDiagnostic> SortAndDistinct(IEnumerable<PirDiagnostic> diagnostics)
    {
        var list = new List<PirDiagnostic>(diagnostics);
        list.Sort(Instance);
        var result = new List<PirDiagnostic>(list.Count);
        foreach (var diagnostic in list)
        {
            if (result.Count == 0 || !result[result.Count - 1].Equals(diagnostic))
            {
                result.Add(diagnostic);
            }
        }

        return result;
    }
}
