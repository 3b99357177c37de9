using UserOps.Community.BuildingBlocks.Events;
using UserOps.Community.BuildingBlocks.Outbox;
using UserOps.Community.Groups.Contracts;
using UserOps.Community.IntegrationTests.Infrastructure;

namespace UserOps.Community.IntegrationTests.Groups;

/// <summary>Records the Groups module's integration events into the factory's <see cref="EventRecorder"/>.</summary>
public sealed class GroupEventsRecordingHandler(EventRecorder recorder) :
    IIntegrationEventHandler<GroupCreated>,
    IIntegrationEventHandler<GroupUpdated>,
    IIntegrationEventHandler<MemberJoined>,
    IIntegrationEventHandler<MemberLeft>,
    IIntegrationEventHandler<MemberRemoved>,
    IIntegrationEventHandler<JoinRequested>,
    IIntegrationEventHandler<JoinRequestDecided>,
    IIntegrationEventHandler<GroupRoleChanged>,
    IIntegrationEventHandler<MemberInvited>
{
    public Task HandleAsync(GroupCreated integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(GroupUpdated integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(MemberJoined integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(MemberLeft integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(MemberRemoved integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(JoinRequested integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(JoinRequestDecided integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(GroupRoleChanged integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    public Task HandleAsync(MemberInvited integrationEvent, CancellationToken cancellationToken) => Record(integrationEvent);

    private Task Record(IIntegrationEvent integrationEvent)
    {
        recorder.Add(integrationEvent);
        return Task.CompletedTask;
    }
}

public static class GroupEventRecording
{
    /// <summary>Adds recording handlers for every Groups event, keeping whatever services the test already configures.</summary>
    public static FactoryOptions RecordGroupEvents(this FactoryOptions options)
    {
        var previous = options.ConfigureServices;
        options.ConfigureServices = services =>
        {
            previous?.Invoke(services);
            services.AddIntegrationEventHandler<GroupCreated, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<GroupUpdated, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<MemberJoined, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<MemberLeft, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<MemberRemoved, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<JoinRequested, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<JoinRequestDecided, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<GroupRoleChanged, GroupEventsRecordingHandler>();
            services.AddIntegrationEventHandler<MemberInvited, GroupEventsRecordingHandler>();
        };
        return options;
    }

    public static Task<CommunityApiFactory> CreateRecordingGroupEventsAsync() =>
        CommunityApiFactory.CreateAsync(options => options.RecordGroupEvents());
}
