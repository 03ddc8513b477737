-- Each screened record's lookup keys (dev.embargo.matching.LookupKeys): the hashed word, skeleton, joined-word
-- and identifier keys through which candidate generation can bring it together with a listing, each with the
-- word slot it stands for and the share of the record's name weight that slot carries. After a list change the
-- keys of the changed listings select the records they can reach, instead of testing every record.
CREATE TABLE record_key (
    key_hash BIGINT NOT NULL,
    record_id VARCHAR(200) NOT NULL,
    slot INT NOT NULL,                           -- reading * 4096 + word, or -1 for an identifier
    share REAL NOT NULL,                         -- share of the reading's weight the slot carries
    need REAL NOT NULL,                          -- share the kept slots a listing holds must bring to matter
    crowded BOOLEAN NOT NULL                     -- the reading's best few candidates were full
);
CREATE INDEX record_key_key ON record_key (key_hash);
CREATE INDEX record_key_record ON record_key (record_id);

-- Which records a delta run screened again and why ('key': a shared key with a changed listing; 'alert': a
-- current alert on a party one of whose listings changed or went; 'key,alert': both), and what came of it
-- ('nothing new', or the alerts raised and closed): a record's page shows the runs that looked at it and found
-- nothing as well as those that raised something.
CREATE TABLE rescreen_trace (
    run_id BIGINT NOT NULL,
    record_id VARCHAR(200) NOT NULL,
    reason VARCHAR(20) NOT NULL,
    outcome VARCHAR(200) NOT NULL
);
CREATE INDEX rescreen_trace_record ON rescreen_trace (record_id, run_id);

-- Records screened before keys were kept have none: the next list change screens them all once (a full
-- re-screen), which writes their keys and removes this mark.
INSERT INTO store_setting (name, setting_value)
    SELECT 'record_keys', 'missing' FROM portfolio_record FETCH FIRST 1 ROWS ONLY;
