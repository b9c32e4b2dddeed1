using System;
using System.Collections.Generic;
using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PirLint.Documents.Markdown;

/// <summary>
/// The text a reader sees in a bullet's paragraph or a table cell: emphasis, strong and code spans give their text, a
/// link its text (its URL where the field is a <c>uri</c>), an autolink its URL, an HTML comment or tag nothing, a
/// line break a space. Each character of the text keeps the source offset it came from, for exact locations.
/// </summary>
internal static class MarkdownInlineText
{
    /// <summary>
    /// Characters that may start inline markup; a text without any is read as it stands, without Markdig. An <c>_</c>
    /// inside a word (<c>p0_immediate</c>) cannot open or close emphasis, so only one at a word's edge counts.
    /// </summary>
    private const string MarkupCharacters = "*`[<\\&";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    /// <summary>True when the source from <paramref name="start"/> to <paramref name="end"/> holds no markup: a reader sees it as it stands.</summary>
    public static bool IsPlain(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (MarkupCharacters.IndexOf(source[i]) >= 0 || (source[i] == '_' && !IsIntraword(source, i, new MarkdownLine(start, end))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text of source lines (trimmed ranges), joined with a space; <paramref name="linkUrls"/> for a <c>uri</c> field.</summary>
    public static TextWithOffsets Read(string source, IReadOnlyList<MarkdownLine> lines, bool linkUrls)
    {
        var plain = new TextWithOffsets();
        var markup = false;
        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0)
            {
                plain.Append(' ', -1);
            }

            for (var i = lines[l].Start; i < lines[l].End; i++)
            {
                markup |= MarkupCharacters.IndexOf(source[i]) >= 0 || (source[i] == '_' && !IsIntraword(source, i, lines[l]));
                plain.Append(source[i], i);
            }
        }

        return markup && Render(source, lines, linkUrls) is { } rendered ? rendered : plain;
    }

    private static bool IsIntraword(string source, int i, MarkdownLine line) =>
        i > line.Start && i + 1 < line.End && char.IsLetterOrDigit(source[i - 1]) && char.IsLetterOrDigit(source[i + 1]);

    /// <summary>Markdig's inlines of the lines, or null when they do not read as one paragraph (the cell <c># 1</c> is not a heading).</summary>
    private static TextWithOffsets? Render(string source, IReadOnlyList<MarkdownLine> lines, bool linkUrls)
    {
        var snippet = new StringBuilder();
        var offsets = new List<int>();
        for (var l = 0; l < lines.Count; l++)
        {
            if (l > 0)
            {
                snippet.Append('\n');
                offsets.Add(-1);
            }

            for (var i = lines[l].Start; i < lines[l].End; i++)
            {
                snippet.Append(source[i]);
                offsets.Add(i);
            }
        }

        var text = snippet.ToString();
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's depth limit; the text is read as it stands.
            return null;
        }

        if (document.Count == 0 || (document.Count == 1 && document[0] is HtmlBlock))
        {
            // Only a comment or a tag: a reader sees nothing.
            return new TextWithOffsets();
        }

        if (document.Count != 1 || document[0] is not ParagraphBlock { Inline: { } inline })
        {
            return null;
        }

        var result = new TextWithOffsets();
        Append(inline, text, offsets, linkUrls, result, 0);
        return result.Trimmed();
    }

    private static void Append(ContainerInline container, string text, List<int> offsets, bool linkUrls, TextWithOffsets result, int depth)
    {
        for (var inline = container.FirstChild; inline != null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendSource(literal.Content.ToString(), literal.Span.Start, literal.Span.Length, text, offsets, result);
                    break;
                case CodeInline code:
                    AppendFound(code.Content, code.Span.Start, code.Span.End + 1, text, offsets, result);
                    break;
                case AutolinkInline autolink:
                    AppendFound(autolink.Url, autolink.Span.Start, autolink.Span.End + 1, text, offsets, result);
                    break;
                case LinkInline { IsAutoLink: true } autoLink when autoLink.Url != null:
                    AppendFound(autoLink.Url, autoLink.Span.Start, autoLink.Span.End + 1, text, offsets, result);
                    break;
                case LinkInline link when linkUrls && !link.IsImage && link.Url != null:
                    AppendFound(link.Url, link.Span.Start, link.Span.End + 1, text, offsets, result);
                    break;
                case LineBreakInline lineBreak:
                    result.Append(' ', Offset(offsets, lineBreak.Span.Start));
                    break;
                case HtmlInline:
                    break;
                case HtmlEntityInline entity:
                    AppendSource(entity.Transcoded.ToString(), entity.Span.Start, -1, text, offsets, result);
                    break;
                case ContainerInline child when depth < PirLimits.MaxDepth:
                    Append(child, text, offsets, linkUrls, result, depth + 1);
                    break;
            }
        }
    }

    /// <summary>A literal whose characters stand one for one at <paramref name="start"/> when its span is as long as it is, else all at <paramref name="start"/>.</summary>
    private static void AppendSource(string value, int start, int length, string text, List<int> offsets, TextWithOffsets result)
    {
        var verbatim = length == value.Length && start >= 0 && start + length <= text.Length && string.CompareOrdinal(text, start, value, 0, length) == 0;
        for (var i = 0; i < value.Length; i++)
        {
            result.Append(value[i], Offset(offsets, verbatim ? start + i : start));
        }
    }

    /// <summary>A value found inside its inline's span (a code span's text, a link's URL), else placed at the span's start.</summary>
    private static void AppendFound(string value, int start, int end, string text, List<int> offsets, TextWithOffsets result)
    {
        var at = start >= 0 && end <= text.Length && value.Length > 0 ? text.IndexOf(value, start, end - start, StringComparison.Ordinal) : -1;
        AppendSource(value, at >= 0 ? at : start, at >= 0 ? value.Length : -1, text, offsets, result);
    }

    private static int Offset(List<int> offsets, int index) => index >= 0 && index < offsets.Count ? offsets[index] : -1;
}

/// <summary>A text with, for each character, the source offset it was read from (-1 for a joining space).</summary>
internal sealed class TextWithOffsets
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new();

    public int Length => _text.Length;

    public void Append(char c, int offset)
    {
        _text.Append(c);
        _offsets.Add(offset);
    }

    public void Append(TextWithOffsets other)
    {
        _text.Append(other._text);
        _offsets.AddRange(other._offsets);
    }

    public override string ToString() => _text.ToString();

    public int[] Offsets() => _offsets.ToArray();

    /// <summary>Without leading and trailing white space (left where an HTML comment or tag was dropped).</summary>
    public TextWithOffsets Trimmed()
    {
        var first = 0;
        var last = _text.Length;
        while (first < last && char.IsWhiteSpace(_text[first]))
        {
            first++;
        }

        while (last > first && char.IsWhiteSpace(_text[last - 1]))
        {
            last--;
        }

        var result = new TextWithOffsets();
        for (var i = first; i < last; i++)
        {
            result.Append(_text[i], _offsets[i]);
        }

        return result;
    }
}
