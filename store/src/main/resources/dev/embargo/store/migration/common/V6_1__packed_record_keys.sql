-- Each screened record's lookup keys, packed in one row per record (dev.embargo.store.RecordKeys#pack) instead
-- of one row per key with an index on the key: the import writes records in file order, and rows keyed by the
-- record land at the end of the table, while an index on hashed keys took each batch's keys all over its tree
-- (on H2, which writes a changed page anew, the file grew many times beyond its data). A list change reads
-- every record's keys once and tests them against the changed listings' keys in memory.
CREATE TABLE record_lookup_keys (
    record_id VARCHAR(200) PRIMARY KEY,
    lookup_keys BYTEA NOT NULL
);
DROP TABLE record_key;

-- The keys stored until now are not carried over: the next list change screens every record once (a full
-- re-screen), which writes their keys and removes this mark (as V5_1 did for records screened before keys).
INSERT INTO store_setting (name, setting_value)
    SELECT 'record_keys', 'missing' FROM portfolio_record
    WHERE NOT EXISTS (SELECT 1 FROM store_setting WHERE name = 'record_keys')
    FETCH FIRST 1 ROWS ONLY;
