using System;
using System.Collections.Generic;

namespace PirLint.Schema;

/// <summary>The effective schema of a run: the default one, or a project's own <c>pir.schema.yaml</c>.</summary>
public sealed class PirSchema
{
    public PirSchema(SchemaNode root, string source, string text)
    {
        Root = root;
        Source = source;
        Text = text;
        var listFields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.Properties)
        {
            if (property.Value.Type == "array")
            {
                listFields.Add(property.Key);
            }
        }

        ListFields = listFields;
    }

    public SchemaNode Root { get; }

    /// <summary>Where it came from: a file path, or <c>default</c>.</summary>
    public string Source { get; }

    /// <summary>The schema's own text, so that hosts can tell two schemas apart.</summary>
    public string Text { get; }

    /// <summary>The top-level fields that are lists: the ones a Markdown <c>##</c> section may supply.</summary>
    public ICollection<string> ListFields { get; }

    public static PirSchema Default => SchemaLoader.Default;
}
