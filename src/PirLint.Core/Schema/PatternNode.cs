using System.Collections.Generic;

namespace PirLint.Schema;

/// <summary>One part of a pattern in the subset that <see cref="PatternParser"/> reads.</summary>
internal abstract class PatternNode
{
}

/// <summary>One character out of a set: a literal, <c>.</c>, <c>\d</c> or a class <c>[...]</c>.</summary>
internal sealed class PatternChar : PatternNode
{
    public PatternChar(PatternCharSet set) => Set = set;

    public PatternCharSet Set { get; }
}

/// <summary><c>^</c> and <c>\A</c> (start), <c>\z</c> (end), <c>$</c> and <c>\Z</c> (end or before a final '\n').</summary>
internal enum PatternAnchorKind
{
    Start,
    End,
    EndOrBeforeFinalNewline,
}

internal sealed class PatternAnchor : PatternNode
{
    public PatternAnchor(PatternAnchorKind kind) => Kind = kind;

    public PatternAnchorKind Kind { get; }

    public bool Holds(string text, int position) =>
        Kind switch
        {
            PatternAnchorKind.Start => position == 0,
            PatternAnchorKind.End => position == text.Length,
            _ => position == text.Length || (position == text.Length - 1 && text[position] == '\n'),
        };
}

/// <summary>Parts one after another; no parts matches the empty string.</summary>
internal sealed class PatternSequence : PatternNode
{
    public PatternSequence(List<PatternNode> items) => Items = items;

    public List<PatternNode> Items { get; }
}

internal sealed class PatternAlternation : PatternNode
{
    public PatternAlternation(List<PatternNode> branches) => Branches = branches;

    public List<PatternNode> Branches { get; }
}

/// <summary>A quantified part; lazy and greedy quantifiers match the same strings, so laziness is not kept.</summary>
internal sealed class PatternRepeat : PatternNode
{
    public const int Unbounded = -1;

    public PatternRepeat(PatternNode body, int min, int max)
    {
        Body = body;
        Min = min;
        Max = max;
    }

    public PatternNode Body { get; }

    public int Min { get; }

    /// <summary>The most repetitions, or <see cref="Unbounded"/>.</summary>
    public int Max { get; }
}

/// <summary>A set of characters: ranges and optionally the Unicode decimal digits (<c>\d</c>), possibly negated.</summary>
internal sealed class PatternCharSet
{
    // Pairs of characters, low then high, one pair a range (a string rather than a list of pairs: no generic
    // instantiation to compile at start-up).
    private string _ranges = string.Empty;

    public bool Negated { get; set; }

    /// <summary>Whether the set holds <c>\d</c>: .NET's <c>\d</c> is Unicode category Nd, which is <see cref="char.IsDigit(char)"/>.</summary>
    public bool Digits { get; set; }

    public static PatternCharSet Single(char c)
    {
        var set = new PatternCharSet();
        set.AddRange(c, c);
        return set;
    }

    /// <summary><c>.</c> without RegexOptions.Singleline: any character but '\n'.</summary>
    public static PatternCharSet AnyButNewline()
    {
        var set = Single('\n');
        set.Negated = true;
        return set;
    }

    public static PatternCharSet Digit() => new() { Digits = true };

    public void AddRange(char low, char high) => _ranges = _ranges + low + high;

    public bool Contains(char c)
    {
        var inSet = Digits && char.IsDigit(c);
        for (var i = 0; i < _ranges.Length && !inSet; i += 2)
        {
            inSet = c >= _ranges[i] && c <= _ranges[i + 1];
        }

        return inSet != Negated;
    }
}
