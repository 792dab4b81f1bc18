using System.Diagnostics.CodeAnalysis;

namespace Werkstatt.Service.Common;

/// <summary>The outcome of a use case: a value or an <see cref="Common.Error"/>.</summary>
[SuppressMessage("Design", "CA1000", Justification = "Factory methods read best on the generic type.")]
public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(Error error) => Fail(error);
}
