-- Events already applied: a redelivered event id changes nothing.
create table processed_event (
    event_id     text primary key,
    type         text        not null,
    subject      text,
    sequence     bigint,
    recorded_at  timestamptz,
    processed_at timestamptz not null default now()
);

-- Normalized facts. Region figures are computed from them at read time, so no table depends on
-- another having arrived first (no foreign keys between facts of different aggregates).
create table site (
    site_id            text primary key,
    name               text             not null,
    program            text,
    operator_name      text,
    operator_country   text,
    owner_name         text,
    owner_country      text,
    country            text             not null,
    subdivision        text,
    locality           text,
    status             text             not null,
    planned_mw         double precision not null,
    energized_mw       double precision not null default 0,
    expected_online_on date,
    announced_on       date,
    version            bigint
);
create index site_country on site (country);

create table contract (
    contract_id  text primary key,
    kind         text             not null,
    title        text             not null,
    program      text,
    value_usd    bigint           not null default 0,
    term_months  integer,
    committed_mw double precision not null default 0,
    gpu_model    text,
    gpu_count    integer,
    signed_on    date,
    version      bigint
);

create table contract_site (
    contract_id text not null references contract (contract_id) on delete cascade,
    site_id     text not null,
    primary key (contract_id, site_id)
);
create index contract_site_site on contract_site (site_id);

create table contract_party (
    contract_id text    not null references contract (contract_id) on delete cascade,
    position    integer not null,
    name        text    not null,
    country     text    not null,
    role        text    not null,
    primary key (contract_id, position)
);

create table gpu_delivery (
    delivery_id  text primary key,
    contract_id  text   not null,
    site_id      text   not null,
    gpu_model    text   not null,
    gpu_count    bigint not null,
    delivered_on date
);
create index gpu_delivery_site on gpu_delivery (site_id);
