using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// A deterministic mutation fuzzer over the seed documents: byte flips, truncations, splices of two reviews, deleted,
/// duplicated and swapped lines, random indentation, injected anchors, aliases and nesting, YAML and Markdown syntax,
/// random Unicode (lone and paired surrogates, line and paragraph separators, NEL, BOM, control characters), changed
/// line endings and odd values. The same <see cref="Random"/> state gives the same document.
/// </summary>
internal static class Mutator
{
    private const int MutationKinds = 14;

    private static readonly string[] Tokens =
    {
        "[", "]", "{", "}", "- ", ": ", "? ", "---\n", "...\n", "\"", "'", "|\n", ">-\n", "#", "!!str ", "!foo ", "!!binary ",
        "%YAML 1.2\n", "&", "*", "<<: ", "\t", ",", "\\", "## Action items\n", "## Timeline\n", "| a | b |\n|---|---|\n| 1 | 2 |\n",
        "<!-- x -->", "<!--", "\r", "\r\n", "\n\n", "  ", "- - - ", "| Owner | Due date |\n|--|--|\n| \\| | |\n", "`", "> ", "* ",
        "\"\\u0000\"", "\"\\ud800\"", "\"\\x\"", "'''", "|+\n", "? [a]\n: b\n",
    };

    private static readonly string[] Values =
    {
        "", "~", "null", "TBD", "?", "n/a", "2026-02-30", "2026-13-01", "9999-12-31", "0001-01-01", "2026-03-15T25:00Z",
        "2026-03-15T14:00+14:00", "PT999999999H", "99999999999 days", "-1", "1e999", "0x1F", "18446744073709551616", "true",
        "https://", "http://a b", "javascript:alert(1)", "\"\"", "''", "[]", "{}", "[[]]", "sev0", "P0", "Model Behavior",
        "\"quote \\\" back \\\\ */ {0}\"", "\"\\u2028\\u2029\\u0085\\t\"", "\"a\\ud83d\\ude00b\"", "human error", "should have",
        "p0_immediate", "closed", "in_progress", "engineer-b", "sam-lee",
    };

    public static (string Path, byte[] Content) Next(Random random, IReadOnlyList<SeedDocument> seeds, int caseNumber)
    {
        var seed = seeds[random.Next(seeds.Count)];
        var markdown = random.Next(20) == 0 ? !seed.IsMarkdown : seed.IsMarkdown;
        var bytes = seed.Content;
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            bytes = Apply(random, bytes, seeds);
        }

        return ($"/fuzz/case{caseNumber:D7}" + (markdown ? ".pir.md" : random.Next(4) == 0 ? ".pir.yml" : ".pir.yaml"), bytes);
    }

    private static byte[] Apply(Random random, byte[] bytes, IReadOnlyList<SeedDocument> seeds)
    {
        switch (random.Next(MutationKinds))
        {
            case 0:
                return FlipBytes(random, bytes);
            case 1:
                return bytes.Length == 0 ? bytes : bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();
            case 2:
                return Splice(random, bytes, seeds[random.Next(seeds.Count)].Content);
            case 3:
                return EditLines(random, bytes, (lines, at) => lines.RemoveRange(at, Math.Min(1 + random.Next(3), lines.Count - at)));
            case 4:
                return EditLines(random, bytes, (lines, at) =>
                {
                    var copies = random.Next(10) == 0 ? 1 + random.Next(50) : 1;
                    var block = lines.GetRange(at, Math.Min(1 + random.Next(3), lines.Count - at));
                    for (var i = 0; i < copies; i++)
                    {
                        lines.InsertRange(at, block);
                    }
                });
            case 5:
                return EditLines(random, bytes, (lines, at) =>
                {
                    var line = lines[at].TrimStart(' ');
                    var indent = random.Next(4) == 0 ? "\t" : new string(' ', random.Next(12));
                    lines[at] = random.Next(3) == 0 ? indent + lines[at] : indent + line;
                });
            case 6:
                return EditLines(random, bytes, (lines, at) => lines[at] = WithAnchorOrAlias(random, lines[at]));
            case 7:
                return InsertText(random, bytes, RandomUnicode(random));
            case 8:
                return InsertText(random, bytes, Tokens[random.Next(Tokens.Length)]);
            case 9:
                var depth = random.Next(3) == 0 ? 60 + random.Next(10) : 1 + random.Next(random.Next(2) == 0 ? 20 : 400);
                var open = random.Next(3) switch { 0 => "[", 1 => "{a: ", _ => "- " };
                return InsertText(random, bytes, string.Concat(Enumerable.Repeat(open, depth)));
            case 10:
                return LineEndings(random, bytes);
            case 11:
                return EditLines(random, bytes, (lines, at) =>
                {
                    var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                    var value = Values[random.Next(Values.Length)];
                    lines[at] = colon >= 0 ? lines[at].Substring(0, colon + 2) + value : lines[at] + value;
                });
            case 12:
                return EditLines(random, bytes, (lines, at) =>
                {
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                });
            default:
                return random.Next(400) == 0
                    ? Grow(bytes, 1024 * 1024 + random.Next(4096))
                    : InsertText(random, bytes, new string(random.Next(2) == 0 ? 'x' : ' ', 1 + random.Next(5000)));
        }
    }

    private static byte[] FlipBytes(Random random, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return new[] { (byte)random.Next(256) };
        }

        var copy = (byte[])bytes.Clone();
        var flips = 1 + random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(copy.Length);
            copy[at] = random.Next(2) == 0 ? (byte)random.Next(256) : (byte)(copy[at] ^ (1 << random.Next(8)));
        }

        return copy;
    }

    private static byte[] Splice(Random random, byte[] first, byte[] second)
    {
        var cut = first.Length == 0 ? 0 : random.Next(first.Length + 1);
        var from = second.Length == 0 ? 0 : random.Next(second.Length + 1);
        if (random.Next(2) == 0)
        {
            cut = LineStartAtOrBefore(first, cut);
            from = LineStartAtOrBefore(second, from);
        }

        return first.AsSpan(0, cut).ToArray().Concat(second.AsSpan(from).ToArray()).ToArray();
    }

    private static int LineStartAtOrBefore(byte[] bytes, int at)
    {
        while (at > 0 && bytes[at - 1] != (byte)'\n')
        {
            at--;
        }

        return at;
    }

    /// <summary>Edits the lines of the document (split at LF, each keeping any CR); each byte is one Latin-1 character.</summary>
    private static byte[] EditLines(Random random, byte[] bytes, Action<List<string>, int> edit)
    {
        var lines = Encoding.Latin1.GetString(bytes).Split('\n').ToList();
        edit(lines, random.Next(lines.Count));
        return ToBytes(string.Join("\n", lines));
    }

    /// <summary>Characters up to U+00FF are the bytes read as Latin-1; characters above are new text, written as UTF-8.</summary>
    private static byte[] ToBytes(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (var c in text)
        {
            if (c <= '\u00FF')
            {
                bytes.Add((byte)c);
            }
            else
            {
                bytes.AddRange(Utf8Bytes(c.ToString()));
            }
        }

        return bytes.ToArray();
    }

    private static byte[] InsertText(Random random, byte[] bytes, string text)
    {
        var at = bytes.Length == 0 ? 0 : random.Next(bytes.Length + 1);
        return bytes.AsSpan(0, at).ToArray().Concat(Utf8Bytes(text)).Concat(bytes.AsSpan(at).ToArray()).ToArray();
    }

    /// <summary>UTF-8, except that a lone surrogate becomes its three-byte form (WTF-8), which is not valid UTF-8.</summary>
    private static byte[] Utf8Bytes(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i, 2)));
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return bytes.ToArray();
    }

    private static string WithAnchorOrAlias(Random random, string line)
    {
        var name = "a" + random.Next(4);
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        var dash = line.IndexOf("- ", StringComparison.Ordinal);
        var at = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : line.Length;
        return random.Next(4) switch
        {
            0 => line.Insert(at, "&" + name + " "),
            1 => line.Substring(0, at) + "*" + name,
            2 => line.Insert(at, "&" + name + " [*" + name + ", *" + name + "] "),
            _ => "b0: &" + name + " [x, x, x, x, x, x, x, x, x, x]\nb1: &b1 [*" + name + ", *" + name + ", *" + name + ", *" + name +
                 ", *" + name + ", *" + name + ", *" + name + ", *" + name + ", *" + name + ", *" + name + "]\n" +
                 "b2: [*b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1, *b1]\n" + line,
        };
    }

    private static string RandomUnicode(Random random)
    {
        var builder = new StringBuilder();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            switch (random.Next(10))
            {
                case 0: builder.Append(random.Next(2) == 0 ? '\u2028' : '\u2029'); break;
                case 1: builder.Append('\u0085'); break;
                case 2: builder.Append((char)random.Next(0x20)); break;
                case 3: builder.Append(random.Next(3) switch { 0 => '\uFEFF', 1 => '\u200B', _ => '\u202E' }); break;
                case 4: builder.Append((char)(0xD800 + random.Next(0x400))); break;
                case 5: builder.Append((char)(0xDC00 + random.Next(0x400))); break;
                case 6: builder.Append(char.ConvertFromUtf32(0x10000 + random.Next(0xF0000))); break;
                case 7: builder.Append(random.Next(3) switch { 0 => '\uFFFE', 1 => '\uFFFF', _ => '\uFFFD' }); break;
                case 8: builder.Append('\u007F'); break;
                default: builder.Append((char)(0xA0 + random.Next(0xD700 - 0xA0))); break;
            }
        }

        return builder.ToString();
    }

    private static byte[] LineEndings(Random random, byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return random.Next(5) switch
        {
            0 => Encoding.Latin1.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r\n")),
            1 => Encoding.Latin1.GetBytes(text.Replace("\r\n", "\n").Replace("\n", "\r")),
            2 => Encoding.Latin1.GetBytes(text.Replace("\r\n", "\n")),
            3 => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray(),
            _ => ToBytes(text.Replace("\n", random.Next(2) == 0 ? "\u2028" : "\u2029")),
        };
    }

    private static byte[] Grow(byte[] bytes, int size)
    {
        var grown = new byte[size];
        for (var i = 0; i < size; i++)
        {
            grown[i] = bytes.Length == 0 ? (byte)'x' : bytes[i % bytes.Length];
        }

        return grown;
    }
}
