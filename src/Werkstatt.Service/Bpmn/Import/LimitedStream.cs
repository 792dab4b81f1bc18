namespace Werkstatt.Service.Bpmn.Import;

/// <summary>A read-only pass-through that refuses to read beyond a byte limit and remembers whether the end was reached.</summary>
internal sealed class LimitedStream(Stream inner, long limit) : Stream
{
    private long _read;

    public bool ReachedEnd { get; private set; }

    public long BytesRead => _read;

    /// <summary>Lines read so far (newlines + 1).</summary>
    public int LineCount { get; private set; } = 1;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        LineCount += buffer[..n].Count((byte)'\n');
        if (n == 0)
        {
            ReachedEnd = true;
        }

        if (_read > limit)
        {
            throw new BpmnRefusedException(BpmnRefusalCode.TooLarge, ImportMessages.TooLarge(limit));
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
