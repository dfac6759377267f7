-- One generation of the read model. ${schema} is view_<generation id>.
create schema ${schema};

-- The facts: every applied event once, keyed by aggregate and sequence (a redelivered or
-- republished event changes nothing), with its event id, business date and record time. The
-- source of truth for time travel and audits; current-view reads never scan it.
create table ${schema}.fact (
    aggregate_id text        not null,
    sequence     bigint      not null,
    event_id     text        not null,
    type         text        not null,
    occurred_on  date        not null,
    recorded_at  timestamptz,
    data         json        not null,
    primary key (aggregate_id, sequence)
);

-- Current state of each site and contract, and for a contract what it contributes to the region
-- totals (a site's contribution is a function of its state alone).
create table ${schema}.site (
    site_id text primary key,
    state   json not null
);
create table ${schema}.contract (
    contract_id  text primary key,
    state        json not null,
    contribution json not null
);
-- Which contracts name (or once named) a site: a site's new weight re-splits them.
create table ${schema}.contract_site (
    site_id     text not null,
    contract_id text not null,
    primary key (site_id, contract_id)
);

-- The materialized view: exact totals per region; change_seq is the batch that last changed it.
create table ${schema}.region (
    code       text   primary key,
    level      text   not null,
    totals     jsonb  not null,
    change_seq bigint not null
);
create index on ${schema}.region (level);
create index on ${schema}.region (change_seq);

-- Next offset per partition, committed with the changes: a restart resumes exactly there.
create table ${schema}.kafka_offset (
    topic       text    not null,
    partition   integer not null,
    next_offset bigint  not null,
    primary key (topic, partition)
);

-- The batch counter. Each batch takes its row lock first, so batches of every replica apply one
-- at a time and change_seq grows in commit order.
create table ${schema}.clock (
    id       integer primary key check (id = 1),
    position bigint  not null
);
insert into ${schema}.clock values (1, 0);
