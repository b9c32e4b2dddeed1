using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>The top-level blocks of a Markdown body through Markdig, for text outside <see cref="MarkdownBlockScanner"/>'s subset.</summary>
internal static class MarkdigBlockReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The blocks of <paramref name="text"/> that start at or after <paramref name="bodyStart"/> (the front matter's blocks are not read).</summary>
    public static List<MarkdownBlock> Read(string text, int bodyStart)
    {
        var blocks = new List<MarkdownBlock>();
        foreach (var block in Markdig.Markdown.Parse(text, Pipeline))
        {
            if (block.Span.Start < bodyStart)
            {
                continue;
            }

            blocks.Add(block switch
            {
                HeadingBlock heading => new MarkdownBlock(MarkdownBlockKind.Heading, heading.Span.Start, -1, heading.Level),
                ListBlock list => new MarkdownBlock(MarkdownBlockKind.List, list.Span.Start, EndOf(text, list), items: ItemsOf(text, list)),
                Table table => new MarkdownBlock(MarkdownBlockKind.Table, table.Span.Start, EndOf(text, table)),
                ParagraphBlock paragraph => new MarkdownBlock(MarkdownBlockKind.Paragraph, paragraph.Span.Start, EndOf(text, paragraph)),
                HtmlBlock html => new MarkdownBlock(MarkdownBlockKind.Html, html.Span.Start, EndOf(text, html)),
                _ => new MarkdownBlock(MarkdownBlockKind.Other, block.Span.Start, EndOf(text, block)),
            });
        }

        return blocks;
    }

    private static List<MarkdownListItem> ItemsOf(string text, ListBlock list)
    {
        var items = new List<MarkdownListItem>();
        foreach (var block in list)
        {
            if (block is ListItemBlock item)
            {
                var texts = new List<MarkdownText>();
                AddTexts(text, item, texts, 0);
                items.Add(new MarkdownListItem(item.Span.Start, texts));
            }
        }

        return items;
    }

    /// <summary>The paragraphs of an item and of its nested items, in order; nesting past the depth limit is not read.</summary>
    private static void AddTexts(string text, ListItemBlock item, List<MarkdownText> texts, int depth)
    {
        foreach (var child in item)
        {
            if (child is ParagraphBlock paragraph)
            {
                texts.Add(TextOf(text, paragraph));
            }
            else if (child is ListBlock nested && depth < PirLimits.MaxDepth)
            {
                foreach (var nestedBlock in nested)
                {
                    if (nestedBlock is ListItemBlock nestedItem)
                    {
                        AddTexts(text, nestedItem, texts, depth + 1);
                    }
                }
            }
        }
    }

    /// <summary>A paragraph's source lines, each without its indentation (Markdig drops its line objects once it has read the inlines).</summary>
    private static MarkdownText TextOf(string text, ParagraphBlock paragraph)
    {
        var lines = new List<MarkdownLine>();
        var end = EndOf(text, paragraph);
        var start = Math.Min(paragraph.Span.Start, end);
        while (start < end)
        {
            var lineEnd = LineBreaks.ContentEnd(text, start, end);

            var contentStart = start;
            while (contentStart < lineEnd && (text[contentStart] == ' ' || text[contentStart] == '\t'))
            {
                contentStart++;
            }

            lines.Add(new MarkdownLine(contentStart, MarkdownBlock.TrimEnd(text, contentStart, lineEnd)));
            start = lineEnd < end && text[lineEnd] == '\r' && lineEnd + 1 < end && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        }

        return new MarkdownText(lines);
    }

    private static int EndOf(string text, MarkdownObject block) => MarkdownBlock.TrimEnd(text, block.Span.Start, block.Span.End + 1);
}
