CREATE TABLE "directive_evidence" (
	"id" serial PRIMARY KEY NOT NULL,
	"directive_id" integer NOT NULL,
	"update_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" integer,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "directive_evidence_size_check" CHECK ("directive_evidence"."size" > 0 and "directive_evidence"."size" = octet_length("directive_evidence"."content"))
);
--> statement-breakpoint
ALTER TABLE "directive_evidence" ADD CONSTRAINT "directive_evidence_directive_id_directives_id_fk" FOREIGN KEY ("directive_id") REFERENCES "public"."directives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_evidence" ADD CONSTRAINT "directive_evidence_update_id_directive_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."directive_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directive_evidence" ADD CONSTRAINT "directive_evidence_uploaded_by_user_id_users_id_fk" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directive_evidence_directive_idx" ON "directive_evidence" USING btree ("directive_id");--> statement-breakpoint
CREATE INDEX "directive_evidence_update_idx" ON "directive_evidence" USING btree ("update_id");