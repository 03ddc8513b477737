-- The server's role: it may read and write everything but the audit trail, to which it may only append.
-- The migration runs as the schema's owner; the server connects as a login role that is a member of
-- ${appRole} (default embargo_app):
--   CREATE ROLE embargo_owner LOGIN PASSWORD '...';           -- runs `embargo store migrate`, owns the tables
--   CREATE ROLE embargo_server LOGIN PASSWORD '...' IN ROLE embargo_app;  -- what `serve --db` connects as
-- A member of ${appRole} cannot UPDATE, DELETE or TRUNCATE audit_entry: changing the trail takes the owner.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
        CREATE ROLE ${appRole} NOLOGIN;
    END IF;
END
$$;
GRANT USAGE ON SCHEMA ${flyway:defaultSchema} TO ${appRole};
GRANT SELECT, INSERT, UPDATE, DELETE ON portfolio_record, screening_run, alert, decision, audit_head, store_setting
    TO ${appRole};
GRANT SELECT, INSERT ON audit_entry TO ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM ${appRole};
GRANT SELECT ON ${flyway:table} TO ${appRole};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${flyway:defaultSchema} TO ${appRole};
