// Opens the database a server runs on: `sqlite:PATH` (embedded, the default) or `postgres://…`.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { checkpointElsewhere, type Checkpoints } from './checkpoints';
import { migrate, type Dialect } from './migrations';
import type { Database, Db } from './schema';

export interface Connection {
  readonly db: Db;
  readonly dialect: Dialect;
  /** For Postgres: the connection string, for the LISTEN connection. */
  readonly url: string;
  /** For SQLite: the database file's one connection (the commits' fast path). */
  readonly sqlite: BetterSqlite3.Database | null;
  close(): Promise<void>;
}

// bigint (int8) columns hold milliseconds: well inside a double, so read them as numbers.
const pgTypes = {
  getTypeParser: (oid: number, format?: string) =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text'),
};

/** How many prepared statements a SQLite connection keeps (a multi-row insert of n rows is a
 *  statement of its own, so the set is bounded). */
const STATEMENTS = 256;

/** Kysely's SQLite driver prepares every query it runs; preparing costs more than running the
 *  small statements the server makes, always the same few dozen: so each is prepared once. */
export function reusingStatements(file: BetterSqlite3.Database): SqliteDatabase {
  const prepared = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => file.close(),
    prepare(sql) {
      let s = prepared.get(sql);
      if (s) {
        // least recently used last out
        prepared.delete(sql);
      } else {
        if (prepared.size >= STATEMENTS) prepared.delete(prepared.keys().next().value!);
        s = file.prepare(sql);
      }
      prepared.set(sql, s);
      return s;
    },
  };
}

export async function connect(url: string): Promise<Connection> {
  let db: Db;
  let dialect: Dialect;
  let sqlite: BetterSqlite3.Database | null = null;
  let checkpoints: Checkpoints | null = null;
  let sqlitePath = '';
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
    sqlite = file;
    sqlitePath = path;
    // WAL: a commit is in the log before it returns, so a killed process loses nothing it
    // acknowledged (NORMAL syncs the log at checkpoints: only a power cut can lose the last
    // ones, those since the last checkpoint, a fraction of a second's: checkpoints.ts).
    file.pragma('journal_mode = WAL');
    file.pragma('synchronous = NORMAL');
    file.pragma('busy_timeout = 5000');
    file.pragma('foreign_keys = ON');
    db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: reusingStatements(file) }),
    });
  } else
    throw new Error(`unknown database ${JSON.stringify(url)}: use sqlite:PATH or postgres://…`);
  await migrate(db as unknown as Kysely<unknown>, dialect);
  if (sqlite && sqlitePath !== ':memory:') checkpoints = checkpointElsewhere(sqlite, sqlitePath);
  return {
    db,
    dialect,
    url,
    sqlite,
    close: async () => {
      await checkpoints?.close();
      await db.destroy();
    },
  };
}
