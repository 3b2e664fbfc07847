-- Hand-written (drizzle-kit generate --custom): the audit trail must be append-only, and drizzle-kit
-- cannot express triggers, so this migration adds one that rejects UPDATE and DELETE on audit_entries.
CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only' USING ERRCODE = 'P0001', HINT = 'append_only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
