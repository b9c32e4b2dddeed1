using System;
using System.IO;
using PirLint.LanguageServer;

namespace PirLint.Cli;

/// <summary><c>pirlint lsp</c>: the language server over stdin and stdout, with the check command's file policy.</summary>
public static class LspCommand
{
    /// <summary>The policy every host applies (Core's review files, walk and schema choice, the shared resolvers).</summary>
    public static WorkspacePolicy CreatePolicy() => new();

    public static int Run(string[] args, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] != "--stdio")
        {
            throw new UsageException($"'lsp' takes no arguments (got '{args[0]}'); it speaks LSP over stdin and stdout");
        }

        using var input = Console.OpenStandardInput();
        using var output = Console.OpenStandardOutput();
        return new PirLanguageServer(CreatePolicy()).RunAsync(input, output).GetAwaiter().GetResult();
    }
}
