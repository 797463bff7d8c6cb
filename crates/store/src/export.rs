//! Exports analysts already use: ACLED-style CSV, UCDP GED-style CSV, GeoJSON and
//! JSON Lines. Every record names the reports it came from, and carries the
//! coordinates' credit line where coordinates are shown.

use crate::{EventQuery, Result, SqliteStore, Store};
use marsad_model::{EventType, Party, SubEventType};
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    AcledCsv,
    UcdpCsv,
    GeoJson,
    Jsonl,
}

impl ExportFormat {
    pub fn parse(s: &str) -> Option<ExportFormat> {
        Some(match s {
            "acled-csv" => ExportFormat::AcledCsv,
            "ucdp-csv" => ExportFormat::UcdpCsv,
            "geojson" => ExportFormat::GeoJson,
            "jsonl" => ExportFormat::Jsonl,
            _ => return None,
        })
    }
}

pub const CREDIT: &str =
    "Coordinates: OCHA Syria COD (CC BY 3.0 IGO), OpenSyria (CC BY 4.0), GeoNames (CC BY 4.0)";

/// ACLED's actor name and interaction code for a party.
fn acled_actor(p: &str) -> (&'static str, u8) {
    match Party::parse(p) {
        Some(Party::Regime) => ("Military Forces of Syria (2000-)", 1),
        Some(Party::Russia) => ("Military Forces of Russia (2000-)", 8),
        Some(Party::Turkey) => ("Military Forces of Turkey (2016-)", 8),
        Some(Party::Israel) => ("Military Forces of Israel (2022-)", 8),
        Some(Party::Coalition) => ("Global Coalition Against Daesh", 8),
        Some(Party::Isis) => ("Islamic State (Syria)", 2),
        Some(Party::Hts) => ("HTS: Hayat Tahrir al Sham", 2),
        Some(Party::Opposition) => ("Opposition Rebels (Syria)", 2),
        Some(Party::TurkishBackedFactions) => ("JWS: Syrian National Army", 2),
        Some(Party::Sdf) => ("QSD: Syrian Democratic Forces", 2),
        Some(Party::IranBacked) => ("Militia (Pro-Iran)", 3),
        Some(Party::Tribal) => ("Unidentified Tribal Militia (Syria)", 4),
        Some(Party::Unknown) => ("Unidentified Armed Group (Syria)", 3),
        Some(Party::Civilians) => ("Civilians (Syria)", 7),
        Some(Party::Detainees) => ("Prisoners (Syria)", 7),
        _ => ("", 0),
    }
}

/// [`acled_actor`] within an event of `event_type`: the civilians of a protest are
/// ACLED's protesters.
fn acled_actor_in(p: &str, event_type: &str) -> (&'static str, u8) {
    match (Party::parse(p), event_type) {
        (Some(Party::Civilians), "protests") => ("Protesters (Syria)", 6),
        _ => acled_actor(p),
    }
}

/// ACLED's name for a stored type or sub-event type; an unknown one as stored.
fn acled_name<T>(
    stored: &str,
    parse: fn(&str) -> Option<T>,
    name: fn(T) -> &'static str,
) -> String {
    parse(stored).map_or_else(|| stored.to_string(), |t| name(t).to_string())
}

fn acled_date(d: &str) -> String {
    let months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let p: Vec<&str> = d.split('-').collect();
    match p.as_slice() {
        [y, m, day] => format!(
            "{day} {} {y}",
            months
                .get(m.parse::<usize>().unwrap_or(1).saturating_sub(1))
                .unwrap_or(&"")
        ),
        _ => d.to_string(),
    }
}

/// Writes the events matching `q` in `format` to `out`.
pub fn export(
    store: &SqliteStore,
    q: &EventQuery,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<usize> {
    let events = store.events(q)?;
    match format {
        ExportFormat::Jsonl => {
            for e in &events {
                serde_json::to_writer(&mut *out, e)?;
                writeln!(out)?;
            }
        }
        ExportFormat::GeoJson => {
            let features: Vec<serde_json::Value> = events
                .iter()
                .filter(|e| e.lat.is_some() && e.lon.is_some())
                .map(|e| {
                    serde_json::json!({
                        "type": "Feature",
                        "id": e.id,
                        "geometry": {"type": "Point", "coordinates": [e.lon, e.lat]},
                        "properties": {
                            "event_id": format!("SYR-M{}", e.id),
                            "event_date": e.date_start, "event_type": e.event_type, "sub_event_type": e.sub_event_type,
                            "location": e.location_name, "pcode": e.pcode, "admin1": e.admin1, "geo_precision": e.geo_precision,
                            "parties": e.parties, "fatalities": e.fatalities, "fatalities_high": e.fatalities_high,
                            "mentions": e.mentions, "sources": e.documents,
                        }
                    })
                })
                .collect();
            serde_json::to_writer(
                &mut *out,
                &serde_json::json!({"type": "FeatureCollection", "attribution": CREDIT, "features": features}),
            )?;
            writeln!(out)?;
        }
        ExportFormat::AcledCsv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record([
                "event_id_cnty",
                "event_date",
                "year",
                "time_precision",
                "disorder_type",
                "event_type",
                "sub_event_type",
                "actor1",
                "assoc_actor_1",
                "inter1",
                "actor2",
                "assoc_actor_2",
                "inter2",
                "interaction",
                "civilian_targeting",
                "iso",
                "region",
                "country",
                "admin1",
                "location",
                "latitude",
                "longitude",
                "geo_precision",
                "source",
                "source_scale",
                "notes",
                "fatalities",
                "tags",
                "timestamp",
            ])?;
            for e in &events {
                let in_event = |p: &str| acled_actor_in(p, &e.event_type);
                let a1 = e.actor1.as_deref().map(in_event).unwrap_or(("", 0));
                let a2 = e.actor2.as_deref().map(in_event).unwrap_or(("", 0));
                let assoc: Vec<&str> = e
                    .parties
                    .iter()
                    .filter(|p| {
                        Some(p.as_str()) != e.actor1.as_deref()
                            && Some(p.as_str()) != e.actor2.as_deref()
                    })
                    .map(|p| acled_actor(p).0)
                    .filter(|s| !s.is_empty())
                    .collect();
                let inter = format!("{}{}", a1.1.min(a2.1.max(a1.1)), a2.1.max(a1.1));
                let date = e.date_start.clone().unwrap_or_default();
                let tp = match e.date_precision.as_deref() {
                    Some("day") => "1",
                    Some("week") => "2",
                    _ => "3",
                };
                let disorder = if e.event_type == "protests" || e.event_type == "riots" {
                    "Demonstrations"
                } else if e.event_type == "strategic_developments" {
                    "Strategic developments"
                } else {
                    "Political violence"
                };
                w.write_record([
                    format!("SYR-M{}", e.id),
                    acled_date(&date),
                    date.get(..4).unwrap_or("").to_string(),
                    tp.to_string(),
                    disorder.to_string(),
                    acled_name(&e.event_type, EventType::parse, EventType::acled_name),
                    acled_name(
                        &e.sub_event_type,
                        SubEventType::parse,
                        SubEventType::acled_name,
                    ),
                    a1.0.to_string(),
                    assoc.join("; "),
                    a1.1.to_string(),
                    a2.0.to_string(),
                    String::new(),
                    a2.1.to_string(),
                    inter,
                    if a2.1 == 7 {
                        "Civilian targeting".into()
                    } else {
                        String::new()
                    },
                    "760".into(),
                    "Middle East".into(),
                    "Syria".into(),
                    e.admin1.clone().unwrap_or_default(),
                    e.location_name.clone().unwrap_or_default(),
                    e.lat.map_or(String::new(), |x| format!("{x:.4}")),
                    e.lon.map_or(String::new(), |x| format!("{x:.4}")),
                    e.geo_precision.map_or(String::new(), |x| x.to_string()),
                    e.documents.join("; "),
                    "Other".into(),
                    format!("Linked from {} report(s) by marsad. {CREDIT}.", e.mentions),
                    e.fatalities.to_string(),
                    String::new(),
                    String::new(),
                ])?;
            }
            w.flush()?;
        }
        ExportFormat::UcdpCsv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record([
                "id",
                "year",
                "type_of_violence",
                "side_a",
                "side_b",
                "source_article",
                "where_coordinates",
                "where_prec",
                "adm_1",
                "latitude",
                "longitude",
                "country",
                "country_id",
                "region",
                "event_clarity",
                "date_prec",
                "date_start",
                "date_end",
                "deaths_a",
                "deaths_b",
                "deaths_civilians",
                "deaths_unknown",
                "best",
                "high",
                "low",
            ])?;
            for e in &events {
                let detail = store.event(e.id)?;
                let (mut da, mut db, mut dc, mut du) = (0u32, 0u32, 0u32, 0u32);
                // Deaths by side from the earliest-linked mention's figures (one report's split).
                if let Some(m) = detail.as_ref().and_then(|d| d.mentions.first()) {
                    for c in m.record.casualties.iter().filter(|c| {
                        matches!(
                            c.outcome,
                            marsad_model::Outcome::Killed | marsad_model::Outcome::Executed
                        )
                    }) {
                        let n = c.count.conservative();
                        let p = c.party.as_str();
                        if c.party == Party::Civilians {
                            dc += n;
                        } else if Some(p) == e.actor1.as_deref() {
                            da += n;
                        } else if Some(p) == e.actor2.as_deref() {
                            db += n;
                        } else {
                            du += n;
                        }
                    }
                }
                let state = |p: &Option<String>| {
                    p.as_deref()
                        .and_then(Party::parse)
                        .is_some_and(|p| p.is_state())
                };
                let tov = if e.actor2.as_deref() == Some("civilians") {
                    3
                } else if state(&e.actor1) || state(&e.actor2) {
                    1
                } else {
                    2
                };
                let where_prec = match e.geo_precision {
                    Some(1) => 1,
                    Some(2) => 2,
                    _ => 4,
                };
                let date_prec = match e.date_precision.as_deref() {
                    Some("day") => 1,
                    Some("week") => 3,
                    Some("month") => 4,
                    _ => 5,
                };
                let date = e.date_start.clone().unwrap_or_default();
                w.write_record([
                    format!("SYR-M{}", e.id),
                    date.get(..4).unwrap_or("").to_string(),
                    tov.to_string(),
                    e.actor1
                        .as_deref()
                        .map(|p| acled_actor_in(p, &e.event_type).0.to_string())
                        .unwrap_or_default(),
                    e.actor2
                        .as_deref()
                        .map(|p| acled_actor_in(p, &e.event_type).0.to_string())
                        .unwrap_or_default(),
                    e.documents.join("; "),
                    e.location_name.clone().unwrap_or_default(),
                    where_prec.to_string(),
                    e.admin1.clone().unwrap_or_default(),
                    e.lat.map_or(String::new(), |x| format!("{x:.4}")),
                    e.lon.map_or(String::new(), |x| format!("{x:.4}")),
                    "Syria".into(),
                    "652".into(),
                    "Middle East".into(),
                    if e.mentions > 1 {
                        "1".into()
                    } else {
                        "2".into()
                    },
                    date_prec.to_string(),
                    date.clone(),
                    e.date_end.clone().unwrap_or(date),
                    da.to_string(),
                    db.to_string(),
                    dc.to_string(),
                    du.to_string(),
                    e.fatalities_best.to_string(),
                    e.fatalities_high.to_string(),
                    e.fatalities_low.to_string(),
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(events.len())
}
