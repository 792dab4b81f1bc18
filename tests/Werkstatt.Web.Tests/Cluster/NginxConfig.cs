namespace Werkstatt.Web.Tests.Cluster;

/// <summary>Renders docs/deploy/nginx.conf for the test: free ports, a temp prefix, and a header naming the instance that answered.</summary>
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

    /// <summary>The built dll of a project, in the configuration the tests were built in.</summary>
    public static string BuiltDll(string project)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        return Path.Combine(RepositoryRoot(), "src", project, "bin", configuration, "net10.0", project + ".dll");
    }

    public static string Render(string prefix, int listen, int web1, int web2)
    {
        var site = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "deploy", "nginx.conf"));
        Replace(ref site, "127.0.0.1:5081", $"127.0.0.1:{web1}");
        Replace(ref site, "127.0.0.1:5082", $"127.0.0.1:{web2}");
        Replace(ref site, "listen 80;", $"listen 127.0.0.1:{listen};");
        Replace(ref site, "server_tokens off;", "server_tokens off;\n    add_header X-Upstream $upstream_addr always;");
        var user = Environment.UserName == "root" ? "user root;\n" : string.Empty;
        return $$"""
            {{user}}worker_processes 1;
            events { worker_connections 512; }
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
        Assert.True(text.Contains(from, StringComparison.Ordinal), $"docs/deploy/nginx.conf no longer contains „{from}“ – adapt the test's rendering");
        text = text.Replace(from, to, StringComparison.Ordinal);
    }
}
