using System.Collections.Generic;
using PirLint.Documents;

namespace PirLint.Model;

/// <summary>
/// A typed view of a review for the rules. It reads whatever the document holds and never fails: a value of the
/// wrong shape is simply absent here (the schema validator reports it).
/// </summary>
public sealed class Review
{
    public Review(PirDocument document)
    {
        Document = document;
        var root = document.Root;
        var summary = root.Get("incident_summary") as MappingNode;
        IncidentId = Text(summary?.Get("id"));
        Category = Text(summary?.Get("category"));
        Duration = Text(summary?.Get("duration"));
        DetectionDelay = Text(summary?.Get("detection_delay"));
        Title = Text(summary?.Get("title"));
        Severity = Text(summary?.Get("severity"));
        ReviewDate = Text(root.Get("review_date"));
        Facilitator = Text(root.Get("facilitator"));
        Analysis = root.Get("analysis") as MappingNode;
        ActionItemsProperty = root.Find("action_items");
        Attendees = Texts(root.Get("attendees"));
        if (root.Find("ai_agent") is { Value: MappingNode agent } agentProperty)
        {
            AiAgent = new AiAgent(agentProperty, agent);
        }

        var timeline = new List<TimelineEvent>();
        foreach (var item in Items(root.Get("timeline")))
        {
            if (item is MappingNode mapping)
            {
                timeline.Add(new TimelineEvent(mapping));
            }
        }

        Timeline = timeline;
        var actionItems = new List<ActionItem>();
        foreach (var item in Items(ActionItemsProperty?.Value))
        {
            if (item is MappingNode mapping)
            {
                actionItems.Add(new ActionItem(mapping));
            }
        }

        ActionItems = actionItems;
    }

    private static readonly HashSet<string> AgentCategoryNames = new(System.StringComparer.Ordinal)
    {
        "model_behavior", "prompt_regression", "tool_failure", "data_quality", "safety_violation",
    };

    public PirDocument Document { get; }

    public ScalarNode? IncidentId { get; }

    public ScalarNode? Category { get; }

    public ScalarNode? Duration { get; }

    public ScalarNode? DetectionDelay { get; }

    public ScalarNode? Title { get; }

    public ScalarNode? Severity { get; }

    public ScalarNode? ReviewDate { get; }

    public ScalarNode? Facilitator { get; }

    public MappingNode? Analysis { get; }

    public PirProperty? ActionItemsProperty { get; }

    /// <summary>The <c>ai_agent</c> block when it is a mapping, else null.</summary>
    public AiAgent? AiAgent { get; }

    /// <summary>True when the review's category is an AI-agent category.</summary>
    public bool IsAgentIncident => Category is { } category && IsAgentCategory(category.Value);

    /// <summary>The AI-agent categories of the format contract: model_behavior, prompt_regression, tool_failure, data_quality, safety_violation.</summary>
    public static bool IsAgentCategory(string category) => AgentCategoryNames.Contains(category);

    public IReadOnlyList<ScalarNode> Attendees { get; }

    public IReadOnlyList<TimelineEvent> Timeline { get; }

    public IReadOnlyList<ActionItem> ActionItems { get; }

    /// <summary>The non-empty strings of a top-level list field such as <c>root_causes</c>.</summary>
    public IReadOnlyList<ScalarNode> StringList(string field) => Texts(Document.Root.Get(field));

    /// <summary>The node as a non-empty single value, else null.</summary>
    public static ScalarNode? Text(PirNode? node) => node is ScalarNode scalar && !scalar.IsEmpty ? scalar : null;

    public static IReadOnlyList<ScalarNode> Texts(PirNode? node)
    {
        var result = new List<ScalarNode>();
        foreach (var item in Items(node))
        {
            if (Text(item) is { } scalar)
            {
                result.Add(scalar);
            }
        }

        return result;
    }

    private static IReadOnlyList<PirNode> Items(PirNode? node) =>
        node is SequenceNode sequence ? sequence.Items : System.Array.Empty<PirNode>();
}
