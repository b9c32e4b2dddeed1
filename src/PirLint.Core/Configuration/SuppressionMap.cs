using System;
using System.Collections.Generic;
using PirLint.Diagnostics;
using PirLint.Documents;

namespace PirLint.Configuration;

/// <summary>
/// The suppression comments of one file: <c>pirlint-disable-next-line IDS</c>, <c>pirlint-disable IDS</c> ...
/// <c>pirlint-enable IDS</c>, and <c>pirlint-disable-file IDS</c>. No ids means every rule.
/// </summary>
public sealed class SuppressionMap
{
    private const string AllRules = "*";

    private readonly List<(string Id, int FromLine, int ToLine)> _ranges = new();

    private SuppressionMap()
    {
    }

    public static SuppressionMap Read(IReadOnlyList<SourceComment> comments)
    {
        var map = new SuppressionMap();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in comments)
        {
            var text = comment.Text.Trim();
            var line = comment.Span.StartLine;
            if (TryDirective(text, "pirlint-disable-next-line", out var ids))
            {
                var next = comment.Span.EndLine + 1;
                foreach (var id in ids)
                {
                    map._ranges.Add((id, next, next));
                }
            }
            else if (TryDirective(text, "pirlint-disable-file", out ids))
            {
                foreach (var id in ids)
                {
                    map._ranges.Add((id, 1, int.MaxValue));
                }
            }
            else if (TryDirective(text, "pirlint-disable", out ids))
            {
                foreach (var id in ids)
                {
                    if (!open.ContainsKey(id))
                    {
                        open[id] = line;
                    }
                }
            }
            else if (TryDirective(text, "pirlint-enable", out ids))
            {
                foreach (var id in ids)
                {
                    if (id == AllRules)
                    {
                        foreach (var pair in open)
                        {
                            map._ranges.Add((pair.Key, pair.Value, line));
                        }

                        open.Clear();
                    }
                    else if (open.TryGetValue(id, out var from))
                    {
                        map._ranges.Add((id, from, line));
                        open.Remove(id);
                    }
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

    public bool IsSuppressed(PirDiagnostic diagnostic)
    {
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

    private static bool TryDirective(string text, string directive, out List<string> ids)
    {
        ids = new List<string>();
        if (!text.StartsWith(directive, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text.Substring(directive.Length);
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]))
        {
            return false;
        }

        foreach (var part in rest.Split(new[] { ',', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            ids.Add(part.Trim());
        }

        if (ids.Count == 0)
        {
            ids.Add(AllRules);
        }

        return true;
    }
}
