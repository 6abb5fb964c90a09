-- One row that every import which changed the bank moves forward. Each app instance keeps the
-- bank in memory and checks this row on a short schedule, so an import done by one instance
-- (on a shared PostgreSQL) reaches the others within seconds.
CREATE TABLE bank_version (
    id          INTEGER                  PRIMARY KEY,
    version     BIGINT                   NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO bank_version (id, version, imported_at) VALUES (1, 1, CURRENT_TIMESTAMP);
