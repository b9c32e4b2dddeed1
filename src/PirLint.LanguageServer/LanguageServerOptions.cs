using System;

namespace PirLint.LanguageServer;

/// <summary>What a host or a test may set; the client may change the debounce with <c>initializationOptions.debounceMilliseconds</c>.</summary>
public sealed class LanguageServerOptions
{
    /// <summary>How long a buffer must rest after a change before it is linted and its diagnostics pushed.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(150);

    /// <summary>Today's date for PIR901: the local date, as the CLI's default.</summary>
    public Func<DateTime> Today { get; set; } = () => DateTime.Today;

    /// <summary>Called with each lint's engine time, for the benchmark.</summary>
    public Action<TimeSpan>? LintTimed { get; set; }
}
