import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_categories_wastage_norms_purity" AS ENUM('24K', '22K', '18K', '14K', '999', '925', '950');
  CREATE TYPE "public"."enum_metal_ledger_kind" AS ENUM('issue', 'receipt', 'scrap', 'wastage', 'variance');
  CREATE TYPE "public"."enum_metal_ledger_metal" AS ENUM('gold', 'silver', 'platinum');
  CREATE TYPE "public"."enum_metal_ledger_purity" AS ENUM('24K', '22K', '18K', '14K', '999', '925', '950');
  CREATE TABLE "categories_wastage_norms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"purity" "enum_categories_wastage_norms_purity" NOT NULL,
  	"percent" numeric NOT NULL
  );
  
  CREATE TABLE "metal_ledger" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"goldsmith_id" integer NOT NULL,
  	"order_id" integer,
  	"kind" "enum_metal_ledger_kind" NOT NULL,
  	"metal" "enum_metal_ledger_metal" NOT NULL,
  	"purity" "enum_metal_ledger_purity" NOT NULL,
  	"weight" numeric,
  	"fine_weight" numeric,
  	"check_expected" numeric,
  	"check_issued" numeric,
  	"check_returned" numeric,
  	"check_loss" numeric,
  	"check_allowed" numeric,
  	"check_variance" numeric,
  	"check_over_norm" boolean,
  	"unique_key" varchar,
  	"recorded_by_id" integer,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "metal_ledger_id" integer;
  ALTER TABLE "categories_wastage_norms" ADD CONSTRAINT "categories_wastage_norms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "metal_ledger" ADD CONSTRAINT "metal_ledger_goldsmith_id_goldsmiths_id_fk" FOREIGN KEY ("goldsmith_id") REFERENCES "public"."goldsmiths"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "metal_ledger" ADD CONSTRAINT "metal_ledger_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "metal_ledger" ADD CONSTRAINT "metal_ledger_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "categories_wastage_norms_order_idx" ON "categories_wastage_norms" USING btree ("_order");
  CREATE INDEX "categories_wastage_norms_parent_id_idx" ON "categories_wastage_norms" USING btree ("_parent_id");
  CREATE INDEX "metal_ledger_goldsmith_idx" ON "metal_ledger" USING btree ("goldsmith_id");
  CREATE INDEX "metal_ledger_order_idx" ON "metal_ledger" USING btree ("order_id");
  CREATE UNIQUE INDEX "metal_ledger_unique_key_idx" ON "metal_ledger" USING btree ("unique_key");
  CREATE INDEX "metal_ledger_recorded_by_idx" ON "metal_ledger" USING btree ("recorded_by_id");
  CREATE INDEX "metal_ledger_updated_at_idx" ON "metal_ledger" USING btree ("updated_at");
  CREATE INDEX "metal_ledger_created_at_idx" ON "metal_ledger" USING btree ("created_at");
  CREATE INDEX "goldsmith_createdAt_idx" ON "metal_ledger" USING btree ("goldsmith_id","created_at");
  CREATE INDEX "order_createdAt_idx" ON "metal_ledger" USING btree ("order_id","created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_metal_ledger_fk" FOREIGN KEY ("metal_ledger_id") REFERENCES "public"."metal_ledger"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_metal_ledger_id_idx" ON "payload_locked_documents_rels" USING btree ("metal_ledger_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "categories_wastage_norms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "metal_ledger" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "categories_wastage_norms" CASCADE;
  DROP TABLE "metal_ledger" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_metal_ledger_fk";
  
  DROP INDEX "payload_locked_documents_rels_metal_ledger_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "metal_ledger_id";
  DROP TYPE "public"."enum_categories_wastage_norms_purity";
  DROP TYPE "public"."enum_metal_ledger_kind";
  DROP TYPE "public"."enum_metal_ledger_metal";
  DROP TYPE "public"."enum_metal_ledger_purity";`)
}
