-- Hand-written (drizzle-kit generate --custom): drizzle-kit cannot express triggers. Every statement
-- that changes what a scorecard reads bumps data_version once (statement-level, so a 1M-row import
-- bumps it once, not a million times), and app servers drop scorecards computed at an older version.
INSERT INTO data_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER observations_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON observations
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER targets_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON targets
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER indicators_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicators
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER units_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON units
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER unit_links_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_links
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
--> statement-breakpoint
CREATE TRIGGER report_statements_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON report_statements
  FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
