using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Documents.Loading;

namespace PirLint.Schema;

/// <summary>Reads a schema written in YAML; every keyword outside the supported subset is reported as PIR001 in the schema file.</summary>
public static class SchemaLoader
{
    /// <summary>
    /// How long one value may take to match a schema's pattern: generous, so that a plain pattern never runs out of
    /// time on a busy machine. A match that runs out of time is reported as such, never as a mismatch.
    /// </summary>
    public static readonly TimeSpan PatternTimeout = TimeSpan.FromSeconds(2);

    public const string DefaultSource = "default";

    private static readonly Lazy<PirSchema> DefaultSchema = new(LoadDefault);

    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "title", "examples" };

    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "object", "array", "string", "integer", "number", "boolean" };

    private static readonly HashSet<string> Formats = new(StringComparer.Ordinal) { "date", "date-time", "duration", "uri" };

    public static PirSchema Default => DefaultSchema.Value;

    public static string DefaultText
    {
        get
        {
            using var stream = typeof(SchemaLoader).Assembly.GetManifestResourceStream("PirLint.pir.schema.yaml")!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>Reads a project's schema; null (after diagnostics in <paramref name="diagnostics"/>) when it cannot be used.</summary>
    public static PirSchema? Load(string path, string text, DiagnosticBag diagnostics)
    {
        var document = DocumentLoader.Load(path, text, Array.Empty<string>(), diagnostics);
        if (document == null)
        {
            return null;
        }

        var errors = diagnostics.Items.Count;
        var root = ReadNode(document.Root, diagnostics);
        if (root.Type != "object")
        {
            diagnostics.Report(RuleCatalog.PIR001, document.Root.Anchor, "the schema's root must have 'type: object'; a review is a mapping of fields");
        }

        return diagnostics.Items.Count > errors ? null : new PirSchema(root, path, text);
    }

    private static PirSchema LoadDefault()
    {
        var text = DefaultText;
        var diagnostics = new DiagnosticBag(DefaultSource);
        var schema = Load(DefaultSource, text, diagnostics);
        if (schema == null)
        {
            throw new InvalidOperationException("The embedded default schema is invalid: " + string.Join("; ", diagnostics.Items));
        }

        return new PirSchema(schema.Root, DefaultSource, text);
    }

    private static SchemaNode ReadNode(MappingNode mapping, DiagnosticBag diagnostics)
    {
        var node = new SchemaNode();
        foreach (var property in mapping.Properties)
        {
            var value = property.Value;
            switch (property.Key)
            {
                case "type":
                    node.Type = ReadString(property, diagnostics);
                    if (node.Type != null && !Types.Contains(node.Type))
                    {
                        diagnostics.Report(RuleCatalog.PIR001, value.Span, $"schema: unsupported type '{node.Type}'; use one of object, array, string, integer, number, boolean");
                    }

                    break;
                case "properties":
                    node.Properties = ReadProperties(property, diagnostics);
                    break;
                case "required":
                    node.Required = ReadStringList(property, diagnostics);
                    break;
                case "additionalProperties":
                    node.AdditionalProperties = ReadString(property, diagnostics) != "false";
                    break;
                case "items":
                    node.Items = value is MappingNode items ? ReadNode(items, diagnostics) : Invalid(property, "a schema mapping", diagnostics);
                    break;
                case "minItems":
                    node.MinItems = ReadInteger(property, diagnostics);
                    break;
                case "maxItems":
                    node.MaxItems = ReadInteger(property, diagnostics);
                    break;
                case "enum":
                    node.Enum = ReadStringList(property, diagnostics);
                    break;
                case "pattern":
                    ReadPattern(node, property, diagnostics);
                    break;
                case "format":
                    node.Format = ReadString(property, diagnostics);
                    if (node.Format != null && !Formats.Contains(node.Format))
                    {
                        diagnostics.Report(RuleCatalog.PIR001, value.Span, $"schema: unsupported format '{node.Format}'; use one of date, date-time, duration, uri");
                    }

                    break;
                case "minimum":
                    var minimum = ReadString(property, diagnostics);
                    if (minimum != null && decimal.TryParse(minimum, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                    {
                        node.Minimum = parsed;
                    }
                    else
                    {
                        diagnostics.Report(RuleCatalog.PIR001, value.Span, "schema: 'minimum' must be a number");
                    }

                    break;
                case "description":
                    node.Description = ReadString(property, diagnostics);
                    break;
                case "default":
                    node.Default = ReadString(property, diagnostics);
                    break;
                case "title":
                    node.Title = value is ScalarNode title ? title.Value : null;
                    break;
                case "x-pirlint-rule":
                    node.Rule = ReadString(property, diagnostics);
                    if (node.Rule != null && RuleCatalog.Find(node.Rule) == null)
                    {
                        diagnostics.Report(RuleCatalog.PIR001, value.Span, $"schema: x-pirlint-rule names '{node.Rule}', which is not a PirLint rule id");
                    }

                    break;
                default:
                    if (!Annotations.Contains(property.Key))
                    {
                        diagnostics.Report(RuleCatalog.PIR001, property.KeySpan,
                            $"schema: the keyword '{property.Key}' is not supported; use type, properties, required, additionalProperties, items, minItems, maxItems, enum, pattern, format, minimum, description, default or x-pirlint-rule");
                    }

                    break;
            }
        }

        return node;
    }

    private static List<KeyValuePair<string, SchemaNode>> ReadProperties(PirProperty property, DiagnosticBag diagnostics)
    {
        var result = new List<KeyValuePair<string, SchemaNode>>();
        if (property.Value is not MappingNode mapping)
        {
            Invalid(property, "a mapping of field names to schemas", diagnostics);
            return result;
        }

        foreach (var field in mapping.Properties)
        {
            if (field.Value is MappingNode fieldSchema)
            {
                result.Add(new KeyValuePair<string, SchemaNode>(field.Key, ReadNode(fieldSchema, diagnostics)));
            }
            else
            {
                Invalid(field, "a schema mapping", diagnostics);
            }
        }

        return result;
    }

    private static void ReadPattern(SchemaNode node, PirProperty property, DiagnosticBag diagnostics)
    {
        node.Pattern = ReadString(property, diagnostics);
        if (node.Pattern == null)
        {
            return;
        }

        try
        {
            node.PatternMatcher = SchemaPattern.Create(node.Pattern);
        }
        catch (ArgumentException exception)
        {
            diagnostics.Report(RuleCatalog.PIR001, property.Value.Span, "schema: the pattern is not a valid regular expression: " + exception.Message);
        }
    }

    private static string? ReadString(PirProperty property, DiagnosticBag diagnostics)
    {
        if (property.Value is ScalarNode scalar)
        {
            return scalar.Value;
        }

        Invalid(property, "a single value", diagnostics);
        return null;
    }

    private static int? ReadInteger(PirProperty property, DiagnosticBag diagnostics)
    {
        var text = ReadString(property, diagnostics);
        if (text != null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        diagnostics.Report(RuleCatalog.PIR001, property.Value.Span, $"schema: '{property.Key}' must be a whole number of 0 or more");
        return null;
    }

    private static List<string> ReadStringList(PirProperty property, DiagnosticBag diagnostics)
    {
        var result = new List<string>();
        if (property.Value is SequenceNode sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (item is ScalarNode scalar)
                {
                    result.Add(scalar.Value);
                }
                else
                {
                    diagnostics.Report(RuleCatalog.PIR001, item.Span, $"schema: '{property.Key}' must list single values");
                }
            }
        }
        else
        {
            Invalid(property, "a list", diagnostics);
        }

        return result;
    }

    private static SchemaNode? Invalid(PirProperty property, string expected, DiagnosticBag diagnostics)
    {
        diagnostics.Report(RuleCatalog.PIR001, property.Value.Span, $"schema: '{property.Key}' must be {expected}");
        return null;
    }
}
