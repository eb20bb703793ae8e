import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_orders_history_action" ADD VALUE 'hold' BEFORE 'edit';
  ALTER TYPE "public"."enum_orders_history_action" ADD VALUE 'resume' BEFORE 'edit';
  ALTER TYPE "public"."enum_orders_history_action" ADD VALUE 'rework' BEFORE 'edit';
  ALTER TYPE "public"."enum_orders_history_action" ADD VALUE 'reschedule';
  ALTER TYPE "public"."enum_orders_history_from" ADD VALUE 'on_hold';
  ALTER TYPE "public"."enum_orders_history_to" ADD VALUE 'on_hold';
  ALTER TYPE "public"."enum_orders_status" ADD VALUE 'on_hold';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_cancelled_by_us' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_work_cancelled' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_on_hold' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_work_on_hold' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_resumed' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_work_resumed' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_rework' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_edited' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_ready_date_changed' BEFORE 'contact_message';
  ALTER TYPE "public"."enum_notifications_type" ADD VALUE 'order_due_date_changed' BEFORE 'contact_message';
  ALTER TABLE "orders" ADD COLUMN "held_at" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "resumed_at" timestamp(3) with time zone;
  ALTER TABLE "orders" ADD COLUMN "rework_requested_at" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_history" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_orders_history_action";
  CREATE TYPE "public"."enum_orders_history_action" AS ENUM('place', 'accept', 'reject', 'assign', 'complete', 'dispatch', 'deliver', 'cancel', 'edit');
  ALTER TABLE "orders_history" ALTER COLUMN "action" SET DATA TYPE "public"."enum_orders_history_action" USING "action"::"public"."enum_orders_history_action";
  ALTER TABLE "orders_history" ALTER COLUMN "from" SET DATA TYPE text;
  DROP TYPE "public"."enum_orders_history_from";
  CREATE TYPE "public"."enum_orders_history_from" AS ENUM('ordered', 'accepted', 'under_process', 'completed', 'dispatched', 'delivered', 'rejected', 'cancelled');
  ALTER TABLE "orders_history" ALTER COLUMN "from" SET DATA TYPE "public"."enum_orders_history_from" USING "from"::"public"."enum_orders_history_from";
  ALTER TABLE "orders_history" ALTER COLUMN "to" SET DATA TYPE text;
  DROP TYPE "public"."enum_orders_history_to";
  CREATE TYPE "public"."enum_orders_history_to" AS ENUM('ordered', 'accepted', 'under_process', 'completed', 'dispatched', 'delivered', 'rejected', 'cancelled');
  ALTER TABLE "orders_history" ALTER COLUMN "to" SET DATA TYPE "public"."enum_orders_history_to" USING "to"::"public"."enum_orders_history_to";
  ALTER TABLE "orders" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "orders" ALTER COLUMN "status" SET DEFAULT 'ordered'::text;
  DROP TYPE "public"."enum_orders_status";
  CREATE TYPE "public"."enum_orders_status" AS ENUM('ordered', 'accepted', 'under_process', 'completed', 'dispatched', 'delivered', 'rejected', 'cancelled');
  ALTER TABLE "orders" ALTER COLUMN "status" SET DEFAULT 'ordered'::"public"."enum_orders_status";
  ALTER TABLE "orders" ALTER COLUMN "status" SET DATA TYPE "public"."enum_orders_status" USING "status"::"public"."enum_orders_status";
  ALTER TABLE "notifications" ALTER COLUMN "type" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_type";
  CREATE TYPE "public"."enum_notifications_type" AS ENUM('vendor_registered', 'vendor_approved', 'vendor_rejected', 'vendor_disabled', 'order_placed', 'order_accepted', 'order_assigned', 'order_completed', 'order_dispatched', 'order_delivered', 'order_rejected', 'order_cancelled', 'contact_message');
  ALTER TABLE "notifications" ALTER COLUMN "type" SET DATA TYPE "public"."enum_notifications_type" USING "type"::"public"."enum_notifications_type";
  ALTER TABLE "orders" DROP COLUMN "held_at";
  ALTER TABLE "orders" DROP COLUMN "resumed_at";
  ALTER TABLE "orders" DROP COLUMN "rework_requested_at";`)
}
