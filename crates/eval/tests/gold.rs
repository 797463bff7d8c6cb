//! The extractor against the gold reading of the seeds, by the gold README's
//! matching rules, with the targets as the bar.

use marsad_eval::gold;
use marsad_extract::Extractor;

mod common;

use common::shared;

#[test]
fn seeds_meet_the_targets() {
    let gaz = common::gazetteer();
    let ex = Extractor::new(&gaz);
    let r = gold::evaluate(
        &ex,
        &shared().join("gold/seeds.gold.json"),
        &shared().join("seeds"),
    )
    .expect("gold evaluation");
    println!("{}", r.render());
    assert!(
        r.incident_figures.f1 >= 0.95,
        "incident figure F1 {}",
        r.incident_figures.f1
    );
    assert!(
        r.tally_figures.f1 >= 0.95,
        "tally figure F1 {}",
        r.tally_figures.f1
    );
    assert!(r.published.rate >= 1.0, "report dates {:?}", r.published);
    assert!(r.dates.rate >= 1.0, "incident dates {:?}", r.dates);
    assert!(r.admin1.rate >= 0.90, "governorates {:?}", r.admin1);
    // The places issue's target: every gold place found.
    assert!(r.places.rate >= 1.0, "places {:?}", r.places);
}
