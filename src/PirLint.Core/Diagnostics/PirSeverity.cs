namespace PirLint.Diagnostics;

/// <summary>The severity a diagnostic is reported with; <see cref="None"/> drops it.</summary>
public enum PirSeverity
{
    None,
    Hidden,
    Info,
    Warning,
    Error,
}
