//! marsad-link: are two event mentions the same incident?
//!
//! Pure functions over records. A monitor tells one incident several times (flash
//! report, update, round-up); two mentions are the same incident when they fall on
//! the same day (or an adjacent one, where a date is only the report's), at the same
//! place or a few kilometres apart, with compatible parties and type. [`compare`] returns the decision *with its reasons*,
//! so a merge can always be explained.

use marsad_model::{Date, Event, EventType, Party, Role};
use serde::{Deserialize, Serialize};

/// How far apart two mentions of one incident may be.
pub const MAX_KM: f64 = 10.0;
/// How many days apart (a report "yesterday" and a round-up the next day).
pub const MAX_DAYS: i64 = 1;

/// The parts of an event the linker looks at (what the store keeps per event).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub date: Option<Date>,
    pub date_end: Option<Date>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub pcode: Option<String>,
    pub admin1_pcode: Option<String>,
    pub precision: Option<u8>,
    pub event_type: EventType,
    pub parties: Vec<Party>,
    /// The mention's own toll (None when it gives no death figure).
    #[serde(default)]
    pub fatalities: Option<u32>,
    /// The place's name as resolved (a neighbourhood keeps its own name under its city's code).
    #[serde(default)]
    pub place_name: Option<String>,
    /// Whether the text tells the day ("on 2 June", "yesterday"); else the date is the
    /// report's, which may be a day after the incident.
    #[serde(default)]
    pub day_told: bool,
}

impl Profile {
    pub fn of(e: &Event) -> Profile {
        let mut parties: Vec<Party> = e
            .actors
            .iter()
            .filter(|a| a.role != Role::Associated || a.party.is_armed())
            .map(|a| a.party)
            .collect();
        parties.sort();
        parties.dedup();
        Profile {
            date: e.date.start,
            date_end: e.date.end,
            lat: e.location.as_ref().and_then(|l| l.lat),
            lon: e.location.as_ref().and_then(|l| l.lon),
            pcode: e.location.as_ref().and_then(|l| l.pcode.clone()),
            admin1_pcode: e.location.as_ref().and_then(|l| l.admin1_pcode.clone()),
            precision: e.location.as_ref().map(|l| l.precision),
            event_type: e.event_type,
            parties,
            place_name: e.location.as_ref().map(|l| l.name.clone()),
            day_told: e.date.precision == marsad_model::DatePrecision::Day,
            fatalities: e
                .casualties
                .iter()
                .any(|c| {
                    matches!(
                        c.outcome,
                        marsad_model::Outcome::Killed | marsad_model::Outcome::Executed
                    ) && c.count.best.is_some()
                })
                .then_some(e.fatalities),
        }
    }
}

/// Why two mentions were (or were not) merged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub same: bool,
    pub score: f64,
    pub reasons: Vec<String>,
}

pub use marsad_model::distance_km;

fn compatible_types(a: EventType, b: EventType) -> bool {
    // A battle and the shelling or strikes told as part of it are one incident in
    // different reports; a protest and a battle are not.
    use EventType::*;
    a == b
        || matches!(
            (a, b),
            (Battles, ExplosionsRemoteViolence)
                | (ExplosionsRemoteViolence, Battles)
                | (Battles, ViolenceAgainstCivilians)
                | (ViolenceAgainstCivilians, Battles)
        )
}

/// Compares a new mention with a stored event's profile.
pub fn compare(new: &Profile, old: &Profile) -> Decision {
    let mut reasons = Vec::new();
    let mut score = 0.0;
    // Day.
    match (new.date, old.date) {
        (Some(a), Some(b)) => {
            let d = (a.to_days() - b.to_days()).abs();
            // A day apart is one incident only where a date is the report's own: two
            // mentions that each tell their day tell two days' fighting.
            if d > MAX_DAYS || (d > 0 && new.day_told && old.day_told) {
                return Decision {
                    same: false,
                    score: 0.0,
                    reasons: vec![format!("{d} days apart")],
                };
            }
            reasons.push(if d == 0 {
                "same day".to_string()
            } else {
                format!("{d} day apart")
            });
            score += 2.0 - d as f64;
        }
        _ => {
            return Decision {
                same: false,
                score: 0.0,
                reasons: vec!["a date is unknown".into()],
            }
        }
    }
    // Place.
    match (new.lat.zip(new.lon), old.lat.zip(old.lon)) {
        (Some(a), Some(b)) => {
            let km = distance_km(a, b);
            let coarse = new.precision == Some(3) || old.precision == Some(3);
            let same_pcode = new.pcode.is_some() && new.pcode == old.pcode;
            // Two named villages a few km apart are usually two front-line events;
            // a place given only as "near X" may be a few km from X.
            // (A village's front or area, precision 2 by ACLED's scale, is still the
            // village's own point.)
            let named_point = |p: &Profile| {
                p.precision == Some(1)
                    || (p.precision == Some(2)
                        && p.pcode.as_deref().is_some_and(|c| c.starts_with('C')))
            };
            let both_exact = named_point(new) && named_point(old);
            let reach = if both_exact { 2.0 } else { MAX_KM / 2.0 };
            // Two neighbourhoods of one city share its code but are two places.
            let other_quarter = both_exact
                && new.place_name.is_some()
                && old.place_name.is_some()
                && new.place_name != old.place_name;
            if same_pcode && !coarse && other_quarter {
                return Decision {
                    same: false,
                    score: 0.0,
                    reasons: vec![format!(
                        "different quarters of {}",
                        new.pcode.as_deref().unwrap_or("")
                    )],
                };
            } else if same_pcode && !coarse {
                reasons.push(format!(
                    "same place ({})",
                    new.pcode.as_deref().unwrap_or("")
                ));
                score += 3.0;
            } else if km <= reach && !coarse {
                reasons.push(format!("{km:.1} km apart"));
                score += 3.0 - km / MAX_KM;
            } else if coarse && new.admin1_pcode.is_some() && new.admin1_pcode == old.admin1_pcode {
                // A regional placement ("Deir ez-Zor countryside") says little: only the same
                // day, the same parties and the same toll make it the same incident.
                let same_day = new.date == old.date;
                let same_toll = new.fatalities.is_some() && new.fatalities == old.fatalities;
                let mut a: Vec<Party> = new
                    .parties
                    .iter()
                    .copied()
                    .filter(|p| p.is_armed())
                    .collect();
                let mut b: Vec<Party> = old
                    .parties
                    .iter()
                    .copied()
                    .filter(|p| p.is_armed())
                    .collect();
                a.sort();
                b.sort();
                if !(same_day && same_toll && a == b && !a.is_empty()) {
                    return Decision {
                        same: false,
                        score: 0.0,
                        reasons: vec![
                            "regional placement without the same day, parties and toll".into()
                        ],
                    };
                }
                reasons
                    .push("same governorate, day, parties and toll (placement is regional)".into());
                score += 1.5;
            } else {
                return Decision {
                    same: false,
                    score: 0.0,
                    reasons: vec![format!("{km:.0} km apart")],
                };
            }
        }
        _ => {
            return Decision {
                same: false,
                score: 0.0,
                reasons: vec!["a place is unknown".into()],
            }
        }
    }
    // Type.
    if !compatible_types(new.event_type, old.event_type) {
        return Decision {
            same: false,
            score: 0.0,
            reasons: vec![format!(
                "types differ ({} / {})",
                new.event_type, old.event_type
            )],
        };
    }
    if new.event_type == old.event_type {
        reasons.push(format!("same type ({})", new.event_type));
        score += 1.0;
    } else {
        reasons.push(format!(
            "compatible types ({} / {})",
            new.event_type, old.event_type
        ));
    }
    // Parties: at least one armed party in common when both name some.
    let armed = |p: &Vec<Party>| {
        p.iter()
            .copied()
            .filter(|x| x.is_armed())
            .collect::<Vec<_>>()
    };
    let (a, b) = (armed(&new.parties), armed(&old.parties));
    if !a.is_empty() && !b.is_empty() {
        let shared: Vec<String> = a
            .iter()
            .filter(|p| b.contains(p))
            .map(|p| p.to_string())
            .collect();
        if shared.is_empty() {
            return Decision {
                same: false,
                score: 0.0,
                reasons: vec!["no party in common".into()],
            };
        }
        reasons.push(format!("shared parties: {}", shared.join(", ")));
        score += shared.len() as f64;
    } else {
        reasons.push("parties not named on one side".into());
    }
    // Tolls: an update may raise a toll, but two different tolls that are not an
    // update of one another are two incidents.
    if let (Some(a), Some(b)) = (new.fatalities, old.fatalities) {
        let (lo, hi) = (a.min(b), a.max(b));
        if lo == hi {
            reasons.push(format!("same toll ({a})"));
            score += 1.0;
        } else if hi > lo * 3 + 5 || lo == 0 {
            return Decision {
                same: false,
                score: 0.0,
                reasons: vec![format!("tolls {a} and {b} are not one incident's")],
            };
        } else {
            reasons.push(format!("tolls {b} then {a}"));
        }
    }
    Decision {
        same: score >= 3.5,
        score,
        reasons,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(date: &str, lat: f64, lon: f64, pcode: &str, ty: EventType, parties: &[Party]) -> Profile {
        Profile {
            date: Date::parse_iso(date),
            date_end: Date::parse_iso(date),
            lat: Some(lat),
            lon: Some(lon),
            pcode: Some(pcode.into()),
            admin1_pcode: Some("SY09".into()),
            precision: Some(1),
            event_type: ty,
            parties: parties.to_vec(),
            fatalities: None,
            place_name: Some(pcode.into()),
            day_told: true,
        }
    }

    #[test]
    fn same_incident_told_twice_links() {
        let a = p(
            "2019-01-24",
            34.43,
            40.98,
            "C6795",
            EventType::Battles,
            &[Party::Isis, Party::Sdf],
        );
        let mut b = p(
            "2019-01-25",
            34.44,
            40.97,
            "C5184",
            EventType::Battles,
            &[Party::Sdf, Party::Isis, Party::Coalition],
        );
        // The next day's round-up tells no day of its own: it is dated by the report.
        b.precision = Some(2);
        b.day_told = false;
        let d = compare(&b, &a);
        assert!(d.same, "{d:?}");
        assert!(d.reasons.iter().any(|r| r.contains("km apart")));
    }

    #[test]
    fn two_villages_fronts_a_few_km_apart_are_two_events() {
        // "on the Saraqab front", "on the Kabani axis": precision 2 on ACLED's scale, but
        // each is its village's own point, so two fronts 4 km apart are two events.
        let mut a = p(
            "2020-03-01",
            35.86,
            36.80,
            "C4145",
            EventType::Battles,
            &[Party::Regime, Party::Hts],
        );
        let mut b = p(
            "2020-03-01",
            35.89,
            36.82,
            "C4150",
            EventType::Battles,
            &[Party::Regime, Party::Hts],
        );
        a.precision = Some(2);
        b.precision = Some(2);
        let d = compare(&b, &a);
        assert!(!d.same, "{d:?}");
        // A place given only near a town, with no code of its own, may lie a few km off.
        a.pcode = None;
        b.pcode = None;
        let d = compare(&b, &a);
        assert!(d.same, "{d:?}");
    }

    #[test]
    fn two_days_each_told_are_two_days_fighting() {
        let a = p(
            "2019-01-24",
            34.43,
            40.98,
            "C6795",
            EventType::Battles,
            &[Party::Isis, Party::Sdf],
        );
        let mut b = p(
            "2019-01-25",
            34.43,
            40.98,
            "C6795",
            EventType::Battles,
            &[Party::Isis, Party::Sdf],
        );
        let d = compare(&b, &a);
        assert!(!d.same, "{d:?}");
        // A report that tells no day is dated by its own date, maybe the day after.
        b.day_told = false;
        let d = compare(&b, &a);
        assert!(d.same, "{d:?}");
    }

    #[test]
    fn different_days_places_or_parties_do_not_link() {
        let a = p(
            "2019-01-24",
            34.43,
            40.98,
            "C6795",
            EventType::Battles,
            &[Party::Isis, Party::Sdf],
        );
        assert!(
            !compare(
                &p(
                    "2019-01-27",
                    34.43,
                    40.98,
                    "C6795",
                    EventType::Battles,
                    &[Party::Isis]
                ),
                &a
            )
            .same
        );
        assert!(
            !compare(
                &p(
                    "2019-01-24",
                    35.33,
                    40.14,
                    "C5086",
                    EventType::Battles,
                    &[Party::Isis]
                ),
                &a
            )
            .same
        );
        assert!(
            !compare(
                &p(
                    "2019-01-24",
                    34.43,
                    40.98,
                    "C6795",
                    EventType::Battles,
                    &[Party::Regime, Party::Hts]
                ),
                &a
            )
            .same
        );
        assert!(
            !compare(
                &p(
                    "2019-01-24",
                    34.43,
                    40.98,
                    "C6795",
                    EventType::Protests,
                    &[Party::Isis]
                ),
                &a
            )
            .same
        );
    }
}
