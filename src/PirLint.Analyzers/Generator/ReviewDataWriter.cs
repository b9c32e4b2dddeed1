using System;
using System.Globalization;
using System.Text;
using PirLint.Documents;
using PirLint.Values;

namespace PirLint.Analyzers.Generator;

/// <summary>Writes a review's values as a C# object initializer of the generated types; null when a value does not fit.</summary>
internal static class ReviewDataWriter
{
    public static string? Write(MappingNode root, SchemaModel schema)
    {
        var builder = new StringBuilder();
        return WriteObject(root, schema.Root, schema, builder, 0) ? builder.ToString() : null;
    }

    private static bool WriteObject(MappingNode mapping, TypeModel type, SchemaModel schema, StringBuilder builder, int depth)
    {
        if (depth > PirLimits.MaxDepth)
        {
            return false;
        }

        builder.Append("new ").Append(type.Name).Append(" { ");
        foreach (var property in type.Properties)
        {
            var node = mapping.Get(property.Field);
            if (node == null || (node is ScalarNode scalar && scalar.IsEmpty) || (node is SequenceNode { Items.Count: 0 } && !property.Required))
            {
                continue;
            }

            builder.Append(property.Name).Append(" = ");
            if (!(property.IsList ? WriteList(node, property, schema, builder, depth) : WriteValue(node, property, schema, builder, depth)))
            {
                return false;
            }

            builder.Append(", ");
        }

        builder.Append('}');
        return true;
    }

    private static bool WriteList(PirNode node, PropertyModel property, SchemaModel schema, StringBuilder builder, int depth)
    {
        if (node is not SequenceNode sequence)
        {
            return false;
        }

        builder.Append("new ").Append(ElementType(property)).Append("[] { ");
        foreach (var item in sequence.Items)
        {
            if (!WriteValue(item, property, schema, builder, depth))
            {
                return false;
            }

            builder.Append(", ");
        }

        builder.Append('}');
        return true;
    }

    private static bool WriteValue(PirNode node, PropertyModel property, SchemaModel schema, StringBuilder builder, int depth)
    {
        if (property.Kind == ValueKind.Object)
        {
            return node is MappingNode mapping && schema.FindType(property.TypeName) is { } type && WriteObject(mapping, type, schema, builder, depth + 1);
        }

        if (node is not ScalarNode scalar || scalar.IsEmpty)
        {
            return false;
        }

        var value = scalar.Value.Trim();
        switch (property.Kind)
        {
            case ValueKind.Date:
                if (!PirDate.TryParse(value, out var date))
                {
                    return false;
                }

                builder.Append(Invariant($"new global::System.DateTime({date.Year}, {date.Month}, {date.Day})"));
                return true;
            case ValueKind.DateTime:
                if (!PirDateTime.TryParse(value, out var instant, out _))
                {
                    return false;
                }

                builder.Append(Invariant($"new global::System.DateTimeOffset({instant.DateTime.Ticks}L, global::System.TimeSpan.FromMinutes({(long)instant.Offset.TotalMinutes}))"));
                return true;
            case ValueKind.Duration:
                if (!PirDuration.TryParse(value, out var duration))
                {
                    return false;
                }

                builder.Append(Invariant($"global::System.TimeSpan.FromTicks({duration.Ticks}L)"));
                return true;
            case ValueKind.Uri:
                if (!Uri.TryCreate(value, UriKind.Absolute, out _))
                {
                    return false;
                }

                builder.Append("new global::System.Uri(").Append(CSharpNames.Literal(value)).Append(')');
                return true;
            case ValueKind.Integer:
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return false;
                }

                builder.Append(integer.ToString(CultureInfo.InvariantCulture)).Append('L');
                return true;
            case ValueKind.Number:
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return false;
                }

                builder.Append(((double)number).ToString("R", CultureInfo.InvariantCulture)).Append('D');
                return true;
            case ValueKind.Boolean:
                if (value != "true" && value != "false")
                {
                    return false;
                }

                builder.Append(value);
                return true;
            case ValueKind.Enum:
                var model = schema.FindEnum(property.TypeName);
                foreach (var member in model?.Members ?? EquatableArray<EnumMember>.Empty)
                {
                    if (member.Value == scalar.Value)
                    {
                        builder.Append(model!.Name).Append('.').Append(member.Name);
                        return true;
                    }
                }

                return false;
            default:
                builder.Append(CSharpNames.Literal(scalar.Value));
                return true;
        }
    }

    internal static string ElementType(PropertyModel property) =>
        property.Kind switch
        {
            ValueKind.Object or ValueKind.Enum => property.TypeName,
            ValueKind.Date => "global::System.DateTime",
            ValueKind.DateTime => "global::System.DateTimeOffset",
            ValueKind.Duration => "global::System.TimeSpan",
            ValueKind.Uri => "global::System.Uri",
            ValueKind.Integer => "long",
            ValueKind.Number => "double",
            ValueKind.Boolean => "bool",
            _ => "string",
        };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
