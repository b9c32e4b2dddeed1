using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace PirLint.Tickets.Tests;

/// <summary>A request the fake received: method, path with query, JSON body (or null) and the Authorization header.</summary>
internal sealed record SentRequest(string Method, string Path, string Query, JsonNode? Body, string? Authorization)
{
    public override string ToString() => $"{Method} {Path}{Query}";
}

/// <summary>
/// A local HTTP server answering as GitHub's REST API does for the calls PirLint makes (issues, labels, assignees,
/// comments), with GitHub's documented JSON shapes and status codes, keeping its issues in memory. Octokit talks to a
/// GitHub Enterprise address under <c>/api/v3</c>, so that is where it answers. Every request is recorded.
/// </summary>
internal sealed class FakeGitHub : IDisposable
{
    public const string Token = "ghp_test_token_never_printed_0123456789";
    private const string Prefix = "/api/v3/repos/octo/app";
    private readonly WireMockServer _server;
    private readonly object _gate = new();

    public FakeGitHub()
    {
        _server = WireMockServer.Start();
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
    }

    public string ApiUrl => _server.Url!;

    public List<SentRequest> Requests { get; } = new();

    public List<JsonObject> Issues { get; } = new();

    public Dictionary<int, List<string>> Comments { get; } = new();

    public HashSet<string> Labels { get; } = new(StringComparer.OrdinalIgnoreCase) { "bug" };

    public HashSet<string> Assignable { get; } = new(StringComparer.OrdinalIgnoreCase) { "priya" };

    /// <summary>A status (with an optional <c>retry-after</c>) to answer the next requests matching a method and path, before answering normally.</summary>
    public List<(string Method, string Path, int Status, string? RetryAfter, string Message)> Failures { get; } = new();

    /// <summary>Runs when an issue is created, before the answer (to change a review on disk meanwhile).</summary>
    public Action? OnCreate { get; set; }

    public string HtmlUrl(int number) => $"{ApiUrl}/octo/app/issues/{number}";

    public JsonObject AddIssue(string title, string body, bool closed = false, string? closedAt = null)
    {
        lock (_gate)
        {
            var number = Issues.Count + 1;
            var issue = IssueJson(number, title, body, new JsonArray(), null);
            issue["state"] = closed ? "closed" : "open";
            issue["closed_at"] = closedAt;
            Issues.Add(issue);
            return issue;
        }
    }

    public IReadOnlyList<SentRequest> Writes() => Requests.Where(r => r.Method != "GET").ToList();

    public void Dispose() => _server.Stop();

    private IResponseMessage Handle(IRequestMessage request)
    {
        lock (_gate)
        {
            JsonNode? body = string.IsNullOrEmpty(request.Body) ? null : JsonNode.Parse(request.Body);
            var auth = request.Headers != null && request.Headers.TryGetValue("Authorization", out var values) ? values.FirstOrDefault() : null;
            var path = request.Path;
            Requests.Add(new SentRequest(request.Method, path, request.RawQuery ?? string.Empty, body, auth));
            for (var i = 0; i < Failures.Count; i++)
            {
                var failure = Failures[i];
                if (failure.Method == request.Method && failure.Path == path)
                {
                    Failures.RemoveAt(i);
                    var error = Json(failure.Status, new JsonObject { ["message"] = failure.Message, ["documentation_url"] = "https://docs.github.com/rest" });
                    if (failure.RetryAfter != null)
                    {
                        error.AddHeader("retry-after", failure.RetryAfter);
                    }

                    return error;
                }
            }

            if (!string.Equals(auth, "token " + Token, StringComparison.OrdinalIgnoreCase) && !string.Equals(auth, "bearer " + Token, StringComparison.OrdinalIgnoreCase))
            {
                return Json(401, new JsonObject { ["message"] = "Bad credentials", ["documentation_url"] = "https://docs.github.com/rest" });
            }

            if (!path.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return NotFound();
            }

            var rest = path.Substring(Prefix.Length);
            var segments = rest.Split('/', StringSplitOptions.RemoveEmptyEntries);
            switch (request.Method, segments.Length > 0 ? segments[0] : string.Empty)
            {
                case ("GET", "issues") when segments.Length == 1:
                    return Json(200, new JsonArray(Issues.Where(i => i["labels"]!.AsArray().Any(l => (string?)l!["name"] == "post-incident")).Select(i => i.DeepClone()).ToArray()));
                case ("POST", "issues") when segments.Length == 1:
                    OnCreate?.Invoke();
                    var labels = new JsonArray(body!["labels"]!.AsArray().Select(l => (JsonNode)LabelJson((string)l!)).ToArray());
                    var assignee = body["assignees"]?.AsArray().FirstOrDefault() is { } a ? (string?)a : null;
                    var issue = IssueJson(Issues.Count + 1, (string)body["title"]!, (string?)body["body"], labels, assignee);
                    Issues.Add(issue);
                    return Json(201, issue.DeepClone());
                case ("GET", "issues") when segments.Length == 2 && Find(segments[1]) is { } found:
                    return Json(200, found.DeepClone());
                case ("GET", "issues") when segments.Length == 3 && segments[2] == "comments" && Find(segments[1]) is { } commented:
                    var list = Comments.TryGetValue((int)commented["number"]!, out var texts) ? texts : new List<string>();
                    return Json(200, new JsonArray(list.Select((text, n) => (JsonNode)CommentJson(n + 1, text)).ToArray()));
                case ("POST", "issues") when segments.Length == 3 && segments[2] == "comments" && Find(segments[1]) is { } target:
                    var number = (int)target["number"]!;
                    if (!Comments.TryGetValue(number, out var existing))
                    {
                        Comments[number] = existing = new List<string>();
                    }

                    existing.Add((string)body!["body"]!);
                    return Json(201, CommentJson(existing.Count, existing[^1]));
                case ("GET", "labels"):
                    return Json(200, new JsonArray(Labels.Select(l => (JsonNode)LabelJson(l)).ToArray()));
                case ("POST", "labels"):
                    Labels.Add((string)body!["name"]!);
                    return Json(201, LabelJson((string)body["name"]!));
                case ("GET", "assignees") when segments.Length == 2:
                    return Assignable.Contains(segments[1]) ? new ResponseMessage { StatusCode = 204 } : NotFound();
                default:
                    return NotFound();
            }
        }
    }

    private JsonObject? Find(string number) => Issues.FirstOrDefault(i => ((int)i["number"]!).ToString(CultureInfo.InvariantCulture) == number);

    private JsonObject IssueJson(int number, string title, string? body, JsonArray labels, string? assignee) => new()
    {
        ["id"] = 1000 + number,
        ["node_id"] = "I_" + number,
        ["url"] = $"{ApiUrl}{Prefix}/issues/{number}",
        ["html_url"] = HtmlUrl(number),
        ["number"] = number,
        ["state"] = "open",
        ["state_reason"] = null,
        ["title"] = title,
        ["body"] = body,
        ["user"] = UserJson("pirlint-bot"),
        ["labels"] = labels,
        ["assignee"] = assignee == null ? null : UserJson(assignee),
        ["assignees"] = assignee == null ? new JsonArray() : new JsonArray(UserJson(assignee)),
        ["locked"] = false,
        ["comments"] = 0,
        ["closed_at"] = null,
        ["created_at"] = "2026-03-19T09:00:00Z",
        ["updated_at"] = "2026-03-19T09:00:00Z",
    };

    private JsonObject CommentJson(int id, string body) => new()
    {
        ["id"] = id,
        ["node_id"] = "IC_" + id,
        ["url"] = $"{ApiUrl}{Prefix}/issues/comments/{id}",
        ["html_url"] = $"{ApiUrl}/octo/app/issues#issuecomment-{id}",
        ["body"] = body,
        ["user"] = UserJson("pirlint-bot"),
        ["created_at"] = "2026-04-01T09:00:00Z",
        ["updated_at"] = "2026-04-01T09:00:00Z",
    };

    private JsonObject LabelJson(string name) => new()
    {
        ["id"] = Math.Abs(name.GetHashCode(StringComparison.Ordinal)),
        ["node_id"] = "L_" + name,
        ["url"] = $"{ApiUrl}{Prefix}/labels/{Uri.EscapeDataString(name)}",
        ["name"] = name,
        ["color"] = "c5def5",
        ["default"] = false,
        ["description"] = null,
    };

    private static JsonObject UserJson(string login) => new()
    {
        ["login"] = login,
        ["id"] = Math.Abs(login.GetHashCode(StringComparison.Ordinal)),
        ["type"] = "User",
        ["site_admin"] = false,
    };

    private static ResponseMessage NotFound() =>
        Json(404, new JsonObject { ["message"] = "Not Found", ["documentation_url"] = "https://docs.github.com/rest" });

    private static ResponseMessage Json(int status, JsonNode body)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData
            {
                BodyAsString = body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }),
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            },
        };
        message.AddHeader("Content-Type", "application/json; charset=utf-8");
        return message;
    }
}
