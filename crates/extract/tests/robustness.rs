//! Arbitrary input never panics the extractor, and every span it returns is a
//! valid slice of the input (a proptest over arbitrary bytes and report-like text).

mod common;

use marsad_extract::Extractor;
use marsad_model::{Date, Document};
use proptest::prelude::*;

fn check(text: String) {
    let ex = Extractor::new(common::gazetteer());
    let x = ex.extract(&Document {
        id: "p".into(),
        text: text.clone(),
        title: None,
        published: Date::new(2020, 1, 1),
        source: None,
    });
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
    "killed",
    "at least",
    "including",
    "it rose to",
    "the number of",
    "since",
    "the 3rd of May 2019",
    "yesterday",
    "ISIS",
    "SDF",
    "regime forces",
    "civilians",
    "children",
    "members of",
    "tens of",
    "several",
    "were",
    "injured",
    "al-Bokamal",
    "Deir Ezzor",
    "countryside",
    ",",
    ".",
    "(",
    ")",
    "-",
    "’",
    "“",
    "12",
    "1,200",
    "twenty-one",
    "a",
    "shelling",
    "clashes",
    "captured",
    "village",
    "\n",
    "دير الزور",
    "é",
    "🙂",
    "by",
    "the",
    "control",
    "took",
    "of",
    "exchange",
    "Islamic State",
    "state",
    "organization",
    "succumbed to",
    "his",
    "wounds",
    "partial",
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

fn phrase_hits(h: &[marsad_extract::words::PhraseHit]) -> Vec<(usize, usize, usize)> {
    h.iter().map(|x| (x.first, x.last, x.id)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// The one-pass matcher finds exactly what each lexicon's own search finds.
    #[test]
    fn one_pass_phrase_matching_equals_separate_searches(idx in proptest::collection::vec(0..WORDS.len(), 0..300)) {
        let text: Vec<&str> = idx.iter().map(|&i| WORDS[i]).collect();
        let text = text.join(" ");
        let lex = marsad_extract::Lexicon::builtin();
        let words = marsad_extract::words::Words::new(&text);
        let (a, o, t) = lex.find_phrases(&words);
        prop_assert_eq!(phrase_hits(&a), phrase_hits(&lex.actors.find(&words)));
        prop_assert_eq!(phrase_hits(&o), phrase_hits(&lex.outcomes.find(&words)));
        prop_assert_eq!(phrase_hits(&t), phrase_hits(&lex.triggers.find(&words)));
    }
}
