using System.Collections.Generic;

namespace PirLint.Cli;

/// <summary>What <c>pirlint COMMAND --help</c> prints: the command's usage and every option it takes.</summary>
internal static class CommandHelp
{
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["check"] = """
            Usage: pirlint check [PATH...] [options]

            Lints the reviews (*.pir.yaml, *.pir.yml, *.pir.md) under each folder PATH, and each file PATH
            (default: the current folder). Exit status: 0 no errors, 1 errors found, 2 usage error, a missing path
            or no review found.

            Options:
              --format FORMAT        text (default), json, sarif (GitHub code scanning), github (GitHub Actions
                                     annotations), junit (JUnit XML) or gitlab (GitLab Code Quality)
              --junit-warnings       with --format junit: warnings fail their file too (default: system-out)
              --schema FILE          the schema to use (default: the nearest pir.schema.yaml, else the built-in one)
              --config FILE          an .editorconfig to use instead of the ones above each review
              --today YYYY-MM-DD     today's date for the follow-up rules (default: the local date)
              --jobs N               lint N files at once (default: one per core; 1 for a serial run)
              -h, --help             print this help
            """,
        ["actions"] = """
            Usage: pirlint actions [PATH...] [options]

            The follow-up report: every action item of the reviews under each PATH, overdue items first, the
            completion rate and the totals by owner.

            Options:
              --format FORMAT        text (default), json or markdown
              --today YYYY-MM-DD     today's date (default: the local date)
              --out FILE             write the report to FILE instead of the standard output
              --chart FILE           an SVG completion chart (with --format markdown)
              --force                replace an existing --out or --chart file
              --schema FILE          the schema to use
              --config FILE          an .editorconfig to use instead of the ones above each review
              -h, --help             print this help
            """,
        ["schema"] = """
            Usage: pirlint schema [options]

            Prints the effective schema as JSON Schema.

            Options:
              --schema FILE          the schema to export (default: the nearest pir.schema.yaml, else the built-in one)
              --out FILE             write it to FILE instead of the standard output
              --editor               the form for the YAML language server (not a project schema)
              --force                replace an existing --out file
              -h, --help             print this help
            """,
        ["new"] = """
            Usage: pirlint new [options]

            Writes a new review from the template, dated today, with the places to fill in marked TODO.

            Options:
              --id ID                the incident id (default: the next free INC-YEAR-NNNN here)
              --markdown             write a Markdown review (.pir.md) instead of YAML
              --out FILE             the file to write
              --force                replace an existing file
              --today YYYY-MM-DD     today's date (default: the local date)
              -h, --help             print this help
            """,
        ["analyze"] = """
            Usage: pirlint analyze FILE [options]

            Drafts the four-layer root cause analysis from the review's timeline and category.

            Options:
              --format FORMAT        text (default) or yaml (an 'analysis:' block to paste)
              --schema FILE          the schema to use
              --config FILE          an .editorconfig to use instead of the ones above the review
              -h, --help             print this help
            """,
        ["agenda"] = """
            Usage: pirlint agenda FILE [options]

            Prints the blameless review meeting agenda, filled in from the review.

            Options:
              --schema FILE          the schema to use
              --config FILE          an .editorconfig to use instead of the ones above the review
              -h, --help             print this help
            """,
    };

    /// <summary>The help of <paramref name="command"/>, or null for a command that does not exist.</summary>
    public static string? For(string command) => Texts.TryGetValue(command, out var text) ? text : null;

    public static bool Asks(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg is "-h" or "--help")
            {
                return true;
            }
        }

        return false;
    }
}
