//! The SQLite schema and its migrations. `meta.schema_version` records the last
//! migration applied; migrations run in order, each in a transaction.

pub const MIGRATIONS: &[&str] = &[
    // 1: documents, mentions, events, tallies, warnings, rejections.
    r#"
    CREATE TABLE documents(
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        doc_key TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        title TEXT,
        published TEXT,
        published_basis TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
        superseded_by INTEGER REFERENCES documents(id),
        UNIQUE(source, content_hash)
    );
    CREATE INDEX documents_key ON documents(source, doc_key);

    CREATE TABLE events(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        event_type TEXT NOT NULL,
        sub_event_type TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT,
        location_name TEXT,
        pcode TEXT,
        admin1 TEXT,
        admin1_pcode TEXT,
        lat REAL,
        lon REAL,
        geo_precision INTEGER,
        parties TEXT NOT NULL DEFAULT '',
        actor1 TEXT,
        actor2 TEXT,
        fatalities INTEGER NOT NULL DEFAULT 0,
        fatalities_low INTEGER NOT NULL DEFAULT 0,
        fatalities_best INTEGER NOT NULL DEFAULT 0,
        fatalities_high INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX events_date ON events(date_start);
    CREATE INDEX events_admin1 ON events(admin1_pcode, date_start);
    CREATE INDEX events_place ON events(lat, lon);

    CREATE TABLE mentions(
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        event_id INTEGER REFERENCES events(id),
        extracted_id TEXT NOT NULL,
        record TEXT NOT NULL,
        fatalities INTEGER NOT NULL,
        link_reason TEXT NOT NULL
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_document ON mentions(document_id);

    CREATE TABLE tallies(
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id),
        series_key TEXT NOT NULL,
        outcome TEXT NOT NULL,
        party TEXT NOT NULL,
        count_best INTEGER,
        qualifier TEXT NOT NULL,
        since TEXT,
        until TEXT,
        regions TEXT NOT NULL,
        reported TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX tallies_series ON tallies(series_key, reported);

    CREATE TABLE warnings(
        document_id INTEGER NOT NULL REFERENCES documents(id),
        code TEXT NOT NULL,
        message TEXT NOT NULL,
        span_start INTEGER,
        span_end INTEGER
    );

    CREATE TABLE rejected(
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        problem TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    "#,
    // 2: API tokens, stored hashed.
    r#"
    CREATE TABLE tokens(
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        label TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
    );
    "#,
    // 3: indexes for filtered listings ordered by id (the API's cursor order).
    r#"
    CREATE INDEX events_admin1_id ON events(admin1_pcode, id);
    CREATE INDEX events_type_id ON events(event_type, id);
    CREATE INDEX events_sub_type_id ON events(sub_event_type, id);
    -- A box query does better walking ids and stopping at the page size than
    -- sorting every event of a latitude band.
    DROP INDEX IF EXISTS events_place;
    -- (admin1, date) made the planner sort whole governorates; (admin1, id) walks them in page order.
    DROP INDEX IF EXISTS events_admin1;
    -- The reports behind each event, kept with it (listing them per row was the cost of every page).
    ALTER TABLE events ADD COLUMN sources TEXT NOT NULL DEFAULT '';
    UPDATE events SET sources = COALESCE((SELECT GROUP_CONCAT(x, char(31)) FROM (SELECT DISTINCT d.source || ':' || d.doc_key AS x
        FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = events.id AND d.superseded_by IS NULL)), '');
    "#,
    // 4: parties per event (with the governorate), indexed so a party, or a party in
    // a governorate, is walked in page order without reading other events.
    r#"
    CREATE TABLE event_parties(
        party TEXT NOT NULL,
        admin1_pcode TEXT NOT NULL DEFAULT '',
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        PRIMARY KEY(party, admin1_pcode, event_id)
    ) WITHOUT ROWID;
    CREATE INDEX event_parties_party ON event_parties(party, event_id);
    CREATE INDEX event_parties_event ON event_parties(event_id);
    INSERT OR IGNORE INTO event_parties(party, admin1_pcode, event_id)
        WITH RECURSIVE split(id, a1, rest, item) AS (
            SELECT id, COALESCE(admin1_pcode, ''), parties || ',', '' FROM events
            UNION ALL
            SELECT id, a1, substr(rest, instr(rest, ',') + 1), substr(rest, 1, instr(rest, ',') - 1) FROM split WHERE rest <> ''
        )
        SELECT item, a1, id FROM split WHERE item <> '';
    "#,
];
