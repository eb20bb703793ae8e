import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`throttles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`points\` numeric DEFAULT 0 NOT NULL,
  	\`expire\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`throttles_key_idx\` ON \`throttles\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`throttles_expire_idx\` ON \`throttles\` (\`expire\`);`)
  await db.run(sql`CREATE INDEX \`throttles_updated_at_idx\` ON \`throttles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`throttles_created_at_idx\` ON \`throttles\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`customers\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`customers\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`vendors\` DROP COLUMN \`lock_until\`;`)
  await db.run(sql`ALTER TABLE \`goldsmiths\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`goldsmiths\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`throttles\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`customers\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`customers\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`vendors\` ADD \`lock_until\` text;`)
  await db.run(sql`ALTER TABLE \`goldsmiths\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`goldsmiths\` ADD \`lock_until\` text;`)
}
