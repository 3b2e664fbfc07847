CREATE TABLE "regime_indicators" (
	"regime_id" integer NOT NULL,
	"indicator_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "regime_indicators_pk" PRIMARY KEY("regime_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "regimes" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"document" text NOT NULL,
	"tree" text NOT NULL,
	"frequency" text NOT NULL,
	"cutoff" text NOT NULL,
	"deadline" jsonb NOT NULL,
	"reporting_root_unit_id" integer NOT NULL,
	"reporting_unit_kind" text NOT NULL,
	"approval_unit_ids" integer[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regimes_code_unique" UNIQUE("code"),
	CONSTRAINT "regimes_tree_check" CHECK ("regimes"."tree" in ('party', 'state')),
	CONSTRAINT "regimes_frequency_check" CHECK ("regimes"."frequency" in ('month', 'quarter', 'half', '9M', 'year')),
	CONSTRAINT "regimes_cutoff_check" CHECK ("regimes"."cutoff" in ('nd09', 'calendar')),
	CONSTRAINT "regimes_reporting_unit_kind_check" CHECK ("regimes"."reporting_unit_kind" in ('province_party', 'district_party', 'commune_party', 'province_state', 'district_state', 'commune_state', 'front', 'mass_org', 'other'))
);
--> statement-breakpoint
ALTER TABLE "regime_indicators" ADD CONSTRAINT "regime_indicators_regime_id_regimes_id_fk" FOREIGN KEY ("regime_id") REFERENCES "public"."regimes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regime_indicators" ADD CONSTRAINT "regime_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regimes" ADD CONSTRAINT "regimes_reporting_root_unit_id_units_id_fk" FOREIGN KEY ("reporting_root_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;