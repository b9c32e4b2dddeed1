using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PirLint.Documents;
using PirLint.Engine;

namespace PirLint.Cli.Tickets;

/// <summary>
/// <c>actions --format digest</c>: one plain-text section per owner with their overdue and open items, overdue first,
/// for a CI job to mail or post. Owners with the most overdue items come first; names fold as the format folds them.
/// </summary>
internal static class DigestWriter
{
    public static string Write(IEnumerable<ActionItemRecord> items, DateTime today)
    {
        var owners = new Dictionary<string, (string Name, List<ActionItemRecord> Items)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!item.IsOpen)
            {
                continue;
            }

            var name = string.IsNullOrWhiteSpace(item.Owner) ? "(no owner)" : item.Owner!.Trim();
            var key = name == "(no owner)" ? string.Empty : NameFolding.FoldPersonName(name);
            if (!owners.TryGetValue(key, out var entry))
            {
                owners[key] = entry = (name, new List<ActionItemRecord>());
            }

            entry.Items.Add(item);
        }

        var sections = new List<(string Name, List<ActionItemRecord> Items, int Overdue)>();
        var overdueTotal = 0;
        var openTotal = 0;
        foreach (var entry in owners.Values)
        {
            entry.Items.Sort((a, b) =>
            {
                var byDays = b.DaysOverdue(today).CompareTo(a.DaysOverdue(today));
                return byDays != 0 ? byDays : Nullable.Compare(a.DueDate, b.DueDate) is var byDue && byDue != 0 ? byDue
                    : string.CompareOrdinal(a.Path, b.Path) is var byPath && byPath != 0 ? byPath : a.Index.CompareTo(b.Index);
            });
            var overdue = entry.Items.FindAll(i => i.IsOverdue(today)).Count;
            overdueTotal += overdue;
            openTotal += entry.Items.Count - overdue;
            sections.Add((entry.Name, entry.Items, overdue));
        }

        sections.Sort((a, b) => b.Overdue != a.Overdue ? b.Overdue.CompareTo(a.Overdue) : string.CompareOrdinal(NameFolding.FoldPersonName(a.Name), NameFolding.FoldPersonName(b.Name)));
        var text = new StringBuilder();
        text.Append("Action items by owner on ").Append(Date(today)).Append(": ")
            .Append(Count(overdueTotal, "overdue item")).Append(", ").Append(Count(openTotal, "open item")).Append(" not yet due, ")
            .Append(Count(sections.Count, "owner")).Append('\n');
        foreach (var (name, list, overdue) in sections)
        {
            text.Append('\n').Append(name).Append(": ").Append(overdue.ToString(CultureInfo.InvariantCulture)).Append(" overdue, ")
                .Append((list.Count - overdue).ToString(CultureInfo.InvariantCulture)).Append(" open\n");
            foreach (var item in list)
            {
                var days = item.DaysOverdue(today);
                text.Append(days > 0 ? $"  OVERDUE {Count(days, "day")}: " : "  open: ");
                text.Append(item.ReviewId ?? "(no id)").Append(" #").Append(item.Index.ToString(CultureInfo.InvariantCulture)).Append(' ');
                text.Append((item.Description ?? "(no description)").Replace('\r', ' ').Replace('\n', ' '));
                text.Append(" (due ").Append(item.DueDateText ?? "not given");
                if (item.Priority != null)
                {
                    text.Append(", ").Append(item.Priority);
                }

                text.Append(")\n    ").Append(item.TicketUrl ?? item.Path.Replace('\\', '/')).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Date(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
