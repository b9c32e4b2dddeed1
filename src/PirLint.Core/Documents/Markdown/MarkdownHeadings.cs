using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PirLint.Text;

namespace PirLint.Documents.Markdown;

/// <summary>
/// The field a heading names: its text as a reader sees it, without a leading number (<c>6.</c>, <c>6)</c>,
/// <c>VI.</c>, <c>①</c>), emoji and trailing punctuation, folded as a name: <c>## 6. Action items:</c> and
/// <c>### Root causes 🔍</c> name <c>action_items</c> and <c>root_causes</c>.
/// </summary>
internal static class MarkdownHeadings
{
    private static readonly Regex LeadingNumber = new(
        @"^(?:\d+(?:\.\d+)*[.)]?|[IVXLC]+[.)])\s+",
        RegexOptions.CultureInvariant);

    public static string? FieldName(LineMap lines, MarkdownBlock heading)
    {
        var title = TitleSpan(lines, heading);
        if (title.Length == 0)
        {
            return null;
        }

        var text = MarkdownInlineText.IsPlain(lines.Text, title.Start, title.End)
            ? lines.Text.Substring(title.Start, title.Length)
            : MarkdownInlineText.Read(lines.Text, new[] { new MarkdownLine(title.Start, title.End) }, linkUrls: false).ToString();
        return NameFolding.ToFieldName(Strip(text));
    }

    /// <summary><c>6. Action items: 🔍</c> -> <c>Action items</c>.</summary>
    public static string Strip(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsDecoration(c))
            {
                kept.Append(c);
            }
        }

        var stripped = kept.ToString().Trim();
        if (stripped.Length > 0 && (char.IsDigit(stripped[0]) || "IVXLC".IndexOf(stripped[0]) >= 0))
        {
            stripped = LeadingNumber.Replace(stripped, string.Empty, 1);
        }

        var end = stripped.Length;
        while (end > 0 && (char.IsPunctuation(stripped[end - 1]) || char.IsWhiteSpace(stripped[end - 1])))
        {
            end--;
        }

        return stripped.Substring(0, end);
    }

    /// <summary>The heading's text on its line, without the <c>#</c> marks and surrounding spaces.</summary>
    public static SourceSpan TitleSpan(LineMap lines, MarkdownBlock heading)
    {
        var line = lines.GetLine(heading.Start);
        var start = lines.LineStart(line);
        var end = lines.LineEnd(line);
        var text = lines.Text;
        while (start < end && (text[start] == ' ' || text[start] == '#'))
        {
            start++;
        }

        while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '#'))
        {
            end--;
        }

        return lines.Span(start, end);
    }

    /// <summary>Emoji and other pictographs, with the joiners and selectors that build them, and circled or superscript numbers (<c>①</c>).</summary>
    private static bool IsDecoration(char c) =>
        char.IsSurrogate(c) || c == '\u200D' || c == '\uFE0F' || c == '\uFE0E' || c == '\u20E3' ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherNumber;
}
