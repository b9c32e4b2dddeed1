using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Cli.Tickets;

/// <summary>What a tracker run works with.</summary>
internal sealed record TicketRunContext(
    TrackerSetup Setup,
    IReadOnlyList<LoadedReview> Reviews,
    DateTime Today,
    bool DryRun,
    string CurrentDirectory,
    TextWriter Stdout,
    TextWriter Stderr)
{
    public ITicketTracker Tracker => Setup.Tracker;

    /// <summary>Reports a failed item; the review is left as it was for it.</summary>
    public void Fail(LoadedReview review, int index, string message) =>
        Stderr.WriteLine($"pirlint: {ReviewWriteBack.Describe(review, index)}: {message}; the review is unchanged for this item");
}
