using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace PirLint.Documents;

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
        foreach (var block in Markdown.Parse(text, Pipeline))
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
            if (block is not ListItemBlock item)
            {
                continue;
            }

            ParagraphBlock? paragraph = null;
            foreach (var child in item)
            {
                if (child is ParagraphBlock p)
                {
                    paragraph = p;
                    break;
                }
            }

            items.Add(paragraph != null
                ? new MarkdownListItem(item.Span.Start, paragraph.Span.Start, EndOf(text, paragraph))
                : new MarkdownListItem(item.Span.Start, -1, -1));
        }

        return items;
    }

    private static int EndOf(string text, MarkdownObject block) => MarkdownBlock.TrimEnd(text, block.Span.Start, block.Span.End + 1);
}
