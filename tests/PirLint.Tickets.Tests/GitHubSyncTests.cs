using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PirLint.Tickets.Tests;

/// <summary><c>tickets sync</c>, <c>status</c> and <c>actions --remind</c> against a local server answering as GitHub's REST API.</summary>
public sealed class GitHubSyncTests : IDisposable
{
    private readonly ReviewFixtures _reviews = new();
    private readonly FakeGitHub _github = new();

    public GitHubSyncTests()
    {
        // engineer_b folds to engineer-b; li-wei's account exists but is no collaborator; marco-rossi has none.
        File.WriteAllText(Path.Combine(_reviews.Folder, ".editorconfig"), "root = true\n\n[*]\npirlint.owners.engineer_b = engb\npirlint.owners.li-wei = lwei\n");
        _github.Assignable.Add("engb");
    }

    public void Dispose()
    {
        _github.Dispose();
        _reviews.Dispose();
    }

    private string[] Tracker(params string[] more) =>
        new[] { "--tracker", "github", "--repo", "octo/app", "--api-url", _github.ApiUrl, "--credential-file", _reviews.CredentialFile, "--today", "2026-03-19" }
            .Concat(more).ToArray();

    private CliResult Sync(params string[] more) => Cli.Run(_reviews.Folder, new[] { "tickets", "sync", "reviews" }.Concat(Tracker(more)).ToArray());

    [Fact]
    public void Sync_creates_one_ticket_per_open_item_and_writes_each_url_back_in_both_forms()
    {
        var result = Sync("--link-base", "https://git.example.com/octo/app/blob/main");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(5, _github.Issues.Count);
        var markers = new[] { "pirlint:INC-2026-0317-MD#2", "pirlint:INC-2026-0317-MD#4", "pirlint:INC-2026-0317#2", "pirlint:INC-2026-0317#3", "pirlint:INC-2026-0317#4" };
        Assert.Equal(markers, _github.Issues.Select(i => ((string)i["body"]!).Split('\n').Last()).ToArray());

        // The exact requests: one marker listing, each account checked once, labels listed once and created when missing, one issue per item.
        Assert.Equal(
            new[]
            {
                "GET /api/v3/repos/octo/app/issues?filter=assigned&state=all&labels=post-incident&sort=created&direction=desc",
                "GET /api/v3/repos/octo/app/assignees/engb",
                "GET /api/v3/repos/octo/app/labels",
                "POST /api/v3/repos/octo/app/labels",
                "POST /api/v3/repos/octo/app/labels",
                "POST /api/v3/repos/octo/app/labels",
                "POST /api/v3/repos/octo/app/issues",
                "GET /api/v3/repos/octo/app/assignees/lwei",
                "POST /api/v3/repos/octo/app/labels",
                "POST /api/v3/repos/octo/app/issues",
                "POST /api/v3/repos/octo/app/issues",
                "POST /api/v3/repos/octo/app/labels",
                "POST /api/v3/repos/octo/app/issues",
                "POST /api/v3/repos/octo/app/issues",
            },
            _github.Requests.Select(r => r.ToString()).ToArray());
        Assert.All(_github.Requests, r => Assert.Equal("token " + FakeGitHub.Token, r.Authorization, ignoreCase: true));
        Assert.Equal(
            new[] { "post-incident", "model_behavior", "p0_immediate", "p2_this_quarter", "p1_this_week" },
            _github.Requests.Where(r => r.ToString() == "POST /api/v3/repos/octo/app/labels").Select(r => (string)r.Body!["name"]!).ToArray());

        var create = _github.Requests.Where(r => r.ToString() == "POST /api/v3/repos/octo/app/issues").ElementAt(2).Body!.AsObject();
        Assert.Equal("[PIR INC-2026-0317] Log the refund amount and its calculation inputs for every agent response that quotes a refund", (string)create["title"]!);
        Assert.Equal(
            "Action item 2 of the post-incident review INC-2026-0317: Customer support agent provided incorrect refund amounts\n\n" +
            "Log the refund amount and its calculation inputs for every agent response that quotes a refund\n\n" +
            "- Review: https://git.example.com/octo/app/blob/main/reviews/INC-2026-0317.pir.yaml\n" +
            "- Owner: engineer-b (@engb)\n" +
            "- Priority: p0_immediate\n" +
            "- Due date: 2026-03-20\n" +
            "- Category: model_behavior\n\n" +
            "pirlint:INC-2026-0317#2",
            (string)create["body"]!);
        Assert.Equal(new[] { "post-incident", "model_behavior", "p0_immediate" }, create["labels"]!.AsArray().Select(l => (string)l!).ToArray());
        Assert.Equal(new[] { "engb" }, create["assignees"]!.AsArray().Select(a => (string)a!).ToArray());

        var unassigned = Cli.IssueOf(_github, "pirlint:INC-2026-0317#4");
        Assert.Empty(unassigned["assignees"]!.AsArray());
        Assert.Contains("- Owner: li-wei (lwei, who cannot be assigned here; unassigned)\n", (string)unassigned["body"]!);
        Assert.Contains("- Owner: marco-rossi (no tracker account mapped: add pirlint.owners.marco-rossi = ACCOUNT; unassigned)\n", (string)Cli.IssueOf(_github, "pirlint:INC-2026-0317#3")["body"]!);
        Assert.Contains("owner 'marco-rossi' has no tracker account", result.Stdout);
        Assert.Contains("'lwei' cannot be assigned issues in octo/app (not a collaborator)", result.Stdout);

        // The reviews differ from the originals only in the added lines and cells.
        Assert.Equal(ExpectedYaml(), _reviews.ReadYaml());
        Assert.Equal(ExpectedMarkdown(), _reviews.ReadMarkdown());

        // The written reviews still pass check.
        var check = Cli.Run(_reviews.Folder, "check", "reviews", "--today", "2026-03-19");
        Assert.True(check.ExitCode == 0, check.All);

        // A second run creates nothing and writes nothing.
        _github.Requests.Clear();
        var again = Sync();
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Empty(_github.Writes());
        Assert.Equal(5, _github.Issues.Count);
        Assert.Equal(ExpectedYaml(), _reviews.ReadYaml());
        Assert.Equal(ExpectedMarkdown(), _reviews.ReadMarkdown());
        Assert.DoesNotContain(FakeGitHub.Token, result.All + again.All);
    }

    [Fact]
    public void Sync_after_an_interrupted_run_finds_the_ticket_by_its_marker_and_creates_no_duplicate()
    {
        // The earlier run created the ticket of YAML item 2 and stopped before writing its URL back.
        var earlier = _github.AddIssue("[PIR INC-2026-0317] Log the refund amount", "Made by an earlier run.\n\npirlint:INC-2026-0317#2");
        earlier["labels"] = new JsonArray(new JsonObject { ["name"] = "post-incident" });
        var url = (string)earlier["html_url"]!;

        var result = Sync();

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Equal(4, _github.Requests.Count(r => r.ToString() == "POST /api/v3/repos/octo/app/issues"));
        Assert.Equal(1, _github.Issues.Count(i => ((string)i["body"]!).EndsWith("pirlint:INC-2026-0317#2", StringComparison.Ordinal)));
        Assert.Contains($"action item 2 (INC-2026-0317): writing back {url}, made by an earlier run", result.Stdout);
        Assert.Contains("    status: \"open\"\r\n    ticket_url: " + url + "\r\n", _reviews.ReadYaml());
    }

    [Fact]
    public void Sync_dry_run_prints_the_plan_and_changes_nothing()
    {
        var result = Sync("--dry-run");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Empty(_github.Writes());
        Assert.Empty(_github.Issues);
        Assert.Equal(_reviews.YamlText, _reviews.ReadYaml());
        Assert.Equal(_reviews.MarkdownText, _reviews.ReadMarkdown());
        Assert.Contains("reviews/INC-2026-0317.pir.yaml: action item 3 (INC-2026-0317): would create \"[PIR INC-2026-0317] Route prompt changes through code review", result.Stdout);
        Assert.Contains("reviews/INC-2026-0317.pir.yaml: action item 5 (INC-2026-0317): left as it is (ticket https://tracker.example.com/browse/AIOPS-416)", result.Stdout);
        Assert.Contains("reviews/INC-2026-0317-MD.pir.md: action item 1 (INC-2026-0317-MD): left as it is (closed)", result.Stdout);
        Assert.Contains("GitHub octo/app: would create 5, found 0 from earlier runs, left 5 with a ticket or closed, 0 failed (dry run: nothing created or written)", result.Stdout);
        Assert.Equal(5, result.Stdout.Split('\n').Count(l => l.Contains(": would create \"", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("bad-token", "GitHub refused to list the issues labelled post-incident: the token was not accepted (401)")]
    [InlineData("wrong-repo", "GitHub refused to list the issues labelled post-incident: not found (404)")]
    [InlineData("no-server", "could not reach GitHub to list the issues labelled post-incident")]
    public void Sync_failure_names_each_item_exits_non_zero_and_leaves_the_reviews_unchanged(string failure, string message)
    {
        var args = new List<string> { "tickets", "sync", "reviews", "--tracker", "github", "--today", "2026-03-19" };
        args.AddRange(new[] { "--repo", failure == "wrong-repo" ? "octo/missing" : "octo/app" });
        args.AddRange(new[] { "--api-url", failure == "no-server" ? "http://127.0.0.1:9" : _github.ApiUrl });
        var credentials = _reviews.CredentialFile;
        if (failure == "bad-token")
        {
            credentials = Path.Combine(_reviews.Folder, "bad.token");
            File.WriteAllText(credentials, "ghp_wrong_secret_value\n");
        }

        args.AddRange(new[] { "--credential-file", credentials });
        var result = Cli.Run(_reviews.Folder, args.ToArray());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"pirlint: reviews/INC-2026-0317.pir.yaml: action item 2 (INC-2026-0317): {message}", result.Stderr);
        Assert.Contains("the review is unchanged for this item", result.Stderr);
        Assert.Equal(5, result.Stderr.Split('\n').Count(l => l.StartsWith("pirlint: reviews/", StringComparison.Ordinal)));
        Assert.Equal(_reviews.YamlText, _reviews.ReadYaml());
        Assert.Equal(_reviews.MarkdownText, _reviews.ReadMarkdown());
        Assert.Empty(_github.Issues);
        Assert.DoesNotContain("ghp_wrong_secret_value", result.All);
        Assert.DoesNotContain(FakeGitHub.Token, result.All);
    }

    [Fact]
    public void Sync_rejected_item_keeps_its_text_while_the_others_are_written()
    {
        _github.Failures.Add(("POST", "/api/v3/repos/octo/app/issues", 422, null, "Validation Failed"));

        var result = Sync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pirlint: reviews/INC-2026-0317-MD.pir.md: action item 2 (INC-2026-0317-MD): GitHub refused to create the issue: the request was not valid (422): Validation Failed; the review is unchanged for this item", result.Stderr);
        Assert.Equal(4, _github.Issues.Count);
        var markdown = _reviews.ReadMarkdown();
        Assert.Contains("| engineer-b | p0_immediate | 2026-03-20 | open |  |\n", markdown);
        Assert.Contains("| li-wei | p2_this_quarter | 2026-03-31 | in_progress | " + Cli.UrlOf(_github, "pirlint:INC-2026-0317-MD#4") + " |\n", markdown);

        // The next run makes the missing ticket only.
        _github.Requests.Clear();
        Assert.Equal(0, Sync().ExitCode);
        Assert.Single(_github.Writes(), r => r.ToString() == "POST /api/v3/repos/octo/app/issues");
        Assert.Equal(ExpectedMarkdown(), _reviews.ReadMarkdown());
    }

    [Fact]
    public void Sync_waits_out_a_secondary_rate_limit_as_retry_after_asks()
    {
        _github.Failures.Add(("POST", "/api/v3/repos/octo/app/issues", 403, "1", "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."));
        var started = DateTime.UtcNow;

        var result = Sync();

        Assert.True(result.ExitCode == 0, result.All);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromSeconds(1));
        Assert.Equal(6, _github.Requests.Count(r => r.ToString() == "POST /api/v3/repos/octo/app/issues"));
        Assert.Equal(5, _github.Issues.Count);
        Assert.Equal(ExpectedYaml(), _reviews.ReadYaml());
    }

    [Fact]
    public void Sync_does_not_overwrite_a_review_changed_on_disk_and_the_next_run_recovers_by_marker()
    {
        var edited = ReviewFixtures.Replace(_reviews.YamlText, "review_date: \"2026-03-19\"", "review_date: \"2026-03-18\"");
        _github.OnCreate = () => File.WriteAllText(_reviews.YamlPath, edited);

        var result = Sync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pirlint: reviews/INC-2026-0317.pir.yaml: changed on disk since it was read, so it was not written", result.Stderr);
        Assert.Equal(edited, _reviews.ReadYaml());
        Assert.Empty(Directory.GetFiles(Path.Combine(_reviews.Folder, "reviews"), "*.tmp"));

        _github.OnCreate = null;
        _github.Requests.Clear();
        var again = Sync();
        Assert.True(again.ExitCode == 0, again.All);
        Assert.Empty(_github.Writes());
        Assert.Equal(5, _github.Issues.Count);
        Assert.Equal(
            ReviewFixtures.Replace(ExpectedYaml(), "review_date: \"2026-03-19\"", "review_date: \"2026-03-18\""),
            _reviews.ReadYaml());
    }

    [Fact]
    public void Status_reports_a_ticket_closed_in_the_tracker_and_with_write_closes_the_item_with_the_trackers_date()
    {
        Assert.Equal(0, Sync().ExitCode);
        var yamlIssue = Cli.IssueOf(_github, "pirlint:INC-2026-0317#2");
        yamlIssue["state"] = "closed";
        yamlIssue["closed_at"] = "2026-03-22T18:30:00Z";
        var markdownIssue = Cli.IssueOf(_github, "pirlint:INC-2026-0317-MD#4");
        markdownIssue["state"] = "closed";
        markdownIssue["closed_at"] = "2026-03-30T23:59:00Z";
        var synced = (Yaml: _reviews.ReadYaml(), Markdown: _reviews.ReadMarkdown());
        var status = new[] { "tickets", "status", "reviews" };

        var report = Cli.Run(_reviews.Folder, status.Concat(Tracker()).ToArray());
        Assert.True(report.ExitCode == 0, report.All);
        Assert.Contains($"reviews/INC-2026-0317.pir.yaml: action item 2 (INC-2026-0317): open in the review, closed in the tracker on 2026-03-22: {(string)yamlIssue["html_url"]!}; run with --write", report.Stdout);
        Assert.Contains("3 in step, 2 differ, 2 with tickets elsewhere, 0 failed", report.Stdout);
        Assert.Equal(synced.Yaml, _reviews.ReadYaml());
        Assert.Equal(synced.Markdown, _reviews.ReadMarkdown());

        var written = Cli.Run(_reviews.Folder, status.Concat(Tracker("--write")).ToArray());
        Assert.True(written.ExitCode == 0, written.All);
        Assert.Equal(
            ReviewFixtures.Replace(synced.Yaml, "    status: \"open\"\r\n    ticket_url: " + (string)yamlIssue["html_url"]!, "    status: \"closed\"\r\n    ticket_url: " + (string)yamlIssue["html_url"]! + "\r\n    closed_date: 2026-03-22"),
            _reviews.ReadYaml());
        var markdown = ReviewFixtures.Replace(synced.Markdown, "| Status | Ticket URL |\n|---|---|---|---|---|---|\n", "| Status | Ticket URL | Closed date |\n|---|---|---|---|---|---|---|\n");
        markdown = ReviewFixtures.Replace(markdown, "| in_progress | " + (string)markdownIssue["html_url"]! + " |\n", "| closed | " + (string)markdownIssue["html_url"]! + " | 2026-03-30 |\n");
        foreach (var row in new[] { "| priya-natarajan | p0_immediate | 2026-03-20 | closed |  |", "| marco-rossi | p1_this_week | 2026-03-25 | closed |  |", "| ana-souza | p2_this_quarter | 2026-03-31 | closed |  |" })
        {
            markdown = ReviewFixtures.Replace(markdown, row + "\n", row + "  |\n");
        }

        markdown = ReviewFixtures.Replace(markdown, "| open | " + Cli.UrlOf(_github, "pirlint:INC-2026-0317-MD#2") + " |\n", "| open | " + Cli.UrlOf(_github, "pirlint:INC-2026-0317-MD#2") + " |  |\n");
        Assert.Equal(markdown, _reviews.ReadMarkdown());
        var check = Cli.Run(_reviews.Folder, "check", "reviews", "--today", "2026-03-19");
        Assert.True(check.ExitCode == 0, check.All);
        Assert.DoesNotContain("PIR005", check.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Remind_comments_once_per_overdue_item_and_not_again_within_every_days()
    {
        Assert.Equal(0, Sync().ExitCode);
        var remind = new[] { "actions", "reviews", "--remind", "--tracker", "github", "--repo", "octo/app", "--api-url", _github.ApiUrl, "--credential-file", _reviews.CredentialFile, "--link-base", "https://git.example.com/r" };

        // On 2026-03-26 the p0 items (due 03-20) and the p1 item (due 03-25) are overdue; the p2 items are not.
        var first = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-03-26" }).ToArray());
        Assert.True(first.ExitCode == 0, first.All);
        var yamlItem2 = (int)Cli.IssueOf(_github, "pirlint:INC-2026-0317#2")["number"]!;
        Assert.Equal(
            new[] { "@engb: this action item of INC-2026-0317 is 6 days overdue (due 2026-03-20). Review: https://git.example.com/r/reviews/INC-2026-0317.pir.yaml\n\npirlint-reminder:INC-2026-0317#2 2026-03-26" },
            _github.Comments[yamlItem2]);
        Assert.Equal(3, _github.Comments.Values.Sum(c => c.Count));
        Assert.Equal(
            "marco-rossi: this action item of INC-2026-0317 is 1 day overdue (due 2026-03-25). Review: https://git.example.com/r/reviews/INC-2026-0317.pir.yaml\n\npirlint-reminder:INC-2026-0317#3 2026-03-26",
            _github.Comments[(int)Cli.IssueOf(_github, "pirlint:INC-2026-0317#3")["number"]!].Single());

        // Six days later the three are within the week; the p2 items, due 03-31, are newly overdue and reminded.
        var sameWeek = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-04-01" }).ToArray());
        Assert.True(sameWeek.ExitCode == 0, sameWeek.All);
        Assert.Single(_github.Comments[yamlItem2]);
        Assert.Equal(5, _github.Comments.Values.Sum(c => c.Count));
        Assert.Equal(3, sameWeek.Stdout.Split('\n').Count(l => l.EndsWith("reminded on 2026-03-26, less than 7 days ago; no reminder", StringComparison.Ordinal)));
        Assert.Contains("sent 2 reminders, 3 reminded within 7 days, 0 failed", sameWeek.Stdout);

        // With --every 3 the three are due again the same day (a dry run: nothing sent).
        var everyThree = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-04-01", "--every", "3", "--dry-run" }).ToArray());
        Assert.True(everyThree.ExitCode == 0, everyThree.All);
        Assert.Contains("would send 3 reminders, 2 reminded within 3 days, 0 failed", everyThree.Stdout);
        Assert.Equal(5, _github.Comments.Values.Sum(c => c.Count));

        // A week after the first reminders, the first three are reminded again, the other two not yet.
        var nextWeek = Cli.Run(_reviews.Folder, remind.Concat(new[] { "--today", "2026-04-02" }).ToArray());
        Assert.True(nextWeek.ExitCode == 0, nextWeek.All);
        Assert.Equal(2, _github.Comments[yamlItem2].Count);
        Assert.EndsWith("is 13 days overdue (due 2026-03-20). Review: https://git.example.com/r/reviews/INC-2026-0317.pir.yaml\n\npirlint-reminder:INC-2026-0317#2 2026-04-02", _github.Comments[yamlItem2][1]);
        Assert.Equal(8, _github.Comments.Values.Sum(c => c.Count));
    }

    [Fact]
    public void Sync_skips_a_review_it_cannot_read_syncs_the_others_and_exits_non_zero()
    {
        var broken = Path.Combine(_reviews.Folder, "reviews", "broken.pir.yaml");
        File.WriteAllText(broken, "incident_summary: [unclosed\n");

        var result = Sync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("pirlint: reviews/broken.pir.yaml: cannot be read as a review ('pirlint check' says why); skipped", result.Stderr);
        Assert.Equal("incident_summary: [unclosed\n", File.ReadAllText(broken));
        Assert.Equal(5, _github.Issues.Count);
        Assert.Equal(ExpectedYaml(), _reviews.ReadYaml());
    }

    [Fact]
    public void An_owners_file_maps_names_as_the_format_folds_them_and_wins_over_the_configuration()
    {
        File.WriteAllText(Path.Combine(_reviews.Folder, "owners.txt"), "# review owner = GitHub login\nMarco Rossi = engb\nengineer-b = nobody-here\n");

        var result = Sync("--owners", "owners.txt", "--dry-run");

        Assert.True(result.ExitCode == 0, result.All);
        Assert.Contains("action item 3 (INC-2026-0317): would create \"[PIR INC-2026-0317] Route prompt changes through code review, with an approver from the support policy team for refund prompts\" in GitHub octo/app assigned to engb, and write its URL back", result.Stdout);
        Assert.Contains("action item 2 (INC-2026-0317): 'nobody-here' cannot be assigned issues in octo/app (not a collaborator)", result.Stdout);
        Assert.Empty(_github.Writes());
    }

    private string ExpectedYaml() => _reviews.ExpectedYaml(marker => Cli.UrlOf(_github, marker));

    private string ExpectedMarkdown() => _reviews.ExpectedMarkdown(marker => Cli.UrlOf(_github, marker));
}
