using System;
using System.Collections.Generic;
using System.Text;
using PirLint.LanguageServer.Protocol;

namespace PirLint.LanguageServer;

/// <summary>The position encodings of LSP 3.17 the server speaks: UTF-16 code units (the default) or UTF-8 bytes.</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
}

/// <summary>
/// Converts between offsets in a buffer's text (UTF-16 code units, as the engine's spans count them) and LSP
/// positions: lines split at <c>\n</c>, <c>\r\n</c> and <c>\r</c> as the protocol defines them, characters counted in
/// the negotiated encoding.
/// </summary>
internal sealed class TextPositions
{
    private readonly string _text;
    private readonly int[] _lineStarts;
    private readonly PositionEncoding _encoding;

    public TextPositions(string text, PositionEncoding encoding)
    {
        _text = text;
        _encoding = encoding;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\r')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 0, _lineStarts.Length - 1)];

    /// <summary>The offset where a 0-based line's content ends, before its line break.</summary>
    public int LineEnd(int line)
    {
        line = Math.Clamp(line, 0, _lineStarts.Length - 1);
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        while (end > _lineStarts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public string LineText(int line) => _text.Substring(LineStart(line), LineEnd(line) - LineStart(line));

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LspPosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = LineOf(offset);
        var start = _lineStarts[line];
        var character = _encoding == PositionEncoding.Utf8 ? Encoding.UTF8.GetByteCount(_text.AsSpan(start, offset - start)) : offset - start;
        return new LspPosition(line, character);
    }

    public LspRange RangeOf(int start, int end) => new(PositionOf(start), PositionOf(Math.Max(start, end)));

    /// <summary>The offset of a position; a character past the line's end means its end, a line past the text's end the text's end.</summary>
    public int OffsetOf(int line, int character)
    {
        if (line < 0)
        {
            return 0;
        }

        if (line >= _lineStarts.Length)
        {
            return _text.Length;
        }

        var start = _lineStarts[line];
        var end = LineEnd(line);
        if (character <= 0)
        {
            return start;
        }

        if (_encoding == PositionEncoding.Utf16)
        {
            return Math.Min(start + character, end);
        }

        var bytes = 0;
        for (var i = start; i < end; i++)
        {
            var width = char.IsHighSurrogate(_text[i]) && i + 1 < end ? 4 : _text[i] < 0x80 ? 1 : _text[i] < 0x800 ? 2 : 3;
            if (bytes + width > character)
            {
                return i;
            }

            bytes += width;
            if (width == 4)
            {
                i++;
            }
        }

        return end;
    }
}
