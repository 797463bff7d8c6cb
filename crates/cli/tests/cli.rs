//! The `marsad` binary as a user runs it: real files, real errors.

mod common;
use common::{marsad, shared};

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn tmp(name: &str) -> PathBuf {
    common::tmp("cli", name)
}

#[test]
fn extracts_the_seeds_as_json_in_input_order() {
    let out = marsad()
        .args(["extract", "--format", "jsonl"])
        .arg(shared().join("seeds"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    assert_eq!(lines[4]["published"]["date"], "2017-01-15");
}

#[test]
fn bad_documents_are_named_and_skipped() {
    let d = tmp("bad");
    std::fs::write(
        d.join("good.txt"),
        "Clashes in Hajin killed 3 SDF fighters.",
    )
    .unwrap();
    std::fs::write(d.join("latin1.txt"), b"Clashes in Hajin \xe9\xe9 killed").unwrap();
    std::fs::write(d.join("empty.txt"), "  \n").unwrap();
    std::fs::write(d.join("binary.txt"), b"\x00\x01\x02ELF").unwrap();
    let mut jl = std::fs::File::create(d.join("docs.jsonl")).unwrap();
    writeln!(jl, r#"{{"id": "a", "text": "ISIS attacked a checkpoint in al-Mayadin.", "published": "2019-01-02"}}"#).unwrap();
    writeln!(jl, r#"{{"id": "b", "text": "#).unwrap();
    writeln!(
        jl,
        r#"{{"id": "c", "text": "Clashes in Hama.", "published": "2019-02-30"}}"#
    )
    .unwrap();
    drop(jl);
    let out = marsad()
        .args(["extract", "--format", "jsonl"])
        .arg(&d)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "some documents were read: {err}");
    assert!(
        err.contains("latin1.txt") && err.contains("not UTF-8"),
        "{err}"
    );
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(
        err.contains("binary.txt") && err.contains("binary"),
        "{err}"
    );
    assert!(
        err.contains("docs.jsonl:2") && err.contains("malformed JSON"),
        "{err}"
    );
    assert!(
        err.contains("docs.jsonl:3") && err.contains("2019-02-30"),
        "{err}"
    );
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "c", "good"]);
}

#[test]
fn a_huge_line_is_rejected_without_stopping_the_run() {
    let d = tmp("huge");
    let mut f = std::fs::File::create(d.join("big.jsonl")).unwrap();
    let big = "x".repeat(17 << 20);
    writeln!(f, r#"{{"id": "big", "text": "{big}"}}"#).unwrap();
    writeln!(f, r#"{{"id": "small", "text": "Clashes in Hajin."}}"#).unwrap();
    drop(f);
    let out = marsad()
        .args(["extract", "--format", "jsonl"])
        .arg(d.join("big.jsonl"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success());
    assert!(
        err.contains("big.jsonl:1") && err.contains("longer than"),
        "{err}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"small\""));
}

#[test]
fn nothing_readable_is_a_failure() {
    let d = tmp("none");
    std::fs::write(d.join("empty.txt"), "").unwrap();
    let out = marsad()
        .args(["extract"])
        .arg(d.join("empty.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = marsad()
        .args(["extract", "/nonexistent/report.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/report.txt"));
}

#[test]
fn standard_input_and_a_given_date() {
    let mut child = marsad()
        .args([
            "extract",
            "-",
            "--published",
            "2018-11-08",
            "--format",
            "json",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Yesterday, Turkish shelling on Ein Issa killed 2 civilians.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let e = &v[0]["events"][0];
    assert_eq!(e["date"]["start"], "2018-11-07");
    assert_eq!(e["location"]["pcode"], "C5905");
    assert_eq!(e["fatalities"], 2);
    let bad = marsad()
        .args(["extract", "-", "--published", "yesterday"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn without_a_gazetteer_places_fall_back_to_governorates() {
    let out = Command::new(env!("CARGO_BIN_EXE_marsad"))
        .env_remove("MARSAD_GAZETTEER")
        .current_dir(std::env::temp_dir())
        .args(["extract", "-", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin
                .take()
                .unwrap()
                .write_all(b"Clashes in the countryside of Idlib killed 3 HTS fighters.")?;
            c.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--gazetteer"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["events"][0]["location"]["admin1_pcode"], "SY07");
}
