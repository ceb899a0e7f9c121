// How server processes sharing one Postgres tell each other that a match changed: LISTEN/NOTIFY.
// On SQLite there is one process, and nothing to tell.
import pg from 'pg';

export interface BusMessage {
  /** The process that made the change (it has already told its own clients). */
  readonly from: string;
  readonly match: string;
  readonly kind: 'actions' | 'seats' | 'chat' | 'match';
}

export interface Bus {
  publish(message: BusMessage): Promise<void>;
  close(): Promise<void>;
}

export const noBus: Bus = { publish: async () => undefined, close: async () => undefined };

const CHANNEL = 'uchronia';

/** Waits before each attempt to listen again after the connection is lost, doubling up to this. */
const MAX_RETRY_MS = 5_000;

/** The bus over Postgres. The LISTEN connection is held open; when it is lost (a restart of the
 *  database, a network cut, an idle timeout) it is opened again, and `onResume` is called once
 *  it listens again, since what was notified meanwhile is lost: the caller catches up. */
export async function postgresBus(
  url: string,
  self: string,
  onMessage: (m: BusMessage) => void,
  onResume: () => void = () => undefined,
): Promise<Bus> {
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  let closed = false;
  let listener: pg.Client | null = null;
  let reconnecting = false;

  const open = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        const m = JSON.parse(n.payload) as BusMessage;
        if (m.from !== self) onMessage(m);
      } catch {
        // not one of ours
      }
    });
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (e) {
      await client.end().catch(() => undefined);
      throw e;
    }
    listener = client;
  };

  const lost = (client: pg.Client) => {
    if (closed || reconnecting || client !== listener) return;
    reconnecting = true;
    listener = null;
    void (async () => {
      for (let delay = 100; !closed; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
        await new Promise((r) => setTimeout(r, delay).unref());
        if (closed) break;
        try {
          await open();
          reconnecting = false;
          onResume();
          return;
        } catch {
          // the database is not back yet
        }
      }
      reconnecting = false;
    })();
  };

  await open();
  sender.on('error', () => undefined);
  return {
    async publish(m) {
      if (!closed) await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(m)]);
    },
    async close() {
      closed = true;
      await listener?.end().catch(() => undefined);
      await sender.end().catch(() => undefined);
    },
  };
}
