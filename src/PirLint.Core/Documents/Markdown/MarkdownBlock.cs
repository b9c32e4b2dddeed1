using System;
using System.Collections.Generic;
using System.Text;

namespace PirLint.Documents.Markdown;

internal enum MarkdownBlockKind
{
    Heading,
    List,
    Table,
    Paragraph,

    /// <summary>Any other block (quote, code, thematic break): prose that holds no value, but it is part of its section.</summary>
    Other,

    /// <summary>An HTML block, such as a comment on a line of its own: part of its section, neither a value nor prose.</summary>
    Html,
}

/// <summary>
/// A top-level block of a review's Markdown body, as much of it as the reader uses: from Markdig's syntax tree or
/// from <see cref="MarkdownBlockScanner"/>. Ends are exclusive, with trailing white space trimmed.
/// </summary>
internal sealed class MarkdownBlock
{
    public MarkdownBlock(MarkdownBlockKind kind, int start, int end, int level = 0, IReadOnlyList<MarkdownListItem>? items = null)
    {
        Kind = kind;
        Start = start;
        End = end;
        Level = level;
        Items = items ?? Array.Empty<MarkdownListItem>();
    }

    public MarkdownBlockKind Kind { get; }

    public int Start { get; }

    /// <summary>The end of a list, table or paragraph; a heading's is not used (its line is).</summary>
    public int End { get; }

    /// <summary>A heading's level.</summary>
    public int Level { get; }

    /// <summary>A list's items.</summary>
    public IReadOnlyList<MarkdownListItem> Items { get; }

    public override string ToString()
    {
        var text = new StringBuilder().Append(Kind).Append(' ').Append(Start).Append('-').Append(End);
        if (Kind == MarkdownBlockKind.Heading)
        {
            text.Append(" level ").Append(Level);
        }

        foreach (var item in Items)
        {
            text.Append(" [").Append(item).Append(']');
        }

        return text.ToString();
    }

    /// <summary>Where a block's text ends once trailing white space is dropped: what every span the reader makes ends at.</summary>
    public static int TrimEnd(string text, int start, int end)
    {
        while (end > start && end <= text.Length && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}

/// <summary>
/// A list item: where its marker is, and the paragraphs a reader sees in it, in order: its own, then those of its nested
/// items at any depth (each nested item's first paragraph is one text of its own).
/// </summary>
internal readonly struct MarkdownListItem
{
    public MarkdownListItem(int start, IReadOnlyList<MarkdownText> texts)
    {
        Start = start;
        Texts = texts;
    }

    public int Start { get; }

    public IReadOnlyList<MarkdownText> Texts { get; }

    public override string ToString()
    {
        var text = new StringBuilder().Append(Start);
        foreach (var part in Texts)
        {
            text.Append(' ').Append(part);
        }

        return text.ToString();
    }
}

/// <summary>A paragraph of a list item: its source lines, each without its indentation and trailing white space.</summary>
internal sealed class MarkdownText
{
    public MarkdownText(IReadOnlyList<MarkdownLine> lines)
    {
        Lines = lines;
    }

    public IReadOnlyList<MarkdownLine> Lines { get; }

    public override string ToString() => "{" + string.Join(",", Lines) + "}";
}

/// <summary>The start and (exclusive) end of one source line of a paragraph.</summary>
internal readonly struct MarkdownLine
{
    public MarkdownLine(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public override string ToString() => Start + "-" + End;
}