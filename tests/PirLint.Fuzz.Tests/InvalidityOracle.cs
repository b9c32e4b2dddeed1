using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PirLint.Fuzz.Tests;

/// <summary>
/// Decides whether a document is invalid from the contract alone, without PirLint's code. A document is invalid when
/// <list type="number">
/// <item>it is over 1 MiB (1,048,576 bytes); or</item>
/// <item>it is not UTF-8: a strict <see cref="UTF8Encoding"/> throws on the bytes after an optional BOM; or</item>
/// <item>it holds U+0000; or</item>
/// <item>a Markdown file's first line is <c>---</c> and no later line is <c>---</c> or <c>...</c> (lines end at LF, CR,
/// CRLF, NEL, LS or PS, as in Roslyn's SourceText); or</item>
/// <item>its YAML (the whole file, or the Markdown front matter) cannot be read: YamlDotNet's <see cref="Parser"/> throws,
/// mappings and sequences nest deeper than 64 in its event stream, the stream holds other than one document whose root is
/// a mapping, or (for YAML without aliases, where it cannot recurse forever) YamlDotNet's own <see cref="YamlStream"/>
/// throws when it loads it (a duplicate key, for one); or</item>
/// <item>a required field is absent: for YAML any of <c>incident_summary</c>, <c>timeline</c>, <c>root_causes</c>,
/// <c>action_items</c>, <c>review_date</c>, <c>facilitator</c> among the root mapping's keys; for Markdown, which takes list
/// fields from sections, <c>incident_summary</c>, <c>review_date</c> or <c>facilitator</c> among the front matter's keys,
/// or no front matter at all.</item>
/// </list>
/// It decides only "invalid" or "not known to be invalid": a document it passes may still be wrong in ways it does not look at.
/// </summary>
internal static class InvalidityOracle
{
    private static readonly string[] RequiredYamlFields = { "incident_summary", "timeline", "root_causes", "action_items", "review_date", "facilitator" };

    private static readonly string[] RequiredMarkdownFields = { "incident_summary", "review_date", "facilitator" };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>Why the document is invalid, or null when the oracle finds nothing.</returns>
    public static string? Check(string path, byte[] content)
    {
        if (content.Length > 1024 * 1024)
        {
            return "over 1 MiB";
        }

        var start = content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = StrictUtf8.GetString(content, start, content.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return "not UTF-8";
        }

        return CheckText(path, text);
    }

    public static string? CheckText(string path, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        if (text.IndexOf('\0') >= 0)
        {
            return "holds U+0000";
        }

        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            return CheckYaml(text, RequiredYamlFields);
        }

        var lines = Lines(text);
        if (lines.Count == 0 || Trimmed(lines[0].Text) != "---")
        {
            return "Markdown without front matter";
        }

        var close = lines.FindIndex(1, line => Trimmed(line.Text) is "---" or "...");
        return close < 0 ? "front matter never closed" : CheckYaml(text.Substring(0, lines[close].Start), RequiredMarkdownFields);
    }

    private static string? CheckYaml(string yaml, string[] required)
    {
        try
        {
            var depth = 0;
            var documents = 0;
            var hasAlias = false;
            ParsingEvent? root = null;
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var expectKey = true;
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                documents += current is DocumentStart ? 1 : 0;
                hasAlias |= current is AnchorAlias;
                if (current is NodeEvent && depth == 0)
                {
                    root ??= current;
                }

                // The keys of the root mapping: every other node that starts at depth 1.
                if (depth == 1 && root is MappingStart && current is NodeEvent)
                {
                    if (expectKey && current is Scalar key)
                    {
                        keys.Add(key.Value);
                    }

                    expectKey = !expectKey;
                }

                if (current is MappingStart or SequenceStart && ++depth > 64)
                {
                    return "nests deeper than 64";
                }

                if (current is MappingEnd or SequenceEnd)
                {
                    depth--;
                }
            }

            if (documents != 1)
            {
                return $"{documents} YAML documents";
            }

            if (root is not MappingStart)
            {
                return "root is not a mapping";
            }

            // YamlDotNet's own loader, where it cannot recurse forever: an alias may name its own enclosing node.
            if (!hasAlias)
            {
                new YamlStream().Load(new StringReader(yaml));
            }

            var missing = required.FirstOrDefault(field => !keys.Contains(field));
            return missing == null ? null : "no " + missing;
        }
        catch (Exception exception)
        {
            return "YAML cannot be read: " + exception.GetType().Name;
        }
    }

    private static List<(int Start, string Text)> Lines(string text)
    {
        var lines = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                lines.Add((start, text.Substring(start, i - start)));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Substring(start)));
        return lines;
    }

    private static string Trimmed(string line) => line.TrimEnd(' ', '\t');
}
