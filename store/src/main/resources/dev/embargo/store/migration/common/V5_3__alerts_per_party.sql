-- One alert per record and party: a party listed on several lists (grouped by the screener) is one alert, kept
-- when its best-matching listing moves from one list to another. current_pair now holds record_id + '|' +
-- party_id; entity_id stays the listing that matched best when the alert was raised, and listings names every
-- listing of the party then (';'-separated). Rows raised before were per listing: each listing its own party,
-- so their current pair stays as it was.
ALTER TABLE alert ADD COLUMN party_id VARCHAR(200);
ALTER TABLE alert ADD COLUMN listings VARCHAR(4000);
UPDATE alert SET party_id = entity_id, listings = entity_id;
ALTER TABLE alert ALTER COLUMN party_id SET NOT NULL;
ALTER TABLE alert ALTER COLUMN listings SET NOT NULL;
