using System.Linq;
using PirLint.Configuration;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.Schema;

namespace PirLint.Tests;

/// <summary>The validator names where a value is from its place in the review, kept as data, in every message kind.</summary>
public class SchemaPlaceTests
{
    private const string Schema = """
        type: object
        additionalProperties: false
        required: [summary, action_items]
        properties:
          summary:
            type: object
            additionalProperties: false
            required: [id]
            properties:
              id: { type: string }
              impact:
                type: object
                additionalProperties: false
                properties:
                  users: { type: integer }
          action_items:
            type: array
            items:
              type: object
              additionalProperties: false
              required: [owner]
              properties:
                owner: { type: string }
                details:
                  type: object
                  additionalProperties: false
                  required: [ticket]
                  properties:
                    ticket: { type: string }
        """;

    private static string[] Messages(string review)
    {
        var bag = new DiagnosticBag("pir.schema.yaml");
        var schema = SchemaLoader.Load("pir.schema.yaml", Schema, bag);
        Assert.NotNull(schema);
        Assert.Empty(bag.Items);
        return new PirLintEngine(schema).Lint("r.pir.yaml", review, PirLintOptions.Default).Diagnostics
            .Where(d => d.Id is "PIR002" or "PIR003" or "PIR005")
            .Select(d => d.Id + " " + d.Message)
            .ToArray();
    }

    [Fact]
    public void FieldsOfTheReviewAndOfNestedMappingsAreNamedByTheirPath()
    {
        var messages = Messages("""
            summary:
              impact:
                users: [1, 2]
                user: 3
            action_items:
              - owner: a
            extra: 1
            """);
        Assert.Equal(new[]
        {
            "PIR002 Summary has no 'id'; add it",
            "PIR003 'users' in summary.impact.users should be a single integer value, not a list",
            "PIR005 'user' is not a field of summary.impact; did you mean 'users'?",
            "PIR005 'extra' is not a field of the review; known fields: summary, action_items",
        }, messages);
    }

    [Fact]
    public void AnItemIsNamedByItsListAndAKeyEveryItemRepeatsByTheKindOfItem()
    {
        var messages = Messages("""
            summary:
              id: A-1
            action_items:
              - owner: a
                ownr: b
              - ownr: c
              -
            """);
        Assert.Equal(new[]
        {
            "PIR005 'ownr' is not a field of an action item; did you mean 'owner'?",
            "PIR002 Action item 2 has no 'owner'; add it",
            "PIR005 'ownr' is not a field of an action item; did you mean 'owner'?",
            "PIR002 Action item 3 is empty; write it or remove the item",
        }, messages);
    }

    [Fact]
    public void AMappingInsideAnItemIsNamedByTheItemAndItsPathNotAsTheItemItself()
    {
        var messages = Messages("""
            summary:
              id: A-1
            action_items:
              - owner: a
                details:
                  tickt: X-1
            """);
        Assert.Equal(new[]
        {
            "PIR002 Action item 1.details has no 'ticket'; add it",
            "PIR005 'tickt' is not a field of action item 1.details; did you mean 'ticket'?",
        }, messages);
    }
}
