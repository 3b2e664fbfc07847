CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" integer NOT NULL,
	"action" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text NOT NULL,
	"measure" text NOT NULL,
	"nature" text NOT NULL,
	"aggregation" jsonb NOT NULL,
	"polarity" text NOT NULL,
	"category" text NOT NULL,
	"decimals" integer DEFAULT 0 NOT NULL,
	"parent_id" integer,
	"min_value" double precision,
	"max_value" double precision,
	"synonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code"),
	CONSTRAINT "indicators_nature_check" CHECK ("indicators"."nature" in ('flow', 'stock')),
	CONSTRAINT "indicators_polarity_check" CHECK ("indicators"."polarity" in ('higher_is_better', 'lower_is_better')),
	CONSTRAINT "indicators_decimals_check" CHECK ("indicators"."decimals" between 0 and 6),
	CONSTRAINT "indicators_range_check" CHECK ("indicators"."min_value" is null or "indicators"."max_value" is null or "indicators"."min_value" <= "indicators"."max_value")
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"period" text NOT NULL,
	"period_year" integer GENERATED ALWAYS AS (case when period ~ '^[0-9]{4}' then substring(period from 1 for 4)::integer end) STORED,
	"kind" text NOT NULL,
	"value" double precision NOT NULL,
	"note" text,
	"provenance" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "observations_unit_indicator_period_kind_unique" UNIQUE("unit_id","indicator_id","period","kind"),
	CONSTRAINT "observations_kind_check" CHECK ("observations"."kind" in ('actual', 'estimate')),
	CONSTRAINT "observations_period_check" CHECK ("observations"."period" ~ '^[0-9]{4}(-[0-9A-Za-z-]+)?$')
);
--> statement-breakpoint
CREATE TABLE "report_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"report_id" integer NOT NULL,
	"statement" jsonb NOT NULL,
	"span_start" integer NOT NULL,
	"span_end" integer NOT NULL,
	"observation_id" integer,
	CONSTRAINT "report_statements_span_check" CHECK ("report_statements"."span_start" <= "report_statements"."span_end")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"file_name" text,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"document" text,
	"derived_from" text,
	CONSTRAINT "targets_source_check" CHECK ("targets"."source" in ('resolution', 'assigned', 'plan', 'budget', 'goal')),
	CONSTRAINT "targets_years_check" CHECK ("targets"."from_year" <= "targets"."to_year")
);
--> statement-breakpoint
CREATE TABLE "unit_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"predecessor_id" integer NOT NULL,
	"successor_id" integer NOT NULL,
	"kind" text NOT NULL,
	"effective_on" date NOT NULL,
	CONSTRAINT "unit_links_kind_check" CHECK ("unit_links"."kind" in ('merge', 'split', 'rename')),
	CONSTRAINT "unit_links_not_self_check" CHECK ("unit_links"."predecessor_id" <> "unit_links"."successor_id")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" integer,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "units_code_unique" UNIQUE("code"),
	CONSTRAINT "units_kind_check" CHECK ("units"."kind" in ('province_party', 'district_party', 'commune_party', 'province_state', 'district_state', 'commune_state', 'front', 'mass_org', 'other')),
	CONSTRAINT "units_valid_range_check" CHECK ("units"."valid_to" is null or "units"."valid_from" is null or "units"."valid_from" <= "units"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"scope_unit_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_role_check" CHECK ("users"."role" in ('admin', 'editor', 'viewer'))
);
--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_parent_id_indicators_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_statements" ADD CONSTRAINT "report_statements_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_statements" ADD CONSTRAINT "report_statements_observation_id_observations_id_fk" FOREIGN KEY ("observation_id") REFERENCES "public"."observations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_links" ADD CONSTRAINT "unit_links_predecessor_id_units_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_links" ADD CONSTRAINT "unit_links_successor_id_units_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_scope_unit_id_units_id_fk" FOREIGN KEY ("scope_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id","at");--> statement-breakpoint
CREATE INDEX "observations_unit_year_idx" ON "observations" USING btree ("unit_id","period_year");--> statement-breakpoint
CREATE INDEX "observations_period_unit_idx" ON "observations" USING btree ("period","unit_id");--> statement-breakpoint
CREATE INDEX "observations_indicator_idx" ON "observations" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "report_statements_report_id_idx" ON "report_statements" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "report_statements_observation_id_idx" ON "report_statements" USING btree ("observation_id");--> statement-breakpoint
CREATE INDEX "reports_unit_id_idx" ON "reports" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "targets_unit_years_idx" ON "targets" USING btree ("unit_id","from_year","to_year");--> statement-breakpoint
CREATE INDEX "unit_links_predecessor_idx" ON "unit_links" USING btree ("predecessor_id");--> statement-breakpoint
CREATE INDEX "unit_links_successor_idx" ON "unit_links" USING btree ("successor_id");--> statement-breakpoint
CREATE INDEX "units_parent_id_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_idx" ON "sessions" USING btree ("expires_at");