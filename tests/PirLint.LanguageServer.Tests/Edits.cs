using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace PirLint.LanguageServer.Tests;

/// <summary>Applies a WorkspaceEdit's text edits (UTF-16 positions) to a text, as an editor would.</summary>
internal static class Edits
{
    public static string Apply(string text, JsonNode workspaceEdit, string uri)
    {
        var edits = ((JsonArray)workspaceEdit["changes"]![uri]!).Select(e => e!).ToList();
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(JsonNode position) => Math.Min(text.Length, lineStarts[position["line"]!.GetValue<int>()] + position["character"]!.GetValue<int>());
        foreach (var edit in edits.OrderByDescending(e => Offset(e["range"]!["start"]!)))
        {
            var start = Offset(edit["range"]!["start"]!);
            var end = Offset(edit["range"]!["end"]!);
            text = text.Substring(0, start) + edit["newText"]!.GetValue<string>() + text.Substring(end);
        }

        return text;
    }
}
