-- One row per Idempotency-Key: claimed by the first request (insert first, so a concurrent request
-- with the same key waits on the primary key) and completed with the answer in the same
-- transaction as the command's append. A failed command rolls the claim back.
create table idempotency_keys (
    idempotency_key text        primary key,
    fingerprint     text        not null, -- hex SHA-256 of the request line and canonical JSON body
    status          integer,
    body            text,
    content_type    text,
    location        text,                 -- path and query; resolved against the retry's host
    etag            text,
    created_at      timestamptz not null default now(),
    expires_at      timestamptz not null
);

create index idempotency_keys_expiry on idempotency_keys (expires_at);
