namespace PirLint.Text;

/// <summary>A range of a document's text: 0-based offsets (end exclusive) and 1-based lines and columns (end column exclusive).</summary>
public readonly struct SourceSpan : System.IEquatable<SourceSpan>
{
    public SourceSpan(int start, int end, int startLine, int startColumn, int endLine, int endColumn)
    {
        Start = start;
        End = end;
        StartLine = startLine;
        StartColumn = startColumn;
        EndLine = endLine;
        EndColumn = endColumn;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public int StartLine { get; }

    public int StartColumn { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public bool Equals(SourceSpan other) =>
        Start == other.Start && End == other.End && StartLine == other.StartLine &&
        StartColumn == other.StartColumn && EndLine == other.EndLine && EndColumn == other.EndColumn;

    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    public override int GetHashCode() => unchecked((Start * 397) ^ End);

    public override string ToString() => $"({StartLine},{StartColumn},{EndLine},{EndColumn})";
}
