using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PirLint.Text;
using YamlDotNet.Core;

namespace PirLint.Documents;

/// <summary>Finds the comments that may hold suppression directives; files that mention no directive are not scanned.</summary>
internal static class CommentScanner
{
    public const string DirectivePrefix = "pirlint-";

    private static readonly char[] LineBreaks = { '\n', '\r' };

    public static bool MayHoldDirectives(string text, int start, int end) =>
        end > start && text.IndexOf(DirectivePrefix, start, end - start, StringComparison.Ordinal) >= 0;

    public static void AddYamlComments(string yaml, LineMap lines, List<SourceComment> comments)
    {
        if (MayHoldYamlDirectives(yaml))
        {
            AddYamlCommentTokens(yaml, lines, comments);
        }
    }

    /// <summary>
    /// True when a <c>#</c> comes before a <c>pirlint-</c> on its line: a YAML comment can hold a directive only then,
    /// so a schema's <c>x-pirlint-rule</c> keys or a review's prose are not tokenized for comments.
    /// </summary>
    private static bool MayHoldYamlDirectives(string yaml)
    {
        for (var at = yaml.IndexOf(DirectivePrefix, StringComparison.Ordinal); at >= 0; at = yaml.IndexOf(DirectivePrefix, at + 1, StringComparison.Ordinal))
        {
            var lineStart = at == 0 ? 0 : yaml.LastIndexOfAny(LineBreaks, at - 1) + 1;
            if (yaml.IndexOf('#', lineStart, at - lineStart) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method of its own, so that YamlDotNet is loaded only for a file that mentions a directive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddYamlCommentTokens(string yaml, LineMap lines, List<SourceComment> comments)
    {
        try
        {
            var scanner = new Scanner(new StringReader(yaml), skipComments: false);
            while (scanner.MoveNext())
            {
                if (scanner.Current is YamlDotNet.Core.Tokens.Comment comment)
                {
                    var start = (int)comment.Start.Index;
                    comments.Add(new SourceComment(comment.Value, lines.Span(start, Math.Max(start, (int)comment.End.Index))));
                }
            }
        }
        catch (YamlException)
        {
            // The parse of the same text reports the syntax error; the comments read until then still count.
        }
    }

    public static void AddHtmlComments(string text, int start, LineMap lines, List<SourceComment> comments)
    {
        if (!MayHoldDirectives(text, start, text.Length))
        {
            return;
        }

        for (var match = HtmlComments.Pattern.Match(text, start); match.Success; match = match.NextMatch())
        {
            comments.Add(new SourceComment(match.Groups[1].Value, lines.Span(match.Index, match.Index + match.Length)));
        }
    }

    /// <summary>Its own class, so that the regex is built only for a Markdown file that mentions a directive.</summary>
    private static class HtmlComments
    {
        public static readonly Regex Pattern = new("<!--(.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
