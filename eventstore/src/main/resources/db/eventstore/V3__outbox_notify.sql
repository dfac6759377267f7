-- Wakes the outbox relay: one notification per inserting statement, delivered at commit (a rolled
-- back transaction notifies nobody). The relay also polls, so a lost notification only delays.
create function event_store_notify_outbox() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('gigawatt_outbox', '');
    return null;
end;
$$;

create trigger event_store_notify_outbox
    after insert on event_store
    for each statement
execute function event_store_notify_outbox();
