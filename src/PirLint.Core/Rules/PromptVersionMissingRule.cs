using System.Collections.Generic;
using PirLint.Diagnostics;

namespace PirLint.Rules;

/// <summary>
/// PIR404: a prompt regression can be reproduced only when the review names the prompt version in production and the
/// one before it. Reported at the <c>ai_agent</c> key; a review with no block at all is PIR403's alone.
/// </summary>
public sealed class PromptVersionMissingRule : ReviewRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.PIR404;

    public override void Analyze(ReviewContext context)
    {
        var review = context.Review;
        if (!context.SchemaDefinesAiAgent || review.Category?.Value != "prompt_regression" || review.AiAgent is not { } agent)
        {
            return;
        }

        var missing = new List<string>(2);
        if (agent.PromptVersion == null)
        {
            missing.Add("prompt_version");
        }

        if (agent.PreviousPromptVersion == null)
        {
            missing.Add("previous_prompt_version");
        }

        if (missing.Count == 0)
        {
            return;
        }

        context.Report(Descriptor, agent.Property.KeySpan,
            $"this prompt_regression review's 'ai_agent' block has no {string.Join(" and no ", missing)}; add the prompt version in production and the last one before the change, so the regression can be reproduced");
    }
}
