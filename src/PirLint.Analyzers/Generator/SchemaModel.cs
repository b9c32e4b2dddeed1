using System;
using System.Collections.Generic;
using PirLint.Schema;

namespace PirLint.Analyzers.Generator;

internal enum ValueKind
{
    String,
    Date,
    DateTime,
    Duration,
    Uri,
    Integer,
    Number,
    Boolean,
    Enum,
    Object,
}

/// <param name="TypeName">The generated class or enum for <see cref="ValueKind.Object"/> and <see cref="ValueKind.Enum"/>.</param>
internal sealed record PropertyModel(string Field, string Name, ValueKind Kind, string TypeName, bool IsList, bool Required, string Description);

internal sealed record TypeModel(string Name, string Description, EquatableArray<PropertyModel> Properties);

internal sealed record EnumMember(string Value, string Name);

internal sealed record EnumModel(string Name, EquatableArray<EnumMember> Members);

/// <summary>
/// What the generator makes of the effective schema: the classes and enums to emit. Compared by value (the schema's
/// text and path and the derived types); the parsed schema rides along for the review step and is not compared.
/// </summary>
internal sealed class SchemaModel : IEquatable<SchemaModel>
{
    public SchemaModel(string source, string text, EquatableArray<TypeModel> types, EquatableArray<EnumModel> enums, PirSchema schema)
    {
        Source = source;
        Text = text;
        Types = types;
        Enums = enums;
        Schema = schema;
    }

    public string Source { get; }

    public string Text { get; }

    public EquatableArray<TypeModel> Types { get; }

    public EquatableArray<EnumModel> Enums { get; }

    public PirSchema Schema { get; }

    public TypeModel Root => Types[0];

    public TypeModel? FindType(string name)
    {
        foreach (var type in Types)
        {
            if (type.Name == name)
            {
                return type;
            }
        }

        return null;
    }

    public EnumModel? FindEnum(string name)
    {
        foreach (var model in Enums)
        {
            if (model.Name == name)
            {
                return model;
            }
        }

        return null;
    }

    public bool Equals(SchemaModel? other) =>
        other is not null && Source == other.Source && Text == other.Text && Types.Equals(other.Types) && Enums.Equals(other.Enums);

    public override bool Equals(object? obj) => Equals(obj as SchemaModel);

    public override int GetHashCode() => Text.GetHashCode();
}
