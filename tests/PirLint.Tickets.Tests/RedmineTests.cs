using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using PirLint.TestSupport;

namespace PirLint.Tickets.Tests;

/// <summary>The ticket commands end to end against a real Redmine on this machine (skipped, with the reason, without one).</summary>
public sealed class RedmineTests : IClassFixture<RedmineServer>, IDisposable
{
    private readonly RedmineServer _redmine;
    private readonly ReviewFixtures _reviews = new();

    public RedmineTests(RedmineServer redmine)
    {
        _redmine = redmine;
        File.WriteAllText(Path.Combine(_reviews.Folder, "redmine.key"), "REDMINE_API_KEY=" + redmine.ApiKey + "\n");
    }

    public void Dispose() => _reviews.Dispose();

    private string[] Tracker(string project, params string[] more) =>
        new[] { "--tracker", "redmine", "--url", _redmine.Url, "--project", project, "--credential-file", "redmine.key", "--today", "2026-03-19" }.Concat(more).ToArray();

    private CliResult Sync(string project, params string[] more) => Cli.Run(_reviews.Folder, new[] { "tickets", "sync", "reviews" }.Concat(Tracker(project, more)).ToArray());

    private string UrlOf(string project, string marker) =>
        _redmine.Url + "/issues/" + (int)_redmine.Issues(project).Single(i => ((string?)i!["description"] ?? string.Empty).Contains(marker + "\n", StringComparison.Ordinal) || ((string?)i!["description"] ?? string.Empty).Contains(marker + "\r\n", StringComparison.Ordinal))!["id"]!;

    private (string Project, string Member) Project()
    {
        var project = _redmine.CreateProject();
        var member = _redmine.CreateUser(project);
        var outsider = _redmine.CreateUser(null);
        File.WriteAllText(Path.Combine(_reviews.Folder, ".editorconfig"),
            $"root = true\n\n[*]\npirlint.owners.engineer_b = {member.Login}\npirlint.owners.li-wei = {outsider.Login}\n");
        return (project, member.Login);
    }

    [FactRequiring(PrerequisiteReason.Redmine)]
    public void Sync_creates_one_issue_per_open_item_writes_urls_back_and_a_second_run_creates_nothing()
    {
        var (project, member) = Project();

        var result = Sync(project);

        Assert.True(result.ExitCode == 0, result.All);
        var issues = _redmine.Issues(project);
        Assert.Equal(5, issues.Count);
        var item2 = issues.Single(i => ((string)i!["description"]!).Contains("pirlint:INC-2026-0317#2\n", StringComparison.Ordinal) || ((string)i!["description"]!).Contains("pirlint:INC-2026-0317#2\r\n", StringComparison.Ordinal))!;
        Assert.Equal("[PIR INC-2026-0317] Log the refund amount and its calculation inputs for every agent response that quotes a refund", (string)item2["subject"]!);
        Assert.Equal("Immediate", (string)item2["priority"]!["name"]!);
        Assert.Equal("2026-03-20", (string)item2["due_date"]!);
        Assert.Equal("2026-03-19", (string)item2["start_date"]!);
        Assert.Equal("Test " + member, (string)item2["assigned_to"]!["name"]!);
        Assert.EndsWith("Labels: post-incident, model_behavior, p0_immediate", ((string)item2["description"]!).Replace("\r\n", "\n"));
        var item4 = issues.Single(i => ((string)i!["description"]!).Contains("pirlint:INC-2026-0317#4", StringComparison.Ordinal))!;
        Assert.Null(item4["assigned_to"]);
        Assert.Equal("Normal", (string)item4["priority"]!["name"]!);
        Assert.Contains("is not a member of project " + project, result.Stdout);

        Assert.Equal(_reviews.ExpectedYaml(m => UrlOf(project, m)), _reviews.ReadYaml());
        Assert.Equal(_reviews.ExpectedMarkdown(m => UrlOf(project, m)), _reviews.ReadMarkdown());
        var check = Cli.Run(_reviews.Folder, "check", "reviews", "--today", "2026-03-19");
        Assert.True(check.ExitCode == 0, check.All);

        var again = Sync(project);
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Equal(5, _redmine.Issues(project).Count);
        Assert.Equal(_reviews.ExpectedYaml(m => UrlOf(project, m)), _reviews.ReadYaml());
        Assert.DoesNotContain(_redmine.ApiKey, result.All + again.All);
    }

    [FactRequiring(PrerequisiteReason.Redmine)]
    public void Sync_after_an_interrupted_run_writes_back_the_issue_it_made_instead_of_a_second_one()
    {
        var (project, _) = Project();
        var earlier = _redmine.Send(HttpMethod.Post, "/issues.json", new JsonObject
        {
            ["issue"] = new JsonObject { ["project_id"] = project, ["subject"] = "made by an earlier run", ["description"] = "Interrupted.\n\npirlint:INC-2026-0317-MD#4\n" },
        })!;
        var url = _redmine.Url + "/issues/" + (int)earlier["issue"]!["id"]!;

        var result = Sync(project);

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(5, _redmine.Issues(project).Count);
        Assert.Contains("| li-wei | p2_this_quarter | 2026-03-31 | in_progress | " + url + " |\n", _reviews.ReadMarkdown());
    }

    [FactRequiring(PrerequisiteReason.Redmine)]
    public void Status_with_write_closes_the_item_whose_issue_was_closed_with_the_date_redmine_closed_it()
    {
        var (project, _) = Project();
        Assert.Equal(0, Sync(project).ExitCode);
        var url = UrlOf(project, "pirlint:INC-2026-0317#3");
        var id = url.Substring(url.LastIndexOf('/') + 1);
        _redmine.Send(HttpMethod.Put, $"/issues/{id}.json", new JsonObject { ["issue"] = new JsonObject { ["status_id"] = 5 } });
        var closedOn = DateTimeOffset.Parse((string)_redmine.Send(HttpMethod.Get, $"/issues/{id}.json", null)!["issue"]!["closed_on"]!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var before = _reviews.ReadYaml();

        var result = Cli.Run(_reviews.Folder, new[] { "tickets", "status", "reviews", "--write" }.Concat(Tracker(project)).ToArray());

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains($"action item 3 (INC-2026-0317): in_progress in the review, closed in the tracker on {closedOn}", result.Stdout);
        Assert.Equal(
            ReviewFixtures.Replace(before, "    status: in_progress   # started in the review meeting\r\n    ticket_url: " + url + "\r\n", "    status: closed   # started in the review meeting\r\n    ticket_url: " + url + "\r\n    closed_date: " + closedOn + "\r\n"),
            _reviews.ReadYaml());
    }

    [FactRequiring(PrerequisiteReason.Redmine)]
    public void Remind_adds_one_note_per_overdue_issue_and_none_again_within_the_week()
    {
        var (project, member) = Project();
        Assert.Equal(0, Sync(project).ExitCode);
        var remind = new[] { "actions", "reviews", "--remind", "--tracker", "redmine", "--url", _redmine.Url, "--project", project, "--credential-file", "redmine.key" };

        var first = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-03-26" }).ToArray());
        Assert.True(first.ExitCode == 0, first.All);
        Assert.Contains("sent 3 reminders, 0 reminded within 7 days, 0 failed", first.Stdout);
        var url = UrlOf(project, "pirlint:INC-2026-0317#2");
        var id = url.Substring(url.LastIndexOf('/') + 1);
        var notes = _redmine.Send(HttpMethod.Get, $"/issues/{id}.json?include=journals", null)!["issue"]!["journals"]!.AsArray().Select(j => (string?)j!["notes"]).Where(n => !string.IsNullOrEmpty(n)).ToArray();
        Assert.Equal(new[] { $"@{member}: this action item of INC-2026-0317 is 6 days overdue (due 2026-03-20). Review: reviews/INC-2026-0317.pir.yaml\n\npirlint-reminder:INC-2026-0317#2 2026-03-26" }, notes.Select(n => n!.Replace("\r\n", "\n")).ToArray());

        var sameDay = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-03-26" }).ToArray());
        Assert.Contains("sent 0 reminders, 3 reminded within 7 days, 0 failed", sameDay.Stdout);
        var nextWeek = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-04-02" }).ToArray());
        Assert.Contains("sent 5 reminders, 0 reminded within 7 days, 0 failed", nextWeek.Stdout);
    }

    [FactRequiring(PrerequisiteReason.Redmine)]
    public void A_refused_key_or_a_missing_project_leaves_every_review_unchanged_and_exits_non_zero()
    {
        var hidden = _redmine.CreateProject(isPublic: false);
        File.WriteAllText(Path.Combine(_reviews.Folder, "wrong.key"), "0123456789abcdef0123456789abcdef01234567\n");

        var refused = Cli.Run(_reviews.Folder, "tickets", "sync", "reviews", "--tracker", "redmine", "--url", _redmine.Url, "--project", hidden, "--credential-file", "wrong.key");
        var missing = Sync("no-such-project");

        foreach (var result in new[] { refused, missing })
        {
            Assert.True(result.ExitCode == 1, result.All);
            Assert.True(result.Stderr.Contains("pirlint: reviews/INC-2026-0317.pir.yaml: action item 2 (INC-2026-0317): Redmine refused to list the project's issues"), result.All);
            Assert.Contains("pirlint: reviews/INC-2026-0317.pir.yaml: action item 2 (INC-2026-0317): Redmine refused to list the project's issues", result.Stderr);
            Assert.Contains("the review is unchanged for this item", result.Stderr);
            Assert.Equal(_reviews.YamlText, _reviews.ReadYaml());
            Assert.Equal(_reviews.MarkdownText, _reviews.ReadMarkdown());
            Assert.DoesNotContain("0123456789abcdef0123456789abcdef01234567", result.All);
        }

        Assert.Empty(_redmine.Issues(hidden));
    }
}
