using System.Collections.Generic;
using PirLint.Schema;

namespace PirLint.Analyzers.Generator;

/// <summary>Turns a schema into the classes and enums consumers rely on, with the contract's fixed names.</summary>
internal static class SchemaModelBuilder
{
    public const string RootTypeName = "PostIncidentReview";

    private static readonly Dictionary<string, string> ObjectNames = new()
    {
        ["incident_summary"] = "IncidentSummary",
        ["impact"] = "Impact",
        ["timeline"] = "TimelineEvent",
        ["action_items"] = "ActionItem",
        ["analysis"] = "RootCauseAnalysis",
        ["ai_agent"] = "AiAgent",
        ["models"] = "AgentModel",
    };

    private static readonly Dictionary<string, string> EnumNames = new()
    {
        ["severity"] = "Severity",
        ["category"] = "IncidentCategory",
        ["priority"] = "ActionPriority",
        ["status"] = "ActionStatus",
        ["autonomy"] = "AgentAutonomy",
    };

    public static SchemaModel Build(PirSchema schema)
    {
        var used = new HashSet<string> { "PirCatalog", "PirCatalogData" };
        var types = new List<TypeModel>();
        var enums = new List<EnumModel>();
        var pending = new Queue<(string Name, SchemaNode Node)>();
        pending.Enqueue((CSharpNames.Unique(RootTypeName, used), schema.Root));
        while (pending.Count > 0)
        {
            var (name, node) = pending.Dequeue();
            var properties = new List<PropertyModel>();
            var propertyNames = new HashSet<string> { name };
            foreach (var pair in node.Properties)
            {
                var field = pair.Key;
                var fieldSchema = pair.Value;
                var isList = fieldSchema.Type == "array";
                var valueSchema = isList ? fieldSchema.Items ?? new SchemaNode() : fieldSchema;
                var kind = KindOf(valueSchema);
                var typeName = string.Empty;
                if (kind == ValueKind.Object)
                {
                    typeName = CSharpNames.Unique(ObjectNames.TryGetValue(field, out var known) ? known : CSharpNames.PascalCase(field) + (isList ? "Item" : string.Empty), used);
                    pending.Enqueue((typeName, valueSchema));
                }
                else if (kind == ValueKind.Enum)
                {
                    typeName = CSharpNames.Unique(EnumNames.TryGetValue(field, out var known) ? known : CSharpNames.PascalCase(field), used);
                    enums.Add(BuildEnum(typeName, valueSchema.Enum!));
                }

                var propertyName = CSharpNames.PascalCase(field);
                propertyName = CSharpNames.Unique(propertyName == name || CSharpNames.IsInheritedMember(propertyName) ? propertyName + "Value" : propertyName, propertyNames);
                properties.Add(new PropertyModel(field, propertyName, kind, typeName, isList, node.IsRequired(field), fieldSchema.Description ?? string.Empty));
            }

            types.Add(new TypeModel(name, node.Description ?? string.Empty, properties.ToEquatableArray()));
        }

        return new SchemaModel(schema.Source, schema.Text, types.ToEquatableArray(), enums.ToEquatableArray(), schema);
    }

    private static EnumModel BuildEnum(string name, IReadOnlyList<string> values)
    {
        var members = new List<EnumMember>();
        var names = new HashSet<string>();
        foreach (var value in values)
        {
            var member = CSharpNames.PascalCase(value);
            members.Add(new EnumMember(value, CSharpNames.Unique(CSharpNames.IsInheritedMember(member) ? member + "Value" : member, names)));
        }

        return new EnumModel(name, members.ToEquatableArray());
    }

    private static ValueKind KindOf(SchemaNode node)
    {
        if (node.Enum is { Count: > 0 })
        {
            return ValueKind.Enum;
        }

        return node.Type switch
        {
            "object" => ValueKind.Object,
            "integer" => ValueKind.Integer,
            "number" => ValueKind.Number,
            "boolean" => ValueKind.Boolean,
            _ => node.Format switch
            {
                "date" => ValueKind.Date,
                "date-time" => ValueKind.DateTime,
                "duration" => ValueKind.Duration,
                "uri" => ValueKind.Uri,
                _ => ValueKind.String,
            },
        };
    }
}
