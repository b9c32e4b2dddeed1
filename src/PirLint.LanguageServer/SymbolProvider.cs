using System;
using System.Collections.Generic;
using PirLint.Documents;
using PirLint.LanguageServer.Protocol;

namespace PirLint.LanguageServer;

/// <summary>The outline: the review's fields and sections, their lists and objects below them.</summary>
internal static class SymbolProvider
{
    private const int ModuleKind = 2;
    private const int StringKind = 15;
    private const int ArrayKind = 18;
    private const int ObjectKind = 19;
    private const int MaxDepth = 6;
    private const int MaxSymbols = 20_000;

    public static IReadOnlyList<DocumentSymbol> For(LintSnapshot snapshot)
    {
        if (snapshot.Document is not { } document)
        {
            return Array.Empty<DocumentSymbol>();
        }

        var budget = MaxSymbols;
        return Properties(document.Root, snapshot, 0, ref budget);
    }

    private static List<DocumentSymbol> Properties(MappingNode mapping, LintSnapshot snapshot, int depth, ref int budget)
    {
        var symbols = new List<DocumentSymbol>();
        foreach (var property in mapping.Properties)
        {
            if (budget-- <= 0)
            {
                break;
            }

            var start = Math.Min(property.KeySpan.Start, property.Value.Span.Start);
            var end = Math.Max(property.KeySpan.End, property.Value.Span.End);
            symbols.Add(new DocumentSymbol
            {
                Name = property.Key,
                Detail = Detail(property.Value),
                Kind = depth == 0 && property.Value is not ScalarNode ? ModuleKind : KindOf(property.Value),
                Range = Range(snapshot, start, end),
                SelectionRange = Range(snapshot, property.KeySpan.Start, property.KeySpan.End),
                Children = depth < MaxDepth ? Children(property.Value, snapshot, depth + 1, ref budget) : null,
            });
        }

        return symbols;
    }

    private static IReadOnlyList<DocumentSymbol>? Children(PirNode node, LintSnapshot snapshot, int depth, ref int budget)
    {
        switch (node)
        {
            case MappingNode mapping:
                return Properties(mapping, snapshot, depth, ref budget);
            case SequenceNode sequence:
                var items = new List<DocumentSymbol>();
                for (var i = 0; i < sequence.Items.Count && budget-- > 0; i++)
                {
                    var item = sequence.Items[i];
                    var range = Range(snapshot, item.Span.Start, item.Span.End);
                    items.Add(new DocumentSymbol
                    {
                        Name = ItemName(item, i),
                        Detail = Detail(item),
                        Kind = KindOf(item),
                        Range = range,
                        SelectionRange = range,
                        Children = item is MappingNode itemMapping && depth < MaxDepth ? Properties(itemMapping, snapshot, depth + 1, ref budget) : null,
                    });
                }

                return items;
            default:
                return null;
        }
    }

    private static string ItemName(PirNode item, int index)
    {
        if (item is ScalarNode scalar)
        {
            return Shorten(scalar.Value);
        }

        if (item is MappingNode mapping)
        {
            foreach (var key in new[] { "description", "event", "id", "name" })
            {
                if (mapping.Get(key) is ScalarNode { IsEmpty: false } named)
                {
                    return Shorten(named.Value);
                }
            }
        }

        return $"[{index + 1}]";
    }

    private static string? Detail(PirNode node) =>
        node switch
        {
            ScalarNode scalar => Shorten(scalar.Value),
            SequenceNode sequence => $"{sequence.Items.Count} item(s)",
            _ => null,
        };

    private static int KindOf(PirNode node) => node switch { MappingNode => ObjectKind, SequenceNode => ArrayKind, _ => StringKind };

    private static string Shorten(string text)
    {
        var line = text.Trim().Split('\n')[0].Trim();
        return line.Length == 0 ? "(empty)" : line.Length > 60 ? line.Substring(0, 57) + "..." : line;
    }

    private static LspRange Range(LintSnapshot snapshot, int start, int end) =>
        snapshot.Positions.RangeOf(start + snapshot.OffsetShift, end + snapshot.OffsetShift);
}
