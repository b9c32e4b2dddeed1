namespace PirLint.LanguageServer;

/// <summary>Where a Markdown review's front matter is: the 0-based lines of its opening and closing <c>---</c>.</summary>
internal readonly struct FrontMatter
{
    private FrontMatter(int openLine, int closeLine)
    {
        OpenLine = openLine;
        CloseLine = closeLine;
    }

    public int OpenLine { get; }

    public int CloseLine { get; }

    public bool Contains(int line) => line > OpenLine && line < CloseLine;

    /// <summary>The front matter of the text, or null when it has none (or it is never closed).</summary>
    public static FrontMatter? Find(TextPositions positions)
    {
        if (positions.LineText(0).TrimStart('\uFEFF').TrimEnd() != "---")
        {
            return null;
        }

        for (var line = 1; line < positions.LineCount; line++)
        {
            var text = positions.LineText(line).TrimEnd();
            if (text == "---" || text == "...")
            {
                return new FrontMatter(0, line);
            }
        }

        return null;
    }
}
