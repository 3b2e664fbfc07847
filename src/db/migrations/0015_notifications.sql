CREATE TABLE "notifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"regime_id" integer NOT NULL,
	"period" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"emailed_at" timestamp with time zone,
	CONSTRAINT "notifications_unit_regime_period_kind_unique" UNIQUE("unit_id","regime_id","period","kind"),
	CONSTRAINT "notifications_kind_check" CHECK ("notifications"."kind" in ('deadline_near', 'overdue'))
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_regime_id_regimes_id_fk" FOREIGN KEY ("regime_id") REFERENCES "public"."regimes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_unit_id_idx" ON "notifications" USING btree ("unit_id");