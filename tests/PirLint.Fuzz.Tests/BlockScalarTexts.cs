using System;
using System.Text;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// Random short YAML texts built around one block scalar, for the differential test of the block scanner: a literal
/// or folded header (with chomping, and now and then an indentation indicator, a comment or junk after it) under a
/// key or a dash at several depths, lines indented around the scalar's indentation (blank, spaces only, more and
/// less indented, text that looks like keys, dashes and comments), then the end of the text or a line after it.
/// The same <see cref="Random"/> state gives the same text.
/// </summary>
internal static class BlockScalarTexts
{
    /// <summary>What the block scalar is the value of, and the column of its key or dash.</summary>
    private static readonly (string Text, int Column)[] Owners =
    {
        ("a:", 0), ("a:\n  b:", 2), ("a:\n  -", 2), ("a:\n-", 0), ("a:\n  - k:", 4), ("  a:", 2), ("---\na:", 0),
    };

    private static readonly string[] Headers = { "", "", "", "", "-", "-", "+", "+", " # note", "  ", "2-", "#c", " x", "\t" };

    private static readonly string[] Words = { "word", "two words", "# hash", "- dash", "k: v", "trailing  ", "x", "'q'", "\"dq\"", "[a]", "東京", "end." };

    private static readonly string[] Tails = { "", "z: 1", "  c: 1", "  - y", "# comment", "  # comment", "...", "---", "   deeper: 1", " odd" };

    /// <summary>One random text, built in <paramref name="text"/> (cleared first).</summary>
    public static string Next(Random random, StringBuilder text)
    {
        text.Clear();
        var (owner, ownerColumn) = Owners[random.Next(Owners.Length)];
        text.Append(owner).Append(' ').Append(random.Next(2) == 0 ? '|' : '>').Append(Headers[random.Next(Headers.Length)]).Append('\n');
        var indent = ownerColumn + 1 + random.Next(3);
        var lines = random.Next(7);
        for (var i = 0; i < lines; i++)
        {
            switch (random.Next(12))
            {
                case 0:
                    break;
                case 1:
                    text.Append(' ', random.Next(indent + 3));
                    break;
                case 2:
                    text.Append(' ', indent + 1 + random.Next(3)).Append(Words[random.Next(Words.Length)]);
                    break;
                case 3:
                    text.Append(' ', Math.Max(0, indent - 1 - random.Next(2))).Append(Words[random.Next(Words.Length)]);
                    break;
                default:
                    text.Append(' ', indent).Append(Words[random.Next(Words.Length)]);
                    break;
            }

            text.Append('\n');
        }

        text.Append(Tails[random.Next(Tails.Length)]);
        if (random.Next(3) != 0)
        {
            text.Append('\n');
        }

        var result = text.ToString();
        return random.Next(6) == 0 ? result.Replace("\n", "\r\n") : result;
    }
}
