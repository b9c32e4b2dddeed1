using System.Collections.Generic;

namespace PirLint.Schema;

/// <summary>
/// Reads a pattern written in a small subset of .NET regular expression syntax: literals, escaped punctuation,
/// <c>\d</c> <c>\n</c> <c>\t</c> <c>\r</c>, <c>.</c>, classes <c>[...]</c> (ranges, negation, escapes, <c>\d</c>), groups
/// <c>(...)</c> and <c>(?:...)</c>, <c>|</c>, quantifiers <c>* + ? {n} {n,} {n,m}</c> (also lazy) and the anchors
/// <c>^ $ \A \z \Z</c>. Anything else, and anything .NET would reject or read in a way not certain here, gives null:
/// such a pattern goes to Regex as it is, which then gives .NET's own result or error.
/// </summary>
internal sealed class PatternParser
{
    private const int MaxGroupDepth = 32;
    private const int MaxCount = 100_000;

    private readonly string _text;
    private int _position;
    private int _depth;

    private PatternParser(string text) => _text = text;

    private bool AtEnd => _position >= _text.Length;

    private char Current => _text[_position];

    /// <summary>The pattern's tree, or null when the pattern is not entirely in the subset.</summary>
    public static PatternNode? TryParse(string pattern)
    {
        var parser = new PatternParser(pattern);
        var node = parser.ParseAlternation();
        return node != null && parser.AtEnd ? node : null;
    }

    private PatternNode? ParseAlternation()
    {
        var branches = new List<PatternNode>();
        while (true)
        {
            var branch = ParseSequence();
            if (branch == null)
            {
                return null;
            }

            branches.Add(branch);
            if (AtEnd || Current != '|')
            {
                return branches.Count == 1 ? branches[0] : new PatternAlternation(branches);
            }

            _position++;
        }
    }

    private PatternNode? ParseSequence()
    {
        var items = new List<PatternNode>();
        while (!AtEnd && Current != '|' && Current != ')')
        {
            var group = Current == '(';
            var atom = ParseAtom();
            if (atom == null)
            {
                return null;
            }

            if (!AtEnd && IsQuantifierStart(Current))
            {
                // A quantifier right after an anchor ("^*") is left to Regex; a group holding one, "(^)*", is fine.
                if ((atom is PatternAnchor && !group) || !TryParseQuantifier(out var min, out var max))
                {
                    return null;
                }

                // "a**", "a{2}{3}", "a*??" are errors in .NET (nested quantifier).
                if (!AtEnd && IsQuantifierStart(Current))
                {
                    return null;
                }

                atom = new PatternRepeat(atom, min, max);
            }

            items.Add(atom);
        }

        return items.Count == 1 ? items[0] : new PatternSequence(items);
    }

    private PatternNode? ParseAtom()
    {
        var c = Current;
        _position++;
        switch (c)
        {
            case '(':
                return ParseGroup();
            case '[':
                return ParseClass();
            case '.':
                return new PatternChar(PatternCharSet.AnyButNewline());
            case '^':
                return new PatternAnchor(PatternAnchorKind.Start);
            case '$':
                return new PatternAnchor(PatternAnchorKind.EndOrBeforeFinalNewline);
            case '\\':
                return ParseEscape();
            case '*':
            case '+':
            case '?':
            case '{':
            case '}':
            case ']':
                // A quantifier following nothing is an error in .NET; '{' '}' ']' as literals are left to Regex.
                return null;
            default:
                return new PatternChar(PatternCharSet.Single(c));
        }
    }

    private PatternNode? ParseGroup()
    {
        if (!AtEnd && Current == '?')
        {
            // Only (?:...) is in the subset; named groups, lookarounds and inline options are not.
            if (_position + 1 >= _text.Length || _text[_position + 1] != ':')
            {
                return null;
            }

            _position += 2;
        }

        if (++_depth > MaxGroupDepth)
        {
            return null;
        }

        var inner = ParseAlternation();
        _depth--;
        if (inner == null || AtEnd || Current != ')')
        {
            return null;
        }

        _position++;
        return inner;
    }

    private PatternNode? ParseEscape()
    {
        if (AtEnd)
        {
            return null;
        }

        var c = Current;
        _position++;
        switch (c)
        {
            case 'd':
                return new PatternChar(PatternCharSet.Digit());
            case 'A':
                return new PatternAnchor(PatternAnchorKind.Start);
            case 'z':
                return new PatternAnchor(PatternAnchorKind.End);
            case 'Z':
                return new PatternAnchor(PatternAnchorKind.EndOrBeforeFinalNewline);
            default:
                return EscapedChar(c) is { } literal ? new PatternChar(PatternCharSet.Single(literal)) : null;
        }
    }

    /// <summary>
    /// The character an escape <c>\c</c> stands for: <c>\n \t \r</c>, or ASCII punctuation standing for itself
    /// (.NET reads any non-word character after '\' as itself). Letters, digits and '_' have other meanings: null.
    /// </summary>
    private static char? EscapedChar(char c) =>
        c switch
        {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            _ => c is >= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '^' or '`' or >= '{' and <= '~' ? c : null,
        };

    private PatternNode? ParseClass()
    {
        var set = new PatternCharSet();
        if (!AtEnd && Current == '^')
        {
            set.Negated = true;
            _position++;
        }

        // A ']' first is a literal in .NET, "[]" and "[^]" never close: not in the subset.
        if (AtEnd || Current == ']')
        {
            return null;
        }

        var first = true;
        while (!AtEnd && Current != ']')
        {
            if (!ReadClassElement(set, first))
            {
                return null;
            }

            first = false;
        }

        if (AtEnd)
        {
            return null;
        }

        _position++;
        return new PatternChar(set);
    }

    /// <summary>Reads one character, range or <c>\d</c> of a class into <paramref name="set"/>; false when outside the subset.</summary>
    private bool ReadClassElement(PatternCharSet set, bool first)
    {
        // '[' inside a class starts a subtraction or other forms in .NET.
        if (Current == '[')
        {
            return false;
        }

        if (Current == '-' && !first && !NextIsClassEnd())
        {
            return false;
        }

        if (Current == '\\' && _position + 1 < _text.Length && _text[_position + 1] == 'd')
        {
            _position += 2;
            set.Digits = true;
            return AtEnd || Current != '-' || NextIsClassEnd();
        }

        var plainDash = Current == '-';
        if (!TryReadClassChar(out var low))
        {
            return false;
        }

        if (AtEnd || Current != '-' || NextIsClassEnd())
        {
            set.AddRange(low, low);
            return true;
        }

        // A range low-high; its ends must be single characters (no unescaped '-'), the end not below the start.
        _position++;
        if (plainDash || AtEnd || Current == '[' || Current == '-' || !TryReadClassChar(out var high) || high < low)
        {
            return false;
        }

        set.AddRange(low, high);
        return AtEnd || Current != '-' || NextIsClassEnd();
    }

    /// <summary>Whether the character after the current one closes the class (so a '-' here is a literal).</summary>
    private bool NextIsClassEnd() => _position + 1 < _text.Length && _text[_position + 1] == ']';

    private bool TryReadClassChar(out char c)
    {
        c = Current;
        _position++;
        if (c != '\\')
        {
            return true;
        }

        if (AtEnd || EscapedChar(Current) is not { } escaped)
        {
            return false;
        }

        c = escaped;
        _position++;
        return true;
    }

    private static bool IsQuantifierStart(char c) => c is '*' or '+' or '?' or '{';

    /// <summary>Reads <c>* + ? {n} {n,} {n,m}</c> and an optional lazy '?'; false for a '{' that is not such a quantifier.</summary>
    private bool TryParseQuantifier(out int min, out int max)
    {
        var c = Current;
        _position++;
        min = 0;
        max = PatternRepeat.Unbounded;
        switch (c)
        {
            case '*':
                break;
            case '+':
                min = 1;
                break;
            case '?':
                max = 1;
                break;
            default:
                if (!TryReadCount(out min))
                {
                    return false;
                }

                max = min;
                if (!AtEnd && Current == ',')
                {
                    _position++;
                    max = PatternRepeat.Unbounded;
                    if (!AtEnd && Current != '}' && (!TryReadCount(out max) || max < min))
                    {
                        return false;
                    }
                }

                if (AtEnd || Current != '}')
                {
                    return false;
                }

                _position++;
                break;
        }

        if (!AtEnd && Current == '?')
        {
            _position++;
        }

        return true;
    }

    private bool TryReadCount(out int count)
    {
        count = 0;
        var start = _position;
        while (!AtEnd && Current is >= '0' and <= '9')
        {
            count = count * 10 + (Current - '0');
            _position++;
            if (count > MaxCount)
            {
                return false;
            }
        }

        return _position > start;
    }
}
