using System;

namespace PirLint.Tickets.Tests;

/// <summary><c>pirlint actions --format digest</c>: a section per owner, most overdue first, overdue items before open ones.</summary>
public sealed class DigestTests : IDisposable
{
    private readonly ReviewFixtures _reviews = new();

    public void Dispose() => _reviews.Dispose();

    [Fact]
    public void The_digest_lists_each_owners_overdue_and_open_items()
    {
        var result = Cli.Run(_reviews.Folder, "actions", "reviews", "--format", "digest", "--today", "2026-03-26");

        Assert.True(result.ExitCode == 0, result.All);
        const string Log = "Log the refund amount and its calculation inputs for every agent response that quotes a refund";
        const string Canary = "Roll out prompt updates as a canary to 5% of conversations with automatic rollback when the refund eval score drops";
        Assert.Equal(
            "Action items by owner on 2026-03-26: 3 overdue items, 3 open items not yet due, 4 owners\n" +
            "\n" +
            "engineer-b: 2 overdue, 0 open\n" +
            $"  OVERDUE 6 days: INC-2026-0317-MD #2 {Log} (due 2026-03-20, p0_immediate)\n" +
            "    reviews/INC-2026-0317-MD.pir.md\n" +
            $"  OVERDUE 6 days: INC-2026-0317 #2 {Log} (due 2026-03-20, p0_immediate)\n" +
            "    reviews/INC-2026-0317.pir.yaml\n" +
            "\n" +
            "marco-rossi: 1 overdue, 0 open\n" +
            "  OVERDUE 1 day: INC-2026-0317 #3 Route prompt changes through code review, with an approver from the support policy team for refund prompts (due 2026-03-25, p1_this_week)\n" +
            "    reviews/INC-2026-0317.pir.yaml\n" +
            "\n" +
            "ana-souza: 0 overdue, 1 open\n" +
            "  open: INC-2026-0317 #5 Monitor agent output quality and behavior drift by comparing quoted refund amounts with the billing system and paging on mismatch (due 2026-03-31, p2_this_quarter)\n" +
            "    https://tracker.example.com/browse/AIOPS-416\n" +
            "\n" +
            "li-wei: 0 overdue, 2 open\n" +
            $"  open: INC-2026-0317-MD #4 {Canary} (due 2026-03-31, p2_this_quarter)\n" +
            "    reviews/INC-2026-0317-MD.pir.md\n" +
            $"  open: INC-2026-0317 #4 {Canary} (due 2026-03-31, p2_this_quarter)\n" +
            "    reviews/INC-2026-0317.pir.yaml\n",
            result.Stdout);
    }

    [Fact]
    public void Usage_errors_exit_two()
    {
        Assert.Equal(2, Cli.Run(_reviews.Folder, "tickets").ExitCode);
        Assert.Equal(2, Cli.Run(_reviews.Folder, "tickets", "sync", "reviews", "--tracker", "github", "--repo", "octo/app", "--write").ExitCode);
        Assert.Contains("--tracker github needs --repo OWNER/NAME", Cli.Run(_reviews.Folder, "tickets", "sync", "reviews", "--tracker", "github").Stderr);
        Assert.Contains("unknown tracker 'jira'; use github or redmine", Cli.Run(_reviews.Folder, "tickets", "status", "--tracker", "jira").Stderr);
        Assert.Equal(2, Cli.Run(_reviews.Folder, "actions", "reviews", "--format", "digests").ExitCode);
        var remind = Cli.Run(_reviews.Folder, "actions", "reviews", "--remind");
        Assert.Equal(2, remind.ExitCode);
        Assert.Contains("--tracker github or --tracker redmine is needed", remind.Stderr);
    }
}
