using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Werkstatt.Service.Jobs;
using Werkstatt.Service.Notifications;

namespace Werkstatt.Service.Mail;

/// <summary>
/// One dispatcher: claims due messages, sends them one at a time and marks each sent as soon as the transport accepted
/// it – so only the one message in flight at a crash can go out twice (with the same Message-ID). A failed attempt is
/// retried with exponential backoff and jitter; after the last one the message is failed for the coordinator to see.
/// </summary>
public sealed partial class OutboxDispatcher(
    OutboxStore store,
    MailAttachments attachments,
    IMailTransport transport,
    TimeProvider time,
    IOptions<JobsOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    /// <summary>Sends one batch; returns how many messages it claimed (0: nothing due).</summary>
    public async Task<int> DispatchOnceAsync(string claimant, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var claimedAt = time.GetTimestamp();
        var claimed = await store.ClaimAsync(claimant, settings.DispatchBatchSize, time.GetUtcNow(), settings.ClaimLease, cancellationToken);
        var files = await attachments.ForAsync(claimed.Select(m => m.Id).ToList(), cancellationToken);
        for (var i = 0; i < claimed.Count; i++)
        {
            var message = claimed[i];
            cancellationToken.ThrowIfCancellationRequested();

            // Past half the lease the rest goes back: another dispatcher may take a claim once it ran out, and must
            // never find one whose message this dispatcher is still about to send.
            if (time.GetElapsedTime(claimedAt) > settings.ClaimLease / 2)
            {
                await store.ReleaseAsync(claimed.Skip(i));
                break;
            }

            try
            {
                await transport.SendAsync(message, files.GetValueOrDefault(message.Id) ?? [], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await FailedAttemptAsync(message, ex);
                continue;
            }

            await store.MarkSentAsync(message.Id, time.GetUtcNow());
        }

        return claimed.Count;
    }

    private async Task FailedAttemptAsync(OutboxMessage message, Exception ex)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var error = Describe(ex);
        if (message.Attempts >= settings.MaxAttempts)
        {
            LogGaveUp(logger, ex, message.Id, message.Attempts);
            await store.FailAsync(message.Id, error);
            return;
        }

        var next = now + RetryPolicy.Delay(message.Attempts, settings.RetryBaseDelay, settings.RetryMaxDelay, Random.Shared.NextDouble());
        LogRetry(logger, message.Id, message.Attempts, next, error);
        await store.RetryLaterAsync(message.Id, next, error);
    }

    private static string Describe(Exception ex)
    {
        var text = ex.InnerException is null ? ex.Message : $"{ex.Message} ({ex.InnerException.Message})";
        return text.Length <= OutboxMessage.ErrorMaxLength ? text : text[..OutboxMessage.ErrorMaxLength];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending message {Id} failed (attempt {Attempt}); next try at {Next}: {Error}")]
    private static partial void LogRetry(ILogger logger, Guid id, int attempt, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Giving up on message {Id} after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, Exception ex, Guid id, int attempts);
}
