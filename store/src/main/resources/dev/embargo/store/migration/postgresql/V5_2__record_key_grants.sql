-- The server's role reads and writes the records' keys and the delta runs' traces like the portfolio itself
-- (see V2__audit_grants.sql).
GRANT SELECT, INSERT, UPDATE, DELETE ON record_key, rescreen_trace TO ${appRole};
