using System;
using System.Collections.Generic;
using PirLint.Text;
using Xunit;

namespace PirLint.Tests.Text;

public class LineMapTests
{
    [Theory]
    [InlineData("", 0, 1)]
    [InlineData("a", 1, 1)]
    [InlineData("a\nb", 1, 1)]
    [InlineData("a\nb", 2, 2)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\r\nb", 3, 2)]
    [InlineData("a\rb\u2028c\u0085d\u2029", 8, 5)]
    [InlineData("a\n", 2, 2)]
    [InlineData("a\n", 99, 2)]
    [InlineData("a\n", -5, 1)]
    public void A_line_is_the_one_the_offset_falls_on(string text, int offset, int line) =>
        Assert.Equal(line, new LineMap(text).GetLine(offset));

    [Fact]
    public void Lookups_in_any_order_give_the_line_a_scan_gives()
    {
        var random = new Random(20261201);
        var pieces = new[] { "a", "bc", "\n", "\r\n", "\r", "\u2028", "\n\n", "xyz " };
        for (var round = 0; round < 300; round++)
        {
            var text = string.Concat(Pick(random, pieces, random.Next(0, 40)));
            var map = new LineMap(text);
            var offsets = new List<int>();
            for (var i = -1; i <= text.Length + 1; i++)
            {
                offsets.Add(i);
            }

            // In order first (the readers' way), then shuffled, then backwards.
            var orders = new List<List<int>> { offsets, Shuffled(random, offsets), Reversed(offsets) };
            foreach (var order in orders)
            {
                foreach (var offset in order)
                {
                    Assert.Equal(LineByScan(text, offset), map.GetLine(offset));
                }
            }
        }
    }

    private static int LineByScan(string text, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Length));
        var line = 1;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                if (i + 1 < offset)
                {
                    line++;
                    i++;
                }

                continue;
            }

            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
            }
        }

        return line;
    }

    private static IEnumerable<string> Pick(Random random, string[] pieces, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return pieces[random.Next(pieces.Length)];
        }
    }

    private static List<int> Shuffled(Random random, List<int> items)
    {
        var copy = new List<int>(items);
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private static List<int> Reversed(List<int> items)
    {
        var copy = new List<int>(items);
        copy.Reverse();
        return copy;
    }
}
