using System;
using PirLint.Documents;
using PirLint.Values;

namespace PirLint.Model;

public sealed class ActionItem
{
    public ActionItem(MappingNode node)
    {
        Node = node;
        Description = Review.Text(node.Get("description"));
        Owner = Review.Text(node.Get("owner"));
        Priority = Review.Text(node.Get("priority"));
        DueDate = Review.Text(node.Get("due_date"));
        Status = Review.Text(node.Get("status"));
        TicketUrl = Review.Text(node.Get("ticket_url"));
        ClosedDate = Review.Text(node.Get("closed_date"));
        if (ClosedDate != null && PirDate.TryParse(ClosedDate.Value, out var closed))
        {
            Closed = closed;
        }

        if (DueDate != null && PirDate.TryParse(DueDate.Value, out var due))
        {
            Due = due;
        }
    }

    public MappingNode Node { get; }

    public ScalarNode? Description { get; }

    public ScalarNode? Owner { get; }

    public ScalarNode? Priority { get; }

    public ScalarNode? DueDate { get; }

    public ScalarNode? Status { get; }

    public ScalarNode? TicketUrl { get; }

    /// <summary>The <c>closed_date</c> as written (format v1.1).</summary>
    public ScalarNode? ClosedDate { get; }

    /// <summary>The closed date when it is a valid date.</summary>
    public DateTime? Closed { get; }

    /// <summary>The due date when it is a valid date.</summary>
    public DateTime? Due { get; }

    /// <summary>The status, <c>open</c> when none is given (the schema's default).</summary>
    public string EffectiveStatus => Status?.Value ?? "open";
}
