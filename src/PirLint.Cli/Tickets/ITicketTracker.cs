using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace PirLint.Cli.Tickets;

/// <summary>
/// What PirLint asks of an issue tracker: find a ticket by its marker, create one, read its state, read and add comments.
/// A Jira or Azure DevOps adapter implements these six calls; everything else (plans, write-back, reminders) is shared.
/// </summary>
internal interface ITicketTracker
{
    /// <summary>The tracker's name in messages, for example <c>GitHub octo/app</c>.</summary>
    string Name { get; }

    /// <summary>The ticket whose text carries <paramref name="marker"/> (see <see cref="TicketMarker"/>), or null.</summary>
    Task<TicketRef?> FindByMarkerAsync(string marker);

    /// <summary>Null when <paramref name="account"/> can be assigned tickets here, else why not (shown to the user).</summary>
    Task<string?> CheckAssigneeAsync(string account);

    /// <summary>Creates the ticket; labels the tracker lacks are created first where the tracker has labels.</summary>
    Task<TicketRef> CreateAsync(NewTicket ticket);

    /// <summary>True when <paramref name="url"/> names a ticket of this tracker (it can then be read).</summary>
    bool Owns(string url);

    Task<TicketState> GetStateAsync(string url);

    Task<IReadOnlyList<string>> GetCommentsAsync(string url);

    Task AddCommentAsync(string url, string body);
}

/// <summary>A ticket as PirLint refers to it: the URL written into the review.</summary>
internal sealed record TicketRef(string Url);

/// <param name="Assignee">The account to assign, or null for an unassigned ticket.</param>
/// <param name="Priority">The review's priority (<c>p0_immediate</c>, ...); each tracker maps it to its own.</param>
internal sealed record NewTicket(
    string Title,
    string Body,
    string? Assignee,
    string? Priority,
    DateTime? DueDate,
    DateTime Today,
    IReadOnlyList<string> Labels);

/// <param name="ClosedOn">The date the tracker closed it, when it is closed.</param>
internal sealed record TicketState(bool IsClosed, DateTime? ClosedOn, string? Assignee);

/// <summary>A tracker said no, or could not be reached; the message names the call and the status, never a credential.</summary>
internal sealed class TrackerException : Exception
{
    public TrackerException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
