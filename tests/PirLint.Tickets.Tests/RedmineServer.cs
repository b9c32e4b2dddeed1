using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using PirLint.TestSupport;

namespace PirLint.Tickets.Tests;

/// <summary>
/// A real Redmine (Debian's redmine and redmine-sqlite packages) served by webrick on a free loopback port for the
/// tests of one class, with the REST API enabled and the administrator's key; stopped when the class is done. Each
/// test works in a project of its own.
/// </summary>
public sealed class RedmineServer : IDisposable
{
    private const string Root = "/usr/share/redmine";
    private readonly Process? _server;
    private readonly string? _pidFile;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public RedmineServer()
    {
        if (PrerequisiteReason.For(PrerequisiteReason.Redmine) != null)
        {
            return;
        }

        var gemfile = Path.Combine(Root, "Gemfile.local");
        if (!File.Exists(gemfile))
        {
            // The packaged bundle has no web server; .ci/run writes this file too.
            File.WriteAllText(gemfile, "gem \"webrick\"\n");
        }

        var runner = ChildProcess.Run(Path.Combine(Root, "bin", "rails"), new[] { "runner", "-e", "production", "Setting.rest_api_enabled = \"1\"; print User.find_by_login(\"admin\").api_key" }, Root, TimeSpan.FromMinutes(3));
        var lines = runner.Stdout.Trim().Split('\n');
        ApiKey = lines[^1].Trim();
        if (runner.ExitCode != 0 || ApiKey.Length != 40)
        {
            throw new InvalidOperationException("bin/rails runner did not give the admin's API key: " + runner.Stdout + runner.Stderr);
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Url = "http://127.0.0.1:" + port;
        _pidFile = Path.Combine(Path.GetTempPath(), $"pirlint-redmine-{port}.pid");
        var start = new ProcessStartInfo(Path.Combine(Root, "bin", "rails"))
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "server", "-u", "webrick", "-e", "production", "-b", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-P", _pidFile })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start)!;
        _server.OutputDataReceived += (_, e) => Log(e.Data);
        _server.ErrorDataReceived += (_, e) => Log(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        _http.DefaultRequestHeaders.Add("X-Redmine-API-Key", ApiKey);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            try
            {
                if (_http.GetAsync(Url + "/issue_statuses.json").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (_server.HasExited || DateTime.UtcNow > deadline)
            {
                Dispose();
                throw new InvalidOperationException("Redmine did not start: " + _log);
            }

            Thread.Sleep(500);
        }
    }

    public string Url { get; } = string.Empty;

    public string ApiKey { get; } = string.Empty;

    /// <summary>A new project (public unless asked), named for the test; returns its identifier.</summary>
    public string CreateProject(bool isPublic = true)
    {
        var identifier = "pirlint-" + Guid.NewGuid().ToString("N").Substring(0, 12);
        Send(HttpMethod.Post, "/projects.json", new JsonObject { ["project"] = new JsonObject { ["name"] = identifier, ["identifier"] = identifier, ["is_public"] = isPublic } });
        return identifier;
    }

    /// <summary>A new user; a member of <paramref name="project"/> (Developer) when given. Returns its login and id.</summary>
    public (string Login, int Id) CreateUser(string? project)
    {
        var login = "u" + Guid.NewGuid().ToString("N").Substring(0, 10);
        var user = Send(HttpMethod.Post, "/users.json", new JsonObject
        {
            ["user"] = new JsonObject { ["login"] = login, ["firstname"] = "Test", ["lastname"] = login, ["mail"] = login + "@example.com", ["password"] = "pirlint-" + login },
        })!;
        var id = (int)user["user"]!["id"]!;
        if (project != null)
        {
            Send(HttpMethod.Post, $"/projects/{project}/memberships.json", new JsonObject { ["membership"] = new JsonObject { ["user_id"] = id, ["role_ids"] = new JsonArray(4) } });
        }

        return (login, id);
    }

    public JsonArray Issues(string project) =>
        Send(HttpMethod.Get, $"/issues.json?project_id={project}&status_id=*&limit=100&sort=id", null)!["issues"]!.AsArray();

    public JsonNode? Send(HttpMethod method, string path, JsonNode? body)
    {
        using var request = new HttpRequestMessage(method, Url + path);
        if (body != null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        using var response = _http.SendAsync(request).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
        }

        return text.Trim().Length == 0 ? null : JsonNode.Parse(text);
    }

    public void Dispose()
    {
        if (_server != null && !_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(10_000);
        }

        _server?.Dispose();
        _http.Dispose();
        if (_pidFile != null && File.Exists(_pidFile))
        {
            File.Delete(_pidFile);
        }
    }

    private void Log(string? line)
    {
        if (line != null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
