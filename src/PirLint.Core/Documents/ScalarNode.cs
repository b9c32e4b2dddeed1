using PirLint.Text;

namespace PirLint.Documents;

public enum ScalarKind
{
    /// <summary>An unquoted YAML scalar: it may be read as a number or as null.</summary>
    Plain,

    /// <summary>A quoted or block YAML scalar: always a string.</summary>
    Quoted,

    /// <summary>A Markdown table cell or bullet item: the text a reader sees; it may be read as a number, never as null.</summary>
    Text,
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

    /// <summary>True for a missing value: an empty scalar, <c>~</c> or <c>null</c> unquoted in YAML, or only white space.</summary>
    public bool IsEmpty =>
        Value.Trim().Length == 0 ||
        (Kind == ScalarKind.Plain && (Value == "~" || Value == "null" || Value == "Null" || Value == "NULL"));

    public override string ToString() => Value;
}
