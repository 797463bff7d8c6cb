//! FA-KES news articles: the governorate an article is mostly about must match its
//! label (the places issue's target), and every article must extract.

use marsad_eval::fakes;
use marsad_extract::Extractor;

mod common;

use common::shared;

#[test]
fn fakes_main_governorate_meets_the_target() {
    let gaz = common::gazetteer();
    let ex = Extractor::new(&gaz);
    let r = fakes::evaluate(&ex, &shared().join("corpus/fakes_dev.csv"), None)
        .expect("FA-KES evaluation");
    println!("{}", r.render(0));
    assert!(r.articles > 400);
    assert!(
        r.governorate.rate >= 0.85,
        "main governorate {:?}",
        r.governorate
    );
}
