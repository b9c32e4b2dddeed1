using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Rules;

namespace PirLint.Configuration;

/// <summary>
/// The suppression comments of one file: <c>pirlint-disable-next-line IDS</c>, <c>pirlint-disable-line IDS</c>,
/// <c>pirlint-disable IDS</c> ... <c>pirlint-enable IDS</c>, and <c>pirlint-disable-file IDS</c>. No ids means every
/// rule. A rule listed in <c>pirlint.suppressions.locked</c> is never silenced, and PIR008, which governs the
/// directives, is not silenced by one.
/// </summary>
public sealed class SuppressionMap
{
    private const string AllRules = SuppressionDirective.AllRules;

    private readonly List<(string Id, int FromLine, int ToLine)> _ranges = new();

    private SuppressionMap()
    {
    }

    public static SuppressionMap Read(IReadOnlyList<SourceComment> comments)
    {
        var map = new SuppressionMap();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var directive in SuppressionDirective.ParseAll(comments))
        {
            var line = directive.Span.StartLine;
            foreach (var id in directive.Ids)
            {
                switch (directive.Kind)
                {
                    case SuppressionKind.NextLine:
                        map._ranges.Add((id, directive.Span.EndLine + 1, directive.Span.EndLine + 1));
                        break;
                    case SuppressionKind.Line:
                        map._ranges.Add((id, line, line));
                        break;
                    case SuppressionKind.File:
                        map._ranges.Add((id, 1, int.MaxValue));
                        break;
                    case SuppressionKind.Disable:
                        if (!open.ContainsKey(id))
                        {
                            open[id] = line;
                        }

                        break;
                    case SuppressionKind.Enable when id == AllRules:
                        foreach (var pair in open)
                        {
                            map._ranges.Add((pair.Key, pair.Value, line));
                        }

                        open.Clear();
                        break;
                    case SuppressionKind.Enable:
                        if (open.TryGetValue(id, out var from))
                        {
                            map._ranges.Add((id, from, line));
                            open.Remove(id);
                        }

                        break;
                }
            }
        }

        foreach (var pair in open)
        {
            map._ranges.Add((pair.Key, pair.Value, int.MaxValue));
        }

        return map;
    }

    public bool IsEmpty => _ranges.Count == 0;

    public bool IsSuppressed(PirDiagnostic diagnostic) => IsSuppressed(diagnostic, PirLintOptions.Default);

    /// <summary>True when a directive silences <paramref name="diagnostic"/> and <paramref name="options"/> do not lock its rule.</summary>
    public bool IsSuppressed(PirDiagnostic diagnostic, PirLintOptions options)
    {
        if (diagnostic.Id == RuleCatalog.PIR008.Id || options.IsLocked(diagnostic.Id))
        {
            return false;
        }

        foreach (var range in _ranges)
        {
            if ((range.Id == AllRules || string.Equals(range.Id, diagnostic.Id, StringComparison.OrdinalIgnoreCase)) &&
                diagnostic.Span.StartLine >= range.FromLine && diagnostic.Span.StartLine <= range.ToLine)
            {
                return true;
            }
        }

        return false;
    }
}
