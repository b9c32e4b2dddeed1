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

    /// <param name="sourceOffsets">For each character of <paramref name="value"/>, the source offset it was read from (-1 for none).</param>
    internal ScalarNode(string value, ScalarKind kind, SourceSpan span, SourceSpan valueSpan, int[] sourceOffsets, string? kindName = null)
        : this(value, kind, span, valueSpan)
    {
        _sourceOffsets = sourceOffsets;
        _kindName = kindName;
    }

    private readonly int[]? _sourceOffsets;
    private readonly string? _kindName;

    public string Value { get; }

    public ScalarKind Kind { get; }

    /// <summary>The span of the value's characters, inside the quotes of a quoted scalar.</summary>
    public SourceSpan ValueSpan { get; }

    public override string KindName => _kindName ?? "a single value";

    /// <summary>True for a missing value: an empty scalar, <c>~</c> or <c>null</c> unquoted in YAML, or only white space.</summary>
    public bool IsEmpty =>
        Value.Trim().Length == 0 ||
        (Kind == ScalarKind.Plain && (Value == "~" || Value == "null" || Value == "Null" || Value == "NULL"));

    public override string ToString() => Value;

    /// <summary>
    /// Where the characters <paramref name="at"/> to <paramref name="at"/> + <paramref name="length"/> of the value stand in
    /// the source: exact when the reader kept each character's offset (Markdown), when the source holds the value verbatim,
    /// or when the value is the source with only its white space changed (a YAML block or multi-line scalar); else the
    /// whole value.
    /// </summary>
    public SourceSpan Locate(LineMap lines, int at, int length)
    {
        if (at < 0 || length <= 0 || at + length > Value.Length)
        {
            return Span;
        }

        var span = ValueSpan;
        if (_sourceOffsets == null && span.Length == Value.Length && string.CompareOrdinal(lines.Text, span.Start, Value, 0, Value.Length) == 0)
        {
            return lines.Span(span.Start + at, span.Start + at + length);
        }

        var offsets = _sourceOffsets ?? SourceText.Align(lines.Text, span.Start, span.End, Value);
        if (offsets == null)
        {
            return Span;
        }

        var first = at;
        while (first < at + length && offsets[first] < 0)
        {
            first++;
        }

        var last = at + length - 1;
        while (last >= first && offsets[last] < 0)
        {
            last--;
        }

        return last < first ? Span : lines.Span(offsets[first], offsets[last] + 1);
    }
}
