using System.Collections.Generic;

namespace PirLint.Text;

/// <summary>Maps offsets of a text to 1-based lines and columns, with the line breaks Roslyn's SourceText uses.</summary>
public sealed class LineMap
{
    private static readonly char[] Breaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

    private readonly int[] _lineStarts;

    // The 0-based line of the last lookup: readers ask for offsets in order, so the next one is mostly on it or the
    // next line. Only a hint (any value is checked before use), so threads sharing a map need no lock.
    private int _lastLine;

    public LineMap(string text)
    {
        Text = text;
        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        for (var i = text.IndexOfAny(Breaks); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(Breaks, i + 1) : -1)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
        }

        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based offset where a 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>The 0-based offset where a 1-based line's content ends (before its line break).</summary>
    public int LineEnd(int line)
    {
        line = Clamp(line, 1, _lineStarts.Length);
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > _lineStarts[line - 1] && IsBreak(Text[end - 1]))
        {
            end--;
        }

        return end;
    }

    public int GetLine(int offset)
    {
        offset = Clamp(offset, 0, Text.Length);
        var last = _lastLine;
        if (_lineStarts[last] <= offset)
        {
            if (last + 1 == _lineStarts.Length || offset < _lineStarts[last + 1])
            {
                return last + 1;
            }

            if (last + 2 == _lineStarts.Length || offset < _lineStarts[last + 2])
            {
                _lastLine = last + 1;
                return last + 2;
            }
        }

        var low = 0;
        var high = _lineStarts.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (_lineStarts[mid] <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        _lastLine = low;
        return low + 1;
    }

    public SourceSpan Span(int start, int end)
    {
        start = Clamp(start, 0, Text.Length);
        end = Clamp(end, start, Text.Length);
        var startLine = GetLine(start);
        // Most spans end on the line they start on: no second search for those.
        var endLine = startLine == _lineStarts.Length || end < _lineStarts[startLine] ? startLine : GetLine(end);
        return new SourceSpan(start, end, startLine, start - _lineStarts[startLine - 1] + 1, endLine, end - _lineStarts[endLine - 1] + 1);
    }

    /// <summary>The whole content of a 1-based line, without its line break.</summary>
    public SourceSpan LineSpan(int line) => Span(LineStart(line), LineEnd(line));

    private static bool IsBreak(char c) => c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    private static int Clamp(int value, int min, int max) => value < min ? min : value > max ? max : value;
}
