using System;
using System.IO;
using Xunit;

namespace PirLint.TestSupport;

/// <summary>
/// What a test needs beyond the .NET SDK. Each check returns null when the prerequisite is there, else the reason a
/// test that needs it is skipped; CI installs every one of them, so it skips nothing.
/// </summary>
internal static class Prerequisite
{
    /// <summary>python3 and <c>../shared/bench/make-corpus</c>.</summary>
    public static string? SharedCorpus()
    {
        if (!File.Exists(TestPaths.MakeCorpusScript))
        {
            return "needs ../shared beside the repository (the shared corpus generator is not at " + TestPaths.MakeCorpusScript + ")";
        }

        return ChildProcess.FindOnPath("python3") == null ? "needs python3 on PATH for ../shared/bench/make-corpus" : null;
    }

    /// <summary>node and npm on PATH.</summary>
    public static string? Node() =>
        ChildProcess.FindOnPath("node") == null || ChildProcess.FindOnPath("npm") == null ? "needs node and npm on PATH" : null;

    /// <summary>node and npm on Linux, where npm installs the SARIF Multitool's Linux binary.</summary>
    public static string? SarifMultitool() =>
        !OperatingSystem.IsLinux() ? "needs Linux (the test runs the SARIF Multitool's Linux binary from npm)" : Node();
    /// <summary>
    /// A user the file permissions apply to (root reads any file): the test's own user when it is not root, else
    /// <c>nobody</c> through <c>setpriv</c> (util-linux). Linux and macOS only.
    /// </summary>
    public static string? OtherUser()
    {
        if (OperatingSystem.IsWindows())
        {
            return "needs Unix file permissions";
        }

        return Environment.UserName != "root" || ChildProcess.FindOnPath("setpriv") != null ? null : "needs a user other than root: run as one, or install setpriv (Debian package util-linux) to run as nobody";
    }

    /// <summary>A command on PATH (for example <c>nvim</c>), from the named Debian package.</summary>
    public static string? Command(string command, string debianPackage) =>
        ChildProcess.FindOnPath(command) == null ? $"needs '{command}' on PATH (Debian package {debianPackage})" : null;
}

/// <summary>A fact skipped, with its reason, when its prerequisite is missing. Use as <c>[FactRequiring(nameof(...))]</c>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class FactRequiringAttribute : FactAttribute
{
    public FactRequiringAttribute(string prerequisite) => Skip = PrerequisiteReason.For(prerequisite);
}

/// <summary>A theory skipped, with its reason, when its prerequisite is missing.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
internal sealed class TheoryRequiringAttribute : TheoryAttribute
{
    public TheoryRequiringAttribute(string prerequisite) => Skip = PrerequisiteReason.For(prerequisite);
}

/// <summary>The named prerequisites the attributes accept.</summary>
internal static class PrerequisiteReason
{
    public const string SharedCorpus = nameof(SharedCorpus);
    public const string Node = nameof(Node);
    public const string Neovim = nameof(Neovim);
    public const string Redmine = nameof(Redmine);
    public const string SarifMultitool = nameof(SarifMultitool);
    public const string OtherUser = nameof(OtherUser);

    public static string? For(string prerequisite) => prerequisite switch
    {
        SharedCorpus => Prerequisite.SharedCorpus(),
        Node => Prerequisite.Node(),
        Neovim => Prerequisite.Command("nvim", "neovim"),
        SarifMultitool => Prerequisite.SarifMultitool(),
        Redmine => Directory.Exists("/usr/share/redmine") ? null : "needs a local Redmine (Debian packages redmine and redmine-sqlite)",
        OtherUser => Prerequisite.OtherUser(),
        _ => throw new ArgumentException("unknown prerequisite " + prerequisite, nameof(prerequisite)),
    };
}
