CREATE TABLE "directive_units" (
	"directive_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "directive_units_directive_id_unit_id_pk" PRIMARY KEY("directive_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "directive_updates" (
	"id" serial PRIMARY KEY NOT NULL,
	"directive_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"user_id" integer,
	"reported_on" date NOT NULL,
	"text" text NOT NULL,
	"percent" double precision NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "directives" (
	"id" serial PRIMARY KEY NOT NULL,
	"text" text NOT NULL,
	"source_kind" text NOT NULL,
	"source_visit_id" integer,
	"source_inspection_id" integer,
	"source_finding_id" integer,
	"source_number" text,
	"issuer_unit_id" integer NOT NULL,
	"lead_unit_id" integer NOT NULL,
	"deadline" date,
	"indicator_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"progress_percent" double precision DEFAULT 0 NOT NULL,
	"completed_on" date,
	"created_on" date NOT NULL,
	CONSTRAINT "directives_source_kind_check" CHECK ("directives"."source_kind" in ('visit', 'inspection', 'document')),
	CONSTRAINT "directives_progress_check" CHECK ("directives"."progress_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "extension_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"directive_id" integer NOT NULL,
	"requested_by_unit_id" integer NOT NULL,
	"requested_on" date NOT NULL,
	"current_deadline" date,
	"proposed_deadline" date NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"decided_by_user_id" integer,
	CONSTRAINT "extension_requests_status_check" CHECK ("extension_requests"."status" in ('pending', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" serial PRIMARY KEY NOT NULL,
	"inspection_id" integer NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	CONSTRAINT "findings_status_check" CHECK ("findings"."status" in ('open', 'remedied'))
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" serial PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"kind" text NOT NULL,
	"organiser_unit_id" integer NOT NULL,
	"target_unit_id" integer NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"content" text NOT NULL,
	"conclusion_number" text,
	CONSTRAINT "inspections_kind_check" CHECK ("inspections"."kind" in ('inspection', 'supervision')),
	CONSTRAINT "inspections_period_check" CHECK ("inspections"."period_from" <= "inspections"."period_to")
);
--> statement-breakpoint
CREATE TABLE "visit_hosts" (
	"visit_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "visit_hosts_visit_id_unit_id_pk" PRIMARY KEY("visit_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "visit_topics" (
	"visit_id" integer NOT NULL,
	"topic_code" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "visit_topics_visit_id_topic_code_pk" PRIMARY KEY("visit_id","topic_code")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"leader_name" text NOT NULL,
	"leader_title" text NOT NULL,
	"members" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"organiser_unit_id" integer NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"minutes" text,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visits_status_check" CHECK ("visits"."status" in ('planned', 'held', 'concluded'))
);
--> statement-breakpoint
ALTER TABLE "directive_units" ADD CONSTRAINT "directive_units_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_units" ADD CONSTRAINT "directive_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_updates" ADD CONSTRAINT "directive_updates_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_updates" ADD CONSTRAINT "directive_updates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_updates" ADD CONSTRAINT "directive_updates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_source_visit_id_visits_id_fk" FOREIGN KEY ("source_visit_id") REFERENCES "public"."visits"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_source_inspection_id_inspections_id_fk" FOREIGN KEY ("source_inspection_id") REFERENCES "public"."inspections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_source_finding_id_findings_id_fk" FOREIGN KEY ("source_finding_id") REFERENCES "public"."findings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_issuer_unit_id_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directives" ADD CONSTRAINT "directives_lead_unit_id_units_id_fk" FOREIGN KEY ("lead_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_requested_by_unit_id_units_id_fk" FOREIGN KEY ("requested_by_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_requests" ADD CONSTRAINT "extension_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_organiser_unit_id_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_target_unit_id_units_id_fk" FOREIGN KEY ("target_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_hosts" ADD CONSTRAINT "visit_hosts_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_hosts" ADD CONSTRAINT "visit_hosts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_topics" ADD CONSTRAINT "visit_topics_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_organiser_unit_id_units_id_fk" FOREIGN KEY ("organiser_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directive_units_unit_idx" ON "directive_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "directive_updates_directive_idx" ON "directive_updates" USING btree ("directive_id","reported_on");--> statement-breakpoint
CREATE INDEX "directives_lead_idx" ON "directives" USING btree ("lead_unit_id");--> statement-breakpoint
CREATE INDEX "directives_issuer_idx" ON "directives" USING btree ("issuer_unit_id");--> statement-breakpoint
CREATE INDEX "directives_visit_idx" ON "directives" USING btree ("source_visit_id");--> statement-breakpoint
CREATE INDEX "directives_deadline_idx" ON "directives" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "extension_requests_directive_idx" ON "extension_requests" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "findings_inspection_idx" ON "findings" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "inspections_organiser_idx" ON "inspections" USING btree ("organiser_unit_id","year");--> statement-breakpoint
CREATE INDEX "inspections_target_idx" ON "inspections" USING btree ("target_unit_id");--> statement-breakpoint
CREATE INDEX "visit_hosts_unit_idx" ON "visit_hosts" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "visits_organiser_idx" ON "visits" USING btree ("organiser_unit_id","date");