using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Documents;

public sealed class SequenceNode : PirNode
{
    public SequenceNode(IReadOnlyList<PirNode> items, SourceSpan span)
        : base(span)
    {
        Items = items;
    }

    public IReadOnlyList<PirNode> Items { get; }

    public override string KindName => "a list";
}
