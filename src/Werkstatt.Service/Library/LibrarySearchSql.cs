using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Werkstatt.Domain.Network;

namespace Werkstatt.Service.Library;

/// <summary>
/// The search as SQL per provider: PostgreSQL's German full text (stemming: "Anträge" finds "Antrag") over a generated
/// tsvector with a GIN index; SQLite's FTS5 with folded umlauts and prefix matching of a crudely de-suffixed word.
/// </summary>
public static partial class LibrarySearchSql
{
    private static readonly string[] GermanEndings = ["en", "er", "es", "e", "n", "s"];

    /// <summary>More matches than this and the search lists them newest first instead of ranking them (see <see cref="Build"/>).</summary>
    public const int BroadMatches = 1000;

    /// <summary>
    /// How many entries (of all networks, capped just above <see cref="BroadMatches"/>) match the words: a cheap look
    /// that stops early, so the search can tell a common word from a specific one. Null without searchable words.
    /// </summary>
    public static (string Sql, object[] Parameters)? MatchCount(bool postgres, string? text)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (postgres)
        {
            return ("SELECT count(*)::int AS \"Value\" FROM (SELECT 1 FROM library_entries WHERE \"SearchVector\" @@ websearch_to_tsquery('german', {0}) LIMIT 1001) m", [text]);
        }

        return FtsExpression(text) is { } match
            ? ("SELECT count(*) AS \"Value\" FROM (SELECT 1 FROM library_fts WHERE library_fts MATCH {0} LIMIT 1001) m", [match])
            : null;
    }

    /// <summary>
    /// The search. With <paramref name="broad"/> (a word found in most entries, e.g. "prüfen") the matches are listed
    /// newest first: ranking would score every one of 100,000 matches (SQLite's bm25 1–2 s, PostgreSQL's ts_rank
    /// 0.3 s), where newest first lets FTS5 walk its index in order and stop after the page. A specific word keeps the ranking.
    /// </summary>
    public static (string Sql, object[] Parameters) Build(bool postgres, NetworkId network, LibraryQuery query, bool broad = false)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<object> { network.Value };
        string P(object value)
        {
            parameters.Add(value);
            return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }

        var where = new StringBuilder("e.\"NetworkId\" = {0}");
        var text = query.Text?.Trim();
        var from = "library_entries e";
        var order = "e.\"LatestOn\" DESC, e.\"Name\"";
        if (!string.IsNullOrEmpty(text))
        {
            if (postgres)
            {
                var q = P(text);
                where.Append(CultureInfo.InvariantCulture, $" AND e.\"SearchVector\" @@ websearch_to_tsquery('german', {q})");
                order = broad ? order : $"ts_rank(e.\"SearchVector\", websearch_to_tsquery('german', {q})) DESC, e.\"Name\"";
            }
            else if (FtsExpression(text) is { } match)
            {
                from = "library_fts f JOIN library_entries e ON e.\"Id\" = f.\"EntryId\"";
                where.Append(CultureInfo.InvariantCulture, $" AND library_fts MATCH {P(match)}");
                order = broad ? "f.rowid DESC" : "f.rank, e.\"Name\"";
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"Topic\" = {P(query.Topic.Trim())}");
        }

        if (query.Level is { } level)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"Levels\" LIKE {P("%" + level + "%")}");
        }

        if (!string.IsNullOrWhiteSpace(query.LeikaKey))
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"LeikaKey\" = {P(query.LeikaKey.Trim())}");
        }

        if (query.MemberId is { } member)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"MemberIds\" LIKE {P($"%|{member}|%")}");
        }

        if (query.WerkstattId is { } werkstatt)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"WerkstattIds\" LIKE {P($"%|{werkstatt}|%")}");
        }

        if (query.From is { } start)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"LatestOn\" >= {P(start)}");
        }

        if (query.To is { } end)
        {
            where.Append(CultureInfo.InvariantCulture, $" AND e.\"LatestOn\" <= {P(end)}");
        }

        var limit = Math.Clamp(query.Limit, 1, LibraryQuery.MaxLimit);
        return ($"SELECT e.\"Id\" AS \"Value\" FROM {from} WHERE {where} ORDER BY {order} LIMIT {limit.ToString(CultureInfo.InvariantCulture)}", parameters.ToArray());
    }

    /// <summary>Every word must occur, as a prefix of its stem: "Anträge" → "Anträg"* (umlauts fold in the index).</summary>
    public static string? FtsExpression(string text)
    {
        var words = Words().Split(text ?? string.Empty).Where(w => w.Length > 0).Take(12).Select(Stem).ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"*"));
    }

    private static string Stem(string word)
    {
        if (word.Length < 6 || word.All(char.IsAsciiDigit))
        {
            return word;
        }

        var ending = GermanEndings.FirstOrDefault(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        return ending is null ? word : word[..^ending.Length];
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Words();
}
