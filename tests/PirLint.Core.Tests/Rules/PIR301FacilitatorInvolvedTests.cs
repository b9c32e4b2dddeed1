using PirLint.Diagnostics;
using PirLint.TestSupport;

namespace PirLint.Tests.Rules;

public class PIR301FacilitatorInvolvedTests
{
    [Fact]
    public void FacilitatorWhoIsATimelineActorIsReportedAtTheFacilitator()
    {
        var diagnostics = Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator: Engineer B"));

        Assert.Equal("PIR301", diagnostics.Ids());
        var d = Assert.Single(diagnostics);
        Assert.Equal(PirSeverity.Error, d.Severity);
        Assert.Equal(63, d.Span.StartLine);
        Assert.Equal(14, d.Span.StartColumn);
        Assert.Equal(24, d.Span.EndColumn);
        Assert.Contains("line 27", d.Message);
    }

    [Theory]
    [InlineData("engineer-b")]
    [InlineData("ENGINEER_B")]
    [InlineData("engineer.b")]
    [InlineData("EngineerB")]
    public void NamesAreFolded(string facilitator) =>
        Assert.Equal("PIR301", Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator: " + facilitator)).Ids());

    [Fact]
    public void AttendeeWhoActedInNoEventPasses() =>
        Assert.Empty(Lint.Yaml(Fixtures.ValidYaml.ReplaceOnce("facilitator: sam-lee", "facilitator: marco-rossi")));
}
