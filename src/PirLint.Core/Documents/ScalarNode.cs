using PirLint.Text;

namespace PirLint.Documents;

public enum ScalarKind
{
    /// <summary>An unquoted YAML scalar, a Markdown table cell or a bullet item: it may be read as a number or as null.</summary>
    Plain,

    /// <summary>A quoted or block YAML scalar: always a string.</summary>
    Quoted,
}

public sealed class ScalarNode : PirNode
{
    public ScalarNode(string value, ScalarKind kind, SourceSpan span, SourceSpan valueSpan)
        : base(span)
    {
        Value = value;
        Kind = kind;
        ValueSpan = valueSpan;
    }

    public string Value { get; }

    public ScalarKind Kind { get; }

    /// <summary>The span of the value's characters, inside the quotes of a quoted scalar.</summary>
    public SourceSpan ValueSpan { get; }

    public override string KindName => "a single value";

    /// <summary>True for a missing value: an empty scalar, <c>~</c> or <c>null</c> unquoted, or only white space.</summary>
    public bool IsEmpty =>
        Value.Trim().Length == 0 ||
        (Kind == ScalarKind.Plain && (Value == "~" || Value == "null" || Value == "Null" || Value == "NULL"));

    public override string ToString() => Value;
}
