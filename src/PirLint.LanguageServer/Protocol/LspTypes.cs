using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PirLint.LanguageServer.Protocol;

// The few LSP 3.17 message shapes the server sends, as plain classes; the formatter writes them camelCase and leaves
// null members out. Incoming messages are read from their JSON directly (see JsonParams).

public sealed record LspPosition(int Line, int Character);

public sealed record LspRange(LspPosition Start, LspPosition End);

public sealed record CodeDescription(string Href);

public sealed class LspDiagnostic
{
    public required LspRange Range { get; init; }

    /// <summary>1 error, 2 warning, 3 information, 4 hint.</summary>
    public int Severity { get; init; }

    public required string Code { get; init; }

    public CodeDescription? CodeDescription { get; init; }

    public string Source { get; init; } = "pirlint";

    public required string Message { get; init; }
}

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

public sealed record FullDocumentDiagnosticReport(string ResultId, IReadOnlyList<LspDiagnostic> Items)
{
    public string Kind => "full";
}

public sealed record TextEdit(LspRange Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

public sealed class CodeAction
{
    public required string Title { get; init; }

    public string Kind { get; init; } = "quickfix";

    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }

    public required WorkspaceEdit Edit { get; init; }
}

public sealed record MarkupContent(string Value)
{
    public string Kind => "markdown";
}

public sealed record Hover(MarkupContent Contents, LspRange? Range);

public sealed class CompletionItem
{
    public required string Label { get; init; }

    /// <summary>5 field, 12 value, 20 enum member.</summary>
    public int Kind { get; init; }

    public string? Detail { get; init; }

    public MarkupContent? Documentation { get; init; }

    public string? InsertText { get; init; }

    public string? SortText { get; init; }
}

public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

public sealed class DocumentSymbol
{
    public required string Name { get; init; }

    public string? Detail { get; init; }

    /// <summary>2 module, 8 field, 15 string, 18 array, 19 object.</summary>
    public int Kind { get; init; }

    public required LspRange Range { get; init; }

    public required LspRange SelectionRange { get; init; }

    [JsonPropertyName("children")]
    public IReadOnlyList<DocumentSymbol>? Children { get; init; }
}

public sealed record LogMessageParams(int Type, string Message);
