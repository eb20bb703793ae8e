import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { defaultMakingDays } from '@/lib/readyDate'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`categories\` ADD \`making_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`making_days\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_history\` ADD \`photo_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`orders_history_photo_idx\` ON \`orders_history\` (\`photo_id\`);`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`ready_by\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`amount_confirmation_via\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`amount_confirmation_at\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`amount_confirmation_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`orders_amount_confirmation_amount_confirmation_by_idx\` ON \`orders\` (\`amount_confirmation_by_id\`);`)
  await db.run(sql`CREATE INDEX \`assignedGoldsmith_readyBy_idx\` ON \`orders\` (\`assigned_goldsmith_id\`,\`ready_by\`);`)
  // Orders placed before ready dates: the day of placement (India, the default business time
  // zone) plus the default making time, stored at noon UTC like every ready date (lib/readyDate.ts).
  await db.run(
    sql`UPDATE \`orders\` SET \`ready_by\` = strftime('%Y-%m-%dT12:00:00.000Z', \`created_at\`, '+330 minutes', ${sql.raw(`'+${defaultMakingDays} days'`)}) WHERE \`ready_by\` IS NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`CREATE TABLE \`__new_orders\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order_id\` text,
  	\`status\` text DEFAULT 'ordered' NOT NULL,
  	\`customer_snapshot_name\` text,
  	\`customer_snapshot_phone\` text,
  	\`customer_snapshot_email\` text,
  	\`customer_snapshot_address\` text,
  	\`customer_snapshot_pincode\` text,
  	\`total_amount\` numeric,
  	\`instructions\` text,
  	\`idempotency_key\` text,
  	\`assigned_goldsmith_id\` integer,
  	\`accepted_at\` text,
  	\`rejected_at\` text,
  	\`assigned_at\` text,
  	\`completed_at\` text,
  	\`dispatched_at\` text,
  	\`delivered_at\` text,
  	\`cancelled_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_goldsmith_id\`) REFERENCES \`goldsmiths\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_orders\`("id", "order_id", "status", "customer_snapshot_name", "customer_snapshot_phone", "customer_snapshot_email", "customer_snapshot_address", "customer_snapshot_pincode", "total_amount", "instructions", "idempotency_key", "assigned_goldsmith_id", "accepted_at", "rejected_at", "assigned_at", "completed_at", "dispatched_at", "delivered_at", "cancelled_at", "updated_at", "created_at") SELECT "id", "order_id", "status", "customer_snapshot_name", "customer_snapshot_phone", "customer_snapshot_email", "customer_snapshot_address", "customer_snapshot_pincode", "total_amount", "instructions", "idempotency_key", "assigned_goldsmith_id", "accepted_at", "rejected_at", "assigned_at", "completed_at", "dispatched_at", "delivered_at", "cancelled_at", "updated_at", "created_at" FROM \`orders\`;`)
  await db.run(sql`DROP TABLE \`orders\`;`)
  await db.run(sql`ALTER TABLE \`__new_orders\` RENAME TO \`orders\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`orders_order_id_idx\` ON \`orders\` (\`order_id\`);`)
  await db.run(sql`CREATE INDEX \`orders_status_idx\` ON \`orders\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`orders_idempotency_key_idx\` ON \`orders\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`orders_assigned_goldsmith_idx\` ON \`orders\` (\`assigned_goldsmith_id\`);`)
  await db.run(sql`CREATE INDEX \`orders_updated_at_idx\` ON \`orders\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`orders_created_at_idx\` ON \`orders\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`categories\` DROP COLUMN \`making_days\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`making_days\`;`)
}
