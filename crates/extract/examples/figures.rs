//! Debug view of figures: `cargo run -p marsad-extract --example figures -- FILE`.
use marsad_extract::{doc::Doc, figures::find_figures, Lexicon};
fn main() {
    let path = std::env::args().nth(1).expect("file");
    let text = std::fs::read_to_string(path).expect("read");
    let lex = Lexicon::builtin();
    let d = Doc::new(&text, &lex, None);
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
    if std::env::var_os("UNITS").is_some() {
        for u in marsad_extract::events::units(&d) {
            let (s, e) = d.bytes(u.first, u.last);
            println!("unit s{} marked={} | {}", u.sentence, u.marked, &text[s..e]);
        }
    }
}
