//! marsad-store: the observatory's memory.
//!
//! Documents (with their history), event mentions linked into incidents, tally
//! series, warnings and rejected inputs. [`Store`] is the interface the rest of
//! marsad uses; [`SqliteStore`] is the embedded default (a file created on first
//! use). Nothing outside this crate knows which database it talks to.
//!
//! **Identity:** a document is its source plus a hash of its normalised content.
//! The same content again is `Unchanged`; new content under a known
//! `(source, key)` supersedes the old version, which stays in history.
//!
//! **Crash safety:** every batch is one transaction in a WAL-mode database; a killed
//! ingest loses at most the batch in flight, and running it again adds exactly
//! what is missing.

mod export;
mod schema;

pub use export::{export, ExportFormat};

use marsad_link::{compare, Profile};
use marsad_model::{Date, Document, Event, EventKind, EventType, Extraction, Party, Role, Tally};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use std::path::Path;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Open {
        path: String,
        source: rusqlite::Error,
    },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database holds schema version {found}, newer than this marsad knows ({known}): upgrade marsad")]
    TooNew { found: usize, known: usize },
    #[error("record encoding: {0}")]
    Json(#[from] serde_json::Error),
    #[error("export: {0}")]
    Csv(#[from] csv::Error),
    #[error("export: {0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// What ingesting one document did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Added,
    Unchanged,
    Superseded,
}

/// Filters for event queries (all optional).
#[derive(Clone, Debug, Default)]
pub struct EventQuery {
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// A governorate P-code (`SY09`).
    pub admin1_pcode: Option<String>,
    pub party: Option<Party>,
    pub event_type: Option<String>,
    pub min_fatalities: Option<u32>,
    /// (min_lon, min_lat, max_lon, max_lat)
    pub bbox: Option<(f64, f64, f64, f64)>,
    /// Events with an id greater than this (cursor pagination).
    pub after_id: Option<i64>,
    pub limit: Option<usize>,
    pub include_earlier: bool,
}

/// A linked incident as stored.
#[derive(Clone, Debug, Serialize)]
pub struct StoredEvent {
    pub id: i64,
    pub kind: String,
    pub event_type: String,
    pub sub_event_type: String,
    pub date_start: Option<String>,
    pub date_end: Option<String>,
    pub date_precision: Option<String>,
    pub location_name: Option<String>,
    pub pcode: Option<String>,
    pub admin1: Option<String>,
    pub admin1_pcode: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub geo_precision: Option<u8>,
    pub parties: Vec<String>,
    pub actor1: Option<String>,
    pub actor2: Option<String>,
    /// ACLED's conservative toll: the lowest any report gives.
    pub fatalities: u32,
    pub fatalities_low: u32,
    pub fatalities_best: u32,
    pub fatalities_high: u32,
    pub mentions: u32,
    /// The documents that told it.
    pub documents: Vec<String>,
}

/// One report's telling of an event, with why it was linked.
#[derive(Clone, Debug, Serialize)]
pub struct Mention {
    pub document: String,
    pub document_id: i64,
    pub link_reason: String,
    pub fatalities: u32,
    pub record: Event,
    /// The sentences behind it.
    pub excerpts: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct EventDetail {
    pub event: StoredEvent,
    pub mentions: Vec<Mention>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StoredDocument {
    pub id: i64,
    pub source: String,
    pub key: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub text: String,
    pub superseded_by: Option<i64>,
    pub history: Vec<i64>,
}

/// One point of a tally series.
#[derive(Clone, Debug, Serialize)]
pub struct TallyPoint {
    pub document: String,
    pub reported: Option<String>,
    pub count: Option<u32>,
    pub qualifier: String,
    pub record: Tally,
}

/// Running totals of one (party, outcome, regions, start) over the reports.
#[derive(Clone, Debug, Serialize)]
pub struct TallySeries {
    pub key: String,
    pub outcome: String,
    pub party: String,
    pub since: Option<String>,
    pub regions: Vec<String>,
    pub points: Vec<TallyPoint>,
    /// Inconsistencies: a total that went down, parts exceeding a whole.
    pub flags: Vec<String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub documents: u64,
    pub superseded: u64,
    pub events: u64,
    pub mentions: u64,
    pub fatalities: u64,
    pub tallies: u64,
    pub rejected: u64,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub by_type: Vec<(String, u64)>,
    pub by_admin1: Vec<(String, u64)>,
}

/// What marsad needs of a database. A PostgreSQL backend implements the same.
pub trait Store {
    /// Stores a batch of documents with their extractions in one transaction.
    fn ingest_batch(
        &mut self,
        batch: &[(Document, Extraction)],
        source: &str,
    ) -> Result<Vec<Outcome>>;
    fn record_rejected(&mut self, source: &str, problem: &str) -> Result<()>;
    fn events(&self, q: &EventQuery) -> Result<Vec<StoredEvent>>;
    fn event(&self, id: i64) -> Result<Option<EventDetail>>;
    fn document(&self, id: i64) -> Result<Option<StoredDocument>>;
    fn tallies(&self) -> Result<Vec<TallySeries>>;
    fn stats(&self) -> Result<Stats>;
}

pub struct SqliteStore {
    conn: Connection,
}

fn fnv(seed: u64, s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Hash of a text with whitespace runs folded and ends trimmed: re-wrapped or
/// re-saved copies of one report are one document.
pub fn content_hash(text: &str) -> String {
    let norm: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "{:016x}{:016x}",
        fnv(0, &norm),
        fnv(0x9e37_79b9_7f4a_7c15, &norm)
    )
}

fn d2s(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// The series a tally belongs to.
pub fn series_key(t: &Tally) -> String {
    let mut regions = t.regions.clone();
    regions.sort();
    format!(
        "{}|{}|{}|{}",
        t.party,
        t.outcome,
        regions.join("+"),
        t.since.map_or("-".into(), |d| d.to_string())
    )
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and migrates it.
    pub fn open(path: &Path) -> Result<SqliteStore> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let conn = Connection::open(path).map_err(|source| StoreError::Open {
            path: path.display().to_string(),
            source,
        })?;
        let mut s = SqliteStore { conn };
        s.setup()?;
        Ok(s)
    }

    pub fn open_in_memory() -> Result<SqliteStore> {
        let mut s = SqliteStore {
            conn: Connection::open_in_memory()?,
        };
        s.setup()?;
        Ok(s)
    }

    fn setup(&mut self) -> Result<()> {
        self.conn.busy_timeout(std::time::Duration::from_secs(10))?;
        self.conn.pragma_update(None, "journal_mode", "WAL")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            [],
        )?;
        let version: usize = self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key = 'schema_version'",
                [],
                |r| r.get::<_, String>(0),
            )
            .optional()?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        if version > schema::MIGRATIONS.len() {
            return Err(StoreError::TooNew {
                found: version,
                known: schema::MIGRATIONS.len(),
            });
        }
        for (i, m) in schema::MIGRATIONS.iter().enumerate().skip(version) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(m)?;
            tx.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?1)",
                params![(i + 1).to_string()],
            )?;
            tx.commit()?;
        }
        Ok(())
    }

    pub fn schema_version(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row(
                "SELECT value FROM meta WHERE key='schema_version'",
                [],
                |r| r.get::<_, String>(0),
            )?
            .parse()
            .unwrap_or(0))
    }

    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Candidate stored events near a mention (same/adjacent day, a box of ~15 km).
fn candidates(tx: &Transaction<'_>, p: &Profile) -> Result<Vec<(i64, Profile, String)>> {
    let (Some(d), Some(lat), Some(lon)) = (p.date, p.lat, p.lon) else {
        return Ok(vec![]);
    };
    let mut st = tx.prepare_cached(
        "SELECT id, date_start, date_end, lat, lon, pcode, admin1_pcode, geo_precision, event_type, parties, kind, CASE WHEN fatalities_high > 0 THEN fatalities_best END, location_name, date_precision FROM events INDEXED BY events_date
         WHERE date_start BETWEEN ?1 AND ?2 AND lat BETWEEN ?3 AND ?4 AND lon BETWEEN ?5 AND ?6",
    )?;
    let dlat = 0.15;
    let dlon = 0.18;
    let rows = st.query_map(
        params![
            d.add_days(-1).to_string(),
            d.add_days(1).to_string(),
            lat - dlat,
            lat + dlat,
            lon - dlon,
            lon + dlon
        ],
        |r| {
            let parties: String = r.get(9)?;
            Ok((
                r.get::<_, i64>(0)?,
                Profile {
                    date: r
                        .get::<_, Option<String>>(1)?
                        .and_then(|s| Date::parse_iso(&s)),
                    date_end: r
                        .get::<_, Option<String>>(2)?
                        .and_then(|s| Date::parse_iso(&s)),
                    lat: r.get(3)?,
                    lon: r.get(4)?,
                    pcode: r.get(5)?,
                    admin1_pcode: r.get(6)?,
                    precision: r.get(7)?,
                    event_type: EventType::parse(&r.get::<_, String>(8)?)
                        .unwrap_or(EventType::Battles),
                    parties: parties.split(',').filter_map(Party::parse).collect(),
                    fatalities: r.get::<_, Option<u32>>(11)?,
                    place_name: r.get(12)?,
                    day_told: r.get::<_, Option<String>>(13)?.as_deref() == Some("day"),
                },
                r.get::<_, String>(10)?,
            ))
        },
    )?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

fn insert_event(tx: &Transaction<'_>, e: &Event) -> Result<i64> {
    let p = Profile::of(e);
    let loc = e.location.as_ref();
    let actor = |role: Role| {
        e.actors
            .iter()
            .find(|a| a.role == role)
            .map(|a| a.party.to_string())
    };
    tx.prepare_cached(
        "INSERT INTO events(kind, event_type, sub_event_type, date_start, date_end, date_precision, location_name, pcode, admin1, admin1_pcode, lat, lon, geo_precision, parties, actor1, actor2)
         VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)",
    )?
    .execute(params![
        if e.kind == EventKind::Incident { "incident" } else { "report_of_earlier" },
        e.event_type.as_str(),
        e.sub_event_type.as_str(),
        d2s(e.date.start),
        d2s(e.date.end),
        serde_json::to_value(e.date.precision)?.as_str().unwrap_or("unknown").to_string(),
        loc.map(|l| l.name.clone()),
        loc.and_then(|l| l.pcode.clone()),
        loc.and_then(|l| l.admin1.clone()),
        loc.and_then(|l| l.admin1_pcode.clone()),
        p.lat,
        p.lon,
        p.precision,
        p.parties.iter().map(|x| x.as_str()).collect::<Vec<_>>().join(","),
        actor(Role::Actor1),
        actor(Role::Actor2),
    ])?;
    Ok(tx.last_insert_rowid())
}

/// Recomputes an event's aggregate from its mentions: tolls across reports, the
/// union of parties, the most precise place.
fn refresh_event(tx: &Transaction<'_>, id: i64) -> Result<()> {
    let mut st = tx.prepare_cached(
        "SELECT m.record, m.fatalities, d.id, d.source || ':' || d.doc_key FROM mentions m JOIN documents d ON d.id = m.document_id
         WHERE m.event_id = ?1 AND d.superseded_by IS NULL ORDER BY COALESCE(d.published, d.ingested_at), d.id",
    )?;
    let rows: Vec<(String, u32, i64, String)> = st
        .query_map(params![id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<std::result::Result<_, _>>()?;
    let mut sources: Vec<&str> = Vec::new();
    for r in &rows {
        if !sources.contains(&r.3.as_str()) {
            sources.push(&r.3);
        }
    }
    let sources = sources.join("\u{1f}");
    if rows.is_empty() {
        tx.execute("DELETE FROM event_parties WHERE event_id = ?1", params![id])?;
        tx.execute("DELETE FROM events WHERE id = ?1", params![id])?;
        return Ok(());
    }
    let events: Vec<(Event, u32, i64)> = rows
        .iter()
        .filter_map(|(j, f, d, _)| serde_json::from_str::<Event>(j).ok().map(|e| (e, *f, *d)))
        .collect();
    // Each report's toll is its own (the sum of its mentions); the event's range is across reports.
    let mut per_report: Vec<(i64, u32)> = Vec::new();
    for (e, f, d) in &events {
        let counted = e.casualties.iter().any(|c| {
            matches!(
                c.outcome,
                marsad_model::Outcome::Killed | marsad_model::Outcome::Executed
            ) && c.count.best.is_some()
        });
        if !counted {
            continue;
        }
        match per_report.iter_mut().find(|(x, _)| x == d) {
            Some(p) => p.1 += f,
            None => per_report.push((*d, *f)),
        }
    }
    let with_deaths: Vec<u32> = per_report.iter().map(|(_, f)| *f).collect();
    let low = with_deaths.iter().copied().min().unwrap_or(0);
    let high = with_deaths.iter().copied().max().unwrap_or(0);
    let best = with_deaths.last().copied().unwrap_or(0);
    let mut parties: Vec<Party> = events
        .iter()
        .flat_map(|(e, _, _)| e.actors.iter().map(|a| a.party))
        .collect();
    parties.sort();
    parties.dedup();
    let precise = events
        .iter()
        .filter_map(|(e, _, _)| e.location.as_ref())
        .min_by_key(|l| l.precision);
    let kind = if events.iter().any(|(e, _, _)| e.kind == EventKind::Incident) {
        "incident"
    } else {
        "report_of_earlier"
    };
    tx.prepare_cached(
        "UPDATE events SET fatalities=?2, fatalities_low=?3, fatalities_best=?4, fatalities_high=?5, mentions=?6, parties=?7, kind=?8,
         location_name=COALESCE(?9, location_name), pcode=COALESCE(?10, pcode), lat=COALESCE(?11, lat), lon=COALESCE(?12, lon),
         geo_precision=COALESCE(?13, geo_precision), admin1=COALESCE(?14, admin1), admin1_pcode=COALESCE(?15, admin1_pcode), sources=?16 WHERE id=?1",
    )?
    .execute(params![
        id,
        low,
        low,
        best,
        high,
        {
            let mut docs: Vec<i64> = events.iter().map(|x| x.2).collect();
            docs.dedup();
            docs.len() as i64
        },
        parties.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(","),
        kind,
        precise.map(|l| l.name.clone()),
        precise.and_then(|l| l.pcode.clone()),
        precise.and_then(|l| l.lat),
        precise.and_then(|l| l.lon),
        precise.map(|l| l.precision),
        precise.and_then(|l| l.admin1.clone()),
        precise.and_then(|l| l.admin1_pcode.clone()),
        sources,
    ])?;
    tx.prepare_cached("DELETE FROM event_parties WHERE event_id = ?1")?
        .execute(params![id])?;
    let admin1: String = tx
        .prepare_cached("SELECT COALESCE(admin1_pcode, '') FROM events WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))?;
    for p in &parties {
        tx.prepare_cached("INSERT OR IGNORE INTO event_parties(party, admin1_pcode, event_id) VALUES (?1, ?2, ?3)")?.execute(params![p.as_str(), admin1, id])?;
    }
    Ok(())
}

fn store_document(
    tx: &Transaction<'_>,
    doc: &Document,
    x: &Extraction,
    source: &str,
) -> Result<Outcome> {
    let source = doc.source.as_deref().unwrap_or(source);
    let hash = content_hash(&doc.text);
    let exists: Option<i64> = tx
        .prepare_cached("SELECT id FROM documents WHERE source=?1 AND content_hash=?2")?
        .query_row(params![source, hash], |r| r.get(0))
        .optional()?;
    if exists.is_some() {
        return Ok(Outcome::Unchanged);
    }
    let previous: Option<i64> = tx
        .prepare_cached("SELECT id FROM documents WHERE source=?1 AND doc_key=?2 AND superseded_by IS NULL ORDER BY id DESC LIMIT 1")?
        .query_row(params![source, doc.id], |r| r.get(0))
        .optional()?;
    tx.prepare_cached("INSERT INTO documents(source, doc_key, content_hash, title, published, published_basis, text) VALUES (?1,?2,?3,?4,?5,?6,?7)")?
        .execute(params![
            source,
            doc.id,
            hash,
            x.title.clone().or(doc.title.clone()),
            d2s(x.published.date.or(x.published.not_before)),
            serde_json::to_value(x.published.basis)?.as_str().unwrap_or("unknown").to_string(),
            doc.text,
        ])?;
    let doc_id = tx.last_insert_rowid();
    let outcome = if let Some(old) = previous {
        // The corrected version replaces the old one; the old one stays in history.
        tx.execute(
            "UPDATE documents SET superseded_by=?1 WHERE id=?2",
            params![doc_id, old],
        )?;
        let touched: Vec<i64> = tx
            .prepare_cached("SELECT DISTINCT event_id FROM mentions WHERE document_id=?1 AND event_id IS NOT NULL")?
            .query_map(params![old], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        tx.execute(
            "UPDATE mentions SET event_id=NULL WHERE document_id=?1",
            params![old],
        )?;
        for e in touched {
            refresh_event(tx, e)?;
        }
        Outcome::Superseded
    } else {
        Outcome::Added
    };
    for e in &x.events {
        let p = Profile::of(e);
        let mut best: Option<(f64, i64, String)> = None;
        for (id, cand, _) in candidates(tx, &p)? {
            let d = compare(&p, &cand);
            if d.same && best.as_ref().is_none_or(|b| d.score > b.0) {
                best = Some((d.score, id, d.reasons.join("; ")));
            }
        }
        let (event_id, reason) = match best {
            Some((_, id, why)) => (id, format!("linked: {why}")),
            None => (
                insert_event(tx, e)?,
                "first report of this event".to_string(),
            ),
        };
        tx.prepare_cached("INSERT INTO mentions(document_id, event_id, extracted_id, record, fatalities, link_reason) VALUES (?1,?2,?3,?4,?5,?6)")?
            .execute(params![doc_id, event_id, e.id, serde_json::to_string(e)?, e.fatalities, reason])?;
        refresh_event(tx, event_id)?;
    }
    for t in &x.tallies {
        tx.prepare_cached(
            "INSERT INTO tallies(document_id, series_key, outcome, party, count_best, qualifier, since, until, regions, reported, record) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
        )?
        .execute(params![
            doc_id,
            series_key(t),
            t.outcome.as_str(),
            t.party.as_str(),
            t.count.best,
            t.count.qualifier.as_str(),
            d2s(t.since),
            d2s(t.until),
            t.regions.join("+"),
            d2s(x.published.date.or(x.published.not_before)),
            serde_json::to_string(t)?,
        ])?;
    }
    for w in &x.warnings {
        tx.prepare_cached("INSERT INTO warnings(document_id, code, message, span_start, span_end) VALUES (?1,?2,?3,?4,?5)")?
            .execute(params![doc_id, w.code, w.message, w.span.map(|s| s.0 as i64), w.span.map(|s| s.1 as i64)])?;
    }
    Ok(outcome)
}

const EVENT_COLUMNS: &str = "e.id, e.kind, e.event_type, e.sub_event_type, e.date_start, e.date_end, e.date_precision, e.location_name, e.pcode, e.admin1, e.admin1_pcode, e.lat, e.lon, e.geo_precision, e.parties, e.actor1, e.actor2, e.fatalities, e.fatalities_low, e.fatalities_best, e.fatalities_high, e.mentions,
    e.sources";

fn event_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
    let parties: String = r.get(14)?;
    Ok(StoredEvent {
        id: r.get(0)?,
        kind: r.get(1)?,
        event_type: r.get(2)?,
        sub_event_type: r.get(3)?,
        date_start: r.get(4)?,
        date_end: r.get(5)?,
        date_precision: r.get(6)?,
        location_name: r.get(7)?,
        pcode: r.get(8)?,
        admin1: r.get(9)?,
        admin1_pcode: r.get(10)?,
        lat: r.get(11)?,
        lon: r.get(12)?,
        geo_precision: r.get(13)?,
        parties: parties
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        actor1: r.get(15)?,
        actor2: r.get(16)?,
        fatalities: r.get(17)?,
        fatalities_low: r.get(18)?,
        fatalities_best: r.get(19)?,
        fatalities_high: r.get(20)?,
        mentions: r.get(21)?,
        documents: r
            .get::<_, String>(22)?
            .split('\u{1f}')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
    })
}

impl SqliteStore {
    /// Records a token's hash (the token itself is never stored).
    pub fn add_token_hash(&self, hash: &str, label: Option<&str>) -> Result<()> {
        self.conn.execute(
            "INSERT INTO tokens(hash, label) VALUES (?1, ?2)",
            params![hash, label],
        )?;
        Ok(())
    }

    pub fn has_token_hash(&self, hash: &str) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT COUNT(*) FROM tokens WHERE hash=?1",
            params![hash],
            |r| r.get::<_, i64>(0),
        )? > 0)
    }
}

impl Store for SqliteStore {
    fn ingest_batch(
        &mut self,
        batch: &[(Document, Extraction)],
        source: &str,
    ) -> Result<Vec<Outcome>> {
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(batch.len());
        for (doc, x) in batch {
            out.push(store_document(&tx, doc, x, source)?);
        }
        tx.commit()?;
        // Keep the planner's statistics current as the tables grow.
        self.conn.execute_batch("PRAGMA optimize")?;
        Ok(out)
    }

    fn record_rejected(&mut self, source: &str, problem: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO rejected(source, problem) VALUES (?1, ?2)",
            params![source, problem],
        )?;
        Ok(())
    }

    fn events(&self, q: &EventQuery) -> Result<Vec<StoredEvent>> {
        let mut args: Vec<Box<dyn rusqlite::ToSql>> = Vec::new();
        // A party filter walks that party's (governorate's) events in id order.
        let (mut sql, order) = match (q.party, &q.admin1_pcode) {
            (Some(p), Some(a)) => {
                args.push(Box::new(p.as_str().to_string()));
                args.push(Box::new(a.clone()));
                (format!("SELECT {EVENT_COLUMNS} FROM event_parties p JOIN events e ON e.id = p.event_id WHERE p.party = ? AND p.admin1_pcode = ?"), "p.event_id")
            }
            (Some(p), None) => {
                args.push(Box::new(p.as_str().to_string()));
                (format!("SELECT {EVENT_COLUMNS} FROM event_parties p INDEXED BY event_parties_party JOIN events e ON e.id = p.event_id WHERE p.party = ?"), "p.event_id")
            }
            _ => (
                format!("SELECT {EVENT_COLUMNS} FROM events e WHERE 1=1"),
                "e.id",
            ),
        };
        if !q.include_earlier {
            sql += " AND e.kind = 'incident'";
        }
        if let Some(d) = q.since {
            sql += " AND e.date_start >= ?";
            args.push(Box::new(d.to_string()));
        }
        if let Some(d) = q.until {
            sql += " AND e.date_start <= ?";
            args.push(Box::new(d.to_string()));
        }
        if let Some(a) = &q.admin1_pcode {
            sql += " AND e.admin1_pcode = ?";
            args.push(Box::new(a.clone()));
        }
        if let Some(t) = &q.event_type {
            sql += " AND (e.event_type = ? OR e.sub_event_type = ?)";
            args.push(Box::new(t.clone()));
            args.push(Box::new(t.clone()));
        }
        if let Some(m) = q.min_fatalities {
            sql += " AND e.fatalities >= ?";
            args.push(Box::new(m));
        }
        if let Some((x0, y0, x1, y1)) = q.bbox {
            sql += " AND e.lon BETWEEN ? AND ? AND e.lat BETWEEN ? AND ?";
            args.extend([
                Box::new(x0) as Box<dyn rusqlite::ToSql>,
                Box::new(x1),
                Box::new(y0),
                Box::new(y1),
            ]);
        }
        if let Some(c) = q.after_id {
            sql += &format!(" AND {order} > ?");
            args.push(Box::new(c));
        }
        sql += &format!(" ORDER BY {order}");
        if let Some(l) = q.limit {
            sql += &format!(" LIMIT {l}");
        }
        let mut st = self.conn.prepare_cached(&sql)?;
        let refs: Vec<&dyn rusqlite::ToSql> = args.iter().map(|b| b.as_ref()).collect();
        let v: Vec<StoredEvent> = st
            .query_map(refs.as_slice(), event_row)?
            .collect::<std::result::Result<_, _>>()?;
        Ok(v)
    }

    fn event(&self, id: i64) -> Result<Option<EventDetail>> {
        let Some(event) = self
            .conn
            .query_row(
                &format!("SELECT {EVENT_COLUMNS} FROM events e WHERE e.id=?1"),
                params![id],
                event_row,
            )
            .optional()?
        else {
            return Ok(None);
        };
        let mut st = self.conn.prepare(
            "SELECT d.source || ':' || d.doc_key, d.id, m.link_reason, m.fatalities, m.record, d.text FROM mentions m JOIN documents d ON d.id=m.document_id
             WHERE m.event_id=?1 ORDER BY m.id",
        )?;
        let mentions = st
            .query_map(params![id], |r| {
                let record: String = r.get(4)?;
                let text: String = r.get(5)?;
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, record, text))
            })?
            .collect::<std::result::Result<Vec<(String, i64, String, u32, String, String)>, _>>()?
            .into_iter()
            .filter_map(
                |(document, document_id, link_reason, fatalities, record, text)| {
                    let record: Event = serde_json::from_str(&record).ok()?;
                    let excerpts = record
                        .spans
                        .iter()
                        .filter_map(|s| text.get(s.0..s.1).map(str::to_string))
                        .collect();
                    Some(Mention {
                        document,
                        document_id,
                        link_reason,
                        fatalities,
                        record,
                        excerpts,
                    })
                },
            )
            .collect();
        Ok(Some(EventDetail { event, mentions }))
    }

    fn document(&self, id: i64) -> Result<Option<StoredDocument>> {
        let doc = self
            .conn
            .query_row("SELECT id, source, doc_key, title, published, text, superseded_by FROM documents WHERE id=?1", params![id], |r| {
                Ok(StoredDocument {
                    id: r.get(0)?,
                    source: r.get(1)?,
                    key: r.get(2)?,
                    title: r.get(3)?,
                    published: r.get(4)?,
                    text: r.get(5)?,
                    superseded_by: r.get(6)?,
                    history: vec![],
                })
            })
            .optional()?;
        let Some(mut doc) = doc else { return Ok(None) };
        let mut st = self
            .conn
            .prepare("SELECT id FROM documents WHERE source=?1 AND doc_key=?2 ORDER BY id")?;
        doc.history = st
            .query_map(params![doc.source, doc.key], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?;
        Ok(Some(doc))
    }

    fn tallies(&self) -> Result<Vec<TallySeries>> {
        let mut st = self.conn.prepare(
            "SELECT t.series_key, t.outcome, t.party, t.since, t.regions, d.source || ':' || d.doc_key, t.reported, t.count_best, t.qualifier, t.record
             FROM tallies t JOIN documents d ON d.id=t.document_id WHERE d.superseded_by IS NULL ORDER BY t.series_key, t.reported, t.id",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<String>>(6)?,
                r.get::<_, Option<u32>>(7)?,
                r.get::<_, String>(8)?,
                r.get::<_, String>(9)?,
            ))
        })?;
        let mut out: Vec<TallySeries> = Vec::new();
        for row in rows {
            let (key, outcome, party, since, regions, document, reported, count, qualifier, record) =
                row?;
            let record: Tally = serde_json::from_str(&record)?;
            if out.last().is_none_or(|s| s.key != key) {
                out.push(TallySeries {
                    key: key.clone(),
                    outcome,
                    party,
                    since,
                    regions: regions
                        .split('+')
                        .filter(|s| !s.is_empty())
                        .map(str::to_string)
                        .collect(),
                    points: vec![],
                    flags: vec![],
                });
            }
            let s = out.last_mut().expect("pushed");
            s.points.push(TallyPoint {
                document,
                reported,
                count,
                qualifier,
                record,
            });
        }
        for s in &mut out {
            for w in s.points.windows(2) {
                if let (Some(a), Some(b)) = (w[0].count, w[1].count) {
                    if b < a {
                        s.flags.push(format!(
                            "went down from {a} ({}, {}) to {b} ({}, {})",
                            w[0].document,
                            w[0].reported.as_deref().unwrap_or("?"),
                            w[1].document,
                            w[1].reported.as_deref().unwrap_or("?")
                        ));
                    }
                }
            }
            for p in &s.points {
                for part in &p.record.parts {
                    if let (Some(pc), Some(wc)) = (part.count.best, p.count) {
                        if pc > wc {
                            s.flags.push(format!(
                                "part {pc} {} exceeds the whole {wc} ({})",
                                part.subgroup, p.document
                            ));
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    fn stats(&self) -> Result<Stats> {
        let one = |sql: &str| -> Result<u64> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as u64)
        };
        let mut s = Stats {
            documents: one("SELECT COUNT(*) FROM documents WHERE superseded_by IS NULL")?,
            superseded: one("SELECT COUNT(*) FROM documents WHERE superseded_by IS NOT NULL")?,
            events: one("SELECT COUNT(*) FROM events WHERE kind='incident'")?,
            mentions: one("SELECT COUNT(*) FROM mentions WHERE event_id IS NOT NULL")?,
            fatalities: one(
                "SELECT COALESCE(SUM(fatalities),0) FROM events WHERE kind='incident'",
            )?,
            tallies: one("SELECT COUNT(*) FROM tallies")?,
            rejected: one("SELECT COUNT(*) FROM rejected")?,
            ..Stats::default()
        };
        let (a, b): (Option<String>, Option<String>) = self.conn.query_row(
            "SELECT MIN(date_start), MAX(date_start) FROM events WHERE kind='incident'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        s.first_date = a;
        s.last_date = b;
        let pairs = |sql: &str| -> Result<Vec<(String, u64)>> {
            let mut st = self.conn.prepare(sql)?;
            let v = st.query_map([], |r| {
                Ok((
                    r.get::<_, Option<String>>(0)?
                        .unwrap_or_else(|| "unknown".into()),
                    r.get::<_, i64>(1)? as u64,
                ))
            })?;
            Ok(v.collect::<std::result::Result<_, _>>()?)
        };
        s.by_type = pairs("SELECT event_type, COUNT(*) FROM events WHERE kind='incident' GROUP BY 1 ORDER BY 2 DESC")?;
        s.by_admin1 = pairs("SELECT admin1_pcode, COUNT(*) FROM events WHERE kind='incident' GROUP BY 1 ORDER BY 2 DESC")?;
        Ok(s)
    }
}
