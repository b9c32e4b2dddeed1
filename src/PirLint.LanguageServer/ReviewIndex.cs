using System.Collections.Generic;
using PirLint.Documents;
using PirLint.Schema;
using PirLint.Text;

namespace PirLint.LanguageServer;

/// <summary>One value of a review as the server sees it: the node, the key that holds it, and the schema of both.</summary>
internal sealed class IndexedNode
{
    public IndexedNode(PirNode node, PirProperty? property, SchemaNode? schema, SchemaNode? ownerSchema, MappingNode? owner, int depth)
    {
        Node = node;
        Property = property;
        Schema = schema;
        OwnerSchema = ownerSchema;
        Owner = owner;
        Depth = depth;
    }

    public PirNode Node { get; }

    /// <summary>The key that holds the node; null for the root and for list items.</summary>
    public PirProperty? Property { get; }

    /// <summary>The schema of the node; null where the schema does not know it.</summary>
    public SchemaNode? Schema { get; }

    /// <summary>The schema of the mapping the key is in.</summary>
    public SchemaNode? OwnerSchema { get; }

    public MappingNode? Owner { get; }

    public int Depth { get; }
}

/// <summary>Every node of a read review paired with its schema, in document order; walked with a stack, never recursion.</summary>
internal sealed class ReviewIndex
{
    private ReviewIndex(List<IndexedNode> nodes)
    {
        Nodes = nodes;
    }

    public IReadOnlyList<IndexedNode> Nodes { get; }

    public static ReviewIndex Build(PirDocument document, PirSchema schema)
    {
        var nodes = new List<IndexedNode>();
        var pending = new Stack<IndexedNode>();
        pending.Push(new IndexedNode(document.Root, null, schema.Root, null, null, 0));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            nodes.Add(current);
            switch (current.Node)
            {
                case MappingNode mapping:
                    for (var i = mapping.Properties.Count - 1; i >= 0; i--)
                    {
                        var property = mapping.Properties[i];
                        pending.Push(new IndexedNode(property.Value, property, current.Schema?.FindProperty(property.Key), current.Schema, mapping, current.Depth + 1));
                    }

                    break;
                case SequenceNode sequence:
                    for (var i = sequence.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(new IndexedNode(sequence.Items[i], null, current.Schema?.Items, null, null, current.Depth + 1));
                    }

                    break;
            }
        }

        return new ReviewIndex(nodes);
    }

    /// <summary>The scalar read from exactly this span.</summary>
    public IndexedNode? ScalarAt(SourceSpan span)
    {
        foreach (var node in Nodes)
        {
            if (node.Node is ScalarNode && (node.Node.Span.Equals(span) || ((ScalarNode)node.Node).ValueSpan.Equals(span)))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The property whose key was read from exactly this span.</summary>
    public IndexedNode? KeyAt(SourceSpan span)
    {
        foreach (var node in Nodes)
        {
            if (node.Property != null && node.Property.KeySpan.Equals(span))
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The innermost property whose key holds <paramref name="offset"/>.</summary>
    public IndexedNode? KeyContaining(int offset)
    {
        IndexedNode? best = null;
        foreach (var node in Nodes)
        {
            if (node.Property is { } property && property.KeySpan.Start <= offset && offset <= property.KeySpan.End && (best == null || node.Depth > best.Depth))
            {
                best = node;
            }
        }

        return best;
    }

    /// <summary>The innermost scalar whose span holds <paramref name="offset"/>.</summary>
    public IndexedNode? ScalarContaining(int offset)
    {
        IndexedNode? best = null;
        foreach (var node in Nodes)
        {
            if (node.Node is ScalarNode && node.Node.Span.Start <= offset && offset <= node.Node.Span.End && (best == null || node.Depth > best.Depth))
            {
                best = node;
            }
        }

        return best;
    }
}
