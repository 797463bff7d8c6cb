//! Runs extraction over a JSON Lines file many times, for profilers:
//! `cargo run --release -p marsad-extract --example profile -- FILE.jsonl ROUNDS`.
//! Reads `MARSAD_GAZETTEER` (default `../shared/gazetteer`).

// The allocator the `marsad` binary uses.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use marsad_extract::Extractor;
use marsad_model::Document;
use marsad_places::Gazetteer;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a JSON Lines file");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let gaz = std::env::var("MARSAD_GAZETTEER").unwrap_or_else(|_| "../shared/gazetteer".into());
    let g = if gaz == "builtin" {
        Gazetteer::builtin()
    } else {
        Gazetteer::load(std::path::Path::new(&gaz)).expect("gazetteer")
    };
    let docs: Vec<Document> = std::fs::read_to_string(&path)
        .expect("input")
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let ex = Extractor::new(&g);
    let t = std::time::Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        n += docs
            .iter()
            .map(|d| ex.extract(d).events.len())
            .sum::<usize>();
    }
    let s = t.elapsed().as_secs_f64();
    eprintln!(
        "{} docs × {rounds}: {n} events, {:.2} MB/s",
        docs.len(),
        (bytes * rounds) as f64 / s / 1e6
    );
}
