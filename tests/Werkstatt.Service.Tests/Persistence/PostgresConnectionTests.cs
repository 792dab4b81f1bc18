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

    [Fact]
    public void Pooled_connections_skip_the_session_reset_unless_the_connection_string_asks_for_it()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresConnection.Tuned("Host=db;Database=werkstatt;Username=w"));
        var reset = new NpgsqlConnectionStringBuilder(PostgresConnection.Tuned("Host=db;Database=werkstatt;Username=w;No Reset On Close=false"));

        Assert.True(tuned.NoResetOnClose);
        Assert.False(reset.NoResetOnClose);
    }
}
