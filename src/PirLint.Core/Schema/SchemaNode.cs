using System.Collections.Generic;

namespace PirLint.Schema;

/// <summary>One schema (sub)schema of the supported JSON Schema subset.</summary>
public sealed class SchemaNode
{
    public string? Type { get; internal set; }

    public IReadOnlyList<KeyValuePair<string, SchemaNode>> Properties { get; internal set; } = new List<KeyValuePair<string, SchemaNode>>();

    public IReadOnlyList<string> Required { get; internal set; } = new List<string>();

    public bool AdditionalProperties { get; internal set; } = true;

    public SchemaNode? Items { get; internal set; }

    public int? MinItems { get; internal set; }

    public int? MaxItems { get; internal set; }

    public IReadOnlyList<string>? Enum { get; internal set; }

    public string? Pattern { get; internal set; }

    internal SchemaPattern? PatternMatcher { get; set; }

    public string? Format { get; internal set; }

    public decimal? Minimum { get; internal set; }

    public string? Description { get; internal set; }

    public string? Default { get; internal set; }

    public string? Title { get; internal set; }

    /// <summary>The rule id that reports a missing or invalid value of this property (<c>x-pirlint-rule</c>).</summary>
    public string? Rule { get; internal set; }

    public SchemaNode? FindProperty(string name)
    {
        for (var i = 0; i < Properties.Count; i++)
        {
            if (Properties[i].Key == name)
            {
                return Properties[i].Value;
            }
        }

        return null;
    }

    public bool IsRequired(string name)
    {
        for (var i = 0; i < Required.Count; i++)
        {
            if (Required[i] == name)
            {
                return true;
            }
        }

        return false;
    }
}
