//! `marsad ingest`: files, directories, JSON Lines, HTML pages and RSS/Atom feeds
//! (local or over HTTP) into the store, with a progress bar, in crash-safe batches.

use crate::input::{expand, read_jsonl, InputError};
use indicatif::{ProgressBar, ProgressStyle};
use marsad_extract::Extractor;
use marsad_ingest::{feed, fetch, html};
use marsad_model::{Date, Document, Extraction};
use marsad_store::{Outcome, Store};
use rayon::prelude::*;
use std::path::Path;

#[derive(Default, Debug)]
pub struct Summary {
    pub added: usize,
    pub unchanged: usize,
    pub superseded: usize,
    pub rejected: usize,
}

fn feed_documents(body: &str, source: &str) -> Vec<Document> {
    feed::parse(body)
        .into_iter()
        .map(|it| Document {
            id: it.id,
            text: match &it.title {
                Some(t) => format!("{t}\n\n{}", it.text),
                None => it.text,
            },
            title: it.title,
            published: it.published,
            source: Some(source.to_string()),
        })
        .collect()
}

fn page_document(body: &str, source: &str, id: &str, published: Option<Date>) -> Option<Document> {
    let (title, text) = html::article_text(body);
    if text.trim().is_empty() {
        return None;
    }
    let text = match &title {
        Some(t) if !text.starts_with(t.as_str()) => format!("{t}\n\n{text}"),
        _ => text,
    };
    Some(Document {
        id: id.to_string(),
        text,
        title,
        published,
        source: Some(source.to_string()),
    })
}

/// Reads every input into documents; problems become errors, by name.
pub fn gather(inputs: &[String], published: Option<Date>) -> (Vec<Document>, Vec<InputError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        if input.starts_with("http://") || input.starts_with("https://") {
            match fetch::get(input) {
                Ok(body) if feed::is_feed(&body) => {
                    let items = feed_documents(&body, input);
                    if items.is_empty() {
                        errors.push(InputError {
                            source: input.clone(),
                            line: None,
                            problem: "feed has no items with text".into(),
                        });
                    }
                    docs.extend(items);
                }
                Ok(body) => match page_document(&body, input, input, published) {
                    Some(d) => docs.push(d),
                    None => errors.push(InputError {
                        source: input.clone(),
                        line: None,
                        problem: "page has no article text".into(),
                    }),
                },
                Err(e) => errors.push(InputError {
                    source: input.clone(),
                    line: None,
                    problem: e.to_string(),
                }),
            }
            continue;
        }
        let mut files = Vec::new();
        expand(Path::new(input), &mut files, &mut errors);
        for f in files {
            let source = f.display().to_string();
            let ext = f
                .extension()
                .and_then(|e| e.to_str())
                .unwrap_or("")
                .to_ascii_lowercase();
            if matches!(ext.as_str(), "jsonl" | "ndjson") {
                match std::fs::File::open(&f) {
                    Ok(file) => {
                        let before = docs.len();
                        read_jsonl(file, &source, published, &mut docs, &mut errors);
                        for d in &mut docs[before..] {
                            d.source.get_or_insert_with(|| source.clone());
                        }
                    }
                    Err(e) => errors.push(InputError {
                        source,
                        line: None,
                        problem: format!("cannot open: {e}"),
                    }),
                }
                continue;
            }
            let (mut one, errs) = crate::input::read_inputs(std::slice::from_ref(&f), published);
            errors.extend(errs);
            let Some(mut d) = one.pop() else { continue };
            d.source = Some(source.clone());
            if matches!(ext.as_str(), "html" | "htm")
                || d.text
                    .trim_start()
                    .to_ascii_lowercase()
                    .starts_with("<!doctype html")
            {
                match page_document(&d.text, &source, &d.id, published) {
                    Some(p) => docs.push(p),
                    None => errors.push(InputError {
                        source,
                        line: None,
                        problem: "page has no article text".into(),
                    }),
                }
            } else if matches!(ext.as_str(), "xml" | "rss" | "atom") || feed::is_feed(&d.text) {
                let items = feed_documents(&d.text, &source);
                if items.is_empty() {
                    errors.push(InputError {
                        source,
                        line: None,
                        problem: "feed has no items with text".into(),
                    });
                }
                docs.extend(items);
            } else {
                docs.push(d);
            }
        }
    }
    (docs, errors)
}

/// Extracts and stores `docs` in batches, each batch one transaction.
pub fn run(
    store: &mut dyn Store,
    ex: &Extractor<'_>,
    docs: Vec<Document>,
    errors: &[InputError],
    batch: usize,
    quiet: bool,
) -> anyhow::Result<Summary> {
    let mut summary = Summary::default();
    for e in errors {
        eprintln!("marsad: rejected {e}");
        store.record_rejected(&e.source, &e.to_string())?;
        summary.rejected += 1;
    }
    let bar = if quiet || docs.is_empty() {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(docs.len() as u64)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} docs  {per_sec}  ETA {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    for chunk in docs.chunks(batch.max(1)) {
        let extracted: Vec<(Document, Extraction)> = chunk
            .par_iter()
            .map(|d| (d.clone(), ex.extract(d)))
            .collect();
        let outcomes = store.ingest_batch(&extracted, "input")?;
        for o in outcomes {
            match o {
                Outcome::Added => summary.added += 1,
                Outcome::Unchanged => summary.unchanged += 1,
                Outcome::Superseded => summary.superseded += 1,
            }
        }
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();
    Ok(summary)
}
