-- contract-service's migrations start at 1000; the eventstore's own are V1-V999 in db/eventstore.

-- The sites contract-service knows from gigawatt.site.events. version is the site's aggregate
-- version (ce_sequence) the row was last updated to; an event not newer than it changes nothing.
create table known_site (
    site_id text primary key,
    status  text   not null,
    name    text,
    country text,
    version bigint not null
);

-- Site events already applied, recorded in the transaction that applied them.
create table processed_event (
    event_id     text primary key,
    type         text        not null,
    subject      text,
    sequence     bigint,
    processed_at timestamptz not null default now()
);
