//! The API as a client meets it: the real server on a localhost port, over HTTP.

mod common;
use common::{marsad, shared};

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};

struct Server {
    child: Child,
    base: String,
    db: PathBuf,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(name: &str, extra: &[&str]) -> Server {
    let dir = std::env::temp_dir().join(format!("marsad-serve-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("m.db");
    assert!(marsad()
        .arg("ingest")
        .arg(shared().join("seeds"))
        .arg("--db")
        .arg(&db)
        .arg("--quiet")
        .status()
        .unwrap()
        .success());
    let mut child = marsad()
        .args(["serve", "--listen", "127.0.0.1:0", "--db"])
        .arg(&db)
        .args(extra)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut r = BufReader::new(child.stderr.take().unwrap());
    while !line.contains("listening on") {
        line.clear();
        assert!(r.read_line(&mut line).unwrap() > 0, "server exited");
    }
    std::thread::spawn(move || for _ in r.lines() {});
    let base = line.trim().rsplit(' ').next().unwrap().to_string();
    Server { child, base, db }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn get(s: &Server, path: &str) -> (u16, serde_json::Value) {
    let mut r = agent().get(&format!("{}{path}", s.base)).call().unwrap();
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
    )
}

#[test]
fn events_filters_and_pagination() {
    let s = start("events", &[]);
    let (st, all) = get(&s, "/api/events?limit=5000");
    assert_eq!(st, 200);
    let n = all["count"].as_u64().unwrap();
    assert!(n >= 8, "{all}");
    // Pages of 3 walk the same set.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    loop {
        let (_, page) = get(&s, &format!("/api/events?limit=3{cursor}"));
        seen.extend(
            page["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["id"].as_i64().unwrap()),
        );
        match page["next_cursor"].as_i64() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen.len() as u64, n);
    let (_, f) = get(&s, "/api/events?admin1=Ar-Raqqa");
    assert!(f["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["admin1_pcode"] == "SY11"));
    assert!(f["count"].as_u64().unwrap() >= 1);
    let (_, f) = get(&s, "/api/events?party=isis&min_fatalities=10&type=battles");
    assert!(f["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["fatalities"].as_u64().unwrap() >= 10 && e["event_type"] == "battles"));
    let (_, f) = get(&s, "/api/events?bbox=38.5,36.0,39.5,36.6");
    assert!(
        f["events"]
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["location_name"] == "Ein Issa"),
        "{f}"
    );
    let (_, f) = get(&s, "/api/events?since=2017-01-01&until=2017-12-31");
    assert!(f["events"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["date_start"].as_str().unwrap().starts_with("2017")));
}

#[test]
fn event_detail_has_mentions_spans_and_excerpts() {
    let s = start("detail", &[]);
    let (_, list) = get(&s, "/api/events?min_fatalities=20");
    let id = list["events"][0]["id"].as_i64().unwrap();
    let (st, d) = get(&s, &format!("/api/events/{id}"));
    assert_eq!(st, 200);
    let m = &d["mentions"][0];
    assert!(!m["excerpts"][0].as_str().unwrap().is_empty());
    let doc_id = m["document_id"].as_i64().unwrap();
    let (_, doc) = get(&s, &format!("/api/documents/{doc_id}"));
    let text = doc["text"].as_str().unwrap();
    let span = &m["record"]["casualties"][0]["span"];
    let (a, b) = (
        span[0].as_u64().unwrap() as usize,
        span[1].as_u64().unwrap() as usize,
    );
    assert!(
        text.get(a..b).unwrap().chars().any(|c| c.is_ascii_digit()),
        "the figure's words are in the report"
    );
    assert_eq!(get(&s, "/api/events/999999").0, 404);
    assert_eq!(get(&s, "/api/events/abc").0, 400);
    let (st, t) = get(&s, "/api/tallies");
    assert_eq!(st, 200);
    assert!(t
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["flags"].as_array().is_some()));
    assert_eq!(get(&s, "/api/stats").1["documents"], 5);
}

#[test]
fn hostile_requests_get_json_errors_and_change_nothing() {
    let s = start("hostile", &[]);
    let before = get(&s, "/api/stats").1;
    for path in [
        "/api/events?since=yesterday",
        "/api/events?party=aliens",
        "/api/events?admin1=Atlantis",
        "/api/events?bbox=1,2,3",
        "/api/events?min_fatalities=-4",
        "/api/events?admin1=%27%3B%20DROP%20TABLE%20events%3B--",
        "/api/export?format=xlsx",
    ] {
        let (st, body) = get(&s, path);
        assert_eq!(st, 400, "{path}: {body}");
        assert!(body["error"].as_str().is_some(), "{path}: {body}");
    }
    assert_eq!(get(&s, "/api/nothing/here").0, 404);
    let a = agent();
    // Unauthenticated, malformed and oversized writes.
    let r = a
        .post(&format!("{}/api/documents", s.base))
        .send(r#"{"id":"x","text":"Clashes in Hajin."}"#)
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let big = vec![b'a'; 3 << 20];
    let r = a
        .post(&format!("{}/api/documents", s.base))
        .header("Authorization", "Bearer nope")
        .send(&big[..]);
    assert!(r.map(|r| r.status().as_u16() >= 400).unwrap_or(true));
    assert_eq!(get(&s, "/api/stats").1, before);
}

#[test]
fn writing_needs_a_token_and_ingests() {
    let s = start("write", &[]);
    let out = marsad()
        .args(["token", "create", "--db"])
        .arg(&s.db)
        .output()
        .unwrap();
    let token = String::from_utf8(out.stdout).unwrap().trim().to_string();
    assert_eq!(token.len(), 64);
    let a = agent();
    let url = format!("{}/api/documents", s.base);
    let before = get(&s, "/api/events?party=turkey").1["count"]
        .as_u64()
        .unwrap();
    let r = a
        .post(&url)
        .header("Authorization", "Bearer wrong")
        .send(r#"{"id":"n1","text":"x"}"#)
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    let mut r = a
        .post(&url)
        .header("Authorization", &format!("Bearer {token}"))
        .header("Content-Type", "application/json")
        .send(r#"[{"id":"n1","text":"Turkish drones struck Qamishli, killing 3 SDF fighters.","published":"2022-06-15"}]"#)
        .unwrap();
    assert_eq!(
        r.status().as_u16(),
        201,
        "{}",
        r.body_mut().read_to_string().unwrap()
    );
    let (_, ev) = get(&s, "/api/events?party=turkey");
    assert_eq!(ev["count"].as_u64().unwrap(), before + 1);
    let r = a
        .post(&url)
        .header("Authorization", &format!("Bearer {token}"))
        .send("{not json")
        .unwrap();
    assert_eq!(r.status().as_u16(), 400);
    // The token is stored hashed, never as given.
    let db = std::fs::read(&s.db).unwrap();
    assert!(!db.windows(token.len()).any(|w| w == token.as_bytes()));
}

#[test]
fn closed_servers_refuse_anonymous_reading() {
    let s = start("closed", &["--closed"]);
    assert_eq!(get(&s, "/api/events").0, 401);
    assert_eq!(get(&s, "/api/openapi.json").0, 200);
}

#[test]
fn rate_limits_answer_429() {
    let s = start("rate", &["--rate", "5"]);
    let codes: Vec<u16> = (0..40).map(|_| get(&s, "/api/stats").0).collect();
    assert!(codes.contains(&429), "{codes:?}");
    assert_eq!(codes[0], 200);
}

#[test]
fn openapi_describes_every_route() {
    let s = start("openapi", &[]);
    let (st, spec) = get(&s, "/api/openapi.json");
    assert_eq!(st, 200);
    let paths = spec["paths"].as_object().unwrap();
    for (method, path) in marsad_server_routes() {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing from the OpenAPI description"
        );
    }
    let described: usize = paths.values().map(|p| p.as_object().unwrap().len()).sum();
    assert_eq!(
        described,
        marsad_server_routes().len(),
        "the description lists routes the server lacks"
    );
    // And each described GET route answers something other than 404 "no such route".
    for (path, ops) in paths {
        if ops.get("get").is_some() {
            let p = path.replace("{id}", "1");
            let (code, body) = get(&s, &p);
            assert!(!(code == 404 && body["error"] == "no such route"), "{path}");
        }
    }
    let (code, exp) = get(&s, "/api/export?format=geojson");
    assert_eq!(code, 200);
    assert_eq!(exp["type"], "FeatureCollection");
}

fn marsad_server_routes() -> Vec<(&'static str, &'static str)> {
    // The server's own route table (kept in marsad-server).
    marsad_server::ROUTES.to_vec()
}
