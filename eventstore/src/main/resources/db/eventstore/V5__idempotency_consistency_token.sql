-- A replayed answer carries the X-Consistency-Token of the first one (read-your-writes). Keys stored
-- before this column existed replay without it until they expire.
alter table idempotency_keys add column consistency_token text;
