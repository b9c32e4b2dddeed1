using System.Collections.Generic;
using System.Text;
using PirLint.Diagnostics;
using PirLint.LanguageServer.Protocol;
using PirLint.Rules;
using PirLint.Schema;

namespace PirLint.LanguageServer;

/// <summary>Hover: over a field name, the schema's description and allowed values; over a diagnostic, the rule's title and page.</summary>
internal static class HoverProvider
{
    public static Hover? At(LintSnapshot snapshot, int offset, IReadOnlyList<PirDiagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        LspRange? range = null;
        var engineOffset = offset - snapshot.OffsetShift;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Span.Start <= engineOffset && engineOffset <= diagnostic.Span.End && RuleCatalog.Find(diagnostic.Id) is { } rule)
            {
                builder.Append($"**{rule.Id}** {rule.Title}: {rule.Description} ([{rule.Id}]({rule.HelpUri}))\n\n");
            }
        }

        var index = snapshot.Index;
        if (index?.KeyContaining(engineOffset) is { Property: { } property } key && key.Schema is { } schema)
        {
            AppendField(builder, property.Key, schema, key.OwnerSchema?.IsRequired(property.Key) == true);
            range = snapshot.Positions.RangeOf(property.KeySpan.Start + snapshot.OffsetShift, property.KeySpan.End + snapshot.OffsetShift);
        }
        else if (index?.ScalarContaining(engineOffset) is { Schema: { Enum: { Count: > 0 } } valueSchema } value)
        {
            AppendField(builder, value.Property?.Key ?? "item", valueSchema, false);
        }

        return builder.Length == 0 ? null : new Hover(new MarkupContent(builder.ToString().TrimEnd()), range);
    }

    private static void AppendField(StringBuilder builder, string name, SchemaNode schema, bool required)
    {
        builder.Append($"**`{name}`**");
        if (schema.Type != null)
        {
            builder.Append($" ({schema.Type}{(schema.Format != null ? ", " + schema.Format : string.Empty)}{(required ? ", required" : string.Empty)})");
        }

        if (schema.Description != null)
        {
            builder.Append("\n\n").Append(schema.Description);
        }

        if (schema.Enum is { Count: > 0 } allowed)
        {
            builder.Append("\n\nAllowed: ").Append(string.Join(", ", System.Linq.Enumerable.Select(allowed, v => $"`{v}`")));
        }

        builder.Append("\n\n");
    }
}
