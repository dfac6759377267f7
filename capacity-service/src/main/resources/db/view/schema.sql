-- One generation of the read model. ${schema} is view_<generation id>. Ids compare byte-wise
-- (collate "C"): their order means nothing, and indexes on them stay cheap.
create schema ${schema};

-- The facts: every applied event once, keyed by aggregate and sequence (a redelivered or
-- republished event changes nothing), with its event id, business date and record time. The
-- source of truth for time travel and audits; current-view reads never scan it.
create table ${schema}.fact (
    aggregate_id text        collate "C" not null,
    sequence     bigint      not null,
    event_id     text        not null,
    type         text        not null,
    occurred_on  date        not null,
    recorded_at  timestamptz,
    data         json        not null,
    primary key (aggregate_id, sequence)
);

-- Current state of each site and contract: every dated fact of it, so that it can be seen as of
-- any business date. What they contribute to the regions is a function of these states.
create table ${schema}.site (
    site_id text collate "C" primary key,
    state   json not null
);
create table ${schema}.contract (
    contract_id text collate "C" primary key,
    state       json not null
);
-- Which contracts name (or once named, or delivered to) a site: a site's new weight re-splits
-- them, and a contract's signing decides who controls the GPUs it delivered there.
create table ${schema}.contract_site (
    site_id     text collate "C" not null,
    contract_id text collate "C" not null,
    primary key (site_id, contract_id)
);
create index on ${schema}.contract_site (contract_id);

-- The display name of each program (region PROGRAM:<lower-cased name>), as first written.
create table ${schema}.program (
    code text collate "C" primary key,
    name text not null
);

-- The materialized view: exact totals per region; change_seq is the batch that last changed it.
create table ${schema}.region (
    code       text   collate "C" primary key,
    level      text   not null,
    totals     jsonb  not null,
    change_seq bigint not null
);
create index on ${schema}.region (level);
create index on ${schema}.region (change_seq);

-- The regions' history: what changed in a metric from a business date on, as known from a record
-- time (to the second). Figures as of a date, as known at a time, sum the rows up to both.
create table ${schema}.region_dated (
    code     text collate "C" not null,
    metric   text collate "C" not null,
    on_date  date        not null,
    known_at timestamptz not null,
    amount   numeric     not null,
    primary key (code, on_date, metric, known_at)
);

-- The same history summed over record times: figures as of a date, as known now, read fewer rows.
create table ${schema}.region_daily (
    code    text collate "C" not null,
    metric  text collate "C" not null,
    on_date date    not null,
    amount  numeric not null,
    primary key (code, on_date, metric)
);

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
