using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Werkstatt.Service.Persistence.Queries;

/// <summary>
/// A compiled query belongs to the model it first ran with, and EF Core refuses it with another – the SQLite and
/// the PostgreSQL context (both in one test process) have different models. One compiled query per model, then.
/// </summary>
internal sealed class PerModel<T>(Func<T> compile)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _byModel = [];

    public T For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}
