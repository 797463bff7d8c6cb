//! FA-KES articles: is the governorate the article is mostly about the one its
//! `location` label names? Also a robustness run: every article must extract.

use crate::Share;
use marsad_extract::Extractor;
use marsad_model::Document;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;

#[derive(Debug, serde::Deserialize)]
struct Row {
    #[serde(default)]
    article_title: String,
    article_content: String,
    location: String,
}

#[derive(Serialize, Default)]
pub struct FakesReport {
    pub articles: usize,
    pub governorate: Share,
    pub events: usize,
    #[serde(skip)]
    pub misses: Vec<String>,
}

/// The governorate a text is mostly about: the most named one, counting each place's governorate.
pub fn main_governorate(ex: &Extractor<'_>, text: &str, title_len: usize) -> Option<String> {
    let g = ex.gazetteer;
    let mentions = g.find_mentions(text, &[]);
    let mut votes: HashMap<String, f32> = HashMap::new();
    for r in g.resolve(&mentions) {
        if let Some(a1) = g.place(r.place).admin1.clone() {
            // The headline, then the dateline and lead, name the main place.
            let w = if r.span.0 < title_len {
                4.0
            } else {
                1.0 + 2.0 / (1.0 + (r.span.0 - title_len) as f32 / 400.0)
            };
            // A name matched in part ("al-Assad" of "Bashar al-Assad") is weak evidence.
            let w = if r.partial { w * 0.3 } else { w };
            *votes.entry(a1).or_default() += w;
        }
    }
    votes
        .into_iter()
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|x| x.0)
}

pub fn evaluate(
    ex: &Extractor<'_>,
    path: &Path,
    limit: Option<usize>,
) -> anyhow::Result<FakesReport> {
    let rows: Vec<Row> = crate::acled::read_rows(path, limit)?;
    let results: Vec<(Option<bool>, usize, Option<String>)> = rows
        .par_iter()
        .enumerate()
        .map(|(i, r)| {
            let text = format!("{}\n\n{}", r.article_title, r.article_content);
            let x = ex.extract(&Document {
                id: format!("fakes-{i}"),
                text: text.clone(),
                title: None,
                published: None,
                source: None,
            });
            let want = ex
                .gazetteer
                .governorate_named(&r.location)
                .and_then(|p| p.pcode.clone());
            let got = main_governorate(ex, &text, r.article_title.len());
            // FA-KES labels have no Rural Damascus: its "damascus" is the capital and the
            // countryside around it (Eastern Ghouta, Douma, Darayya).
            let ok = want.as_ref().map(|w| {
                got.as_ref() == Some(w) || (w == "SY01" && got.as_deref() == Some("SY03"))
            });
            let miss = (ok == Some(false))
                .then(|| format!("want {} got {:?} | {}", r.location, got, r.article_title));
            (ok, x.events.len(), miss)
        })
        .collect();
    let scored: Vec<bool> = results.iter().filter_map(|r| r.0).collect();
    Ok(FakesReport {
        articles: rows.len(),
        governorate: Share::new(scored.iter().filter(|b| **b).count(), scored.len()),
        events: results.iter().map(|r| r.1).sum(),
        misses: results.into_iter().filter_map(|r| r.2).collect(),
    })
}

impl FakesReport {
    pub fn render(&self, misses: usize) -> String {
        let mut s = format!(
            "FA-KES: {} articles, {} events extracted\n",
            self.articles, self.events
        );
        s += &format!("  main governorate = label  {}\n", self.governorate.line());
        for m in self.misses.iter().take(misses) {
            s += &format!("     {m}\n");
        }
        s
    }
}
