-- The server's role reads and writes the records' packed keys like the portfolio itself (see V2__audit_grants.sql).
GRANT SELECT, INSERT, UPDATE, DELETE ON record_lookup_keys TO ${appRole};
