-- API keys of the gateway. The secret is stored only as a bcrypt hash; prefix (the key's first
-- characters, not secret) finds the hash to check. A revoked key keeps its row: it stays revoked.
CREATE TABLE api_key (
    id          text        PRIMARY KEY,
    name        text        NOT NULL,
    role        text        NOT NULL CHECK (role IN ('reader', 'writer', 'admin')),
    prefix      text        NOT NULL,
    key_hash    text        NOT NULL,
    rate_limit  integer     CHECK (rate_limit > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    created_by  text,
    revoked_at  timestamptz
);

CREATE INDEX api_key_prefix ON api_key (prefix);

-- A name is the actor of what its key writes: one active key per name.
CREATE UNIQUE INDEX api_key_active_name ON api_key (name) WHERE revoked_at IS NULL;
