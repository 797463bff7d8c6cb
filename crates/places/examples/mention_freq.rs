//! Most frequent mention texts over a CSV column: `cargo run --example mention_freq -- GAZ CSV COLUMN`.
use std::collections::HashMap;
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let g = marsad_places::Gazetteer::load(std::path::Path::new(&a[1])).expect("gazetteer");
    let mut rdr = csv::Reader::from_path(&a[2]).expect("csv");
    let h = rdr.headers().expect("headers").clone();
    let col = h.iter().position(|x| x == a[3]).expect("column");
    let mut freq: HashMap<String, (usize, String)> = HashMap::new();
    for r in rdr.records().flatten() {
        let t = &r[col];
        for m in g.resolve(&g.find_mentions(t, &[])) {
            let e = freq
                .entry(t[m.span.0..m.span.1].to_string())
                .or_insert((0, g.place(m.place).name.clone()));
            e.0 += 1;
        }
    }
    let mut v: Vec<_> = freq.into_iter().collect();
    v.sort_by(|a, b| b.1 .0.cmp(&a.1 .0));
    for (k, (n, p)) in v.iter().take(400) {
        println!("{n}\t{k}\t{p}");
    }
}
