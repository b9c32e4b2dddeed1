using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Octokit;

namespace PirLint.Cli.Tickets;

/// <summary>GitHub Issues through Octokit: labels, assignees, issues and comments of one repository.</summary>
internal sealed class GitHubTracker : ITicketTracker
{
    private readonly GitHubClient _client;
    private readonly string _owner;
    private readonly string _name;
    private readonly RateLimitPolicy _rateLimits;
    private readonly Regex _issueUrl;
    private Dictionary<string, string>? _labels;
    private List<Issue>? _marked;
    private readonly Dictionary<string, string?> _assignable = new(StringComparer.OrdinalIgnoreCase);

    public GitHubTracker(string repository, string? apiUrl, string token, RateLimitPolicy rateLimits)
    {
        var slash = repository.IndexOf('/');
        if (slash <= 0 || slash == repository.Length - 1 || repository.IndexOf('/', slash + 1) >= 0)
        {
            throw new UsageException($"--repo '{repository}' is not OWNER/NAME");
        }

        _owner = repository.Substring(0, slash);
        _name = repository.Substring(slash + 1);
        _rateLimits = rateLimits;
        var header = new ProductHeaderValue("pirlint");
        _client = apiUrl == null ? new GitHubClient(header) : new GitHubClient(header, new Uri(apiUrl));
        _client.Credentials = new Credentials(token);
        _issueUrl = new Regex("/" + Regex.Escape(_owner) + "/" + Regex.Escape(_name) + "/issues/(?<n>[0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Name = "GitHub " + repository;
    }

    public string Name { get; }

    /// <summary>The label PirLint puts on every ticket; the marker lookup lists the issues that carry it.</summary>
    public const string Label = "post-incident";

    public async Task<TicketRef?> FindByMarkerAsync(string marker)
    {
        if (_marked == null)
        {
            var request = new RepositoryIssueRequest { State = ItemStateFilter.All };
            request.Labels.Add(Label);
            _marked = new List<Issue>(await Call("list the issues labelled " + Label, () => _client.Issue.GetAllForRepository(_owner, _name, request)));
        }

        foreach (var issue in _marked)
        {
            if (TicketMarker.IsIn(issue.Body, marker))
            {
                return new TicketRef(issue.HtmlUrl);
            }
        }

        return null;
    }

    public async Task<string?> CheckAssigneeAsync(string account)
    {
        if (!_assignable.TryGetValue(account, out var reason))
        {
            var assignable = await Call($"check that '{account}' can be assigned", () => _client.Issue.Assignee.CheckAssignee(_owner, _name, account));
            _assignable[account] = reason = assignable ? null : $"'{account}' cannot be assigned issues in {_owner}/{_name} (not a collaborator)";
        }

        return reason;
    }

    public async Task<TicketRef> CreateAsync(NewTicket ticket)
    {
        await EnsureLabels(ticket.Labels);
        var issue = new NewIssue(ticket.Title) { Body = ticket.Body };
        foreach (var label in ticket.Labels)
        {
            issue.Labels.Add(label);
        }

        if (ticket.Assignee != null)
        {
            issue.Assignees.Add(ticket.Assignee);
        }

        var created = await Call("create the issue", () => _client.Issue.Create(_owner, _name, issue));
        _marked?.Add(created);
        return new TicketRef(created.HtmlUrl);
    }

    public bool Owns(string url) => _issueUrl.IsMatch(url);

    public async Task<TicketState> GetStateAsync(string url)
    {
        var issue = await Call("read issue #" + Number(url), () => _client.Issue.Get(_owner, _name, Number(url)));
        var closed = issue.State.Value == ItemState.Closed;
        return new TicketState(closed, closed ? issue.ClosedAt?.UtcDateTime.Date : null, issue.Assignee?.Login);
    }

    public async Task<IReadOnlyList<string>> GetCommentsAsync(string url)
    {
        var comments = await Call("read the comments of issue #" + Number(url), () => _client.Issue.Comment.GetAllForIssue(_owner, _name, Number(url)));
        var bodies = new List<string>(comments.Count);
        foreach (var comment in comments)
        {
            bodies.Add(comment.Body ?? string.Empty);
        }

        return bodies;
    }

    public Task AddCommentAsync(string url, string body) =>
        Call("comment on issue #" + Number(url), () => _client.Issue.Comment.Create(_owner, _name, Number(url), body));

    private int Number(string url)
    {
        var match = _issueUrl.Match(url);
        return match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : throw new TrackerException($"'{url}' is not an issue of {_owner}/{_name}");
    }

    private async Task EnsureLabels(IReadOnlyList<string> labels)
    {
        if (_labels == null)
        {
            _labels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var label in await Call("list the labels", () => _client.Issue.Labels.GetAllForRepository(_owner, _name)))
            {
                _labels[label.Name] = label.Name;
            }
        }

        foreach (var label in labels)
        {
            if (!_labels.ContainsKey(label))
            {
                var color = label == Label ? "d93f0b" : "c5def5";
                await Call($"create the label '{label}'", () => _client.Issue.Labels.Create(_owner, _name, new NewLabel(label, color)));
                _labels[label] = label;
            }
        }
    }

    /// <summary>One API call: waits out rate limits as GitHub asks, and turns every failure into a <see cref="TrackerException"/>.</summary>
    private async Task<T> Call<T>(string what, Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (ApiException exception) when (RateLimitWait(exception) is { } wait && _rateLimits.MayWait(wait, attempt))
            {
                await _rateLimits.Delay(wait);
            }
            catch (ApiException exception)
            {
                throw new TrackerException($"GitHub refused to {what}: {Describe(exception)}", exception);
            }
            catch (HttpRequestException exception)
            {
                throw new TrackerException($"could not reach GitHub to {what}: {exception.Message}", exception);
            }
            catch (TaskCanceledException exception)
            {
                throw new TrackerException($"GitHub did not answer in time to {what}", exception);
            }
        }
    }

    private async Task Call(string what, Func<Task> call) => await Call(what, async () =>
    {
        await call();
        return true;
    });

    /// <summary>How long GitHub asks to wait: <c>retry-after</c>, else until <c>x-ratelimit-reset</c> when none remain, else a minute for a secondary limit.</summary>
    private static TimeSpan? RateLimitWait(ApiException exception)
    {
        var status = (int)exception.StatusCode;
        if (status != 403 && status != 429)
        {
            return null;
        }

        var headers = exception.HttpResponse?.Headers;
        string? Header(string name)
        {
            if (headers == null)
            {
                return null;
            }

            foreach (var pair in headers)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Value;
                }
            }

            return null;
        }

        if (int.TryParse(Header("retry-after"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (Header("x-ratelimit-remaining") == "0" &&
            long.TryParse(Header("x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(reset) - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1);
        }

        return exception is SecondaryRateLimitExceededException or AbuseException ? TimeSpan.FromMinutes(1) : null;
    }

    private static string Describe(ApiException exception)
    {
        var status = (int)exception.StatusCode;
        var meaning = status switch
        {
            401 => "the token was not accepted (401); check GITHUB_TOKEN",
            403 => "the token lacks the permission, or a rate limit was not lifted in time (403)",
            404 => "not found (404); check --repo and that the token can see the repository",
            422 => "the request was not valid (422)",
            429 => "too many requests (429)",
            _ => $"HTTP {status}",
        };
        return string.IsNullOrEmpty(exception.ApiError?.Message) ? meaning : $"{meaning}: {exception.ApiError!.Message}";
    }
}
