using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Pipelines;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.Threading;
using PirLint.Diagnostics;
using PirLint.Engine;
using PirLint.LanguageServer.Protocol;
using PirLint.Rules;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PirLint.LanguageServer;

/// <summary>
/// <c>pirlint lsp</c>: a Language Server Protocol 3.17 server over a pair of streams, on StreamJsonRpc, with the
/// engine and host policy of the CLI (through <see cref="WorkspacePolicy"/>). The buffer's text is what is linted.
/// </summary>
public sealed class PirLanguageServer
{
    private const int ServerNotInitialized = -32002;

    private readonly WorkspacePolicy _policy;
    private readonly LanguageServerOptions _options;
    private readonly object _gate = new();
    private readonly Dictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Engine.DocumentResult> _disk = new(StringComparer.Ordinal);
    private readonly List<string> _workspaceFolders = new();
    private readonly Dictionary<string, IReadOnlyList<PirDiagnostic>> _publishedSchemaProblems = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<bool> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? _rpc;
    private PositionEncoding _encoding = PositionEncoding.Utf16;
    private TimeSpan _debounce;
    private bool _initialized;
    private bool _shutdown;
    private bool _pullDiagnostics;
    private bool _refreshSupport;
    private bool _watchRegistration;
    private Task _workspaceScan = Task.CompletedTask;

    public PirLanguageServer(WorkspacePolicy policy, LanguageServerOptions? options = null)
    {
        _policy = policy;
        _options = options ?? new LanguageServerOptions();
        _debounce = _options.Debounce;
    }

    /// <summary>The scan of the workspace folders' files on disk (for PIR006) that the latest initialize or change started.</summary>
    internal Task WorkspaceScan => _workspaceScan;

    /// <summary>
    /// Serves until the client sends <c>exit</c> or closes the input. The exit code is 0 after a <c>shutdown</c>, 1
    /// without one, as LSP says.
    /// </summary>
    public async Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        var frames = new FrameOutput(output);
        var toRpc = new Pipe();
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull;
        var handler = new HeaderDelimitedMessageHandler(PipeWriter.Create(frames), toRpc.Reader, formatter);
        using var rpc = new JsonRpc(handler);
        rpc.SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false);
        rpc.ExceptionStrategy = ExceptionProcessing.CommonErrorData;
        _rpc = rpc;
        Register(rpc);
        rpc.StartListening();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pump = MessageGuard.PumpAsync(input, toRpc.Writer, frames, stop.Token);
        await Task.WhenAny(_exit.Task, rpc.Completion, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
        stop.Cancel();
        CancelAllLints();

        // A read of the console's stdin does not always end on cancellation: the process exit ends it.
        await Task.WhenAny(pump, Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
        return _shutdown ? 0 : 1;
    }

    private void Register(JsonRpc rpc)
    {
        Request("initialize", Initialize);
        Notification("initialized", _ => Initialized());
        rpc.AddLocalRpcMethod("shutdown", new Func<object?>(() =>
        {
            _shutdown = true;
            CancelAllLints();
            return null;
        }));
        rpc.AddLocalRpcMethod("exit", new Action(() => _exit.TrySetResult(true)));
        Notification("textDocument/didOpen", DidOpen);
        Notification("textDocument/didChange", DidChange);
        Notification("textDocument/didClose", DidClose);
        Notification("textDocument/didSave", _ => { });
        Notification("workspace/didChangeConfiguration", DidChangeConfiguration);
        Notification("workspace/didChangeWatchedFiles", DidChangeWatchedFiles);
        Notification("workspace/didChangeWorkspaceFolders", DidChangeWorkspaceFolders);
        Request("textDocument/diagnostic", PullDiagnostics);
        Request("textDocument/codeAction", CodeActions);
        Request("textDocument/hover", Hover);
        Request("textDocument/completion", Completion);
        Request("textDocument/documentSymbol", DocumentSymbols);
    }

    private void Request(string method, Func<JsonElement, CancellationToken, object?> handler)
    {
        var wrapped = new Func<JsonElement, CancellationToken, object?>((parameters, cancellationToken) =>
        {
            if (method != "initialize")
            {
                EnsureServing();
            }

            return handler(parameters, cancellationToken);
        });
        _rpc!.AddLocalRpcMethod(wrapped.Method, wrapped.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private void Notification(string method, Action<JsonElement> handler)
    {
        var wrapped = new Action<JsonElement>(parameters =>
        {
            if (!_initialized || _shutdown)
            {
                return;
            }

            try
            {
                handler(parameters);
            }
            catch (LocalRpcException exception)
            {
                Log(1, $"{method}: {exception.Message}");
            }
        });
        _rpc!.AddLocalRpcMethod(wrapped.Method, wrapped.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });
    }

    private void EnsureServing()
    {
        if (!_initialized)
        {
            throw new LocalRpcException("the server is not initialized; send 'initialize' first") { ErrorCode = ServerNotInitialized };
        }

        if (_shutdown)
        {
            throw new LocalRpcException("the server is shut down; send 'exit'") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
        }
    }

    private object Initialize(JsonElement parameters, CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            throw new LocalRpcException("the server is already initialized") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
        }

        var capabilities = parameters.Member("capabilities");
        if (capabilities?.Path("general", "positionEncodings") is { ValueKind: JsonValueKind.Array } encodings &&
            encodings.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == "utf-8"))
        {
            _encoding = PositionEncoding.Utf8;
        }

        _pullDiagnostics = capabilities?.Path("textDocument", "diagnostic") != null;
        _refreshSupport = capabilities?.Path("workspace", "diagnostics", "refreshSupport") is { ValueKind: JsonValueKind.True };
        _watchRegistration = capabilities?.Path("workspace", "didChangeWatchedFiles", "dynamicRegistration") is { ValueKind: JsonValueKind.True };
        if (parameters.Path("initializationOptions") is { } initOptions && initOptions.Int("debounceMilliseconds") is { } debounce && debounce >= 0)
        {
            _debounce = TimeSpan.FromMilliseconds(debounce);
        }

        lock (_gate)
        {
            if (parameters.Member("workspaceFolders") is { ValueKind: JsonValueKind.Array } folders)
            {
                foreach (var folder in folders.EnumerateArray())
                {
                    if (folder.String("uri") is { } uri && PathOf(uri) is { } path)
                    {
                        _workspaceFolders.Add(path);
                    }
                }
            }
            else if (parameters.String("rootUri") is { } rootUri && PathOf(rootUri) is { } rootPath)
            {
                _workspaceFolders.Add(rootPath);
            }
            else if (parameters.String("rootPath") is { } root)
            {
                _workspaceFolders.Add(root);
            }
        }

        _initialized = true;
        var version = typeof(PirLanguageServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        return new Dictionary<string, object?>
        {
            ["capabilities"] = new Dictionary<string, object?>
            {
                ["positionEncoding"] = _encoding == PositionEncoding.Utf8 ? "utf-8" : "utf-16",
                ["textDocumentSync"] = new Dictionary<string, object> { ["openClose"] = true, ["change"] = 2, ["save"] = new Dictionary<string, bool> { ["includeText"] = false } },
                ["diagnosticProvider"] = new Dictionary<string, object> { ["identifier"] = "pirlint", ["interFileDependencies"] = true, ["workspaceDiagnostics"] = false },
                ["codeActionProvider"] = new Dictionary<string, object> { ["codeActionKinds"] = new[] { "quickfix" } },
                ["hoverProvider"] = true,
                ["completionProvider"] = new Dictionary<string, object> { ["triggerCharacters"] = new[] { ":", " ", "|" } },
                ["documentSymbolProvider"] = true,
                ["workspace"] = new Dictionary<string, object> { ["workspaceFolders"] = new Dictionary<string, bool> { ["supported"] = true, ["changeNotifications"] = true } },
            },
            ["serverInfo"] = new Dictionary<string, string> { ["name"] = "pirlint", ["version"] = version },
        };
    }

    private void Initialized()
    {
        if (_watchRegistration)
        {
            var watchers = new[] { "**/pir.schema.yaml", "**/.editorconfig", "**/.globalconfig", "**/*.pir.yaml", "**/*.pir.yml", "**/*.pir.md" }
                .Select(glob => new Dictionary<string, string> { ["globPattern"] = glob }).ToArray();
            var registration = new Dictionary<string, object>
            {
                ["registrations"] = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["id"] = "pirlint-watched-files",
                        ["method"] = "workspace/didChangeWatchedFiles",
                        ["registerOptions"] = new Dictionary<string, object> { ["watchers"] = watchers },
                    },
                },
            };
            _ = SendAsync(() => _rpc!.InvokeWithParameterObjectAsync("client/registerCapability", registration));
        }

        StartWorkspaceScan();
    }

    private void StartWorkspaceScan()
    {
        string[] folders;
        lock (_gate)
        {
            folders = _workspaceFolders.ToArray();
        }

        _workspaceScan = Task.Run(() =>
        {
            var results = new List<Engine.DocumentResult>();
            foreach (var folder in folders)
            {
                results.AddRange(_policy.LintFiles(_policy.FindReviewFiles(folder)));
            }

            lock (_gate)
            {
                _disk.Clear();
                foreach (var result in results)
                {
                    _disk[result.Path] = result;
                }
            }

            RepublishAll();
        });
    }

    private void DidOpen(JsonElement parameters)
    {
        var item = parameters.Required("textDocument");
        var uri = item.RequiredString("uri");
        var text = item.RequiredString("text");
        var path = PathOf(uri) ?? uri;
        var document = new OpenDocument(uri, path, _policy.IsReviewFile(path), item.Int("version") ?? 0, text);
        lock (_gate)
        {
            if (_documents.TryGetValue(uri, out var previous))
            {
                previous.PendingLint?.Cancel();
            }

            _documents[uri] = document;
        }

        ScheduleLint(document, TimeSpan.Zero);
    }

    private void DidChange(JsonElement parameters)
    {
        var uri = parameters.DocumentUri();
        var changes = parameters.Required("contentChanges");
        if (changes.ValueKind != JsonValueKind.Array)
        {
            throw JsonParams.Invalid("'contentChanges' must be a list");
        }

        OpenDocument? document;
        lock (_gate)
        {
            if (!_documents.TryGetValue(uri, out document))
            {
                Log(2, $"didChange for a document that is not open: {uri}");
                return;
            }

            var text = document.Text;
            foreach (var change in changes.EnumerateArray())
            {
                var newText = change.RequiredString("text");
                if (change.Member("range") is { } range)
                {
                    var positions = new TextPositions(text, _encoding);
                    var (startLine, startCharacter) = range.Required("start").Position();
                    var (endLine, endCharacter) = range.Required("end").Position();
                    var start = positions.OffsetOf(startLine, startCharacter);
                    var end = Math.Max(start, positions.OffsetOf(endLine, endCharacter));
                    text = string.Concat(text.AsSpan(0, start), newText, text.AsSpan(end));
                }
                else
                {
                    text = newText;
                }
            }

            document.Text = text;
            document.Version = parameters.Required("textDocument").Int("version") ?? document.Version + 1;
        }

        ScheduleLint(document, _debounce);
    }

    private void DidClose(JsonElement parameters)
    {
        var uri = parameters.DocumentUri();
        OpenDocument? document;
        lock (_gate)
        {
            if (!_documents.Remove(uri, out document))
            {
                return;
            }

            document.PendingLint?.Cancel();
        }

        if (document.IsReview && !_pullDiagnostics)
        {
            _ = SendAsync(() => _rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, Array.Empty<LspDiagnostic>())));
        }

        if (document.Snapshot?.Result.IncidentId is { } id)
        {
            RepublishSharing(new[] { id.Value }, document);
        }
    }

    private void DidChangeConfiguration(JsonElement parameters)
    {
        if (parameters.Path("settings", "pirlint") is { } settings && settings.Int("debounceMilliseconds") is { } debounce && debounce >= 0)
        {
            _debounce = TimeSpan.FromMilliseconds(debounce);
        }

        _policy.Reload();
        RelintAll();
    }

    private void DidChangeWatchedFiles(JsonElement parameters)
    {
        if (parameters.Member("changes") is not { ValueKind: JsonValueKind.Array } changes)
        {
            throw JsonParams.Invalid("'changes' must be a list");
        }

        var policyChanged = false;
        var reviewsChanged = false;
        foreach (var change in changes.EnumerateArray())
        {
            if (change.String("uri") is not { } uri || PathOf(uri) is not { } path)
            {
                continue;
            }

            policyChanged |= WorkspacePolicy.IsPolicyFile(path);
            reviewsChanged |= _policy.IsReviewFile(path);
        }

        if (policyChanged)
        {
            _policy.Reload();
            RelintAll();
        }

        if (policyChanged || reviewsChanged)
        {
            StartWorkspaceScan();
        }
    }

    private void DidChangeWorkspaceFolders(JsonElement parameters)
    {
        var delta = parameters.Required("event");
        lock (_gate)
        {
            foreach (var (name, add) in new[] { ("removed", false), ("added", true) })
            {
                if (delta.Member(name) is not { ValueKind: JsonValueKind.Array } list)
                {
                    continue;
                }

                foreach (var folder in list.EnumerateArray())
                {
                    if (folder.String("uri") is { } uri && PathOf(uri) is { } path)
                    {
                        _workspaceFolders.Remove(path);
                        if (add)
                        {
                            _workspaceFolders.Add(path);
                        }
                    }
                }
            }
        }

        StartWorkspaceScan();
    }

    private object PullDiagnostics(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = Known(parameters.DocumentUri());
        if (!document.IsReview)
        {
            return new FullDocumentDiagnosticReport("0", Array.Empty<LspDiagnostic>());
        }

        var snapshot = Current(document, cancellationToken);
        return new FullDocumentDiagnosticReport(snapshot.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), DiagnosticMapper.ToLsp(DiagnosticsOf(document, snapshot), snapshot));
    }

    private object? CodeActions(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = Known(parameters.DocumentUri());
        if (!document.IsReview)
        {
            return Array.Empty<CodeAction>();
        }

        var snapshot = Current(document, cancellationToken);
        var range = parameters.Required("range");
        var (startLine, startCharacter) = range.Required("start").Position();
        var (endLine, endCharacter) = range.Required("end").Position();
        var start = snapshot.Positions.OffsetOf(startLine, startCharacter) - snapshot.OffsetShift;
        var end = snapshot.Positions.OffsetOf(endLine, endCharacter) - snapshot.OffsetShift;
        var actions = new List<CodeAction>();
        foreach (var diagnostic in DiagnosticsOf(document, snapshot))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (diagnostic.Span.Start <= end && diagnostic.Span.End >= start)
            {
                actions.AddRange(QuickFixes.For(document.Uri, snapshot, diagnostic));
            }
        }

        return actions;
    }

    private object? Hover(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = Known(parameters.DocumentUri());
        if (!document.IsReview)
        {
            return null;
        }

        var snapshot = Current(document, cancellationToken);
        var (line, character) = parameters.Required("position").Position();
        return HoverProvider.At(snapshot, snapshot.Positions.OffsetOf(line, character), DiagnosticsOf(document, snapshot));
    }

    private object? Completion(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = Known(parameters.DocumentUri());
        if (!document.IsReview)
        {
            return new CompletionList(false, Array.Empty<CompletionItem>());
        }

        string text;
        lock (_gate)
        {
            text = document.Text;
        }

        var positions = new TextPositions(text, _encoding);
        var (line, character) = parameters.Required("position").Position();
        var offset = positions.OffsetOf(line, character);
        return CompletionProvider.Complete(document.Path, positions, positions.LineOf(offset), offset, _policy.EngineFor(document.Path).Schema);
    }

    private object? DocumentSymbols(JsonElement parameters, CancellationToken cancellationToken)
    {
        var document = Known(parameters.DocumentUri());
        return document.IsReview ? SymbolProvider.For(Current(document, cancellationToken)) : Array.Empty<DocumentSymbol>();
    }

    private OpenDocument Known(string uri)
    {
        lock (_gate)
        {
            if (_documents.TryGetValue(uri, out var document))
            {
                return document;
            }
        }

        throw new LocalRpcException($"the document '{uri}' is not open; send textDocument/didOpen first") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
    }

    /// <summary>The snapshot of the buffer's current text, linted now when the last lint is of an older version.</summary>
    private LintSnapshot Current(OpenDocument document, CancellationToken cancellationToken)
    {
        int version;
        string text;
        lock (_gate)
        {
            if (document.Snapshot is { } snapshot && snapshot.Version == document.Version && ReferenceEquals(snapshot.Text, document.Text))
            {
                return snapshot;
            }

            version = document.Version;
            text = document.Text;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Lint(document, version, text, publish: true) ?? throw new OperationCanceledException(cancellationToken);
    }

    private void ScheduleLint(OpenDocument document, TimeSpan delay)
    {
        if (!document.IsReview)
        {
            return;
        }

        var cancellation = new CancellationTokenSource();
        int version;
        string text;
        lock (_gate)
        {
            document.PendingLint?.Cancel();
            document.PendingLint = cancellation;
            version = document.Version;
            text = document.Text;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, cancellation.Token).ConfigureAwait(false);
                }

                if (!cancellation.IsCancellationRequested)
                {
                    Lint(document, version, text, publish: true);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception exception)
            {
                Log(1, $"pirlint could not lint {document.Uri}: {exception.GetType().Name}: {exception.Message}");
            }
        });
    }

    /// <summary>Lints one version of a buffer; null when a newer version arrived meanwhile (its own lint publishes).</summary>
    private LintSnapshot? Lint(OpenDocument document, int version, string text, bool publish)
    {
        var watch = Stopwatch.StartNew();
        var engineText = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        var result = _policy.Lint(document.Path, engineText, out var read, out var engine);
        var own = new List<PirDiagnostic>(result.Diagnostics);
        own.AddRange(ActionItemOverdueRule.Analyze(new[] { result }, _options.Today()));
        own = DiagnosticOrder.SortAndDistinct(own);
        own.RemoveAll(d => d.Severity is PirSeverity.Hidden or PirSeverity.None);
        var snapshot = new LintSnapshot(version, text, result, read, engine, own, new TextPositions(text, _encoding));
        _options.LintTimed?.Invoke(watch.Elapsed);

        string? oldId;
        lock (_gate)
        {
            if (document.Version != version || !ReferenceEquals(document.Text, text) || !_documents.TryGetValue(document.Uri, out var open) || !ReferenceEquals(open, document))
            {
                return null;
            }

            oldId = document.Snapshot?.Result.IncidentId?.Value;
            document.Snapshot = snapshot;
        }

        if (publish)
        {
            Publish(document);
            var newId = result.IncidentId?.Value;
            if (oldId != newId)
            {
                RepublishSharing(new[] { oldId, newId }, document);
            }

            PublishSchemaProblems();
            foreach (var warning in _policy.TakeConfigWarnings())
            {
                Log(2, warning);
            }
        }

        return snapshot;
    }

    /// <summary>The document's own diagnostics and PIR006 against the other open buffers and the workspace files on disk.</summary>
    private List<PirDiagnostic> DiagnosticsOf(OpenDocument document, LintSnapshot snapshot)
    {
        var all = new List<PirDiagnostic>(snapshot.Own);
        if (snapshot.Result.IncidentId is not { } id)
        {
            return all;
        }

        var sharing = new List<Engine.DocumentResult> { snapshot.Result };
        lock (_gate)
        {
            foreach (var other in _documents.Values)
            {
                if (!ReferenceEquals(other, document) && other.Snapshot?.Result is { IncidentId: { } otherId } result && otherId.Value == id.Value)
                {
                    sharing.Add(result);
                }
            }

            foreach (var pair in _disk)
            {
                if (pair.Key != document.Path && pair.Value.IncidentId is { } diskId && diskId.Value == id.Value && !IsOpen(pair.Key))
                {
                    sharing.Add(pair.Value);
                }
            }
        }

        if (sharing.Count > 1)
        {
            foreach (var diagnostic in Engine.PirLintEngine.LintSet(sharing))
            {
                if (diagnostic.Path == document.Path && diagnostic.Severity is not (PirSeverity.Hidden or PirSeverity.None))
                {
                    all.Add(diagnostic);
                }
            }
        }

        return DiagnosticOrder.SortAndDistinct(all);
    }

    private bool IsOpen(string path)
    {
        foreach (var document in _documents.Values)
        {
            if (document.Path == path)
            {
                return true;
            }
        }

        return false;
    }

    private void Publish(OpenDocument document)
    {
        var snapshot = document.Snapshot;
        if (snapshot == null)
        {
            return;
        }

        var diagnostics = DiagnosticsOf(document, snapshot);
        lock (_gate)
        {
            if (document.Published != null && document.PublishedVersion == snapshot.Version && document.Published.SequenceEqual(diagnostics))
            {
                return;
            }

            document.Published = diagnostics;
            document.PublishedVersion = snapshot.Version;
        }

        if (_pullDiagnostics)
        {
            return;
        }

        var message = new PublishDiagnosticsParams(document.Uri, snapshot.Version, DiagnosticMapper.ToLsp(diagnostics, snapshot));
        _ = SendAsync(() => _rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", message));
    }

    /// <summary>Publishes again the other open buffers whose PIR006 may have changed with these incident ids.</summary>
    private void RepublishSharing(IEnumerable<string?> ids, OpenDocument changed)
    {
        var wanted = new HashSet<string>(ids.Where(id => id != null)!, StringComparer.Ordinal);
        List<OpenDocument> others;
        lock (_gate)
        {
            others = _documents.Values.Where(d => !ReferenceEquals(d, changed) && d.Snapshot?.Result.IncidentId is { } id && wanted.Contains(id.Value)).ToList();
        }

        foreach (var other in others)
        {
            Publish(other);
        }

        RefreshPulls();
    }

    private void RepublishAll()
    {
        List<OpenDocument> documents;
        lock (_gate)
        {
            documents = _documents.Values.ToList();
        }

        foreach (var document in documents)
        {
            Publish(document);
        }

        RefreshPulls();
    }

    private void RelintAll()
    {
        List<OpenDocument> documents;
        lock (_gate)
        {
            documents = _documents.Values.ToList();
        }

        foreach (var document in documents)
        {
            ScheduleLint(document, TimeSpan.Zero);
        }

        RefreshPulls();
    }

    private void RefreshPulls()
    {
        if (_pullDiagnostics && _refreshSupport)
        {
            _ = SendAsync(() => _rpc!.InvokeAsync("workspace/diagnostic/refresh"));
        }
    }

    /// <summary>PIR001 in a <c>pir.schema.yaml</c> that cannot be used, published on the schema file itself.</summary>
    private void PublishSchemaProblems()
    {
        var byPath = _policy.SchemaProblems().GroupBy(d => d.Path).ToDictionary(g => g.Key, g => (IReadOnlyList<PirDiagnostic>)g.ToList());
        List<(string Path, IReadOnlyList<PirDiagnostic> Diagnostics)> changed;
        lock (_gate)
        {
            changed = byPath.Where(pair => !_publishedSchemaProblems.TryGetValue(pair.Key, out var old) || !old.SequenceEqual(pair.Value))
                .Select(pair => (pair.Key, pair.Value)).ToList();
            foreach (var path in _publishedSchemaProblems.Keys.Where(path => !byPath.ContainsKey(path)).ToList())
            {
                changed.Add((path, Array.Empty<PirDiagnostic>()));
                _publishedSchemaProblems.Remove(path);
            }

            foreach (var (path, diagnostics) in changed)
            {
                if (diagnostics.Count > 0)
                {
                    _publishedSchemaProblems[path] = diagnostics;
                }
            }
        }

        foreach (var (path, diagnostics) in changed)
        {
            var text = File.Exists(path) ? SafeRead(path) : string.Empty;
            var positions = new TextPositions(text, _encoding);
            var items = diagnostics.Select(d => new LspDiagnostic
            {
                Range = positions.RangeOf(d.Span.Start, d.Span.End),
                Severity = DiagnosticMapper.Severity(d.Severity),
                Code = d.Id,
                CodeDescription = RuleCatalog.Find(d.Id) is { } rule ? new CodeDescription(rule.HelpUri) : null,
                Message = d.Message,
            }).ToList();
            _ = SendAsync(() => _rpc!.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(new Uri(path).AbsoluteUri, null, items)));
        }
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private void CancelAllLints()
    {
        lock (_gate)
        {
            foreach (var document in _documents.Values)
            {
                document.PendingLint?.Cancel();
            }
        }
    }

    private void Log(int type, string message) =>
        _ = SendAsync(() => _rpc!.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(type, message)));

    private static async Task SendAsync(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or RemoteRpcException or IOException or OperationCanceledException)
        {
            // The client went away or refused: nothing to tell it.
        }
    }

    /// <summary>The file path of a <c>file:</c> URI; null for other schemes.</summary>
    internal static string? PathOf(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : null;
}
