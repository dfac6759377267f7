-- Run once by the postgres image on an empty data volume (as POSTGRES_USER, who owns the databases).
-- One database per data service, matching quarkus.datasource.jdbc.url in each service.
CREATE DATABASE sites;
CREATE DATABASE contracts;
CREATE DATABASE capacity;
