-- Since group commit, a key's row is inserted complete (status and answer set) in the transaction
-- that commits the command's events; a concurrent request with the same key finds the key taken,
-- reads the stored answer and replays it. Rows are never claimed first and completed later.
comment on table idempotency_keys is
    'Idempotency-Key answers, inserted with the events of the command in one transaction';
