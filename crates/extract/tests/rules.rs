//! Extraction rules on sentences written for these tests (not the seeds): each
//! asserts one behaviour a coder would expect.

mod common;

use marsad_extract::Extractor;
use marsad_model::{
    Date, DatePrecision, Document, EventKind, Extraction, Location, Outcome, Party, Qualifier,
    Role, SubEventType,
};

fn extract(text: &str, published: Option<&str>) -> Extraction {
    let ex = Extractor::new(common::gazetteer());
    ex.extract(&Document {
        id: "t".into(),
        text: text.into(),
        title: None,
        published: published.and_then(Date::parse_iso),
        source: None,
    })
}

fn figures(x: &Extraction) -> Vec<(Outcome, Party, Option<u32>, Qualifier)> {
    x.events
        .iter()
        .flat_map(|e| {
            e.casualties
                .iter()
                .map(|c| (c.outcome, c.party, c.count.best, c.count.qualifier))
        })
        .collect()
}

/// Asserts that an extraction's events count `want` (outcome, party, best, qualifier).
#[track_caller]
fn assert_figure(x: &Extraction, want: (Outcome, Party, Option<u32>, Qualifier)) {
    let f = figures(x);
    assert!(f.contains(&want), "{want:?} not in {f:?}");
}

/// The deaths of all of an extraction's events.
fn deaths(x: &Extraction) -> u32 {
    x.events.iter().map(|e| e.fatalities).sum()
}

/// The first actors of the first event of an extraction.
fn actor1_of(x: &Extraction) -> Vec<Party> {
    x.events[0]
        .actors
        .iter()
        .filter(|a| a.role == Role::Actor1)
        .map(|a| a.party)
        .collect()
}

/// Where the first event extracted from `text` happened.
fn first_location(text: &str, published: Option<&str>) -> Option<Location> {
    extract(text, published)
        .events
        .into_iter()
        .next()
        .and_then(|e| e.location)
}

/// Asserts the sub-event type of the first event extracted from `text`.
#[track_caller]
fn assert_first_sub_event(text: &str, published: Option<&str>, want: Option<SubEventType>) {
    let x = extract(text, published);
    assert_eq!(
        x.events.first().map(|e| e.sub_event_type),
        want,
        "{:?}",
        x.events
    );
}

/// Asserts that no event extracted from `text` has the sub-event type `not`.
#[track_caller]
fn assert_no_sub_event(text: &str, published: Option<&str>, not: SubEventType) {
    let x = extract(text, published);
    assert!(
        x.events.iter().all(|e| e.sub_event_type != not),
        "{:?}",
        x.events
    );
}

#[test]
fn hedges_words_and_glued_numbers() {
    let x = extract("Regime shelling on Hajin killed at least 7 civilians and twenty-one fighters of ISIS were killed in the clashes.", None);
    assert_figure(
        &x,
        (
            Outcome::Killed,
            Party::Civilians,
            Some(7),
            Qualifier::AtLeast,
        ),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Isis, Some(21), Qualifier::Exact),
    );
    let x = extract("The bombing killed 12civilians in Maarat al-Numan.", None);
    assert_eq!(figures(&x)[0].2, Some(12));
}

#[test]
fn vague_words_take_coder_values() {
    let x = extract(
        "Clashes between the SDF and ISIS in al-Shuhayl killed dozens of ISIS members.",
        None,
    );
    let f = figures(&x);
    assert_eq!(
        f,
        vec![(Outcome::Killed, Party::Isis, Some(12), Qualifier::Dozens)]
    );
}

#[test]
fn breakdowns_are_parts_not_new_figures() {
    let x = extract(
        "Russian airstrikes on Ariha killed 15 civilians including 6 children and 3 women.",
        Some("2020-01-10"),
    );
    assert_eq!(x.events.len(), 1);
    let c = &x.events[0].casualties;
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].count.best, Some(15));
    let parts: Vec<_> = c[0]
        .parts
        .iter()
        .map(|p| (p.subgroup.as_str(), p.count.best))
        .collect();
    assert_eq!(parts, [("children", Some(6)), ("women", Some(3))]);
    assert_eq!(x.events[0].sub_event_type, SubEventType::AirDroneStrike);
    assert_eq!(x.events[0].fatalities, 15);
}

#[test]
fn running_totals_are_tallies_not_incidents() {
    let text = "Clashes in Maadan killed 4 regime soldiers. Thus, it rose to 310 the number of regime soldiers killed since the 1st of March 2021 in the provinces of Homs and Hama.";
    let x = extract(text, Some("2021-04-02"));
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Regime, Some(4), Qualifier::Exact)]
    );
    assert_eq!(x.tallies.len(), 1);
    let t = &x.tallies[0];
    assert_eq!(
        (t.count.best, t.party, t.outcome),
        (Some(310), Party::Regime, Outcome::Killed)
    );
    assert_eq!(
        t.since.map(|d| d.to_string()).as_deref(),
        Some("2021-03-01")
    );
    assert!(
        t.regions.contains(&"Homs".to_string()) && t.regions.contains(&"Hama".to_string()),
        "{:?}",
        t.regions
    );
}

#[test]
fn tally_arithmetic_is_checked() {
    let text = "It rose to 100 the number of people killed in the province, where the Observatory documented the killing of 60 civilians and the killing of 30 fighters of the SDF.";
    let x = extract(text, None);
    assert!(
        x.warnings
            .iter()
            .any(|w| w.code == "tally_parts_mismatch" && w.message.contains("90")),
        "{:?}",
        x.warnings
    );
}

#[test]
fn relative_dates_count_from_the_report() {
    let x = extract(
        "Turkish drones struck a car in Qamishli yesterday, killing 2 SDF fighters.",
        Some("2022-06-15"),
    );
    let e = &x.events[0];
    assert_eq!(
        e.date.start.map(|d| d.to_string()).as_deref(),
        Some("2022-06-14")
    );
    assert_eq!(e.sub_event_type, SubEventType::AirDroneStrike);
    let x = extract(
        "On Tuesday evening, ISIS cells attacked a checkpoint in al-Mayadin.",
        Some("2018-11-08"),
    );
    assert_eq!(
        x.events[0].date.start.map(|d| d.to_string()).as_deref(),
        Some("2018-11-06")
    );
}

#[test]
fn the_report_date_is_inferred_from_the_text() {
    let x = extract(
        "Clashes continue since the dawn of yesterday the 3rd of March 2019 in Hajin.",
        None,
    );
    assert_eq!(
        x.published.date.map(|d| d.to_string()).as_deref(),
        Some("2019-03-04")
    );
    assert_eq!(x.published.basis, marsad_model::DateBasis::Inferred);
}

#[test]
fn older_events_retold_are_kept_apart() {
    let text = "Regime forces shelled Daraa al-Balad today. This recalls the massacre back in April 2013 in which regime forces killed more than 100 civilians in the town.";
    let x = extract(text, Some("2021-07-30"));
    let earlier: Vec<_> = x
        .events
        .iter()
        .filter(|e| e.kind == EventKind::ReportOfEarlier)
        .collect();
    assert_eq!(earlier.len(), 1, "{:#?}", x.events);
    assert!(earlier[0]
        .casualties
        .iter()
        .any(|c| c.count.best == Some(100)));
    assert!(x
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Incident)
        .all(|e| e.fatalities == 0));
}

#[test]
fn suspected_actors_are_marked() {
    let x = extract("Warplanes believed to belong to the Russian forces targeted positions of HTS in Kafr Nabl.", Some("2019-05-05"));
    let a = &x.events[0].actors;
    let russia = a.iter().find(|a| a.party == Party::Russia).expect("russia");
    assert_eq!(russia.certainty, marsad_model::Certainty::Suspected);
    assert!(a.iter().any(|a| a.party == Party::Hts));
}

#[test]
fn territory_changes_by_who_acted() {
    let x = extract(
        "Regime forces captured the village of Khan Tuman after clashes with HTS.",
        Some("2020-02-11"),
    );
    assert_eq!(
        x.events[0].sub_event_type,
        SubEventType::GovernmentRegainsTerritory
    );
    let x = extract(
        "The SDF took control of al-Baghuz after clashes with ISIS.",
        Some("2019-03-23"),
    );
    assert_eq!(
        x.events[0].sub_event_type,
        SubEventType::NonStateActorOvertakesTerritory
    );
    // More words for ground taken, and a subject whose last word is "militias".
    for (text, want) in [
        ("Rebels overtook the village of Ikhtin.", SubEventType::NonStateActorOvertakesTerritory),
        ("Government forces took the town of Mansura from ISIS.", SubEventType::GovernmentRegainsTerritory),
        ("Government forces and Syrian and non-Syrian militias took control of Batish in Hama province from HTS.", SubEventType::GovernmentRegainsTerritory),
        ("Soqour al-Sham expelled Jabhat Fateh al Sham from Hantutin near Maaret Al-N'uman.", SubEventType::NonStateActorOvertakesTerritory),
        // A second verb joined by "and" takes the party that opens the sentence.
        ("Syrian Regime Forces and Druze fighters entered Zalaf area in east Suwaidaa and captured most of it.", SubEventType::GovernmentRegainsTerritory),
        // Arms captured are no ground.
        ("QSD killed several IS members in Al-Kasrah area and captured their armaments and mines.", SubEventType::ArmedClash),
        // "Point 50" is a place's name, not 50 people captured.
        ("After launching a military operation, rebels controlled Point 50 near Qamhana in Hama.", SubEventType::NonStateActorOvertakesTerritory),
    ] {
        let x = extract(text, Some("2017-02-16"));
        assert_eq!(x.events.first().map(|e| e.sub_event_type), Some(want), "{text:?}: {:?}", x.events);
    }
    // A thing's word inside a name ("the al-Tank Oil Field") is no thing taken; an ordinal
    // ("4th Farm") is no count of people captured; "parts of" after the party is ground.
    for text in [
        "SDF forces captured the al-Tank Oil Field from Islamic State fighters.",
        "Regime forces captured 4th Farm west of Maskana in east Aleppo countryside.",
        "QSD captured parts of Jdid Ekeidat from Islamic State fighters.",
    ] {
        let x = extract(text, Some("2019-03-23"));
        assert!(
            x.events
                .first()
                .is_some_and(|e| e.sub_event_type != SubEventType::ArmedClash),
            "{text:?}: {:?}",
            x.events
        );
        assert!(
            x.events[0].casualties.is_empty(),
            "{text:?}: {:?}",
            x.events[0].casualties
        );
    }
}

#[test]
fn headline_figures_are_not_a_second_incident() {
    let text = "About 20 regime soldiers killed in an ambush near Palmyra\n\nISIS cells ambushed a regime convoy near Palmyra, where at least 19 regime soldiers were killed.";
    let x = extract(text, Some("2021-01-01"));
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Regime, Some(19), Qualifier::AtLeast)]
    );
}

#[test]
fn odd_text_gives_records_and_warnings_not_errors() {
    for text in [
        "",
        "   ",
        "1 2 3 4 5",
        "killed killed killed",
        "\u{0}\u{1}binary",
        "؟؟؟ ١٢٣",
        &"9".repeat(5000),
    ] {
        let x = extract(text, None);
        assert!(x
            .events
            .iter()
            .all(|e| e.spans.iter().all(|s| text.get(s.0..s.1).is_some())));
    }
}

#[test]
fn the_event_place_is_where_it_happened() {
    // Where someone comes from is not where the event happened.
    let x = extract(
        "Unidentified gunmen shot dead a regime soldier from Homs in Dar'a countryside.",
        Some("2020-07-05"),
    );
    let loc = x.events[0].location.as_ref().expect("a place");
    assert_eq!(loc.admin1_pcode.as_deref(), Some("SY12"), "{loc:?}");
    // A road's end town is not the event's place when the text names another.
    let x = extract(
        "Gunmen killed 2 soldiers on the Damascus - Homs highway near Duma.",
        Some("2020-07-05"),
    );
    let loc = x.events[0].location.as_ref().expect("a place");
    assert_eq!(loc.name, "Duma", "{loc:?}");
    // A closing toll sentence takes the place of the sentence before it.
    let x = extract("Clashes took place between the QSD and gunmen in Jasmi town in Deir ez Zor countryside. 2 fatalities.", Some("2020-07-05"));
    assert!(
        x.events.iter().all(|e| e
            .location
            .as_ref()
            .is_some_and(|l| l.pcode.as_deref() == Some("C5160"))),
        "{:?}",
        x.events
    );
    // A period after a short form ("'1st reg.'", "Mt.") does not end the sentence.
    let x = extract(
        "The army clashed with rebels of the '1st reg.' in the outskirts of Ghoz village.",
        Some("2020-07-05"),
    );
    let loc = x.events[0].location.as_ref().expect("a place");
    assert_eq!(loc.name, "Ghoz", "{loc:?}");
    // "on X Front" is a front line at X, not a faction named "X Front" (as "the Levant Front"
    // is); a front is near its town, not in it (ACLED's geo-precision 2).
    let x = extract(
        "Clashes took place between regime forces and rebels on Jaborine Front in Homs province.",
        Some("2020-07-05"),
    );
    let loc = x.events[0].location.as_ref().expect("a place");
    assert_eq!(
        (loc.name.as_str(), loc.precision),
        ("Jaborine", 2),
        "{loc:?}"
    );
}

#[test]
fn the_parties_named_weigh_namesakes() {
    // Khirbet Ghazaleh is a town of Dar'a and a village of Al-Hasakeh; nothing in the
    // sentence names a governorate, but the parties do: the SDF fight in the north-east,
    // the southern opposition in Dar'a.
    let admin1 = |text: &str| first_location(text, Some("2020-07-05")).and_then(|l| l.admin1_pcode);
    assert_eq!(
        admin1("SDF fighters clashed with ISIS cells in Khirbet Ghazaleh, killing 2 of them.")
            .as_deref(),
        Some("SY08")
    );
    assert_eq!(admin1("Opposition fighters clashed with regime forces in Khirbet Ghazaleh, killing 2 of them.").as_deref(), Some("SY12"));
    // Big Sweidiyeh is a village of Ar-Raqqa and one of Al-Hasakeh: the SDF fight in
    // both, the Islamic State held the Euphrates valley, so the two together say Ar-Raqqa.
    assert_eq!(
        admin1("The Syrian Democratic Forces clashed with the Islamic State in Big Sweidiyah.")
            .as_deref(),
        Some("SY11")
    );
}

#[test]
fn the_town_refers_back_to_the_last_event_place() {
    let x = extract(
        "Clashes between the SDF and ISIS killed 5 ISIS members in Hajin.\n\nAnd the Observatory monitored that ISIS attacked SDF positions in the eastern countryside of Deir Ezzor and regained control of parts of the town.",
        Some("2018-12-10"),
    );
    let places: Vec<_> = x
        .events
        .iter()
        .map(|e| e.location.as_ref().and_then(|l| l.pcode.clone()))
        .collect();
    assert!(
        places.len() >= 2 && places.iter().all(|p| p.as_deref() == Some("C5175")),
        "{places:?}"
    );
}

#[test]
fn means_between_verb_and_victims_and_a_lone_one() {
    let x = extract(
        "Unidentified gunmen assassinated using small arms fire a QSD commander in Shadadah.",
        Some("2020-09-23"),
    );
    assert_eq!(
        x.events.first().map(|e| e.fatalities),
        Some(1),
        "{:?}",
        x.events
    );
    let x = extract(
        "Gunmen opened fire at QSD fighters on the outskirts of Ajaja, killing one.",
        Some("2020-07-06"),
    );
    assert_eq!(
        x.events.first().map(|e| e.fatalities),
        Some(1),
        "{:?}",
        x.events
    );
    let x = extract(
        "A member of the Zainabiyoun Brigade was found hanged in a military post near Al-Bukamal.",
        Some("2020-12-22"),
    );
    assert_eq!(
        x.events.first().map(|e| e.fatalities),
        Some(1),
        "{:?}",
        x.events
    );
    // Bodies found are the dead.
    let x = extract("Around 18 October 2021 (as reported), 2 bodies of IS fighters were found near Abu Hamam, killed by unknown gunmen.", Some("2021-10-18"));
    assert_eq!(deaths(&x), 2, "{:?}", x.events);
    // One wounded man who "died later from his wounds" is a death.
    let x = extract("Unknown gunmen shot and injured a regime soldier in Tassil town. He died later from his wounds.", Some("2021-05-06"));
    assert_eq!(deaths(&x), 1, "{:?}", x.events);
    // Two wounded: "he" has no single referent, so nothing changes.
    let x = extract(
        "Gunmen shot and injured 2 regime soldiers in Tassil town. He died later.",
        Some("2021-05-06"),
    );
    assert_eq!(deaths(&x), 0, "{:?}", x.events);
}

#[test]
fn a_vague_toll_told_again_as_a_number_counts_once() {
    // "dozens killed" and "at least 38 fighters were killed" are the same deaths.
    let x = extract(
        "Clashes between the Army of Islam and Faylaq al-Rahman in eastern Ghouta left dozens killed. The Observatory said at least 38 fighters were killed in the clashes.",
        Some("2017-04-29"),
    );
    assert_eq!(
        x.events.iter().map(|e| e.fatalities).collect::<Vec<_>>(),
        [38],
        "{:?}",
        x.events
    );
    // A number below the vague toll's floor is other deaths: both count.
    let x = extract("Clashes in eastern Ghouta left dozens of fighters killed, and 3 civilians were killed by shelling.", Some("2017-04-29"));
    assert_eq!(deaths(&x), 15, "{:?}", x.events);
}

#[test]
fn a_death_that_caused_the_event_is_not_its_toll() {
    for text in [
        "Residents attacked a regime checkpoint in Kanaker in retaliation for the killing of a civilian in the town.",
        "QSD detained four of their own members in Al Salihia on charges of killing a QSD leader.",
        "An unknown gunman tried to kill a QSD fighter in a market in Shiheil town, and failed.",
    ] {
        let x = extract(text, Some("2021-02-06"));
        assert_eq!(deaths(&x), 0, "{text}: {:?}", x.events);
    }
    // ... but a toll told after the attack still counts.
    let x = extract(
        "Gunmen attacked a checkpoint in Shiheil town, killing 3 soldiers.",
        Some("2021-02-06"),
    );
    assert_eq!(deaths(&x), 3, "{:?}", x.events);
}

#[test]
fn more_wordings_of_taking_ground_and_exchanging_fire() {
    assert_first_sub_event(
        "Regime forces managed to capture the village of Khan Tuman from HTS.",
        Some("2020-02-11"),
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    let x = extract(
        "Unidentified gunmen opened small arms fire at an SDF patrol in Hajin. No casualties.",
        Some("2020-07-05"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_first_sub_event(
        "An exchange of targeting took place between regime forces and rebels near Kafr Nabl.",
        Some("2020-07-05"),
        Some(SubEventType::ArmedClash),
    );
    // Attempts are not changes of hands.
    assert_no_sub_event(
        "Regime forces tried to capture the village of Khan Tuman from HTS.",
        Some("2020-02-11"),
        SubEventType::GovernmentRegainsTerritory,
    );
}

#[test]
fn organisations_and_origins_are_not_event_places() {
    // "the Military Council of Deir-ez-Zor" is a faction; "whose fighters are from X" an origin.
    let x = extract(
        "Police forces clashed with Ahrar al-Sharqiya, whose fighters are also from Deir-ez-Zor, in the town of Jarablus in the northern countryside of Aleppo.",
        Some("2020-05-01"),
    );
    let loc = x.events[0].location.as_ref().expect("a place");
    assert_eq!(loc.admin1_pcode.as_deref(), Some("SY02"), "{loc:?}");
    let x = extract("Clashes took place between the Military Council of Deir-ez-Zor and ISIS fighters in the southern countryside of Al-Hasakah.", Some("2017-05-01"));
    let loc = x.events[0].location.as_ref().expect("a place");
    assert_eq!(loc.admin1_pcode.as_deref(), Some("SY08"), "{loc:?}");
}

#[test]
fn places_said_of_a_party_yield_to_the_event_place() {
    let place = |text: &str| first_location(text, Some("2022-03-01")).map(|l| l.name);
    // A place naming the men ("Mhemideh tribal militiamen") or where they came from
    // ("gunmen from Tadaf") is not where they fought.
    assert_eq!(
        place("Clashes broke out among Mhemideh tribal militiamen in Gharanij town in Deir ez Zor countryside.").as_deref(),
        Some("Gharanij")
    );
    assert_eq!(
        place(
            "Gunmen from Tadaf clashed with displaced people in Al Bab city in Aleppo countryside."
        )
        .as_deref(),
        Some("Al Bab")
    );
    // A stretch of ground named by its ends is coded at its start; a journey at its end.
    assert_eq!(
        place("IS fighters attacked regime positions in the area extending from Tadaf town to Al Bab city.").as_deref(),
        Some("Tadaf")
    );
    assert_eq!(
        place(
            "Gunmen ambushed a regime officer travelling from Tadaf to Al Bab city, killing him."
        )
        .as_deref(),
        Some("Al Bab")
    );
}

#[test]
fn an_event_told_after_a_running_total_is_kept() {
    let x = extract(
        "The Syrian Observatory documented the death of 45 civilians in the enclave since the 10th of September 2018, and the Coalition's strikes targeted a mosque in Hajin town.",
        Some("2018-11-11"),
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let strike = x
        .events
        .iter()
        .find(|e| e.sub_event_type == SubEventType::AirDroneStrike)
        .expect("the strikes are an event");
    assert_eq!(
        strike.location.as_ref().and_then(|l| l.pcode.as_deref()),
        Some("C5175"),
        "{strike:?}"
    );
    assert_eq!(
        strike.actors.first().map(|a| a.party),
        Some(Party::Coalition),
        "{strike:?}"
    );
    assert_eq!(
        strike.fatalities, 0,
        "the total's deaths are not the strike's"
    );
}

#[test]
fn a_long_report_chains_side_events_with_in_conjunction_with() {
    // A run-on report sentence (over 60 words) tells shelling elsewhere beside clashes.
    let text = "The Syrian Observatory for Human Rights was informed that violent clashes are still taking place between the regime forces and militiamen loyal to them against the Islamic State organization in the city of Deir Ezzor and its surroundings since the dawn of yesterday, the clashes are concentrated in the neighborhoods of the city and its northern outskirts and around the airbase, in conjunction with shelling villages of Jneineh and Ayyash in the western countryside of Deir Ezzor, while the organization shelled neighborhoods in the city, killing 3 civilians.";
    let x = extract(text, Some("2017-01-15"));
    let shelling = x
        .events
        .iter()
        .find(|e| e.location.as_ref().and_then(|l| l.pcode.as_deref()) == Some("C5084"))
        .expect("the shelling of Jneineh is an event of its own");
    assert_eq!(
        shelling.sub_event_type,
        SubEventType::ShellingArtilleryMissileAttack,
        "{shelling:?}"
    );
    assert_eq!(
        shelling.fatalities, 0,
        "the deaths in the city are not the villages'"
    );
    // In a short note, "in conjunction with" stays part of the battle.
    let x = extract("Clashes took place between regime forces and rebels in Kafr Nabl in conjunction with shelling.", Some("2020-07-05"));
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn an_event_without_a_place_takes_one_told_later_in_its_sentence() {
    let x = extract(
        "18 fighters of the Islamic State were killed in clashes, also as a result of bombardments on their positions in the countryside of Raqqa.",
        Some("2017-06-01"),
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.location.as_ref().and_then(|l| l.admin1_pcode.as_deref()) == Some("SY11")),
        "{:?}",
        x.events
    );
}

#[test]
fn a_new_report_in_the_same_sentence_with_its_own_actor_is_another_event() {
    let text = "The Syrian Observatory monitored that ISIS was able to regain control of parts of Hajin, while the Syrian Observatory for Human Rights monitored shelling by the International Coalition forces, targeted what is left for the organization in the area.";
    let x = extract(text, Some("2019-01-24"));
    let shelling = x
        .events
        .iter()
        .find(|e| e.sub_event_type == SubEventType::ShellingArtilleryMissileAttack)
        .expect("the Coalition's shelling is an event of its own");
    assert_eq!(
        shelling.actors.first().map(|a| a.party),
        Some(Party::Coalition),
        "{shelling:?}"
    );
    assert!(
        x.events
            .iter()
            .any(|e| e.sub_event_type == SubEventType::NonStateActorOvertakesTerritory),
        "{:?}",
        x.events
    );
}

#[test]
fn a_closing_toll_sums_up_the_event_whose_deaths_it_counts() {
    // The shelling told in the "while" clause is another event; the toll is the sniping's.
    let x = extract(
        "On 23 March 2023, opposition snipers shot and killed 1 regime soldier near Kafr Nabl in Idleb countryside, while regime forces shelled the vicinity of the town with artillery. 1 fatality.",
        Some("2023-03-23"),
    );
    let total: u32 = x.events.iter().map(|e| e.fatalities).sum();
    assert_eq!(total, 1, "{:?}", x.events);
}

#[test]
fn the_clashes_and_the_city_refer_back() {
    let text = "Violent clashes took place between regime forces and ISIS in the city of Deir Ezzor, in conjunction with regime shelling on the villages of Jneineh and Ayyash in the western countryside of Deir Ezzor, while ISIS shelled neighbourhoods in the city, and the clashes of yesterday killed 12 regime soldiers and 20 ISIS fighters.";
    let x = extract(text, Some("2017-01-15"));
    let with_deaths: Vec<_> = x.events.iter().filter(|e| e.fatalities > 0).collect();
    assert_eq!(with_deaths.len(), 1, "{:?}", x.events);
    let clashes = with_deaths[0];
    assert_eq!(
        clashes.sub_event_type,
        SubEventType::ArmedClash,
        "{clashes:?}"
    );
    assert_eq!(
        clashes.location.as_ref().and_then(|l| l.pcode.as_deref()),
        Some("C5086"),
        "the city of Deir Ezzor: {clashes:?}"
    );
    assert_eq!(clashes.fatalities, 32);
}

#[test]
fn exchanges_of_shelling_are_clashes_and_participles_take_ground() {
    assert_first_sub_event("On 31 August 2022, shelling exchange took place between regime forces and opposition rebels near Kafr Nabl with heavy artillery. Casualties unknown.", Some("2022-08-31"), Some(SubEventType::ArmedClash));
    // One-sided shelling stays shelling.
    assert_first_sub_event(
        "Regime forces shelled Kafr Nabl with heavy artillery.",
        Some("2022-08-31"),
        Some(SubEventType::ShellingArtilleryMissileAttack),
    );
    assert_first_sub_event("Regime forces and allied militias made advances in the eastern desert of Homs, taking control of Al-Salihiya village, following clashes with ISIS.", Some("2017-06-01"), Some(SubEventType::GovernmentRegainsTerritory));
}

#[test]
fn armed_groups_detaining_each_other_clash_and_civilians_are_arrested() {
    assert_first_sub_event(
        "On 20 October 2020, the SDF arrested four ISIS members in Hajin town.",
        Some("2020-10-20"),
        Some(SubEventType::ArmedClash),
    );
    assert_first_sub_event(
        "On 20 October 2020, regime forces arrested four civilians in Hajin town.",
        Some("2020-10-20"),
        Some(SubEventType::Arrests),
    );
}

#[test]
fn strikes_in_support_of_a_ground_action_are_part_of_it() {
    assert_first_sub_event("Euphrates Shield forces with Turkish warplanes support clashed against ISIS fighters in Baza'a town.", Some("2017-01-05"), Some(SubEventType::ArmedClash));
    assert_first_sub_event("On 31 July 2021, the SDF, supported by Coalition helicopters, detained 4 ISIS members in Hajin.", Some("2021-07-31"), Some(SubEventType::ArmedClash));
    // Strikes on their own stay strikes.
    assert_first_sub_event(
        "Russian warplanes carried out airstrikes on Kafr Nabl.",
        Some("2021-07-31"),
        Some(SubEventType::AirDroneStrike),
    );
}

#[test]
fn civilians_killed_in_clashes_died_in_a_battle() {
    assert_first_sub_event("On 4 March 2023, clashes took place between two families over an old dispute in Hajin town, killing one civilian. 1 fatality.", Some("2023-03-04"), Some(SubEventType::ArmedClash));
    // Gunmen shooting a civilian is violence against civilians.
    assert_first_sub_event(
        "On 4 March 2023, unknown gunmen shot dead a civilian in Hajin town.",
        Some("2023-03-04"),
        Some(SubEventType::Attack),
    );
}

#[test]
fn ground_counted_in_numbers_changes_hands_and_things_seized_do_not() {
    assert_first_sub_event("As a result of the clashes, the Syrian army established full control over the 3 villages near Hajin.", Some("2017-09-01"), Some(SubEventType::GovernmentRegainsTerritory));
    assert_no_sub_event(
        "HTS seized a number of vehicles and weapons after raids on regime checkpoints near Kafr Nabl.",
        Some("2017-09-01"),
        SubEventType::NonStateActorOvertakesTerritory,
    );
}

#[test]
fn unattributed_violence_has_an_unidentified_first_actor() {
    let x = extract("On 15 October 2022, unidentified armed individuals killed an SDF member in Hajin. 1 fatality.", Some("2022-10-15"));
    let parties: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert!(
        parties.contains(&(Party::Unknown, marsad_model::Role::Actor1)),
        "{parties:?}"
    );
    let x = extract(
        "The body of an SDF member was found bearing torture marks in Hajin. 1 fatality.",
        Some("2022-10-15"),
    );
    let parties: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert_eq!(
        parties,
        vec![
            (Party::Unknown, marsad_model::Role::Actor1),
            (Party::Sdf, marsad_model::Role::Actor2)
        ],
        "{:?}",
        x.events
    );
}

#[test]
fn deaths_from_wounds_kin_and_ranks() {
    let x = extract("An opposition fighter succumbed to wounds he sustained during clashes with regime forces in Hajin.", Some("2021-05-09"));
    assert_eq!(
        figures(&x),
        vec![(
            Outcome::Killed,
            Party::Opposition,
            Some(1),
            Qualifier::Exact
        )]
    );
    let x = extract("On 9 May 2017, a fighter in the ranks of the opposition died due to injuries he sustained in a battle with regime forces in Hajin.", Some("2017-05-09"));
    assert_eq!(
        figures(&x).first().map(|f| (f.0, f.1, f.2)),
        Some((Outcome::Killed, Party::Opposition, Some(1))),
        "{:?}",
        figures(&x)
    );
    let x = extract(
        "Two brothers were found dead with gunshot marks in Hajin.",
        Some("2020-06-16"),
    );
    assert_eq!(deaths(&x), 2, "{:?}", x.events);
}

#[test]
fn quoted_names_and_bracketed_acronyms_stay_with_their_person() {
    let x = extract(
        "A Syrian Army Colonel 'Muhammed Ali al-Aswad' was reportedly killed near Palmyra.",
        Some("2017-03-01"),
    );
    assert_eq!(
        figures(&x).first().map(|f| (f.0, f.1, f.2)),
        Some((Outcome::Killed, Party::Regime, Some(1))),
        "{:?}",
        figures(&x)
    );
    let x = extract("A member of the Free Syrian Army (JSH) was killed during clashes with regime forces in Nawa.", Some("2017-03-01"));
    assert_eq!(
        figures(&x).first().map(|f| (f.0, f.1, f.2)),
        Some((Outcome::Killed, Party::Opposition, Some(1))),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn a_whole_keeps_its_verb_past_a_long_including_clause() {
    let x = extract("Six people, including one of the fighters from the factions, were killed by airstrikes in the countryside of Daraa.", Some("2017-03-01"));
    assert_eq!(deaths(&x), 6, "{:?}", x.events);
}

#[test]
fn partial_control_is_a_clash() {
    assert_first_sub_event(
        "Regime forces achieved partial control of Kafr Nabl after clashes against HTS fighters.",
        Some("2020-02-01"),
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn ground_taken_by_pronoun_is_the_event_just_told() {
    let x = extract("Rebel forces battled regime forces in Kafr Nabl. Rebel forces took it over. No deaths reported.", Some("2017-06-01"));
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(
        x.events[0].sub_event_type,
        SubEventType::NonStateActorOvertakesTerritory,
        "{:?}",
        x.events
    );
}

#[test]
fn news_background_tolls_datelines_and_retold_figures() {
    // The whole war's toll is a running total, not the incident's.
    let x = extract("Russian airstrikes killed 12 civilians in Kafr Nabl on Monday. More than 330,000 people have been killed since the conflict began in 2011.", Some("2016-08-01"));
    assert_eq!(deaths(&x), 12, "{:?}", x.events);
    assert!(
        x.tallies.iter().any(|t| t.count.best == Some(330_000)),
        "{:?}",
        x.tallies
    );
    // A dateline's year ("Friday 6 Feb 2015") is not a count.
    let x = extract("Syrian air strikes kill 70 people Monitor Reuters Friday 6 Feb 2015 Syrian air force strikes killed at least 70 people in Douma.", None);
    assert_eq!(deaths(&x), 70, "{:?}", x.events);
    // A toll told twice in one article counts once.
    let x = extract("At least 56 civilians were killed in strikes by the US-led coalition near Manbij. There are at least 56 dead including 11 children, the Observatory said.", Some("2016-07-19"));
    assert_eq!(deaths(&x), 56, "{:?}", x.events);
    // A headline's two tolls: civilians do not kill.
    let x = extract(
        "3 civilians killed 12 others injured in shelling on Aleppo.",
        Some("2016-11-12"),
    );
    assert_eq!(
        figures(&x).iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
        vec![(Outcome::Killed, Some(3)), (Outcome::Injured, Some(12))]
    );
}

#[test]
fn period_tolls_and_numeric_dates() {
    // A toll over a period is a running total; a year in "03-07-2015" is not a count.
    let x = extract("The Observatory reported that more than 3000 people have been killed during the past month. Russian airstrikes killed 4 civilians in Kafr Nabl.", Some("2016-08-01"));
    assert_eq!(deaths(&x), 4, "{:?}", x.events);
    let x = extract(
        "03-07-2015 Five Civilians Killed in Terrorist Rocket Attacks in Aleppo.",
        None,
    );
    assert_eq!(deaths(&x), 5, "{:?}", x.events);
}

#[test]
fn operations_against_cells_and_other_event_wordings() {
    assert_first_sub_event("On 22 January 2022, the SDF conducted a security operation in Hajin looking for ISIS members.", Some("2022-01-22"), Some(SubEventType::ArmedClash));
    let x = extract("On 10 January 2020, infighting was reported between two factions of the SNA in Ras al-Ain.", Some("2020-01-10"));
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn an_older_event_named_by_its_year_alone_is_retold() {
    let x = extract("The regime was responsible for the 2013 poison gas attack that killed more than 1400 people, Human Rights Watch said on Tuesday. Russian airstrikes killed 5 civilians in Douma on Monday.", Some("2016-09-10"));
    let old = x
        .events
        .iter()
        .find(|e| e.fatalities == 1400)
        .expect("the 2013 attack");
    assert_eq!(old.kind, EventKind::ReportOfEarlier, "{old:?}");
    assert_eq!(old.date.start, Date::parse_iso("2013-01-01"));
    // "the 2000 fighters" stays a count.
    let x = extract(
        "Clashes in Hajin killed 12 of the 2000 fighters of ISIS.",
        Some("2016-09-10"),
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.date.start != Date::parse_iso("2000-01-01")),
        "{:?}",
        x.events
    );
}

#[test]
fn a_strike_told_beside_a_ground_attack_is_that_battle() {
    // The attack is on the ground: the attacker has no aircraft, and the strikes go "amid" it.
    assert_first_sub_event(
        "IS fighters attacked regime positions in Sokhneh desert, amid Russian airstrikes on the area. Casualties unknown.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // Without that link, a strike and an advance in one story stay apart: a suicide
    // bombing while others advance elsewhere is a bombing.
    assert_first_sub_event(
        "A suicide car bomb attack on buses in Rashidin killed 43 civilians as SDF fighters advanced towards Raqqa.",
        None,
        Some(SubEventType::SuicideBomb),
    );
}

#[test]
fn raids_with_arrests_are_on_the_ground() {
    assert_first_sub_event(
        "HTS carried out raids in Sarmin town, searching for IS cells and arresting dozens of ISIS members.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // Raids by warplanes are air strikes.
    assert_first_sub_event(
        "Russian warplanes carried out 20 raids on Khan Shaykhun, killing 5 civilians.",
        None,
        Some(SubEventType::AirDroneStrike),
    );
}

#[test]
fn ground_taken_by_a_clause_subject_far_before_the_verb() {
    // The subject is separated from its verb by an aside or a long clause.
    assert_first_sub_event(
        "Over a 48-hour period, regime forces, supported by artillery, rocket, and aerial shelling, established control over at least 7 new villages in northern Hama.",
        None,
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    assert_first_sub_event(
        "Clashes took place between IS and the regime forces where the Syrian regime forces were able to achieve a new advancement and took control of Safyan in Ar-Raqqa governorate.",
        None,
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    // An aim is no change: "launched an assault to retake the village".
    assert_first_sub_event(
        "Government forces launched an assault from positions near the plant to retake the village of Zaara from the rebels.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // Nor is a denial, or people taken ("were later captured").
    assert_first_sub_event(
        "Syrian Democratic Forces fought the Islamic State in the Old City of Ar-Raqqa, almost, but not completely taking it over.",
        None,
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn the_taker_of_ground_is_its_verbs_subject() {
    // The state force that took the ground, whoever is named first in the sentence.
    assert_first_sub_event(
        "After intense clashes between the rebels and the Islamic State, the regime regained control of Mamoun University.",
        None,
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    assert_first_sub_event(
        "Clashes took place between ISIS and regime forces in eastern Hama, where the regime forces were able to take control of the village of Hajilah.",
        None,
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    // A non-state group that took it, though the regime is named in the sentence.
    assert_first_sub_event(
        "IS attacked Syrian regime army and controlled several villages near the silos east of Palmyra.",
        None,
        Some(SubEventType::NonStateActorOvertakesTerritory),
    );
}

#[test]
fn ground_held_briefly_or_people_captured_is_no_change_of_hands() {
    assert_first_sub_event(
        "Violent clashes took place between IS and HTS in eastern Hama, during which IS managed to take control of the village of Al-Mashirefah for a short period before HTS re-gained control.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // People taken, a few words on: "captured one pro-Syrian Government fighter".
    assert_first_sub_event(
        "Free Syrian Army captured one pro-Syrian Government fighter on the Tadaf front during the clashes.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // A lasting change told beside a brief loss stays one.
    assert_first_sub_event(
        "Rebels regained control over Tal Shiha in Hama after losing it to Syrian regime forces for a short period of time.",
        None,
        Some(SubEventType::NonStateActorOvertakesTerritory),
    );
}

#[test]
fn more_ways_to_say_ground_changed_hands() {
    assert_first_sub_event(
        "Regime forces and allied fighters wrested control of Khanaser from Daesh after clashes.",
        None,
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    assert_first_sub_event(
        "Lions of the East Army and rebels clashed with ISIS and managed to expel the Islamic State out of most of the areas near Bir al-Qasab.",
        None,
        Some(SubEventType::NonStateActorOvertakesTerritory),
    );
    // An operation launched "to seize control" is an aim; the clash is the event.
    let x = extract(
        "The SDF clashed with Daesh as it launched an operation to seize control over Raqqa.",
        None,
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.sub_event_type == SubEventType::ArmedClash),
        "{:?}",
        x.events
    );
}

#[test]
fn the_verb_of_a_toll_may_come_after_a_phrase_or_a_second_noun() {
    let x = extract(
        "1 militant from the rebel factions was sniped and killed by the Syrian army near Sensil.",
        None,
    );
    assert_eq!(
        figures(&x),
        [(
            Outcome::Killed,
            Party::Opposition,
            Some(1),
            Qualifier::Exact
        )]
    );
    let x = extract("Regime forces shelled Qaboun during clashes with opposition fighters. Fourteen opposition fighters as well as a civilian were killed.", None);
    assert_figure(
        &x,
        (
            Outcome::Killed,
            Party::Opposition,
            Some(14),
            Qualifier::Exact,
        ),
    );
    assert_eq!(deaths(&x), 15);
}

#[test]
fn either_or_counts_take_the_lower_and_a_victim_is_counted_once() {
    let x = extract("IS gunmen opened small arms fire at a QSD checkpoint in Tayyana, killing either 2 or 3 members.", None);
    assert_eq!(deaths(&x), 2, "{:?}", figures(&x));
    // "killing him" is the rebel already counted.
    let x = extract("An unknown gunman shot and killed a former opposition rebel in Jalin town in Dar'a countryside, killing him.", None);
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
    // The killers counted before an active verb are not its victims, even with the means between.
    let x = extract("2 unidentified gunmen riding a motorcycle assassinated using small arms fire a member of the QSD in Basira.", None);
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
}

#[test]
fn one_person_named_with_the_after_a_killing_verb_counts_one() {
    let x = extract("Clashes took place when regime security forces raided a house in Yadudeh town, which resulted in killing the former rebel member.", None);
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
    // The plural counts nobody in particular.
    let x = extract(
        "Clashes took place in Yadudeh town, which resulted in killing the rebel fighters.",
        None,
    );
    assert!(
        x.events.iter().all(|e| e.fatalities == 0),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn a_battle_told_with_one_side_gets_the_other() {
    // No other side named anywhere: an unidentified armed group, suspected.
    let x = extract("Syrian regime forces captured Tell Shihab area in east of Homs. Neither injuries nor fatalities were reported.", None);
    let e = &x.events[0];
    assert!(e.actors.iter().any(|a| a.party == Party::Unknown && a.certainty == marsad_model::Certainty::Suspected), "{:?}", e.actors);
    // The side the one named last fought in the paragraph.
    let x = extract("Clashes took place between the SDF and ISIS in Hajin, killing 5 ISIS members. Later, ISIS was able to regain control of parts of the town.", None);
    assert!(
        x.events[0].actors.iter().all(|a| a.party != Party::Unknown),
        "{:?}",
        x.events[0].actors
    );
    let last = x.events.last().expect("events");
    assert!(
        last.actors
            .iter()
            .any(|a| a.party == Party::Sdf && a.role == marsad_model::Role::Actor2),
        "{:?}",
        x.events
    );
    // Not across paragraphs.
    let x = extract("Clashes took place between the SDF and ISIS in Hajin, killing 5 ISIS members.\n\nLater, ISIS was able to regain control of parts of the town.", None);
    let last = x.events.last().expect("events");
    assert!(
        last.actors.iter().any(|a| a.party == Party::Unknown),
        "{:?}",
        x.events
    );
}

#[test]
fn the_two_sides_between_which_fighting_took_place_are_not_partners() {
    let x = extract("The fighting between Kurdish-led Syrian Democratic Forces and IS members on the eastern outskirts of Raqqa continued.", None);
    let roles: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert!(
        roles.contains(&(Party::Isis, marsad_model::Role::Actor2)),
        "{roles:?}"
    );
    // Family feuds are communal.
    let x = extract(
        "Clashes took place between two families in Gharanij town in Deir ez Zor countryside.",
        None,
    );
    assert!(
        x.events[0].actors.iter().any(|a| a.party == Party::Tribal),
        "{:?}",
        x.events[0].actors
    );
}

#[test]
fn the_one_wounded_who_died_of_wounds_named_again_is_killed() {
    let x = extract(
        "On 16 June 2017, members of an unidentified armed group shot and wounded 1 member of HTS in Idleb city. The HTS fighter died from his wounds on 18 June 2017.",
        None,
    );
    assert!(
        figures(&x).contains(&(Outcome::Killed, Party::Hts, Some(1), Qualifier::Exact)),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn a_wounded_person_who_later_died_is_killed() {
    // "who died" is said of the person just told of.
    let x = extract(
        "Gunmen opened fire on a car near Nawa, injuring a woman who died hours later in hospital.",
        Some("2021-03-02"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
    // Of two wounded, the one the next sentence names (its subject may be long).
    let x = extract(
        "Gunmen shot and injured a regime officer and a teacher in Nawa. The regime's air force intelligence officer died two days later.",
        Some("2021-03-02"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
    assert!(
        figures(&x).contains(&(
            Outcome::Injured,
            Party::Civilians,
            Some(1),
            Qualifier::Exact
        )),
        "the teacher is still wounded: {:?}",
        figures(&x)
    );
}

#[test]
fn people_joined_in_one_clause_share_its_verb() {
    for text in [
        // The verb after the second group.
        "4 civilians and 3 rebel fighters were killed in regime shelling on Busra al-Harir.",
        "4 civilians along with 3 rebel fighters were killed in regime shelling on Busra al-Harir.",
        // The verb before the first.
        "Regime shelling on Busra al-Harir killed 4 civilians as well as 3 rebel fighters.",
        "Regime shelling on Busra al-Harir killed 4 civilians, in addition to 3 rebel fighters.",
        "4 civilians were killed along with 3 rebel fighters in regime shelling on Busra al-Harir.",
    ] {
        let x = extract(text, Some("2018-06-20"));
        assert_eq!(deaths(&x), 7, "{text}: {:?}", figures(&x));
    }
    // A verb of its own for the second group.
    let x = extract(
        "Regime shelling on Busra al-Harir killed 4 civilians and wounded 3 rebel fighters.",
        Some("2018-06-20"),
    );
    assert_eq!(deaths(&x), 4, "{:?}", figures(&x));
}

#[test]
fn a_family_of_n_counts_its_members_as_civilians() {
    let x = extract(
        "A regime shell hit a house in Kafr Nabl, killing a family of five.",
        Some("2019-05-02"),
    );
    assert_eq!(
        figures(&x),
        [(Outcome::Killed, Party::Civilians, Some(5), Qualifier::Exact)]
    );
}

#[test]
fn a_man_and_his_kin_listed_are_each_counted() {
    let x = extract(
        "Gunmen killed a man, his wife and their three children in their house in Busra al-Sham.",
        Some("2019-05-02"),
    );
    assert_eq!(deaths(&x), 5, "{:?}", figures(&x));
    // Told after the family's number, the list restates it.
    let x = extract(
        "A regime shell killed a family of 5, a man, his wife and their three children, in Busra al-Sham.",
        Some("2019-05-02"),
    );
    assert_eq!(deaths(&x), 5, "{:?}", figures(&x));
}

#[test]
fn a_list_set_off_after_a_figure_that_adds_up_to_it_breaks_it_down() {
    let x = extract(
        "Russian airstrikes on Kafr Nabl killed 7 civilians, 4 women and 3 children, on Monday.",
        Some("2019-05-02"),
    );
    assert_eq!(deaths(&x), 7, "{:?}", figures(&x));
    // A list that does not add up to the figure, or of other people, is more people.
    let x = extract(
        "Russian airstrikes on Kafr Nabl killed 7 civilians, 4 women and 2 children, on Monday.",
        Some("2019-05-02"),
    );
    assert_eq!(deaths(&x), 13, "{:?}", figures(&x));
    let x = extract(
        "Russian airstrikes on Kafr Nabl killed 7 civilians, 4 rebels and 3 soldiers, on Monday.",
        Some("2019-05-02"),
    );
    assert_eq!(deaths(&x), 14, "{:?}", figures(&x));
}

#[test]
fn a_phrase_between_the_people_and_their_verb_is_read_through() {
    for (text, want) in [
        ("At least one foreign fighter for the QSD was killed in clashes near Hajin.", 1),
        ("A fighter in the ranks of the rebel factions died of wounds sustained in clashes near Hajin.", 1),
        ("Gunmen shot and killed the head of the local council of Hajin.", 1),
        ("A Russian mercenary was killed in clashes with IS near Hajin.", 1),
        ("Gunmen attacked a car near Hajin. All 4 occupants were killed.", 4),
    ] {
        let x = extract(text, Some("2019-01-05"));
        assert_eq!(deaths(&x), want, "{text}: {:?}", figures(&x));
    }
    // "are reported to have died" is a report, not the clause's own verb.
    let x = extract(
        "Around 130 people are reported to have died because of shortages in the camp.",
        Some("2019-01-05"),
    );
    assert_eq!(deaths(&x), 0, "{:?}", figures(&x));
}

#[test]
fn a_count_takes_a_death_only_from_its_own_clause() {
    // A semicolon ends the clause: the fighters graduating are not the dead.
    let x = extract(
        "The new batch includes about 3000 fighters of the SDF; and shelling on Tal Tamr killed 4 SDF fighters.",
        Some("2019-01-05"),
    );
    assert_eq!(deaths(&x), 4, "{:?}", figures(&x));
}

#[test]
fn ground_taken_in_hamlets_by_a_name_with_an_apostrophe_or_cleared_of_a_side() {
    // "Nu'man" is a name's tail, not the noun "man": the town is taken, not people.
    let text = "Regime forces captured Ma'arrat An Nu'man in Idleb after the rebels withdrew.";
    assert_first_sub_event(
        text,
        Some("2020-01-28"),
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    assert!(figures(&extract(text, Some("2020-01-28"))).is_empty());
    // Hamlets are ground, counted.
    assert_first_sub_event(
        "SDF fighters captured 12 hamlets east of Hajin from IS.",
        Some("2018-12-01"),
        Some(SubEventType::NonStateActorOvertakesTerritory),
    );
    // A headline's passive: a place cleared of a side.
    assert_first_sub_event(
        "Al-Mishlab neighbourhood of Raqqa cleared of ISIS after battles with the SDF.",
        Some("2017-06-10"),
        Some(SubEventType::NonStateActorOvertakesTerritory),
    );
}

#[test]
fn ground_held_briefly_or_a_building_taken_is_a_battle() {
    for text in [
        "Rebels briefly captured Tal Malah before withdrawing to their positions.",
        "HTS took control of Tal Malah before regime forces regained control of the village after a few hours.",
        "The SDF captured the National Hospital in Raqqa city after clashes with IS.",
        "Regime forces took control of a block of houses near Ein Tarma after clashes with Faylaq al-Rahman.",
    ] {
        assert_first_sub_event(text, Some("2019-04-01"), Some(SubEventType::ArmedClash));
    }
    // Held, and an extent of ground measured in square kilometres, change hands.
    assert_first_sub_event(
        "IS captured 30 square kilometres of desert near Tal Malah from regime forces.",
        Some("2019-04-01"),
        Some(SubEventType::NonStateActorOvertakesTerritory),
    );
}

#[test]
fn strikes_told_with_a_ground_attack_they_answer_or_accompany_are_the_battle() {
    for text in [
        "Russian warplanes carried out airstrikes on IS positions in Masrab desert after IS ambushed a regime convoy there.",
        "IS attacked regime positions near Khanaser, while Russian warplanes carried out airstrikes on IS positions nearby.",
    ] {
        assert_first_sub_event(text, Some("2021-12-13"), Some(SubEventType::ArmedClash));
    }
    // Strikes alone are strikes.
    assert_first_sub_event(
        "Russian warplanes carried out airstrikes on IS positions in Masrab desert.",
        Some("2021-12-13"),
        Some(SubEventType::AirDroneStrike),
    );
}

#[test]
fn people_taken_then_killed_as_them_are_counted_dead() {
    let x = extract(
        "Gunmen abducted 4 regime soldiers near Tafas. They later killed them and left their bodies by the road.",
        Some("2020-05-04"),
    );
    assert_eq!(deaths(&x), 4, "{:?}", figures(&x));
    // The dead taken before they died are not captives again.
    let x = extract(
        "IS executed 6 SDF fighters after it captured them near Hajin.",
        Some("2018-11-10"),
    );
    assert!(
        !figures(&x).iter().any(|f| f.0 == Outcome::Captured),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn parts_of_a_town_retaken_and_fire_fights_are_events() {
    // After "to", "retake parts" is a verb with its object, not "captured areas".
    assert_first_sub_event(
        "Regime forces managed to retake parts of the town of Dayr Hafir from IS.",
        Some("2017-03-01"),
        Some(SubEventType::GovernmentRegainsTerritory),
    );
    assert_first_sub_event(
        "Rebel fighters engaged in fire fights with regime forces in Jobar.",
        Some("2017-03-01"),
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn a_running_total_named_before_its_number_is_a_tally() {
    // "the number of X killed ... rose to N", the people named before the verb.
    let x = extract(
        "With these losses, the number of regime soldiers and loyal militiamen killed in the Syrian desert since the 24th of March 2019 rose to 1,398, including 2 Russians and 157 members of Iranian-backed militias.",
        Some("2021-03-11"),
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let t = &x.tallies[0];
    assert_eq!(
        (t.outcome, t.party, t.count.best),
        (Outcome::Killed, Party::Regime, Some(1398))
    );
    let parts: Vec<_> = t.parts.iter().map(|p| p.count.best).collect();
    assert_eq!(parts, [Some(2), Some(157)], "{:?}", t.parts);
    assert_eq!(deaths(&x), 0, "a running total is no incident's toll");
    // A death toll "of" people names their party too.
    let x = extract(
        "The death toll of SDF fighters killed in the battle for Hajin rose to 87.",
        Some("2018-12-01"),
    );
    assert_eq!(
        x.tallies.iter().map(|t| t.party).collect::<Vec<_>>(),
        [Party::Sdf]
    );
}

#[test]
fn a_breakdown_after_a_colon_or_a_long_list_belongs_to_its_whole() {
    // "they are:" opens the breakdown of a pooled toll, which makes it a mixed one.
    let x = extract(
        "Since the beginning of 2022, attacks in Daraa claimed the lives of 263 people, they are: 98 civilians, 118 members of the regime forces, 31 former rebels, and 16 members of the Eighth Brigade.",
        Some("2022-08-15"),
    );
    let t = x.tallies.first().expect("a tally");
    assert_eq!(
        (t.party, t.count.best),
        (Party::Mixed, Some(263)),
        "{:?}",
        x.tallies
    );
    let parts: Vec<_> = t.parts.iter().map(|p| p.count.best).collect();
    assert_eq!(parts, [Some(98), Some(118), Some(31), Some(16)]);
    // "namely:" and a bare colon after the people of a figure open its breakdown too;
    // a colon after a verb does not ("SOHR said: ...").
    for cue in [", namely:", ":"] {
        let x = extract(
            &format!("Since the beginning of 2021, Israeli strikes on Syrian territory killed 87 people{cue} 3 civilians, 41 members of regime forces and 43 members of Iranian-backed militias."),
            Some("2021-03-10"),
        );
        let t = x.tallies.first().expect("a tally");
        let parts: Vec<_> = t.parts.iter().map(|p| p.count.best).collect();
        assert_eq!(
            parts,
            [Some(3), Some(41), Some(43)],
            "{cue}: {:?}",
            x.tallies
        );
    }
    let x = extract(
        "Regime missiles hit the town, wounding four people: 2 children, 1 woman and 1 man.",
        Some("2021-03-10"),
    );
    assert_eq!(
        figures(&x),
        [(
            Outcome::Injured,
            Party::Civilians,
            Some(4),
            Qualifier::Exact
        )]
    );
    // A list that goes on past the whole's count lists more dead.
    let x = extract(
        "IS ambushed a convoy near Dweir, killing 3 regime soldiers including an officer, 4 QDW members and 3 pro-Iran militiamen.",
        Some("2023-05-02"),
    );
    assert_eq!(deaths(&x), 10, "{:?}", figures(&x));
}

#[test]
fn ages_and_another_n_are_not_counts_and_one_man_is_a_civilian() {
    // An age is no count: "a 10-year-old child" is one child.
    let x = extract(
        "Regime shelling on Douma killed a 10-year-old child.",
        Some("2018-02-20"),
    );
    assert_eq!(
        figures(&x),
        [(Outcome::Killed, Party::Civilians, Some(1), Qualifier::Exact)]
    );
    // "Another seven people" are seven, not one more and seven.
    let x = extract(
        "Another seven people were killed in the strikes on Douma.",
        Some("2018-02-20"),
    );
    assert_eq!(deaths(&x), 7, "{:?}", figures(&x));
    // One man named with no side is a civilian; several people pool whoever died.
    let x = extract(
        "A young man was injured by gunfire of unknown source in Douma.",
        Some("2018-02-20"),
    );
    assert_eq!(figures(&x)[0].1, Party::Civilians);
    let x = extract(
        "Clashes between regime forces and rebels in Douma killed 5 people.",
        Some("2018-02-20"),
    );
    assert_eq!(figures(&x)[0].1, Party::Mixed);
}

#[test]
fn a_pooled_toll_is_civilian_only_when_its_breakdown_is() {
    // Women and children broken out of people killed: the people are civilians.
    let x = extract(
        "Airstrikes on Atareb killed 21 people including five children and a woman.",
        Some("2017-11-14"),
    );
    assert_eq!(figures(&x)[0].1, Party::Civilians, "{:?}", figures(&x));
    // Civilians named among them set them apart from the rest.
    let x = extract(
        "SOHR documented the death of 54 people in Deir Ezzor since the beginning of November, among them 21 civilians, including 4 children.",
        Some("2022-11-16"),
    );
    assert_eq!(
        x.tallies.first().map(|t| t.party),
        Some(Party::Mixed),
        "{:?}",
        x.tallies
    );
}

#[test]
fn an_airdrop_is_a_raid_and_him_is_the_one_just_named() {
    // Troops landed from helicopters fight on the ground.
    assert_first_sub_event(
        "Coalition helicopters carried out an airdrop operation in Thiban, killing an ISIS leader.",
        Some("2022-11-16"),
        Some(SubEventType::ArmedClash),
    );
    // "him" is the shepherd, not the side the sentence names.
    let x = extract(
        "ISIS gunmen executed a shepherd after abducting him in the desert of al-Mayadin.",
        Some("2022-11-16"),
    );
    assert!(
        figures(&x).contains(&(
            Outcome::Abducted,
            Party::Civilians,
            Some(1),
            Qualifier::Exact
        )),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn among_them_breaks_down_the_part_just_told() {
    let x = extract(
        "The number of people killed in the de-escalation zone since April 30 has risen to 3,054, including 1,017 civilians, among them 241 children and 192 women.",
        Some("2019-08-05"),
    );
    let t = x.tallies.first().expect("a tally");
    let parts: Vec<_> = t.parts.iter().map(|p| p.count.best).collect();
    assert_eq!(parts, [Some(1017)], "{:?}", t.parts);
}

#[test]
fn them_are_not_the_one_person_before() {
    // "1 of them" is one of the attackers, not a part of the one man wounded.
    let x = extract(
        "Gunmen attacked a police officer in Dar'a city, injuring him, and he shot back at the attackers, killing 1 of them.",
        Some("2022-04-29"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
}

#[test]
fn assaults_stabbings_and_attacks_fought_off_are_events() {
    assert_first_sub_event("On 21 November 2022, 3rd Corps fighters physically assaulted a National Police Forces member near the National Hospital of Azaz city.", None, Some(SubEventType::ArmedClash));
    assert_first_sub_event(
        "Jaysh al Nasr fighters fought off a regime attack on the Abul Gor front.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // "besieged" describes a place far more often than it tells an event.
    let x = extract("Up to 300000 people are still believed to be trapped in the besieged parts of eastern Aleppo.", None);
    assert!(x.events.is_empty(), "{:?}", x.events);
}

#[test]
fn fire_returned_between_two_parties_is_an_exchange() {
    assert_first_sub_event(
        "On 20 May 2020, opposition rebels shelled a Russian base in Dardara in al-Hasakeh using artillery fire, to which Russian forces responded by shelling the rebels' positions.",
        None,
        Some(SubEventType::ArmedClash),
    );
    // Returning to a place is no returned fire.
    assert_first_sub_event(
        "Russian warplanes struck the city with airstrikes after the Syrian army returned three weeks later to recapture it from ISIS.",
        None,
        Some(SubEventType::AirDroneStrike),
    );
}

#[test]
fn ground_taken_by_able_allowed_or_the_control_changes_hands() {
    // "were able to control" is no passive, "allowed them to regain" no mere aim, and
    // "take the control" is "take control".
    for text in [
        "Regime forces supported by loyal militias were able to control Kafr Nabudah in the northern countryside of Hama, after fierce clashes.",
        "Regime attacks, supported by Russian airstrikes, allowed them to regain control over Kafr Nabudah from rebels.",
        "Clashes went on in northern Hama, during which the regime forces managed to take the control of Kafr Nabudah.",
    ] {
        assert_first_sub_event(text, None, Some(SubEventType::GovernmentRegainsTerritory));
    }
    // Still an aim: "launched an assault to regain control".
    assert_first_sub_event(
        "Regime forces launched an assault to regain control of Kafr Nabudah from rebels.",
        None,
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn seizing_clearing_and_counted_garrisons_take_ground_but_hopes_do_not() {
    for (text, want) in [
        ("Rebels clashed with regime forces in Kafr Nabl, and the rebels were able to seize the village.", SubEventType::NonStateActorOvertakesTerritory),
        ("The SDF cleared Kafr Nabl of Islamic State fighters after clashes.", SubEventType::NonStateActorOvertakesTerritory),
        ("Regime forces captured 9 border garrisons along the Jordanian border after clashes with rebels.", SubEventType::GovernmentRegainsTerritory),
        // What a side hopes or vows to take is not taken.
        ("IS fighters attacked Kobani, hoping to quickly seize the town from the YPG.", SubEventType::ArmedClash),
        ("Regime forces fought for control over the T2 pumping station against IS.", SubEventType::ArmedClash),
    ] {
        assert_first_sub_event(text, None, Some(want));
    }
}

#[test]
fn an_armed_group_detaining_armed_men_is_a_clash_but_civilians_are_arrested() {
    assert_first_sub_event(
        "On 12 July 2022, QSD launched a security operation and detained three of its members in Ein Issa town.",
        Some("2022-07-12"),
        Some(SubEventType::ArmedClash),
    );
    assert_first_sub_event(
        "On 5 February 2022, HTS arrested 11 civilians in Jisr al-Shughur.",
        Some("2022-02-05"),
        Some(SubEventType::Arrests),
    );
}

#[test]
fn fire_both_ways_is_a_clash() {
    for text in [
        // Two sides each fire, in one sentence.
        "Turkish forces shelled the outskirts of Tal Tamr with artillery, coinciding with QSD shelling Turkish positions nearby.",
        // Sniper fire is direct fire, whatever shelling goes with it.
        "Rebel snipers shot and killed a regime soldier near Kafr Nabl, amid shelling on the area.",
        // An exchange told in other words than "exchange of fire".
        "An exchange of rocket barrages took place between regime forces and opposition fighters near Kafr Nabl.",
    ] {
        assert_first_sub_event(text, None, Some(SubEventType::ArmedClash));
    }
    // The answer in the next sentence is the same engagement.
    for text in [
        "On 31 July 2021, regime forces shelled Kafr Taal in Aleppo using artillery fire. Opposition rebels responded by shelling regime positions in the area.",
        "Turkish forces bombarded YPG units in Tal Abyad with howitzers. YPG fighters returned fire, hitting a Turkish tank near Tal Abyad.",
    ] {
        let x = extract(text, None);
        assert_eq!(x.events.len(), 1, "{text}: {:?}", x.events);
        assert_eq!(x.events[0].sub_event_type, SubEventType::ArmedClash, "{text}");
    }
    // Allies firing together is one side's shelling.
    assert_first_sub_event(
        "Regime forces shelled Kafr Nabl with artillery, while Russian warplanes struck the town.",
        None,
        Some(SubEventType::ShellingArtilleryMissileAttack),
    );
}

#[test]
fn air_defences_answering_a_strike_make_it_an_exchange() {
    // The defenders fire back within the same engagement: a clash, as ACLED codes it.
    for text in [
        "Israeli jets struck Iranian militia depots near Masyaf, and the regime's air defence systems intercepted several of the missiles.",
        "Turkish drones bombed positions of the SDF near Ain Issa; SDF fighters tried to down them with anti-aircraft guns.",
        "Israeli missiles hit an arms depot west of Damascus, triggering the regime's air-defenses.",
    ] {
        assert_first_sub_event(text, None, Some(SubEventType::ArmedClash));
    }
    // A strike on air defences, which do not answer, stays a strike.
    assert_first_sub_event(
        "Israeli warplanes struck regime air defence batteries near Masyaf, killing two soldiers.",
        None,
        Some(SubEventType::AirDroneStrike),
    );
}

#[test]
fn a_ground_battle_under_air_cover_is_the_battle() {
    assert_first_sub_event(
        "Under Coalition warplane aerial bombardment cover, likely US planes, Syrian Democratic Forces battled the Islamic State in the northwestern countryside of Ar-Raqqa.",
        None,
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn an_event_told_without_a_place_takes_the_next_sentences() {
    // A lead sentence tells the fight, the next one where.
    let first_place = |text: &str| first_location(text, Some("2017-06-01")).map(|l| l.name);
    let lead = "Violent clashes between Hayat Tahrir al-Sham against Ahrar al-Sham.";
    let next = "Hayat Tahrir al-Sham gained control over Babsiqa village. No reported casualties.";
    assert_eq!(
        first_place(&format!("{lead} {next}")).as_deref(),
        Some("Babisqa")
    );
    // Not across a paragraph break: a new paragraph may be another story.
    assert_eq!(first_place(&format!("{lead}\n\n{next}")), None);
}

#[test]
fn one_person_as_a_singular_subject_or_behind_a_group_name_counts_one() {
    let toll = |text: &str| deaths(&extract(text, Some("2021-11-12")));
    for text in [
        // The subject opens the sentence; a phrase stands between it and "was killed".
        "Clashes took place between two groups in Babisqa. A commander in the 1st Infantry Division was killed in the clashes.",
        "A First Lieutenant, 'Samir Khadur,' of the 5th Corps from the Syrian Army was killed by rebels on the Tamura frontline.",
        // A group's name the lexicon lacks stands between the article and the noun.
        "Unknown gunmen shot and killed a Palestinian former Liwa Al Haqq fighter in the area of Ash-Shajara town.",
        "Clashes broke out in Taqad. One Jaish al-Mujahideen commander died in the clashes.",
    ] {
        assert_eq!(toll(text), 1, "{text}: {:?}", figures(&extract(text, Some("2021-11-12"))));
    }
    // After the date; beside a name; "killing his guard"; "shot him dead".
    for text in [
        "On 12 November 2021, a commander in the 1st Infantry Division was killed in clashes in Babisqa.",
        "On 10 January 2020, Abu Farouk, commander of Ahrar al Sharqiyah, was assassinated in Suluk by an unknown armed group.",
        "On 8 April 2022, unknown gunmen attacked a leader's house in Um Walad town, killing his guard.",
        "On 26 November 2020, unidentified gunmen stormed the house of a smuggler in Joseph town in Idleb and shot him dead.",
    ] {
        assert_eq!(toll(text), 1, "{text}: {:?}", figures(&extract(text, Some("2021-11-12"))));
    }
    // The subject's head alone would be a toll without a number: it is one reporter.
    let text = "Clashes took place between regime forces and IS in eastern Homs. A state-run news agency reporter was killed covering the clashes.";
    assert_eq!(
        toll(text),
        1,
        "{text}: {:?}",
        figures(&extract(text, Some("2021-11-12")))
    );
    // Plural subjects and counted ones are not this rule's: "A group of 5 fighters".
    assert_eq!(toll("A group of 5 fighters was killed in Babisqa."), 5);
}

#[test]
fn deaths_told_by_a_noun_a_later_verb_or_a_possessive() {
    let toll = |text: &str| deaths(&extract(text, Some("2021-11-12")));
    for (text, want) in [
        ("Regime forces stormed the island of Hawijat Katea, held by the Islamic State. 2 civilian fatalities were reported.", 2),
        // The pair's death verb says what became of them.
        ("On 31 March 2020, suspected IS cells kidnapped and killed a regime colonel and 2 fighters near Rashwani village.", 3),
        ("Al Quds Brigade announced the death of its commander during a battle with Islamic State fighters in Ramadi.", 1),
        ("On 24 November 2021, unknown gunmen shot and killed a drug dealer in Tafas town.", 1),
        // "a heavy civilian death toll" counts no one.
        ("The advances against IS in Deir Ezzor have cost a heavy civilian death toll, activists said.", 0),
    ] {
        assert_eq!(toll(text), want, "{text}: {:?}", figures(&extract(text, Some("2021-11-12"))));
    }
}

#[test]
fn an_announced_takeover_or_a_place_liberated_from_a_side_changes_hands() {
    for (text, want) in [
        ("HTS declared its takeover of Kafr Nabl from ISIS forces. No information about casualties reported.", SubEventType::NonStateActorOvertakesTerritory),
        ("Regime forces announced the takeover of the town of Kafr Nabl from an unidentified group.", SubEventType::GovernmentRegainsTerritory),
    ] {
        assert_first_sub_event(text, None, Some(want));
    }
    assert!(!extract(
        "Kafr Nabl village of Idlib governorate is liberated from IS.",
        None
    )
    .events
    .is_empty());
    // Things seized from a side are no ground; nor is a state told with "its".
    assert!(extract(
        "State TV showed explosives and other items that it said were seized from rebel hideouts.",
        None
    )
    .events
    .is_empty());
}

#[test]
fn an_event_in_a_governorate_near_a_town_is_placed_by_the_town() {
    // "in Hama, near Al-Latamna": the governorate is in no town's area, so the town,
    // not the governorate, places the event.
    let loc = first_location("Al Wosta Division carried out an operation in Zalin Checkpoint in Hama, near Al-Latamna, killing 7 regime soldiers.", None);
    assert_eq!(
        loc.as_ref().map(|l| l.name.as_str()),
        Some("Latmana"),
        "{loc:?}"
    );
}

#[test]
fn a_death_toll_told_with_was_counts_the_events_deaths() {
    let toll = |text: &str| deaths(&extract(text, Some("2016-09-22")));
    assert_eq!(toll("Air strikes hit the rebel-held east of Aleppo. A hospital director told Reuters the death toll from the strikes was 45."), 45);
    assert_eq!(toll("Air strikes hit the rebel-held east of Aleppo; the death toll was at least 24, the Observatory said."), 24);
    // A replaced toll is not the event's.
    assert_eq!(
        toll("Air strikes hit the rebel-held east of Aleppo. The previous death toll was 20."),
        0
    );
}

#[test]
fn civilians_by_their_occupation_and_the_wounded_by_an_adverb() {
    let x = extract("Four medics were killed and a nurse critically wounded when an airstrike hit a clinic in a village near Aleppo.", Some("2016-09-22"));
    assert_figure(
        &x,
        (Outcome::Killed, Party::Civilians, Some(4), Qualifier::Exact),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(1),
            Qualifier::Exact,
        ),
    );
    let x = extract(
        "Rebel fire kills 3 Aleppo schoolchildren in a rocket attack on a school.",
        Some("2016-09-22"),
    );
    assert_eq!(
        figures(&x),
        [(Outcome::Killed, Party::Civilians, Some(3), Qualifier::Exact)]
    );
}

#[test]
fn small_arms_fired_at_someone_is_a_clash_and_rockets_fired_are_shelling() {
    use SubEventType::*;
    for (text, want) in [
        (
            "Unidentified gunmen fired at a checkpoint of the regime's Military Security south of Jasim.",
            ArmedClash,
        ),
        (
            "Gunmen fired heavy machine guns at a QSD patrol in Shiheil town in Deir Ezzor.",
            ArmedClash,
        ),
        // "fired on Friday ... rocket shells": the weapon says what the firing was.
        (
            "Terrorist groups fired on Friday evening several rocket shells at residential neighborhoods in Daraa city.",
            ShellingArtilleryMissileAttack,
        ),
    ] {
        assert_first_sub_event(text, Some("2020-03-01"), Some(want));
    }
}

#[test]
fn ground_taken_from_an_armed_side_changes_hands() {
    use SubEventType::*;
    assert_first_sub_event(
        "SDF forces took Hamran village from IS militants.",
        Some("2017-01-05"),
        Some(NonStateActorOvertakesTerritory),
    );
    assert_first_sub_event(
        "Regime forces took the hill of Tell Bzam from HTS after clashes.",
        Some("2017-01-05"),
        Some(GovernmentRegainsTerritory),
    );
    // People or money taken, or ground only aimed at, change no hands.
    assert_first_sub_event(
        "ISIS took them from their homes in Raqqa.",
        Some("2017-01-05"),
        None,
    );
    assert_first_sub_event(
        "Rebels attempted to take Maarzaf village in Hama from regime forces.",
        Some("2017-01-05"),
        None,
    );
}

#[test]
fn state_media_wordings_of_deaths() {
    // "terrorists", "martyrs", "martyred", "claimed the lives of": the words of state
    // media and wire copy for the killed.
    for (text, want) in [
        ("Army units killed 16 terrorists in Jobar in Damascus.", 16),
        ("The attack on the bus left 6 martyrs and 22 injured in al-Kallaseh in Damascus.", 6),
        ("Seven civilians were martyred as terrorists shelled Salah Eddin neighborhood in Aleppo.", 7),
        ("Three shells fell in al-Sulaimaniyeh neighborhood in Aleppo claiming the lives of 3 children.", 3),
        ("An airstrike on Saraqeb claimed the life of a child.", 1),
    ] {
        assert_eq!(deaths(&extract(text, Some("2016-04-05"))), want, "{text}");
    }
    // "Army units" are the Syrian army's.
    let x = extract(
        "Army units killed 16 terrorists in Jobar in Damascus.",
        Some("2016-04-05"),
    );
    assert!(
        x.events[0].actors.iter().any(|a| a.party == Party::Regime),
        "{:?}",
        x.events
    );
    // "terrorist" alone is most often an adjective ("the terrorist group"), not a person.
    let x = extract(
        "At least 30 militants of the terrorist group were killed in clashes with Kurdish troops.",
        Some("2016-04-05"),
    );
    assert_eq!(deaths(&x), 30, "{:?}", x.events);
}

#[test]
fn a_participle_phrase_after_the_people_counted() {
    // "30 militants operating in Iraq and Syria were killed": the phrase runs up to the
    // passive verb, as "30 militants of the group in Iraq were killed" does.
    for text in [
        "At least 30 militants of the group operating in Iraq and Syria were killed in clashes with Kurdish troops.",
        "At least 30 militants of the group based in Iraq were killed in clashes with Kurdish troops.",
    ] {
        assert_eq!(deaths(&extract(text, Some("2016-04-05"))), 30, "{text}");
    }
}

#[test]
fn a_title_case_lead_is_a_headline_and_a_passage_told_twice_counts_once() {
    // Scraped pages glue the headline to the body and repeat paragraphs: the headline's
    // toll, retold by the body, and the repeated passage count once.
    let text = "17-08-2016 Seven Martyrs as Terrorists Shell Aleppo Salah Eddin. Seven civilians were martyred on Wednesday as terrorists shelled Salah Eddin neighborhood in Aleppo city. Seven civilians were martyred on Wednesday as terrorists shelled Salah Eddin neighborhood in Aleppo city.";
    let x = extract(text, None);
    assert_eq!(deaths(&x), 7, "{:?}", x.events);
    // The dateline opening the text is the report's date.
    assert_eq!(x.published.date, Date::parse_iso("2016-08-17"));
    // A headline toll the body does not repeat stays.
    let text = "Twin Car Bombs in Homs Kill 32 Most School Students. Two bombings hit an area near a school compound in Ikrima neighborhood in Homs city on Wednesday.";
    assert_eq!(deaths(&extract(text, Some("2014-10-01"))), 32);
    // Running text that opens with names is no headline.
    let text = "Syrian Democratic Forces battled the Islamic State in Shaddadah of Hasakeh. 3 SDF fighters were killed.";
    let x = extract(text, Some("2017-06-18"));
    assert_eq!(
        x.events[0].sub_event_type,
        SubEventType::ArmedClash,
        "{:?}",
        x.events
    );
}

#[test]
fn a_count_without_an_outcome_is_a_toll_only_among_deaths() {
    let x = extract(
        "Tens of thousands of civilians including thousands of children have escaped the besieged areas of eastern Aleppo.",
        Some("2016-12-01"),
    );
    assert_eq!(deaths(&x), 0, "{:?}", x.events);
    let x = extract(
        "An airstrike on the village of Tokhar resulted in 56 civilians dying including 11 children.",
        Some("2016-07-20"),
    );
    assert_eq!(deaths(&x), 56, "{:?}", x.events);
}

#[test]
fn a_formations_number_is_no_count_and_one_more_of_his_is_counted() {
    for (text, want) in [
        // "a 52 Armored Brigade soldier": one soldier of the 52nd Brigade.
        ("On 6 December 2021, unknown gunmen shot and killed a 52 Armored Brigade soldier in Hrak in Dara countryside.", 1),
        ("On 6 December 2021, gunmen killed the regime's 105 Brigade commander in Hrak.", 1),
        // A count before a capitalised formation word with no article stays a count.
        ("On 6 December 2021, 3 Brigade members were killed in Hrak.", 3),
        // "X and his escort", "a man and his wife": two people.
        ("On 13 October 2020, unknown gunmen shot and killed a QSD commander and his escort in Hsewa near Ar-Raqqa city.", 2),
        ("Gunmen killed a civilian and his wife in Tafas.", 2),
        ("Gunmen killed a man and his brothers in Tafas.", 1),
    ] {
        assert_eq!(deaths(&extract(text, Some("2021-12-06"))), want, "{text}");
    }
    // The formation is the army's.
    let x = extract(
        "On 6 December 2021, unknown gunmen shot and killed a 52 Armored Brigade soldier in Hrak in Dara countryside.",
        Some("2021-12-06"),
    );
    assert!(
        x.events[0].actors.iter().any(|a| a.party == Party::Regime),
        "{:?}",
        x.events
    );
}

#[test]
fn one_person_named_without_an_article() {
    // "killed QSD member", "killed Al-Quds Brigade's field commander Mahmud Ayub": a
    // singular head after the verb, with a party or a title but no article.
    for text in [
        "On 30 January 2020, an unidentified armed group shot and killed QSD member in Thiban in Deir-ez-Zor countryside.",
        "IS killed Al-Quds Brigade's field commander Mahmud Ayub west of Deir-ez-Zor.",
        "Syrian regime forces assassinated IS's Emir of Rasafa area in Deir-ez-Zor.",
    ] {
        assert_eq!(deaths(&extract(text, Some("2020-01-30"))), 1, "{text}");
    }
    // A plural head, or no person noun at all, is not one person.
    for text in [
        "Regime forces killed IS fighters in Thiban in Deir-ez-Zor countryside.",
        "Regime forces killed Abu Omar, in Thiban in Deir-ez-Zor countryside.",
    ] {
        assert_ne!(deaths(&extract(text, Some("2020-01-30"))), 1, "{text}");
    }
}

#[test]
fn a_death_told_as_the_cause_is_not_the_events() {
    for (text, want) in [
        ("On 7 April 2021, local gunmen opened fire on a QSD patrol in the city of Shiheil following the killing of a young man by QSD.", 0),
        ("On 24 October 2020, clashes took place between two families in Shahba over an old dispute involving the death of a member of one of the families. Clashes killed 1 and wounded 3 others.", 1),
        // The event's own deaths, told with "after" and a verb, stay.
        ("Islamic State militants recaptured the gas fields east of Homs after killing at least 30 members of the regime troops.", 30),
        ("Clashes in Hajin resulted in the killing of 3 fighters.", 3),
    ] {
        assert_eq!(deaths(&extract(text, Some("2021-04-07"))), want, "{text}");
    }
}

#[test]
fn one_named_and_his_people_counted_with_him() {
    for (text, want) in [
        ("On 31 December 2020, unknown gunmen shot and killed a regime officer and his 5 escorts in Tassil town in Dar'a countryside.", 6),
        ("On 14 May 2020, an unidentified gunman shot and killed a regime soldier and his brother on the road to Mseifra.", 2),
        // Another clause's verb: her son was wounded, not killed.
        ("During the clashes in Afrin, a woman was killed and her son was wounded.", 1),
    ] {
        assert_eq!(deaths(&extract(text, Some("2020-12-31"))), want, "{text}");
    }
}

#[test]
fn an_allys_strikes_told_with_the_fighting_are_the_battle() {
    use SubEventType::*;
    assert_first_sub_event(
        "On 11 November 2021, Russian warplanes conducted airstrikes on IS positions in Tadmor badia in Homs countryside, amid clashes between regime forces and IS in the same badia.",
        Some("2021-11-11"),
        Some(ArmedClash),
    );
    assert_first_sub_event(
        "Under Russian warplane aerial bombardment of the area, fighting broke out in Rasafa between regime forces backed by allied militias and the Islamic State.",
        Some("2017-09-20"),
        Some(ArmedClash),
    );
    // Strikes on people fleeing a fight are strikes.
    assert_first_sub_event(
        "A Russian airstrike killed at least 38 civilians as they attempted to cross the Euphrates River to escape fighting between the regime and IS in Deir Ezzor.",
        Some("2017-10-04"),
        Some(AirDroneStrike),
    );
}

#[test]
fn further_spellings_of_parties() {
    for (text, party) in [
        ("Clashes took place between regime forces and Jabhat Fatah al-Sham in Kafr Elawamid.", Party::Hts),
        ("On 7 March 2023, clashes took place among Al Kal'abeen tribe militiamen in Basira town in Deir ez Zor countryside.", Party::Tribal),
        ("Clashes broke out between the Syrian military and the Islamic State in the Panorama area of Deir-ez-Zor city.", Party::Regime),
        ("Clashes erupted between members of the Busaraya tribe and Asayish forces in Raqqa city.", Party::Tribal),
        ("Armed IDPs clashed with each other in Atmeh camp over a dispute.", Party::Other),
        ("Regime forces clashed with Islamist armed groups near Harasta.", Party::Other),
        ("An Islamic Revolution Guard Corps commander was killed near Albu Kamal.", Party::IranBacked),
    ] {
        let x = extract(text, Some("2023-03-07"));
        assert!(
            x.events.iter().flat_map(|e| &e.actors).any(|a| a.party == party),
            "{text}: {:?}",
            x.events
        );
    }
}

#[test]
fn former_members_are_not_the_party() {
    let x = extract(
        "On 13 August 2021, clashes took place between regime forces and former rebels in As-Sanamayn town in Dara countryside.",
        Some("2021-08-13"),
    );
    let parties: Vec<Party> = x.events[0].actors.iter().map(|a| a.party).collect();
    assert!(parties.contains(&Party::Regime), "{parties:?}");
    assert!(!parties.contains(&Party::Opposition), "{parties:?}");
    assert!(parties.contains(&Party::Unknown), "{parties:?}");
}

#[test]
fn a_military_position_taken_is_fighting_and_a_village_changes_hands() {
    use SubEventType::*;
    assert_first_sub_event(
        "Hayat Tahrir al-Sham took control of Um Al-Tarikiya checkpoint in east Hama after clashes with regime forces.",
        Some("2019-05-01"),
        Some(ArmedClash),
    );
    assert_first_sub_event(
        "Syrian regime forces captured key positions from IS on the Tadmor-Deir-ez-Zor Highway.",
        Some("2017-08-01"),
        Some(ArmedClash),
    );
    assert_first_sub_event(
        "HTS fighters managed to recapture positions in the Bashkum area and two other villages from IS fighters.",
        Some("2017-08-01"),
        Some(NonStateActorOvertakesTerritory),
    );
    assert_first_sub_event(
        "Ahrar al Sham took control of Hamran crossing point in Aleppo countryside after clashes with the Levant Front.",
        Some("2022-10-13"),
        Some(NonStateActorOvertakesTerritory),
    );
}

#[test]
fn shelling_between_two_sides_and_fire_in_response_are_clashes() {
    use SubEventType::*;
    assert_first_sub_event(
        "Two children were killed as a result of shelling between HTS and Nour al-Din al-Zenki fighters in Urum al-Kubra.",
        Some("2018-02-20"),
        Some(ArmedClash),
    );
    assert_first_sub_event(
        "Unidentified gunmen fired shells on the regime-controlled city of Baath in the Quneitra countryside, with regime forces then opening heavy machine gun fire in response.",
        Some("2018-02-20"),
        Some(ArmedClash),
    );
    // Fighting back is fire too.
    assert_first_sub_event(
        "Syrian regime forces targeted with artillery and rockets Hosh al-Dawahira town in Rural Damascus while rebels repelled a regime attack on the farms of the town.",
        Some("2018-02-20"),
        Some(ArmedClash),
    );
    // Strikes between two dates are no exchange.
    assert_first_sub_event(
        "The coalition said that airstrikes between April 27 and May 18 killed three senior IS leaders in Raqqa.",
        Some("2017-05-20"),
        Some(AirDroneStrike),
    );
}

#[test]
fn an_events_death_toll_that_rises_counts_once_for_that_event() {
    // A toll "of" an event (not "of" people), however long the event's description,
    // is that event's deaths, not a running total; "they are ..." breaks it down.
    let x = extract(
        "The death toll of the airstrikes that hit weapons depots of the Iranian militias near the town of al-Kiswah in Damascus countryside after midnight rose to seven, they are two soldiers of the regime forces and five fighters of the Iranian militias.",
        Some("2021-03-10"),
    );
    assert!(x.tallies.is_empty(), "{:?}", x.tallies);
    assert_eq!(deaths(&x), 7, "{:?}", figures(&x));
    let parts: Vec<_> = x
        .events
        .iter()
        .flat_map(|e| &e.casualties)
        .flat_map(|c| &c.parts)
        .map(|p| (p.subgroup.as_str(), p.count.best))
        .collect();
    assert_eq!(
        parts,
        [("regime", Some(2)), ("iran_backed", Some(5))],
        "{:?}",
        figures(&x)
    );
    // Told again as a toll, the same deaths count once.
    let x = extract(
        "32 people were killed in twin explosions in the city of Homs. Later, the death toll from the twin explosions rose to 32, the health directorate said.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 32, "{:?}", figures(&x));
    // A toll of people counted over a battle stays a running total.
    let x = extract(
        "The death toll of SDF fighters killed in the battle for Hajin rose to 87.",
        Some("2018-12-01"),
    );
    assert_eq!((x.tallies.len(), deaths(&x)), (1, 0));
}

#[test]
fn a_scraped_pages_other_stories_are_not_this_reports() {
    let x = extract(
        "Regime warplanes struck the town of Busra al-Harir, killing 14 civilians. Source AA Related News Death toll rises to 70 as regime rains down bombs in southern Syria Five children killed in shelling on Idlib Health agencies warn of a new offensive",
        Some("2018-06-25"),
    );
    assert_eq!(deaths(&x), 14, "{:?}", figures(&x));
}

#[test]
fn a_running_totals_period_may_stand_before_its_number() {
    // "the number of those killed of X since <start> ... rose to N": the people and the
    // period are named before the number; "in the same period" is the period before.
    let x = extract(
        "Accordingly, the number of those killed of regime soldiers and loyalists since the beginning of the year 2021 in the Syrian desert rose to 412, including 2 Russians, while the number of ISIS members killed in the same period rose to 197.",
        Some("2021-03-10"),
    );
    let got: Vec<_> = x
        .tallies
        .iter()
        .map(|t| (t.party, t.count.best, t.since.map(|d| d.to_string())))
        .collect();
    let since = Some("2021-01-01".to_string());
    assert_eq!(
        got,
        [
            (Party::Regime, Some(412), since.clone()),
            (Party::Isis, Some(197), since)
        ],
        "{:?}",
        x.tallies
    );
    assert_eq!(x.tallies[0].parts.len(), 1, "{:?}", x.tallies[0].parts);
    // A year alone after "since" starts a period too.
    let x = extract(
        "More than 200000 people have been killed in Syria since 2011.",
        Some("2015-02-06"),
    );
    assert_eq!(
        x.tallies
            .first()
            .and_then(|t| t.since)
            .map(|d| d.to_string()),
        Some("2011-01-01".to_string())
    );
}

#[test]
fn arrests_elsewhere_with_their_own_count_are_an_event_of_their_own() {
    // Strategic words after a violent event are often its background ("the victim had
    // signed a reconciliation agreement"); arrests of 7 people in another town are not.
    let x = extract(
        "Turkish forces shelled villages of Tal Tamr countryside amid clashes with the SDF on the axes of al-Dardara and Um al-Kaif, where the clashes resulted in the death of 4 fighters of the factions and 2 members of the SDF. In Aleppo countryside, the Turkish-backed factions arrested 7 people including two women in the city of Afrin.",
        Some("2021-03-10"),
    );
    let arrests: Vec<_> = x
        .events
        .iter()
        .filter(|e| e.sub_event_type == SubEventType::Arrests)
        .collect();
    assert_eq!(arrests.len(), 1, "{:?}", x.events);
    assert_eq!(
        arrests[0]
            .location
            .as_ref()
            .and_then(|l| l.pcode.as_deref()),
        Some("C1366")
    );
    let first = &x.events[0];
    assert_eq!(
        first.location.as_ref().and_then(|l| l.admin1.as_deref()),
        Some("Al-Hasakah"),
        "{:?}",
        first.location
    );
}

#[test]
fn factions_named_as_turkeys_are_turkish_backed() {
    // "Turkish forces and their proxy factions": the factions are Turkey's; "the
    // factions" after them are the same fighters.
    let x = extract(
        "Turkish forces and their proxy factions shelled villages of Tal Tamr countryside amid violent clashes with the SDF, where the clashes resulted in the death of 4 fighters of the factions and 2 members of the SDF.",
        Some("2021-03-10"),
    );
    let killed: Vec<_> = figures(&x).iter().map(|f| (f.1, f.2)).collect();
    assert!(
        killed.contains(&(Party::TurkishBackedFactions, Some(4))),
        "{killed:?}"
    );
    // Without Turkey before them, factions are rebels.
    let x = extract(
        "Regime forces clashed with the factions in Jabal al-Zawiya, killing 3 fighters of the factions.",
        Some("2021-03-10"),
    );
    let killed: Vec<_> = figures(&x).iter().map(|f| (f.1, f.2)).collect();
    assert_eq!(killed, [(Party::Opposition, Some(3))]);
}

#[test]
fn people_named_with_an_object_pronoun_share_its_fate() {
    for (text, want) in [
        (
            "On Sunday evening, an explosive device went off in a car of a commander of Hayat Tahrir al-Sham near Sarmada, killing him and his driver.",
            2,
        ),
        (
            "Gunmen opened fire on a commander of HTS, killing him and two of his companions.",
            3,
        ),
        (
            "Gunmen opened fire on a commander of HTS, killing him and his two companions.",
            3,
        ),
        // A plural without a number is no count.
        ("Gunmen opened fire on a man, killing him and his sons.", 1),
    ] {
        let x = extract(text, Some("2021-03-10"));
        assert_eq!(deaths(&x), want, "{text}: {:?}", figures(&x));
    }
}

#[test]
fn a_span_of_time_is_no_count() {
    // "after being arrested two years ago", "kidnapped two days earlier": time, not
    // people; right after its verb a number is still a count ("wounding 90 hours after").
    let x = extract(
        "An elderly man died in custody in the prisons of the regime after being arrested two years ago.",
        Some("2021-03-10"),
    );
    assert!(
        figures(&x).iter().all(|f| f.0 != Outcome::Arrested),
        "{:?}",
        figures(&x)
    );
    let x = extract(
        "Jet strikes hit the city killing more than 40 people and wounding 90 hours after the deal was announced.",
        Some("2016-09-10"),
    );
    assert!(
        figures(&x)
            .iter()
            .any(|f| f.0 == Outcome::Injured && f.2 == Some(90)),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn documented_deaths_since_an_agreement_are_a_running_total() {
    let x = extract(
        "SOHR documented 1,213 civilian deaths in Idlib since the ceasefire agreement took effect on March 6, 2020.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 0, "{:?}", figures(&x));
    let t: Vec<_> = x
        .tallies
        .iter()
        .map(|t| (t.party, t.count.best, t.since.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        t,
        [(Party::Civilians, Some(1213), Some("2020-03-06".to_string()))]
    );
    // The period may come first: "documented since <start> ... 95 attacks, which
    // claimed the lives of 71 people".
    let x = extract(
        "SOHR has documented since the beginning of 2021 more than 95 attacks and assassinations in Daraa, which claimed the lives of 71 people.",
        Some("2021-03-10"),
    );
    assert_eq!(
        x.tallies
            .iter()
            .map(|t| (t.count.best, t.since.map(|d| d.to_string())))
            .collect::<Vec<_>>(),
        [(Some(71), Some("2021-01-01".to_string()))]
    );
}

#[test]
fn protests_are_typed_by_what_was_done_to_them() {
    let published = Some("2021-03-10");
    assert_first_sub_event(
        "Hundreds of demonstrators protested in the city of Idlib against the practices of HTS.",
        published,
        Some(SubEventType::PeacefulProtest),
    );
    assert_first_sub_event(
        "Hundreds of people took to the streets on Friday in the city of al-Suwaidaa, chanting slogans against the regime, while security forces fired shots into the air to disperse the protesters, no casualties were reported.",
        published,
        Some(SubEventType::ProtestWithIntervention),
    );
    let x = extract(
        "Security forces opened fire on protesters in the city of Daraa, killing 2 protesters and wounding 5 others.",
        published,
    );
    assert_eq!(
        x.events.first().map(|e| e.sub_event_type),
        Some(SubEventType::ExcessiveForceAgainstProtesters)
    );
    assert_eq!(deaths(&x), 2);
    assert!(
        figures(&x).iter().all(|f| f.1 == Party::Civilians),
        "{:?}",
        figures(&x)
    );
    // A protest as the setting of another act is not the event.
    assert_first_sub_event(
        "Amid demonstrations against HTS in Maarat al-Numan, gunmen of Division 13 kidnapped three HTS fighters.",
        published,
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn a_relative_clause_between_people_and_their_verb() {
    let x = extract(
        "Gunmen opened fire in the town of al-Yadudah, and two former rebels who had joined the Fourth Division were assassinated.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 2, "{:?}", figures(&x));
}

#[test]
fn events_counted_in_a_running_total_are_no_incident() {
    // "documented since <start> more than 95 attacks ...": the attacks are counted over
    // the period, not one event of the report's.
    let x = extract(
        "Accordingly, SOHR has documented since the beginning of 2021 more than 95 attacks and assassinations in Daraa, which claimed the lives of 71 people.",
        Some("2021-03-10"),
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
    assert_eq!(x.tallies.len(), 1);
}

#[test]
fn a_party_that_lost_people_lost_them_dead() {
    let x = extract(
        "HTS fighters attacked regime positions on the Kafr Nabl axis at dawn today, while HTS lost 3 of its fighters in the attack.",
        Some("2021-03-11"),
    );
    assert_eq!(
        figures(&x)
            .iter()
            .map(|f| (f.0, f.1, f.2))
            .collect::<Vec<_>>(),
        [(Outcome::Killed, Party::Hts, Some(3))]
    );
    // Things lost are not people; "has lost" so far is a running total.
    let x = extract(
        "During clashes with IS, regime forces lost several armoured vehicles near the airbase.",
        Some("2021-03-11"),
    );
    assert!(figures(&x).is_empty(), "{:?}", figures(&x));
    let x = extract(
        "According to the Observatory, IS has lost 463 fighters in the battle for Manbij.",
        Some("2016-06-26"),
    );
    assert_eq!((deaths(&x), x.tallies.len()), (0, 1));
}

#[test]
fn the_answer_to_an_attack_keeps_the_attacks_place() {
    // The losses of whoever lost them; the regime's answer, shelling villages elsewhere,
    // is the same engagement, told where the attack was.
    let x = extract(
        "Seven members of the regime forces were killed and 5 others were injured, after HTS fighters attacked their positions on the Kafr Nabl axis in the southern countryside of Idlib at dawn today, while HTS lost 3 of its fighters in the attack. In response, regime forces shelled with more than 150 artillery shells areas in Jabal al-Zawiya and al-Fatirah.",
        Some("2021-03-11"),
    );
    let e = &x.events[0];
    assert_eq!(
        e.location.as_ref().and_then(|l| l.pcode.as_deref()),
        Some("C4068"),
        "{:?}",
        e.location
    );
    assert!(
        figures(&x).contains(&(Outcome::Killed, Party::Hts, Some(3), Qualifier::Exact)),
        "{:?}",
        figures(&x)
    );
    assert_eq!(deaths(&x), 10);
}

#[test]
fn a_definite_event_defined_by_what_follows_is_new() {
    // "the explosion of a landmine" opens a new event; "the clashes" would refer back.
    let x = extract(
        "A Turkish drone targeted on Thursday a military vehicle belonging to the SDF on the road between Qamishli and Amuda, killing three of its members. SOHR also monitored that a child succumbed to his wounds today, he was injured by the explosion of a landmine left behind by ISIS in the village of Sabha in the eastern countryside of Deir Ezzor two days ago.",
        Some("2021-03-11"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    assert_eq!(
        x.events[1].sub_event_type,
        SubEventType::RemoteExplosiveLandmineIed
    );
}

#[test]
fn n_of_them_are_the_people_named_last() {
    for (text, party) in [
        (
            "Security forces opened fire on protesters in the city of Daraa, killing 2 of them.",
            Party::Civilians,
        ),
        (
            "IS militants attacked a group of shepherds and their livestock, killing six of them.",
            Party::Civilians,
        ),
        (
            "Regime forces shelled a convoy of SDF fighters, killing 3 of them.",
            Party::Sdf,
        ),
    ] {
        let x = extract(text, Some("2021-03-11"));
        assert_eq!(
            figures(&x).iter().map(|f| f.1).collect::<Vec<_>>(),
            [party],
            "{text}"
        );
    }
}

#[test]
fn the_first_of_a_joined_subject_acts() {
    // "Turkish forces and their proxy factions shelled ...": Turkey acts, its factions
    // are associated, whoever the verb stands next to; the SDF they fought is the other side.
    let x = extract(
        "Turkish forces and their proxy factions shelled villages of Tal Tamr countryside amid violent clashes with the SDF on the axes of al-Dardara and Um al-Kaif.",
        Some("2021-03-10"),
    );
    let roles: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert_eq!(
        roles,
        [
            (Party::Turkey, Role::Actor1),
            (Party::TurkishBackedFactions, Role::Associated),
            (Party::Sdf, Role::Actor2)
        ]
    );
}

#[test]
fn a_singular_subject_after_a_date_word_or_a_reporting_verb() {
    for text in [
        "Yesterday an officer of the regime forces with the rank of colonel was killed on the Saraqib front.",
        "The Syrian Observatory had published yesterday that an officer of the regime forces with the rank of colonel was killed by a sniper bullet on the Saraqib front.",
    ] {
        let x = extract(text, Some("2021-03-11"));
        assert_eq!(
            figures(&x).iter().map(|f| (f.0, f.1, f.2)).collect::<Vec<_>>(),
            [(Outcome::Killed, Party::Regime, Some(1))],
            "{text}"
        );
    }
}

#[test]
fn the_militias_are_the_militias_named_before() {
    // "the militias" after Iranian-backed militias are theirs.
    let x = extract(
        "Israeli missiles targeted positions of Iranian-backed militias near al-Kiswah. The strikes killed at least five members of the militias, while seven others were injured.",
        Some("2021-03-10"),
    );
    assert_figure(
        &x,
        (
            Outcome::Killed,
            Party::IranBacked,
            Some(5),
            Qualifier::AtLeast,
        ),
    );
    // Pro-regime militias named before make "the militia" the regime's.
    let x = extract(
        "HTS attacked positions of pro-regime militias in Qamhana. A suicide bomber blew himself up among the militia, killing 4 of its members.",
        Some("2021-03-10"),
    );
    let f = figures(&x);
    assert!(
        f.iter().any(|f| f.1 == Party::Regime && f.2 == Some(4)),
        "{f:?}"
    );
    // With no militias named before, "the militias" names no party.
    let x = extract(
        "Gunmen killed 3 members of the militias near Tafas.",
        Some("2021-03-10"),
    );
    let f = figures(&x);
    assert!(!f.iter().any(|f| f.1 == Party::Other), "{f:?}");
}

#[test]
fn a_time_of_day_between_the_verb_and_its_people() {
    // The date and its time of day stand between the verb and the people it names.
    let x = extract(
        "Unidentified gunmen shot dead on Monday evening a former commander in the opposition factions near the town of Tafas.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
    let x = extract(
        "ISIS executed, at dawn today, 3 shepherds near al-Sukhnah.",
        Some("2021-03-10"),
    );
    assert_eq!(
        figures(&x),
        [(
            Outcome::Executed,
            Party::Civilians,
            Some(3),
            Qualifier::Exact
        )]
    );
    // A headline's verb does not reach across the line to the body's first words.
    let x = extract(
        "Rocket attack on Damascus leaves 3 killed 30 Wounded\n\n05.02.2015 A Syrian rebel group fired rockets on Damascus.",
        None,
    );
    assert!(
        !figures(&x)
            .iter()
            .any(|f| f.0 == Outcome::Injured && f.2 == Some(1)),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn a_month_without_a_year_takes_the_reports_year() {
    // "since the beginning of March": a running total's period, in the report's year.
    let x = extract(
        "SOHR documented 43 attacks across Daraa province since the beginning of March, which claimed the lives of 31 people.",
        Some("2021-03-10"),
    );
    let since: Vec<_> = x
        .tallies
        .iter()
        .map(|t| t.since.map(|d| d.to_string()))
        .collect();
    assert_eq!(since, [Some("2021-03-01".to_string())], "{:?}", x.tallies);
    // A month still to come is last year's, and its event is retold; "last year" says so.
    for text in [
        "In May, regime forces killed 5 civilians in Douma.",
        "In August last year a car bomb killed 5 people in Douma.",
    ] {
        let x = extract(text, Some("2021-03-10"));
        let e = x.events.first().expect("an event");
        assert_eq!(e.kind, EventKind::ReportOfEarlier, "{text}");
        assert_eq!(e.date.start.map(|d| d.year), Some(2020), "{text}");
    }
    // Not months: the verb "may", a name opening with a short form.
    for text in [
        "Civilians may flee Douma after regime forces shelled it, killing 2 people.",
        "Regime forces shelled Mar'anaz in Aleppo countryside, killing 2 people.",
    ] {
        let x = extract(text, Some("2021-03-10"));
        let e = x.events.first().expect("an event");
        assert_eq!(e.kind, EventKind::Incident, "{text}");
    }
}

#[test]
fn events_counted_in_a_running_total_are_not_an_event() {
    // "documented 43 attacks ... since ..., which claimed the lives of 31": the attacks
    // are the total's, not an event of the report.
    let x = extract(
        "SOHR documented 43 attacks and assassinations across Daraa province since the beginning of March, which claimed the lives of 31 people.",
        Some("2021-03-10"),
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    // Strikes counted in one event's telling are that event.
    let x = extract(
        "Regime forces carried out 12 airstrikes on Kafranbel, which killed 5 civilians.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 5, "{:?}", x.events);
}

#[test]
fn a_region_of_another_governorate_tells_another_event() {
    // "..., and SOHR sources confirmed that a soldier was killed ... in the northern
    // countryside of Latakia": a new report, in another governorate, is another event.
    let x = extract(
        "HTS fighters targeted with rockets positions of regime forces in Kafranbel, and SOHR sources confirmed that a regime soldier was killed by sniper fire on the Kabani axis in the northern countryside of Latakia.",
        Some("2021-03-10"),
    );
    let places: Vec<_> = x
        .events
        .iter()
        .map(|e| (e.location.as_ref().map(|l| l.admin1.clone()), e.fatalities))
        .collect();
    assert_eq!(places.len(), 2, "{places:?}");
    assert_eq!(
        places[1],
        (Some(Some("Latakia".to_string())), 1),
        "{places:?}"
    );
    // So is a region of another governorate told on in the same report.
    let x = extract(
        "Clashes took place between regime forces and ISIS in the eastern countryside of Hama. Clashes in the eastern countryside of Homs killed 4 ISIS fighters.",
        Some("2021-03-10"),
    );
    let admin1: Vec<_> = x
        .events
        .iter()
        .map(|e| e.location.as_ref().and_then(|l| l.admin1.clone()))
        .collect();
    assert_eq!(admin1.len(), 2, "{admin1:?}");
    // A region named once it is the same governorate's adds nothing new.
    let x = extract(
        "Clashes broke out between regime forces and HTS in Kafranbel, and 3 HTS fighters were killed in the southern countryside of Idlib.",
        Some("2021-03-10"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn a_death_toll_of_a_party_over_a_period_is_a_running_total() {
    // "the death toll of regime soldiers ...": a party's name holding its noun names the
    // people counted; with its period, the attacks they died in are the total's words.
    let x = extract(
        "ISIS cells attacked a position of the regime forces near Palmyra, killing two soldiers. The death toll of regime soldiers killed in ISIS attacks in the desert since March 24, 2019 has thus risen to 1,563.",
        Some("2021-03-10"),
    );
    let t: Vec<_> = x
        .tallies
        .iter()
        .map(|t| (t.party, t.count.best, t.since.map(|d| d.to_string())))
        .collect();
    assert_eq!(
        t,
        [(Party::Regime, Some(1563), Some("2019-03-24".to_string()))],
        "{:?}",
        x.tallies
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    // The death toll of an event is that event's.
    let x = extract(
        "The death toll of the Israeli strikes on al-Kiswah rose to 9.",
        Some("2021-03-10"),
    );
    assert!(x.tallies.is_empty(), "{:?}", x.tallies);
}

#[test]
fn injuries_sustained_and_a_clause_of_circumstance() {
    // "sustained serious injuries": the people before, then what they suffered; the
    // clause "while they were playing ..." says where and when.
    let x = extract(
        "SOHR documented the death of four children as a result of the explosion of a landmine, while they were playing near their house in the town of Saraqib on Tuesday afternoon. Another child sustained serious injuries.",
        Some("2021-03-10"),
    );
    assert_eq!(
        figures(&x),
        [
            (Outcome::Killed, Party::Civilians, Some(4), Qualifier::Exact),
            (
                Outcome::Injured,
                Party::Civilians,
                Some(1),
                Qualifier::Exact
            )
        ]
    );
    let e = &x.events[0];
    assert_eq!(
        e.location.as_ref().and_then(|l| l.pcode.clone()).as_deref(),
        Some("C3916"),
        "{:?}",
        e.location
    );
    assert_eq!(
        e.date.start.map(|d| d.to_string()).as_deref(),
        Some("2021-03-09")
    );
}

#[test]
fn a_death_under_torture_is_an_attack() {
    // Not the arrest it retells: the death in the captor's hands.
    assert_first_sub_event(
        "A young man from the city of al-Rastan died under torture in regime prisons, two years after he was arrested at a checkpoint.",
        Some("2021-03-10"),
        Some(SubEventType::Attack),
    );
}

#[test]
fn who_holds_a_place_did_not_act_there() {
    // An IED in a town its holder is named for: the holder is no party to the blast.
    let x = extract(
        "An IED exploded in a car in the city of al-Bab, which is controlled by the Turkish-backed factions, killing a young man.",
        Some("2021-03-10"),
    );
    let parties: Vec<_> = x.events[0].actors.iter().map(|a| a.party).collect();
    assert!(
        !parties.contains(&Party::TurkishBackedFactions),
        "{parties:?}"
    );
    let x = extract(
        "Russian air strikes hit residential buildings in a village held by ISIS, killing 53 civilians.",
        Some("2021-03-10"),
    );
    let a1 = actor1_of(&x);
    assert_eq!(a1, [Party::Russia], "{:?}", x.events[0].actors);
    // Where another party acts on the place, its holder is the one attacked.
    let x = extract(
        "Rebels shelled areas controlled by ISIS in the western countryside of Daraa, killing a media activist.",
        Some("2021-03-10"),
    );
    let parties: Vec<_> = x.events[0].actors.iter().map(|a| a.party).collect();
    assert!(parties.contains(&Party::Isis), "{parties:?}");
}

#[test]
fn gunmen_of_a_named_group_are_that_groups() {
    let x = extract(
        "Clashes erupted between gunmen of al-Baggara tribe and members of the SDF in Theyban, leaving three SDF members and two gunmen dead.",
        Some("2021-03-10"),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Tribal, Some(2), Qualifier::Exact),
    );
    let a1 = actor1_of(&x);
    assert_eq!(a1, [Party::Tribal]);
    // Men "from" a place are not the party named after their verb.
    let x = extract(
        "A group of armed men from Jlein attacked a Syrian regime checkpoint on the Jlein road.",
        Some("2021-03-10"),
    );
    let a1 = actor1_of(&x);
    assert_eq!(a1, [Party::Unknown], "{:?}", x.events[0].actors);
}

#[test]
fn a_clause_with_its_own_subject_and_outcome_may_tell_another_event() {
    // ", and a fighter of HTS was killed ... on the frontline of Kafr Takharim": its own
    // people, outcome and place.
    let x = extract(
        "Two children were killed in regime shelling on the town of Ariha, and a fighter of HTS was killed by sniper fire on the frontline of Kafr Takharim.",
        Some("2021-03-10"),
    );
    let got: Vec<_> = x
        .events
        .iter()
        .map(|e| (e.location.as_ref().map(|l| l.name.clone()), e.fatalities))
        .collect();
    assert_eq!(
        got,
        [
            (Some("Ariha".to_string()), 2),
            (Some("Kafr Takharim".to_string()), 1)
        ]
    );
    // The subject before goes on where the clause has none, and a clause at the same
    // place joins its event.
    let x = extract(
        "On 7 June 2021, QSD started a military operation in Shadadah district in Al Hasakeh countryside, and killed 5 IS fighters.",
        None,
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    let x = extract(
        "Clashes broke out between regime forces and HTS in Kafranbel, and three HTS fighters were killed in the clashes.",
        Some("2021-03-10"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn a_daily_round_up_is_a_total_and_its_paragraphs_events() {
    let text = "SOHR has documented the death of 23 people across Syrian territory on Monday, including 7 civilians, as follows:\n\nDaraa: a civilian was shot dead by unknown gunmen in the town of Jasim.\n\nIdlib: two children were killed in regime shelling on the town of Ariha.";
    let x = extract(text, Some("2021-03-10"));
    // The day's toll across the country is a total, not an incident.
    let t: Vec<_> = x.tallies.iter().map(|t| t.count.best).collect();
    assert_eq!(t, [Some(23)], "{:?}", x.tallies);
    // Each paragraph's event is where its own words put it, not in its heading's city.
    let places: Vec<_> = x
        .events
        .iter()
        .map(|e| e.location.as_ref().map(|l| l.name.clone()))
        .collect();
    assert_eq!(
        places,
        [Some("Jasim".to_string()), Some("Ariha".to_string())],
        "{:?}",
        x.events
    );
    assert_eq!(deaths(&x), 3);
}

#[test]
fn a_total_named_at_length_and_losses_in_the_same_period() {
    let x = extract(
        "Accordingly, the death toll of regime soldiers and members of the pro-regime militias of Syrian and non-Syrian nationalities killed in ISIS attacks, ambushes and explosions in the desert since March 24, 2019 rose to 1,580, among them two Russians and 162 Iranian-backed militiamen of non-Syrian nationalities. Meanwhile, ISIS lost 1,236 members in the same period.",
        Some("2021-03-10"),
    );
    let t: Vec<_> = x
        .tallies
        .iter()
        .map(|t| (t.party, t.count.best, t.since.map(|d| d.to_string())))
        .collect();
    let since = Some("2019-03-24".to_string());
    assert_eq!(
        t,
        [
            (Party::Regime, Some(1580), since.clone()),
            (Party::Isis, Some(1236), since)
        ],
        "{:?}",
        x.tallies
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
    // The look-back stops at a clause of its own: "..., while it rose to 388 people"
    // is not the number of the fighters named before.
    let x = extract(
        "It rose to 653 the number of fighters of the SDF who have been killed since the 10th of November, while the Syrian Observatory published hours ago that it rose to 388 people including 141 children since the 10th of December 2018.",
        Some("2018-12-20"),
    );
    let t388 = x
        .tallies
        .iter()
        .find(|t| t.count.best == Some(388))
        .expect("388");
    assert_ne!(t388.party, Party::Sdf);
}

#[test]
fn a_gathering_in_solidarity_is_a_protest() {
    assert_first_sub_event(
        "In Daraa, dozens of people gathered in the town of Tafas in solidarity with the people of Al-Suwaidaa.",
        Some("2021-03-10"),
        Some(SubEventType::PeacefulProtest),
    );
}

#[test]
fn protesters_act_in_a_protest() {
    // The party they protest against is no actor; a force that intervened is the second.
    let x = extract(
        "Dozens of people took part in a protest in Al-Suwaidaa city, chanting slogans against the regime.",
        Some("2021-03-10"),
    );
    let a: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert_eq!(a, [(Party::Civilians, Role::Actor1)]);
    let x = extract(
        "Security forces dispersed a demonstration in Daraa by firing in the air.",
        Some("2021-03-10"),
    );
    let a: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert_eq!(
        a,
        [
            (Party::Civilians, Role::Actor1),
            (Party::Regime, Role::Actor2)
        ]
    );
}

#[test]
fn others_after_a_breakdown_are_others_than_the_whole() {
    let x = extract(
        "A car bomb exploded near a market in the city of Afrin, which is controlled by the Turkish-backed factions. The explosion killed nearly 20 people, including at least 6 civilians and some 9 members of the factions, and injured more than 30 others.",
        Some("2021-03-10"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Mixed,
            Some(30),
            Qualifier::MoreThan,
        ),
    );
    // The blast's victims named in a breakdown did not set it off.
    let a1 = actor1_of(&x);
    assert_eq!(a1, [Party::Unknown], "{:?}", x.events[0].actors);
}

#[test]
fn a_bomb_that_went_off_elsewhere_is_another_event() {
    let x = extract(
        "A car bomb exploded in the city of Afrin, killing 5 people. A motorcycle rigged with explosives went off in the town of Jindires, injuring a dozen people.",
        Some("2021-03-10"),
    );
    let got: Vec<_> = x
        .events
        .iter()
        .map(|e| {
            (
                e.sub_event_type,
                e.location.as_ref().and_then(|l| l.pcode.clone()),
            )
        })
        .collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].0, SubEventType::RemoteExplosiveLandmineIed);
    assert!(
        figures(&x).contains(&(Outcome::Injured, Party::Mixed, Some(12), Qualifier::Exact)),
        "{:?}",
        figures(&x)
    );
}

#[test]
fn a_toll_with_its_breakdown_set_off_by_commas() {
    // "Four members of the regime forces, including a warrant officer, were killed":
    // the four are the toll, the officer one of them; the alias "the regime" leaves
    // "forces" to the people's phrase.
    let x = extract(
        "Daraa province – Four members of the regime forces, including a warrant officer, were killed, and two others were injured in an ambush set up by unidentified gunmen on the road between the towns of Inkhil and Jasim.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 4, "{:?}", figures(&x));
    // One event: the ambush's town refines the province the sentence opened with.
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn an_answer_in_another_governorate_is_its_own_event() {
    let x = extract(
        "Regime forces shelled the town of Kansafra in Jabal al-Zawiya, killing a man and his son. HTS fighters responded by targeting regime positions in the northwestern countryside of Hama with mortar shells.",
        Some("2021-03-10"),
    );
    let admin1: Vec<_> = x
        .events
        .iter()
        .map(|e| e.location.as_ref().and_then(|l| l.admin1.clone()))
        .collect();
    assert_eq!(
        admin1,
        [Some("Idlib".to_string()), Some("Hama".to_string())],
        "{:?}",
        x.events
    );
}

#[test]
fn a_count_of_strikes_is_no_toll() {
    // "executed 4 airstrikes": what was carried out, not people executed.
    let x = extract(
        "The warplanes executed 4 airstrikes on areas in the town of Arbeen in the Eastern Ghouta, no reports on casualties.",
        Some("2014-05-10"),
    );
    assert!(figures(&x).is_empty(), "{:?}", figures(&x));
}

#[test]
fn a_person_and_their_kin_are_counted_once() {
    // "A woman and her three children were killed": four, not four and three.
    let x = extract(
        "A woman and her three children were killed when a fire broke out in their tent in al-Hol camp.",
        Some("2021-03-10"),
    );
    assert_eq!(deaths(&x), 4, "{:?}", figures(&x));
}

#[test]
fn deaths_without_an_event_word_in_another_governorate_are_another_event() {
    let x = extract(
        "Unidentified gunmen opened fire on a member of the SDF in the town of al-Shuhayl in Deir Ezzor, killing him instantly. In Al-Hasakah, a woman and her three children were killed when a fire broke out in their tent in al-Hol camp.",
        Some("2021-03-10"),
    );
    let got: Vec<_> = x.events.iter().map(|e| e.fatalities).collect();
    assert_eq!(got, [1, 4], "{:?}", x.events);
}

#[test]
fn backers_and_the_party_men_belong_to_do_not_act() {
    // "backed by the US-led International Coalition": associated, past the article and
    // its modifiers; "on charges of belonging to ISIS cells": whose men, not who acted.
    let x = extract(
        "The SDF, backed by the US-led International Coalition, launched a security campaign at dawn today in the town of Diban, arresting five persons on charges of belonging to ISIS cells.",
        Some("2021-03-10"),
    );
    let a: Vec<_> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert_eq!(a[0], (Party::Sdf, Role::Actor1), "{a:?}");
    assert!(a.contains(&(Party::Coalition, Role::Associated)), "{a:?}");
}

#[test]
fn days_of_this_or_last_month_and_last_month_whole() {
    let date_of = |text: &str| {
        let x = extract(text, Some("2021-03-10"));
        let e = x.events.first().expect("an event").date;
        (e.start.map(|d| d.to_string()), e.end.map(|d| d.to_string()))
    };
    let day = |d: &str| (Some(d.to_string()), Some(d.to_string()));
    assert_eq!(
        date_of("Regime forces shelled Ariha on the 3rd of this month, killing 2 civilians."),
        day("2021-03-03")
    );
    assert_eq!(
        date_of("Regime forces shelled Ariha on the 28th of last month, killing 2 civilians."),
        day("2021-02-28")
    );
    assert_eq!(
        date_of("Regime forces shelled Ariha last month, killing 2 civilians."),
        (
            Some("2021-02-01".to_string()),
            Some("2021-02-28".to_string())
        )
    );
}

#[test]
fn deaths_in_custody_are_detainees() {
    // Died in the captors' hands: detainees, and violence against the unarmed.
    let x = extract(
        "SOHR has documented the death of 14 people under torture in regime prisons since early January.",
        Some("2021-03-10"),
    );
    let t: Vec<_> = x.tallies.iter().map(|t| (t.party, t.count.best)).collect();
    assert_eq!(t, [(Party::Detainees, Some(14))], "{:?}", x.tallies);
    let x = extract(
        "A young man from the city of al-Rastan died under torture in regime prisons.",
        Some("2021-03-10"),
    );
    let e = &x.events[0];
    assert_eq!(e.sub_event_type, SubEventType::Attack);
    assert!(
        e.actors
            .iter()
            .any(|a| a.party == Party::Detainees && a.role == Role::Actor2),
        "{:?}",
        e.actors
    );
    // Civilians killed in shelling are civilians still.
    let x = extract(
        "Regime forces shelled Douma, killing 3 civilians.",
        Some("2021-03-10"),
    );
    assert_eq!(
        figures(&x),
        [(Outcome::Killed, Party::Civilians, Some(3), Qualifier::Exact)]
    );
}

#[test]
fn totals_over_a_month_or_the_year() {
    let tally = |text: &str| {
        let x = extract(text, Some("2021-03-10"));
        assert!(x.events.is_empty(), "{text}: {:?}", x.events);
        x.tallies
            .iter()
            .map(|t| {
                (
                    t.count.best,
                    t.since.map(|d| d.to_string()),
                    t.until.map(|d| d.to_string()),
                )
            })
            .collect::<Vec<_>>()
    };
    let s = |d: &str| Some(d.to_string());
    // A month documented: from its first day to its last.
    assert_eq!(
        tally("During the month of February, SOHR documented the death of 95 civilians in Idlib."),
        [(Some(95), s("2021-02-01"), s("2021-02-28"))]
    );
    // "since the beginning of the year": the report's year.
    assert_eq!(
        tally("SOHR has documented 2,000 deaths since the beginning of the year."),
        [(Some(2000), s("2021-01-01"), None)]
    );
    // When the war began is no period of its toll.
    assert_eq!(
        tally("More than 150000 people have been killed in Syria's conflict, which started as a peaceful protest movement in March 2011."),
        [(Some(150000), None, None)]
    );
}

#[test]
fn a_clause_after_a_family_or_a_list_keeps_its_own_people() {
    // The family is three people (not three women); the wounded are their own clause.
    let x = extract(
        "Regime forces shelled Balyun village this morning, killing a woman and her two children and injuring four others.",
        Some("2021-06-12"),
    );
    let f = figures(&x);
    assert!(
        f.contains(&(Outcome::Killed, Party::Civilians, Some(3), Qualifier::Exact))
            && f.contains(&(
                Outcome::Injured,
                Party::Civilians,
                Some(4),
                Qualifier::Exact
            )),
        "{f:?}"
    );
    assert!(
        x.events[0].casualties.iter().all(|c| c.subgroup.is_none()),
        "{:?}",
        x.events[0].casualties
    );
    // "and injured many others" opens a clause with its own object: the 12 were killed.
    let x = extract(
        "Coalition strikes on Raqqa city led to the killing of 1 IS fighter, at least 12 civilians and injured many others.",
        Some("2017-08-24"),
    );
    assert_figure(
        &x,
        (
            Outcome::Killed,
            Party::Civilians,
            Some(12),
            Qualifier::AtLeast,
        ),
    );
    assert_eq!(deaths(&x), 13, "{f:?}");
}

#[test]
fn both_all_three_and_them_count_the_people_told_of_before() {
    for (text, want) in [
        ("Unidentified gunmen opened fire on a former commander of opposition factions and his companion near Tafas city on Wednesday evening, killing both of them on the spot.", 2),
        ("A member of the faction opened fire on two other members in Sharan district, killing them.", 2),
        ("Unknown gunmen attacked a vehicle carrying two officers and their driver on the outskirts of Rasm Al Qabo, killing all three.", 3),
    ] {
        let x = extract(text, Some("2021-06-12"));
        assert_eq!(deaths(&x), want, "{text:?}: {:?}", figures(&x));
    }
    // "both sides" is no count of people, and "them" needs people counted before it.
    for text in [
        "Clashes erupted between regime forces and the factions near Tafas, and both sides exchanged fire.",
        "Regime forces shelled the villages of the area, destroying them.",
    ] {
        let x = extract(text, Some("2021-06-12"));
        assert_eq!(deaths(&x), 0, "{text:?}: {:?}", figures(&x));
    }
}

#[test]
fn civilian_trades_count_people_in_a_running_toll() {
    let x = extract(
        "Accordingly, the death toll of truffle hunters since early February has risen to 68, including 9 children and 5 women, most of whom were killed by landmines.",
        Some("2023-03-14"),
    );
    assert!(
        x.tallies
            .iter()
            .any(|t| t.count.best == Some(68) && t.party == Party::Civilians),
        "{:?}",
        x.tallies
    );
    // "most of whom were killed by ..." tells of the whole: its verb is not the parts'.
    let x = extract(
        "Accordingly, the death toll of gold prospectors since early February has risen to 68, including 9 children and 5 women, most of whom were killed by landmines.",
        Some("2023-03-14"),
    );
    assert!(
        x.tallies.iter().any(|t| t.count.best == Some(68)),
        "{:?}",
        x.tallies
    );
}

#[test]
fn people_joined_before_dead_share_it() {
    let x = extract(
        "Regime forces clashed with Islamic State fighters between Salhiyeh and Abu Kamal, which left 14 regime and 19 Islamic State fighters dead.",
        Some("2017-11-20"),
    );
    assert_eq!(deaths(&x), 33, "{:?}", figures(&x));
}

#[test]
fn kin_with_an_outcome_of_their_own_are_counted_apart() {
    let x = extract(
        "A child was killed and his brother was injured by regime sniper fire on the outskirts of Darat Izza.",
        Some("2023-03-09"),
    );
    let f = figures(&x);
    assert!(
        f.contains(&(Outcome::Killed, Party::Civilians, Some(1), Qualifier::Exact))
            && f.contains(&(
                Outcome::Injured,
                Party::Civilians,
                Some(1),
                Qualifier::Exact
            )),
        "{f:?}"
    );
    assert_eq!(deaths(&x), 1, "{f:?}");
    let x = extract(
        "A woman was killed and her two sons were wounded in the shelling of Ariha.",
        Some("2023-03-09"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(2),
            Qualifier::Exact,
        ),
    );
}

#[test]
fn a_toll_of_strikes_since_the_beginning_of_the_month_is_a_running_total_of_one_side() {
    let x = extract(
        "The death toll of Russian airstrikes on the de-escalation zone since the beginning of the month has risen to 9, all of them civilians.",
        Some("2023-03-10"),
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let t = &x.tallies[0];
    assert_eq!(t.party, Party::Civilians);
    assert_eq!(t.since, Date::parse_iso("2023-03-01"));
    // "4 people, all civilians": the same people, named as one side.
    let x = extract(
        "Regime shelling on Ariha killed 4 people, all civilians, on Monday.",
        Some("2023-03-10"),
    );
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Civilians, Some(4), Qualifier::Exact)]
    );
}

#[test]
fn a_running_total_of_deaths_under_torture_counts_detainees() {
    let x = extract(
        "According to SOHR statistics, the number of people who died under torture in regime prisons since the beginning of the year has risen to 27.",
        Some("2023-03-10"),
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    assert_eq!(x.tallies[0].party, Party::Detainees);
    assert_eq!(x.tallies[0].count.best, Some(27));
}

#[test]
fn a_daily_round_up_dates_the_events_it_lists() {
    let text = "SOHR has documented the death of 3 people across Syrian territory on Thursday, March 9, as follows:\nDeir Ezzor: A young man was shot dead by unknown gunmen in Al-Shuhail town.\nHoms: Two regime soldiers were killed in an ISIS attack on their post in the desert of Al-Sukhnah.";
    let x = extract(text, Some("2023-03-10"));
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    for e in &x.events {
        assert_eq!(e.date.start, Date::parse_iso("2023-03-09"), "{e:?}");
        assert_eq!(e.date.precision, marsad_model::DatePrecision::Day);
    }
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    assert_eq!(x.tallies[0].since, Date::parse_iso("2023-03-09"));
    // Without the list's colon, an undated event is not the toll's day.
    let x = extract(
        "SOHR has documented the death of 3 people across Syrian territory on Thursday, March 9. A young man was shot dead by unknown gunmen in Al-Shuhail town.",
        Some("2023-03-10"),
    );
    assert!(
        x.events
            .iter()
            .all(|e| e.date.precision != marsad_model::DatePrecision::Day),
        "{:?}",
        x.events
    );
}

#[test]
fn fighting_within_one_side_has_that_side_on_both_ends() {
    let both = |text: &str| {
        let x = extract(text, Some("2023-03-14"));
        x.events[0]
            .actors
            .iter()
            .filter(|a| matches!(a.role, Role::Actor1 | Role::Actor2))
            .map(|a| a.party)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        both("Clashes broke out on Sunday evening between members of Al-Hamzat Division and Sultan Murad Division in Jinderes town."),
        vec![Party::TurkishBackedFactions, Party::TurkishBackedFactions]
    );
    assert_eq!(
        both("Clashes took place between two families over a feud in Baghuz town."),
        vec![Party::Tribal, Party::Tribal]
    );
    // Allies joined as one side are no fight between them.
    assert_ne!(
        both("Clashes took place between the regime forces and their allied militiamen in Jobar."),
        vec![Party::Regime, Party::Regime]
    );
}

#[test]
fn a_side_that_continues_its_advance_acts_but_clashes_that_continue_name_no_actor() {
    let text = "At least 17 civilians were killed in airstrikes carried out by warplanes of the International Coalition on Al-Raqqah city at dawn on Monday, the 5th of June 2017.\nSOHR monitored more than 30 airstrikes carried out by the Coalition warplanes on the city during the past 24 hours, while the Syrian Democratic Forces continue their attempts to advance into the western parts of the city amid clashes with the organization.";
    let x = extract(text, Some("2017-06-05"));
    assert_eq!(
        x.events[0].sub_event_type,
        SubEventType::AirDroneStrike,
        "{:?}",
        x.events
    );
    assert_eq!(actor1_of(&x), vec![Party::Coalition]);
    // "the clashes between X and Y continue": Y does not act for it.
    let x = extract(
        "The clashes between the Syrian Democratic Forces and the Islamic State continue in Ar-Raqqah city.",
        Some("2017-06-05"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Sdf]);
}

#[test]
fn executions_on_charges_and_a_total_since_an_announcement() {
    let text = "The Islamic State organization has executed 4 men yesterday by beheading them in a square in Al-Mayadeen city in the eastern countryside of Deir Ezzor, on charges of apostasy and dealing with the regime.\nSOHR has documented the execution of 3271 people by the organization since the announcement of its Caliphate on the 29th of June 2014, among them 1853 civilians, including 93 children and 125 women.";
    let x = extract(text, Some("2016-09-12"));
    // The regime, named in the charge, took no part: ISIS killed civilians.
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(x.events[0].sub_event_type, SubEventType::Attack);
    assert_eq!(deaths(&x), 4, "{:?}", figures(&x));
    // The 3271 are a total since the Caliphate, of whom only some were civilians.
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let t = &x.tallies[0];
    assert_eq!(t.count.best, Some(3271));
    assert_eq!(t.since, Date::parse_iso("2014-06-29"));
    assert_eq!(t.party, Party::Mixed);
}

#[test]
fn on_one_side_and_on_the_other_name_the_two_sides() {
    let x = extract(
        "Violent clashes continue between the regime forces backed by Hezbollah and Iranian militiamen on one side, and the rebel factions on the other side, in the southern countryside of Aleppo.",
        Some("2016-04-02"),
    );
    let role = |p: Party| {
        x.events[0]
            .actors
            .iter()
            .find(|a| a.party == p)
            .map(|a| a.role)
    };
    assert_eq!(
        role(Party::Regime),
        Some(Role::Actor1),
        "{:?}",
        x.events[0].actors
    );
    assert_eq!(
        role(Party::Opposition),
        Some(Role::Actor2),
        "{:?}",
        x.events[0].actors
    );
    assert_eq!(
        role(Party::IranBacked),
        Some(Role::Associated),
        "{:?}",
        x.events[0].actors
    );
}

#[test]
fn a_side_of_the_battle_acting_in_a_while_clause_is_the_same_battle() {
    let text = "Violent clashes continue between the regime forces and the rebel factions in the southern countryside of Aleppo. The clashes resulted in the death of at least 8 members of the regime forces, while 5 fighters of the factions were killed, and the regime forces managed to advance and take control of Al-Eis hill.";
    let x = extract(text, Some("2016-04-02"));
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(deaths(&x), 13);
    assert_eq!(actor1_of(&x), vec![Party::Regime]);
    // Another kind of act by a party named in the battle is still another event.
    let x = extract(
        "Clashes broke out between the regime forces and ISIS in the desert of Al-Sukhnah, while ISIS shelled the neighbourhoods of Deir Ezzor city.",
        Some("2016-04-02"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
}

#[test]
fn the_subject_of_a_passive_outcome_did_not_act() {
    let x = extract(
        "6 regime soldiers were found slaughtered presumably by IS in the Al Mayadin desert.",
        Some("2020-09-18"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Isis], "{:?}", x.events);
    let x = extract(
        "A QSD volunteer was found dead in Hole Camp in Al Hasakeh countryside, killed by unknown gunmen.",
        Some("2021-05-29"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Unknown], "{:?}", x.events);
}

#[test]
fn a_running_total_says_where_and_by_whom_before_its_number() {
    let x = extract(
        "The number of regime soldiers and militiamen killed by ISIS cells in the deserts of Deir Ezzor, Homs and Al-Raqqah since March 24, 2019 has risen to 1,563, including 3 Russians.",
        Some("2021-05-06"),
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let t = &x.tallies[0];
    assert_eq!(t.perpetrator, Some(Party::Isis));
    assert_eq!(t.regions.len(), 3, "{:?}", t.regions);
}

#[test]
fn gunmen_believed_to_belong_to_a_group_are_that_group_suspected() {
    let x = extract(
        "Gunmen believed to belong to ISIS cells assassinated a local council member in Al-Shuhail town yesterday.",
        Some("2023-07-07"),
    );
    let e = &x.events[0];
    assert_eq!(e.sub_event_type, SubEventType::Attack, "{e:?}");
    let a1: Vec<_> = e.actors.iter().filter(|a| a.role == Role::Actor1).collect();
    assert_eq!(a1.len(), 1, "{:?}", e.actors);
    assert_eq!(a1[0].party, Party::Isis);
    assert_eq!(a1[0].certainty, marsad_model::Certainty::Suspected);
    assert!(
        e.actors.iter().all(|a| a.party != Party::Unknown),
        "{:?}",
        e.actors
    );
}

#[test]
fn an_older_events_rising_toll_and_its_first_report_are_one_retold_event() {
    let text = "The death toll of the car bomb explosion which rocked a crowded market in Azaz city on the 23rd of last month has risen to 19, after two of the injured died of their wounds today. SOHR had published on the day of the explosion that 11 people were killed and more than 30 others were injured.";
    let x = extract(text, Some("2023-07-07"));
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    let e = &x.events[0];
    assert_eq!(e.kind, EventKind::ReportOfEarlier);
    assert_eq!(e.fatalities, 19, "{:?}", e.casualties);
}

#[test]
fn a_toll_shared_out_between_events_in_the_next_sentence_sums_them_up() {
    let text = "SOHR has documented the death of nine civilians, including three children and two women, in regime and Russian bombardment on the de-escalation zone in the past 24 hours. Six of them were killed in Russian airstrikes on Al-Bara and Kansafra in Jabal Al-Zawiya, while three others, including two children, were killed by regime shelling on Ariha city.";
    let x = extract(text, Some("2022-06-20"));
    assert_eq!(deaths(&x), 9, "{:?}", figures(&x));
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    assert!(
        x.events
            .iter()
            .all(|e| e.casualties.iter().all(|c| c.party == Party::Civilians)),
        "{:?}",
        figures(&x)
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    assert_eq!(x.tallies[0].count.best, Some(9));
}

#[test]
fn a_refugee_is_a_person_but_a_refugee_camp_is_a_place() {
    let x = extract(
        "An Iraqi refugee was found dead, shot in the head, in the fifth sector of Al-Hol camp this morning. According to SOHR sources, unknown gunmen, likely ISIS cells, opened fire on him.",
        Some("2022-06-20"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", figures(&x));
    assert_eq!(
        x.events[0].sub_event_type,
        SubEventType::Attack,
        "{:?}",
        x.events
    );
    assert_eq!(actor1_of(&x), vec![Party::Isis]);
    let x = extract(
        "Syrian regime forces captured Hadalat refugee camp in the Sabe Byar sub-district of Rural Damascus.",
        Some("2017-09-11"),
    );
    assert!(figures(&x).is_empty(), "{:?}", figures(&x));
}

#[test]
fn passive_victims_pronouns_and_one_more_of_them() {
    // The soldiers were killed: the unknown persons who planted the IED acted.
    let x = extract(
        "Two members of the regime's Military Security were killed and a third was injured, when an IED planted by unknown persons exploded in their vehicle near Da'el.",
        Some("2023-04-14"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Unknown], "{:?}", x.events);
    let f = figures(&x);
    assert!(
        f.contains(&(Outcome::Killed, Party::Regime, Some(2), Qualifier::Exact))
            && f.contains(&(Outcome::Injured, Party::Regime, Some(1), Qualifier::Exact)),
        "{f:?}"
    );
    // "leaving him seriously injured": the young man, a civilian.
    let x = extract(
        "Gunmen opened fire on a young man in Nawa city, leaving him seriously injured.",
        Some("2023-04-14"),
    );
    assert_eq!(
        figures(&x),
        vec![(
            Outcome::Injured,
            Party::Civilians,
            Some(1),
            Qualifier::Exact
        )]
    );
    assert_eq!(x.events[0].sub_event_type, SubEventType::Attack);
}

#[test]
fn armour_destroyed_in_fighting_is_a_clash() {
    assert_first_sub_event(
        "On 2 February 2020, opposition forces were able to destroy a regime tank on the axis of Dadikh southeast of Idlib.",
        Some("2020-02-02"),
        Some(SubEventType::ArmedClash),
    );
    // A threat of an operation is no fighting.
    assert_no_sub_event(
        "A French and American delegation visited Ein Issa to discuss the Turkish hinting about a military operation against the east of Euphrates.",
        Some("2018-11-08"),
        SubEventType::ArmedClash,
    );
}

#[test]
fn kin_and_one_more_told_later_in_the_sentence() {
    let x = extract(
        "A civilian was killed and his son injured when a landmine left by ISIS exploded near Al-Karamah town.",
        Some("2022-06-20"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(1),
            Qualifier::Exact,
        ),
    );
    let x = extract(
        "Two members of the Sultan Murad Division were killed in an explosion of a landmine near Ras Al-Ain, while a third was seriously injured.",
        Some("2022-06-20"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::TurkishBackedFactions,
            Some(1),
            Qualifier::Exact,
        ),
    );
    // Only the last people counted have a third.
    let x = extract(
        "Two soldiers and three rebels were killed in the clashes in Tafas, while a third was injured.",
        Some("2022-06-20"),
    );
    let injured: Vec<_> = figures(&x)
        .into_iter()
        .filter(|f| f.0 == Outcome::Injured)
        .collect();
    assert_eq!(injured.len(), 1, "{injured:?}");
}

#[test]
fn an_answer_told_by_its_aim_makes_the_shelling_an_exchange() {
    assert_first_sub_event(
        "Turkish forces shelled the villages of Um Al-Kaif and Al-Dardara in northern Al-Hasakah on Sunday, killing an SDF fighter. SDF responded by targeting the factions' positions in Ras Al-Ain countryside.",
        Some("2022-06-20"),
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn a_hedge_after_the_name_and_a_participle_as_an_adjective() {
    let x = extract(
        "Israeli warplanes are believed to have carried out airstrikes after midnight on positions of Iranian-backed militias near Al-Bukamal city, killing five militiamen. Ambulances were seen rushing to the targeted area.",
        Some("2023-08-20"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    let israel = x.events[0]
        .actors
        .iter()
        .find(|a| a.party == Party::Israel)
        .expect("Israel named");
    assert_eq!(israel.certainty, marsad_model::Certainty::Suspected);
}

#[test]
fn dead_and_wounded_told_as_one_toll_make_an_event_that_counts_no_deaths() {
    // With no split between dead and wounded, no one is counted dead, but something
    // happened: an event with no fatalities, not nothing.
    for text in [
        "Rebel snipers killed or injured 3 Syrian regime soldiers on Maar Dis front in Hama.",
        "Rebel snipers killed and injured 3 soldiers in Hama.",
    ] {
        let x = extract(text, Some("2020-05-01"));
        assert_eq!(x.events.len(), 1, "{text:?}: {:?}", x.events);
        assert_eq!(x.events[0].fatalities, 0, "{text:?}");
        assert_eq!(deaths(&x), 0, "{text:?}");
    }
    // Not where no one acts on people counted: "the number of people wounded and killed".
    let x = extract(
        "Putin said it will not be necessary to increase the number of people wounded and killed in Syria.",
        Some("2020-05-01"),
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
}

#[test]
fn people_killed_with_no_side_are_not_of_the_side_that_killed_them() {
    let party_of = |text: &str| {
        figures(&extract(text, Some("2020-05-01")))
            .first()
            .map(|f| (f.0, f.1))
    };
    // The killers are no side of their victims: the other side named, else unknown.
    assert_eq!(
        party_of("Rebel snipers killed several soldiers in Hama."),
        Some((Outcome::Killed, Party::Unknown))
    );
    assert_eq!(
        party_of(
            "Clashes took place between IS and Syrian regime forces in the eastern countryside of Hama, during which IS killed 20 soldiers."
        ),
        Some((Outcome::Killed, Party::Regime))
    );
    assert_eq!(
        party_of("On 10 July 2022, HTS detained nine fighters in Idlib."),
        Some((Outcome::Arrested, Party::Unknown))
    );
    // The side named last is the victims' where it is the object, not the subject.
    assert_eq!(
        party_of("ISIS attacked SDF positions in Raqqa, killing 5 fighters."),
        Some((Outcome::Killed, Party::Sdf))
    );
    // "of its own members": the killers' own.
    assert_eq!(
        party_of("ISIS has executed at least 70 of its own members in Raqqa."),
        Some((Outcome::Executed, Party::Isis))
    );
}

#[test]
fn kin_named_with_their_age_and_passers_by_are_counted() {
    let x = extract(
        "An explosive device exploded in a vehicle belonging to a former commander in Busra Al-Sham town, killing him and his 12-year-old son and wounding two passers-by.",
        Some("2024-03-11"),
    );
    let f = figures(&x);
    assert_eq!(deaths(&x), 2, "{f:?}");
    assert!(
        f.contains(&(Outcome::Killed, Party::Civilians, Some(1), Qualifier::Exact)),
        "{f:?}"
    );
    assert!(
        f.contains(&(
            Outcome::Injured,
            Party::Civilians,
            Some(2),
            Qualifier::Exact
        )),
        "{f:?}"
    );
}

#[test]
fn a_tribes_civilians_are_civilians() {
    for (text, outcome) in [
        (
            "In Deir Ezzor, gunmen on a motorbike assassinated a dignitary of Al-Baggara tribe in Al-Shuhail town, on Monday.",
            Outcome::Killed,
        ),
        (
            "Clashes took place between JWS and Al Muwali tribe in Aleppo countryside, after JWS detained two women from the tribe.",
            Outcome::Arrested,
        ),
    ] {
        let f = figures(&extract(text, Some("2023-11-16")));
        assert!(
            f.iter().any(|x| x.0 == outcome && x.1 == Party::Civilians),
            "{text:?}: {f:?}"
        );
    }
}

#[test]
fn deaths_told_after_a_marker_of_another_matter_are_another_event() {
    let x = extract(
        "Turkish forces shelled the villages of Saida in Ain Issa countryside. On the other hand, a woman and her daughter were killed on Friday night by a stray bullet during a wedding in Al-Tabaqa city west of Raqqa.",
        Some("2022-08-21"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    assert_eq!(x.events[0].fatalities, 0);
    assert_eq!(x.events[1].fatalities, 2);
    // Without the marker, deaths told with no event word stay with the event before.
    let x = extract(
        "Turkish forces shelled the villages of Saida in Ain Issa countryside. Two civilians were killed.",
        Some("2022-08-21"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn aircraft_strike_and_aircraft_fired_at() {
    // Aircraft named as the striker, with no strike word ("aircraft targeted").
    assert_first_sub_event(
        "Unidentified aircraft targeted a convoy of trucks belonging to the Iranian-backed \
         militias west of Albukamal city, killing 9 members of the militias.",
        Some("2021-06-01"),
        Some(SubEventType::AirDroneStrike),
    );
    assert_first_sub_event(
        "Russian jets pounded the villages of Jabal al-Zawiya, killing two civilians.",
        Some("2021-06-01"),
        Some(SubEventType::AirDroneStrike),
    );
    // Aircraft fired at are the target: fighting, as ACLED codes it.
    assert_first_sub_event(
        "Rebels shot down a regime helicopter over the town of Saraqib.",
        Some("2021-06-01"),
        Some(SubEventType::ArmedClash),
    );
    assert_first_sub_event(
        "The rebels targeted Russian jets with anti-aircraft weapons over Jabal al-Zawiya.",
        Some("2021-06-01"),
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn members_of_a_family_are_civilians() {
    let x = extract(
        "Regime forces shelled Kansafra town in Idlib countryside, killing a woman and \
         injuring four members of one family. A Russian airstrike on Al-Bara killed 5 \
         members of the same family.",
        Some("2021-06-01"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(4),
            Qualifier::Exact,
        ),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Civilians, Some(5), Qualifier::Exact),
    );
}

#[test]
fn a_quoted_name_names_the_party_before_it() {
    let x = extract(
        "The internal security forces \"Asayish\" arrested on Wednesday 7 young men in \
         Al-Hasakah city and took them to military training camps.",
        Some("2021-06-01"),
    );
    assert_eq!(
        x.events.first().map(|e| e.sub_event_type),
        Some(SubEventType::Arrests),
        "{:?}",
        x.events
    );
    assert!(
        x.events[0].actors.iter().all(|a| a.party != Party::Regime),
        "{:?}",
        x.events[0].actors
    );
}

#[test]
fn a_monthly_toll_and_its_breakdowns_are_tallies_over_the_month() {
    let text = "SOHR has documented the death of 305 people across Syrian territory in the \
                month of March 2022, including 96 civilians. The civilian deaths were \
                distributed as follows: 40 civilians were killed by regime shelling, and 56 \
                civilians died in other circumstances. SOHR also documented the death of 120 \
                fighters of the regime forces. On the last day of the month, a landmine \
                exploded in the outskirts of Saraqib, killing a child.";
    let x = extract(text, Some("2022-04-01"));
    let tallies: Vec<(Party, Option<u32>, Option<String>, Option<String>)> = x
        .tallies
        .iter()
        .map(|t| {
            (
                t.party,
                t.count.best,
                t.since.map(|d| d.to_string()),
                t.until.map(|d| d.to_string()),
            )
        })
        .collect();
    let month = (
        Some("2022-03-01".to_string()),
        Some("2022-03-31".to_string()),
    );
    for (party, n) in [
        (Party::Mixed, 305),
        (Party::Civilians, 40),
        (Party::Civilians, 56),
        (Party::Regime, 120),
    ] {
        assert!(
            tallies.contains(&(party, Some(n), month.0.clone(), month.1.clone())),
            "{party:?} {n}: {tallies:?}"
        );
    }
    // The child killed that day is the report's one incident.
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Civilians, Some(1), Qualifier::Exact)]
    );
}

#[test]
fn a_nationality_naming_a_place_is_no_actor() {
    for text in [
        "ISIS fighters attacked the town of Manbij near the Turkish border, killing 5 \
         members of the SDF.",
        "Regime shelling on Jabal al-Zawiya killed 3 civilians and displaced families \
         into Turkish territory.",
    ] {
        let x = extract(text, Some("2021-06-01"));
        assert!(
            x.events
                .iter()
                .flat_map(|e| &e.actors)
                .all(|a| a.party != Party::Turkey),
            "{text}: {:?}",
            x.events
        );
    }
    // Border guards are the state's men.
    let x = extract(
        "Turkish border guards shot dead 2 civilians trying to cross into Turkish \
         territory near Khirbet al-Joz.",
        Some("2021-06-01"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Turkey], "{:?}", x.events);
}

#[test]
fn people_joined_by_and_with_an_article_are_counted_apart() {
    let x = extract(
        "A drone believed to be Turkish targeted a military vehicle belonging to SDF near \
         Kobani, killing two members of SDF and a child who was passing by.",
        Some("2021-06-08"),
    );
    assert_figure(&x, (Outcome::Killed, Party::Sdf, Some(2), Qualifier::Exact));
    assert_eq!(deaths(&x), 3, "{:?}", figures(&x));
    // Joined subjects still share the verb after the second.
    let x = extract(
        "A woman from Hama countryside and a young man from eastern Ghouta were killed in \
         the camp.",
        Some("2020-03-17"),
    );
    assert_eq!(deaths(&x), 2, "{:?}", figures(&x));
}

#[test]
fn a_death_toll_takes_the_side_its_words_name_as_hit() {
    let x = extract(
        "The death toll of the attack carried out by ISIS cells on a bus carrying regime \
         soldiers near Kabajeb on Thursday has risen to 16.",
        Some("2021-06-08"),
    );
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Regime, Some(16), Qualifier::Exact)]
    );
    // A toll naming no side, or civilians beside the soldiers, pools them.
    let x = extract(
        "The death toll of the Russian airstrikes on a market in Ariha has risen to 16.",
        Some("2021-06-08"),
    );
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Mixed, Some(16), Qualifier::Exact)]
    );
}

#[test]
fn a_count_of_times_tells_no_act_of_its_own() {
    let x = extract(
        "Israeli missiles targeted after midnight positions of Lebanese Hezbollah near \
         Al-Sayyidah Zaynab, killing 3 members of the militia. This is the 12th time this \
         year that Israel has targeted Syrian territory.",
        Some("2021-06-08"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    let date = &x.events[0].date;
    assert_eq!(
        (date.start.map(|d| d.to_string()), date.precision),
        (Some("2021-06-08".to_string()), DatePrecision::Day)
    );
}

#[test]
fn children_among_a_listed_part_of_civilians_are_not_more_dead() {
    let x = extract(
        "SOHR has documented 312 attacks in Daraa since June 2019, which claimed the lives \
         of 215 people: 60 civilians, including 4 children, 98 members of the regime \
         forces, and 57 former members of the opposition factions.",
        Some("2021-06-08"),
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let parts: Vec<(String, Option<u32>)> = x.tallies[0]
        .parts
        .iter()
        .map(|p| (p.subgroup.clone(), p.count.best))
        .collect();
    // The children are told among the parts, and the last part stays one.
    assert!(
        parts.iter().any(|(_, n)| *n == Some(57)) && parts.iter().any(|(_, n)| *n == Some(4)),
        "{parts:?}"
    );
}

#[test]
fn a_total_since_part_of_a_year_is_a_tally_over_it() {
    let x = extract(
        "According to SOHR statistics, the number of people killed in Al-Hol camp since \
         early 2022 has risen to 27, including 15 women.",
        Some("2022-06-12"),
    );
    assert_eq!(x.tallies.len(), 1, "{:?}", x.tallies);
    let t = &x.tallies[0];
    assert_eq!(
        (t.count.best, t.since.map(|d| d.to_string())),
        (Some(27), Some("2022-01-01".to_string()))
    );
    assert!(
        x.events.iter().all(|e| e.casualties.is_empty()),
        "{:?}",
        x.events
    );
}

#[test]
fn quoted_sides_of_a_clash_are_its_actors() {
    let x = extract(
        "Clashes erupted this evening between \"Al-Jabha Al-Shamiya\" and \"Ahrar Al-Sham\" \
         in Al-Bab city in the eastern countryside of Aleppo, leaving four fighters dead. \
         Turkish forces intervened to end the clashes.",
        Some("2021-06-12"),
    );
    assert_eq!(
        actor1_of(&x),
        vec![Party::TurkishBackedFactions],
        "{:?}",
        x.events
    );
}

#[test]
fn a_source_putting_the_death_toll_at_a_number_gives_a_toll() {
    let x = extract(
        "Air strikes on a market in the rebel-held town of Maarat al-Numan killed at least \
         12 people on Monday. The White Helmets put the death toll at 15, including three \
         children.",
        Some("2021-06-14"),
    );
    let f = figures(&x);
    assert!(
        f.iter()
            .any(|&(o, _, n, _)| o == Outcome::Killed && n == Some(15)),
        "{f:?}"
    );
    // The children are among the 15, not three more dead.
    assert!(!f.iter().any(|&(_, _, n, _)| n == Some(3)), "{f:?}");
}

#[test]
fn russian_backed_groups_fight_for_the_regime() {
    let x = extract(
        "A member of the Russian-backed \"8th Brigade\" was shot dead by gunmen in Busra \
         Al-Sham city.",
        Some("2021-06-16"),
    );
    assert_eq!(
        figures(&x),
        vec![(Outcome::Killed, Party::Regime, Some(1), Qualifier::Exact)]
    );
    assert!(
        x.events[0].actors.iter().all(|a| a.party != Party::Russia),
        "{:?}",
        x.events[0].actors
    );
}

#[test]
fn kin_named_with_a_possessive_and_their_own_verb_count_one() {
    let x = extract(
        "A child was killed and his mother was injured by regime shelling on Al-Fatirah \
         village.",
        Some("2021-06-16"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(1),
            Qualifier::Exact,
        ),
    );
}

#[test]
fn an_answer_elsewhere_to_an_attack_on_civilians_is_another_event() {
    let x = extract(
        "Two children were killed and five other civilians were injured when regime forces \
         shelled residential neighbourhoods in Sarmin city in the eastern countryside of \
         Idlib. HTS responded by shelling regime positions in Saraqib.",
        Some("2021-06-19"),
    );
    assert_eq!(
        x.events.first().map(|e| e.sub_event_type),
        Some(SubEventType::ShellingArtilleryMissileAttack),
        "{:?}",
        x.events
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
}

#[test]
fn who_holds_the_place_is_not_who_acted() {
    let x = extract(
        "A booby-trapped car exploded near a bakery in the centre of Ras Al-Ain city, which \
         is controlled by Turkish forces, killing 6 people and injuring more than 15 others.",
        Some("2021-06-19"),
    );
    assert!(!actor1_of(&x).contains(&Party::Turkey), "{:?}", x.events);
}

#[test]
fn deaths_told_without_an_event_word_on_another_day_and_place_are_another_event() {
    let x = extract(
        "Hayat Tahrir Al-Sham executed a man in Idlib city on Thursday. On Tuesday, HTS \
         executed two men in Harem city on charges of murder.",
        Some("2021-06-20"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    assert_eq!(x.events[0].fatalities, 1, "{:?}", x.events);
}

#[test]
fn a_headline_charges_no_one_in_the_body() {
    let x = extract(
        "Syrian Observatory for Human Rights\nHTS executes man accused of spying for the \
         coalition\n\nHayat Tahrir Al-Sham executed a man in Idlib city on Thursday, after \
         accusing him of spying for the International Coalition.\n",
        Some("2021-06-20"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Hts], "{:?}", x.events);
}

#[test]
fn a_joined_subject_of_a_reciprocal_verb_is_the_two_sides() {
    let x = extract(
        "SDF and regime forces exchanged heavy machine-gun fire on the contact lines near \
         Al-Arimah town west of Manbij, leaving a member of SDF dead.",
        Some("2021-06-20"),
    );
    let roles: Vec<(Party, Role)> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert!(roles.contains(&(Party::Sdf, Role::Actor1)), "{roles:?}");
    assert!(roles.contains(&(Party::Regime, Role::Actor2)), "{roles:?}");
    // Partners who fight a third are still partners.
    let x = extract(
        "Turkish forces and opposition rebels shelled and clashed with IS fighters in \
         Jandairis.",
        Some("2021-06-20"),
    );
    let roles: Vec<(Party, Role)> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert!(roles.contains(&(Party::Isis, Role::Actor2)), "{roles:?}");
}

#[test]
fn an_answer_to_an_attack_that_hurt_armed_men_is_fire_exchanged() {
    let x = extract(
        "Turkish forces and their proxy factions shelled with heavy artillery the villages \
         of Um Al-Kaif and Al-Dardara in northern Al-Hasakah on Sunday, killing an SDF \
         fighter and injuring two civilians. SDF responded by targeting the factions' \
         positions in Ras Al-Ain countryside.",
        Some("2021-06-01"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(x.events[0].sub_event_type, SubEventType::ArmedClash);
}

#[test]
fn deaths_from_cold_or_illness_are_no_violence() {
    let x = extract(
        "A child died this morning due to the extreme cold in a camp for the displaced near \
         Atmeh town in the northern countryside of Idlib.",
        Some("2022-06-20"),
    );
    assert!(figures(&x).is_empty(), "{:?}", x.events);
    // A death from wounds is the violence's.
    let x = extract(
        "A young man died of his wounds sustained in regime shelling on Kansafra.",
        Some("2022-06-20"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", x.events);
}

#[test]
fn a_member_in_a_party_is_of_that_party() {
    let x = extract(
        "A Turkish drone targeted a car on the road between Qamishli and Amuda this morning, \
         killing a commander in the SDF.",
        Some("2022-06-20"),
    );
    let f = figures(&x);
    assert!(
        f.iter()
            .any(|&(o, p, n, _)| o == Outcome::Killed && p == Party::Sdf && n == Some(1)),
        "{f:?}"
    );
    // A place after "in" is no party.
    let x = extract(
        "Regime shelling killed a civilian in Kansafra.",
        Some("2022-06-20"),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Civilians, Some(1), Qualifier::Exact),
    );
}

#[test]
fn gunmen_right_after_a_party_are_its_men() {
    let x = extract(
        "Tribal gunmen attacked an SDF checkpoint in Dhiban town on Monday, killing two SDF \
         members. Three tribal gunmen were killed in the clashes.",
        Some("2023-03-14"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Tribal], "{:?}", x.events);
    assert!(
        x.events[0].actors.iter().all(|a| a.party != Party::Unknown),
        "{:?}",
        x.events[0].actors
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Tribal, Some(3), Qualifier::Exact),
    );
    // Unidentified gunmen named on their own stay unidentified.
    let x = extract(
        "Unknown gunmen shot dead a young man in Tafas city on Monday.",
        Some("2023-03-14"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Unknown], "{:?}", x.events);
}

#[test]
fn those_a_party_s_attack_kills_are_not_its_men() {
    // A headline and its lead: the attack is the subject, and the line ends the phrase
    // (the body's first word is not the headline's noun).
    let x = extract(
        "IS attack on army post kills 30\n\nIS attack on an army post in Homs kills 30 on \
         Monday, SOHR said.",
        Some("2019-03-14"),
    );
    let f = figures(&x);
    assert!(f.iter().all(|&(_, p, _, _)| p != Party::Isis), "{f:?}");
    assert_eq!(deaths(&x), 30, "{:?}", x.events);
    // A number told with no one named, then named in the same sentence, counts once.
    let x = extract(
        "IS attack on Shaer gas field kills 30 on Tuesday, killing at least 30 pro-regime \
         gunmen and guards, a monitor said.",
        Some("2014-10-29"),
    );
    assert_eq!(deaths(&x), 30, "{:?}", x.events);
    // "another" adds.
    let x = extract(
        "Clashes broke out between two IRGC members in Sayyidah Zaynab on Monday, injuring \
         both of them, in addition to injuring another two IRGC members.",
        Some("2022-09-22"),
    );
    let injured: u32 = figures(&x)
        .iter()
        .filter(|f| f.0 == Outcome::Injured)
        .filter_map(|f| f.2)
        .sum();
    assert_eq!(injured, 4, "{:?}", x.events);
}

#[test]
fn a_toll_s_people_may_be_told_with_a_participle_after_while() {
    let x = extract(
        "With these new fatalities, the number of people killed by war remnants and landmines \
         while collecting truffles has risen to 86 since the beginning of the season in \
         February 2023, including 12 children and 7 women.",
        Some("2023-03-14"),
    );
    let totals: Vec<_> = x.tallies.iter().map(|t| t.count.best).collect();
    assert!(totals.contains(&Some(86)), "{:?}", x.tallies);
}

#[test]
fn the_kind_of_place_after_the_people_s_origin_is_part_of_it() {
    let x = extract(
        "Three civilians from Douma city in Eastern Ghouta were killed in regime shelling on \
         Monday.",
        Some("2023-03-14"),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Civilians, Some(3), Qualifier::Exact),
    );
}

#[test]
fn a_bomb_no_one_is_said_to_have_set_is_an_unidentified_group_s() {
    let x = extract(
        "An improvised explosive device exploded this morning as a joint Russian-Turkish \
         patrol passed on the M4 highway near Ariha city, damaging one vehicle.",
        Some("2023-03-14"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Unknown], "{:?}", x.events);
    assert!(
        x.events[0]
            .actors
            .iter()
            .any(|a| a.party == Party::Russia && a.role == Role::Actor2),
        "{:?}",
        x.events[0].actors
    );
    // Named right before the bomb, or after "by", the party set it.
    for text in [
        "An Islamic State car bomb exploded near Al-Jafra on Friday, killing 20 people.",
        "A landmine left by ISIS exploded on Monday near Al-Busayrah town, killing three SDF \
         members.",
    ] {
        let x = extract(text, Some("2023-03-14"));
        assert_eq!(actor1_of(&x), vec![Party::Isis], "{text}: {:?}", x.events);
    }
}

#[test]
fn a_bare_party_name_before_one_person_names_the_side() {
    let x = extract(
        "Regime shelling hit Kansafra on Monday, killing HTS commander Abu Omar.",
        Some("2023-03-14"),
    );
    assert_figure(&x, (Outcome::Killed, Party::Hts, Some(1), Qualifier::Exact));
    // Not a party's adjective before a thing: "captured rebel-controlled parts".
    let x = extract(
        "Regime forces captured rebel-controlled parts of Al-Layramoun on Monday after \
         clashes.",
        Some("2023-03-14"),
    );
    assert!(figures(&x).is_empty(), "{:?}", figures(&x));
}

#[test]
fn a_headline_figure_the_body_tells_as_a_part_is_not_a_second_incident() {
    let x = extract(
        "International Coalition helicopters carry out airdrop in Idlib countryside, killing \
         ISIS leader\n\nUS-led Coalition helicopters carried out an airdrop operation at dawn \
         today on a house in Atmeh town. According to SOHR sources, 13 people were killed, \
         including an ISIS leader, four children and three women.",
        Some("2023-03-14"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(deaths(&x), 13, "{:?}", x.events);
}

#[test]
fn men_tied_to_a_party_by_affiliated_are_its_men() {
    let x = extract(
        "A Turkish soldier was killed yesterday when SDF-affiliated fighters targeted a \
         Turkish base near Al-Arimah with guided missiles.",
        Some("2023-03-14"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Sdf], "{:?}", x.events);
    let x = extract(
        "HTS-affiliated gunmen attacked a checkpoint in Sarmada yesterday.",
        Some("2023-03-14"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Hts], "{:?}", x.events);
    let x = extract(
        "Two HTS-affiliated gunmen were killed in clashes with regime forces near Kafr Nabl \
         yesterday.",
        Some("2023-03-14"),
    );
    assert_figure(&x, (Outcome::Killed, Party::Hts, Some(2), Qualifier::Exact));
    // A place held by a party is no tie: "government-held towns killed 43" has no actor.
    let x = extract(
        "A car bomb attack on buses from two government-held towns killed 43 people on \
         Saturday near Aleppo.",
        Some("2017-04-15"),
    );
    assert!(!actor1_of(&x).contains(&Party::Regime), "{:?}", x.events);
}

#[test]
fn only_before_a_number_is_part_of_the_phrase() {
    let x = extract(
        "SOHR has documented the death of only two SDF members in Al-Arimah yesterday.",
        Some("2023-03-14"),
    );
    assert_figure(&x, (Outcome::Killed, Party::Sdf, Some(2), Qualifier::Exact));
}

#[test]
fn belongings_taken_or_wrecked_are_looting() {
    for text in [
        "Members of Al-Amshat faction seized on Thursday the olive harvest of dozens of farmers \
         in Sheikh Al-Hadid in Afrin countryside.",
        "Members of Al-Hamzat division cut down more than 300 olive trees in Jandairis \
         countryside on Thursday to sell them as firewood.",
    ] {
        assert_first_sub_event(
            text,
            Some("2023-03-14"),
            Some(SubEventType::LootingPropertyDestruction),
        );
    }
    // Seizing goods at a checkpoint takes no one's belongings.
    assert_no_sub_event(
        "Fourth Division members at a checkpoint near Hayyan confiscated trafficked goods on \
         Monday.",
        Some("2023-03-14"),
        SubEventType::LootingPropertyDestruction,
    );
    // Taking with killing is violence.
    assert_first_sub_event(
        "On Monday, an IS prisoner stole the guards' weapons and killed 2 Asayish members in \
         Menbij city before escaping.",
        Some("2023-03-14"),
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn an_event_named_again_as_a_time_is_no_new_event() {
    let x = extract(
        "An improvised explosive device exploded this morning as a joint Russian-Turkish \
         patrol passed on the M4 highway near Ariha city, damaging one vehicle. No casualties \
         were reported.\nThe patrol returned to its starting point in Tronba village near \
         Saraqib after the explosion.",
        Some("2023-03-14"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    let place = x.events[0].location.as_ref().map(|l| l.name.as_str());
    assert_eq!(place, Some("Ariha"), "{:?}", x.events[0].location);
}

#[test]
fn violence_no_one_is_named_for_is_an_unidentified_group_s() {
    for text in [
        "The body of a young man was found this morning with gunshot wounds in his head near \
         Al-Naimah town in the eastern countryside of Daraa.",
        "A child was killed by a landmine explosion in Deir Hafer countryside on Sunday.",
    ] {
        let x = extract(text, Some("2023-03-13"));
        assert_eq!(
            actor1_of(&x),
            vec![Party::Unknown],
            "{text}: {:?}",
            x.events
        );
    }
    // A battle keeps the side it names first.
    let x = extract(
        "Regime forces captured Tell Shihab on Sunday.",
        Some("2023-03-13"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Regime], "{:?}", x.events);
}

#[test]
fn a_toll_shared_out_between_sides_is_broken_down_by_them() {
    let x = extract(
        "Seven fighters were killed yesterday, four of the SDF and three of ISIS, in clashes \
         near Al-Busayrah town.",
        Some("2023-03-13"),
    );
    assert_eq!(deaths(&x), 7, "{:?}", x.events);
    let x = extract(
        "Five fighters were killed on Monday, two from HTS and three from \"Jaysh Al-Ezzah\", \
         in clashes that erupted in Kafr Zita city.",
        Some("2023-03-13"),
    );
    assert_eq!(deaths(&x), 5, "{:?}", x.events);
    let parts: Vec<Party> = x.events[0].casualties.iter().map(|c| c.party).collect();
    assert_eq!(parts, vec![Party::Mixed], "{:?}", x.events[0].casualties);
}

#[test]
fn a_daily_list_takes_its_day_and_its_items_passives_without_auxiliary() {
    let x = extract(
        "SOHR documented the death of five people across Syrian territory on Sunday, 12 March \
         2023. They were distributed as follows:\n\
         - Three regime soldiers killed in an attack by ISIS cells in the Badia of \
         Al-Mayadin.\n\
         - Two SDF members shot dead by unknown gunmen in Al-Shuhail town in Deir Ezzor \
         countryside.",
        Some("2023-03-13"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    let day = Date::parse_iso("2023-03-12");
    for e in &x.events {
        assert_eq!(e.date.start, day, "{:?}", e.date);
        assert_eq!(e.date.precision, DatePrecision::Day, "{:?}", e.date);
    }
    let first: Vec<Vec<Party>> = x
        .events
        .iter()
        .map(|e| {
            e.actors
                .iter()
                .filter(|a| a.role == Role::Actor1)
                .map(|a| a.party)
                .collect()
        })
        .collect();
    assert_eq!(first, vec![vec![Party::Isis], vec![Party::Unknown]]);
}

#[test]
fn an_answer_told_as_its_own_event_is_one_side_s_fire() {
    let text = "Turkish forces and their proxies shelled with artillery on Saturday Ain \
                Daqnah and Sheikh Issa villages in Tal Rifaat countryside, injuring an elderly \
                man and a child. SDF responded by shelling Turkish positions near Mare' city.";
    assert_eq!(extract(text, Some("2023-03-13")).events.len(), 2);
    assert_no_sub_event(text, Some("2023-03-13"), SubEventType::ArmedClash);
    // Told with the fire it answers, it is an exchange.
    assert_first_sub_event(
        "A shell fell on Al-Zahraa neighborhood in Aleppo city on Monday, and as a response, \
         the Syrian army shelled parts of the same neighborhood held by the rebels.",
        Some("2023-03-13"),
        Some(SubEventType::ArmedClash),
    );
}

#[test]
fn people_taken_hostage_are_abducted() {
    let x = extract(
        "A local gunman was killed on Saturday in clashes with the regime's Military \
         Intelligence in Al-Suwaidaa city. Local gunmen took three regime officers hostage in \
         response.",
        Some("2023-03-13"),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Tribal, Some(1), Qualifier::Exact),
    );
    assert_figure(
        &x,
        (Outcome::Abducted, Party::Regime, Some(3), Qualifier::Exact),
    );
}

#[test]
fn a_campaign_over_a_few_days_is_an_event_and_a_force_of_a_party_is_its() {
    let x = extract(
        "The military police of the Turkish-backed factions arrested dozens of people, \
         including women, in Jandairis and Rajo in Afrin countryside over the past three days, \
         on charges of dealing with the former Autonomous Administration.",
        Some("2023-03-15"),
    );
    assert!(x.tallies.is_empty(), "{:?}", x.tallies);
    assert_figure(
        &x,
        (
            Outcome::Arrested,
            Party::Civilians,
            Some(12),
            Qualifier::Dozens,
        ),
    );
    assert_first_sub_event(
        "The military police of the Turkish-backed factions arrested dozens of people, \
         including women, in Jandairis and Rajo in Afrin countryside over the past three days.",
        Some("2023-03-15"),
        Some(SubEventType::Arrests),
    );
    let parties: Vec<Party> = x.events[0].actors.iter().map(|a| a.party).collect();
    assert!(!parties.contains(&Party::Regime), "{parties:?}");
    // Several incidents summed up over a day are a total, not one more incident.
    let x = extract(
        "Four people were killed in separate incidents in Daraa and Quneitra provinces \
         during the past 24 hours. Unknown gunmen shot dead a former member of the opposition \
         factions in Jasim city, while a member of the regime's Air Force Intelligence was \
         killed by gunfire near Khan Arnabah. Two civilians were also killed when an IED \
         exploded in Nawa city.",
        Some("2023-03-15"),
    );
    assert_eq!(deaths(&x), 4, "{:?}", x.events);
    // Over months, it is a total.
    let x = extract(
        "Regime forces arrested 187 people in Daraa over the past six months.",
        Some("2023-03-15"),
    );
    assert!(!x.tallies.is_empty(), "{:?}", x.events);
}

#[test]
fn supporters_set_off_by_commas_neither_act_nor_are_fought() {
    let x = extract(
        "Regime forces and loyal militias, backed by Russian warplanes, took control of Kafr \
         Sijnah village in the southern countryside of Idlib on Saturday, following violent \
         clashes with HTS. The clashes left 14 regime soldiers dead, while Russian warplanes \
         carried out 36 airstrikes on the area.",
        Some("2023-03-15"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Regime], "{:?}", x.events);
    let x = extract(
        "On 18 January 2021, regime forces and QDW, supported by airstrikes by Russian \
         warplanes, clashed with IS in the desert of Sokhneh in Homs.",
        Some("2021-01-18"),
    );
    let roles: Vec<(Party, Role)> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert!(roles.contains(&(Party::Regime, Role::Actor1)), "{roles:?}");
    assert!(roles.contains(&(Party::Isis, Role::Actor2)), "{roles:?}");
    assert!(
        roles.contains(&(Party::Russia, Role::Associated)),
        "{roles:?}"
    );
}

#[test]
fn an_act_with_no_actor_of_its_own_takes_the_one_it_goes_on_with() {
    // "Another drone": one more act of whoever acted just before.
    let x = extract(
        "Regime suicide drones targeted on Monday a car in Al-Atarib city, injuring a child. \
         Another drone hit the outskirts of Taqad village, causing material damage only.",
        Some("2023-03-15"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    for e in &x.events {
        let first: Vec<Party> = e
            .actors
            .iter()
            .filter(|a| a.role == Role::Actor1)
            .map(|a| a.party)
            .collect();
        assert_eq!(first, vec![Party::Regime], "{:?}", e);
    }
    // A bomb no one is named for is an unidentified group's, victims named or not.
    let x = extract(
        "Some 15 people were killed when a booby-trapped car exploded near a crowded market \
         in the centre of Azaz city at noon on Saturday.",
        Some("2023-03-15"),
    );
    assert_eq!(actor1_of(&x), vec![Party::Unknown], "{:?}", x.events);
}

#[test]
fn an_act_with_a_day_of_its_own_after_a_total_is_an_incident() {
    let x = extract(
        "The Syrian Observatory documented more casualties in the southern countryside of \
         Idlib, where the number of people who were killed since the dawn of yesterday \
         Sunday, the 9th of June 2019, rose to 27 people, including 9 children, and the \
         Syrian Observatory monitored that the Russian warplanes carried out this morning 4 \
         airstrikes on areas in Kafr Sajnah, where a man and his wife were killed.",
        Some("2019-06-10"),
    );
    let totals: Vec<_> = x.tallies.iter().map(|t| t.count.best).collect();
    assert_eq!(totals, vec![Some(27)], "{:?}", x.tallies);
    assert_eq!(deaths(&x), 2, "{:?}", x.events);
}

#[test]
fn those_held_for_a_party_and_those_who_help_a_side() {
    let x = extract(
        "US-led International Coalition forces, in cooperation with SDF, conducted an air \
         landing operation at dawn today in Al-Shuhail town, capturing a person accused of \
         being an ISIS member after raiding his house.",
        Some("2023-03-15"),
    );
    assert_figure(
        &x,
        (Outcome::Captured, Party::Isis, Some(1), Qualifier::Exact),
    );
    let roles: Vec<(Party, Role)> = x.events[0]
        .actors
        .iter()
        .map(|a| (a.party, a.role))
        .collect();
    assert!(roles.contains(&(Party::Sdf, Role::Associated)), "{roles:?}");
    // Suspects are people, not the side that arrested them.
    let x = extract(
        "SDF launched a search campaign in Dhiban town on Friday, arresting five suspects.",
        Some("2023-03-15"),
    );
    assert_figure(
        &x,
        (
            Outcome::Arrested,
            Party::Civilians,
            Some(5),
            Qualifier::Exact,
        ),
    );
}

#[test]
fn deaths_told_first_take_the_act_their_sentence_goes_on_to_tell() {
    let x = extract(
        "Two members of the Iranian-backed militias and an officer of the regime forces were \
         killed, and four others were injured, when ISIS cells attacked their positions in the \
         desert of Al-Mayadin at dawn today.",
        Some("2023-03-15"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    assert_eq!(actor1_of(&x), vec![Party::Isis], "{:?}", x.events);
    assert_eq!(deaths(&x), 3, "{:?}", x.events);
}

#[test]
fn raids_murders_and_failed_attempts_are_events() {
    use SubEventType::*;
    for text in [
        "Unknown gunmen carried out a raid on the headquarters of Faylaq al-Sham in the town of Sarmada in Idlib countryside.",
        "Regime forces attempted to recapture the village of Kafr Nabudah in north Hama.",
    ] {
        assert_first_sub_event(text, Some("2020-05-03"), Some(ArmedClash));
    }
    // A life attempted fails or not; a body found murdered tells a killing.
    for text in [
        "An unknown gunman tried to kill a civilian in a market in Shuhail town in Deir Ezzor countryside.",
        "A young man was found murdered near the town of Al-Atarib in the western countryside of Aleppo.",
    ] {
        let x = extract(text, Some("2020-05-03"));
        assert_eq!(x.events.len(), 1, "{text}: {:?}", x.events);
    }
    let x = extract(
        "A young man was found murdered near the town of Al-Atarib in the western countryside of Aleppo.",
        Some("2020-05-03"),
    );
    assert_eq!(deaths(&x), 1);
}

#[test]
fn armour_destroyed_is_fighting_where_nothing_else_tells_it() {
    use SubEventType::*;
    for text in [
        "Opposition forces were able to destroy a regime forces' tank on the axis of Dadikh southeast of Idlib.",
        "A regime tank was destroyed by HTS fighters on the Kabani front in Latakia countryside.",
    ] {
        assert_first_sub_event(text, Some("2020-02-02"), Some(ArmedClash));
    }
    // Houses destroyed are no act of their own, nor is a tank destroyed in the fighting
    // the paragraph tells.
    assert_first_sub_event(
        "Houses were destroyed in the town of Kafr Nabl in Idlib countryside.",
        Some("2020-02-02"),
        None,
    );
    let x = extract(
        "Regime forces regained control over Sher village in Hama after the factions pulled out. Rebels destroyed a BMP with a TOW.",
        Some("2020-02-02"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn an_act_named_by_its_day_is_the_one_told_before() {
    let x = extract(
        "Air raids hit an aid convoy near Aleppo, killing 20 civilians.\n\nMonday's attack on the convoy destroyed 18 trucks and a warehouse.",
        Some("2016-09-20"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn words_of_a_faction_name_are_no_place() {
    for (text, want) in [
        (
            "The joint forces of JFS and Jund al-Aqsa attacked Soqur al-Sham positions in Ehsem town in Idleb province.",
            "Ehsem",
        ),
        (
            "Maghaweer Thawra faction arrested ISIS fighters in Hajin town in Deir Ezzor countryside.",
            "Hajin",
        ),
    ] {
        let l = first_location(text, Some("2021-01-01")).expect("a place");
        assert_eq!(l.name, want, "{text}");
    }
}

#[test]
fn a_colon_list_runs_on_through_items_that_tell_their_own_place() {
    let x = extract(
        "The Syrian Observatory for Human Rights documented the death of 47 people across Syria on Monday, they are: 19 civilians including 6 children and 3 women killed in Eastern Ghouta by regime and Russian airstrikes, 8 civilians killed in Afrin by Turkish shelling, 12 regime soldiers killed in clashes in Hama countryside, and 8 fighters of the factions killed in clashes with regime forces.",
        Some("2018-03-13"),
    );
    let t = x.tallies.first().expect("a tally");
    assert_eq!(t.count.best, Some(47), "{:?}", x.tallies);
    let parts: Vec<_> = t.parts.iter().map(|p| p.count.best).collect();
    assert_eq!(parts, [Some(19), Some(8), Some(12), Some(8)]);
    assert!(x.warnings.is_empty(), "{:?}", x.warnings);
}

#[test]
fn a_raid_that_only_took_people_is_their_arrest() {
    use SubEventType::*;
    for text in [
        "Regime forces raided the town of Al-Kiswah in the countryside of Damascus and arrested 5 young men.",
        "Regime security services arrested 14 young men in a raid campaign in the town of Al-Kiswah in the countryside of Damascus.",
    ] {
        assert_first_sub_event(text, Some("2023-03-14"), Some(Arrests));
    }
    // One that killed is violence.
    assert_first_sub_event(
        "Regime forces raided the town of Al-Kiswah and killed a young man and arrested 5 others.",
        Some("2023-03-14"),
        Some(Attack),
    );
    // Weapons seized "during the raid" are a detail of it, not a second act.
    let x = extract(
        "QSD detained 5 civilians during a raid in the town of Thiban in the countryside of Deir ez Zor. QSD found and confiscated several weapons during the raid.",
        Some("2022-01-28"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn a_paragraph_with_its_own_act_and_toll_is_its_own_event() {
    let x = extract(
        "An explosive device went off in a car in the city of Al-Bab, killing a man.\n\nA child was killed and his mother was injured by regime artillery shelling on the village of Kafr Ouid.",
        Some("2023-03-14"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    assert_eq!(deaths(&x), 2);
    // The bomb no one was said to set is not the regime's.
    assert!(
        x.events[0].actors.iter().all(|a| a.party != Party::Regime),
        "{:?}",
        x.events[0].actors
    );
}

#[test]
fn kin_named_after_a_possessive_are_counted_and_take_their_side() {
    let x = extract(
        "An explosive device went off in a car in the city of Al-Bab, killing a man and injuring his two sons.",
        Some("2023-03-14"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(2),
            Qualifier::Exact,
        ),
    );
    let x = extract(
        "A child was killed and his mother and sister were injured by regime artillery shelling on the town of Ariha.",
        Some("2023-03-14"),
    );
    assert_figure(
        &x,
        (
            Outcome::Injured,
            Party::Civilians,
            Some(2),
            Qualifier::Exact,
        ),
    );
}

#[test]
fn one_of_them_after_a_comma_is_no_part_of_the_phrase_and_a_third_after_a_verb_is_one_more() {
    let x = extract(
        "A Turkish drone targeted a car near Amuda, killing two members of the SDF, one of them a commander, and injuring a third.",
        Some("2023-03-14"),
    );
    let f = figures(&x);
    assert!(
        f.contains(&(Outcome::Killed, Party::Sdf, Some(2), Qualifier::Exact)),
        "{f:?}"
    );
    assert!(
        f.contains(&(Outcome::Injured, Party::Sdf, Some(1), Qualifier::Exact)),
        "{f:?}"
    );
    // The commander is one of the two, not the two.
    let whole = x.events[0]
        .casualties
        .iter()
        .find(|c| c.outcome == Outcome::Killed)
        .expect("the dead");
    assert_ne!(whole.subgroup.as_deref(), Some("leaders"));
}

#[test]
fn factions_loyal_to_turkey_are_the_factions_not_turkey() {
    for text in [
        "Violent clashes broke out between the Al-Hamzat Division and the Sultan Murad Division, both loyal to Turkey, in the city of Afrin, which resulted in the death of a fighter.",
        "Violent clashes broke out between two factions loyal to Turkey in the city of Afrin, which resulted in the death of a fighter.",
    ] {
        let x = extract(text, Some("2023-03-14"));
        let parties: Vec<Party> = x.events[0].actors.iter().map(|a| a.party).collect();
        assert!(
            parties.iter().all(|p| *p == Party::TurkishBackedFactions),
            "{text}: {parties:?}"
        );
    }
}

#[test]
fn the_party_whose_sniper_fired_acts() {
    for text in [
        "A regime soldier was killed by sniper fire of the jihadist groups on the Kabani axis in the northern countryside of Latakia.",
        "Two regime soldiers were killed by a sniper bullet fired by the opposition factions on the frontlines of Kabani in Latakia countryside.",
    ] {
        let x = extract(text, Some("2023-03-14"));
        let a1 = actor1_of(&x);
        assert!(
            !a1.is_empty() && !a1.contains(&Party::Regime),
            "{text}: {:?}",
            x.events[0].actors
        );
    }
}

#[test]
fn clans_named_with_their_members_on_both_sides_fight_each_other() {
    let x = extract(
        "Clashes broke out between members of the Al-Baggara clan and members of the Al-Shaitat tribe in the town of Al-Hawayij, leaving three people dead.",
        Some("2023-03-14"),
    );
    let parties: Vec<Party> = x.events[0].actors.iter().map(|a| a.party).collect();
    assert_eq!(
        parties,
        [Party::Tribal, Party::Tribal],
        "{:?}",
        x.events[0].actors
    );
}

#[test]
fn people_who_demonstrated_protested_but_a_crime_that_demonstrated_did_not() {
    use SubEventType::*;
    assert_first_sub_event(
        "Hundreds of residents of Deir Ezzor countryside demonstrated on Friday against the SDF, and the SDF fired live bullets to disperse them, wounding two demonstrators.",
        Some("2023-03-14"),
        Some(ExcessiveForceAgainstProtesters),
    );
    assert_no_sub_event(
        "Russian warplanes struck the town of Atareb, killing 40 civilians. This crime once again demonstrated that Russia is unwilling to change its stance.",
        Some("2017-11-14"),
        PeacefulProtest,
    );
}

#[test]
fn a_report_opening_with_a_day_and_a_time_of_day_reads_its_subject() {
    // (This opening had made the reader of singular subjects index before the text.)
    let x = extract(
        "On Tuesday evening, a child was killed by a landmine explosion in the town of Tal Tamr.",
        Some("2023-03-15"),
    );
    assert_eq!(deaths(&x), 1, "{:?}", x.events);
}

#[test]
fn a_monthly_total_broken_down_by_what_it_includes_stays_a_total() {
    let x = extract(
        "SOHR has documented the death of 512 people across Syria in February 2023, including 197 civilians. The death toll of civilians includes 63 people killed by ISIS, 28 killed by regime shelling, and 12 killed by Turkish forces. SOHR also documented the death of 201 members of regime forces and loyal militias, and 56 members of the SDF.",
        Some("2023-03-14"),
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
    let counts: Vec<Option<u32>> = x.tallies.iter().map(|t| t.count.best).collect();
    for n in [512, 63, 201, 56] {
        assert!(counts.contains(&Some(n)), "{n} in {counts:?}");
    }
}

#[test]
fn an_earthquakes_dead_are_no_ones_violence() {
    for text in [
        "The death toll of the earthquake that struck Syria on February 6 has risen to 4,537 people in areas under the control of the regime and the opposition.",
        "Two children were killed in the earthquake in the town of Jindires in Afrin countryside.",
    ] {
        let x = extract(text, Some("2023-03-14"));
        assert_eq!(deaths(&x), 0, "{text}: {:?}", x.events);
        assert!(x.tallies.is_empty(), "{text}: {:?}", x.tallies);
    }
}

#[test]
fn a_clause_fronted_by_days_earlier_is_its_own_event_on_its_own_day() {
    let x = extract(
        "On Tuesday evening, a child was killed by a landmine explosion in the town of Tal Tamr, and two days earlier, two shepherds were injured by another landmine in the countryside of Ras al-Ain.",
        Some("2023-03-15"),
    );
    let days: Vec<Option<String>> = x
        .events
        .iter()
        .map(|e| e.date.start.map(|d| d.to_string()))
        .collect();
    assert_eq!(
        days,
        [
            Some("2023-03-14".to_string()),
            Some("2023-03-12".to_string())
        ],
        "{:?}",
        x.events
    );
    // At a clause's end, the count of days dates a motive, not the event.
    let x = extract(
        "On 8 February 2021, clashes took place between two armed families in Qminas in the countryside of Idleb. Clashes erupted over the killing of a member of one of the families in Lebanon three days earlier. 1 person was killed.",
        Some("2021-02-08"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn a_while_clause_in_another_town_with_no_event_word_is_its_own_event() {
    let x = extract(
        "A landmine exploded in the town of Kafr Nabudah in the northern countryside of Hama, killing a regime soldier and injuring two others, while a child was injured by a bullet of unknown source in the town of Al-Latamina.",
        Some("2023-03-14"),
    );
    assert_eq!(x.events.len(), 2, "{:?}", x.events);
    assert!(
        x.events[1]
            .casualties
            .iter()
            .any(|c| c.party == Party::Civilians && c.outcome == Outcome::Injured),
        "{:?}",
        x.events[1]
    );
}

#[test]
fn people_released_who_had_been_detained_were_not_taken_now() {
    let x = extract(
        "The SDF released 25 people from Deir Ezzor who had been detained on charges of dealing with ISIS, following mediation by tribal dignitaries.",
        Some("2023-03-14"),
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
}

#[test]
fn no_fewer_than_is_a_floor_and_fewer_than_a_ceiling() {
    let x = extract(
        "No fewer than 12 civilians were killed in regime shelling on the town of Douma.",
        Some("2023-03-14"),
    );
    assert_figure(
        &x,
        (
            Outcome::Killed,
            Party::Civilians,
            Some(12),
            Qualifier::AtLeast,
        ),
    );
    let x = extract(
        "Fewer than 12 civilians were killed in regime shelling on the town of Douma.",
        Some("2023-03-14"),
    );
    assert_figure(
        &x,
        (Outcome::Killed, Party::Civilians, Some(12), Qualifier::UpTo),
    );
}

#[test]
fn people_displaced_from_a_town_were_displaced_there() {
    let l = first_location(
        "Hundreds of civilians were displaced from Ariha due to regime shelling.",
        Some("2023-03-14"),
    )
    .expect("a place");
    assert_eq!(l.name, "Ariha");
    // (Where someone comes from is still no place of the event's.)
    let l = first_location(
        "A soldier from Homs was killed by unknown gunmen in the town of Jasim in Daraa countryside.",
        Some("2023-03-14"),
    )
    .expect("a place");
    assert_eq!(l.name, "Jasim");
}

#[test]
fn another_alone_after_a_toll_is_one_more_of_them() {
    let x = extract(
        "Two SDF members were killed and another was injured when a Turkish drone targeted their vehicle on the outskirts of Qamishli city.",
        Some("2023-03-14"),
    );
    assert_figure(
        &x,
        (Outcome::Injured, Party::Sdf, Some(1), Qualifier::Exact),
    );
    assert_eq!(deaths(&x), 2);
}

#[test]
fn a_wire_dateline_dates_the_report_not_the_event() {
    let x = extract(
        "Beirut, March 13 (AFP) - At least 15 civilians were killed on Monday in air strikes by the Syrian regime on the town of Maaret al-Numan.",
        Some("2019-03-13"),
    );
    assert_eq!(
        x.events[0].date.start.map(|d| d.to_string()).as_deref(),
        Some("2019-03-11"),
        "{:?}",
        x.events[0].date
    );
}

#[test]
fn a_claim_of_responsibility_names_the_act_told_before() {
    let x = extract(
        "A car bomb exploded in the northern Syrian town of Azaz on Saturday, killing at least eight people. No group immediately claimed responsibility for the attack.",
        Some("2019-03-13"),
    );
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
}

#[test]
fn a_sentence_that_shares_out_the_dead_adds_none() {
    let x = extract(
        "At least 15 civilians were killed on Monday in air strikes by the Syrian regime on rebel-held areas of Idlib. The Syrian Observatory said 10 of the dead were killed in the town of Maaret al-Numan, while five died in the village of Kafranbel.",
        Some("2019-03-13"),
    );
    assert_eq!(deaths(&x), 15, "{:?}", x.events);
}
