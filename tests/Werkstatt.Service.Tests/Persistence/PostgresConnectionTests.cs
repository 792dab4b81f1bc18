using Npgsql;
using Werkstatt.Service.Persistence;

namespace Werkstatt.Service.Tests.Persistence;

public sealed class PostgresConnectionTests
{
    [Fact]
    public void Statements_are_prepared_automatically_unless_the_connection_string_says_otherwise()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnection.Tuned("Host=db;Database=werkstatt;Username=w"));
        var off = new NpgsqlConnectionStringBuilder(PostgresConnection.Tuned("Host=db;Database=werkstatt;Username=w;Max Auto Prepare=0"));

        Assert.Equal(PostgresConnection.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal("werkstatt", tuned.Database);
        Assert.Equal(0, off.MaxAutoPrepare);
    }
}
