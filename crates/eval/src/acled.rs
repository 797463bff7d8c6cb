//! ACLED's development set: each row's coder's `notes` extracted with
//! `event_date` as the report date, then compared with what the coder coded.

use crate::Share;
use anyhow::Context;
use marsad_extract::Extractor;
use marsad_model::{Date, Document, EventKind, Extraction, Party, Role};
use marsad_places::distance_km;
use rayon::prelude::*;
use serde::Serialize;
use std::path::Path;

#[derive(Clone, Debug, serde::Deserialize)]
pub struct Row {
    pub event_id_cnty: String,
    pub event_date: String,
    pub sub_event_type: String,
    pub actor1: String,
    #[serde(default)]
    pub assoc_actor_1: String,
    pub actor2: String,
    #[serde(default)]
    pub assoc_actor_2: String,
    pub admin1: String,
    pub location: String,
    pub latitude: f64,
    pub longitude: f64,
    pub geo_precision: u8,
    pub notes: String,
    pub fatalities: u32,
}

/// The party an ACLED actor name maps to, by `data/acled_actors.tsv`.
pub fn party_of(actor: &str) -> Option<Party> {
    if actor.trim().is_empty() {
        return None;
    }
    let a = actor.to_lowercase();
    include_str!("../data/acled_actors.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .find(|(sub, _)| a.contains(&sub.to_lowercase()))
        .and_then(|(_, p)| Party::parse(p.trim()))
}

/// ACLED's "02 June 2023".
pub fn parse_acled_date(s: &str) -> Option<Date> {
    let mut it = s.split_whitespace();
    let d: u8 = it.next()?.parse().ok()?;
    let m = it.next()?;
    let y: i32 = it.next()?.parse().ok()?;
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let m = months.iter().position(|x| x.eq_ignore_ascii_case(m))? as u8 + 1;
    Date::new(y, m, d)
}

/// Whether the coder says the toll was set by convention rather than read from the text.
fn coder_set(notes: &str) -> bool {
    [
        "coded as",
        "coded to",
        "coded at",
        "fatalities coded",
        "coded 1",
        "coded 2",
        "coded 3",
        "coded 4",
        "coded 5",
        "coded 6",
        "coded 7",
        "coded 8",
        "coded 9",
        "distributed",
        "split across",
        "split between",
        "split over",
        "spread across",
        "spread evenly",
        "spread over",
        "allocated",
        "assumed",
        "divided",
    ]
    .iter()
    .any(|k| notes.contains(k))
}

#[derive(Serialize, Default)]
pub struct AcledReport {
    pub rows: usize,
    pub event_found: Share,
    pub sub_event_type: Share,
    pub both_actors: Share,
    /// The main event's first actor is ACLED's actor1 (as a party).
    pub actor1: Share,
    pub fatalities_exact: Share,
    /// Leaving out every toll the coder set or split by hand, not only "coded as".
    pub fatalities_exact_text_tolls: Share,
    pub within_10km: Share,
    pub governorate: Share,
    pub geo_precision: Share,
    #[serde(skip)]
    pub misses: Vec<(String, String)>,
}

struct RowScore {
    found: bool,
    sub: bool,
    actors: bool,
    actor1: Option<bool>,
    fatal: Option<bool>,
    fatal_text: Option<bool>,
    near: Option<bool>,
    gov: Option<bool>,
    prec: Option<bool>,
    misses: Vec<(String, String)>,
}

fn score_row(ex: &Extractor<'_>, row: &Row) -> RowScore {
    let doc = Document {
        id: row.event_id_cnty.clone(),
        text: row.notes.clone(),
        title: None,
        published: parse_acled_date(&row.event_date),
        source: None,
    };
    let x: Extraction = ex.extract(&doc);
    let inc: Vec<_> = x
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Incident)
        .collect();
    let main = inc.first().copied().or(x.events.first());
    let mut misses = Vec::new();
    let found = main.is_some();
    if !found {
        misses.push((
            "no_event".into(),
            format!("{} | {}", row.event_id_cnty, row.notes),
        ));
    }
    let sub = main.is_some_and(|e| e.sub_event_type.acled_name() == row.sub_event_type.trim());
    if found && !sub {
        misses.push((
            "sub_event".into(),
            format!(
                "{} got {} | {}",
                row.sub_event_type,
                main.map_or("-", |e| e.sub_event_type.as_str()),
                row.notes
            ),
        ));
    }
    let parties: Vec<Party> = x
        .events
        .iter()
        .flat_map(|e| e.actors.iter().map(|a| a.party))
        .collect();
    let want: Vec<Party> = [&row.actor1, &row.actor2]
        .iter()
        .filter_map(|a| party_of(a))
        .collect();
    let actors = want.iter().all(|p| parties.contains(p));
    // Who acted: the main event's first actor against ACLED's actor1.
    let actor1 = party_of(&row.actor1).map(|want| {
        main.and_then(|e| e.actors.iter().find(|a| a.role == Role::Actor1))
            .is_some_and(|a| a.party == want)
    });
    if !actors {
        misses.push((
            "actors".into(),
            format!(
                "want {:?} got {:?} ({} / {}) | {}",
                want, parties, row.actor1, row.actor2, row.notes
            ),
        ));
    }
    let notes = row.notes.to_lowercase();
    let coded_as = notes.contains("coded as");
    let got: u32 = inc.iter().map(|e| e.fatalities).sum();
    let fatal = (!coded_as).then(|| {
        if got != row.fatalities && !coder_set(&notes) {
            misses.push((
                "fatalities".into(),
                format!("want {} got {} | {}", row.fatalities, got, row.notes),
            ));
        }
        got == row.fatalities
    });
    // The same, also leaving out tolls the coder says were set or split by hand
    // ("coded to 10", "distributed over three locations", "assumed").
    let fatal_text = (!coder_set(&notes)).then_some(got == row.fatalities);
    let loc = main.and_then(|e| e.location.as_ref());
    let near = Some(
        loc.and_then(|l| l.lat.zip(l.lon))
            .is_some_and(|pt| distance_km(pt, (row.latitude, row.longitude)) <= 10.0),
    );
    if near == Some(false) {
        misses.push((
            "place".into(),
            format!(
                "want {} ({}) got {:?} | {}",
                row.location,
                row.admin1,
                loc.map(|l| (&l.name, &l.admin1, l.precision)),
                row.notes
            ),
        ));
    }
    let want_gov = ex
        .gazetteer
        .governorate_named(&row.admin1)
        .and_then(|p| p.pcode.clone());
    let gov = want_gov
        .as_ref()
        .map(|w| loc.and_then(|l| l.admin1_pcode.as_ref()) == Some(w));
    let prec = loc
        .map(|l| l.precision == row.geo_precision)
        .or(Some(false));
    RowScore {
        found,
        sub,
        actors,
        actor1,
        fatal,
        fatal_text,
        near,
        gov,
        prec,
        misses,
    }
}

/// The first `limit` rows of a CSV file, each row named in errors by its line.
pub fn read_rows<T: serde::de::DeserializeOwned>(
    path: &Path,
    limit: Option<usize>,
) -> anyhow::Result<Vec<T>> {
    let mut rdr =
        csv::Reader::from_path(path).with_context(|| format!("opening {}", path.display()))?;
    let mut rows = Vec::new();
    for (i, r) in rdr.deserialize::<T>().enumerate() {
        if limit.is_some_and(|l| rows.len() >= l) {
            break;
        }
        rows.push(r.with_context(|| format!("{}: row {}", path.display(), i + 2))?);
    }
    Ok(rows)
}

pub fn evaluate(
    ex: &Extractor<'_>,
    path: &Path,
    limit: Option<usize>,
) -> anyhow::Result<AcledReport> {
    let rows: Vec<Row> = read_rows(path, limit)?;
    let scores: Vec<RowScore> = rows.par_iter().map(|r| score_row(ex, r)).collect();
    let count = |f: &dyn Fn(&RowScore) -> Option<bool>| {
        let v: Vec<bool> = scores.iter().filter_map(f).collect();
        Share::new(v.iter().filter(|b| **b).count(), v.len())
    };
    Ok(AcledReport {
        rows: rows.len(),
        event_found: count(&|s| Some(s.found)),
        sub_event_type: count(&|s| Some(s.sub)),
        both_actors: count(&|s| Some(s.actors)),
        actor1: count(&|s| s.actor1),
        fatalities_exact: count(&|s| s.fatal),
        fatalities_exact_text_tolls: count(&|s| s.fatal_text),
        within_10km: count(&|s| s.near),
        governorate: count(&|s| s.gov),
        geo_precision: count(&|s| s.prec),
        misses: scores.into_iter().flat_map(|s| s.misses).collect(),
    })
}

impl AcledReport {
    pub fn render(&self, misses: usize) -> String {
        let mut s = format!("ACLED development set: {} rows\n", self.rows);
        s += &format!("  event found              {}\n", self.event_found.line());
        s += &format!(
            "  sub-event type accuracy  {}\n",
            self.sub_event_type.line()
        );
        s += &format!("  both actors found        {}\n", self.both_actors.line());
        s += &format!("  actor1 is ACLED's actor1 {}\n", self.actor1.line());
        s += &format!(
            "  fatalities exact         {}   (rows 'coded as' N left out)\n",
            self.fatalities_exact.line()
        );
        s += &format!("  fatalities exact         {}   (also leaving out tolls coded to N, split or assumed)\n", self.fatalities_exact_text_tolls.line());
        s += &format!("  point within 10 km       {}\n", self.within_10km.line());
        s += &format!("  governorate              {}\n", self.governorate.line());
        s += &format!("  geo-precision agreement  {}\n", self.geo_precision.line());
        if misses > 0 {
            for kind in ["no_event", "sub_event", "actors", "fatalities", "place"] {
                let v: Vec<_> = self.misses.iter().filter(|(k, _)| k == kind).collect();
                s += &format!("  -- {} misses ({}), a sample:\n", kind, v.len());
                let step = (v.len() / misses.max(1)).max(1);
                for (_, m) in v.iter().step_by(step).take(misses) {
                    s += &format!("     {m}\n");
                }
            }
        }
        s
    }
}
