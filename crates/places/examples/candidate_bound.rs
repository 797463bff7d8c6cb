//! How well resolution could do at best with the names matching finds: for each row of
//! ACLED's development CSV, whether any candidate of any place mention in its notes lies
//! within 10 km of ACLED's point, and whether any lies in ACLED's governorate. Resolution
//! only chooses among these candidates, so these shares bound its scores.
//! `cargo run --release -p marsad-places --example candidate_bound -- GAZETTEER ACLED.csv`
//! (`ROWS=1` prints, per row, the names with a candidate in ACLED's governorate to standard error;
//! `NEAR=1` the names with a candidate within 10 km of ACLED's point, and that candidate).
use marsad_places::{distance_km, Gazetteer};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let g = Gazetteer::load(std::path::Path::new(&args[1])).expect("gazetteer");
    let mut rows = csv::Reader::from_path(&args[2]).expect("ACLED CSV");
    let headers = rows.headers().expect("header").clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let (notes, lat, lon, admin1) = (
        col("notes"),
        col("latitude"),
        col("longitude"),
        col("admin1"),
    );
    let (mut n, mut near, mut in_gov, mut any) = (0usize, 0usize, 0usize, 0usize);
    for row in rows.records().map_while(Result::ok) {
        n += 1;
        let point: (f64, f64) = (
            row[lat].parse().unwrap_or(0.0),
            row[lon].parse().unwrap_or(0.0),
        );
        // ACLED's governorate, as an OCHA P-code (the same reading as `eval --acled`).
        let want = g
            .governorate_named(&row[admin1])
            .and_then(|p| p.pcode.clone())
            .unwrap_or_default();
        let want = want.as_str();
        let mentions = g.find_mentions(&row[notes], &[]);
        let places: Vec<_> = mentions
            .iter()
            .flat_map(|m| m.candidates.iter().map(|c| g.place(c.place)))
            .collect();
        any += usize::from(!places.is_empty());
        near += usize::from(
            places
                .iter()
                .any(|p| distance_km(point, (p.lat, p.lon)) <= 10.0),
        );
        // The names (as written) with a candidate in ACLED's governorate.
        let govs: Vec<&str> = mentions
            .iter()
            .filter(|m| {
                m.candidates
                    .iter()
                    .any(|c| g.place(c.place).admin1.as_deref() == Some(want))
            })
            .map(|m| &row[notes][m.span.0..m.span.1])
            .collect();
        in_gov += usize::from(!govs.is_empty());
        if std::env::var_os("ROWS").is_some() {
            eprintln!("{}\t{}", n - 1, govs.join("|"));
        }
        if std::env::var_os("NEAR").is_some() {
            // The names (as written) with a candidate within 10 km, and that candidate.
            let near: Vec<String> = mentions
                .iter()
                .filter_map(|m| {
                    m.candidates
                        .iter()
                        .map(|c| g.place(c.place))
                        .find(|p| distance_km(point, (p.lat, p.lon)) <= 10.0)
                        .map(|p| format!("{}={}", &row[notes][m.span.0..m.span.1], p.name))
                })
                .collect();
            eprintln!("{}\t{}", n - 1, near.join("|"));
        }
    }
    let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
    println!("{n} rows");
    println!("  some candidate found          {:.2}%", pct(any));
    println!("  some candidate within 10 km   {:.2}%", pct(near));
    println!("  some candidate in governorate {:.2}%", pct(in_gov));
}
