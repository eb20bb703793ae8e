import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_orders_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_role\` text NOT NULL,
  	\`note\` text,
  	\`note_visibility\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_orders_history\`("_order", "_parent_id", "id", "action", "from", "to", "at", "actor_role", "note", "note_visibility") SELECT "_order", "_parent_id", "id", "action", "from", "to", "at", "actor_role", "note", "note_visibility" FROM \`orders_history\`;`)
  await db.run(sql`DROP TABLE \`orders_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_orders_history\` RENAME TO \`orders_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`orders_history_order_idx\` ON \`orders_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`orders_history_parent_id_idx\` ON \`orders_history\` (\`_parent_id\`);`)
  // Notes marked internal reached staff and the karigar until now: they keep those readers.
  await db.run(
    sql`UPDATE \`orders_history\` SET \`note_visibility\` = 'karigar' WHERE \`note_visibility\` = 'internal';`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(
    sql`UPDATE \`orders_history\` SET \`note_visibility\` = 'internal' WHERE \`note_visibility\` = 'karigar';`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_orders_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`from\` text,
  	\`to\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`actor_role\` text NOT NULL,
  	\`note\` text,
  	\`note_visibility\` text DEFAULT 'buyer',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`orders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_orders_history\`("_order", "_parent_id", "id", "action", "from", "to", "at", "actor_role", "note", "note_visibility") SELECT "_order", "_parent_id", "id", "action", "from", "to", "at", "actor_role", "note", "note_visibility" FROM \`orders_history\`;`)
  await db.run(sql`DROP TABLE \`orders_history\`;`)
  await db.run(sql`ALTER TABLE \`__new_orders_history\` RENAME TO \`orders_history\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`orders_history_order_idx\` ON \`orders_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`orders_history_parent_id_idx\` ON \`orders_history\` (\`_parent_id\`);`)
}
