using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Cli.Tickets;

/// <summary>Writes the edits of one review through <see cref="ReviewEditor"/> and <see cref="FileWriter.ReplaceIfUnchanged"/>.</summary>
internal static class ReviewWriteBack
{
    /// <summary>The number of items that could not be written (each named on <paramref name="stderr"/>); 0 when all were.</summary>
    public static int Write(LoadedReview review, IReadOnlyList<ItemEdit> edits, TextWriter stderr, string afterFailure)
    {
        if (edits.Count == 0)
        {
            return 0;
        }

        var refused = new List<(ItemEdit Edit, string Reason)>();
        var text = ReviewEditor.Apply(review, edits, refused);
        foreach (var (edit, reason) in refused)
        {
            stderr.WriteLine($"pirlint: {Describe(review, edit.Index)}: not written: {reason}; {afterFailure}");
        }

        if (text == review.Text)
        {
            return refused.Count;
        }

        try
        {
            if (!FileWriter.ReplaceIfUnchanged(review.FullPath, review.Bytes, review.Prefix + text))
            {
                stderr.WriteLine($"pirlint: {review.DisplayPath}: changed on disk since it was read, so it was not written; {afterFailure}");
                return edits.Count;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"pirlint: {review.DisplayPath}: could not be written ({exception.Message}); {afterFailure}");
            return edits.Count;
        }

        return refused.Count;
    }

    /// <summary>How messages name an item: <c>reviews/a.pir.yaml: action item 2 (INC-2026-0317)</c>.</summary>
    public static string Describe(LoadedReview review, int index) =>
        $"{review.DisplayPath}: action item {index} ({review.IncidentId ?? "no incident id"})";
}
