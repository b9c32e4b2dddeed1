using System.Collections.Generic;
using PirLint.Configuration;
using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>
/// PIR008: under <c>pirlint.suppressions.require_reason = true</c>, a directive without a reason after <c>--</c>; and a
/// directive for a rule listed in <c>pirlint.suppressions.locked</c>, which does not silence that rule. At the directive.
/// </summary>
public sealed class SuppressionGovernanceRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR008;

    public override void Analyze(ReviewContext context)
    {
        var options = context.Options;
        var comments = context.Review.Document.Comments;
        if (comments.Count == 0 || (!options.SuppressionsRequireReason && options.LockedRules.Count == 0))
        {
            return;
        }

        foreach (var directive in SuppressionDirective.ParseAll(comments))
        {
            if (directive.Kind == SuppressionKind.Enable)
            {
                continue;
            }

            var locked = LockedIds(directive, options);
            if (locked.Count > 0)
            {
                context.Report(Descriptor, directive.Span,
                    $"{directive.Name} names {string.Join(", ", locked)}, which pirlint.suppressions.locked keeps in force: the directive does not silence it; fix what the rule reports, or remove the directive");
            }

            if (options.SuppressionsRequireReason && directive.Reason.Length == 0)
            {
                context.Report(Descriptor, directive.Span,
                    $"{directive.Name} gives no reason, and pirlint.suppressions.require_reason is on; add one after '--', for example '{directive.Name} {string.Join(",", directive.Ids)} -- agreed with the owner in the review'");
            }
        }
    }

    /// <summary>The locked rules a directive would silence: those it names, or every locked rule for a directive that names none.</summary>
    private static List<string> LockedIds(SuppressionDirective directive, PirLintOptions options)
    {
        var locked = new List<string>();
        foreach (var id in directive.Ids)
        {
            if (id == SuppressionDirective.AllRules)
            {
                locked.AddRange(options.LockedRules);
            }
            else if (options.IsLocked(id))
            {
                locked.Add(RuleCatalog.Find(id)?.Id ?? id);
            }
        }

        return locked;
    }
}
