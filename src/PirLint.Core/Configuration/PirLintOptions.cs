using System;
using System.Collections.Generic;
using System.Globalization;
using PirLint.Diagnostics;

namespace PirLint.Configuration;

/// <summary>
/// The options and severities in force for one file, read from the key/value pairs of its analyzer config
/// (<c>.editorconfig</c> sections and <c>.globalconfig</c>): the same keys in the build, the IDE and the CLI.
/// </summary>
public sealed class PirLintOptions
{
    public static readonly IReadOnlyList<string> DefaultBlamePhrases = new[]
    {
        "human error", "careless", "negligent", "should have", "should've", "forgot", "at fault", "fault of", "to blame",
    };

    /// <summary>Timeline sources that are machines watching: an event from one is automated detection (<c>pirlint analyze</c>).</summary>
    public static readonly IReadOnlyList<string> DefaultAutomatedSources = new[]
    {
        "monitoring", "monitor", "alerting", "alert", "alerts", "automated", "anomaly_detection", "health_check", "synthetic_check", "eval_pipeline",
    };

    /// <summary>
    /// Timeline sources through which a person reports a problem. <c>pagerduty</c> is neither list: a page relays an alert
    /// or a person's escalation, so it says nothing of who saw the problem first.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultReportSources = new[]
    {
        "support_ticket", "zendesk", "freshdesk", "intercom", "user_report", "customer_report", "customer_complaint", "email", "slack", "phone", "social_media",
    };

    /// <summary>Words of a timeline event that make it a change that can trigger an incident; each matches as a word start.</summary>
    public static readonly IReadOnlyList<string> DefaultDeploymentWords = new[]
    {
        "deploy", "update", "upgrade", "release", "rollout", "roll out", "rolled out", "go live", "goes live", "went live", "migrate", "migration", "config change",
    };

    /// <summary>Words of an action item that make it add or extend an evaluation (PIR405); each matches as whole words, case-insensitive.</summary>
    public static readonly IReadOnlyList<string> DefaultEvalWords = new[]
    {
        "eval", "evals", "evaluation", "regression test", "regression tests", "test case", "test cases",
        "contract test", "contract tests", "golden set", "red team", "red-team",
    };

    public static readonly PirLintOptions Default = new();

    private readonly Dictionary<string, PirSeverity> _severities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _ownerAccounts = new(StringComparer.Ordinal);

    public int ActionItemsMin { get; private set; } = 3;

    public int ActionItemsMax { get; private set; } = 5;

    public IReadOnlyList<string> BlamePhrases { get; private set; } = DefaultBlamePhrases;

    public double CompletionTarget { get; private set; } = 0.9;

    /// <summary><c>pirlint.eval_words</c>: replaces <see cref="DefaultEvalWords"/>.</summary>
    public IReadOnlyList<string> EvalWords { get; private set; } = DefaultEvalWords;

    /// <summary><c>pirlint.analyze.automated_sources</c>: replaces <see cref="DefaultAutomatedSources"/>.</summary>
    public IReadOnlyList<string> AutomatedSources { get; private set; } = DefaultAutomatedSources;

    /// <summary><c>pirlint.analyze.report_sources</c>: replaces <see cref="DefaultReportSources"/>.</summary>
    public IReadOnlyList<string> ReportSources { get; private set; } = DefaultReportSources;

    /// <summary><c>pirlint.analyze.deployment_words</c>: replaces <see cref="DefaultDeploymentWords"/>.</summary>
    public IReadOnlyList<string> DeploymentWords { get; private set; } = DefaultDeploymentWords;

    /// <summary><c>pirlint.owners.NAME = ACCOUNT</c>: tracker accounts by owner name, the name folded as names are compared.</summary>
    public IReadOnlyDictionary<string, string> OwnerAccounts => _ownerAccounts;

    /// <summary><c>pirlint.suppressions.require_reason</c>: a suppression directive without a reason after <c>--</c> is PIR008.</summary>
    public bool SuppressionsRequireReason { get; private set; }

    /// <summary><c>pirlint.suppressions.locked</c>: rules no directive silences (each such directive is PIR008).</summary>
    public IReadOnlyList<string> LockedRules { get; private set; } = Array.Empty<string>();

    /// <summary>True when <paramref name="id"/> is listed in <c>pirlint.suppressions.locked</c>.</summary>
    public bool IsLocked(string id)
    {
        for (var i = 0; i < LockedRules.Count; i++)
        {
            if (string.Equals(LockedRules[i], id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the options from config pairs. <c>pirlint.PIRnnn.severity</c> wins over <c>dotnet_diagnostic.PIRnnn.severity</c>:
    /// the first is the per-folder key of <c>.editorconfig</c> sections, the second the project-wide key of a global config.
    /// </summary>
    public static PirLintOptions FromConfig(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var options = new PirLintOptions();
        var pirlintSeverities = new Dictionary<string, PirSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var key = pair.Key.Trim();
            var value = pair.Value.Trim();
            if (TryReadSeverityKey(key, OptionKeys.DiagnosticPrefix, out var id) && TryParseSeverity(value, out var severity))
            {
                options._severities[id] = severity;
            }
            else if (TryReadSeverityKey(key, OptionKeys.Prefix, out id) && TryParseSeverity(value, out severity))
            {
                pirlintSeverities[id] = severity;
            }
            else
            {
                options.ReadOption(key.ToLowerInvariant(), value);
            }
        }

        foreach (var pair in pirlintSeverities)
        {
            options._severities[pair.Key] = pair.Value;
        }

        return options;
    }

    /// <summary>The configured severity of a rule, or null to keep the one the rule reported.</summary>
    public PirSeverity? SeverityOf(string id) => _severities.TryGetValue(id, out var severity) ? severity : null;

    public static bool TryParseSeverity(string text, out PirSeverity severity)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "error":
                severity = PirSeverity.Error;
                return true;
            case "warning":
                severity = PirSeverity.Warning;
                return true;
            case "suggestion":
            case "info":
                severity = PirSeverity.Info;
                return true;
            case "silent":
            case "hidden":
                severity = PirSeverity.Hidden;
                return true;
            case "none":
                severity = PirSeverity.None;
                return true;
            default:
                severity = PirSeverity.None;
                return false;
        }
    }

    private static bool TryReadSeverityKey(string key, string prefix, out string id)
    {
        id = string.Empty;
        const string suffix = ".severity";
        if (!key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var middle = key.Substring(prefix.Length, key.Length - prefix.Length - suffix.Length);
        var rule = RuleCatalog.Find(middle);
        if (rule == null)
        {
            return false;
        }

        id = rule.Id;
        return true;
    }

    private const string OwnersPrefix = "pirlint.owners.";

    private void ReadOption(string key, string value)
    {
        switch (key)
        {
            case "pirlint.action_items.min":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var min))
                {
                    ActionItemsMin = min;
                }

                break;
            case "pirlint.action_items.max":
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var max))
                {
                    ActionItemsMax = max;
                }

                break;
            case "pirlint.blame_phrases":
                BlamePhrases = List(value);
                break;
            case "pirlint.eval_words":
                EvalWords = List(value);
                break;
            case "pirlint.analyze.automated_sources":
                AutomatedSources = List(value);
                break;
            case "pirlint.analyze.report_sources":
                ReportSources = List(value);
                break;
            case "pirlint.analyze.deployment_words":
                DeploymentWords = List(value);
                break;
            case not null when key.StartsWith(OwnersPrefix, StringComparison.Ordinal) && key.Length > OwnersPrefix.Length && value.Length > 0:
                _ownerAccounts[Documents.NameFolding.FoldPersonName(key.Substring(OwnersPrefix.Length))] = value;
                break;
            case "pirlint.suppressions.require_reason":
                SuppressionsRequireReason = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                break;
            case "pirlint.suppressions.locked":
                LockedRules = List(value);
                break;
            case "pirlint.completion.target":
                if (double.TryParse(value.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var target))
                {
                    CompletionTarget = value.EndsWith("%", StringComparison.Ordinal) || target > 1 ? target / 100 : target;
                }

                break;
        }
    }

    /// <summary>A comma-separated list; empty entries are dropped.</summary>
    private static IReadOnlyList<string> List(string value)
    {
        var items = new List<string>();
        foreach (var item in value.Split(','))
        {
            if (item.Trim().Length > 0)
            {
                items.Add(item.Trim());
            }
        }

        return items;
    }
}
