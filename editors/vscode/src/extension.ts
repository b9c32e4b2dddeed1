// The PirLint extension: starts `pirlint lsp` for review files and hands them to it. Everything else (diagnostics,
// quick fixes, hover, completion, outline) is the language server's.
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

const reviewFiles = ["**/*.pir.yaml", "**/*.pir.yml", "**/*.pir.md"];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration("pirlint");
  const command = settings.get<string>("path") || "pirlint";
  const serverOptions: ServerOptions = { command, args: ["lsp"], transport: TransportKind.stdio };
  const clientOptions: LanguageClientOptions = {
    documentSelector: reviewFiles.flatMap((pattern) => [{ scheme: "file", pattern }, { scheme: "untitled", pattern }]),
    initializationOptions: { debounceMilliseconds: settings.get<number>("debounceMilliseconds") ?? 150 },
    synchronize: { configurationSection: "pirlint" },
  };
  client = new LanguageClient("pirlint", "PirLint", serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  try {
    await client.start();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `PirLint could not start '${command} lsp': ${String(error)}. Install the tool (dotnet tool install --global pirlint) or set pirlint.path.`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
