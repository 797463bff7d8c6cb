//! Prints the place mentions found in a text file: `cargo run --example mentions -- GAZETTEER FILE`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let g = marsad_places::Gazetteer::load(std::path::Path::new(&args[1])).expect("gazetteer");
    let text = std::fs::read_to_string(&args[2]).expect("file");
    let m = g.find_mentions(&text, &[]);
    if std::env::var_os("CANDIDATES").is_some() {
        for x in &m {
            let c: Vec<String> = x
                .candidates
                .iter()
                .map(|c| {
                    let p = g.place(c.place);
                    format!("{} {:?} {:?} {:?}", p.name, p.kind, p.admin1, c.key)
                })
                .collect();
            println!("{:?} {:?} {:?}", &text[x.span.0..x.span.1], x.relation, c);
        }
    }
    for r in g.resolve(&m) {
        let p = g.place(r.place);
        println!(
            "{:?} -> {} {:?} {:?} {:?} p{} alts {} importance {:.1} score {:.1}{}",
            &text[r.span.0..r.span.1],
            p.name,
            p.pcode,
            p.kind,
            r.relation,
            r.precision,
            r.alternatives,
            p.importance,
            r.score,
            if r.partial { " partial" } else { "" }
        );
    }
}
