import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "throttles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"points" numeric DEFAULT 0 NOT NULL,
  	"expire" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE UNIQUE INDEX "throttles_key_idx" ON "throttles" USING btree ("key");
  CREATE INDEX "throttles_expire_idx" ON "throttles" USING btree ("expire");
  CREATE INDEX "throttles_updated_at_idx" ON "throttles" USING btree ("updated_at");
  CREATE INDEX "throttles_created_at_idx" ON "throttles" USING btree ("created_at");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";
  ALTER TABLE "customers" DROP COLUMN "login_attempts";
  ALTER TABLE "customers" DROP COLUMN "lock_until";
  ALTER TABLE "vendors" DROP COLUMN "login_attempts";
  ALTER TABLE "vendors" DROP COLUMN "lock_until";
  ALTER TABLE "goldsmiths" DROP COLUMN "login_attempts";
  ALTER TABLE "goldsmiths" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "throttles" CASCADE;
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "customers" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "customers" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "vendors" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "vendors" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "goldsmiths" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "goldsmiths" ADD COLUMN "lock_until" timestamp(3) with time zone;`)
}
