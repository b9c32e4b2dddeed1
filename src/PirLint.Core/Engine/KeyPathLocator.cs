using System.Text;
using PirLint.Documents;
using PirLint.Text;

namespace PirLint.Engine;

/// <summary>
/// The key path of a place in a review: the keys and list indexes from the root to the deepest value or key that
/// holds it, such as <c>action_items[1].owner</c> (indexes from 0); empty for a place outside every field.
/// YAML and Markdown reviews give the same paths for the same data.
/// </summary>
public static class KeyPathLocator
{
    public static string Find(MappingNode root, SourceSpan span)
    {
        var path = new StringBuilder();
        PirNode? node = root;
        while (node != null)
        {
            node = Step(node, span.Start, path);
        }

        return path.ToString();
    }

    /// <summary>Appends the key or index of the child of <paramref name="node"/> that holds the offset; null at the deepest.</summary>
    private static PirNode? Step(PirNode node, int offset, StringBuilder path)
    {
        switch (node)
        {
            case MappingNode mapping:
                foreach (var property in mapping.Properties)
                {
                    var inKey = Contains(property.KeySpan, offset);
                    if (inKey || Contains(property.Value.Span, offset))
                    {
                        if (path.Length > 0)
                        {
                            path.Append('.');
                        }

                        path.Append(property.Key);
                        return inKey ? null : property.Value;
                    }
                }

                return null;
            case SequenceNode sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    if (Contains(sequence.Items[i].Span, offset))
                    {
                        path.Append('[').Append(i).Append(']');
                        return sequence.Items[i];
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static bool Contains(SourceSpan span, int offset) =>
        offset >= span.Start && (offset < span.End || (offset == span.Start && span.End == span.Start));
}
