//! Looks whole names up, one per line of standard input, and prints the places whose
//! key equals the name's: `cargo run --example lookup -- GAZETTEER < names.txt`.
use std::io::BufRead;

fn main() {
    let dir = std::env::args().nth(1).expect("a gazetteer directory");
    let g = marsad_places::Gazetteer::load(std::path::Path::new(&dir)).expect("gazetteer");
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let found: Vec<String> = g
            .lookup(&line)
            .iter()
            .map(|p| format!("{} {:?} {:.4} {:.4}", p.name, p.admin1, p.lat, p.lon))
            .collect();
        println!("{line}\t{}\t{}", found.len(), found.join("; "));
    }
}
