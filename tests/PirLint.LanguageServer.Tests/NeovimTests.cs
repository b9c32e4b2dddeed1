using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PirLint.TestSupport;

namespace PirLint.LanguageServer.Tests;

/// <summary>A real editor: headless Neovim attaches `pirlint lsp` to a review; the assertions read Neovim's own state.</summary>
public sealed class NeovimTests
{
    private const string FlowItem = "  - {description: \"Tomás and Łukasz 🚀 route prompt changes\", owner: \"TBD\", priority: P1, due_date: \"2026-03-25\", status: closed}";

    [FactRequiring(PrerequisiteReason.Neovim)]
    public void NeovimShowsTheDiagnosticsAppliesTheQuickFixAndCompletes()
    {
        using var workspace = new TempWorkspace();
        var text = Reviews.YamlWith(
            "  - description: \"Route prompt changes through code review, with an approver from the support policy team for refund prompts\"\n    owner: \"marco-rossi\"\n    priority: \"p1_this_week\"\n    due_date: \"2026-03-25\"\n    status: \"closed\"\n    closed_date: \"2026-03-24\"\n    ticket_url: \"https://tracker.example.com/browse/AIOPS-414\"",
            FlowItem);
        var review = workspace.Write("INC-2026-0317.pir.yaml", text);
        var output = Path.Combine(workspace.Folder, "seen.txt");
        var script = Path.Combine(AppContext.BaseDirectory, "Clients", "neovim-session.lua");
        var environment = new Dictionary<string, string?>
        {
            ["PIRLINT_CMD"] = string.Join("\t", "dotnet", Path.Combine(AppContext.BaseDirectory, "pirlint.dll"), "lsp"),
            ["PIRLINT_ROOT"] = workspace.Folder,
            ["PIRLINT_OUT"] = output,
            ["XDG_STATE_HOME"] = Path.Combine(workspace.Folder, ".state"),
            ["XDG_CACHE_HOME"] = Path.Combine(workspace.Folder, ".cache"),
        };
        var run = ChildProcess.Run("nvim", new[] { "--headless", "-u", "NONE", "-i", "NONE", review, "-c", "luafile " + script },
            workspace.Folder, TimeSpan.FromMinutes(3), environment);
        Assert.False(run.TimedOut, "nvim timed out: " + run.Stdout + run.Stderr);
        Assert.True(File.Exists(output), "nvim wrote nothing: " + run.Stdout + run.Stderr);
        var seen = File.ReadAllLines(output);

        var (line, _) = Reviews.Find(text, "\"TBD\"", after: "Łukasz");
        var lineText = text.Split('\n')[line];
        int Bytes(string what) => Encoding.UTF8.GetByteCount(lineText.Substring(0, lineText.IndexOf(what, StringComparison.Ordinal)));
        Assert.Contains($"diagnostic PIR101 {line} {Bytes("\"TBD\"")} {line} {Bytes("\"TBD\"") + 5}", seen);
        Assert.Contains($"diagnostic PIR004 {line} {Bytes("P1,")} {line} {Bytes("P1,") + 2}", seen);
        Assert.Contains("action Change 'P1' to 'p1_this_week'", seen);
        Assert.Contains("fixed " + lineText.Replace("priority: P1,", "priority: p1_this_week,", StringComparison.Ordinal), seen);
        Assert.Contains("completion sev1,sev2,sev3,sev4,sev5", seen);
    }
}
