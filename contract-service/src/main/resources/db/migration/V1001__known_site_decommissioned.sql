-- The date a known site was decommissioned: deliveries dated from then on are refused.
alter table known_site add column decommissioned_on date;
