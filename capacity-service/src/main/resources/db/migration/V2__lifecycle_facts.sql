-- Issue 3: site and contract lifecycles. Status, planned and energized MW, contract terms and
-- status are no longer columns updated in place: each lifecycle event is stored as a fact under
-- its aggregate id and sequence (ce_sequence), and the pure calculator folds them by sequence.

-- What the announcement and the signing state, at their sequence.
alter table site drop column status;
alter table site drop column energized_mw;
alter table site rename column version to sequence;
alter table contract rename column version to sequence;

-- SiteConstructionStarted, SiteCapacityRevised (mw = new planned MW), SitePhaseEnergized
-- (mw = MW brought online), SiteCancelled. One row per site and sequence: an event redelivered
-- under another id changes nothing.
create table site_event_fact (
    site_id     text             not null,
    sequence    bigint           not null,
    kind        text             not null,
    mw          double precision not null default 0,
    occurred_on date,
    event_id    text             not null,
    primary key (site_id, sequence)
);

-- ContractAmended (only the terms it changes are set; site_ids null = unchanged, empty = none)
-- and ContractTerminated (no terms).
create table contract_event_fact (
    contract_id  text   not null,
    sequence     bigint not null,
    kind         text   not null,
    value_usd    bigint,
    committed_mw double precision,
    gpu_count    integer,
    term_months  integer,
    site_ids     text[],
    occurred_on  date,
    event_id     text   not null,
    primary key (contract_id, sequence)
);

-- Gap and staleness checks read the sequences applied for one aggregate.
create index processed_event_subject on processed_event (subject, sequence);
