namespace Werkstatt.Tests.Shared.Cluster;

/// <summary>Renders docs/deploy/nginx.conf for a local run: free ports, a temp prefix, and a header naming the instance that answered.</summary>
public static class NginxConfig
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Werkstatt.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Werkstatt.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The built dll of a project, in the configuration the caller (test or bench) was built in.</summary>
    public static string BuiltDll(string project)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        return Path.Combine(RepositoryRoot(), "src", project, "bin", configuration, "net10.0", project + ".dll");
    }

    /// <summary>The site with one upstream line per web port (the file's two example lines replaced), inside a minimal nginx.conf.</summary>
    public static string Render(string prefix, int listen, IReadOnlyList<int> webPorts, int workerConnections = 512)
    {
        ArgumentNullException.ThrowIfNull(webPorts);
        var site = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "deploy", "nginx.conf"));
        const string Second = "    server 127.0.0.1:5082 max_fails=3 fail_timeout=10s;\n";
        Replace(ref site, Second, string.Empty);
        var servers = string.Concat(webPorts.Select(p => $"    server 127.0.0.1:{p} max_fails=3 fail_timeout=10s;\n"));
        Replace(ref site, "    server 127.0.0.1:5081 max_fails=3 fail_timeout=10s;\n", servers);
        Replace(ref site, "listen 80;", $"listen 127.0.0.1:{listen};");
        Replace(ref site, "server_tokens off;", "server_tokens off;\n    add_header X-Upstream $upstream_addr always;");
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        return $$"""
            {{user}}worker_processes 1;
            events { worker_connections {{workerConnections}}; }
            http {
                access_log off;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
            {{site}}
            }
            """;
    }

    private static void Replace(ref string text, string from, string to)
    {
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"docs/deploy/nginx.conf no longer contains „{from.Trim()}“ – adapt NginxConfig.Render");
        }

        text = text.Replace(from, to, StringComparison.Ordinal);
    }
}
