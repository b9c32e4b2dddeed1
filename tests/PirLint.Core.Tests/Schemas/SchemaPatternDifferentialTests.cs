using System;
using System.Text;
using System.Text.RegularExpressions;
using PirLint.Schema;

namespace PirLint.Tests.Schemas;

/// <summary>
/// Random patterns against .NET's Regex: every pattern the subset parser accepts must be a valid .NET regex and match
/// exactly the same strings. Fixed seeds, so a failure repeats.
/// </summary>
public class SchemaPatternDifferentialTests
{
    private static readonly string[] Literals = { "a", "b", "1", "-", @"\-", @"\.", ".", @"\d", @"\n", "\u0663" };

    private static readonly string[] ClassElements = { "a", "b", "c", "1", "a-c", "0-9", @"\d", @"\n", @"\-", @"\]", ".", "\u0660-\u0669" };

    private static readonly string[] Quantifiers = { "*", "+", "?", "{0}", "{1}", "{2}", "{0,2}", "{1,}", "{2,3}" };

    private static readonly string[] Anchors = { "^", "$", @"\A", @"\z", @"\Z" };

    private static readonly char[] Alphabet = { 'a', 'b', 'c', '1', '\u0663', '-', '\n', '.', 'x' };

    [Fact]
    public void PatternsFromTheSubsetGrammarMatchAsRegexDoes()
    {
        var random = new Random(20260317);
        var accepted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var pattern = Alternation(random, 0);
            accepted += CompareWithRegex(pattern, random, 24) ? 1 : 0;
        }

        // The grammar writes only subset syntax; only a program over the size limit may go to Regex.
        Assert.True(accepted >= 2990, $"only {accepted} of 3000 grammar patterns were taken by the automaton");
    }

    [Fact]
    public void RandomStringsOfMetacharactersAreAcceptedOnlyWhereRegexAgrees()
    {
        // Mostly invalid or out-of-subset patterns: tests the subset decision (what .NET rejects must go to Regex).
        const string Soup = "ab1-()[]{}|*+?^$.\\d,:0239zAZ\n";
        var random = new Random(4711);
        var accepted = 0;
        for (var i = 0; i < 30000; i++)
        {
            var text = new StringBuilder();
            var length = random.Next(1, 9);
            for (var j = 0; j < length; j++)
            {
                text.Append(Soup[random.Next(Soup.Length)]);
            }

            accepted += CompareWithRegex(text.ToString(), random, 8) ? 1 : 0;
        }

        Assert.True(accepted >= 1000, $"only {accepted} random patterns were in the subset: the test checks too little");
    }

    /// <summary>Compares on random strings when the parser accepts the pattern; whether it was accepted.</summary>
    private static bool CompareWithRegex(string pattern, Random random, int strings)
    {
        var tree = PatternParser.TryParse(pattern);
        var automaton = tree != null ? PatternAutomaton.TryBuild(tree) : null;
        if (automaton == null)
        {
            return false;
        }

        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant);
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"the parser accepted {Show(pattern)}, which .NET rejects: {exception.Message}");
        }

        for (var k = 0; k < strings; k++)
        {
            var value = RandomString(random);
            var expected = ReferenceMatch(regex, pattern, value);
            if (automaton.IsMatch(value) != expected)
            {
                Assert.Fail($"{Show(pattern)} on {Show(value)}: Regex says {expected}, the automaton says {!expected}");
            }
        }

        return true;
    }

    private static bool ReferenceMatch(Regex regex, string pattern, string value)
    {
        try
        {
            return regex.IsMatch(value);
        }
        catch (Exception exception)
        {
            throw new InvalidOperationException($"Regex failed on {Show(pattern)} with {Show(value)}: {exception.Message}");
        }
    }

    private static string Alternation(Random random, int depth)
    {
        var branches = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        var text = new StringBuilder();
        for (var i = 0; i < branches; i++)
        {
            if (i > 0)
            {
                text.Append('|');
            }

            var items = random.Next(0, 4);
            for (var j = 0; j < items; j++)
            {
                text.Append(Item(random, depth));
            }
        }

        return text.ToString();
    }

    private static string Item(Random random, int depth)
    {
        var choice = random.Next(10);
        if (choice == 0)
        {
            return Anchors[random.Next(Anchors.Length)];
        }

        string atom;
        if (choice <= 4)
        {
            atom = Literals[random.Next(Literals.Length)];
        }
        else if (choice <= 6)
        {
            atom = CharacterClass(random);
        }
        else if (depth < 3)
        {
            atom = (random.Next(2) == 0 ? "(" : "(?:") + Alternation(random, depth + 1) + ")";
        }
        else
        {
            atom = Literals[random.Next(Literals.Length)];
        }

        if (random.Next(10) < 4)
        {
            // Lazy only on single characters: .NET's interpreter loops until an OverflowException on some lazy
            // loops of a group that can match empty, such as (\n{0,2}(?:$\A^))*? on "\n"; it has no answer to compare.
            var lazy = !atom.StartsWith("(", StringComparison.Ordinal) && random.Next(4) == 0;
            atom += Quantifiers[random.Next(Quantifiers.Length)] + (lazy ? "?" : "");
        }

        return atom;
    }

    private static string CharacterClass(Random random)
    {
        var text = new StringBuilder("[");
        if (random.Next(3) == 0)
        {
            text.Append('^');
        }

        if (random.Next(6) == 0)
        {
            text.Append('-');
        }

        var elements = random.Next(1, 4);
        for (var i = 0; i < elements; i++)
        {
            text.Append(ClassElements[random.Next(ClassElements.Length)]);
        }

        if (random.Next(6) == 0)
        {
            text.Append('-');
        }

        return text.Append(']').ToString();
    }

    private static string RandomString(Random random)
    {
        var chars = new char[random.Next(0, 9)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Show(string text) => "\"" + text.Replace("\n", "\\n") + "\"";
}
