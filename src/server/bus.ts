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

export async function postgresBus(
  url: string,
  self: string,
  onMessage: (m: BusMessage) => void,
): Promise<Bus> {
  const listener = new pg.Client({ connectionString: url });
  const sender = new pg.Pool({ connectionString: url, max: 2 });
  let closed = false;
  const listen = async (client: pg.Client) => {
    await client.connect();
    client.on('notification', (n) => {
      if (n.channel !== CHANNEL || !n.payload) return;
      try {
        const m = JSON.parse(n.payload) as BusMessage;
        if (m.from !== self) onMessage(m);
      } catch {
        // not one of ours
      }
    });
    await client.query(`LISTEN ${CHANNEL}`);
  };
  listener.on('error', () => undefined);
  await listen(listener);
  return {
    async publish(m) {
      if (!closed) await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(m)]);
    },
    async close() {
      closed = true;
      await listener.end().catch(() => undefined);
      await sender.end().catch(() => undefined);
    },
  };
}
