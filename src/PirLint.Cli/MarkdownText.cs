namespace PirLint.Cli;

/// <summary>Text for Markdown output: table cells on one line, with pipes and angle brackets escaped.</summary>
internal static class MarkdownText
{
    /// <summary>A table cell; a dash for a missing value.</summary>
    public static string Cell(string? value) => value == null ? "-" : OneLine(value).Replace("|", "\\|").Replace("<", "&lt;");

    public static string OneLine(string value) => value.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ').Trim();
}
