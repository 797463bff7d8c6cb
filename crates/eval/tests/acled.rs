//! The ACLED development set, as a regression bar: the figures the README reports
//! must not fall. (The full set takes a few seconds in an optimised build.)

use marsad_eval::acled;
use marsad_extract::Extractor;
use marsad_model::{EventType, SubEventType};

mod common;

use common::shared;

#[test]
fn acled_dev_set_holds_its_level() {
    let gaz = common::gazetteer();
    let ex = Extractor::new(&gaz);
    let r = acled::evaluate(
        &ex,
        &shared().join("corpus/acled_syria_battles_dev.csv"),
        None,
    )
    .expect("acled evaluation");
    println!("{}", r.render(0));
    assert!(r.rows > 16_000);
    assert!(
        r.event_found.rate >= 0.985,
        "event found {:?}",
        r.event_found
    );
    assert!(r.both_actors.rate >= 0.90, "actors {:?}", r.both_actors);
    assert!(
        r.fatalities_exact.rate >= 0.90,
        "fatalities {:?}",
        r.fatalities_exact
    );
    assert!(
        r.sub_event_type.rate >= 0.91,
        "sub-event {:?}",
        r.sub_event_type
    );
    assert!(
        r.governorate.rate >= 0.92,
        "governorate {:?}",
        r.governorate
    );
    assert!(
        r.within_10km.rate >= 0.74,
        "within 10 km {:?}",
        r.within_10km
    );
    assert!(
        r.geo_precision.rate >= 0.60,
        "geo-precision {:?}",
        r.geo_precision
    );
}

#[test]
fn every_acled_type_name_is_one_marsad_writes() {
    // The eval compares sub-event types by ACLED's names and the CSV export writes them:
    // each name in ACLED's file must be one a variant gives, or both would miss it silently.
    let mut rdr = csv::Reader::from_path(shared().join("corpus/acled_syria_battles_dev.csv"))
        .expect("ACLED file");
    let h = rdr.headers().expect("header").clone();
    let col = |n: &str| h.iter().position(|x| x == n).expect(n);
    let (t, s) = (col("event_type"), col("sub_event_type"));
    let mut seen = std::collections::BTreeSet::new();
    for row in rdr.records() {
        let row = row.expect("row");
        assert!(
            EventType::ALL.iter().any(|v| v.acled_name() == &row[t]),
            "event type {:?}",
            &row[t]
        );
        assert!(
            SubEventType::ALL.iter().any(|v| v.acled_name() == &row[s]),
            "sub-event type {:?}",
            &row[s]
        );
        seen.insert(row[s].to_string());
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
}
