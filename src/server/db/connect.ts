// Opens the database a server runs on: `sqlite:PATH` (embedded, the default) or `postgres://…`.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrate, type Dialect } from './migrations';
import type { Database, Db } from './schema';

export interface Connection {
  readonly db: Db;
  readonly dialect: Dialect;
  /** For Postgres: the connection string, for the LISTEN connection. */
  readonly url: string;
  close(): Promise<void>;
}

// bigint (int8) columns hold milliseconds: well inside a double, so read them as numbers.
const pgTypes = {
  getTypeParser: (oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

export async function connect(url: string): Promise<Connection> {
  let db: Db;
  let dialect: Dialect;
  if (/^postgres(ql)?:\/\//.test(url)) {
    dialect = 'postgres';
    const pool = new pg.Pool({ connectionString: url, max: 10, types: pgTypes });
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else if (url.startsWith('sqlite:')) {
    dialect = 'sqlite';
    const path = url.slice('sqlite:'.length);
    if (path === '') throw new Error('sqlite: needs a file path, as in sqlite:data/uchronia.db');
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    // a native addon, loaded when a SQLite database is opened
    const { default: BetterSqlite3 } = await import('better-sqlite3');
    const file = new BetterSqlite3(path);
    // WAL: a commit is in the log before it returns, so a killed process loses nothing it
    // acknowledged (NORMAL syncs the log at checkpoints: only a power cut can lose the last ones).
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    file.pragma('foreign_keys = ON');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
  } else
    throw new Error(`unknown database ${JSON.stringify(url)}: use sqlite:PATH or postgres://…`);
  await migrate(db as unknown as Kysely<unknown>, dialect);
  return { db, dialect, url, close: () => db.destroy() };
}
