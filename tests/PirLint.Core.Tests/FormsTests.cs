using System.Collections.Generic;
using System.Linq;
using PirLint.TestSupport;

namespace PirLint.Tests;

/// <summary>The same review, written as YAML and as Markdown, breaks the same rules.</summary>
public class FormsTests
{
    public static IEnumerable<object[]> Defects()
    {
        // name, YAML (find, replace), Markdown (find, replace), expected ids
        yield return new object[] { "owner missing", "    owner: engineer-b\n", "", "| engineer-b      | p1_this_week", "|                 | p1_this_week", "PIR101" };
        yield return new object[]
        {
            "blame phrase in root causes",
            "without tests against historical refunds", "because someone forgot the historical refund tests",
            "without tests against historical refunds", "because someone forgot the historical refund tests",
            "PIR401",
        };
        yield return new object[]
        {
            "2 action items",
            "  - description: Roll out prompt updates through a canary\n    owner: marco-rossi\n    priority: p2_this_quarter\n    due_date: 2026-03-31\n    status: in_progress\n", "",
            "\n| Roll out prompt updates through a canary            | marco-rossi     | p2_this_quarter | 2026-03-31 | in_progress |                                              |", "",
            "PIR103",
        };
        yield return new object[] { "bad severity", "severity: sev2", "severity: SEV2", "severity: sev2", "severity: SEV2", "PIR004" };
        yield return new object[] { "placeholder facilitator", "facilitator: sam-lee", "facilitator: TBD", "facilitator: sam-lee", "facilitator: TBD", "PIR302" };
        yield return new object[] { "timeline out of order", "2026-03-15T15:15Z", "2026-03-15T14:20Z", "2026-03-15T15:15Z", "2026-03-15T14:20Z", "PIR201" };
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void BothFormsReportTheSameRules(string defect, string yamlFind, string yamlReplace, string markdownFind, string markdownReplace, string expected)
    {
        Assert.Contains(yamlFind, Fixtures.ValidYaml);
        Assert.Contains(markdownFind, Fixtures.ValidMarkdown);

        var yaml = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce(yamlFind, yamlReplace));
        var markdown = Lint.Markdown(Fixtures.ValidMarkdown.ReplaceOnce(markdownFind, markdownReplace));

        Assert.True(expected == yaml.Ids(), $"{defect}: YAML gave '{yaml.Ids()}'");
        Assert.Equal(yaml.Ids(), markdown.Ids());
    }

    [Fact]
    public void CrlfAndBomGiveTheSamePositions()
    {
        var yaml = Fixtures.ValidYaml.ReplaceOnce("severity: sev2", "severity: SEV2");
        var markdown = Fixtures.ValidMarkdown.ReplaceOnce("severity: sev2", "severity: SEV2").ReplaceOnce("| 2026-03-25 |", "| 2026-13-25 |");

        Assert.Equal(Lint.Yaml(yaml).Select(Position), Lint.Yaml(yaml.Replace("\n", "\r\n")).Select(Position));
        Assert.Equal(Lint.Yaml(yaml).Select(Position), Lint.Yaml("\uFEFF" + yaml).Select(Position));
        Assert.Equal(Lint.Markdown(markdown).Select(Position), Lint.Markdown(markdown.Replace("\n", "\r\n")).Select(Position));
        Assert.Equal(new[] { "PIR004(5,13,5,17)", "PIR102(62,93,62,103)" }, Lint.Markdown(markdown.Replace("\n", "\r\n")).Select(Position));
    }

    private static string Position(PirLint.Diagnostics.PirDiagnostic d) => d.Id + d.Span;

    [Fact]
    public void SeveralDefectsAtOnceMatchToo()
    {
        var yaml = Lint.Yaml(Fixtures.ValidYaml
            .ReplaceOnce("    owner: engineer-b\n", "")
            .ReplaceOnce("severity: sev2", "severity: SEV2")
            .ReplaceOnce("without tests against historical refunds", "because of human error"));
        var markdown = Lint.Markdown(Fixtures.ValidMarkdown
            .ReplaceOnce("| engineer-b      | p1_this_week", "|                 | p1_this_week")
            .ReplaceOnce("severity: sev2", "severity: SEV2")
            .ReplaceOnce("without tests against historical refunds", "because of human error"));

        Assert.Equal("PIR004,PIR101,PIR401", yaml.Ids());
        Assert.Equal(yaml.Ids(), markdown.Ids());
    }
}
