using System;
using System.Threading.Tasks;

namespace PirLint.Cli.Tickets;

/// <summary>How long a run may wait for a tracker's rate limit to lift, and how many times it tries a call.</summary>
internal sealed class RateLimitPolicy
{
    public RateLimitPolicy(TimeSpan maxWait, int maxAttempts = 4)
    {
        MaxWait = maxWait;
        MaxAttempts = maxAttempts;
    }

    /// <summary>The longest single wait (<c>--max-wait</c>); a longer one fails the call instead.</summary>
    public TimeSpan MaxWait { get; }

    public int MaxAttempts { get; }

    public bool MayWait(TimeSpan wait, int attempt) => attempt < MaxAttempts && wait <= MaxWait;

    public Task Delay(TimeSpan wait) => Task.Delay(wait);
}
