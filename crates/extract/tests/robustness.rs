//! Arbitrary input never panics the extractor, and every span it returns is a
//! valid slice of the input (a proptest over arbitrary bytes and report-like text).

mod common;

use marsad_extract::Extractor;
use marsad_model::{Date, Document};
use proptest::prelude::*;

fn check(text: String) {
    let ex = Extractor::new(common::gazetteer());
    let x = ex.extract(&Document { id: "p".into(), text: text.clone(), title: None, published: Date::new(2020, 1, 1), source: None });
    for e in &x.events {
        for s in e.spans.iter().chain(e.casualties.iter().map(|c| &c.span)) {
            assert!(text.get(s.0..s.1).is_some(), "bad span {s:?}");
        }
        if let Some(l) = &e.location {
            if let Some(s) = l.span {
                assert!(text.get(s.0..s.1).is_some());
            }
        }
    }
    for t in &x.tallies {
        assert!(text.get(t.span.0..t.span.1).is_some());
    }
}

const WORDS: &[&str] = &[
    "killed", "at least", "including", "it rose to", "the number of", "since", "the 3rd of May 2019", "yesterday",
    "ISIS", "SDF", "regime forces", "civilians", "children", "members of", "tens of", "several", "were", "injured",
    "al-Bokamal", "Deir Ezzor", "countryside", ",", ".", "(", ")", "-", "’", "“", "12", "1,200", "twenty-one", "a",
    "shelling", "clashes", "captured", "village", "\n", "دير الزور", "é", "🙂",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
        check(String::from_utf8_lossy(&bytes).into_owned());
    }

    #[test]
    fn report_like_word_salad(idx in proptest::collection::vec(0..WORDS.len(), 0..300)) {
        let text: Vec<&str> = idx.iter().map(|&i| WORDS[i]).collect();
        check(text.join(" "));
    }
}
