import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`categories_wastage_norms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`purity\` text NOT NULL,
  	\`percent\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`categories_wastage_norms_order_idx\` ON \`categories_wastage_norms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`categories_wastage_norms_parent_id_idx\` ON \`categories_wastage_norms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`metal_ledger\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`goldsmith_id\` integer NOT NULL,
  	\`order_id\` integer,
  	\`kind\` text NOT NULL,
  	\`metal\` text NOT NULL,
  	\`purity\` text NOT NULL,
  	\`weight\` numeric,
  	\`fine_weight\` numeric,
  	\`check_expected\` numeric,
  	\`check_issued\` numeric,
  	\`check_returned\` numeric,
  	\`check_loss\` numeric,
  	\`check_allowed\` numeric,
  	\`check_variance\` numeric,
  	\`check_over_norm\` integer,
  	\`unique_key\` text,
  	\`recorded_by_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`goldsmith_id\`) REFERENCES \`goldsmiths\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`order_id\`) REFERENCES \`orders\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`metal_ledger_goldsmith_idx\` ON \`metal_ledger\` (\`goldsmith_id\`);`)
  await db.run(sql`CREATE INDEX \`metal_ledger_order_idx\` ON \`metal_ledger\` (\`order_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`metal_ledger_unique_key_idx\` ON \`metal_ledger\` (\`unique_key\`);`)
  await db.run(sql`CREATE INDEX \`metal_ledger_recorded_by_idx\` ON \`metal_ledger\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`metal_ledger_updated_at_idx\` ON \`metal_ledger\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`metal_ledger_created_at_idx\` ON \`metal_ledger\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`goldsmith_createdAt_idx\` ON \`metal_ledger\` (\`goldsmith_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`order_createdAt_idx\` ON \`metal_ledger\` (\`order_id\`,\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`hallmarks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`huid\` text NOT NULL,
  	\`order_id\` integer NOT NULL,
  	\`order_code\` text NOT NULL,
  	\`item\` text NOT NULL,
  	\`product_name\` text,
  	\`metal\` text,
  	\`purity\` text,
  	\`piece\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`order_id\`) REFERENCES \`orders\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hallmarks_huid_idx\` ON \`hallmarks\` (\`huid\`);`)
  await db.run(sql`CREATE INDEX \`hallmarks_order_idx\` ON \`hallmarks\` (\`order_id\`);`)
  await db.run(sql`CREATE INDEX \`hallmarks_updated_at_idx\` ON \`hallmarks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hallmarks_created_at_idx\` ON \`hallmarks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`invoices\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`number\` text NOT NULL,
  	\`financial_year\` text NOT NULL,
  	\`sequence\` numeric NOT NULL,
  	\`order_id\` integer NOT NULL,
  	\`order_code\` text NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`seller_name\` text,
  	\`seller_gstin\` text,
  	\`seller_address\` text,
  	\`buyer_name\` text,
  	\`buyer_gstin\` text,
  	\`buyer_address\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`order_id\`) REFERENCES \`orders\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`invoices_number_idx\` ON \`invoices\` (\`number\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`invoices_order_idx\` ON \`invoices\` (\`order_id\`);`)
  await db.run(sql`CREATE INDEX \`invoices_updated_at_idx\` ON \`invoices\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`invoices_created_at_idx\` ON \`invoices\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`pricing\` text DEFAULT 'fixed';`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`making_basis\` text;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`making_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`stone_charges\` numeric;`)
  await db.run(sql`ALTER TABLE \`products\` ADD \`quoted_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`prefix\` text DEFAULT '';`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`_objectkey\` text;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_pricing\` text;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_metal\` text;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_purity\` text;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_net_weight\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_wastage_percent\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_making_basis\` text;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_making_rate\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_stone_charges\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_metal_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_making\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_stones\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_gst\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_price\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_gst_rates_metal\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_gst_rates_making\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders_items\` ADD \`rate_contract_gst_rates_stones\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`rate_terms\` text DEFAULT 'locked';`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_at\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_reason\` text;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_previous_subtotal\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_previous_gst\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_previous_total\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_difference\` numeric;`)
  await db.run(sql`ALTER TABLE \`orders\` ADD \`repricing_lines\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`metal_ledger_id\` integer REFERENCES metal_ledger(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`hallmarks_id\` integer REFERENCES hallmarks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`invoices_id\` integer REFERENCES invoices(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_metal_ledger_id_idx\` ON \`payload_locked_documents_rels\` (\`metal_ledger_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hallmarks_id_idx\` ON \`payload_locked_documents_rels\` (\`hallmarks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_invoices_id_idx\` ON \`payload_locked_documents_rels\` (\`invoices_id\`);`)
  await db.run(sql`ALTER TABLE \`rates\` ADD \`gold22k\` numeric;`)
  await db.run(sql`ALTER TABLE \`rates\` ADD \`gold18k\` numeric;`)
  await db.run(sql`ALTER TABLE \`rates\` ADD \`gold14k\` numeric;`)
  await db.run(sql`ALTER TABLE \`rates\` ADD \`silver925\` numeric;`)
  await db.run(sql`ALTER TABLE \`rates\` ADD \`platinum950\` numeric;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` ADD \`version_gold22k\` numeric;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` ADD \`version_gold18k\` numeric;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` ADD \`version_gold14k\` numeric;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` ADD \`version_silver925\` numeric;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` ADD \`version_platinum950\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`gst_rates_metal\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`gst_rates_making\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`gst_rates_stones\` numeric;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`invoice_details_legal_name\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`invoice_details_gstin\` text;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`invoice_details_address\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`categories_wastage_norms\`;`)
  await db.run(sql`DROP TABLE \`metal_ledger\`;`)
  await db.run(sql`DROP TABLE \`hallmarks\`;`)
  await db.run(sql`DROP TABLE \`invoices\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`customers_id\` integer,
  	\`vendors_id\` integer,
  	\`goldsmiths_id\` integer,
  	\`categories_id\` integer,
  	\`products_id\` integer,
  	\`media_id\` integer,
  	\`orders_id\` integer,
  	\`notifications_id\` integer,
  	\`audit_logs_id\` integer,
  	\`counters_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`customers_id\`) REFERENCES \`customers\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`vendors_id\`) REFERENCES \`vendors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`goldsmiths_id\`) REFERENCES \`goldsmiths\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`products_id\`) REFERENCES \`products\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`orders_id\`) REFERENCES \`orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_logs_id\`) REFERENCES \`audit_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`counters_id\`) REFERENCES \`counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "customers_id", "vendors_id", "goldsmiths_id", "categories_id", "products_id", "media_id", "orders_id", "notifications_id", "audit_logs_id", "counters_id") SELECT "id", "order", "parent_id", "path", "users_id", "customers_id", "vendors_id", "goldsmiths_id", "categories_id", "products_id", "media_id", "orders_id", "notifications_id", "audit_logs_id", "counters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_customers_id_idx\` ON \`payload_locked_documents_rels\` (\`customers_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_vendors_id_idx\` ON \`payload_locked_documents_rels\` (\`vendors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_goldsmiths_id_idx\` ON \`payload_locked_documents_rels\` (\`goldsmiths_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_products_id_idx\` ON \`payload_locked_documents_rels\` (\`products_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`counters_id\`);`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`pricing\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`making_basis\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`making_rate\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`stone_charges\`;`)
  await db.run(sql`ALTER TABLE \`products\` DROP COLUMN \`quoted_rate\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`prefix\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`_objectkey\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_pricing\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_metal\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_purity\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_rate\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_net_weight\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_wastage_percent\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_making_basis\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_making_rate\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_stone_charges\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_metal_value\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_making\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_stones\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_gst\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_price\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_gst_rates_metal\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_gst_rates_making\`;`)
  await db.run(sql`ALTER TABLE \`orders_items\` DROP COLUMN \`rate_contract_gst_rates_stones\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`rate_terms\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_at\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_reason\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_previous_subtotal\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_previous_gst\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_previous_total\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_difference\`;`)
  await db.run(sql`ALTER TABLE \`orders\` DROP COLUMN \`repricing_lines\`;`)
  await db.run(sql`ALTER TABLE \`rates\` DROP COLUMN \`gold22k\`;`)
  await db.run(sql`ALTER TABLE \`rates\` DROP COLUMN \`gold18k\`;`)
  await db.run(sql`ALTER TABLE \`rates\` DROP COLUMN \`gold14k\`;`)
  await db.run(sql`ALTER TABLE \`rates\` DROP COLUMN \`silver925\`;`)
  await db.run(sql`ALTER TABLE \`rates\` DROP COLUMN \`platinum950\`;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` DROP COLUMN \`version_gold22k\`;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` DROP COLUMN \`version_gold18k\`;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` DROP COLUMN \`version_gold14k\`;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` DROP COLUMN \`version_silver925\`;`)
  await db.run(sql`ALTER TABLE \`_rates_v\` DROP COLUMN \`version_platinum950\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`gst_rates_metal\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`gst_rates_making\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`gst_rates_stones\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`invoice_details_legal_name\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`invoice_details_gstin\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`invoice_details_address\`;`)
}
