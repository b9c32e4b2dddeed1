using System;
using System.Collections.Generic;
using PirLint.Documents.Markdown;

namespace PirLint.Schema;

/// <summary>The effective schema of a run: the default one, or a project's own <c>pir.schema.yaml</c>.</summary>
public sealed class PirSchema
{
    public PirSchema(SchemaNode root, string source, string text)
    {
        Root = root;
        Source = source;
        Text = text;
        var listFields = new List<string>();
        var uris = new List<string>();
        foreach (var property in root.Properties)
        {
            if (property.Value.Type == "array")
            {
                listFields.Add(property.Key);
                var items = property.Value.Items;
                if (items?.Format == "uri")
                {
                    uris.Add(property.Key);
                }

                foreach (var column in items?.Properties ?? Array.Empty<KeyValuePair<string, SchemaNode>>())
                {
                    if (column.Value.Format == "uri")
                    {
                        uris.Add(property.Key + "." + column.Key);
                    }
                }
            }
        }

        ListFields = new MarkdownSectionFields(listFields, uris);
    }

    public SchemaNode Root { get; }

    /// <summary>Where it came from: a file path, or <c>default</c>.</summary>
    public string Source { get; }

    /// <summary>The schema's own text, so that hosts can tell two schemas apart.</summary>
    public string Text { get; }

    /// <summary>The top-level fields that are lists: the ones a Markdown <c>##</c> section may supply (a <see cref="MarkdownSectionFields"/>, which knows their <c>uri</c> values).</summary>
    public ICollection<string> ListFields { get; }

    public static PirSchema Default => SchemaLoader.Default;
}
