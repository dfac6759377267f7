-- Issue 7: the read model is materialized incrementally, one copy ("generation") per PostgreSQL
-- schema view_<id>, created by the service from db/view/schema.sql. A rebuild fills a new
-- generation while the active one serves; readers then switch to it. This schema keeps what
-- outlives a generation: the generations themselves and the dead letters.
drop table if exists processed_event, contract_site, contract_party, contract, gpu_delivery,
    site_event_fact, contract_event_fact, site cascade;

create table view_generation (
    id            integer primary key,
    state         text        not null check (state in ('BUILDING', 'ACTIVE', 'RETIRED')),
    model_version integer     not null,
    created_at    timestamptz not null default now(),
    activated_at  timestamptz,
    retired_at    timestamptz
);
create unique index view_generation_one_active on view_generation (state) where state = 'ACTIVE';
create unique index view_generation_one_building on view_generation (state)
    where state = 'BUILDING';

-- Records the projection could not apply (unreadable, unknown type, out of bounds), with why and
-- where they came from. Replaying one re-reads it with the code running now.
create table dead_letter (
    id               bigserial primary key,
    topic            text        not null,
    partition        integer     not null,
    record_offset    bigint      not null,
    record_key       text,
    headers          jsonb       not null,
    payload          text,
    reason           text        not null,
    dead_lettered_at timestamptz not null default now(),
    replayed_at      timestamptz,
    unique (topic, partition, record_offset)
);
