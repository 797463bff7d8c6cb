//! The store on real extractions: identity, history, linking, tallies, exports.

use marsad_extract::Extractor;
use marsad_model::{Date, Document};
use marsad_places::Gazetteer;
use marsad_store::{export, EventQuery, ExportFormat, Outcome, SqliteStore, Store};
use std::path::PathBuf;
use std::sync::OnceLock;

fn gaz() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let dir = std::env::var_os("MARSAD_GAZETTEER")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gazetteer")
            });
        Gazetteer::load(&dir).expect("gazetteer")
    })
}

fn doc(id: &str, date: &str, text: &str) -> Document {
    Document {
        id: id.into(),
        text: text.into(),
        title: None,
        published: Date::parse_iso(date),
        source: Some("test".into()),
    }
}

fn ingest(store: &mut SqliteStore, docs: &[Document]) -> Vec<Outcome> {
    let ex = Extractor::new(gaz());
    let batch: Vec<_> = docs.iter().map(|d| (d.clone(), ex.extract(d))).collect();
    store.ingest_batch(&batch, "test").expect("ingest")
}

#[test]
fn the_same_document_twice_changes_nothing() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let d = doc(
        "a",
        "2019-01-25",
        "Clashes between the SDF and ISIS in al-Baghuz killed 12 ISIS members yesterday.",
    );
    assert_eq!(ingest(&mut s, &[d.clone()]), [Outcome::Added]);
    let before = s.stats().unwrap();
    // Re-wrapped whitespace is the same content.
    let mut again = d.clone();
    again.text = format!("  {}\n", again.text.replace(' ', "  "));
    assert_eq!(ingest(&mut s, &[again]), [Outcome::Unchanged]);
    let after = s.stats().unwrap();
    assert_eq!(
        (before.documents, before.events, before.mentions),
        (after.documents, after.events, after.mentions)
    );
}

#[test]
fn a_corrected_report_supersedes_and_keeps_history() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    ingest(
        &mut s,
        &[doc(
            "r1",
            "2020-03-02",
            "Regime shelling on Ariha in Idlib killed 3 civilians.",
        )],
    );
    assert_eq!(
        ingest(
            &mut s,
            &[doc(
                "r1",
                "2020-03-02",
                "Regime shelling on Ariha in Idlib killed 5 civilians."
            )]
        ),
        [Outcome::Superseded]
    );
    let st = s.stats().unwrap();
    assert_eq!((st.documents, st.superseded), (1, 1));
    let ev = s.events(&EventQuery::default()).unwrap();
    assert_eq!(ev.len(), 1);
    assert_eq!(
        ev[0].fatalities, 5,
        "the event follows the corrected report"
    );
    let d = s.document(2).unwrap().unwrap();
    assert_eq!(d.history, [1, 2]);
    assert_eq!(s.document(1).unwrap().unwrap().superseded_by, Some(2));
}

#[test]
fn reports_of_one_incident_link_and_say_why() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    ingest(
        &mut s,
        &[
            doc("flash", "2019-02-10", "Clashes between the SDF and ISIS in al-Baghuz killed 7 ISIS members."),
            doc("update", "2019-02-11", "Yesterday, ISIS fighters attacked SDF positions in al-Baghuz; at least 9 ISIS members were killed."),
            doc("other", "2019-02-10", "Regime forces shelled Kafr Nabl in Idlib, killing 2 civilians."),
        ],
    );
    let ev = s.events(&EventQuery::default()).unwrap();
    assert_eq!(ev.len(), 2, "{ev:#?}");
    let baghuz = ev.iter().find(|e| e.mentions == 2).expect("linked event");
    assert_eq!(
        (
            baghuz.fatalities,
            baghuz.fatalities_low,
            baghuz.fatalities_high
        ),
        (7, 7, 9)
    );
    assert_eq!(baghuz.documents.len(), 2);
    let detail = s.event(baghuz.id).unwrap().unwrap();
    assert!(
        detail.mentions[1].link_reason.contains("linked")
            && detail.mentions[1].link_reason.contains("same"),
        "{:?}",
        detail.mentions[1].link_reason
    );
    assert!(detail.mentions.iter().all(|m| !m.excerpts.is_empty()));
}

#[test]
fn filters_select_events() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    ingest(
        &mut s,
        &[
            doc(
                "1",
                "2019-02-10",
                "Clashes between the SDF and ISIS in al-Baghuz killed 7 ISIS members.",
            ),
            doc(
                "2",
                "2020-05-01",
                "Regime forces shelled Kafr Nabl in Idlib, killing 2 civilians.",
            ),
        ],
    );
    let q = |f: fn(&mut EventQuery)| {
        let mut q = EventQuery::default();
        f(&mut q);
        s.events(&q).unwrap().len()
    };
    assert_eq!(q(|q| q.admin1_pcode = Some("SY07".into())), 1);
    assert_eq!(q(|q| q.party = Some(marsad_model::Party::Sdf)), 1);
    assert_eq!(q(|q| q.min_fatalities = Some(5)), 1);
    assert_eq!(q(|q| q.since = Date::parse_iso("2020-01-01")), 1);
    assert_eq!(
        q(|q| q.event_type = Some("explosions_remote_violence".into())),
        1
    );
    assert_eq!(q(|q| q.bbox = Some((40.0, 34.0, 41.5, 35.0))), 1);
}

#[test]
fn tally_series_flag_a_falling_total() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    ingest(
        &mut s,
        &[
            doc("t1", "2019-01-05", "Thus, it rose to 300 the number of civilians killed since the 1st of January 2019."),
            doc("t2", "2019-01-09", "Thus, it rose to 280 the number of civilians killed since the 1st of January 2019."),
        ],
    );
    let series = s.tallies().unwrap();
    assert_eq!(series.len(), 1, "{series:#?}");
    assert_eq!(series[0].points.len(), 2);
    assert!(
        series[0]
            .flags
            .iter()
            .any(|f| f.contains("went down from 300") && f.contains("280")),
        "{:?}",
        series[0].flags
    );
}

#[test]
fn exports_name_their_sources() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    ingest(
        &mut s,
        &[
            doc("x1", "2021-06-07", "IS attacked regime forces in Tadmor desert, killing 3 regime soldiers."),
            doc("x2", "2021-06-09", "Hayat Tahrir al-Sham captured the village of Kafr Nabl from regime forces after clashes."),
        ],
    );
    let q = EventQuery::default();
    let mut out = Vec::new();
    export(&s, &q, ExportFormat::AcledCsv, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    let row = rows
        .iter()
        .find(|r| r.iter().any(|f| f.contains("x1")))
        .expect("a row from x1");
    let col = |n: &str| row[h.iter().position(|x| x == n).unwrap()].to_string();
    assert_eq!(col("event_type"), "Battles");
    // ACLED's own names, hyphen included, so the file joins with ACLED's.
    let sub = h.iter().position(|x| x == "sub_event_type").unwrap();
    let subs: Vec<&str> = rows.iter().map(|r| &r[sub]).collect();
    assert!(
        subs.contains(&"Armed clash") && subs.contains(&"Non-state actor overtakes territory"),
        "{subs:?}"
    );
    assert_eq!(col("fatalities"), "3");
    assert_eq!(col("event_date"), "07 June 2021");
    assert!(col("source").contains("x1"));
    let mut out = Vec::new();
    export(&s, &q, ExportFormat::GeoJson, &mut out).unwrap();
    let g: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(g["type"], "FeatureCollection");
    assert_eq!(g["features"][0]["geometry"]["type"], "Point");
    assert!(g["features"][0]["properties"]["sources"][0]
        .as_str()
        .unwrap()
        .contains("x1"));
    let mut out = Vec::new();
    export(&s, &q, ExportFormat::UcdpCsv, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("id,year,type_of_violence"));
    assert!(text.lines().nth(1).unwrap().contains(",3,3,3") || text.contains("deaths_a"));
}

#[test]
fn the_schema_is_versioned_and_reopens() {
    let dir = std::env::temp_dir().join(format!("marsad-store-{}", std::process::id()));
    let path = dir.join("x.db");
    let _ = std::fs::remove_dir_all(&dir);
    {
        let mut s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), 4);
        ingest(
            &mut s,
            &[doc(
                "a",
                "2019-01-01",
                "Clashes in Hajin killed 2 SDF fighters.",
            )],
        );
    }
    let s = SqliteStore::open(&path).unwrap();
    assert_eq!(s.stats().unwrap().documents, 1);
    s.connection()
        .execute("UPDATE meta SET value='99' WHERE key='schema_version'", [])
        .unwrap();
    drop(s);
    let err = SqliteStore::open(&path)
        .err()
        .expect("a newer schema is refused");
    assert!(err.to_string().contains("newer"));
}

#[test]
fn protesters_are_acleds_first_actor_of_a_protest() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    ingest(
        &mut s,
        &[doc(
            "p1",
            "2021-03-07",
            "Dozens of people took part in a protest in Al-Suwaidaa city on Sunday, chanting slogans against the regime.",
        )],
    );
    let mut out = Vec::new();
    export(&s, &EventQuery::default(), ExportFormat::AcledCsv, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let h = rdr.headers().unwrap().clone();
    let row = rdr.records().next().expect("a row").unwrap();
    let col = |n: &str| row[h.iter().position(|x| x == n).unwrap()].to_string();
    assert_eq!(col("sub_event_type"), "Peaceful protest");
    // The regime is whom they protested, not a party to the protest.
    assert_eq!(
        (col("actor1"), col("actor2")),
        ("Protesters (Syria)".to_string(), String::new())
    );
}
