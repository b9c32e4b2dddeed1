using System.Text.RegularExpressions;
using PirLint.TestSupport;

namespace PirLint.Cli.Tests;

/// <summary>Clean reviews (the article's sample) whose five action items have given statuses, owners and ids.</summary>
internal static class FollowUpFixtures
{
    // The sample's items: due 2026-03-20 (p0), 2026-03-20 (p0), 2026-03-25 (p1), 2026-03-31 (p2), 2026-03-31 (p2),
    // owned by priya-natarajan, engineer-b, marco-rossi, li-wei and ana-souza; all closed, on or before the due date
    // (closed_date 2026-03-18, 03-19, 03-24, 03-30, 03-31). An item given another status loses its closed_date.

    /// <summary>The sample with incident id <paramref name="id"/> and item i's status (null: no status line).</summary>
    public static string Review(string id, params string?[] statuses)
    {
        var text = Repository.CleanSample.ReplaceEach("INC-2026-0317", id, 2);
        var index = 0;
        return Regex.Replace(text, "    status: \"closed\"\n(    closed_date: \"[0-9-]+\"\n)?", match =>
        {
            var status = index < statuses.Length ? statuses[index] : "closed";
            index++;
            return status == "closed" ? match.Value : status == null ? string.Empty : $"    status: \"{status}\"\n";
        });
    }
}
