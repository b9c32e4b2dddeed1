using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace Acme.Incidents;

/// <summary>
/// Prints the open action items of Acme's post-incident reviews by owner, and for each AI-agent review its models and
/// whether an action item adds an eval, from the typed catalog PirLint generates.
/// </summary>
public static class Program
{
    /// <summary>PirLint's default eval words (PIR405, <c>pirlint.eval_words</c>), as whole words, case-insensitive.</summary>
    private static readonly Regex EvalWords = new(
        @"(?<![\w-])(eval|evals|evaluation|regression tests?|test cases?|contract tests?|golden set|red[ -]team)(?![\w-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

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

        Console.WriteLine("AI-agent reviews:");
        foreach (var review in PirCatalog.All.Where(review => review.AiAgent != null))
        {
            var agent = review.AiAgent!;
            var models = string.Join(", ", agent.Models.Select(model => model.Id));
            var evalAdded = review.ActionItems.Any(item => EvalWords.IsMatch(item.Description)) ? "yes" : "no";
            Console.WriteLine($"  {review.IncidentSummary.Id} {agent.Name} ({agent.Autonomy}) models {models}; eval added: {evalAdded}");
        }
    }
}
