//! The seed reports' extraction, snapshotted: every change in output is seen and
//! reviewed (`cargo insta review`).

mod common;

use marsad_extract::Extractor;
use marsad_model::Document;

#[test]
fn seed_extractions_are_reviewed() {
    let ex = Extractor::new(common::gazetteer());
    let mut files: Vec<_> = std::fs::read_dir(common::shared().join("seeds"))
        .expect("seeds")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 5);
    for f in files {
        let text = std::fs::read_to_string(&f).expect("seed text");
        let id = f.file_stem().unwrap().to_string_lossy().into_owned();
        let x = ex.extract(&Document {
            id: id.clone(),
            text: text.clone(),
            title: None,
            published: None,
            source: None,
        });
        // Every span is evidence: a valid slice of the text.
        for e in &x.events {
            for s in e.spans.iter().chain(e.casualties.iter().map(|c| &c.span)) {
                assert!(
                    text.get(s.0..s.1).is_some(),
                    "{id}: span {s:?} is not a slice"
                );
            }
        }
        for t in &x.tallies {
            assert!(text.get(t.span.0..t.span.1).is_some());
        }
        insta::with_settings!({ snapshot_suffix => id.clone(), prepend_module_to_snapshot => false }, {
            insta::assert_json_snapshot!("seed", x);
        });
    }
}
