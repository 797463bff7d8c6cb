//! Prints the place mentions found in a text file: `cargo run --example mentions -- GAZETTEER FILE`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let g = marsad_places::Gazetteer::load(std::path::Path::new(&args[1])).expect("gazetteer");
    let text = std::fs::read_to_string(&args[2]).expect("file");
    let m = g.find_mentions(&text, &[]);
    for r in g.resolve(&m) {
        let p = g.place(r.place);
        println!("{:?} -> {} {:?} {:?} {:?} p{} alts {}", &text[r.span.0..r.span.1], p.name, p.pcode, p.kind, r.relation, r.precision, r.alternatives);
    }
}
