-- The audit log on PostgreSQL: one row per looked-up item, the parties each row disclosed, usage per month.
-- The same columns as on SQLite, in native types (uuid, timestamptz to the millisecond).
--
-- logg and logg_part are partitioned by month (UTC) on tidspunkt, so removing an old month is a
-- partition drop, not a delete. There is deliberately no DEFAULT partition: rows of a month parked there
-- would stop that month's partition from ever being created (and escape its drop). Instead the writer
-- creates the partitions of each batch's months (and the following month, ahead of time) through
-- logg_sikre_maneder before it inserts, and remembers the months it has seen in the process; a row
-- without its partition fails its batch loudly (503) instead of landing in the wrong place.
CREATE SEQUENCE logg_id_seq AS bigint;

CREATE TABLE logg (
    id bigint NOT NULL DEFAULT nextval('logg_id_seq'),
    tidspunkt timestamptz NOT NULL,
    fiks_org_id uuid NOT NULL,
    integrasjon_id uuid NOT NULL,
    konsument_orgnr text NOT NULL,              -- the token's consumer
    klient_id text NOT NULL,                    -- the token's client_id
    operasjon text NOT NULL,                    -- Operasjoner: kjennemerke, kuid, person, ...
    nokkel text NOT NULL,                       -- the search key as given
    sokenokkel text NOT NULL,                   -- the search key normalised (kjennemerke BR12345, trimmed otherwise)
    dtg timestamptz,                            -- NULL = now
    utfall text NOT NULL CHECK (utfall IN ('treff', 'ukjent', 'ugyldig', 'feil')),
    kuider text NOT NULL,                       -- space-separated, for display
    parter text NOT NULL,                       -- space-separated fnr/orgnr, for display; searched via logg_part
    error_id text NOT NULL,
    formal text,
    PRIMARY KEY (tidspunkt, id)                 -- a partitioned table's key holds the partition key; also newest first
) PARTITION BY RANGE (tidspunkt);
ALTER SEQUENCE logg_id_seq OWNED BY logg.id;
-- "What did this organisation / integration look up" over a period, and the kjennemerke search.
CREATE INDEX logg_org_tidspunkt ON logg (fiks_org_id, tidspunkt);
CREATE INDEX logg_integrasjon_tidspunkt ON logg (integrasjon_id, tidspunkt);
CREATE INDEX logg_sokenokkel ON logg (sokenokkel, tidspunkt);

-- "Who looked up this person": part -> (tidspunkt, logg_id), the row's time carried along so the
-- month's parties are dropped with the month's rows.
CREATE TABLE logg_part (
    part text NOT NULL,                         -- fnr/orgnr returned, or the search key of a person/organisasjon lookup
    tidspunkt timestamptz NOT NULL,
    logg_id bigint NOT NULL,
    PRIMARY KEY (part, tidspunkt, logg_id)
) PARTITION BY RANGE (tidspunkt);

CREATE TABLE forbruk (
    fiks_org_id uuid NOT NULL,
    integrasjon_id uuid NOT NULL,
    ar integer NOT NULL,                        -- year and month in Europe/Oslo time
    maned integer NOT NULL,
    oppslag bigint NOT NULL,
    treff bigint NOT NULL,
    PRIMARY KEY (fiks_org_id, integrasjon_id, ar, maned)
);

-- Creates the partitions of logg and logg_part for the UTC months of the given times, if missing.
-- Serialised by a transaction-scoped advisory lock, so writers on several instances creating the
-- same month do not collide in the catalogue.
CREATE FUNCTION logg_sikre_maneder(tidspunkter timestamptz[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    maned timestamp;
    fra timestamptz;
    til timestamptz;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('oppslagslogg.partisjoner'));
    FOR maned IN SELECT DISTINCT date_trunc('month', t AT TIME ZONE 'UTC') FROM unnest(tidspunkter) AS t LOOP
        fra := maned AT TIME ZONE 'UTC';
        til := (maned + interval '1 month') AT TIME ZONE 'UTC';
        IF to_regclass(format('logg_%s', to_char(maned, 'YYYY_MM'))) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF logg FOR VALUES FROM (%L) TO (%L)', 'logg_' || to_char(maned, 'YYYY_MM'), fra, til);
        END IF;
        IF to_regclass(format('logg_part_%s', to_char(maned, 'YYYY_MM'))) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF logg_part FOR VALUES FROM (%L) TO (%L)', 'logg_part_' || to_char(maned, 'YYYY_MM'), fra, til);
        END IF;
    END LOOP;
END
$$;
