using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using PirLint.Schema;

namespace PirLint.Cli;

/// <summary>Writes a schema as JSON Schema 2020-12; <c>x-pirlint-rule</c> is kept, so the output can be saved as a project's schema.</summary>
internal static class JsonSchemaExporter
{
    /// <summary>The contract's date-time form (seconds and offset optional), as the pattern editors check instead of <c>format</c>.</summary>
    public const string DateTimePattern = @"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}([.,]\d{1,7})?)?([Zz]|[+-]\d{2}(:?\d{2})?)?$";

    /// <param name="forEditors">
    /// For the YAML language server: its <c>date-time</c> format check wants seconds, which the contract does not, so a
    /// date-time is written as <see cref="DateTimePattern"/> with a <c>patternErrorMessage</c>. Not a project schema then.
    /// </param>
    public static string Export(PirSchema schema, bool forEditors = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            writer.WriteString("title", schema.Root.Title ?? "Post-incident review");
            WriteBody(writer, schema.Root, forEditors);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteNode(Utf8JsonWriter writer, SchemaNode node, bool forEditors)
    {
        writer.WriteStartObject();
        WriteBody(writer, node, forEditors);
        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, SchemaNode node, bool forEditors)
    {
        if (node.Description != null) writer.WriteString("description", node.Description);
        if (node.Type != null) writer.WriteString("type", node.Type);
        if (node.Enum != null)
        {
            writer.WriteStartArray("enum");
            foreach (var value in node.Enum) writer.WriteStringValue(value);
            writer.WriteEndArray();
        }

        if (node.Pattern != null) writer.WriteString("pattern", node.Pattern);
        if (forEditors && node.Format == "date-time" && node.Pattern == null)
        {
            writer.WriteString("pattern", DateTimePattern);
            writer.WriteString("patternErrorMessage", "Not an ISO 8601 date-time: write it as 2026-03-15T14:00Z (seconds optional, with a UTC offset).");
        }
        else if (node.Format != null)
        {
            writer.WriteString("format", node.Format);
        }

        if (node.Minimum is { } minimum) writer.WriteNumber("minimum", minimum);
        if (node.MinItems is { } minItems) writer.WriteNumber("minItems", minItems);
        if (node.MaxItems is { } maxItems) writer.WriteNumber("maxItems", maxItems);
        if (node.Default != null) writer.WriteString("default", node.Default);
        if (node.Rule != null) writer.WriteString("x-pirlint-rule", node.Rule);
        if (node.Type == "object")
        {
            if (node.Required.Count > 0)
            {
                writer.WriteStartArray("required");
                foreach (var name in node.Required) writer.WriteStringValue(name);
                writer.WriteEndArray();
            }

            writer.WriteStartObject("properties");
            foreach (var property in node.Properties)
            {
                writer.WritePropertyName(property.Key);
                WriteNode(writer, property.Value, forEditors);
            }

            writer.WriteEndObject();
            writer.WriteBoolean("additionalProperties", node.AdditionalProperties);
        }

        if (node.Items != null)
        {
            writer.WritePropertyName("items");
            WriteNode(writer, node.Items, forEditors);
        }
    }
}
