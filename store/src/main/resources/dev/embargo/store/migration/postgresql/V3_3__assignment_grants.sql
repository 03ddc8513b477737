-- The server's role reads and writes assignments like the other review tables (see V2__audit_grants.sql).
GRANT SELECT, INSERT, UPDATE, DELETE ON alert_assignment TO ${appRole};
