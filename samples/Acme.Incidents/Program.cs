using System;
using System.Linq;

namespace Acme.Incidents;

/// <summary>Prints the open action items of Acme's post-incident reviews, by owner, from the typed catalog PirLint generates.</summary>
public static class Program
{
    public static void Main()
    {
        var open = PirCatalog.All
            .SelectMany(review => review.ActionItems.Select(item => (Review: review, Item: item)))
            .Where(entry => entry.Item.Status != ActionStatus.Closed)
            .GroupBy(entry => entry.Item.Owner)
            .OrderBy(group => group.Key, StringComparer.Ordinal);

        Console.WriteLine($"{PirCatalog.All.Count} reviews, open action items by owner:");
        foreach (var owner in open)
        {
            Console.WriteLine(owner.Key);
            foreach (var (review, item) in owner.OrderBy(entry => entry.Item.DueDate))
            {
                var summary = review.IncidentSummary;
                Console.WriteLine($"  {item.DueDate:yyyy-MM-dd} {item.Priority,-13} {item.Status,-10} {summary.Id} ({summary.ModelVersion}): {item.Description}");
            }
        }
    }
}
