import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "categories_texts_parent_order_idx" ON "categories_texts" USING btree ("parent_id","order");
  CREATE INDEX "products_name_idx" ON "products" USING btree ("name");
  CREATE INDEX "products_gross_weight_idx" ON "products" USING btree ("gross_weight");
  CREATE INDEX "products_net_weight_idx" ON "products" USING btree ("net_weight");
  CREATE INDEX "status_createdAt_idx" ON "products" USING btree ("status","created_at");
  CREATE INDEX "status_featured_createdAt_idx" ON "products" USING btree ("status","featured","created_at");
  CREATE INDEX "featured_createdAt_idx" ON "products" USING btree ("featured","created_at");
  CREATE INDEX "products_texts_parent_order_idx" ON "products_texts" USING btree ("parent_id","order");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "categories_texts_parent_order_idx";
  DROP INDEX "products_name_idx";
  DROP INDEX "products_gross_weight_idx";
  DROP INDEX "products_net_weight_idx";
  DROP INDEX "status_createdAt_idx";
  DROP INDEX "status_featured_createdAt_idx";
  DROP INDEX "featured_createdAt_idx";
  DROP INDEX "products_texts_parent_order_idx";`)
}
