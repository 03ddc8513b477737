-- The records' lookup keys are packed anew (dev.embargo.store.RecordKeys, packing 2): a crowded reading's cut is now
-- the last ranked name's priority and keys carry transcription keys, so keys packed before mean something else.
-- They are not carried over: the next list change screens every record once (a full re-screen), which writes
-- their keys and removes this mark (as V5_1 and V6_1 did).
DELETE FROM record_lookup_keys;
INSERT INTO store_setting (name, setting_value)
    SELECT 'record_keys', 'missing' FROM portfolio_record
    WHERE NOT EXISTS (SELECT 1 FROM store_setting WHERE name = 'record_keys')
    FETCH FIRST 1 ROWS ONLY;
