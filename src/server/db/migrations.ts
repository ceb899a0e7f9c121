// One migration set for SQLite and Postgres, run by Kysely's migrator at start-up.
import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration';

export type Dialect = 'sqlite' | 'postgres';

const migrations = (dialect: Dialect): Record<string, Migration> => ({
  '0001-matches': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('matches')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('scenario', 'varchar(64)', (c) => c.notNull())
        .addColumn('content_hash', 'varchar(128)', (c) => c.notNull())
        .addColumn('seed', 'integer', (c) => c.notNull())
        .addColumn('pace', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(8)', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('turn', 'integer', (c) => c.notNull())
        .addColumn('rematch_of', 'varchar(64)')
        .addColumn('rematch', 'varchar(64)')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('matches_status').on('matches').column('status').execute();
      await db.schema
        .createTable('seats')
        .addColumn('match_id', 'varchar(64)', (c) => c.notNull().references('matches.id'))
        .addColumn('faction', 'varchar(64)', (c) => c.notNull())
        .addColumn('token_hash', 'varchar(64)')
        .addColumn('controller', 'varchar(8)', (c) => c.notNull())
        .addColumn('human', 'integer', (c) => c.notNull())
        .addColumn('bot', 'varchar(32)', (c) => c.notNull())
        .addColumn('name', 'varchar(64)')
        .addColumn('creator', 'integer', (c) => c.notNull())
        .addColumn('webhook_url', 'text')
        .addColumn('webhook_secret', 'varchar(64)')
        .addPrimaryKeyConstraint('seats_pk', ['match_id', 'faction'])
        .execute();
      await db.schema.createIndex('seats_token').on('seats').column('token_hash').execute();
      await db.schema
        .createTable('observers')
        .addColumn('match_id', 'varchar(64)', (c) => c.primaryKey().references('matches.id'))
        .addColumn('token_hash', 'varchar(64)', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('actions')
        .addColumn('match_id', 'varchar(64)', (c) => c.notNull().references('matches.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('faction', 'varchar(64)', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'varchar(8)', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        // serialises a match's actions: two commits of the same sequence cannot both succeed
        .addPrimaryKeyConstraint('actions_pk', ['match_id', 'seq'])
        .execute();
      await db.schema
        .createTable('chat')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('match_id', 'varchar(64)', (c) => c.notNull().references('matches.id'))
        .addColumn('faction', 'varchar(64)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('chat_match').on('chat').columns(['match_id', 'id']).execute();
      await db.schema
        .createTable('snapshots')
        .addColumn('match_id', 'varchar(64)', (c) => c.primaryKey().references('matches.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('deadlines')
        .addColumn('match_id', 'varchar(64)', (c) => c.primaryKey().references('matches.id'))
        .addColumn('from_seq', 'integer', (c) => c.notNull())
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('fired_by', 'varchar(64)')
        .execute();
      await db.schema.createIndex('deadlines_due').on('deadlines').column('due_at').execute();
    },
  },
});

export async function migrate(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`database migration ${failed} failed: ${(error as Error).message ?? error}`);
  }
}
