//! Extraction speed: the seed reports, and the FA-KES articles as a stand-in for a
//! day's feed. Run: `cargo bench -p marsad-extract --bench extract`.
//! Throughput is reported in bytes of report text (divan's `BytesCount`).

use divan::counter::BytesCount;
use marsad_extract::Extractor;
use marsad_model::Document;
use marsad_places::Gazetteer;
use std::path::PathBuf;
use std::sync::OnceLock;

// The allocator the `marsad` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let dir = std::env::var_os("MARSAD_GAZETTEER")
            .map(PathBuf::from)
            .unwrap_or_else(|| shared().join("gazetteer"));
        Gazetteer::load(&dir).expect("gazetteer")
    })
}

fn seeds() -> Vec<Document> {
    let mut v: Vec<_> = std::fs::read_dir(shared().join("seeds"))
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .collect();
    v.sort();
    v.into_iter()
        .map(|p| Document {
            id: p.display().to_string(),
            text: std::fs::read_to_string(&p).expect("seed"),
            title: None,
            published: None,
            source: None,
        })
        .collect()
}

fn fakes() -> Vec<Document> {
    let mut r = csv::Reader::from_path(shared().join("corpus/fakes_dev.csv")).expect("fakes");
    let h = r.headers().expect("headers").clone();
    let col = |n: &str| h.iter().position(|x| x == n).expect("column");
    let (t, c) = (col("article_title"), col("article_content"));
    r.records()
        .flatten()
        .enumerate()
        .map(|(i, rec)| Document {
            id: i.to_string(),
            text: format!("{}\n\n{}", &rec[t], &rec[c]),
            title: None,
            published: None,
            source: None,
        })
        .collect()
}

fn main() {
    divan::main();
}

#[divan::bench]
fn seed_reports(b: divan::Bencher) {
    let ex = Extractor::new(gazetteer());
    let docs = seeds();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| ex.extract(d).events.len())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 10)]
fn fakes_corpus_one_core(b: divan::Bencher) {
    let ex = Extractor::new(gazetteer());
    let docs = fakes();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    b.counter(BytesCount::new(bytes)).bench(|| {
        docs.iter()
            .map(|d| ex.extract(d).events.len())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 10)]
fn gazetteer_load() -> Gazetteer {
    let dir = std::env::var_os("MARSAD_GAZETTEER")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared().join("gazetteer"));
    Gazetteer::load(&dir).expect("gazetteer")
}
