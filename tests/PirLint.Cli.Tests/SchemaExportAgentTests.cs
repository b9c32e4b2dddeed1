using System.Linq;
using System.Text.Json;

namespace PirLint.Cli.Tests;

/// <summary>The format v1.1 fields in the JSON Schema <c>pirlint schema</c> exports, which the YAML language server completes from.</summary>
public class SchemaExportAgentTests
{
    [Fact]
    public void TheAgentBlockIsExportedWithItsDescriptionsRequiredFieldsAndEnum()
    {
        var result = CliRunner.Run(Repository.Root, "schema");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var agent = json.RootElement.GetProperty("properties").GetProperty("ai_agent");
        Assert.Equal("object", agent.GetProperty("type").GetString());
        Assert.False(agent.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(new[] { "name", "autonomy", "models" }, agent.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        var properties = agent.GetProperty("properties");
        Assert.Equal(
            new[] { "name", "autonomy", "models", "prompt_version", "previous_prompt_version", "tools", "guardrails", "evals", "traces" },
            properties.EnumerateObject().Select(p => p.Name));
        Assert.All(properties.EnumerateObject(), p => Assert.False(string.IsNullOrEmpty(p.Value.GetProperty("description").GetString())));
        Assert.Equal(new[] { "suggests_only", "acts_with_approval", "acts_autonomously" }, properties.GetProperty("autonomy").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        var models = properties.GetProperty("models");
        Assert.Equal(1, models.GetProperty("minItems").GetInt32());
        Assert.Equal(new[] { "id" }, models.GetProperty("items").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(new[] { "id", "provider", "role" }, models.GetProperty("items").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void ClosedDateIsAnOptionalDateOfAnActionItem()
    {
        using var json = JsonDocument.Parse(CliRunner.Run(Repository.Root, "schema").Stdout);
        var item = json.RootElement.GetProperty("properties").GetProperty("action_items").GetProperty("items");
        var closed = item.GetProperty("properties").GetProperty("closed_date");
        Assert.Equal(("string", "date"), (closed.GetProperty("type").GetString(), closed.GetProperty("format").GetString()));
        Assert.DoesNotContain("closed_date", item.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }
}
