//! Linking, measured on ACLED's development set: every row's notes are a report;
//! then a paraphrase of every `step`-th row is told again the next day ("On 2 June
//! 2023," becomes "Yesterday,", the wording of the clash changes). A good linker
//! merges each retelling into its original's event, and keeps ACLED's distinct
//! events apart.

use crate::acled::{parse_acled_date, Row};
use crate::Share;
use marsad_extract::Extractor;
use marsad_model::Document;
use marsad_store::{SqliteStore, Store};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Serialize, Default)]
pub struct LinkingReport {
    pub rows: usize,
    pub retellings: usize,
    /// Retellings merged into their original's event.
    pub duplicates_merged: Share,
    /// ACLED events (with an event of their own in marsad) that share it with another ACLED event.
    pub distinct_wrongly_merged: Share,
}

/// A retelling of a note as the next day's report would give it.
pub fn paraphrase(notes: &str) -> String {
    let mut t = notes.to_string();
    // "On 2 June 2023, ..." -> "Yesterday, ..."
    if let Some(rest) = t.strip_prefix("On ") {
        if let Some(p) = rest.find(", ") {
            if rest[..p].split_whitespace().count() == 3 {
                t = format!("Yesterday, {}", &rest[p + 2..]);
            }
        }
    }
    for (a, b) in [
        ("clashes took place between", "fighting broke out between"),
        ("clashed with", "fought"),
        ("Clashes", "Fighting"),
    ] {
        t = t.replacen(a, b, 1);
    }
    format!("{t} Sources confirmed the toll.")
}

pub fn evaluate(
    ex: &Extractor<'_>,
    path: &Path,
    limit: Option<usize>,
    step: usize,
) -> anyhow::Result<LinkingReport> {
    let rows: Vec<Row> = crate::acled::read_rows(path, limit)?;
    let mut store = SqliteStore::open_in_memory()?;
    let originals: Vec<Document> = rows
        .iter()
        .map(|r| Document {
            id: r.event_id_cnty.clone(),
            text: r.notes.clone(),
            title: None,
            published: parse_acled_date(&r.event_date),
            source: Some("acled".into()),
        })
        .collect();
    let retold: Vec<Document> = rows
        .iter()
        .step_by(step.max(1))
        .map(|r| Document {
            id: format!("{}-retold", r.event_id_cnty),
            text: paraphrase(&r.notes),
            title: None,
            published: parse_acled_date(&r.event_date).map(|d| d.add_days(1)),
            source: Some("retold".into()),
        })
        .collect();
    for docs in [&originals, &retold] {
        for chunk in docs.chunks(1000) {
            let batch: Vec<_> = chunk
                .par_iter()
                .map(|d| (d.clone(), ex.extract(d)))
                .collect();
            store.ingest_batch(&batch, "eval")?;
        }
    }
    // Which stored events each document's mentions went to.
    let conn = store.connection();
    let mut st = conn.prepare("SELECT d.source, d.doc_key, m.event_id FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id IS NOT NULL")?;
    let mut events_of: HashMap<(String, String), Vec<i64>> = HashMap::new();
    for r in st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, i64>(2)?,
        ))
    })? {
        let (s, k, e) = r?;
        events_of.entry((s, k)).or_default().push(e);
    }
    let mut merged = 0;
    let mut considered = 0;
    for d in &retold {
        let original = d.id.trim_end_matches("-retold").to_string();
        let (Some(a), Some(b)) = (
            events_of.get(&("acled".into(), original)),
            events_of.get(&("retold".into(), d.id.clone())),
        ) else {
            continue;
        };
        considered += 1;
        if b.iter().any(|e| a.contains(e)) {
            merged += 1;
        }
    }
    // Distinct ACLED events sharing a stored event.
    let mut owners: HashMap<i64, Vec<&str>> = HashMap::new();
    for r in &rows {
        for e in events_of
            .get(&("acled".into(), r.event_id_cnty.clone()))
            .into_iter()
            .flatten()
        {
            owners.entry(*e).or_default().push(&r.event_id_cnty);
        }
    }
    let mut with_event = 0;
    let mut wrongly = 0;
    for r in &rows {
        let Some(evs) = events_of.get(&("acled".into(), r.event_id_cnty.clone())) else {
            continue;
        };
        with_event += 1;
        if evs.iter().any(|e| {
            owners
                .get(e)
                .is_some_and(|o| o.iter().any(|x| *x != r.event_id_cnty))
        }) {
            wrongly += 1;
        }
    }
    Ok(LinkingReport {
        rows: rows.len(),
        retellings: retold.len(),
        duplicates_merged: Share::new(merged, considered),
        distinct_wrongly_merged: Share::new(wrongly, with_event),
    })
}

impl LinkingReport {
    pub fn render(&self) -> String {
        format!(
            "Linking on ACLED: {} rows, {} retold the next day\n  retellings merged with their original  {}\n  distinct events wrongly merged         {}\n",
            self.rows,
            self.retellings,
            self.duplicates_merged.line(),
            self.distinct_wrongly_merged.line()
        )
    }
}
