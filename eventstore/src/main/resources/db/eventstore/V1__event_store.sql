-- The event store is also the outbox: a row with published_at null is still to be sent to Kafka.
-- Eventstore migrations use versions 1-999; a service's own migrations start at 1000.
create table event_store (
    position     bigserial primary key,
    stream_id    text        not null,
    version      integer     not null check (version > 0),
    event_id     uuid        not null unique,
    event_type   text        not null,
    payload      jsonb       not null,
    metadata     jsonb       not null,
    occurred_on  date        not null,
    recorded_at  timestamptz not null default now(),
    published_at timestamptz,
    constraint event_store_stream_version unique (stream_id, version)
);

create index event_store_unpublished on event_store (position) where published_at is null;
