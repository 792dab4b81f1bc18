using System.Collections.Specialized;
using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace Werkstatt.Service.Jobs.Quartz;

/// <summary>
/// Stores job data as a JSON object of strings. Our job data holds only strings (<c>quartz.jobStore.useProperties</c>),
/// and the serializers Quartz offers live in packages that are not available here (or rely on BinaryFormatter).
/// </summary>
public sealed class QuartzStringSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj)
        where T : class
    {
        var map = obj switch
        {
            NameValueCollection collection => collection.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => collection[k]),
            IDictionary<string, object?> dictionary => dictionary.ToDictionary(kv => kv.Key, kv => kv.Value?.ToString()),
            _ => throw new NotSupportedException($"Werkstatt stores only string job data, not {typeof(T).Name}."),
        };
        return JsonSerializer.SerializeToUtf8Bytes(map);
    }

    public T? DeSerialize<T>(byte[] data)
        where T : class
    {
        var map = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        if (typeof(T).IsAssignableFrom(typeof(NameValueCollection)))
        {
            var collection = new NameValueCollection();
            foreach (var (key, value) in map)
            {
                collection[key] = value;
            }

            return (T)(object)collection;
        }

        if (typeof(T).IsAssignableFrom(typeof(JobDataMap)))
        {
            var jobData = new JobDataMap();
            foreach (var (key, value) in map)
            {
                jobData[key] = value ?? string.Empty;
            }

            return (T)(object)jobData;
        }

        throw new NotSupportedException($"Werkstatt stores only string job data, not {typeof(T).Name}.");
    }
}
