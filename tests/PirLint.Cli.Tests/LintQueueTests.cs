using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using PirLint.Configuration;
using PirLint.Engine;
using PirLint.Hosting;
using Xunit;

namespace PirLint.Cli.Tests;

public class LintQueueTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Results_follow_the_final_list_and_each_file_is_linted_once(int workers)
    {
        var calls = new ConcurrentDictionary<string, int>();
        var queue = new LintQueue(workers, path => Lint(path, calls));
        // Offered while the walk goes on; one of them (c) is then left out of the list, as a file reached again through a link is.
        foreach (var offered in new[] { "b", "c", "a", "e" })
        {
            queue.Offer(offered);
        }

        var final = new[] { "a", "b", "d", "e", "f" };
        var results = queue.Finish(final);

        Assert.Equal(final, results.Select(r => r.Path));
        Assert.Equal(new[] { "a", "b", "c", "d", "e", "f" }, calls.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(calls.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public void A_list_without_offers_is_linted_whole()
    {
        var calls = new ConcurrentDictionary<string, int>();
        var files = Enumerable.Range(0, 200).Select(i => $"r{i:D3}").ToArray();
        var results = new LintQueue(3, path => Lint(path, calls)).Finish(files);
        Assert.Equal(files, results.Select(r => r.Path));
        Assert.Equal(200, calls.Count);
    }

    [Fact]
    public void The_first_failure_is_rethrown_when_the_run_finishes()
    {
        var queue = new LintQueue(2, path => path == "bad" ? throw new InvalidOperationException("lint failed on " + path) : Lint(path, new ConcurrentDictionary<string, int>()));
        queue.Offer("bad");
        var failure = Assert.Throws<InvalidOperationException>(() => queue.Finish(new[] { "a", "bad", "c" }));
        Assert.Equal("lint failed on bad", failure.Message);
    }

    [Fact]
    public void An_abandoned_walk_stops_the_helpers()
    {
        var calls = new ConcurrentDictionary<string, int>();
        var queue = new LintQueue(2, path => Lint(path, calls));
        for (var i = 0; i < 50; i++)
        {
            queue.Offer($"r{i}");
        }

        queue.Abandon();
        // Abandon returns once the helpers have stopped: nothing is linted after it.
        var linted = calls.Count;
        System.Threading.Thread.Sleep(50);
        Assert.Equal(linted, calls.Count);
    }

    private static DocumentResult Lint(string path, ConcurrentDictionary<string, int> calls)
    {
        calls.AddOrUpdate(path, 1, (_, count) => count + 1);
        return PirLintEngine.Unreadable(path, "test", PirLintOptions.Default);
    }
}
