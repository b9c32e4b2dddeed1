using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace PirLint.Cli.Tickets;

/// <summary>
/// The options every tracker command shares: which tracker, where, the credential (from the environment or a file the
/// user names, never from the command line, never printed), the owner mapping file and the base of review links.
/// </summary>
internal sealed class TrackerSetup
{
    public static readonly string[] ValueOptions =
    {
        "--tracker", "--repo", "--api-url", "--url", "--project", "--credential-file", "--owners", "--link-base", "--max-wait",
    };

    private TrackerSetup(ITicketTracker tracker, OwnerMap owners, string? linkBase)
    {
        Tracker = tracker;
        Owners = owners;
        LinkBase = linkBase;
    }

    public ITicketTracker Tracker { get; }

    public OwnerMap Owners { get; }

    public string? LinkBase { get; }

    public static TrackerSetup Create(CommandLine commandLine, string currentDirectory)
    {
        var kind = commandLine.Get("--tracker") ?? throw new UsageException("--tracker github or --tracker redmine is needed");
        var maxWait = TimeSpan.FromSeconds(300);
        if (commandLine.Get("--max-wait") is { } wait)
        {
            maxWait = int.TryParse(wait, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                ? TimeSpan.FromSeconds(seconds)
                : throw new UsageException($"--max-wait '{wait}' is not a number of seconds");
        }

        var credentialFile = commandLine.Get("--credential-file") is { } file ? Path.GetFullPath(Path.Combine(currentDirectory, file)) : null;
        ITicketTracker tracker = kind switch
        {
            "github" => new GitHubTracker(
                commandLine.Get("--repo") ?? throw new UsageException("--tracker github needs --repo OWNER/NAME"),
                commandLine.Get("--api-url"),
                Credential("GITHUB_TOKEN", credentialFile),
                new RateLimitPolicy(maxWait)),
            "redmine" => new RedmineTracker(
                Url(commandLine.Get("--url") ?? throw new UsageException("--tracker redmine needs --url URL (the Redmine root)")),
                commandLine.Get("--project") ?? throw new UsageException("--tracker redmine needs --project IDENTIFIER"),
                Credential("REDMINE_API_KEY", credentialFile),
                TimeSpan.FromSeconds(100)),
            _ => throw new UsageException($"unknown tracker '{kind}'; use github or redmine"),
        };
        var owners = OwnerMap.Load(commandLine.Get("--owners") is { } o ? Path.GetFullPath(Path.Combine(currentDirectory, o)) : null);
        return new TrackerSetup(tracker, owners, commandLine.Get("--link-base"));
    }

    /// <summary>The link to a review in a ticket or a comment: <c>--link-base</c> plus its path, else its path.</summary>
    public string Link(LoadedReview review, string currentDirectory)
    {
        var relative = PathDisplay.Relative(review.FullPath, currentDirectory).Replace('\\', '/');
        return LinkBase == null ? relative : LinkBase.TrimEnd('/') + "/" + relative;
    }

    /// <summary>
    /// The credential from <paramref name="variable"/>, or from the file: a line <c>VARIABLE=value</c>, else its first
    /// non-empty line.
    /// </summary>
    private static string Credential(string variable, string? file)
    {
        if (file != null)
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"the credential file '{file}' does not exist");
            }

            string? first = null;
            foreach (var line in File.ReadAllLines(file))
            {
                var trimmed = line.Trim();
                if (trimmed.StartsWith(variable + "=", StringComparison.Ordinal))
                {
                    return trimmed.Substring(variable.Length + 1).Trim();
                }

                if (first == null && trimmed.Length > 0 && !trimmed.StartsWith("#", StringComparison.Ordinal))
                {
                    first = trimmed;
                }
            }

            return first ?? throw new UsageException($"the credential file '{file}' holds no credential");
        }

        var value = Environment.GetEnvironmentVariable(variable);
        return string.IsNullOrWhiteSpace(value)
            ? throw new UsageException($"no credential: set {variable}, or name a file holding it with --credential-file FILE")
            : value.Trim();
    }

    private static string Url(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
            ? url
            : throw new UsageException($"--url '{url}' is not an http or https URL");
}
