using System.Collections.Generic;
using PirLint.Documents;

namespace PirLint.Model;

/// <summary>The <c>ai_agent</c> block of a review (format v1.1): which agent, models, prompt versions and checks were involved.</summary>
public sealed class AiAgent
{
    public AiAgent(PirProperty property, MappingNode node)
    {
        Property = property;
        Node = node;
        Name = Review.Text(node.Get("name"));
        Autonomy = Review.Text(node.Get("autonomy"));
        PromptVersion = Review.Text(node.Get("prompt_version"));
        PreviousPromptVersion = Review.Text(node.Get("previous_prompt_version"));
        Tools = Review.Texts(node.Get("tools"));
        Guardrails = Review.Texts(node.Get("guardrails"));
        Evals = Review.Texts(node.Get("evals"));
        Traces = Review.Texts(node.Get("traces"));
        var models = new List<AgentModel>();
        if (node.Get("models") is SequenceNode sequence)
        {
            foreach (var item in sequence.Items)
            {
                if (item is MappingNode model && Review.Text(model.Get("id")) is { } id)
                {
                    models.Add(new AgentModel(id, Review.Text(model.Get("provider")), Review.Text(model.Get("role"))));
                }
            }
        }

        Models = models;
    }

    /// <summary>The <c>ai_agent</c> key and its value: where PIR404 reports.</summary>
    public PirProperty Property { get; }

    public MappingNode Node { get; }

    public ScalarNode? Name { get; }

    public ScalarNode? Autonomy { get; }

    /// <summary>The models that have an id, in document order.</summary>
    public IReadOnlyList<AgentModel> Models { get; }

    public ScalarNode? PromptVersion { get; }

    public ScalarNode? PreviousPromptVersion { get; }

    public IReadOnlyList<ScalarNode> Tools { get; }

    public IReadOnlyList<ScalarNode> Guardrails { get; }

    public IReadOnlyList<ScalarNode> Evals { get; }

    public IReadOnlyList<ScalarNode> Traces { get; }
}

/// <summary>One model of the <c>ai_agent</c> block.</summary>
public sealed class AgentModel
{
    public AgentModel(ScalarNode id, ScalarNode? provider, ScalarNode? role)
    {
        Id = id;
        Provider = provider;
        Role = role;
    }

    public ScalarNode Id { get; }

    public ScalarNode? Provider { get; }

    public ScalarNode? Role { get; }
}
