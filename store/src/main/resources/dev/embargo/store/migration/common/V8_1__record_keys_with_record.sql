-- The records' lookup keys are packed anew (dev.embargo.store.RecordKeys, packing 3): each row now begins with what
-- screening reads of its record, so a list change scores the listings a record's keys reach without reading the
-- record again. Keys packed before hold no record and are refused by the new packing.
-- They are not carried over: the next list change screens every record once (a full re-screen), which writes
-- their keys and removes this mark (as V5_1, V6_1 and V7_1 did).
DELETE FROM record_lookup_keys;
INSERT INTO store_setting (name, setting_value)
    SELECT 'record_keys', 'missing' FROM portfolio_record
    WHERE NOT EXISTS (SELECT 1 FROM store_setting WHERE name = 'record_keys')
    FETCH FIRST 1 ROWS ONLY;
