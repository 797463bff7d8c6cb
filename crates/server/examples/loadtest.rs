//! Load test: N concurrent clients send filtered `GET /api/events` to a running
//! server on localhost for a fixed time; prints p50/p99 latency, requests per
//! second and errors.
//!
//! usage: cargo run --release -p marsad-server --example loadtest -- http://127.0.0.1:8080 [clients=64] [seconds=20]

use std::time::{Duration, Instant};

const QUERIES: &[&str] = &[
    "/api/events?admin1=SY09&limit=100",
    "/api/events?party=isis&min_fatalities=1&limit=100",
    "/api/events?since=2020-01-01&until=2020-03-31&limit=100",
    "/api/events?type=battles&admin1=SY07&limit=100",
    "/api/events?bbox=36.0,35.0,37.5,36.5&limit=100",
    "/api/events?party=regime&admin1=Aleppo&since=2017-01-01&limit=50",
    "/api/events?min_fatalities=5&limit=100",
    "/api/events?limit=100&cursor=50000",
];

const TRIVIAL: &[&str] = &["/api/openapi.json"];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let base = args
        .get(1)
        .cloned()
        .unwrap_or_else(|| "http://127.0.0.1:8080".into());
    let clients: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(64);
    let secs: u64 = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(20);
    // 4th argument: "fixed" (the 8 queries above, default), "varied" (2,016 distinct
    // filter combinations: governorate x party x month), "uncached" (the same, every
    // request unique), or "trivial" (a static route).
    let mode = args.get(4).cloned().unwrap_or_else(|| "fixed".into());
    let varied: Vec<String> = {
        let parties = [
            "isis",
            "regime",
            "sdf",
            "hts",
            "opposition",
            "turkish_backed_factions",
        ];
        let mut v = Vec::new();
        for g in 1..=14 {
            for p in parties {
                for m in 0..24 {
                    let (y, mo) = (2017 + m / 12, 1 + m % 12);
                    v.push(format!(
                        "/api/events?admin1=SY{g:02}&party={p}&since={y}-{mo:02}-01&limit=100"
                    ));
                }
            }
        }
        v
    };
    let queries: Vec<String> = match mode.as_str() {
        "trivial" => TRIVIAL.iter().map(|s| s.to_string()).collect(),
        "varied" | "uncached" => varied,
        _ => QUERIES.iter().map(|s| s.to_string()).collect(),
    };
    let queries: &'static [String] = Box::leak(queries.into_boxed_slice());
    let deadline = Instant::now() + Duration::from_secs(secs);
    let handles: Vec<_> = (0..clients)
        .map(|c| {
            let base = base.clone();
            let mode = mode.clone();
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .build()
                    .into();
                let mut lat = Vec::new();
                let mut errors = 0usize;
                let mut i = c;
                while Instant::now() < deadline {
                    // "uncached": every request differs (a cursor below every id), so none is answered from the cache.
                    let url = if mode == "uncached" {
                        format!(
                            "{base}{}&cursor=-{}",
                            queries[i % queries.len()],
                            i * 64 + c
                        )
                    } else {
                        format!("{base}{}", queries[i % queries.len()])
                    };
                    i += 1;
                    let t = Instant::now();
                    match agent.get(&url).call() {
                        Ok(mut r) if r.status().as_u16() == 200 => {
                            let _ = r.body_mut().read_to_vec();
                            lat.push(t.elapsed());
                        }
                        _ => errors += 1,
                    }
                }
                (lat, errors)
            })
        })
        .collect();
    let mut all = Vec::new();
    let mut errors = 0;
    for h in handles {
        let (l, e) = h.join().expect("client thread");
        all.extend(l);
        errors += e;
    }
    all.sort();
    let pct = |p: f64| {
        all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    println!(
        "{mode}: clients {clients}, {secs} s: {} requests, {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, errors {errors}",
        all.len(),
        all.len() as f64 / secs as f64,
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1000.0
    );
}
