// A scripted session over stdio with `pirlint lsp`: initialize, open, diagnostics, change, diagnostics, code action,
// completion, shutdown, exit. Prints what the server answered as one JSON object; the xunit test asserts on it.
// Usage: node session.js REVIEW_FILE -- SERVER_COMMAND [ARGS...]
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { pathToFileURL } = require("url");
const protocol = require("vscode-languageserver-protocol/node");

async function main() {
  const [file, separator, command, ...args] = process.argv.slice(2);
  if (separator !== "--" || !command) {
    throw new Error("usage: node session.js REVIEW_FILE -- SERVER_COMMAND [ARGS...]");
  }

  const server = spawn(command, args, { stdio: ["pipe", "pipe", "inherit"] });
  const exited = new Promise((resolve) => server.on("exit", (code) => resolve(code)));
  const connection = protocol.createProtocolConnection(
    new protocol.StreamMessageReader(server.stdout),
    new protocol.StreamMessageWriter(server.stdin));
  const published = [];
  const waiters = [];
  connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (const waiter of waiters.splice(0)) waiter();
  });
  connection.onRequest(protocol.RegistrationRequest.type, () => null);
  connection.listen();

  const until = async (predicate) => {
    const deadline = Date.now() + 60000;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error("timed out waiting for diagnostics");
      await new Promise((resolve) => { waiters.push(resolve); setTimeout(resolve, 200); });
    }
  };

  const root = path.dirname(file);
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, "utf8");
  const result = {};
  const init = await connection.sendRequest(protocol.InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: "reviews" }],
    capabilities: { general: { positionEncodings: ["utf-16"] }, workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    initializationOptions: { debounceMilliseconds: 50 },
  });
  result.positionEncoding = init.capabilities.positionEncoding;
  await connection.sendNotification(protocol.InitializedNotification.type, {});

  await connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
    textDocument: { uri, languageId: "yaml", version: 1, text },
  });
  await until(() => published.some((p) => p.uri === uri && p.version === 1));
  const opened = published.filter((p) => p.uri === uri && p.version === 1).pop();
  result.opened = opened.diagnostics.map((d) => ({ code: d.code, href: d.codeDescription && d.codeDescription.href, severity: d.severity, range: d.range }));

  const changed = text.replace("severity: \"sev2\"", "severity: SEV2");
  await connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: changed }],
  });
  await until(() => published.some((p) => p.uri === uri && p.version === 2));
  const afterChange = published.filter((p) => p.uri === uri && p.version === 2).pop();
  result.changed = afterChange.diagnostics.map((d) => ({ code: d.code, range: d.range }));

  const pir004 = afterChange.diagnostics.find((d) => d.code === "PIR004");
  const actions = await connection.sendRequest(protocol.CodeActionRequest.type, {
    textDocument: { uri },
    range: pir004.range,
    context: { diagnostics: [pir004] },
  });
  result.actions = actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }));

  const severityLine = changed.split("\n").findIndex((line) => line.includes("severity: SEV2"));
  const completion = await connection.sendRequest(protocol.CompletionRequest.type, {
    textDocument: { uri },
    position: { line: severityLine, character: "  severity: ".length },
  });
  result.completion = (completion.items || completion).map((item) => item.label);

  await connection.sendRequest(protocol.ShutdownRequest.type);
  await connection.sendNotification(protocol.ExitNotification.type);
  result.exitCode = await exited;
  connection.dispose();
  process.stdout.write(JSON.stringify(result));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
