-- Hand-edited after drizzle-kit generate: the figure lock is a trigger (drizzle-kit cannot express one), so
-- that no write path escapes it: the API, the import's COPY, a bulk insert and a delete all meet it inside
-- their own transaction. Statement-level with a transition table: a 1M-row import checks once, not a million times.
CREATE TABLE "submission_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"submission_id" integer NOT NULL,
	"user_id" integer,
	"action" text NOT NULL,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submission_actions_action_check" CHECK ("submission_actions"."action" in ('submit', 'approve', 'return', 'unlock'))
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"regime_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"status" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"return_reason" text,
	"approved_by" integer,
	"approved_at" timestamp with time zone,
	"locked" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_regime_unit_period_unique" UNIQUE("regime_id","unit_id","period"),
	CONSTRAINT "submissions_status_check" CHECK ("submissions"."status" in ('not_submitted', 'submitted', 'returned', 'approved'))
);
--> statement-breakpoint
ALTER TABLE "submission_actions" ADD CONSTRAINT "submission_actions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_actions" ADD CONSTRAINT "submission_actions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_regime_id_regimes_id_fk" FOREIGN KEY ("regime_id") REFERENCES "public"."regimes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "submission_actions_submission_id_idx" ON "submission_actions" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "submissions_locked_idx" ON "submissions" USING btree ("unit_id","period") WHERE "submissions"."locked";
--> statement-breakpoint
CREATE FUNCTION observations_refuse_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hit record;
BEGIN
  -- Most writes meet no locked submission at all: one probe of the partial index, no join over the rows.
  IF NOT EXISTS (SELECT 1 FROM submissions WHERE locked) THEN
    RETURN NULL;
  END IF;
  SELECT s.id, r.code AS regime, s.period, u.code AS unit, c.indicator_id INTO hit
    FROM changed_rows c
    JOIN submissions s ON s.locked AND s.unit_id = c.unit_id AND s.period = c.period
    JOIN regime_indicators ri ON ri.regime_id = s.regime_id AND ri.indicator_id = c.indicator_id
    JOIN regimes r ON r.id = s.regime_id
    JOIN units u ON u.id = s.unit_id
    LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION USING
      ERRCODE = 'TDL01',
      MESSAGE = format(
        'indicatorId: số liệu đã khóa — báo cáo %s kỳ %s của đơn vị %s (submission %s) đã được duyệt; cần mở khóa trước khi sửa, xóa hay nhập đè',
        hit.regime, hit.period, hit.unit, hit.id),
      DETAIL = json_build_object('id', hit.id, 'regime', hit.regime, 'period', hit.period, 'unit', hit.unit,
        'indicatorId', hit.indicator_id)::text;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER observations_locked_insert AFTER INSERT ON observations
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION observations_refuse_locked();
--> statement-breakpoint
CREATE TRIGGER observations_locked_update AFTER UPDATE ON observations
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION observations_refuse_locked();
--> statement-breakpoint
CREATE TRIGGER observations_locked_delete AFTER DELETE ON observations
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION observations_refuse_locked();
