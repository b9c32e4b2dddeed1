using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace PirLint.Cli.Tickets;

/// <summary>
/// Redmine through its REST API (JSON, key in <c>X-Redmine-API-Key</c>). Redmine has no labels: they go into the
/// description; the priority maps to Redmine's own (Immediate, High, Normal); accounts are logins or user ids.
/// </summary>
internal sealed class RedmineTracker : ITicketTracker, IDisposable
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly string _project;
    private readonly Regex _issueUrl;
    private List<JsonNode>? _issues;
    private Dictionary<string, int>? _priorities;
    private HashSet<int>? _members;

    public RedmineTracker(string url, string project, string apiKey, TimeSpan timeout)
    {
        _baseUrl = url.TrimEnd('/');
        _project = project;
        _http = new HttpClient { Timeout = timeout };
        _http.DefaultRequestHeaders.Add("X-Redmine-API-Key", apiKey);
        _issueUrl = new Regex("^" + Regex.Escape(_baseUrl) + "/issues/(?<n>[0-9]+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Name = $"Redmine project {project}";
    }

    public string Name { get; }

    public async Task<TicketRef?> FindByMarkerAsync(string marker)
    {
        if (_issues == null)
        {
            // Kept only once complete: a listing that failed half way must not look like "no such ticket".
            var all = new List<JsonNode>();
            for (var offset = 0; ; offset += 100)
            {
                var page = await Send(HttpMethod.Get, $"/issues.json?project_id={Uri.EscapeDataString(_project)}&status_id=*&limit=100&offset={offset}", null, "list the project's issues");
                var issues = page?["issues"]?.AsArray() ?? new JsonArray();
                foreach (var issue in issues)
                {
                    all.Add(issue!);
                }

                if (issues.Count < 100)
                {
                    break;
                }
            }

            _issues = all;
        }

        foreach (var issue in _issues)
        {
            if (TicketMarker.IsIn((string?)issue["description"], marker))
            {
                return new TicketRef(IssueUrl((int)issue["id"]!));
            }
        }

        return null;
    }

    public async Task<string?> CheckAssigneeAsync(string account)
    {
        var id = await UserId(account);
        if (id == null)
        {
            return $"'{account}' is not a Redmine user";
        }

        if (_members == null)
        {
            _members = new HashSet<int>();
            var memberships = await Send(HttpMethod.Get, $"/projects/{Uri.EscapeDataString(_project)}/memberships.json?limit=100", null, "list the project's members");
            foreach (var membership in memberships?["memberships"]?.AsArray() ?? new JsonArray())
            {
                if (membership?["user"]?["id"] is { } user)
                {
                    _members.Add((int)user);
                }
            }
        }

        return _members.Contains(id.Value) ? null : $"'{account}' is not a member of project {_project}, so cannot be assigned its issues";
    }

    public async Task<TicketRef> CreateAsync(NewTicket ticket)
    {
        var issue = new JsonObject
        {
            ["project_id"] = _project,
            ["subject"] = ticket.Title,
            ["description"] = ticket.Body + "\n\nLabels: " + string.Join(", ", ticket.Labels),
        };
        if (ticket.Priority != null && await PriorityId(ticket.Priority) is { } priority)
        {
            issue["priority_id"] = priority;
        }

        if (ticket.DueDate is { } due)
        {
            // Redmine wants a start date no later than the due date; it defaults to today.
            var start = due.Date < ticket.Today.Date ? due : ticket.Today;
            issue["start_date"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            issue["due_date"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (ticket.Assignee != null && await UserId(ticket.Assignee) is { } assignee)
        {
            issue["assigned_to_id"] = assignee;
        }

        var created = await Send(HttpMethod.Post, "/issues.json", new JsonObject { ["issue"] = issue }, "create the issue");
        var node = created?["issue"] ?? throw new TrackerException("Redmine answered the new issue without it");
        _issues?.Add(node);
        return new TicketRef(IssueUrl((int)node["id"]!));
    }

    public bool Owns(string url) => _issueUrl.IsMatch(url);

    public async Task<TicketState> GetStateAsync(string url)
    {
        var issue = (await Send(HttpMethod.Get, $"/issues/{Number(url)}.json", null, "read issue #" + Number(url)))?["issue"];
        var closed = issue?["status"]?["is_closed"] is { } flag ? (bool)flag : await IsClosedStatus((int)issue!["status"]!["id"]!);
        DateTime? closedOn = closed && issue?["closed_on"] is { } on && DateTimeOffset.TryParse((string?)on, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? when.UtcDateTime.Date
            : null;
        return new TicketState(closed, closedOn, (string?)issue?["assigned_to"]?["name"]);
    }

    public async Task<IReadOnlyList<string>> GetCommentsAsync(string url)
    {
        var issue = (await Send(HttpMethod.Get, $"/issues/{Number(url)}.json?include=journals", null, "read the notes of issue #" + Number(url)))?["issue"];
        var notes = new List<string>();
        foreach (var journal in issue?["journals"]?.AsArray() ?? new JsonArray())
        {
            if ((string?)journal?["notes"] is { Length: > 0 } text)
            {
                notes.Add(text);
            }
        }

        return notes;
    }

    public async Task AddCommentAsync(string url, string body) =>
        await Send(HttpMethod.Put, $"/issues/{Number(url)}.json", new JsonObject { ["issue"] = new JsonObject { ["notes"] = body } }, "add a note to issue #" + Number(url));

    public void Dispose() => _http.Dispose();

    private string IssueUrl(int id) => _baseUrl + "/issues/" + id.ToString(CultureInfo.InvariantCulture);

    private string Number(string url)
    {
        var match = _issueUrl.Match(url);
        return match.Success ? match.Groups["n"].Value : throw new TrackerException($"'{url}' is not an issue of {_baseUrl}");
    }

    private async Task<int?> PriorityId(string priority)
    {
        if (_priorities == null)
        {
            _priorities = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var list = await Send(HttpMethod.Get, "/enumerations/issue_priorities.json", null, "list the priorities");
            foreach (var item in list?["issue_priorities"]?.AsArray() ?? new JsonArray())
            {
                _priorities[(string)item!["name"]!] = (int)item["id"]!;
            }
        }

        var name = priority switch
        {
            "p0_immediate" => "Immediate",
            "p1_this_week" => "High",
            _ => "Normal",
        };
        return _priorities.TryGetValue(name, out var id) ? id : null;
    }

    private async Task<bool> IsClosedStatus(int statusId)
    {
        var list = await Send(HttpMethod.Get, "/issue_statuses.json", null, "list the issue statuses");
        foreach (var status in list?["issue_statuses"]?.AsArray() ?? new JsonArray())
        {
            if ((int)status!["id"]! == statusId)
            {
                return (bool)status["is_closed"]!;
            }
        }

        return false;
    }

    /// <summary>A numeric account is a user id; a login is looked up (which needs an administrator's key).</summary>
    private async Task<int?> UserId(string account)
    {
        if (int.TryParse(account, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        var users = await Send(HttpMethod.Get, "/users.json?name=" + Uri.EscapeDataString(account), null, $"look up the user '{account}'");
        foreach (var user in users?["users"]?.AsArray() ?? new JsonArray())
        {
            if (string.Equals((string?)user?["login"], account, StringComparison.OrdinalIgnoreCase))
            {
                return (int)user!["id"]!;
            }
        }

        return null;
    }

    private async Task<JsonNode?> Send(HttpMethod method, string path, JsonNode? body, string what)
    {
        using var request = new HttpRequestMessage(method, _baseUrl + path);
        if (body != null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request);
        }
        catch (HttpRequestException exception)
        {
            throw new TrackerException($"could not reach Redmine at {_baseUrl} to {what}: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception)
        {
            throw new TrackerException($"Redmine at {_baseUrl} did not answer in time to {what}", exception);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status >= 400)
            {
                var meaning = status switch
                {
                    401 => "the API key was not accepted (401); check REDMINE_API_KEY and that the REST API is enabled",
                    403 => "the API key lacks the permission (403)",
                    404 => $"not found (404); check --url and --project {_project}",
                    422 => "the request was not valid (422)",
                    _ => $"HTTP {status}",
                };
                throw new TrackerException($"Redmine refused to {what}: {meaning}{Errors(text)}");
            }

            if (text.Trim().Length == 0)
            {
                return null;
            }

            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                throw new TrackerException($"Redmine answered {what} with something that is not JSON (is --url the Redmine root?)");
            }
        }
    }

    /// <summary>Redmine's validation errors (<c>{"errors": [...]}</c>), for a 422.</summary>
    private static string Errors(string text)
    {
        try
        {
            if (JsonNode.Parse(text)?["errors"] is JsonArray errors && errors.Count > 0)
            {
                var list = new List<string>();
                foreach (var error in errors)
                {
                    list.Add((string?)error ?? string.Empty);
                }

                return ": " + string.Join("; ", list);
            }
        }
        catch (JsonException)
        {
        }

        return string.Empty;
    }
}
