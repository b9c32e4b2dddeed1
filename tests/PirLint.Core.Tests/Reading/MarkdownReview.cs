namespace PirLint.Tests.Reading;

/// <summary>The fixture review's front matter with a Markdown body of the test's own: line 26 is the body's first line.</summary>
internal static class MarkdownReview
{
    public static readonly string FrontMatter = Fixtures.ValidMarkdown.Substring(0, Fixtures.ValidMarkdown.IndexOf("---\n", 4, System.StringComparison.Ordinal) + 4);

    public const string Timeline = """
## Timeline

| Time              | Event                                        | Actor           |
|-------------------|----------------------------------------------|-----------------|
| 2026-03-15T14:00Z | Deployment of updated refund policy prompt   | ci/cd_pipeline  |
| 2026-03-15T16:15Z | Verified correct refund calculations restored | engineer-b      |

""";

    public const string RootCauses = """
## Root causes

- Prompt update changed refund policy without tests against historical refunds

""";

    public const string ActionItems = """
## Action items

| Description                        | Owner           | Priority        | Due date   |
|------------------------------------|-----------------|-----------------|------------|
| Add refund regression evals        | priya-natarajan | p0_immediate    | 2026-03-20 |
| Log refund amounts in agent traces | engineer-b      | p1_this_week    | 2026-03-25 |
| Roll out prompts through a canary  | marco-rossi     | p2_this_quarter | 2026-03-31 |

""";

    /// <summary>A review that passes every rule, with <paramref name="sections"/> after the standard ones it does not replace.</summary>
    public static string With(string sections, bool timeline = true, bool rootCauses = true, bool actionItems = true) =>
        FrontMatter + "\n" + (timeline ? Timeline : "") + (rootCauses ? RootCauses : "") + (actionItems ? ActionItems : "") + sections;

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="needle"/>.</summary>
    public static int LineOf(string text, string needle)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, System.StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        throw new System.ArgumentException("not found: " + needle);
    }

    /// <summary>The 1-based UTF-16 column where <paramref name="needle"/> starts on its line.</summary>
    public static int ColumnOf(string text, string needle)
    {
        var line = text.Split('\n')[LineOf(text, needle) - 1];
        return line.IndexOf(needle, System.StringComparison.Ordinal) + 1;
    }
}
