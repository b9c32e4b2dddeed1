using System.Collections.Generic;
using System.Text;
using PirLint.Text;

namespace PirLint.Documents.Yaml;

/// <summary>
/// Reads the block-style YAML that reviews are written in (mappings, lists, one-line plain and quoted values,
/// one-line flow lists of values, literal and folded block scalars, comments) straight from the text, with the
/// events and offsets YamlDotNet gives the same text. Anything outside that subset (anchors, tags, escapes,
/// multi-line plain or quoted values, block scalars with an indentation indicator or odd blank lines, flow
/// mappings, tabs, odd line breaks, syntax errors) is refused, and YamlDotNet reads the text instead.
/// </summary>
internal sealed class BlockYamlScanner
{
    private const int MaxKeyLength = 1000;

    private readonly string _text;
    private readonly YamlEventList _events;
    private readonly List<Frame> _stack = new();

    /// <summary>Where the line after the one being read starts; a block scalar moves it past its content.</summary>
    private int _nextLine;

    private StringBuilder? _blockValue;

    private BlockYamlScanner(string text, YamlEventList events)
    {
        _text = text;
        _events = events;
    }

    private enum Pending
    {
        None,

        /// <summary>A key with nothing after its colon: the value is the nested block that follows, or empty.</summary>
        Value,

        /// <summary>A dash with nothing after it: the item is the nested block that follows, or empty.</summary>
        Item,
    }

    /// <summary>Fills <paramref name="events"/> (cleared first) with the events of <paramref name="yaml"/>; false when it is not in the subset this scanner reads.</summary>
    public static bool TryScan(string yaml, YamlEventList events)
    {
        events.Clear();
        return HasOnlyPlainCharacters(yaml) && new BlockYamlScanner(yaml, events).Scan();
    }

    private static bool HasOnlyPlainCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    continue;
                }

                return false;
            }

            if ((c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029' || c >= '\uD800')
            {
                return false;
            }
        }

        return true;
    }

    private bool Scan()
    {
        var position = 0;
        var hasContent = false;
        if (_text.StartsWith("---", System.StringComparison.Ordinal))
        {
            if (_text.Length > 3 && _text[3] != '\n' && _text[3] != '\r')
            {
                return false;
            }

            _events.Add(new YamlEvent(YamlEventKind.DocumentStart, 0, 3));
            hasContent = true;
            position = LineBreaks.NextLineStart(_text, 3);
        }

        while (position < _text.Length)
        {
            var lineStart = position;
            var lineEnd = LineBreaks.LineEnd(_text, lineStart);
            position = LineBreaks.NextLineStart(_text, lineEnd);
            _nextLine = position;
            var contentStart = lineStart;
            while (contentStart < lineEnd && _text[contentStart] == ' ')
            {
                contentStart++;
            }

            if (contentStart == lineEnd || _text[contentStart] == '#')
            {
                continue;
            }

            if (contentStart == lineStart && (StartsWith(lineStart, lineEnd, "---") || StartsWith(lineStart, lineEnd, "...")))
            {
                return false;
            }

            if (!hasContent)
            {
                _events.Add(new YamlEvent(YamlEventKind.DocumentStart, contentStart, contentStart));
                hasContent = true;
            }

            if (!ReadLine(lineStart, contentStart, lineEnd))
            {
                return false;
            }

            position = _nextLine;
        }

        if (_stack.Count == 0)
        {
            return false;
        }

        CloseAbove(-1, isKey: false, _text.Length);
        return true;
    }

    private bool ReadLine(int lineStart, int contentStart, int lineEnd)
    {
        var column = contentStart - lineStart;
        var isDash = IsDash(contentStart, lineEnd);
        var colon = isDash ? -1 : KeyColon(contentStart, lineEnd);
        if (!isDash && colon < 0)
        {
            return false;
        }

        CloseAbove(column, isKey: !isDash, contentStart);
        if (_stack.Count == 0)
        {
            if (isDash || _events.Count > 1)
            {
                return false;
            }

            Open(isMapping: true, column, indentless: false, contentStart, contentStart);
            return ReadKey(lineStart, contentStart, colon, lineEnd);
        }

        var top = _stack[_stack.Count - 1];
        if (isDash)
        {
            if (!top.IsMapping && top.Column == column)
            {
                FillPendingWithEmpty(top);
            }
            else if (top.IsMapping && top.Column == column && top.Pending == Pending.Value)
            {
                top.Pending = Pending.None;
                Open(isMapping: false, column, indentless: true, contentStart, contentStart + 1);
            }
            else if (top.Pending != Pending.None && column > top.Column)
            {
                top.Pending = Pending.None;
                Open(isMapping: false, column, indentless: false, contentStart, contentStart);
            }
            else
            {
                return false;
            }

            return ReadDash(lineStart, contentStart, lineEnd);
        }

        if (top.IsMapping && top.Column == column)
        {
            FillPendingWithEmpty(top);
        }
        else if (top.Pending != Pending.None && column > top.Column)
        {
            top.Pending = Pending.None;
            Open(isMapping: true, column, indentless: false, contentStart, contentStart);
        }
        else
        {
            return false;
        }

        return ReadKey(lineStart, contentStart, colon, lineEnd);
    }

    /// <summary>Ends the collections a line at <paramref name="column"/> closes (all of them for -1), as YamlDotNet does at <paramref name="at"/>.</summary>
    private void CloseAbove(int column, bool isKey, int at)
    {
        while (_stack.Count > 0)
        {
            var top = _stack[_stack.Count - 1];
            var endsIndentless = isKey && !top.IsMapping && top.Indentless && top.Column == column;
            if (top.Column <= column && !endsIndentless)
            {
                return;
            }

            FillPendingWithEmpty(top);
            _stack.RemoveAt(_stack.Count - 1);
            _events.Add(new YamlEvent(YamlEventKind.CollectionEnd, at, at));
        }
    }

    private void FillPendingWithEmpty(Frame frame)
    {
        if (frame.Pending != Pending.None)
        {
            _events.Add(new YamlEvent(YamlEventKind.Scalar, frame.PendingAt, frame.PendingAt, string.Empty));
            frame.Pending = Pending.None;
        }
    }

    private void Open(bool isMapping, int column, bool indentless, int start, int end)
    {
        _events.Add(new YamlEvent(isMapping ? YamlEventKind.MappingStart : YamlEventKind.SequenceStart, start, end));
        _stack.Add(new Frame(isMapping, column, indentless));
    }

    private bool ReadKey(int lineStart, int keyStart, int colon, int lineEnd)
    {
        var keyEnd = colon;
        while (_text[keyEnd - 1] == ' ')
        {
            keyEnd--;
        }

        _events.Add(new YamlEvent(YamlEventKind.Scalar, keyStart, keyEnd, StringCache.Substring(_text, keyStart, keyEnd - keyStart)));
        var valueStart = SkipSpaces(colon + 1, lineEnd);
        if (valueStart == lineEnd || _text[valueStart] == '#')
        {
            var frame = _stack[_stack.Count - 1];
            frame.Pending = Pending.Value;
            frame.PendingAt = colon + 1;
            return true;
        }

        if (IsBlockScalarIndicator(_text[valueStart]))
        {
            return ReadBlockScalar(valueStart, lineEnd, keyStart - lineStart);
        }

        return ReadValue(valueStart, lineEnd) && NextLineIsNotDeeper(lineEnd, keyStart - lineStart);
    }

    private bool ReadDash(int lineStart, int dash, int lineEnd)
    {
        var itemStart = SkipSpaces(dash + 1, lineEnd);
        if (itemStart == lineEnd || _text[itemStart] == '#')
        {
            var frame = _stack[_stack.Count - 1];
            frame.Pending = Pending.Item;
            frame.PendingAt = dash + 1;
            return true;
        }

        if (IsDash(itemStart, lineEnd))
        {
            return false;
        }

        var colon = KeyColon(itemStart, lineEnd);
        if (colon >= 0)
        {
            Open(isMapping: true, itemStart - lineStart, indentless: false, itemStart, itemStart);
            return ReadKey(lineStart, itemStart, colon, lineEnd);
        }

        if (IsBlockScalarIndicator(_text[itemStart]))
        {
            return ReadBlockScalar(itemStart, lineEnd, dash - lineStart);
        }

        return ReadValue(itemStart, lineEnd) && NextLineIsNotDeeper(lineEnd, dash - lineStart);
    }

    /// <summary>A value on the rest of a line: a plain or quoted scalar, or a flow list of them; then only a comment.</summary>
    private bool ReadValue(int start, int lineEnd)
    {
        int end;
        switch (_text[start])
        {
            case '"':
            case '\'':
                end = ReadQuoted(start, lineEnd);
                break;
            case '[':
                end = ReadFlowSequence(start, lineEnd);
                break;
            default:
                end = ReadPlain(start, lineEnd, inFlow: false);
                break;
        }

        return end >= 0 && OnlyCommentAfter(end, lineEnd);
    }

    /// <summary>
    /// Reads a literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar whose header starts at <paramref name="start"/>
    /// and whose key or dash sits at <paramref name="ownerColumn"/>, as YamlDotNet does (YAML 1.2, 8.1): the
    /// indentation is that of the first line with content; lines are kept (literal) or folded (folded) and the final
    /// line breaks chomped (clip, <c>-</c> strip, <c>+</c> keep). The scalar ends, as YamlDotNet's does, after the
    /// last line break before the first less indented line with content. Refused: an indentation indicator,
    /// anything but a comment after the header, blank lines with spaces before the first content line.
    /// </summary>
    private bool ReadBlockScalar(int start, int lineEnd, int ownerColumn)
    {
        var literal = _text[start] == '|';
        var chomping = start + 1 < lineEnd ? _text[start + 1] : ' ';
        var afterHeader = chomping == '-' || chomping == '+' ? start + 2 : start + 1;
        if (!OnlyCommentAfter(afterHeader, lineEnd))
        {
            return false;
        }

        // Leading empty lines are kept as line breaks; one with spaces is refused (YamlDotNet rejects some of them).
        var position = LineBreaks.NextLineStart(_text, lineEnd);
        var end = position;
        var breaks = 0;
        while (position < _text.Length && LineBreaks.LineEnd(_text, position) == position)
        {
            breaks++;
            position = LineBreaks.NextLineStart(_text, position);
            end = position;
        }

        var firstEnd = LineBreaks.LineEnd(_text, position);
        var indent = SkipSpaces(position, firstEnd) - position;
        if (position < _text.Length && position + indent == firstEnd)
        {
            return false;
        }

        var value = _blockValue ??= new StringBuilder();
        value.Clear();
        var pendingBreak = false; // the line break after the last line with content, not yet written
        var previousMoreIndented = false;
        if (indent > ownerColumn)
        {
            // Each pass reads one line with content at the scalar's indentation or deeper, then the blank lines after it.
            while (position < _text.Length)
            {
                var contentStart = position + indent;
                var contentEnd = LineBreaks.LineEnd(_text, position);
                if (contentStart >= contentEnd || SkipSpaces(position, contentStart) != contentStart)
                {
                    break;
                }

                // Folding joins two lines, neither more indented, with a space, or with only the empty lines between them.
                var moreIndented = _text[contentStart] == ' ';
                var folds = !literal && pendingBreak && !previousMoreIndented && !moreIndented;
                if (folds && breaks == 0)
                {
                    value.Append(' ');
                }
                else if (!folds && pendingBreak)
                {
                    value.Append('\n');
                }

                value.Append('\n', breaks).Append(_text, contentStart, contentEnd - contentStart);
                breaks = 0;
                previousMoreIndented = moreIndented;
                pendingBreak = contentEnd < _text.Length;
                position = LineBreaks.NextLineStart(_text, contentEnd);
                end = position;
                while (position < _text.Length && IsBlankUpTo(position, indent))
                {
                    breaks++;
                    position = LineBreaks.NextLineStart(_text, LineBreaks.LineEnd(_text, position));
                    end = position;
                }
            }
        }

        if (pendingBreak && chomping != '-')
        {
            value.Append('\n');
        }

        if (chomping == '+')
        {
            value.Append('\n', breaks);
        }

        _events.Add(new YamlEvent(YamlEventKind.Scalar, start, end, value.ToString(), quoted: true));
        _nextLine = end;
        return NextContentIsNotDeeper(end, ownerColumn);
    }

    /// <summary>A line with at most <paramref name="indent"/> spaces and nothing else, ended by a line break.</summary>
    private bool IsBlankUpTo(int lineStart, int indent)
    {
        var lineEnd = LineBreaks.LineEnd(_text, lineStart);
        return lineEnd < _text.Length && SkipSpaces(lineStart, lineEnd) == lineEnd && lineEnd - lineStart <= indent;
    }

    /// <summary>Reads a quoted scalar closed on its line, without escapes; the offset after it, or -1.</summary>
    private int ReadQuoted(int start, int lineEnd)
    {
        var quote = _text[start];
        var doubled = false;
        for (var i = start + 1; i < lineEnd; i++)
        {
            var c = _text[i];
            if (quote == '"' && c == '\\')
            {
                return -1;
            }

            if (c != quote)
            {
                continue;
            }

            if (quote == '\'' && i + 1 < lineEnd && _text[i + 1] == '\'')
            {
                doubled = true;
                i++;
                continue;
            }

            var value = StringCache.Substring(_text, start + 1, i - start - 1);
            if (doubled)
            {
                value = value.Replace("''", "'");
            }

            _events.Add(new YamlEvent(YamlEventKind.Scalar, start, i + 1, value, quoted: true, inQuotes: true));
            return i + 1;
        }

        return -1;
    }

    /// <summary>Reads a plain scalar up to a comment, the line's end or (in a flow list) a comma or bracket; the offset after it, or -1.</summary>
    private int ReadPlain(int start, int lineEnd, bool inFlow)
    {
        if (IsIndicator(_text[start]))
        {
            return -1;
        }

        var end = start;
        for (var i = start; i < lineEnd; i++)
        {
            var c = _text[i];
            if (c == ' ')
            {
                if (i + 1 < lineEnd && _text[i + 1] == '#')
                {
                    break;
                }

                continue;
            }

            if (inFlow && (c == ',' || c == ']'))
            {
                break;
            }

            if ((c == ':' && (i + 1 == lineEnd || _text[i + 1] == ' ' || inFlow)) || (inFlow && (c == '[' || c == '{' || c == '}' || c == '#')))
            {
                return -1;
            }

            end = i + 1;
        }

        _events.Add(new YamlEvent(YamlEventKind.Scalar, start, end, StringCache.Substring(_text, start, end - start)));
        return end;
    }

    /// <summary>Reads a flow list of scalars closed on its line; the offset after its bracket, or -1.</summary>
    private int ReadFlowSequence(int start, int lineEnd)
    {
        _events.Add(new YamlEvent(YamlEventKind.SequenceStart, start, start));
        var i = SkipSpaces(start + 1, lineEnd);
        if (i < lineEnd && _text[i] == ']')
        {
            _events.Add(new YamlEvent(YamlEventKind.CollectionEnd, i, i));
            return i + 1;
        }

        while (i < lineEnd)
        {
            var c = _text[i];
            var end = c == '"' || c == '\'' ? ReadQuoted(i, lineEnd) : ReadPlain(i, lineEnd, inFlow: true);
            if (end < 0)
            {
                return -1;
            }

            i = SkipSpaces(end, lineEnd);
            if (i == lineEnd)
            {
                return -1;
            }

            if (_text[i] == ']')
            {
                _events.Add(new YamlEvent(YamlEventKind.CollectionEnd, i, i));
                return i + 1;
            }

            if (_text[i] != ',')
            {
                return -1;
            }

            i = SkipSpaces(i + 1, lineEnd);
            if (i == lineEnd || _text[i] == ']' || _text[i] == ',')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The colon of a <c>key:</c> entry starting at <paramref name="start"/>, or -1 when the line is not one this scanner reads.</summary>
    private int KeyColon(int start, int lineEnd)
    {
        if (!IsKeyStart(_text[start]))
        {
            return -1;
        }

        var limit = System.Math.Min(lineEnd, start + MaxKeyLength);
        for (var i = start + 1; i < limit; i++)
        {
            var c = _text[i];
            if (c == ':')
            {
                return i + 1 == lineEnd || _text[i + 1] == ' ' ? i : -1;
            }

            if (!IsKeyPart(c))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>After a value, the next line with content must not be indented past its key or dash: that would continue the value.</summary>
    private bool NextLineIsNotDeeper(int lineEnd, int ownerColumn) => NextContentIsNotDeeper(LineBreaks.NextLineStart(_text, lineEnd), ownerColumn);

    /// <summary>The first line with content from <paramref name="position"/> (a line start) on is not indented past <paramref name="ownerColumn"/>.</summary>
    private bool NextContentIsNotDeeper(int position, int ownerColumn)
    {
        while (position < _text.Length)
        {
            var end = LineBreaks.LineEnd(_text, position);
            var content = SkipSpaces(position, end);
            if (content < end && _text[content] != '#')
            {
                return content - position <= ownerColumn;
            }

            position = LineBreaks.NextLineStart(_text, end);
        }

        return true;
    }

    private bool OnlyCommentAfter(int position, int lineEnd)
    {
        var next = SkipSpaces(position, lineEnd);
        return next == lineEnd || (_text[next] == '#' && next > position);
    }

    private bool IsDash(int position, int lineEnd) =>
        _text[position] == '-' && (position + 1 == lineEnd || _text[position + 1] == ' ');

    private bool StartsWith(int start, int end, string prefix) =>
        end - start >= prefix.Length && string.CompareOrdinal(_text, start, prefix, 0, prefix.Length) == 0;

    private int SkipSpaces(int position, int end)
    {
        while (position < end && _text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private static bool IsBlockScalarIndicator(char c) => c == '|' || c == '>';

    private static bool IsIndicator(char c) =>
        c == '-' || c == '?' || c == ':' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '#' ||
        c == '&' || c == '*' || c == '!' || c == '|' || c == '>' || c == '\'' || c == '"' || c == '%' || c == '@' || c == '`';

    private static bool IsKeyStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';

    private static bool IsKeyPart(char c) => IsKeyStart(c) || c == '-' || c == '.' || c == ' ' || c == '/';

    private sealed class Frame
    {
        public Frame(bool isMapping, int column, bool indentless)
        {
            IsMapping = isMapping;
            Column = column;
            Indentless = indentless;
        }

        public bool IsMapping { get; }

        /// <summary>The column of a mapping's keys or a list's dashes.</summary>
        public int Column { get; }

        /// <summary>A list whose dashes sit at the column of the key that holds it.</summary>
        public bool Indentless { get; }

        public Pending Pending { get; set; }

        /// <summary>Where the empty value of a pending key or dash is, when nothing nested follows: after its colon or dash.</summary>
        public int PendingAt { get; set; }
    }
}
