using System;
using System.IO;
using System.Reflection;

namespace PirLint.Cli;

/// <summary>The <c>pirlint</c> command line: a command word, then its options.</summary>
public static class CliApplication
{
    public const int Success = 0;
    public const int ErrorsFound = 1;
    public const int UsageError = 2;

    public const string Usage = """
        Usage: pirlint <command> [options]

        Commands:
          check [PATH...]   lint reviews (*.pir.yaml, *.pir.yml, *.pir.md) under each folder PATH, and each file PATH
                            --format text|json|sarif|github|junit|gitlab   output form (default text)
                            --junit-warnings           with --format junit: warnings fail their file too
                            --schema FILE              schema to use (default: the nearest pir.schema.yaml, else the built-in one)
                            --config FILE              an .editorconfig to use instead of the ones above each review
                            --today YYYY-MM-DD         today's date for the follow-up rules (default: the local date)
                            --jobs N                   lint N files at once (default: one per core; 1 for a serial run)
          actions [PATH...] the follow-up report: every action item, overdue items first, completion rate, totals by owner
                            --format text|json|markdown, --today YYYY-MM-DD, --out FILE,
                            --chart FILE (an SVG completion chart for --format markdown), --schema FILE, --config FILE,
                            --force (replace an existing --out or --chart file)
          schema            print the effective schema as JSON Schema
                            --schema FILE, --out FILE, --editor (for the YAML language server; not a project schema),
                            --force (replace an existing --out file)
          new               write a new review from the template, dated today, with the places to fill in marked TODO
                            --id ID (default: the next free INC-YEAR-NNNN here), --markdown, --out FILE,
                            --force (replace an existing file), --today YYYY-MM-DD,
                            --category CATEGORY (with the ai_agent block for an AI-agent category)
          analyze FILE      draft the four-layer root cause analysis from the review's timeline and category
                            --format text|yaml (yaml: an 'analysis:' block to paste), --schema FILE, --config FILE
          agenda FILE       print the blameless review meeting agenda, filled in from the review
                            --schema FILE, --config FILE
          tickets sync [PATH...]    a ticket for each open action item without ticket_url; its URL written back
          tickets status [PATH...]  compare items with their tickets; --write closes items whose tickets are closed
                            --tracker github --repo OWNER/NAME [--api-url URL] | --tracker redmine --url URL --project ID
                            --credential-file FILE (else GITHUB_TOKEN / REDMINE_API_KEY), --owners FILE,
                            --link-base URL (links to reviews), --dry-run, --today, --schema, --config (docs/tickets.md)
          actions [PATH...] --format digest   one plain-text section per owner with their overdue and open items
          actions [PATH...] --remind --tracker ... (as for tickets) [--every DAYS] [--dry-run]
                            a comment on each overdue item's ticket, at most one per --every days (default 7)
          lsp               the language server (LSP over stdin/stdout) for editors: live diagnostics, quick fixes,
                            hover, completion, outline; see docs/language-server.md

        'pirlint COMMAND --help' prints a command's usage and options; 'pirlint --version' the version.
        Exit status: 0 no errors, 1 errors found, 2 usage error, missing path or no review found.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? UsageError : Success;
        }

        if (args[0] is "--version" or "version")
        {
            stdout.WriteLine(typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
            return Success;
        }

        var rest = args.AsSpan(1).ToArray();
        if (CommandHelp.Asks(rest) && CommandHelp.For(args[0]) is { } help)
        {
            stdout.WriteLine(help);
            return Success;
        }

        try
        {
            return args[0] switch
            {
                "check" => CheckCommand.Run(rest, stdout, stderr, currentDirectory),
                "schema" => SchemaCommand.Run(rest, stdout, stderr, currentDirectory),
                "actions" => ActionsCommand.Run(rest, stdout, stderr, currentDirectory),
                "analyze" => AnalyzeCommand.Run(rest, stdout, stderr, currentDirectory),
                "agenda" => AgendaCommand.Run(rest, stdout, stderr, currentDirectory),
                "new" => NewCommand.Run(rest, stdout, stderr, currentDirectory),
                "tickets" => Tickets.TicketsCommand.Run(rest, stdout, stderr, currentDirectory),
                "lsp" => LspCommand.Run(rest, stderr),
                _ => Fail(stderr, $"pirlint: unknown command '{args[0]}'"),
            };
        }
        catch (UsageException exception)
        {
            return Fail(stderr, "pirlint: " + exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine("pirlint: " + exception.Message);
            return UsageError;
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.WriteLine("Run 'pirlint --help' for usage.");
        return UsageError;
    }
}

/// <summary>A wrong command line or a path that does not exist: exit status 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
