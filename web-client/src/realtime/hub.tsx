import { createContext, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { useQueryClient } from '@tanstack/react-query';

type Listener = (payload: unknown) => void;

interface Hub {
  connected: boolean;
  on: (event: string, listener: Listener) => () => void;
  invoke: (method: string, ...args: unknown[]) => Promise<void>;
  subscribeGroup?: (groupId: string) => () => void;
}

export const HubContext = createContext<Hub>({ connected: false, on: () => () => {}, invoke: async () => {} });

/**
 * One connection to /hubs/community for the signed-in member. After a drop it reconnects and refetches
 * every active query, so whatever happened while offline shows up (catch-up by refetch, not replay).
 */
export function RealtimeProvider({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  const client = useQueryClient();
  const listeners = useRef(new Map<string, Set<Listener>>());
  const connection = useRef<HubConnection | null>(null);
  const [connected, setConnected] = useState(false);
  // Groups whose events the open pages want, with a count per page; sent again after every (re)connect.
  const groups = useRef(new Map<string, number>());
  const resubscribe = (hub: HubConnection) => {
    for (const id of groups.current.keys()) void hub.invoke('SubscribeGroup', id).catch(() => {});
  };
  const dispatcher = (event: string) => (payload: unknown) => listeners.current.get(event)?.forEach((l) => l(payload));

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const hub = new HubConnectionBuilder()
      .withUrl('/hubs/community')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(10_000, 500 * 2 ** ctx.previousRetryCount) })
      .configureLogging(LogLevel.None)
      .build();
    connection.current = hub;
    for (const event of listeners.current.keys()) hub.on(event, dispatcher(event));
    // A banned account: the server already dropped its streams and now answers 401; stop, and let the session refetch sign us out.
    hub.on('sessionended', () => {
      stopped = true;
      clearTimeout(retry);
      void hub.stop();
      void client.invalidateQueries();
    });
    hub.onreconnecting(() => setConnected(false));
    hub.onreconnected(() => {
      setConnected(true);
      resubscribe(hub);
      void client.invalidateQueries();
    });
    // A fresh start after the automatic reconnect gave up misses events too, so it catches up the same way.
    let everConnected = false;
    hub.onclose(() => {
      setConnected(false);
      if (!stopped) retry = setTimeout(start, 5_000);
    });
    const start = () => {
      hub.start().then(
        () => {
          setConnected(true);
          resubscribe(hub);
          if (everConnected) void client.invalidateQueries();
          everConnected = true;
        },
        () => {
          if (!stopped) retry = setTimeout(start, 5_000);
        },
      );
    };
    start();
    return () => {
      stopped = true;
      clearTimeout(retry);
      connection.current = null;
      void hub.stop();
    };
  }, [enabled, client]);

  const value = useMemo<Hub>(
    () => ({
      connected,
      on(event, listener) {
        const key = event.toLowerCase();
        let set = listeners.current.get(key);
        if (!set) {
          set = new Set();
          listeners.current.set(key, set);
          connection.current?.on(key, dispatcher(key));
        }
        set.add(listener);
        return () => set.delete(listener);
      },
      subscribeGroup(groupId) {
        const count = groups.current.get(groupId) ?? 0;
        groups.current.set(groupId, count + 1);
        const hub = connection.current;
        if (count === 0 && hub?.state === HubConnectionState.Connected) void hub.invoke('SubscribeGroup', groupId).catch(() => {});
        return () => {
          const left = (groups.current.get(groupId) ?? 1) - 1;
          if (left > 0) return void groups.current.set(groupId, left);
          groups.current.delete(groupId);
          const current = connection.current;
          if (current?.state === HubConnectionState.Connected) void current.invoke('UnsubscribeGroup', groupId).catch(() => {});
        };
      },
      async invoke(method, ...args) {
        const hub = connection.current;
        if (hub?.state === HubConnectionState.Connected) await hub.invoke(method, ...args);
      },
    }),
    [connected],
  );
  return <HubContext.Provider value={value}>{children}</HubContext.Provider>;
}

export const useHub = () => useContext(HubContext);

/** Subscribes to a server-to-client message while the component is mounted. */
export function useHubEvent(event: string, listener: Listener) {
  const hub = useHub();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => hub.on(event, (p) => latest.current(p)), [hub, event]);
}

/** Receives a group's live events (posts, comments, reactions, check-in counts) while mounted. */
export function useGroupEvents(groupIds: string[]) {
  const hub = useHub();
  const key = [...groupIds].sort().join(',');
  useEffect(() => {
    if (!hub.subscribeGroup || !key) return;
    const undo = key.split(',').map((id) => hub.subscribeGroup!(id));
    return () => undo.forEach((u) => u());
  }, [hub, key]);
}
