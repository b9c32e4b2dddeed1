using System.Collections.Generic;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>
/// Reads the plain Markdown that review bodies are written in (<c>#</c> headings; lists of <c>-</c>/<c>*</c>/<c>+</c>
/// bullets or of numbers with <c>.</c> or <c>)</c>, with items nested under items and blank lines between items, each
/// item one paragraph of ordinary lines, wrapped or lazy; pipe tables with a leading and trailing pipe on every line and
/// code spans without pipes; one-line HTML comments; paragraphs of ordinary lines) without Markdig, giving the blocks
/// Markdig gives the same text. Anything else (other indentation, quotes, code blocks, other HTML, items of more than
/// one paragraph, tables without outer pipes or with escapes, setext headings, thematic breaks, tabs) returns false,
/// and Markdig reads the text instead.
/// </summary>
internal sealed class MarkdownBlockScanner
{
    private const int MaxInlineDelimiters = 1000;

    /// <summary>How deep list items may nest (the top-level item is depth 0); deeper lists are left to Markdig.</summary>
    private const int MaxNesting = 16;

    private readonly string _text;
    private readonly List<MarkdownBlock> _blocks;
    private int _inlineDelimiters;
    private MarkdownBlockKind? _open;
    private int _openStart;
    private int _openEnd;
    private int _tableCells;
    private char _listMarker;
    private bool _blankInList;
    private List<MarkdownListItem>? _items;

    /// <summary>The texts of the list's last top-level item, which its nested items add to.</summary>
    private List<MarkdownText>? _itemTexts;

    /// <summary>The lines of the last of those texts, which continuation lines add to.</summary>
    private List<MarkdownLine>? _textLines;

    /// <summary>The marker column of the open item at each depth of the list's last top-level item (depth 0 is column 0).</summary>
    private readonly List<int> _markerColumns = new();

    /// <summary>The content column of the open item at each depth, beside <see cref="_markerColumns"/>.</summary>
    private readonly List<int> _contentColumns = new();

    /// <summary>The marker of the open item at each depth, beside <see cref="_markerColumns"/>.</summary>
    private readonly List<char> _markers = new();

    private MarkdownBlockScanner(string text, List<MarkdownBlock> blocks)
    {
        _text = text;
        _blocks = blocks;
    }

    /// <summary>Fills <paramref name="blocks"/> with the blocks of the body from <paramref name="bodyStart"/>; false when the body is not in this scanner's subset.</summary>
    public static bool TryScan(string text, int bodyStart, List<MarkdownBlock> blocks)
    {
        blocks.Clear();
        return new MarkdownBlockScanner(text, blocks).Scan(bodyStart);
    }

    private bool Scan(int position)
    {
        while (position < _text.Length)
        {
            var lineStart = position;
            var lineEnd = LineBreaks.LineEnd(_text, lineStart);
            position = LineBreaks.NextLineStart(_text, lineEnd);
            if (!ReadLine(lineStart, lineEnd, position))
            {
                return false;
            }
        }

        Close();
        return true;
    }

    private bool ReadLine(int lineStart, int lineEnd, int next)
    {
        for (var i = lineStart; i < lineEnd; i++)
        {
            // Tabs, control characters and white space other than the space (NEL, NBSP, line separators) are read
            // differently by different parts of Markdown; Markdig decides those lines.
            var c = _text[i];
            if (c < ' ' || (c > '~' && char.IsWhiteSpace(c)))
            {
                return false;
            }

            // Markdig gives up on thousands of nested links and emphases (its depth limit); such a body is left to it.
            if ((c == '[' || c == '*' || c == '_') && ++_inlineDelimiters > MaxInlineDelimiters)
            {
                return false;
            }
        }

        if (IsBlank(lineStart, lineEnd))
        {
            if (_open == MarkdownBlockKind.List)
            {
                _blankInList = true;
            }
            else
            {
                Close();
            }

            return true;
        }

        var first = _text[lineStart];
        if (first == ' ')
        {
            return _open == MarkdownBlockKind.List && ReadNestedItem(lineStart, lineEnd);
        }

        // After a blank line a list goes on only with an item of its own marker (a loose list); anything else ends it.
        var markerWidth = MarkerWidth(lineStart, lineEnd);
        if (_open == MarkdownBlockKind.List && _blankInList && !(markerWidth > 0 && ListMarker(lineStart, markerWidth) == _listMarker))
        {
            Close();
        }

        if (first == '#')
        {
            return ReadHeading(lineStart, lineEnd);
        }

        if (IsHtmlCommentStart(lineStart, lineEnd))
        {
            return ReadHtmlComment(lineStart, lineEnd);
        }

        if (markerWidth > 0)
        {
            return ReadListItem(lineStart, lineEnd, markerWidth);
        }

        if (first == '|')
        {
            return ReadTableLine(lineStart, lineEnd, next);
        }

        return ReadParagraphLine(lineStart, lineEnd);
    }

    private bool ReadHeading(int lineStart, int lineEnd)
    {
        var level = 0;
        while (lineStart + level < lineEnd && _text[lineStart + level] == '#')
        {
            level++;
        }

        if (level > 6 || (lineStart + level < lineEnd && _text[lineStart + level] != ' '))
        {
            return false;
        }

        Close();
        _blocks.Add(new MarkdownBlock(MarkdownBlockKind.Heading, lineStart, -1, level));
        return true;
    }

    /// <summary>A top-level item: a bullet, or a number (any, in a list that starts here) and <c>.</c> or <c>)</c>.</summary>
    private bool ReadListItem(int lineStart, int lineEnd, int markerWidth)
    {
        var marker = ListMarker(lineStart, markerWidth);
        var content = lineStart + markerWidth + 1;
        if (content >= lineEnd || _text[content] == ' ' || StartsSpecially(content, lineEnd) || IsThematicBreak(lineStart, lineEnd))
        {
            return false;
        }

        if (_open == MarkdownBlockKind.List)
        {
            if (marker != _listMarker)
            {
                return false;
            }
        }
        else if (_open != null)
        {
            return false;
        }
        else
        {
            _open = MarkdownBlockKind.List;
            _openStart = lineStart;
            _listMarker = marker;
            _items = new List<MarkdownListItem>();
        }

        var end = MarkdownBlock.TrimEnd(_text, content, lineEnd);
        _textLines = new List<MarkdownLine> { new(content, end) };
        _itemTexts = new List<MarkdownText> { new(_textLines) };
        _items!.Add(new MarkdownListItem(lineStart, _itemTexts));
        _markerColumns.Clear();
        _contentColumns.Clear();
        _markers.Clear();
        _markerColumns.Add(0);
        _contentColumns.Add(markerWidth + 1);
        _markers.Add(marker);
        _openEnd = end;
        _blankInList = false;
        return true;
    }

    /// <summary>
    /// An indented item in an open list: a sibling of the nested item at its own column, or the first item of a list
    /// nested in the deepest open item whose content it is indented to (a numbered one must start at 1). Its text joins
    /// its top-level item's. Any other indented line is a continuation line.
    /// </summary>
    private bool ReadNestedItem(int lineStart, int lineEnd)
    {
        var markerStart = lineStart;
        while (markerStart < lineEnd && _text[markerStart] == ' ')
        {
            markerStart++;
        }

        var markerWidth = MarkerWidth(markerStart, lineEnd);
        if (markerWidth == 0)
        {
            return !_blankInList && ReadContinuation(markerStart, lineEnd);
        }

        var column = markerStart - lineStart;
        var content = markerStart + markerWidth + 1;
        if (content >= lineEnd || _text[content] == ' ' || StartsSpecially(content, lineEnd) || IsThematicBreak(markerStart, lineEnd))
        {
            return false;
        }

        // The deepest open item whose content column the line reaches holds the new item.
        var parent = _contentColumns.Count - 1;
        while (parent >= 0 && column < _contentColumns[parent])
        {
            parent--;
        }

        if (parent < 0)
        {
            return false;
        }

        var marker = ListMarker(markerStart, markerWidth);

        if (parent < _markerColumns.Count - 1)
        {
            // A sibling of the open item one level deeper: same column and marker, else Markdig decides.
            if (column != _markerColumns[parent + 1] || marker != _markers[parent + 1])
            {
                return false;
            }

            _markerColumns.RemoveRange(parent + 2, _markerColumns.Count - parent - 2);
            _contentColumns.RemoveRange(parent + 2, _contentColumns.Count - parent - 2);
            _markers.RemoveRange(parent + 2, _markers.Count - parent - 2);
            _contentColumns[parent + 1] = column + markerWidth + 1;
        }
        else
        {
            // A new nested list: up to 2 spaces past the parent's content column. 4 would be indented code, and Markdig
            // reads 3 under an item indented 1 past its own parent as a continuation line. Only a list numbered from 1
            // may interrupt the parent's paragraph.
            if (column - _contentColumns[parent] > 2 || _markerColumns.Count > MaxNesting ||
                (markerWidth > 1 && (markerWidth != 2 || _text[markerStart] != '1')))
            {
                return false;
            }

            _markerColumns.Add(column);
            _contentColumns.Add(column + markerWidth + 1);
            _markers.Add(marker);
        }

        var end = MarkdownBlock.TrimEnd(_text, content, lineEnd);
        _textLines = new List<MarkdownLine> { new(content, end) };
        _itemTexts!.Add(new MarkdownText(_textLines));
        _openEnd = end;
        _blankInList = false;
        return true;
    }

    /// <summary>
    /// A line of plain text right after an item's line, indented or not (a lazy line): it goes on with the paragraph of
    /// the list's last item, nested or not. Pipes anywhere in that paragraph leave it to Markdig (a table could start).
    /// </summary>
    private bool ReadContinuation(int start, int lineEnd)
    {
        var first = _textLines![0];
        if (StartsSpecially(start, lineEnd) || _text.IndexOf('|', start, lineEnd - start) >= 0 ||
            _text.IndexOf('|', first.Start, first.End - first.Start) >= 0)
        {
            return false;
        }

        var end = MarkdownBlock.TrimEnd(_text, start, lineEnd);
        _textLines.Add(new MarkdownLine(start, end));
        _openEnd = end;
        return true;
    }

    /// <summary>A comment on one line, at the start of the line: an HTML block of that line whatever comes after the <c>--&gt;</c>.</summary>
    private bool ReadHtmlComment(int lineStart, int lineEnd)
    {
        if (_text.IndexOf("-->", lineStart + 4, lineEnd - lineStart - 4, System.StringComparison.Ordinal) < 0)
        {
            return false;
        }

        Close();
        _blocks.Add(new MarkdownBlock(MarkdownBlockKind.Html, lineStart, MarkdownBlock.TrimEnd(_text, lineStart, lineEnd)));
        return true;
    }

    /// <summary>A table's header (when its delimiter row follows) or one of its rows, the delimiter row first.</summary>
    private bool ReadTableLine(int lineStart, int lineEnd, int next)
    {
        var cells = CountCells(lineStart, lineEnd);
        if (cells < 0)
        {
            return false;
        }

        if (_open == MarkdownBlockKind.Table)
        {
            if (cells != _tableCells)
            {
                return false;
            }

            _openEnd = MarkdownBlock.TrimEnd(_text, lineStart, lineEnd);
            return true;
        }

        if (_open != null || next >= _text.Length)
        {
            return false;
        }

        if (!IsDelimiterRow(next, LineBreaks.LineEnd(_text, next), cells))
        {
            return false;
        }

        _open = MarkdownBlockKind.Table;
        _openStart = lineStart;
        _openEnd = MarkdownBlock.TrimEnd(_text, lineStart, lineEnd);
        _tableCells = cells;
        return true;
    }

    private bool ReadParagraphLine(int lineStart, int lineEnd)
    {
        if (StartsSpecially(lineStart, lineEnd) || _text.IndexOf('|', lineStart, lineEnd - lineStart) >= 0)
        {
            return false;
        }

        if (_open == MarkdownBlockKind.Paragraph)
        {
            _openEnd = MarkdownBlock.TrimEnd(_text, lineStart, lineEnd);
            return true;
        }

        if (_open == MarkdownBlockKind.List)
        {
            return ReadContinuation(lineStart, lineEnd);
        }

        if (_open != null)
        {
            return false;
        }

        _open = MarkdownBlockKind.Paragraph;
        _openStart = lineStart;
        _openEnd = MarkdownBlock.TrimEnd(_text, lineStart, lineEnd);
        return true;
    }

    private void Close()
    {
        switch (_open)
        {
            case MarkdownBlockKind.List:
                _blocks.Add(new MarkdownBlock(MarkdownBlockKind.List, _openStart, _openEnd, items: _items));
                break;
            case MarkdownBlockKind.Table:
            case MarkdownBlockKind.Paragraph:
                _blocks.Add(new MarkdownBlock(_open.Value, _openStart, _openEnd));
                break;
        }

        _open = null;
        _items = null;
        _itemTexts = null;
        _textLines = null;
        _blankInList = false;
    }

    private bool IsHtmlCommentStart(int lineStart, int lineEnd) =>
        lineEnd - lineStart >= 4 && string.CompareOrdinal(_text, lineStart, "<!--", 0, 4) == 0;

    /// <summary>
    /// The width of the list item marker at <paramref name="start"/> when a space follows it: 1 for a bullet (<c>-</c>,
    /// <c>*</c>, <c>+</c>), up to 4 for a number of 1 to 3 digits and <c>.</c> or <c>)</c>; 0 when there is none.
    /// </summary>
    private int MarkerWidth(int start, int end)
    {
        var width = 0;
        if (_text[start] is '-' or '*' or '+')
        {
            width = 1;
        }
        else
        {
            var digits = 0;
            while (start + digits < end && digits < 4 && _text[start + digits] >= '0' && _text[start + digits] <= '9')
            {
                digits++;
            }

            if (digits is >= 1 and <= 3 && start + digits < end && _text[start + digits] is '.' or ')')
            {
                width = digits + 1;
            }
        }

        return width > 0 && start + width < end && _text[start + width] == ' ' ? width : 0;
    }

    /// <summary>What an item shares with the items before it in its list: its bullet, or the <c>.</c> or <c>)</c> after its number.</summary>
    private char ListMarker(int start, int markerWidth) => _text[start + markerWidth - 1];

    private bool IsThematicBreak(int lineStart, int lineEnd)
    {
        var marker = _text[lineStart];
        var count = 0;
        for (var i = lineStart; i < lineEnd; i++)
        {
            if (_text[i] == marker)
            {
                count++;
            }
            else if (_text[i] != ' ')
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>A line (or item text) that Markdown could read as something other than plain text: left to Markdig.</summary>
    private bool StartsSpecially(int start, int end)
    {
        var c = _text[start];
        if (c is '#' or '-' or '*' or '+' or '>' or '<' or '|' or '`' or '~' or '=' or '_' or '[' or '\\' or '!' or ' ')
        {
            return true;
        }

        if (c >= '0' && c <= '9')
        {
            var i = start;
            while (i < end && _text[i] >= '0' && _text[i] <= '9')
            {
                i++;
            }

            return i < end && (_text[i] == '.' || _text[i] == ')');
        }

        return false;
    }

    /// <summary>
    /// The cells of a table line that starts and ends with a pipe, has no escape, and whose code spans are single
    /// backticks that pair up with no pipe between them; -1 for any other.
    /// </summary>
    private int CountCells(int lineStart, int lineEnd)
    {
        var end = MarkdownBlock.TrimEnd(_text, lineStart, lineEnd);
        if (end - lineStart < 2 || _text[end - 1] != '|')
        {
            return -1;
        }

        var pipes = 0;
        var inCode = false;
        for (var i = lineStart; i < end; i++)
        {
            var c = _text[i];
            if (c == '\\' || (c == '`' && _text[i + 1] == '`') || (c == '|' && inCode))
            {
                return -1;
            }

            if (c == '`')
            {
                inCode = !inCode;
            }
            else if (c == '|')
            {
                pipes++;
            }
        }

        return inCode ? -1 : pipes - 1;
    }

    private bool IsDelimiterRow(int start, int end, int cells)
    {
        if (CountCells(start, end) != cells)
        {
            return false;
        }

        var trimmed = MarkdownBlock.TrimEnd(_text, start, end);
        var cellStart = start + 1;
        for (var i = start + 1; i < trimmed; i++)
        {
            if (_text[i] != '|')
            {
                continue;
            }

            if (!IsDelimiterCell(cellStart, i))
            {
                return false;
            }

            cellStart = i + 1;
        }

        return true;
    }

    private bool IsDelimiterCell(int start, int end)
    {
        while (start < end && _text[start] == ' ')
        {
            start++;
        }

        while (end > start && _text[end - 1] == ' ')
        {
            end--;
        }

        if (start < end && _text[start] == ':')
        {
            start++;
        }

        if (end > start && _text[end - 1] == ':')
        {
            end--;
        }

        if (start == end)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (_text[i] != '-')
            {
                return false;
            }
        }

        return true;
    }

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
