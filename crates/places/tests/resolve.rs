//! Geoparsing on real spellings against the shared gazetteer.

mod common;

use marsad_places::{Gazetteer, PlaceKind, Relation};
use std::sync::OnceLock;

fn gaz() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| Gazetteer::load(&common::gazetteer_dir()).expect("shared gazetteer loads"))
}

/// The P-code each resolved mention in `text` gets, in order.
fn resolve(text: &str) -> Vec<(String, Option<String>, u8)> {
    let g = gaz();
    let m = g.find_mentions(text, &[]);
    g.resolve(&m)
        .iter()
        .map(|r| {
            (
                text[r.span.0..r.span.1].to_string(),
                g.place(r.place).pcode.clone(),
                r.precision,
            )
        })
        .collect()
}

fn pcode_of(text: &str, name: &str) -> Option<String> {
    resolve(text)
        .into_iter()
        .find(|(n, _, _)| n == name)
        .and_then(|(_, p, _)| p)
}

/// Asserts, for each (text, name, P-code), that the name resolves in the text to the P-code.
#[track_caller]
fn assert_pcodes(cases: &[(&str, &str, &str)]) {
    for &(text, name, want) in cases {
        assert_eq!(
            pcode_of(text, name).as_deref(),
            Some(want),
            "{name} in {text:?}: {:?}",
            resolve(text)
        );
    }
}

#[test]
fn spellings_resolve_to_ocha_pcodes() {
    assert_pcodes(&[
        (
            "Clashes erupted in al-Busayrah village in Deir Ezzor.",
            "al-Busayrah",
            "C5110",
        ),
        (
            "the SDF stationed in Muhaymida east of Euphrates River in Deir Ezzor",
            "Muhaymida",
            "C5106",
        ),
        (
            "strikes on al-Susah town in the eastern countryside of Deir Ezzor",
            "al-Susah",
            "C5186",
        ),
        ("clashes in al-Mayadin, Deir Ezzor", "al-Mayadin", "C5192"),
        (
            "a delegation in Ein Issa area in al-Raqqah countryside",
            "Ein Issa",
            "C5905",
        ),
        (
            "shelling on al-Quriyah in Deir Ezzor",
            "al-Quriyah",
            "C5207",
        ),
        // Ain / Ein / Ayn: one word (عين), read exactly under every spelling.
        (
            "families fled villages near Ain Issa in Raqqa countryside",
            "Ain Issa",
            "C5905",
        ),
        (
            "clashes in Ayn Issa in Raqqa countryside",
            "Ayn Issa",
            "C5905",
        ),
        // "ai" is the diphthong "ay"/"ei" ("Shaikh", "Sheikh"): OCHA's neighbourhood "Al
        // Bougailia" is the reports' al-Bogeleyyah.
        (
            "clashes in the neighbourhood of al-Bogeleyyah in Deir Ezzor city",
            "al-Bogeleyyah",
            "N0411",
        ),
        (
            "clashes near Bogeleyyah in Deir-ez-Zor",
            "Bogeleyyah",
            "N0411",
        ),
    ]);
}

#[test]
fn bokamal_spellings_meet_one_place() {
    let a = pcode_of("shelling on al-Bokamal city in Deir Ezzor", "al-Bokamal");
    let b = pcode_of("shelling on Albu Kamal city in Deir Ezzor", "Albu Kamal");
    let c = pcode_of("shelling on Abu Kamal city in Deir Ezzor", "Abu Kamal");
    assert!(a.is_some());
    assert_eq!(a, b);
    assert_eq!(b, c);
}

#[test]
fn arabic_names_resolve() {
    let r = resolve("قصف على مدينة الميادين في ريف دير الزور");
    assert!(
        r.iter().any(|(_, p, _)| p.as_deref() == Some("C5192")),
        "{r:?}"
    );
}

#[test]
fn namesakes_follow_the_governorate_named_nearby() {
    let g = gaz();
    // Husseiniya exists in several governorates: the one named decides.
    let ids: Vec<_> = g
        .lookup("Hseiniyeh")
        .into_iter()
        .filter(|p| p.kind == PlaceKind::Community)
        .collect();
    assert!(ids.len() > 1, "Husseiniyeh should be a namesake");
    for gov in ["Deir Ezzor", "Homs", "Damascus countryside"] {
        let text = format!("shelling on the village of Husseiniya in {gov} province");
        let want = g.governorate_named(gov).and_then(|p| p.pcode.clone());
        let m = g.find_mentions(&text, &[]);
        let r = g.resolve(&m);
        let hit = r
            .iter()
            .find(|r| text[r.span.0..r.span.1].starts_with("Husseiniya"))
            .expect("found");
        let got = g.place(hit.place).admin1.clone();
        if ids.iter().any(|p| p.admin1 == want) {
            assert_eq!(got, want, "{text}");
        }
    }
}

#[test]
fn relations_set_precision() {
    let text = "near the T2 station, more than 65 km from al-Bokamal, in the eastern countryside of Deir Ezzor";
    let r = resolve(text);
    let find = |n: &str| r.iter().find(|(x, _, _)| x == n).map(|x| x.2);
    assert_eq!(find("al-Bokamal"), Some(2), "{r:?}");
    assert_eq!(find("Deir Ezzor"), Some(3), "{r:?}");
    let s = text.find("al-Bokamal").unwrap();
    assert_eq!(
        marsad_places::relation_at(text, marsad_model::Span(s, s + 10)),
        Relation::Near
    );
}

#[test]
fn front_lines_and_areas_are_near_their_town() {
    // Fighting on a town's front, or in the area around it, is near the town (ACLED's
    // geo-precision 2); "in the town" stays the town's point.
    let near = |text: &str, name: &str| {
        let s = text.find(name).unwrap();
        marsad_places::relation_at(text, marsad_model::Span(s, s + name.len()))
    };
    for (text, name) in [
        (
            "rebels shelled positions on the Saraqab front in Idlib",
            "Saraqab",
        ),
        (
            "clashes took place on Kabani axis in Latakia countryside",
            "Kabani",
        ),
        (
            "fighting on the frontline of Maraanaz overnight",
            "Maraanaz",
        ),
        ("fighters on Saraqab town front and its vicinity", "Saraqab"),
        (
            "clashes in the vicinity of the village of Maraanaz",
            "Maraanaz",
        ),
        ("the army clashed with IS in Ziyara area in Hama", "Ziyara"),
        (
            "gunmen fired on a checkpoint near the town of Saraqab",
            "Saraqab",
        ),
        ("fighting on the Sayada and Tadaf frontlines", "Tadaf"),
    ] {
        assert_eq!(near(text, name), Relation::Near, "{text}");
    }
    for (text, name) in [
        ("clashes took place in Saraqab town in Idlib", "Saraqab"),
        ("in the town of Maraanaz, gunmen shot a man", "Maraanaz"),
    ] {
        assert_eq!(near(text, name), Relation::Plain, "{text}");
    }
    let text = "shelling on the city of Saraqab";
    assert_eq!(near(text, "Saraqab"), Relation::City, "{text}");
    let r = resolve("shelling on the Saraqab and Kabani frontlines in Idlib");
    assert_eq!(
        r.iter().find(|(x, _, _)| x == "Saraqab").map(|x| x.2),
        Some(2),
        "{r:?}"
    );
    let r = resolve("clashes took place on Kabani axis in Latakia countryside");
    assert_eq!(
        r.iter().find(|(x, _, _)| x == "Kabani").map(|x| x.2),
        Some(2),
        "{r:?}"
    );
}

#[test]
fn neighbourhood_in_the_city_takes_the_city_point() {
    let g = gaz();
    let text = "clashes in al-Ommal neighbourhood in Deir Ezzor city";
    let m = g.find_mentions(text, &[]);
    let r = g.resolve(&m);
    let locs: Vec<_> = r.iter().map(|x| g.location(x, text)).collect();
    assert!(
        locs.iter().all(|l| l.pcode.as_deref() == Some("C5086")),
        "{locs:?}"
    );
}

#[test]
fn a_governorate_known_only_as_a_region_sits_at_its_seat() {
    // ACLED puts an event known only to the governorate at the city it is run from:
    // Hama's is Hama, Rif Dimashq's is Damascus (its most important community, Duma,
    // is not its seat).
    let g = gaz();
    for (text, seat) in [
        (
            "Clashes took place in the southeastern desert of Rural Damascus.",
            "C1001",
        ),
        (
            "Clashes took place in the eastern countryside of Hama.",
            "C2987",
        ),
    ] {
        let m = g.find_mentions(text, &[]);
        let r = g.resolve(&m);
        let seat = g.by_pcode(seat).expect("seat in the gazetteer");
        let loc = r.first().map(|x| g.location(x, text));
        assert!(
            loc.as_ref().is_some_and(|l| l.precision == 3
                && l.lat == Some(seat.lat)
                && l.lon == Some(seat.lon)),
            "{text:?}: {loc:?}, want {}'s point",
            seat.name
        );
    }
}

#[test]
fn a_part_of_a_town_lies_within_the_town() {
    // The gazetteer lacks the Hilaliya quarter of Quamishli and the Rayan camp at
    // Shamarin; their namesakes elsewhere (a village Hilaliyeh, a village Rayan) are
    // not parts of the town, which stands instead.
    for (text, part, town) in [
        (
            "a man was shot in Al Hilaliya neighbourhood in Quamishli city",
            "Al Hilaliya",
            "Quamishli",
        ),
        (
            "a quarrel in the Al Rayan camp in Shamarin town left two hurt",
            "Al Rayan",
            "Shamarin",
        ),
    ] {
        let r = resolved_full(text);
        assert!(r.iter().all(|x| x.0 != part), "{text}: {r:?}");
        assert!(r.iter().any(|x| x.0 == town && x.3 == 1), "{text}: {r:?}");
    }
    // A quarter the gazetteer knows, in its own city, is kept.
    assert!(
        resolved_full("shelling hit the Jobar neighbourhood of Damascus")
            .iter()
            .any(|x| x.0 == "Jobar")
    );
}

#[test]
fn builtin_table_knows_governorates() {
    let g = Gazetteer::builtin();
    assert!(g.builtin_only);
    let text = "clashes in the countryside of Idleb and in Deir Ezzor";
    let r = g.resolve(&g.find_mentions(text, &[]));
    let pc: Vec<_> = r
        .iter()
        .filter_map(|x| g.place(x.place).pcode.clone())
        .collect();
    assert_eq!(pc, ["SY07", "SY09"]);
}

/// Every resolved mention: (words, P-code, governorate, precision, partial, on a road).
fn resolved_full(text: &str) -> Vec<(String, Option<String>, Option<String>, u8, bool, bool)> {
    let g = gaz();
    let m = g.find_mentions(text, &[]);
    g.resolve(&m)
        .iter()
        .map(|r| {
            let p = g.place(r.place);
            (
                text[r.span.0..r.span.1].to_string(),
                p.pcode.clone(),
                p.admin1.clone(),
                r.precision,
                r.partial,
                r.on_road,
            )
        })
        .collect()
}

/// The gazetteer names of the places `resolved_full` resolved (by P-code).
fn gazetteer_names(
    r: &[(String, Option<String>, Option<String>, u8, bool, bool)],
) -> Vec<&'static str> {
    let g = gaz();
    r.iter()
        .filter_map(|x| x.1.as_deref())
        .filter_map(|p| g.by_pcode(p))
        .map(|p| p.name.as_str())
        .collect()
}

#[test]
fn a_governorate_after_a_name_bounds_it() {
    // Jasmi is in Deir ez-Zor; "Shamiyeh" keys like Damascus's "Sham", which the frame rules out.
    assert_eq!(
        pcode_of(
            "clashes between tribesmen in Jasmi town in Deir ez Zor countryside",
            "Jasmi"
        )
        .as_deref(),
        Some("C5160")
    );
    let r = resolved_full("a young man was injured in Shamiyeh town in Deir ez Zor countryside");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY09")), "{r:?}");
    // The frame's article written apart ("village, Ar Raqqa") still frames: Raqqa's
    // Shamiyeh, not Damascus (which "Shamiyah" also keys like).
    let r =
        resolved_full("IS militants attacked a QSD vehicle near Al Shamiyah village, Ar Raqqa.");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY11")), "{r:?}");
    // Namesakes: Karama of Raqqa, not of Deir ez-Zor, when Raqqa frames it.
    assert_eq!(
        pcode_of(
            "a QSD member was killed in Karama town in Ar-Raqqa countryside",
            "Karama"
        )
        .as_deref(),
        Some("C5766")
    );
}

#[test]
fn lower_case_openers_and_city_frames() {
    assert_eq!(
        pcode_of("shelling on farms in rural Damascus", "rural Damascus").as_deref(),
        Some("SY03")
    );
    let r = resolved_full("clashes took place in Aleppo city and in Dar'a city");
    assert_eq!(
        r.iter().map(|x| (x.1.clone(), x.3)).collect::<Vec<_>>(),
        [(Some("C1007".into()), 1), (Some("C5993".into()), 1)]
    );
}

#[test]
fn ocha_glued_articles_and_arabic_size_words() {
    // OCHA writes "Yaqed Eladas", reports "Yaqed al-Adas".
    assert_eq!(
        pcode_of("regime shelling on Yaqed al-Adas village", "Yaqed al-Adas").as_deref(),
        Some("C1132")
    );
    // OCHA "Big Sweidiyeh"; reports "Sweidiyeh Kabira".
    assert_eq!(
        pcode_of(
            "clashes in Sweidiyeh Kabira in Al-Hasakeh countryside",
            "Sweidiyeh Kabira"
        )
        .as_deref(),
        Some("C4527")
    );
}

#[test]
fn people_acronyms_and_headline_words_are_not_places() {
    for text in [
        "the regime of Bashar al-Assad announced a truce",
        "ISIL fighters attacked a checkpoint",
        "Militants Attack Kill 3 Including Journalist\n\nA bomb attack killed three people on Sunday.",
    ] {
        assert!(resolved_full(text).is_empty(), "{text:?}: {:?}", resolved_full(text));
    }
}

#[test]
fn road_ends_are_near_and_marked() {
    let r = resolved_full("gunmen attacked a checkpoint on the Damascus - Homs highway near Duma");
    let damascus = r
        .iter()
        .find(|x| x.0 == "Damascus")
        .expect("Damascus found");
    assert!(damascus.5 && damascus.3 == 2, "{r:?}");
    let duma = r.iter().find(|x| x.0 == "Duma").expect("Duma found");
    assert!(!duma.5, "{r:?}");
    // "X - Y road": two ends of a road, neither in the other ("Tadmor, Deir-ez-Zor"
    // would put Tadmor in that governorate, where it is not).
    let r = resolved_full("an ambush on the Tadmor - Deir-ez-Zor road killed two soldiers");
    let tadmor = r.iter().find(|x| x.0 == "Tadmor").expect("Tadmor found");
    assert!(tadmor.5 && tadmor.2.as_deref() == Some("SY04"), "{r:?}");
}

#[test]
fn a_name_matched_in_part_is_marked() {
    // OCHA's "Maaret Elnaasan" is met whole by "Maaret Al Naasan".
    assert_eq!(
        pcode_of(
            "regime forces captured Maaret Al Naasan in Idleb",
            "Maaret Al Naasan"
        )
        .as_deref(),
        Some("C3935")
    );
    // A made-up longer name that starts with a real one: the match is only part of it.
    let r = resolved_full("clashes in Jasmi Qusayriyat Kabirat yesterday");
    assert!(r.iter().any(|x| x.0 == "Jasmi" && x.4), "{r:?}");
}

#[test]
fn text_in_capitals_keeps_its_places() {
    let r = resolved_full("REGIME SHELLING ON HAJIN IN DEIR EZZOR COUNTRYSIDE KILLS 7");
    assert!(r.iter().any(|x| x.1.as_deref() == Some("C5175")), "{r:?}");
}

#[test]
fn arabic_frames_proclitics_and_function_words() {
    let r = resolved_full("قصفت الطائرات بلدة كفرنبل بريف إدلب الجنوبي، وسقطت قذائف على أحياء في مدينة دير الزور، وقتل مدني بدمشق");
    let codes: Vec<_> = r.iter().map(|x| x.1.clone().unwrap_or_default()).collect();
    // Kafr Nobol; Idlib countryside (the governorate); Deir ez-Zor city; Damascus with
    // its proclitic; and neither على ("on", spelled like "Ali") nor الجنوبي ("southern").
    assert_eq!(codes, ["C4068", "SY07", "C5086", "SY01"], "{r:?}");
}

#[test]
fn a_town_that_frames_a_name_picks_the_namesake_near_it() {
    // Ten Jdideh; "in the countryside of Ras al-Ain" means the one near Ras al-Ain
    // (C5066), "of Qadmous" the one in Tartous (C5394).
    assert_eq!(
        pcode_of(
            "clashes in Jdideh village in the countryside of Ras al-Ain",
            "Jdideh"
        )
        .as_deref(),
        Some("C5066")
    );
    assert_eq!(
        pcode_of(
            "shelling on Jdideh village in the countryside of Qadmous",
            "Jdideh"
        )
        .as_deref(),
        Some("C5394")
    );
}

#[test]
fn faction_short_forms_and_nationalities_are_not_places() {
    // "JaS" keys like the village Jasaa; "Moroccan" loosely like Meirkan; "Palestine"
    // is also a village's name. Only Al Bab is a place here.
    let text = "clashes between JaS and FaR near Al Bab. The rebels detained two Moroccan members and fighters from Iraq, Afghanistan, and Palestine.";
    let names: Vec<String> = resolved_full(text).into_iter().map(|r| r.0).collect();
    assert_eq!(names, ["Al Bab"], "{text:?}");
}

#[test]
fn a_side_of_a_governorate_is_the_governorate_not_a_village() {
    // OCHA has a village "Eastern Sweida" in Hama; "eastern As-Sweida" is the governorate's east.
    let r = resolved_full(
        "regime forces controlled a hill in eastern As-Sweida near the Jordanian border",
    );
    let sweida = r
        .iter()
        .find(|x| x.0.contains("Sweida"))
        .expect("As-Sweida found");
    assert_eq!(sweida.2.as_deref(), Some("SY13"), "{r:?}");
}

#[test]
fn namesakes_spelled_as_the_text_spells_them_are_preferred() {
    // "Kawkab" keys like the villages Kawkab and Kawkabeh; with nothing else to decide,
    // the one spelled letter for letter wins.
    let g = gaz();
    let text = "Clashes took place between regime forces and rebels in Kawkab.";
    let m = g.find_mentions(text, &[]);
    let names: Vec<&str> = m[0]
        .candidates
        .iter()
        .map(|c| g.place(c.place).name.as_str())
        .collect();
    assert!(
        names.contains(&"Kawkabeh"),
        "both spellings are candidates: {names:?}"
    );
    let r = g.resolve(&m);
    assert_eq!(g.place(r[0].place).name, "Kawkab");
    assert_eq!(
        marsad_places::spelling("Al-Ma'arra"),
        marsad_places::spelling("al Maarra")
    );
}

#[test]
fn edit_distance_counts_a_swap_as_one_edit() {
    use marsad_places::geoparse::levenshtein;
    assert_eq!(levenshtein("latamn", "latman"), 1);
    assert_eq!(levenshtein("ab", "ba"), 1);
    assert_eq!(levenshtein("kitten", "sitting"), 3);
    assert_eq!(levenshtein("", "abc"), 3);
    assert_eq!(levenshtein("same", "same"), 0);
    // Al-Latamna is OCHA's Latmana (Hama).
    assert_eq!(
        pcode_of(
            "Rebel and regime forces fought in Al-Latamna.",
            "Al-Latamna"
        )
        .as_deref(),
        Some("C3458")
    );
}

#[test]
fn generic_heads_possessives_and_side_frames() {
    // "Maaret" of "Maaret Harma" (a village the gazetteer lacks) is not Aleppo's "Mare'".
    let r = resolved_full("regime forces captured Maaret Harma after clashes with the rebels.");
    assert!(r.iter().all(|x| x.0 != "Maaret"), "{r:?}");
    // "Hama's" is Hama, not the village Hamis; "located in" frames the name.
    let r = resolved_full("regime forces regained control over Abu Hanaya village located in Hama's western countryside.");
    let hama = r
        .iter()
        .find(|x| x.0 == "Hama")
        .expect("Hama found without its possessive");
    assert_eq!((hama.1.as_deref(), hama.3), (Some("SY05"), 3), "{r:?}");
    let abu = r
        .iter()
        .find(|x| x.0 == "Abu Hanaya")
        .expect("Abu Hanaya found");
    assert_eq!(abu.2.as_deref(), Some("SY05"), "the Hama namesake: {r:?}");
    // "Idleb southern countryside": a side word between the name and its frame.
    let r = resolved_full("clashes in Idleb southern countryside");
    assert_eq!((r[0].1.as_deref(), r[0].3), (Some("SY07"), 3), "{r:?}");
}

#[test]
fn articles_glued_to_names_are_matched() {
    // "Alhajar Alaswad" is OCHA's "Hajar Aswad"; "Aleppo" keeps its letters.
    assert_eq!(
        pcode_of(
            "Clashes between IS and regime forces around Alhajar Alaswad city in Rural Damascus.",
            "Alhajar Alaswad"
        )
        .as_deref(),
        Some("C2502")
    );
    assert!(resolve("Clashes in Aleppo city.")
        .iter()
        .any(|(n, p, _)| n == "Aleppo" && p.is_some()));
    // Number words opening a sentence are not villages ("Ten" keys like "Alteenah").
    assert!(
        resolve("Ten civilians were killed.").is_empty(),
        "{:?}",
        resolve("Ten civilians were killed.")
    );
}

#[test]
fn long_consonant_skeletons_allow_two_vowel_edits() {
    // "Almehemdiya" (glued article, shifted vowels) is OCHA's Mhemideh, like "Muhaymida".
    assert_eq!(
        pcode_of(
            "airstrikes on the village of Almehemdiya in western rural Deir Ezzor",
            "Almehemdiya"
        )
        .as_deref(),
        Some("C5106")
    );
}

#[test]
fn tribes_and_streets_named_after_places() {
    // "the Al Abadi tribe" is people; "Tell Abiad street" is a street of Ar-Raqqa city.
    let r = resolved_full("clashes took place between Al Harbiyat tribe and Al Abadi tribe in Za'ra town in Aleppo countryside");
    assert!(
        r.iter()
            .all(|x| !x.0.contains("Abadi") && !x.0.contains("Harbiyat")),
        "{r:?}"
    );
    let r = resolved_full(
        "clashes took place between two tribes in Tell Abiad street in Ar-Raqqa city",
    );
    let street = r
        .iter()
        .find(|x| x.0 == "Tell Abiad")
        .expect("the street's name is found");
    assert!(street.5, "a street is marked like a road's end: {r:?}");
}

#[test]
fn spelling_ignores_articles_case_and_marks() {
    use marsad_places::spelling;
    assert_eq!(spelling("Al-Ma'arra"), "maarra");
    assert_eq!(spelling("el Bab"), "bab");
    assert_eq!(spelling("Aleppo"), "aleppo");
}

#[test]
fn a_governorate_after_an_unknown_name_or_a_side_is_a_region() {
    // "Has" and "Sikhah" are villages the gazetteer lacks: the governorate after them is
    // where they lie, a region (precision 3), not the capital city's point (precision 1).
    for (text, gov) in [
        (
            "regime forces captured Has in Idleb following clashes with the rebels.",
            "Idleb",
        ),
        (
            "IS militants attacked a checkpoint in Al Sikhah town in Deir ez Zor.",
            "Deir ez Zor",
        ),
        ("Clashes took place in areas of northern Hama.", "Hama"),
        (
            "SDF fighters cleared a town in eastern Deir-ez-Zor.",
            "Deir-ez-Zor",
        ),
    ] {
        let r = resolved_full(text);
        let g = r
            .iter()
            .find(|x| x.0 == gov)
            .unwrap_or_else(|| panic!("{gov} found in {text:?}: {r:?}"));
        assert_eq!(g.3, 3, "{text:?}: {r:?}");
        assert!(
            g.1.as_deref().is_some_and(|p| p.len() == 4),
            "the governorate itself: {text:?}: {r:?}"
        );
    }
    // A side of a town is the town ("western Harasta"), and a city named alone stays the city.
    let r = resolved_full("Clashes resulted in the killing of a rebel fighter in western Harasta.");
    assert_eq!(
        r.iter().find(|x| x.0 == "Harasta").map(|x| x.3),
        Some(1),
        "{r:?}"
    );
    let r = resolved_full("Clashes took place between the regime and rebels in Idleb city.");
    assert_eq!(
        r.iter().find(|x| x.0 == "Idleb").map(|x| x.3),
        Some(1),
        "{r:?}"
    );
}

#[test]
fn a_generic_head_with_an_apostrophe_is_still_generic() {
    // "Ma'arrat" of "Ma'arrat Mukhus" (missing from the gazetteer) is no village "Marata".
    let r = resolved_full(
        "snipers killed a regime soldier on Ma'arrat Mukhus axis in Idleb countryside.",
    );
    assert!(r.iter().all(|x| !x.0.starts_with("Ma'arrat")), "{r:?}");
}

#[test]
fn a_frame_after_a_list_frames_every_name_of_it() {
    // Al-Huwaiqa is not in the gazetteer; the frame after it still holds for the whole
    // list, so Hamidiya is Deir-ez-Zor's neighbourhood, not Latakia's or Tartus's namesake.
    let text = "The army clashed with IS in Hamidiya, Al-Rashidia, Jbeileh, and Al-Huwaiqa neighbourhoods in Deir-ez-Zor city.";
    let r = resolved_full(text);
    let hamidiya = r
        .iter()
        .find(|x| x.0 == "Hamidiya")
        .expect("Hamidiya found");
    assert_eq!(hamidiya.2.as_deref(), Some("SY09"), "{r:?}");
    let g = gaz();
    let m = g.find_mentions(text, &[]);
    assert!(
        m.iter()
            .filter(|x| !text[x.span.0..x.span.1].starts_with("Deir"))
            .all(|x| x.relation == Relation::Neighbourhood),
        "{m:?}"
    );
    // A list with no frame after it frames nothing.
    let m = g.find_mentions("Clashes in Hamidiya, Jbeileh and Abu Kamal.", &[]);
    assert!(
        m.iter().all(|x| x
            .framed_by
            .is_none_or(|f| f == m.iter().position(|y| y.span == x.span).unwrap() + 1)),
        "{m:?}"
    );
}

#[test]
fn a_loose_match_of_a_sentence_first_word_is_no_place() {
    // "Battles" and "Fierce" loosely match the villages Batlaus and Frikeh; capitalised
    // only because they open the sentence, they are no names. Totah is.
    for text in [
        "Battles continued between HTS and IS in Totah.",
        "Fierce clashes broke out in Totah.",
    ] {
        let r = resolved_full(text);
        assert_eq!(
            r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            ["Totah"],
            "{text:?}: {r:?}"
        );
    }
}

#[test]
fn a_border_village_given_the_next_governorate_stays() {
    // Shatib lies in Idlib on the Hama border: "in Hama eastern countryside" does not
    // drop it. Tafas lies in Dar'a, far from Idlib: "Tafas in Idleb" does.
    let r =
        resolved_full("The army clashed with HTS in Shatib village in Hama eastern countryside.");
    let shatib = r
        .iter()
        .find(|x| x.0 == "Shatib")
        .unwrap_or_else(|| panic!("Shatib kept: {r:?}"));
    assert_eq!(shatib.2.as_deref(), Some("SY07"), "{r:?}");
    let r = resolved_full("Gunmen targeted barracks in the town of Tafas in Idleb.");
    assert!(r.iter().all(|x| x.0 != "Tafas"), "{r:?}");
}

#[test]
fn a_name_its_frame_rules_out_does_not_outvote_the_frame() {
    // The only exact "Alasha'ary" is in Dar'a; framed by Eastern Ghouta it is a village
    // the gazetteer lacks, and must not make Eastern Ghouta look out of place.
    let r = resolved_full(
        "Clashes continue between HTS and Jaish al-Islam in Alasha'ary in Eastern Ghouta.",
    );
    assert!(
        r.iter()
            .any(|x| x.0 == "Eastern Ghouta" && x.2.as_deref() == Some("SY03")),
        "{r:?}"
    );
    // "of Damascus" after a Rural Damascus area is the same area, not a contradiction.
    let r = resolved_full(
        "HTS attempted to recapture a hill in Beit Jinn pocket of Western Ghota of Damascus.",
    );
    assert!(
        r.iter()
            .any(|x| x.0 == "Beit Jinn" && x.2.as_deref() == Some("SY03")),
        "{r:?}"
    );
}

#[test]
fn abbreviated_ranks_are_not_places() {
    // "Col" keys like the village Kolah, "Col. Gen." like Qola.
    let r = resolved_full(
        "said coalition spokesman Lt. Col. Thomas Gilleran, and Col. Gen. Sergei Rudskoi.",
    );
    assert!(
        r.iter()
            .all(|x| !matches!(x.0.as_str(), "Lt" | "Col" | "Gen")),
        "{r:?}"
    );
}

#[test]
fn size_and_side_words_in_any_spelling() {
    // "Sagheera" (doubled vowel), "Kabeer", "Tahtaniyah" are OCHA's Little, Big and Lower.
    for (text, name) in [
        ("Sweidiyah Sagheera", "Little Sweidiyeh"),
        ("Sweidiyah Kabeera", "Big Sweidiyeh"),
    ] {
        let found: Vec<String> = gaz().lookup(text).iter().map(|p| p.name.clone()).collect();
        assert!(found.iter().any(|n| n == name), "{text:?}: {found:?}");
    }
    let (v, _) = marsad_places::normalize::name_keys("Tahtaniyah");
    assert_eq!(v, "#lower");
    // "Southern" keeps its class (folding "ou" must not lose it).
    assert_eq!(
        marsad_places::normalize::name_keys("Southern Jirf").0,
        "#south jirf"
    );
}

#[test]
fn the_iyeh_ending_tells_namesakes_apart() {
    // Keys fold "-iyah" away, so "Sumaqiyah" keys like Al-Smakh too; the ending decides.
    let r = resolved_full("Hayat Tahrir al-Sham retook Sumaqiyah from IS following clashes.");
    assert_eq!(gazetteer_names(&r), ["Summaqieh"], "{r:?}");
    // And the reverse: "Khirbet Al-Joz" is not "Kherbet Eljoziyeh".
    let r = resolved_full("Jabhat Fateh al Sham attacked checkpoints near Khirbet Al-Joz.");
    assert_eq!(gazetteer_names(&r), ["Kherbet Eljoz"], "{r:?}");
}

#[test]
fn prepositions_and_war_words_are_not_places() {
    // "In Hama" is Hama, not Ein Elhamam; "bus", "committee" and "Katyusha" key like villages.
    let r = resolved_full("In Hama, a Katyusha rocket hit a Bus of the Reconciliation Committee.");
    assert_eq!(
        r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        ["Hama"],
        "{r:?}"
    );
}

#[test]
fn names_after_a_title_are_people() {
    // "Kamal" keys like Al-Kamaliya, "Maria" like Mare', "Aziz" like Al Aziza.
    let r = resolved_full("commander Kamal Kirkuki told Rudaw, and spokeswoman Maria Zakharova and priest Diaa Aziz spoke in Aleppo.");
    assert_eq!(
        r.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
        ["Aleppo"],
        "{r:?}"
    );
    // A title's word inside a place name stays a place ("in Sheikh Maqsoud").
    let r = resolved_full("Clashes broke out in Sheikh Maqsoud in Aleppo city.");
    assert!(r.iter().any(|x| x.0.contains("Maqsoud")), "{r:?}");
}

#[test]
fn a_place_that_goes_by_the_name_beats_one_spelled_so_elsewhere() {
    // GeoNames lists "Mare'" among Ma'arrat An Nu'man's other spellings and "Ma`ratah"
    // among Mare''s: the town named so wins, bigger or not.
    let text = "SDF and rebel forces clashed in the town of Mare' with no losses reported.";
    let r = resolve(text);
    assert_eq!(
        r.iter().map(|x| x.1.as_deref()).collect::<Vec<_>>(),
        [Some("C1643")],
        "{r:?}"
    );
    let r =
        resolved_full("Hayat Tahrir al-Sham clashed with Ahrar al-Sham in the village of Marata.");
    assert_eq!(gazetteer_names(&r), ["Marata"], "{r:?}");
}

#[test]
fn governorates_more_parties_suggest_weigh_more() {
    // "Adwan": Edwan in Dar'a and the "Edwan" of a joined name in Idlib match loosely;
    // Adwaniyeh (Al-Hasakeh) keys alike but its "-iyeh" makes another name, so it does
    // not push the loose matches aside. Rebels (opposition) suggest Idlib and Dar'a both;
    // the Khalid ibn al-Walid Army suggests Dar'a too.
    let g = gaz();
    let text = "Rebels clashed with Khalid ibn al Walid Army on Adwan village front.";
    let m = g.find_mentions(text, &[]);
    let hints: Vec<String> = ["SY07", "SY02", "SY05", "SY12", "SY03", "SY14", "SY12"]
        .map(String::from)
        .into();
    let r = g.resolve_with(&m, &hints);
    let adwan = r
        .iter()
        .find(|x| &text[x.span.0..x.span.1] == "Adwan")
        .map(|x| g.place(x.place));
    assert_eq!(adwan.map(|p| p.name.as_str()), Some("Edwan"), "{r:?}");
    // Without the second hint the two loose matches tie, and neither is Adwaniyeh.
    let r = g.resolve_with(&m, &hints[..6]);
    let adwan = r
        .iter()
        .find(|x| &text[x.span.0..x.span.1] == "Adwan")
        .map(|x| g.place(x.place));
    assert_ne!(adwan.map(|p| p.name.as_str()), Some("Adwaniyeh"), "{r:?}");
}

#[test]
fn a_namesake_with_another_iyeh_ending_is_a_loose_match() {
    // GeoNames spells Jasim (a town of 30,000) "Qasim" too; "Al-Qasimiyah" keys alike once
    // the ending is folded, but the villages named Qasemiyeh spell it.
    let r = resolved_full("Jaish Al-Islam took out 3 tanks as pro-Government forces launched assault on Al-Qasimiyah front.");
    assert_eq!(gazetteer_names(&r), ["Qasemiyeh"], "{r:?}");
    // Nor does such a match vouch for its governorate: "Al-Balad" is not Baladiya (Ar-Raqqa),
    // so Jellin keeps Dar'a.
    let r = resolved_full(
        "Unidentified rebel groups clashed with Jaysh Khalid Ibn Al-Walid in Jellin in Al-Balad.",
    );
    let jellin = r.iter().find(|x| x.0 == "Jellin").expect("Jellin resolves");
    assert_eq!(jellin.2.as_deref(), Some("SY12"), "{r:?}");
    // A governorate's name is no "-iyeh" word: "Lattakia governorate" still frames Kabani.
    let r = resolved_full(
        "Regime forces and rebels clashed on the Kabani frontline in Lattakia governorate.",
    );
    assert_eq!(
        r.iter()
            .find(|x| x.0 == "Kabani")
            .and_then(|x| x.1.as_deref()),
        Some("C3751"),
        "{r:?}"
    );
}

#[test]
fn a_side_word_before_countryside_frames_the_region() {
    // Not the village "Eastern Salam" (Homs): the side of As-Salamiyeh's countryside.
    let r = resolved_full("Clashes took place in As-Salamiyeh eastern countryside, in a continued attempt to advance.");
    let names = gazetteer_names(&r);
    assert!(
        !names.contains(&"Eastern Salam") && r.iter().all(|x| x.2.as_deref() == Some("SY05")),
        "{r:?}"
    );
}

#[test]
fn a_loose_name_told_twice_does_not_vouch_for_itself() {
    // "Manakh" keys like Manaq (Aleppo) only: said twice, it still lies outside the
    // governorate the report names, so it is dropped and Abu Rasin stands.
    let text = "QSD attempted to infiltrate JWS positions in Tal Manakh and in Kinhar in Rural Abu Rasin in Al Hasakeh Province, killing 4 JWS members. Fatalities split as follows: Manakh 2, Abu Rasin 2.";
    let r = resolved_full(text);
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY08")), "{r:?}");
    // A name spelled as its place and told twice keeps it: Shadadah beside Ar-Raqqa.
    let text = "Clashes took place in Shadadah town between SDF and IS. 4 SDF fighters were killed in Ar-Raqqa province and Shadadah town.";
    let r = resolved_full(text);
    assert!(
        r.iter()
            .any(|x| x.0 == "Shadadah" && x.2.as_deref() == Some("SY08")),
        "{r:?}"
    );
}

#[test]
fn a_loose_match_far_from_its_framing_town_is_no_place() {
    // "Wusta" keys loosely like Wasta, far from Qamishli: the quarter the gazetteer
    // lacks gives way to the town that frames it.
    let r = resolved_full("Kurdish YPG attacked the Assyrian security force Sutooro in Wusta, Qamishli. One of them was injured.");
    assert_eq!(gazetteer_names(&r), ["Quamishli"], "{r:?}");
}

#[test]
fn a_mountain_named_after_a_place_gives_way_like_a_street() {
    // "Al-Kom mountain near Tiba village": the mountain is named after Kum; the event's
    // place is Tiba, so Kum is marked to give way, as a street's namesake is.
    let r = resolved_full(
        "Clashes took place south to Al-Kom mountain near Tiba village in Homs countryside.",
    );
    let kom = r.iter().find(|x| x.0 == "Al-Kom").expect("Al-Kom resolves");
    assert!(kom.5, "{r:?}");
    let tiba = r.iter().find(|x| x.0 == "Tiba").expect("Tiba resolves");
    assert!(!tiba.5 && tiba.2.as_deref() == Some("SY04"), "{r:?}");
}

#[test]
fn names_that_rule_each_other_out_stand_when_nothing_else_would() {
    // Al-Mhassa (Homs) and Eastern Qalamoun (Rural Damascus) each lie in a governorate
    // the other does not; rather than no place at all, both stand.
    let r = resolved_full("Syrian Army advanced towards Al-Mhassa after clashes with the Islamic State in Eastern Qalamoon areas.");
    assert!(r.iter().any(|x| x.0 == "Al-Mhassa"), "{r:?}");
    // Where a governorate is named, the rule holds: "Tafas in Idleb" is no Tafas in Dar'a.
    let r = resolved_full("Clashes took place in Tafas in Idleb.");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY07")), "{r:?}");
}

#[test]
fn no_name_runs_on_across_punctuation() {
    // "Dar'a. The" once matched as one name (Deir Attiyeh, 80 km north of Damascus),
    // which left the neighbourhood without its city's frame.
    let text = "a former fighter was shot in the neighborhood of Al-Sad in the city of Dar'a. The target was a member";
    let r = resolve(text);
    assert!(r.iter().all(|(n, _, _)| !n.contains('.')), "{r:?}");
    assert_eq!(pcode_of(text, "Dar'a").as_deref(), Some("C5993"), "{r:?}");
    assert_eq!(pcode_of(text, "Al-Sad").as_deref(), Some("N0508"), "{r:?}");
    // A comma between two names keeps them apart too.
    let r = resolve("clashes in Small Nabata, Big Nabata and Mazrufeh villages");
    assert!(r.iter().all(|(n, _, _)| !n.contains(',')), "{r:?}");
}

#[test]
fn a_loosely_matched_city_does_not_outweigh_villages_spelled_exactly() {
    // "Jbeileh" spells villages of that name; Jablah, a city, only loosely.
    let r = resolved_full(
        "clashes took place against members of the Islamic State in the neighbourhood of Jbeileh.",
    );
    assert_eq!(gazetteer_names(&r), ["Jbeileh"], "{r:?}");
}

#[test]
fn a_governorate_before_a_side_of_its_countryside_or_an_english_word_still_frames() {
    // "Deir-ez-Zor Northern countryside": the side word frames; the name does not run on.
    let r = resolved_full(
        "Clashes took place in Abu Khashab village in Deir-ez-Zor Northern countryside.",
    );
    assert!(
        r.iter().all(|x| x.2.as_deref() == Some("SY09") && !x.4),
        "{r:?}"
    );
    // "in Ar Raqqa governorate as JWS fighters": "as" is English here, not an article
    // joining "JWS" to the name.
    let r = resolved_full("clashes with QSD forces on the Mushayrifah axis in Ar Raqqa governorate as JWS fighters were attempting to infiltrate");
    assert!(
        r.iter().all(|x| x.2.as_deref() == Some("SY11") && !x.4),
        "{r:?}"
    );
}

#[test]
fn the_word_after_a_given_name_is_a_surname() {
    // "Mohammad al-Halabi" is an activist, not Aleppo; "Ahmed Al-Abdu" a commander.
    for text in [
        "local activist Mohammad al-Halabi told The New Arab",
        "clashes with the forces of Ahmed Al-Abdu in the desert",
    ] {
        assert_eq!(resolve(text), [], "{text}");
    }
    // After a place word the given name is part of a place: Ein Issa, then Raqqa.
    let r = resolve("clashes near Ein Issa Raqqa countryside");
    assert!(r.iter().any(|x| x.0 == "Raqqa"), "{r:?}");
}

#[test]
fn damascus_frames_places_of_rural_damascus() {
    // Reports name Rural Damascus's towns "of Damascus": one area, not a conflict.
    let text =
        "Regime forces clashed with Islamic State fighters in the Hajar al-Aswad area of Damascus.";
    assert_eq!(
        pcode_of(text, "Hajar al-Aswad").as_deref(),
        Some("C2502"),
        "{:?}",
        resolve(text)
    );
    let r = resolved_full(
        "Activists in Daraya west of Damascus said the district was pounded with barrel bombs",
    );
    assert_eq!(
        gazetteer_names(&r).first().copied(),
        Some("Darayya"),
        "{r:?}"
    );
}

#[test]
fn a_compass_point_frames_like_a_side() {
    // "Northeast Hama" is a side of Hama as "Northeastern Hama" is, not part of a longer
    // name ("Northeast" is no word of it): both mentions name the governorate, whole.
    let r = resolved_full("Clashes took place in Hasrat village in northeast Hama. Clashes in Northeast Hama and Hasrat village resulted in casualties.");
    let hama: Vec<_> = r.iter().filter(|x| x.0 == "Hama").collect();
    assert_eq!(hama.len(), 2, "{r:?}");
    assert!(
        hama.iter().all(|x| x.1.as_deref() == Some("SY05") && !x.4),
        "{r:?}"
    );
}

#[test]
fn a_part_or_side_of_a_city_frames_what_lies_in_it() {
    // "in the western part of Raqqa" frames as "in western Raqqa" does: Raqqa's
    // Dar'eiyah, not Darayya by Damascus, the better-known namesake.
    for text in [
        "SDF fighters advanced into the Dar'eiyah neighbourhood in the western part of Raqqa city",
        "clashes in Dar'eiyah on the western side of Raqqa",
        "clashes in Dar'eiyah, in the surroundings of Raqqa",
    ] {
        let r = resolved_full(text);
        assert!(
            !r.is_empty() && r.iter().all(|x| x.2.as_deref() == Some("SY11")),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_place_near_a_town_lies_in_the_towns_area() {
    // "Al Juwayf area near Sabe Byar": the desert area by Sabe Byar in Rural Damascus,
    // not Joif in Deir ez-Zor.
    let r = resolved_full(
        "Clashes took place between militias and rebels in Al Juwayf area near Sabe Byar.",
    );
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY03")), "{r:?}");
}

#[test]
fn a_named_facility_is_a_place_and_a_named_region_an_area() {
    // ACLED codes "Jobar", "al-Hol camp", "the T4 airbase" at geo-precision 1 and
    // "Eastern Ghouta" at 2; the landmark file's points stay marked approximate.
    let r = resolve("clashes in Jobar, and shelling on Eastern Ghouta");
    let find = |n: &str| r.iter().find(|(x, _, _)| x == n).map(|x| x.2);
    assert_eq!(find("Jobar"), Some(1), "{r:?}");
    assert_eq!(find("Eastern Ghouta"), Some(2), "{r:?}");
    // "near the Second Station “T2”": the article is no frame, and the name in quotes
    // is framed as the name before it.
    let r = resolve(
        "airstrikes targeted militiamen near the Second Station “T2”, 65 km from al-Bokamal",
    );
    assert!(
        r.iter()
            .filter(|(x, _, _)| x == "T2" || x == "Second Station")
            .all(|x| x.2 == 2),
        "{r:?}"
    );
    assert!(r.iter().any(|(x, _, _)| x == "T2"), "{r:?}");
    let r = resolve("IS women attacked guards in al-Hol camp");
    assert_eq!(
        r.iter().find(|(x, _, _)| x == "al-Hol camp").map(|x| x.2),
        Some(1),
        "{r:?}"
    );
}

#[test]
fn a_name_goes_on_through_several_lower_case_words() {
    // "al-Jirah military airport", "Kuweires military airport", "al-Omar oil field":
    // the name's lower-case words follow one another, each a word some name has there.
    for (text, name) in [
        (
            "Clashes took place around al-Jirah military airport.",
            "al-Jirah military airport",
        ),
        (
            "IS shelled Kuweires military airport east of Aleppo.",
            "Kuweires military airport",
        ),
        ("The SDF took al-Omar oil field.", "al-Omar oil field"),
    ] {
        let r = resolve(text);
        assert!(r.iter().any(|(x, _, _)| x == name), "{text}: {r:?}");
    }
}

#[test]
fn a_region_that_frames_a_name_bounds_its_loose_readings() {
    // "Zaza in Eastern Qalamoun": Azaz, 300 km north, only keys like "Zaza" through a
    // GeoNames spelling ("Ezzaz"); the region that frames the name rules it out, and
    // the region stands instead.
    let r = resolved_full("Opposition forces attacked Assad forces near Zaza in Eastern Qalamoun.");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY03")), "{r:?}");
    assert!(r.iter().any(|x| x.0 == "Eastern Qalamoun"), "{r:?}");
}

#[test]
fn a_kind_of_place_after_a_name_is_no_place_of_its_own() {
    // "Shalaf Castle", "Shghileh Dam", "George Khouri Square": "Castle" keys like
    // Qastal, "Dam" like Dama, "Square" like Sukariyeh; alone they name nothing.
    let r = resolve("Regime forces clashed with rebel groups in and around Shalaf Castle.");
    assert!(r.iter().all(|x| x.0 != "Castle"), "{r:?}");
    assert!(r.iter().any(|x| x.0 == "Shalaf"), "{r:?}");
    for text in [
        "Clashes between rebels and regime forces in Shghileh Dam.",
        "Shells hit buildings in George Khouri Square.",
    ] {
        let r = resolve(text);
        assert!(
            r.iter().all(|x| x.0 != "Dam" && x.0 != "Square"),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn a_spelling_read_as_a_glued_article_needs_the_article_in_arabic() {
    // GeoNames spells Azaz (أعزاز, no article) "Ezzaz" too; read as "ez-Zaz" it would
    // make every "Zaza" Azaz. Names whose Arabic has the article keep the reading.
    let r = resolved_full("Rebels attacked regime forces in Zaza checkpoint in the Syrian desert.");
    assert!(r.iter().all(|x| x.1.as_deref() != Some("C1564")), "{r:?}");
    let r = resolved_full("Clashes took place in Assusah.");
    assert!(r.iter().any(|x| x.1.as_deref() == Some("C5186")), "{r:?}");
    let r = resolved_full("Clashes took place in Alhajar Alaswad.");
    assert!(r.iter().any(|x| x.1.as_deref() == Some("C2502")), "{r:?}");
}

#[test]
fn a_city_is_no_neighbourhood() {
    // "Al-ShaHba'a neighborhood": the city of Shahba (As-Sweida) is not meant where
    // neighbourhoods of that name stand among the candidates; "the Al-Thawra
    // neighbourhood of Ar-Raqqa" is not the town of Al-Thawrah.
    let r = resolved_full(
        "Clashes took place in the surroundings of Al-ShaHba'a neighborhood. Fatalities reported.",
    );
    let names = gazetteer_names(&r);
    assert!(names.iter().all(|n| *n != "Shahba"), "{r:?} {names:?}");
    let r = resolved_full(
        "QSD killed 13 IS in clashes in Al-Thawra and Al-Nadah neighbourhoods of Ar-Raqqa.",
    );
    let names = gazetteer_names(&r);
    assert!(names.iter().all(|n| *n != "Al-Thawrah"), "{r:?} {names:?}");
    assert!(r.iter().all(|x| x.2.as_deref() == Some("SY11")), "{r:?}");
}

#[test]
fn ain_ein_and_ayn_key_alike() {
    // "Ain" was a loose (consonant) match of OCHA's "Ein": "in the countryside of Ras
    // al-Ain" fell back to the district's centroid.
    let keys: Vec<_> = ["Ras al-Ain", "Ras al-Ayn", "Ras El Ein", "Ras Al Aain"]
        .iter()
        .map(|n| marsad_places::normalize::name_keys(n).0)
        .collect();
    assert!(keys.windows(2).all(|w| w[0] == w[1]), "{keys:?}");
    let r = resolved_full(
        "Clashes took place on several fronts in the countryside of Ras al-Ain in Al-Hasakeh.",
    );
    assert!(
        r.iter()
            .any(|x| x.0 == "Ras al-Ain" && x.3 == 2 && x.1.as_deref() == Some("C4988")),
        "{r:?}"
    );
}

#[test]
fn a_governorate_heading_a_paragraph_is_the_governorate() {
    // A round-up's "Daraa:" heads what happened across the governorate: a region, not
    // a plain name (which an event would read as its city).
    let relation_of = |text: &str| {
        let g = gaz();
        let m = g.find_mentions(text, &[]);
        g.resolve(&m)
            .iter()
            .find(|r| &text[r.span.0..r.span.1] == "Daraa")
            .map(|r| r.relation)
    };
    assert_eq!(
        relation_of(
            "Daily toll, as follows:\n\nDaraa: a civilian was shot dead in the town of Jasim."
        ),
        Some(Relation::Region)
    );
    // Not where the name is told in a sentence.
    assert_eq!(
        relation_of("Clashes erupted in Daraa: a civilian was shot dead."),
        Some(Relation::Plain)
    );
}

#[test]
fn bases_named_by_their_unit_and_fields_in_the_plural_are_landmarks() {
    for (text, name, admin1) in [
        (
            "Regime forces clashed with the Islamic State around the 137th Brigade area.",
            "137th Brigade",
            "SY09",
        ),
        (
            "clashes took place on the 46th Regiment front in western Aleppo",
            "46th Regiment",
            "SY02",
        ),
        (
            "regime forces fought IS near Al-Shair oil fields",
            "Al-Shair oil fields",
            "SY04",
        ),
    ] {
        let r = resolved_full(text);
        assert!(
            r.iter()
                .any(|x| x.0 == name && x.1.is_none() && x.2.as_deref() == Some(admin1)),
            "{text:?}: {r:?}"
        );
    }
    // Numbers that open no landmark's name stay out: "3 Syrian soldiers".
    assert!(resolved_full("3 Syrian soldiers were killed").is_empty());
}

#[test]
fn a_village_is_found_by_its_arabic_letters_where_ochas_latin_spelling_departs() {
    // OCHA writes كفر نبودة "Kafr Nabutha" and مظلوم "Mathlum"; reports write the
    // letters د and ظ as "d" and "z".
    assert_pcodes(&[
        (
            "HTS fighters targeted regime positions in Kafr Nabudah in the northern countryside of Hama",
            "Kafr Nabudah",
            "C3209",
        ),
        (
            "SDF fighters clashed with IS in Mazloum in Deir-ez-Zor",
            "Mazloum",
            "C5145",
        ),
        // OCHA's Latin vowels are far from the reports' ("Tromba" for ترنبة), but the
        // Arabic letters' own vowels agree.
        (
            "opposition rebels shot and killed 3 regime soldiers on Turnabah axis in Idleb countryside",
            "Turnabah",
            "C3908",
        ),
        // OCHA writes معرشورين in two words, reports in one.
        (
            "Jabhat Fateh al Sham attacked al-Mujahidin Army in their camp in Marshorin",
            "Marshorin",
            "C3978",
        ),
    ]);
}

#[test]
fn every_landmark_lies_among_communities_of_its_own_governorate() {
    // The landmark file gives each point a governorate by hand; OCHA's communities say
    // where the governorates are. A landmark far from every community of its governorate
    // was given the wrong one (al-Tanf and Rukban, on OCHA's map in Rural Damascus, had
    // been given Homs).
    let g = gaz();
    let mut checked = 0;
    for p in g.places.iter().filter(|p| p.kind == PlaceKind::Landmark) {
        let Some(a1) = &p.admin1 else { continue };
        checked += 1;
        assert!(
            g.near_governorate((p.lat, p.lon), a1, 40.0),
            "{} ({}, {}) is given {a1}, but no community of {a1} lies within 40 km",
            p.name,
            p.lat,
            p.lon
        );
    }
    assert!(checked >= 40, "only {checked} landmarks have a governorate");
    assert_eq!(
        resolved_full("Clashes broke out near al-Tanf base on the Syrian-Jordanian border.")
            .first()
            .and_then(|x| x.2.clone())
            .as_deref(),
        Some("SY03")
    );
}

#[test]
fn a_governorates_bare_name_beside_a_town_in_it_is_the_governorate() {
    // "In Daraa, ... in Busra Al-Sham town": the town heads a sub-district of its name,
    // and is still a town, so "Daraa" is the governorate, not its capital city.
    let text = "In Daraa, an explosive device exploded in a vehicle in Busra Al-Sham town.";
    assert_eq!(
        pcode_of(text, "Daraa").as_deref(),
        Some("SY12"),
        "{:?}",
        resolve(text)
    );
    assert_eq!(pcode_of(text, "Busra Al-Sham").as_deref(), Some("C6002"));
    // A town found only by its consonants (OCHA's Shiheil) still lies in the governorate.
    let text = "In Deir Ezzor, gunmen assassinated a dignitary in Al-Shuhail town on Monday.";
    assert_eq!(
        pcode_of(text, "Deir Ezzor").as_deref(),
        Some("SY09"),
        "{:?}",
        resolve(text)
    );
}

#[test]
fn the_badia_is_the_desert_not_a_village() {
    // "Badia" (the desert) keys as the villages Badi and Bada do: alone it names no place,
    // and the place it frames is the event's.
    for text in [
        "Russian warplanes carried out 40 airstrikes on ISIS hideouts in the Syrian Badia.",
        "ISIS attacked regime forces in the Badiya of Al-Rasafah town in Ar Raqqa governorate.",
    ] {
        let got = resolve(text);
        assert!(
            got.iter().all(|(n, _, _)| !n.starts_with("Badi")),
            "{text:?}: {got:?}"
        );
    }
    assert_pcodes(&[(
        "Clashes took place in the Badiya in the Sabe Byar area of Rural Damascus.",
        "Sabe Byar",
        "C2345",
    )]);
}

#[test]
fn kafr_and_tal_glued_to_the_name_match_them_written_apart() {
    // OCHA writes "Kafrnan", "Kafrshil", "Talkhatra"; reports write them apart.
    assert_pcodes(&[
        (
            "Regime forces clashed with rebel factions in the town of Kafr Nan.",
            "Kafr Nan",
            "C2875",
        ),
        (
            "clashes took place in Kafr Shil village in Aleppo countryside",
            "Kafr Shil",
            "C1385",
        ),
        (
            "regime forces captured Tall Khatra in Idleb countryside",
            "Tall Khatra",
            "C3883",
        ),
        // And the reverse: OCHA's "Kafr Khasher" glued as reports sometimes write it.
        (
            "clashes took place in the areas of Kafrkhasher in the northern countryside of Aleppo",
            "Kafrkhasher",
            "C1567",
        ),
    ]);
}
