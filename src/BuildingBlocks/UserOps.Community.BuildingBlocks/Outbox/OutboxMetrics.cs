using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace UserOps.Community.BuildingBlocks.Outbox;

public sealed class OutboxMetrics
{
    public const string MeterName = "UserOps.Community.Outbox";
    public static readonly ActivitySource ActivitySource = new(MeterName);

    private readonly Counter<long> _dispatched;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _parked;
    private readonly Histogram<double> _lag;
    private long _backlog;

    public OutboxMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _dispatched = meter.CreateCounter<long>("outbox.messages.dispatched", "{message}", "Messages delivered to all their handlers.");
        _failed = meter.CreateCounter<long>("outbox.messages.failed", "{message}", "Delivery attempts that threw.");
        _parked = meter.CreateCounter<long>("outbox.messages.parked", "{message}", "Messages given up on after the last retry.");
        _lag = meter.CreateHistogram<double>("outbox.lag", "ms", "From commit to the end of delivery.");
        meter.CreateObservableGauge("outbox.backlog", () => Interlocked.Read(ref _backlog), "{message}", "Pending messages at the last poll.");
    }

    internal void Dispatched(TimeSpan lag)
    {
        _dispatched.Add(1);
        _lag.Record(lag.TotalMilliseconds);
    }

    internal void Failed() => _failed.Add(1);

    internal void Parked() => _parked.Add(1);

    internal void Backlog(long count) => Interlocked.Exchange(ref _backlog, count);
}
