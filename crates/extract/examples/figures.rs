//! Debug view of figures: `cargo run -p marsad-extract --example figures -- FILE`
//! (`PUBLISHED=YYYY-MM-DD` gives the report's date).
use marsad_extract::{doc::Doc, figures::find_figures, Lexicon};
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).expect("read");
    let lex = Lexicon::builtin();
    let published = std::env::var("PUBLISHED")
        .ok()
        .and_then(|p| marsad_model::Date::parse_iso(&p));
    let d = Doc::new(&text, &lex, published);
    for f in find_figures(&d) {
        let (s, e) = d.bytes(f.first, f.last);
        println!(
            "s{} {:?} tally={} {:?} {:?} {:?} {:?} | {}",
            f.sentence,
            f.role,
            f.tally,
            f.outcome,
            f.party,
            f.count.best,
            f.subgroup,
            &text[s..e]
        );
    }
    if std::env::var_os("DATES").is_some() {
        for x in &d.dates {
            println!(
                "date {:?}..{:?} {:?} | {}",
                x.start,
                x.end,
                x.precision,
                &text[x.start_byte..x.end_byte]
            );
        }
    }
    if std::env::var_os("UNITS").is_some() {
        for u in marsad_extract::events::units(&d) {
            let (s, e) = d.bytes(u.first, u.last);
            println!("unit s{} marked={} | {}", u.sentence, u.marked, &text[s..e]);
        }
    }
}
