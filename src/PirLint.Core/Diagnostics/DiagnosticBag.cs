using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Diagnostics;

/// <summary>Collects the diagnostics of one file, each with its rule's default severity unless one is given.</summary>
public sealed class DiagnosticBag
{
    private readonly List<PirDiagnostic> _items = new();

    public DiagnosticBag(string path)
    {
        Path = path;
    }

    public string Path { get; }

    public IReadOnlyList<PirDiagnostic> Items => _items;

    public bool HasErrorOf(RuleDescriptor rule)
    {
        foreach (var item in _items)
        {
            if (item.Id == rule.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces each diagnostic with what <paramref name="change"/> makes of it (for example, with its key path).</summary>
    internal void ReplaceAll(System.Func<PirDiagnostic, PirDiagnostic> change)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            _items[i] = change(_items[i]);
        }
    }

    public void Report(RuleDescriptor rule, SourceSpan span, string message, PirSeverity? severity = null) =>
        _items.Add(new PirDiagnostic(rule.Id, severity ?? rule.DefaultSeverity, message, Path, span));
}
