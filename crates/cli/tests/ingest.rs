//! `marsad ingest` as it is used: a real database file, real reports, a feed served
//! over HTTP on localhost, and a process killed in the middle of a large ingest.

mod common;
use common::{marsad, shared};

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

fn tmp(name: &str) -> PathBuf {
    common::tmp("ingest", name)
}

fn stats(db: &std::path::Path) -> serde_json::Value {
    let out = marsad().args(["stats", "--db"]).arg(db).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Real text: ACLED coders' notes as reports, `n` of them (repeated with varied ids).
fn acled_jsonl(path: &std::path::Path, n: usize) {
    let mut rdr =
        csv::Reader::from_path(shared().join("corpus/acled_syria_battles_dev.csv")).unwrap();
    let h = rdr.headers().unwrap().clone();
    let (notes, date) = (
        h.iter().position(|x| x == "notes").unwrap(),
        h.iter().position(|x| x == "event_date").unwrap(),
    );
    let rows: Vec<(String, String)> = rdr
        .records()
        .flatten()
        .map(|r| (r[notes].to_string(), r[date].to_string()))
        .collect();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        let (text, _) = &rows[i % rows.len()];
        // A marker makes each a distinct document (some notes repeat word for word).
        let text = format!("{text} [report {i}]");
        writeln!(
            f,
            "{}",
            serde_json::json!({"id": format!("r{i}"), "text": text})
        )
        .unwrap();
    }
}

#[test]
fn ingest_is_idempotent_and_summarises() {
    let d = tmp("idem");
    let db = d.join("m.db");
    std::fs::write(d.join("bad.txt"), b"\xff\xfe\x00binary").unwrap();
    let out = marsad()
        .arg("ingest")
        .arg(shared().join("seeds"))
        .arg(d.join("bad.txt"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("5 added, 0 unchanged, 0 superseded, 1 rejected"),
        "{err}"
    );
    assert!(err.contains("bad.txt"));
    let out = marsad()
        .arg("ingest")
        .arg(shared().join("seeds"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 added, 5 unchanged"));
    let s = stats(&db);
    assert_eq!(s["documents"], 5);
    assert_eq!(s["rejected"], 1);
}

#[test]
fn a_killed_ingest_restarts_without_duplicates_or_losses() {
    let d = tmp("kill");
    let db = d.join("m.db");
    let input = d.join("reports.jsonl");
    let n = 30_000;
    acled_jsonl(&input, n);
    let mut child = marsad()
        .arg("ingest")
        .arg(&input)
        .args(["--db"])
        .arg(&db)
        .args(["--batch", "200", "--quiet"])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until part of it is stored, then kill -9.
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(200));
        if db.exists() {
            let out = marsad().args(["stats", "--db"]).arg(&db).output().unwrap();
            if let Ok(v) = serde_json::from_slice::<serde_json::Value>(&out.stdout) {
                if v["documents"].as_u64().unwrap_or(0) >= 2000 {
                    break;
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "ingest never got going"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "ingest finished before it could be killed; use more documents"
        );
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = stats(&db)["documents"].as_u64().unwrap();
    assert!(partial > 0 && (partial as usize) < n, "partial {partial}");
    let out = marsad()
        .arg("ingest")
        .arg(&input)
        .args(["--db"])
        .arg(&db)
        .arg("--quiet")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    // Everything stored before the kill is recognised; everything else is added once.
    assert!(
        err.contains(&format!(
            "{} added, {} unchanged",
            n as u64 - partial,
            partial
        )),
        "{err} (partial {partial})"
    );
    let s = stats(&db);
    assert_eq!(s["documents"].as_u64().unwrap(), n as u64);
}

/// Serves `body` with `content_type` on localhost for `hits` requests.
fn serve(body: String, content_type: &'static str, hits: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(hits) {
            let Ok(mut s) = stream else { continue };
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let resp = format!("HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
            let _ = s.write_all(resp.as_bytes());
        }
    });
    format!("http://{addr}")
}

#[test]
fn feeds_and_pages_over_http() {
    let d = tmp("http");
    let db = d.join("m.db");
    let feed = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Monitor</title>
      <item><guid>n1</guid><title>Clashes in Hajin</title><pubDate>Tue, 15 Jan 2019 08:00:00 GMT</pubDate>
      <description><![CDATA[<p>Clashes between the SDF and ISIS in Hajin killed 4 ISIS members yesterday.</p>]]></description></item>
      <item><guid>n2</guid><title>Shelling on Ariha</title><pubDate>Wed, 16 Jan 2019 09:00:00 GMT</pubDate>
      <description>Regime shelling on Ariha in Idlib killed 2 civilians.</description></item></channel></rss>"#;
    let url = serve(feed.to_string(), "application/rss+xml", 1);
    let out = marsad()
        .arg("ingest")
        .arg(format!("{url}/feed.xml"))
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("2 added"), "{err}");
    let page = r#"<html><head><title>Report</title></head><body><nav>Home | About</nav>
      <div id="cookie-notice">We use cookies</div><article><h1>Explosion in Azaz</h1>
      <p>An explosion in Azaz in Aleppo countryside killed 3 civilians on Monday.</p>
      <h3>Related Articles</h3><p>An older story: 40 killed in Afrin.</p></article></body></html>"#;
    let url = serve(page.to_string(), "text/html", 1);
    let out = marsad()
        .arg("ingest")
        .arg(format!("{url}/report.html"))
        .args(["--published", "2020-02-04", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("1 added"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = marsad()
        .args(["events", "--format", "jsonl", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let events: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        events
            .iter()
            .any(|e| e["location_name"] == "Hajin" && e["fatalities"] == 4),
        "{events:#?}"
    );
    let azaz = events
        .iter()
        .find(|e| e["location_name"] == "Azaz")
        .expect("the page's event");
    assert_eq!(
        azaz["fatalities"], 3,
        "the related story's 40 dead must not count"
    );
    // A dead URL is a named rejection, not a crash.
    let out = marsad()
        .args(["ingest", "http://127.0.0.1:9/none.xml", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("127.0.0.1:9"));
}

#[test]
fn events_show_explains_links_and_exports_open() {
    let d = tmp("show");
    let db = d.join("m.db");
    let input = d.join("two.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "a", "published": "2019-02-10", "text": "Clashes between the SDF and ISIS in al-Baghuz killed 7 ISIS members."}"#,
            "\n",
            r#"{"id": "b", "published": "2019-02-11", "text": "Yesterday, ISIS attacked SDF positions in al-Baghuz; 9 ISIS members were killed."}"#,
            "\n"
        ),
    )
    .unwrap();
    assert!(marsad()
        .arg("ingest")
        .arg(&input)
        .arg("--db")
        .arg(&db)
        .output()
        .unwrap()
        .status
        .success());
    let out = marsad()
        .args(["events", "show", "1", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["mentions"].as_array().unwrap().len(), 2);
    assert!(v["mentions"][1]["link_reason"]
        .as_str()
        .unwrap()
        .starts_with("linked"));
    for (fmt, check) in [
        ("acled-csv", "event_id_cnty"),
        ("ucdp-csv", "deaths_a"),
        ("geojson", "FeatureCollection"),
        ("jsonl", "\"mentions\":2"),
    ] {
        let out = marsad()
            .args(["export", "--format", fmt, "--db"])
            .arg(&db)
            .output()
            .unwrap();
        assert!(
            String::from_utf8_lossy(&out.stdout).contains(check),
            "{fmt}"
        );
    }
    let out = marsad()
        .args([
            "events",
            "--admin1",
            "Deir ez-Zor",
            "--party",
            "isis",
            "--min-fatalities",
            "5",
            "--format",
            "csv",
            "--db",
        ])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        2,
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let bad = marsad()
        .args(["events", "--party", "aliens", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("aliens"));
}
