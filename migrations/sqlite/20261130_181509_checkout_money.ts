import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`customers_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`phone\` text NOT NULL,
  	\`address\` text,
  	\`pincode\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`customers\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`customers_addresses_order_idx\` ON \`customers_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`customers_addresses_parent_id_idx\` ON \`customers_addresses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`vendors_addresses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`name\` text,
  	\`phone\` text NOT NULL,
  	\`address\` text,
  	\`pincode\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`vendors_addresses_order_idx\` ON \`vendors_addresses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`vendors_addresses_parent_id_idx\` ON \`vendors_addresses\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`customer_snapshot_recipient_name\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`subtotal_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`gst_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`gst_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`gst_rate\` numeric DEFAULT 3;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`customers_addresses\`;`)
  await db.run(sql`DROP TABLE \`vendors_addresses\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`customer_snapshot_recipient_name\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`subtotal_amount\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`gst_rate\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`gst_amount\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`gst_rate\`;`)
}
