import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { generateNKeysBetween } from 'payload/shared'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "categories_order_idx";
  ALTER TABLE "categories" ADD COLUMN "_order" varchar COLLATE "C";
  CREATE INDEX "categories__order_idx" ON "categories" USING btree ("_order");`)
  // Categories keep the order staff gave them by number, now as drag-and-drop keys. The keys mix
  // upper and lower case, so they compare byte by byte ("C") whatever the database's collation.
  const { rows } = await db.execute(sql`SELECT id FROM categories ORDER BY "order", id;`)
  const keys = generateNKeysBetween(null, null, rows.length)
  for (const [i, row] of rows.entries())
    await db.execute(sql`UPDATE categories SET "_order" = ${keys[i]} WHERE id = ${row.id};`)
  await db.execute(sql`ALTER TABLE "categories" DROP COLUMN "order";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "categories__order_idx";
  ALTER TABLE "categories" ADD COLUMN "order" numeric DEFAULT 0;
  CREATE INDEX "categories_order_idx" ON "categories" USING btree ("order");
  UPDATE "categories" SET "order" = (SELECT count(*) FROM "categories" c WHERE c."_order" < "categories"."_order") + 1;
  ALTER TABLE "categories" DROP COLUMN "_order";`)
}
