using PirLint.Text;

namespace PirLint.Documents;

/// <summary>A YAML <c># comment</c> or a Markdown <c>&lt;!-- comment --&gt;</c>, as suppression directives are read from it.</summary>
public sealed class SourceComment
{
    public SourceComment(string text, SourceSpan span)
    {
        Text = text;
        Span = span;
    }

    public string Text { get; }

    public SourceSpan Span { get; }
}
