namespace PirLint.Tests;

public class FixtureTests
{
    [Fact]
    public void ValidYamlPassesEveryRule() => Assert.Empty(Lint.Yaml(Fixtures.ValidYaml));

    [Fact]
    public void ValidMarkdownPassesEveryRule() => Assert.Empty(Lint.Markdown(Fixtures.ValidMarkdown));
}
