-- Run once by the postgres image on an empty data volume (as POSTGRES_USER, who owns the databases).
-- One database per data service and one for the gateway's API keys, matching
-- quarkus.datasource.jdbc.url in each service.
CREATE DATABASE sites;
CREATE DATABASE contracts;
CREATE DATABASE capacity;
CREATE DATABASE gateway;
