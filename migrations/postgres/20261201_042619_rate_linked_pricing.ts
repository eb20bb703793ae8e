import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_products_pricing" AS ENUM('fixed', 'rate_linked');
  CREATE TYPE "public"."enum_products_making_basis" AS ENUM('per_gram', 'percent_of_metal', 'per_piece');
  CREATE TYPE "public"."enum_orders_items_rate_contract_pricing" AS ENUM('fixed', 'rate_linked');
  CREATE TYPE "public"."enum_orders_items_rate_contract_making_basis" AS ENUM('per_gram', 'percent_of_metal', 'per_piece');
  CREATE TYPE "public"."enum_orders_rate_terms" AS ENUM('locked', 'on_delivery');
  ALTER TABLE "products" ADD COLUMN "pricing" "enum_products_pricing" DEFAULT 'fixed';
  ALTER TABLE "products" ADD COLUMN "making_basis" "enum_products_making_basis";
  ALTER TABLE "products" ADD COLUMN "making_rate" numeric;
  ALTER TABLE "products" ADD COLUMN "stone_charges" numeric;
  ALTER TABLE "products" ADD COLUMN "quoted_rate" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_pricing" "enum_orders_items_rate_contract_pricing";
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_metal" varchar;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_purity" varchar;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_rate" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_net_weight" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_wastage_percent" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_making_basis" "enum_orders_items_rate_contract_making_basis";
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_making_rate" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_stone_charges" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_metal_value" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_making" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_stones" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_price" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst_rates_metal" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst_rates_making" numeric;
  ALTER TABLE "orders_items" ADD COLUMN "rate_contract_gst_rates_stones" numeric;
  ALTER TABLE "orders" ADD COLUMN "rate_terms" "enum_orders_rate_terms" DEFAULT 'locked';
  ALTER TABLE "orders" ADD COLUMN "repricing_at" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "repricing_reason" varchar;
  ALTER TABLE "orders" ADD COLUMN "repricing_previous_subtotal" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_previous_gst" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_previous_total" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_difference" numeric;
  ALTER TABLE "orders" ADD COLUMN "repricing_lines" jsonb;
  ALTER TABLE "rates" ADD COLUMN "gold22k" numeric;
  ALTER TABLE "rates" ADD COLUMN "gold18k" numeric;
  ALTER TABLE "rates" ADD COLUMN "gold14k" numeric;
  ALTER TABLE "rates" ADD COLUMN "silver925" numeric;
  ALTER TABLE "rates" ADD COLUMN "platinum950" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_gold22k" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_gold18k" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_gold14k" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_silver925" numeric;
  ALTER TABLE "_rates_v" ADD COLUMN "version_platinum950" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rates_metal" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rates_making" numeric;
  ALTER TABLE "site_settings" ADD COLUMN "gst_rates_stones" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "products" DROP COLUMN "pricing";
  ALTER TABLE "products" DROP COLUMN "making_basis";
  ALTER TABLE "products" DROP COLUMN "making_rate";
  ALTER TABLE "products" DROP COLUMN "stone_charges";
  ALTER TABLE "products" DROP COLUMN "quoted_rate";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_pricing";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_metal";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_purity";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_rate";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_net_weight";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_wastage_percent";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_making_basis";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_making_rate";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_stone_charges";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_metal_value";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_making";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_stones";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_price";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst_rates_metal";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst_rates_making";
  ALTER TABLE "orders_items" DROP COLUMN "rate_contract_gst_rates_stones";
  ALTER TABLE "orders" DROP COLUMN "rate_terms";
  ALTER TABLE "orders" DROP COLUMN "repricing_at";
  ALTER TABLE "orders" DROP COLUMN "repricing_reason";
  ALTER TABLE "orders" DROP COLUMN "repricing_previous_subtotal";
  ALTER TABLE "orders" DROP COLUMN "repricing_previous_gst";
  ALTER TABLE "orders" DROP COLUMN "repricing_previous_total";
  ALTER TABLE "orders" DROP COLUMN "repricing_difference";
  ALTER TABLE "orders" DROP COLUMN "repricing_lines";
  ALTER TABLE "rates" DROP COLUMN "gold22k";
  ALTER TABLE "rates" DROP COLUMN "gold18k";
  ALTER TABLE "rates" DROP COLUMN "gold14k";
  ALTER TABLE "rates" DROP COLUMN "silver925";
  ALTER TABLE "rates" DROP COLUMN "platinum950";
  ALTER TABLE "_rates_v" DROP COLUMN "version_gold22k";
  ALTER TABLE "_rates_v" DROP COLUMN "version_gold18k";
  ALTER TABLE "_rates_v" DROP COLUMN "version_gold14k";
  ALTER TABLE "_rates_v" DROP COLUMN "version_silver925";
  ALTER TABLE "_rates_v" DROP COLUMN "version_platinum950";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rates_metal";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rates_making";
  ALTER TABLE "site_settings" DROP COLUMN "gst_rates_stones";
  DROP TYPE "public"."enum_products_pricing";
  DROP TYPE "public"."enum_products_making_basis";
  DROP TYPE "public"."enum_orders_items_rate_contract_pricing";
  DROP TYPE "public"."enum_orders_items_rate_contract_making_basis";
  DROP TYPE "public"."enum_orders_rate_terms";`)
}
