//! Scoring against `shared/gold/seeds.gold.json` by its README's rules: a figure is
//! found when the extractor gives the same (incident or tally, outcome, party,
//! count); `optional` entries are neither required nor penalised; a place is found
//! when the incident resolves to one of its P-codes or within 5 km of one.

use crate::{Prf, Share};
use anyhow::Context;
use marsad_extract::Extractor;
use marsad_model::{Date, Document, Event, Extraction};
use marsad_places::distance_km;
use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Deserialize)]
pub struct GoldFile {
    pub documents: Vec<GoldDoc>,
}

#[derive(Deserialize)]
pub struct GoldDoc {
    pub file: String,
    pub published: Option<GoldPublished>,
    #[serde(default)]
    pub incidents: Vec<GoldIncident>,
    #[serde(default)]
    pub tallies: Vec<GoldFigure>,
}

#[derive(Deserialize)]
pub struct GoldPublished {
    pub date: Option<String>,
    pub not_before: Option<String>,
    pub not_after: Option<String>,
}

#[derive(Deserialize)]
pub struct GoldIncident {
    pub id: String,
    #[serde(default)]
    pub kind: Option<String>,
    pub place: Option<String>,
    #[serde(default)]
    pub pcodes: Vec<String>,
    pub admin1: Option<String>,
    pub date: Option<String>,
    pub event_type: String,
    pub sub_event_type: String,
    #[serde(default)]
    pub casualties: Vec<GoldFigure>,
}

#[derive(Deserialize, Clone)]
pub struct GoldFigure {
    pub outcome: String,
    pub party: String,
    pub count: Option<u32>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Serialize, Default)]
pub struct DocScore {
    pub file: String,
    pub incident_figures: Prf,
    pub tally_figures: Prf,
    pub places: Share,
    pub admin1: Share,
    pub dates: Share,
    pub event_types: Share,
    pub sub_event_types: Share,
    pub published: Option<bool>,
    pub misses: Vec<String>,
}

#[derive(Serialize, Default)]
pub struct GoldReport {
    pub documents: Vec<DocScore>,
    pub incident_figures: Prf,
    pub tally_figures: Prf,
    pub all_figures: Prf,
    pub places: Share,
    pub admin1: Share,
    pub dates: Share,
    pub event_types: Share,
    pub sub_event_types: Share,
    pub published: Share,
}

type Key = (String, String, Option<u32>);

fn key_of(g: &GoldFigure) -> Key {
    (g.outcome.clone(), g.party.clone(), g.count)
}

/// Multiset matching of figure keys with optional gold entries.
fn match_figures(gold: &[GoldFigure], got: &[Key], label: &str, misses: &mut Vec<String>) -> Prf {
    let mut got: Vec<Option<&Key>> = got.iter().map(Some).collect();
    let mut tp = 0;
    let mut fn_ = 0;
    // Required entries first, so an optional one cannot take a required one's match.
    let mut order: Vec<&GoldFigure> = gold.iter().filter(|g| !g.optional).collect();
    order.extend(gold.iter().filter(|g| g.optional));
    for g in order {
        let k = key_of(g);
        match got.iter().position(|x| x.is_some_and(|x| *x == k)) {
            Some(i) => {
                got[i] = None;
                if !g.optional {
                    tp += 1;
                }
            }
            None if !g.optional => {
                fn_ += 1;
                misses.push(format!("missed {label} {} {} {:?}", k.0, k.1, k.2));
            }
            None => {}
        }
    }
    let fp = got.iter().flatten().count();
    for k in got.iter().flatten() {
        misses.push(format!("extra  {label} {} {} {:?}", k.0, k.1, k.2));
    }
    Prf::new(tp, fp, fn_)
}

fn event_keys(e: &Event) -> Vec<Key> {
    e.casualties
        .iter()
        .filter(|c| c.subgroup.as_deref() != Some("total"))
        .map(|c| (c.outcome.to_string(), c.party.to_string(), c.count.best))
        .collect()
}

/// How well an extracted event fits a gold incident (for pairing them up).
fn affinity(g: &GoldIncident, e: &Event) -> i32 {
    let keys = event_keys(e);
    let shared = g
        .casualties
        .iter()
        .filter(|c| keys.contains(&key_of(c)))
        .count() as i32;
    let place = e
        .location
        .as_ref()
        .and_then(|l| l.pcode.as_ref())
        .is_some_and(|p| g.pcodes.contains(p)) as i32;
    let sub = (e.sub_event_type.as_str() == g.sub_event_type) as i32;
    let kind = (g.kind.as_deref().unwrap_or("incident")
        == if e.kind == marsad_model::EventKind::Incident {
            "incident"
        } else {
            "report_of_earlier"
        }) as i32;
    shared * 4 + place * 2 + sub + kind
}

pub fn score_document(gold: &GoldDoc, x: &Extraction, gaz: &marsad_places::Gazetteer) -> DocScore {
    let mut s = DocScore {
        file: gold.file.clone(),
        ..Default::default()
    };
    let gold_inc: Vec<GoldFigure> = gold
        .incidents
        .iter()
        .flat_map(|i| i.casualties.iter().cloned())
        .collect();
    let got_inc: Vec<Key> = x.events.iter().flat_map(event_keys).collect();
    s.incident_figures = match_figures(&gold_inc, &got_inc, "incident", &mut s.misses);
    let got_tal: Vec<Key> = x
        .tallies
        .iter()
        .map(|t| (t.outcome.to_string(), t.party.to_string(), t.count.best))
        .collect();
    s.tally_figures = match_figures(&gold.tallies, &got_tal, "tally", &mut s.misses);

    // Pair gold incidents with extracted events, best fits first.
    let mut pairs: Vec<(i32, usize, usize)> = Vec::new();
    for (gi, g) in gold.incidents.iter().enumerate() {
        for (ei, e) in x.events.iter().enumerate() {
            pairs.push((affinity(g, e), gi, ei));
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0));
    let mut gold_used = vec![None; gold.incidents.len()];
    let mut ev_used = vec![false; x.events.len()];
    for (a, gi, ei) in pairs {
        if a > 0 && gold_used[gi].is_none() && !ev_used[ei] {
            gold_used[gi] = Some(ei);
            ev_used[ei] = true;
        }
    }
    let (mut places, mut places_n, mut adm, mut adm_n, mut dates, mut dates_n, mut et, mut st) =
        (0, 0, 0, 0, 0, 0, 0, 0);
    for (gi, g) in gold.incidents.iter().enumerate() {
        let e = gold_used[gi].map(|i| &x.events[i]);
        if e.is_none() {
            s.misses
                .push(format!("no event for gold incident {}", g.id));
        }
        if let Some(e) = e {
            if e.event_type.as_str() == g.event_type {
                et += 1;
            }
            if e.sub_event_type.as_str() == g.sub_event_type {
                st += 1;
            } else {
                s.misses.push(format!(
                    "{}: sub-event {} (gold {})",
                    g.id, e.sub_event_type, g.sub_event_type
                ));
            }
        }
        let loc = e.and_then(|e| e.location.as_ref());
        if !g.pcodes.is_empty() {
            places_n += 1;
            let found = loc.is_some_and(|l| {
                l.pcode.as_ref().is_some_and(|p| g.pcodes.contains(p))
                    || g.pcodes.iter().filter_map(|p| gaz.by_pcode(p)).any(|p| {
                        l.lat
                            .zip(l.lon)
                            .is_some_and(|pt| distance_km(pt, (p.lat, p.lon)) <= 5.0)
                    })
            });
            if found {
                places += 1;
            } else {
                s.misses.push(format!(
                    "{}: place {:?} (gold {:?} {:?})",
                    g.id,
                    loc.map(|l| &l.name),
                    g.place,
                    g.pcodes
                ));
            }
        }
        if let Some(a1) = &g.admin1 {
            adm_n += 1;
            let want = gaz.governorate_named(a1).and_then(|p| p.pcode.clone());
            if loc.is_some_and(|l| l.admin1_pcode.is_some() && l.admin1_pcode == want) {
                adm += 1;
            }
        }
        if let Some(d) = &g.date {
            dates_n += 1;
            if e.and_then(|e| e.date.start)
                .is_some_and(|s| s.to_string().starts_with(d.as_str()))
            {
                dates += 1;
            } else {
                s.misses.push(format!(
                    "{}: date {:?} (gold {d})",
                    g.id,
                    e.map(|e| e.date.start)
                ));
            }
        }
    }
    let n = gold.incidents.len();
    s.places = Share::new(places, places_n);
    s.admin1 = Share::new(adm, adm_n);
    s.dates = Share::new(dates, dates_n);
    s.event_types = Share::new(et, n);
    s.sub_event_types = Share::new(st, n);
    s.published = gold.published.as_ref().map(|p| {
        let got = x.published.date.or(x.published.not_before);
        let parse = |o: &Option<String>| o.as_deref().and_then(Date::parse_iso);
        match (
            parse(&p.date),
            parse(&p.not_before),
            parse(&p.not_after),
            got,
        ) {
            (Some(d), _, _, Some(g)) => d == g,
            (None, lo, hi, Some(g)) => lo.is_none_or(|lo| g >= lo) && hi.is_none_or(|hi| g <= hi),
            _ => false,
        }
    });
    s
}

pub fn evaluate(ex: &Extractor<'_>, gold_path: &Path, seeds: &Path) -> anyhow::Result<GoldReport> {
    let text = std::fs::read_to_string(gold_path)
        .with_context(|| format!("reading {}", gold_path.display()))?;
    let gold: GoldFile =
        serde_json::from_str(&text).with_context(|| format!("parsing {}", gold_path.display()))?;
    let mut r = GoldReport::default();
    let mut published = (0, 0);
    for g in &gold.documents {
        let path = seeds.join(&g.file);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading seed {}", path.display()))?;
        let doc = Document {
            id: g.file.trim_end_matches(".txt").to_string(),
            text,
            title: None,
            published: None,
            source: None,
        };
        let x = ex.extract(&doc);
        let s = score_document(g, &x, ex.gazetteer);
        r.incident_figures = r.incident_figures.add(s.incident_figures);
        r.tally_figures = r.tally_figures.add(s.tally_figures);
        let add = |a: Share, b: Share| Share::new(a.hits + b.hits, a.total + b.total);
        r.places = add(r.places, s.places);
        r.admin1 = add(r.admin1, s.admin1);
        r.dates = add(r.dates, s.dates);
        r.event_types = add(r.event_types, s.event_types);
        r.sub_event_types = add(r.sub_event_types, s.sub_event_types);
        if let Some(p) = s.published {
            published.1 += 1;
            published.0 += p as usize;
        }
        r.documents.push(s);
    }
    r.all_figures = r.incident_figures.add(r.tally_figures);
    r.published = Share::new(published.0, published.1);
    Ok(r)
}

impl GoldReport {
    pub fn render(&self) -> String {
        let mut s = String::from("Gold seeds\n");
        for d in &self.documents {
            s += &format!("  {}\n", d.file);
            s += &format!("    incident figures  {}\n", d.incident_figures.line());
            s += &format!("    tally figures     {}\n", d.tally_figures.line());
            s += &format!(
                "    places {}  admin1 {}  dates {}  types {}  sub-types {}  published {}\n",
                d.places.line(),
                d.admin1.line(),
                d.dates.line(),
                d.event_types.line(),
                d.sub_event_types.line(),
                d.published.map_or("-".to_string(), |b| if b {
                    "ok".into()
                } else {
                    "wrong".into()
                })
            );
            for m in &d.misses {
                s += &format!("      {m}\n");
            }
        }
        s += "  overall\n";
        s += &format!("    incident figures  {}\n", self.incident_figures.line());
        s += &format!("    tally figures     {}\n", self.tally_figures.line());
        s += &format!("    all figures       {}\n", self.all_figures.line());
        s += &format!("    places found      {}\n", self.places.line());
        s += &format!("    governorates      {}\n", self.admin1.line());
        s += &format!("    dates             {}\n", self.dates.line());
        s += &format!("    event types       {}\n", self.event_types.line());
        s += &format!("    sub-event types   {}\n", self.sub_event_types.line());
        s += &format!("    report dates      {}\n", self.published.line());
        s
    }
}
