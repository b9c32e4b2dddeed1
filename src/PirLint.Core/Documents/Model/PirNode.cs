using PirLint.Text;

namespace PirLint.Documents;

/// <summary>A value of a review: a mapping, a sequence or a scalar, with the span it was read from.</summary>
public abstract class PirNode
{
    protected PirNode(SourceSpan span)
    {
        Span = span;
    }

    public SourceSpan Span { get; }

    /// <summary>The number of nodes this node stands for, aliases counted as what they expand to.</summary>
    public int Size { get; internal set; } = 1;

    public abstract string KindName { get; }
}
