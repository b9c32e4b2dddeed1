using System.IO;
using PirLint.TestSupport;
using System.Linq;
using System.Text.RegularExpressions;
using static PirLint.Tests.Reading.MarkdownReview;

namespace PirLint.Tests.Reading;

/// <summary>Format v1.1, section 4: <c>pirlint-disable-line</c>, and PIR008 for teams that must not silence some rules.</summary>
public class PIR008SuppressionGovernanceTests
{
    // Item 2 is p1_this_week due 8 days after the review: PIR104 at line 55.
    private static readonly string LateP1 = Fixtures.ValidYaml.Replace("due_date: 2026-03-25", "due_date: 2026-03-27");

    private static readonly (string, string) RequireReason = ("pirlint.suppressions.require_reason", "true");

    [Fact]
    public void DisableLineAsATrailingYamlCommentSilencesItsLine()
    {
        Assert.Equal("PIR104", Lint.Yaml(LateP1).Ids());
        Assert.Empty(Lint.Yaml(LateP1.Replace("due_date: 2026-03-27", "due_date: 2026-03-27  # pirlint-disable-line PIR104 -- the owner is on leave")));
    }

    [Fact]
    public void DisableLineSilencesOnlyItsOwnLineAndRule()
    {
        Assert.Equal("PIR104", Lint.Yaml(LateP1.Replace("priority: p1_this_week", "priority: p1_this_week  # pirlint-disable-line PIR104")).Ids());
        Assert.Equal("PIR104", Lint.Yaml(LateP1.Replace("due_date: 2026-03-27", "due_date: 2026-03-27  # pirlint-disable-line PIR101")).Ids());
    }

    [Fact]
    public void DisableLineAtTheEndOfAMarkdownBulletSilencesIt()
    {
        var text = With("## What went poorly\n\n- The canary was skipped because someone forgot <!-- pirlint-disable-line PIR401 -- quoting the incident channel -->\n- The rollout was careless\n");
        var diagnostic = Assert.Single(Lint.Markdown(text));

        Assert.Equal(LineOf(text, "The rollout was careless"), diagnostic.Span.StartLine);
        Assert.Equal(2, Lint.Markdown(Regex.Replace(text, "<!--.*?-->", "")).Count);
    }

    [Fact]
    public void DisableLineInsideATableCellSilencesItsRow()
    {
        var late = ActionItems.Replace("| p1_this_week    | 2026-03-25 |", "| p1_this_week    | 2026-03-27 |");
        var silenced = ActionItems.Replace("| p1_this_week    | 2026-03-25 |", "| p1_this_week    | 2026-03-27 <!-- pirlint-disable-line PIR104 -- owner on leave --> |");

        Assert.Equal("PIR104", Lint.Markdown(With("", actionItems: false) + late).Ids());
        Assert.Empty(Lint.Markdown(With("", actionItems: false) + silenced));
    }

    [Fact]
    public void WithoutConfigurationDirectivesNeedNoReason() =>
        Assert.Empty(Lint.Yaml(LateP1.Replace("due_date: 2026-03-27", "due_date: 2026-03-27  # pirlint-disable-line PIR104")));

    [Fact]
    public void RequireReasonReportsADirectiveWithoutOneAtTheDirective()
    {
        var text = LateP1.Replace("due_date: 2026-03-27", "due_date: 2026-03-27  # pirlint-disable-line PIR104");
        var diagnostic = Assert.Single(Lint.Yaml(text, RequireReason));

        Assert.Equal("PIR008", diagnostic.Id);
        Assert.Equal(Diagnostics.PirSeverity.Warning, diagnostic.Severity);
        Assert.Equal((55, 27), (diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("add one after '--'", diagnostic.Message);
    }

    [Fact]
    public void RequireReasonAcceptsADirectiveWithOne() =>
        Assert.Empty(Lint.Yaml(LateP1.Replace("due_date: 2026-03-27", "due_date: 2026-03-27  # pirlint-disable-line PIR104 -- agreed in the review"), RequireReason));

    [Fact]
    public void RequireReasonCoversMarkdownComments()
    {
        var text = With("<!-- pirlint-disable-file PIR401 -->\n");
        var diagnostic = Assert.Single(Lint.Markdown(text, RequireReason));

        Assert.Equal(("PIR008", LineOf(text, "pirlint-disable-file")), (diagnostic.Id, diagnostic.Span.StartLine));
        Assert.Empty(Lint.Markdown(text));
    }

    [Fact]
    public void ALockedRuleStillReportsAndItsDirectiveIsPIR008()
    {
        var unowned = Fixtures.ValidYaml.Replace("    owner: engineer-b\n", "    # pirlint-disable-next-line PIR101,PIR104 -- owner to be found\n    owner: TBD\n");
        var diagnostics = Lint.Yaml(unowned, ("pirlint.suppressions.locked", "PIR101, PIR301"));

        Assert.Equal("PIR008,PIR101", diagnostics.Ids());
        var directive = diagnostics.Single(d => d.Id == "PIR008");
        Assert.Equal(53, directive.Span.StartLine);
        Assert.Contains("PIR101", directive.Message);
        Assert.Empty(Lint.Yaml(unowned));
    }

    [Fact]
    public void ALockedRuleIsNotSilencedByADirectiveForEveryRule()
    {
        var unowned = "# pirlint-disable-file\n" + Fixtures.ValidYaml.Replace("    owner: engineer-b\n", "    owner: TBD\n");

        Assert.Equal("PIR008,PIR101", Lint.Yaml(unowned, ("pirlint.suppressions.locked", "pir101")).Ids());
    }

    [Fact]
    public void UnlockedRulesInALockedDirectiveAreStillSilenced()
    {
        var text = LateP1.Replace("due_date: 2026-03-27", "due_date: 2026-03-27  # pirlint-disable-line PIR104, PIR101 -- agreed");

        Assert.Equal("PIR008", Lint.Yaml(text, ("pirlint.suppressions.locked", "PIR101")).Ids());
    }

    [Fact]
    public void TheRulePagesExamplesBehaveUnderTheConfiguration()
    {
        var page = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "rules", "PIR008.md")).Replace("\r\n", "\n");
        string Example(string heading) => Regex.Match(page.Substring(page.IndexOf(heading, System.StringComparison.Ordinal)), "```yaml\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;

        var failing = Fixtures.ValidYaml.Replace("action_items:\n", Example("## Failing example"));
        var passing = Fixtures.ValidYaml.Replace("action_items:\n", Example("## Passing example"));

        Assert.Contains("PIR008", Lint.Yaml(failing, RequireReason).Select(d => d.Id));
        Assert.DoesNotContain("PIR008", Lint.Yaml(passing, RequireReason).Select(d => d.Id));
    }
}
