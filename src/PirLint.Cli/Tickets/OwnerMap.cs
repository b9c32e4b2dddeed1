using System;
using System.Collections.Generic;
using System.IO;

namespace PirLint.Cli.Tickets;

/// <summary>
/// Tracker accounts of review owners: <c>pirlint.owners.NAME = ACCOUNT</c> in the review's .editorconfig or
/// .globalconfig, or lines <c>NAME = ACCOUNT</c> in an <c>--owners</c> file (which wins); names folded as the format folds them.
/// </summary>
internal sealed class OwnerMap
{
    private readonly Dictionary<string, string> _file;

    private OwnerMap(Dictionary<string, string> file) => _file = file;

    public static OwnerMap Load(string? path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path == null)
        {
            return new OwnerMap(map);
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"the owners file '{path}' does not exist");
        }

        foreach (var line in File.ReadAllLines(path))
        {
            var trimmed = line.Trim();
            var equals = trimmed.IndexOf('=');
            if (trimmed.Length == 0 || trimmed[0] is '#' or ';' || equals <= 0)
            {
                continue;
            }

            var account = trimmed.Substring(equals + 1).Trim();
            if (account.Length > 0)
            {
                map[PirLint.Documents.NameFolding.FoldPersonName(trimmed.Substring(0, equals))] = account;
            }
        }

        return new OwnerMap(map);
    }

    /// <summary>The owner's account, from the file, else from the review's configuration; null when none is mapped.</summary>
    public string? AccountFor(string? owner, LoadedReview review)
    {
        if (owner == null)
        {
            return null;
        }

        var folded = PirLint.Documents.NameFolding.FoldPersonName(owner);
        return _file.TryGetValue(folded, out var account) ? account
            : review.Options.OwnerAccounts.TryGetValue(folded, out account) ? account
            : null;
    }
}
