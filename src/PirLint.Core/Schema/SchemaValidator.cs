using System;
using System.Collections.Generic;
using System.Globalization;
using PirLint.Diagnostics;
using PirLint.Documents;
using PirLint.Text;
using PirLint.Values;

namespace PirLint.Schema;

/// <summary>Checks a review's structure against the schema: PIR002-PIR005, or a property's <c>x-pirlint-rule</c>.</summary>
public static class SchemaValidator
{
    public static void Validate(MappingNode root, PirSchema schema, DiagnosticBag diagnostics) =>
        ValidateMapping(root, schema.Root, Place.Root, diagnostics);

    /// <param name="place">Where the value is; put into words only when a message needs it (most values pass).</param>
    private static void ValidateValue(PirNode node, SchemaNode schema, string key, Place place, SourceSpan keySpan, DiagnosticBag diagnostics)
    {
        switch (schema.Type)
        {
            case "object":
                if (node is MappingNode mapping)
                {
                    ValidateMapping(mapping, schema, place, diagnostics);
                }
                else
                {
                    WrongType(node, schema, key, place, "a mapping of fields", diagnostics);
                }

                break;
            case "array":
                if (node is SequenceNode sequence)
                {
                    ValidateSequence(sequence, schema, key, keySpan, diagnostics);
                }
                else
                {
                    WrongType(node, schema, key, place, "a list", diagnostics);
                }

                break;
            default:
                if (node is ScalarNode scalar)
                {
                    ValidateScalar(scalar, schema, key, diagnostics);
                }
                else
                {
                    WrongType(node, schema, key, place, schema.Type == null ? "a single value" : "a single " + schema.Type + " value", diagnostics);
                }

                break;
        }
    }

    private static void ValidateMapping(MappingNode mapping, SchemaNode schema, Place place, DiagnosticBag diagnostics)
    {
        var requiredFields = schema.Required;
        for (var r = 0; r < requiredFields.Count; r++)
        {
            var required = requiredFields[r];
            var property = mapping.Find(required);
            var fieldSchema = schema.FindProperty(required);
            if (property == null)
            {
                Report(diagnostics, fieldSchema, RuleCatalog.PIR002, mapping.LocateMissing(required),
                    $"{Capitalize(place.Words)} has no '{required}'; add it{Hint(fieldSchema)}");
            }
            else if (IsEmpty(property.Value))
            {
                var what = property.Value is SequenceNode ? "an empty list; add at least one item" : "empty; write a value";
                Report(diagnostics, fieldSchema, RuleCatalog.PIR002, property.Value is ScalarNode { Span.Length: > 0 } ? property.Value.Span : property.KeySpan,
                    $"'{required}' in {place.Words} is {what}{Hint(fieldSchema)}");
            }
        }

        var properties = mapping.Properties;
        for (var p = 0; p < properties.Count; p++)
        {
            var property = properties[p];
            var fieldSchema = schema.FindProperty(property.Key);
            if (fieldSchema == null)
            {
                if (!schema.AdditionalProperties)
                {
                    ReportUnknown(property, schema, place, diagnostics);
                }

                continue;
            }

            if (IsEmpty(property.Value))
            {
                continue;
            }

            ValidateValue(property.Value, fieldSchema, property.Key, place.Field(property.Key), property.KeySpan, diagnostics);
        }
    }

    private static void ValidateSequence(SequenceNode sequence, SchemaNode schema, string key, SourceSpan keySpan, DiagnosticBag diagnostics)
    {
        var count = sequence.Items.Count;
        if (schema.MinItems is { } min && count < min && count > 0)
        {
            Report(diagnostics, schema, RuleCatalog.PIR003, keySpan, $"'{key}' has {count} item(s); it needs at least {min}");
        }

        if (schema.MaxItems is { } max && count > max)
        {
            Report(diagnostics, schema, RuleCatalog.PIR003, keySpan, $"'{key}' has {count} items; it allows at most {max}");
        }

        if (schema.Items == null)
        {
            return;
        }

        for (var i = 0; i < count; i++)
        {
            var item = sequence.Items[i];
            if (IsEmpty(item))
            {
                Report(diagnostics, schema.Items, RuleCatalog.PIR002, item.Span, $"{Capitalize(Place.Item(key, i).Words)} is empty; write it or remove the item");
                continue;
            }

            ValidateValue(item, schema.Items, key, Place.Item(key, i), item.Span, diagnostics);
        }
    }

    private static void ValidateScalar(ScalarNode scalar, SchemaNode schema, string key, DiagnosticBag diagnostics)
    {
        var value = scalar.Value;
        switch (schema.Type)
        {
            case "integer":
                var isWholeNumber = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
                if (scalar.Kind == ScalarKind.Quoted && isWholeNumber)
                {
                    Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span, $"'{key}' is the string \"{Shorten(value)}\" (in quotes), not a whole number; write {value.Trim()} without quotes");
                    return;
                }

                if (!isWholeNumber)
                {
                    Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span, $"'{key}' is '{Shorten(value)}', not a whole number; write digits only, for example 127");
                    return;
                }

                break;
            case "number":
                if (scalar.Kind == ScalarKind.Quoted || !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span, $"'{key}' is '{Shorten(value)}', not a number; write a number such as 2.5");
                    return;
                }

                break;
            case "boolean":
                if (value != "true" && value != "false")
                {
                    Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span, $"'{key}' is '{Shorten(value)}'; write true or false");
                    return;
                }

                break;
        }

        if (schema.Minimum is { } minimum && decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number < minimum)
        {
            Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span, $"'{key}' is {value}, below the minimum of {minimum.ToString(CultureInfo.InvariantCulture)}");
        }

        if (schema.Enum != null && schema.Enum.Count > 0 && !Contains(schema.Enum, value))
        {
            var nearest = NearestName.Find(value, schema.Enum);
            var advice = nearest != null ? $"write '{nearest}'" : "write one of the allowed values";
            Report(diagnostics, schema, RuleCatalog.PIR004, scalar.Span,
                $"'{key}' is '{Shorten(value)}', which is not an allowed value; {advice} (allowed: {string.Join(", ", schema.Enum)})");
            return;
        }

        if (schema.Format != null && !MatchesFormat(value, schema.Format))
        {
            Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span, $"'{key}' is '{Shorten(value)}', {FormatAdvice(schema.Format)}");
            return;
        }

        if (schema.PatternMatcher != null)
        {
            var matches = schema.PatternMatcher.IsMatch(value);
            if (matches == null)
            {
                Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span,
                    $"'{key}' could not be checked against the pattern {schema.Pattern} within {SchemaLoader.PatternTimeout.TotalSeconds:0} s; simplify the pattern in the schema");
            }
            else if (matches == false)
            {
                Report(diagnostics, schema, RuleCatalog.PIR003, scalar.Span,
                    $"'{key}' is '{Shorten(value)}', which does not match the pattern {schema.Pattern}{Hint(schema)}");
            }
        }
    }

    private static void ReportUnknown(PirProperty property, SchemaNode schema, Place place, DiagnosticBag diagnostics)
    {
        var known = new List<string>(schema.Properties.Count);
        foreach (var candidate in schema.Properties)
        {
            known.Add(candidate.Key);
        }

        var nearest = NearestName.Find(property.Key, known);
        var advice = nearest != null ? $"did you mean '{nearest}'?" : $"known fields: {string.Join(", ", known)}";
        diagnostics.Report(RuleCatalog.PIR005, property.KeySpan, $"'{property.Key}' is not a field of {place.Kind}; {advice}");
    }

    private static void WrongType(PirNode node, SchemaNode schema, string key, Place place, string expected, DiagnosticBag diagnostics) =>
        Report(diagnostics, schema, RuleCatalog.PIR003, node.Span, $"'{key}' in {place.Words} should be {expected}, not {node.KindName}");

    /// <summary>Reports with the property's <c>x-pirlint-rule</c> when it has one, else with <paramref name="rule"/>.</summary>
    private static void Report(DiagnosticBag diagnostics, SchemaNode? schema, RuleDescriptor rule, SourceSpan span, string message)
    {
        var effective = schema?.Rule is { } id && RuleCatalog.Find(id) is { } custom ? custom : rule;
        diagnostics.Report(effective, span, message);
    }

    private static bool IsEmpty(PirNode node) =>
        node switch
        {
            ScalarNode scalar => scalar.IsEmpty,
            SequenceNode sequence => sequence.Items.Count == 0,
            _ => false,
        };

    private static bool MatchesFormat(string value, string format) =>
        format switch
        {
            "date" => PirDate.TryParse(value, out _),
            "date-time" => PirDateTime.TryParse(value, out _, out _),
            "duration" => PirDuration.TryParse(value, out _),
            "uri" => PirUri.IsAbsoluteHttp(value),
            _ => true,
        };

    private static string FormatAdvice(string format) =>
        format switch
        {
            "date" => "not a date; write it as YYYY-MM-DD, for example 2026-03-19",
            "date-time" => "not an ISO 8601 date-time; write it as 2026-03-15T14:00Z (seconds optional, with a UTC offset)",
            "duration" => "not a duration; write it as 2 hours 15 minutes, 2h15m or PT2H15M",
            "uri" => "not an absolute http or https URL on its own; write only the full address, with no spaces or text after it, for example https://tracker.example.com/PIR-12",
            _ => "not in the form " + format,
        };

    private static bool Contains(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return true;
            }
        }

        return false;
    }

    private static string Hint(SchemaNode? schema) =>
        schema?.Description is { Length: > 0 } description ? ": " + LowerFirst(description.TrimEnd('.')) : string.Empty;

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && char.IsLower(text[1]) ? char.ToLowerInvariant(text[0]) + text.Substring(1) : text;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Shorten(string value) => value.Length <= 60 ? value : value.Substring(0, 57) + "...";

    /// <summary>
    /// Where a value is, as data: the list item it lies in (none for the review's own fields) and the field path below
    /// it. Messages put it into words; nothing reads the words back.
    /// </summary>
    private readonly struct Place
    {
        private readonly string? _listKey;
        private readonly int _index;
        private readonly string _parentFields;
        private readonly string _field;

        private Place(string? listKey, int index, string parentFields, string field)
        {
            _listKey = listKey;
            _index = index;
            _parentFields = parentFields;
            _field = field;
        }

        public static Place Root => new(null, -1, string.Empty, string.Empty);

        /// <summary>Item <paramref name="index"/> (from 0) of the list <paramref name="key"/>: items are named by their list alone.</summary>
        public static Place Item(string key, int index) => new(key, index, string.Empty, string.Empty);

        /// <summary>The field <paramref name="key"/> here; the path is joined only a level further down, as most values are scalars.</summary>
        public Place Field(string key) => new(_listKey, _index, Fields, key);

        private string Fields => _parentFields.Length == 0 ? _field : _parentFields + "." + _field;

        /// <summary>"the review", "incident_summary.impact", "action item 3", "action item 3.details".</summary>
        public string Words =>
            _listKey == null ? (_field.Length == 0 ? "the review" : Fields)
            : _field.Length == 0 ? ItemWords
            : ItemWords + "." + Fields;

        /// <summary>What a field is missing from, for a key every item repeats: "an action item" rather than "action item 3".</summary>
        public string Kind =>
            _listKey == null || _field.Length > 0 ? Words
            : _listKey switch
            {
                "action_items" => "an action item",
                "timeline" => "a timeline event",
                _ => $"an item of '{_listKey}'",
            };

        private string ItemWords =>
            _listKey switch
            {
                "action_items" => $"action item {_index + 1}",
                "timeline" => $"timeline event {_index + 1}",
                _ => $"item {_index + 1} of '{_listKey}'",
            };
    }
}
