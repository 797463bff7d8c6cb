//! marsad-server: the JSON API and the dashboard.
//!
//! `serve` binds an address and answers:
//! - `GET /api/events` (filters, cursor pagination), `GET /api/events/{id}` (mentions,
//!   spans, excerpts), `GET /api/tallies`, `GET /api/documents/{id}`, `GET /api/stats`,
//!   `GET /api/export?format=…`, `GET /api/governorates`, `GET /api/openapi.json`;
//! - `POST /api/documents` (needs a token made by `marsad token create`);
//! - the dashboard (`/`, `/assets/…`), compiled into the binary, with no CDN.
//!
//! Every request is bounded: body size, a per-client request rate and a time-out.
//! Errors are JSON (`{"error": "…"}`); no input reaches SQL except as parameters.

use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use marsad_extract::Extractor;
use marsad_model::{Date, Document, Party};
use marsad_places::Gazetteer;
use marsad_store::{EventQuery, ExportFormat, SqliteStore, Store};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const OPENAPI: &str = include_str!("../openapi.json");
pub const MAX_BODY: usize = 2 << 20;
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Server settings.
#[derive(Clone, Debug)]
pub struct Config {
    pub db: PathBuf,
    /// Reading needs a token too (closed deployments).
    pub read_requires_token: bool,
    /// Requests per second allowed per client address (burst of twice that).
    pub rate_per_sec: f64,
    /// Read connections to the database.
    pub readers: usize,
}

struct Limiter {
    buckets: Mutex<HashMap<std::net::IpAddr, (f64, Instant)>>,
    rate: f64,
}

impl Limiter {
    fn allow(&self, ip: std::net::IpAddr) -> bool {
        let mut b = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        let burst = self.rate * 2.0;
        let e = b.entry(ip).or_insert((burst, now));
        e.0 = (e.0 + now.duration_since(e.1).as_secs_f64() * self.rate).min(burst);
        e.1 = now;
        if e.0 >= 1.0 {
            e.0 -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Recent listing responses by query string. Dashboards ask the same questions
/// again and again; an answer is reused for at most `CACHE_TTL`, and never across
/// a write made through this server.
struct ResponseCache {
    entries: Mutex<HashMap<String, (Instant, u64, Bytes)>>,
    generation: std::sync::atomic::AtomicU64,
}

pub const CACHE_TTL: Duration = Duration::from_secs(2);
const CACHE_ENTRIES: usize = 512;

impl ResponseCache {
    fn get(&self, key: &str) -> Option<Bytes> {
        let gen = self.generation.load(Ordering::Acquire);
        let m = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        m.get(key)
            .filter(|(t, g, _)| *g == gen && t.elapsed() < CACHE_TTL)
            .map(|(_, _, b)| b.clone())
    }
    fn put(&self, key: String, body: Bytes) {
        let gen = self.generation.load(Ordering::Acquire);
        let mut m = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if m.len() >= CACHE_ENTRIES {
            m.retain(|_, (t, g, _)| *g == gen && t.elapsed() < CACHE_TTL);
            if m.len() >= CACHE_ENTRIES {
                m.clear();
            }
        }
        m.insert(key, (Instant::now(), gen, body));
    }
    fn invalidate(&self) {
        self.generation.fetch_add(1, Ordering::AcqRel);
    }
}

pub struct AppState {
    cache: ResponseCache,
    readers: Vec<Mutex<SqliteStore>>,
    writer: Mutex<SqliteStore>,
    next: AtomicUsize,
    extractor: Extractor<'static>,
    gazetteer: &'static Gazetteer,
    config: Config,
    limiter: Limiter,
}

type Shared = Arc<AppState>;

/// An API error: a status and a message, sent as JSON.
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(serde_json::json!({"error": self.1}))).into_response()
    }
}

fn bad(msg: impl Into<String>) -> ApiError {
    ApiError(StatusCode::BAD_REQUEST, msg.into())
}

impl From<marsad_store::StoreError> for ApiError {
    fn from(e: marsad_store::StoreError) -> ApiError {
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("database: {e}"))
    }
}

/// The SHA-256 of a token, hex: what the database keeps.
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A new random token (32 bytes from the OS, hex).
pub fn new_token() -> std::io::Result<String> {
    use std::io::Read;
    let mut b = [0u8; 32];
    std::fs::File::open("/dev/urandom")?.read_exact(&mut b)?;
    Ok(b.iter().map(|x| format!("{x:02x}")).collect())
}

impl AppState {
    pub fn new(config: Config, gazetteer: &'static Gazetteer) -> anyhow::Result<AppState> {
        let writer = SqliteStore::open(&config.db)?;
        let readers = (0..config.readers.max(1))
            .map(|_| SqliteStore::open(&config.db).map(Mutex::new))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(AppState {
            cache: ResponseCache {
                entries: Mutex::new(HashMap::new()),
                generation: std::sync::atomic::AtomicU64::new(0),
            },
            readers,
            writer: Mutex::new(writer),
            next: AtomicUsize::new(0),
            extractor: Extractor::new(gazetteer),
            gazetteer,
            limiter: Limiter {
                buckets: Mutex::new(HashMap::new()),
                rate: config.rate_per_sec,
            },
            config,
        })
    }

    /// Runs `f` on a read connection, off the async threads.
    async fn read<T: Send + 'static>(
        self: &Arc<Self>,
        f: impl FnOnce(&SqliteStore) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let st = self.clone();
        tokio::task::spawn_blocking(move || {
            let n = st.readers.len();
            let start = st.next.fetch_add(1, Ordering::Relaxed);
            // Take a free connection if there is one, else wait for ours.
            for k in 0..n {
                if let Ok(c) = st.readers[(start + k) % n].try_lock() {
                    return f(&c);
                }
            }
            let c = st.readers[start % n]
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            f(&c)
        })
        .await
        .map_err(|e| {
            ApiError(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("worker failed: {e}"),
            )
        })?
    }

    fn authorised(&self, headers: &HeaderMap) -> bool {
        let Some(token) = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return false;
        };
        let h = token_hash(token);
        let c = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        c.has_token_hash(&h).unwrap_or(false)
    }
}

/// Query parameters of event listings and exports.
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    pub since: Option<String>,
    pub until: Option<String>,
    pub admin1: Option<String>,
    pub party: Option<String>,
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    pub min_fatalities: Option<u32>,
    /// "min_lon,min_lat,max_lon,max_lat"
    pub bbox: Option<String>,
    pub limit: Option<usize>,
    pub cursor: Option<i64>,
    pub include_earlier: Option<bool>,
    pub format: Option<String>,
}

fn query_of(f: &Filters, gaz: &Gazetteer) -> Result<EventQuery, ApiError> {
    let date = |s: &Option<String>, name: &str| -> Result<Option<Date>, ApiError> {
        s.as_deref()
            .filter(|s| !s.is_empty())
            .map(|s| {
                Date::parse_iso(s)
                    .ok_or_else(|| bad(format!("{name}: {s:?} is not a YYYY-MM-DD date")))
            })
            .transpose()
    };
    let admin1 = match f.admin1.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(a) if a.len() == 4 && a.to_uppercase().starts_with("SY") => Some(a.to_uppercase()),
        Some(a) => Some(
            gaz.governorate_named(a)
                .and_then(|p| p.pcode.clone())
                .ok_or_else(|| bad(format!("admin1: {a:?} is not a governorate")))?,
        ),
    };
    let party = f
        .party
        .as_deref()
        .filter(|s| !s.is_empty())
        .map(|p| Party::parse(p).ok_or_else(|| bad(format!("party: {p:?} is not a party"))))
        .transpose()?;
    let bbox = match f.bbox.as_deref().filter(|s| !s.is_empty()) {
        None => None,
        Some(b) => {
            let v: Vec<f64> = b
                .split(',')
                .map(|x| x.trim().parse::<f64>())
                .collect::<Result<_, _>>()
                .map_err(|_| bad("bbox: four numbers, min_lon,min_lat,max_lon,max_lat"))?;
            match v.as_slice() {
                [a, b, c, d] if a <= c && b <= d && v.iter().all(|x| x.is_finite()) => {
                    Some((*a, *b, *c, *d))
                }
                _ => return Err(bad("bbox: four numbers, min_lon,min_lat,max_lon,max_lat")),
            }
        }
    };
    Ok(EventQuery {
        since: date(&f.since, "since")?,
        until: date(&f.until, "until")?,
        admin1_pcode: admin1,
        party,
        event_type: f.event_type.clone().filter(|s| !s.is_empty()),
        min_fatalities: f.min_fatalities,
        bbox,
        after_id: f.cursor,
        limit: Some(f.limit.unwrap_or(500).clamp(1, 5000)),
        include_earlier: f.include_earlier.unwrap_or(false),
    })
}

/// Query strings that do not parse get the same JSON errors as the rest.
fn filters(
    q: Result<Query<Filters>, axum::extract::rejection::QueryRejection>,
) -> Result<Filters, ApiError> {
    q.map(|Query(f)| f).map_err(|e| bad(e.body_text()))
}

async fn list_events(
    State(st): State<Shared>,
    uri: axum::http::Uri,
    q: Result<Query<Filters>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let key = format!("events?{}", uri.query().unwrap_or(""));
    if let Some(body) = st.cache.get(&key) {
        return Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response());
    }
    let f = filters(q)?;
    let q = query_of(&f, st.gazetteer)?;
    let limit = q.limit.unwrap_or(500);
    let events = st.read(move |s| Ok(s.events(&q)?)).await?;
    let next = (events.len() == limit)
        .then(|| events.last().map(|e| e.id))
        .flatten();
    #[derive(serde::Serialize)]
    struct Page {
        count: usize,
        next_cursor: Option<i64>,
        events: Vec<marsad_store::StoredEvent>,
    }
    let body = Bytes::from(
        serde_json::to_vec(&Page {
            count: events.len(),
            next_cursor: next,
            events,
        })
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?,
    );
    st.cache.put(key, body.clone());
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}

async fn get_event(State(st): State<Shared>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| bad(format!("event id {id:?} is not a number")))?;
    match st.read(move |s| Ok(s.event(id)?)).await? {
        Some(e) => Ok(Json(e).into_response()),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no event {id}"))),
    }
}

async fn get_document(
    State(st): State<Shared>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| bad(format!("document id {id:?} is not a number")))?;
    match st.read(move |s| Ok(s.document(id)?)).await? {
        Some(d) => Ok(Json(d).into_response()),
        None => Err(ApiError(StatusCode::NOT_FOUND, format!("no document {id}"))),
    }
}

async fn tallies(State(st): State<Shared>) -> Result<Response, ApiError> {
    Ok(Json(st.read(|s| Ok(s.tallies()?)).await?).into_response())
}

async fn stats(State(st): State<Shared>) -> Result<Response, ApiError> {
    Ok(Json(st.read(|s| Ok(s.stats()?)).await?).into_response())
}

async fn governorates(State(st): State<Shared>) -> Response {
    let g: Vec<serde_json::Value> = st
        .gazetteer
        .places
        .iter()
        .filter(|p| p.kind == marsad_places::PlaceKind::Governorate)
        .map(|p| serde_json::json!({"pcode": p.pcode, "name": p.name, "lat": p.lat, "lon": p.lon}))
        .collect();
    Json(g).into_response()
}

async fn export(
    State(st): State<Shared>,
    q: Result<Query<Filters>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let f = filters(q)?;
    let name = f.format.clone().unwrap_or_else(|| "jsonl".into());
    let fmt = ExportFormat::parse(&name).ok_or_else(|| {
        bad(format!(
            "format {name:?}: use acled-csv, ucdp-csv, geojson or jsonl"
        ))
    })?;
    let mut q = query_of(&f, st.gazetteer)?;
    q.limit = f.limit;
    let body = st
        .read(move |s| {
            let mut out = Vec::new();
            marsad_store::export(s, &q, fmt, &mut out)?;
            Ok(out)
        })
        .await?;
    let ctype = match fmt {
        ExportFormat::AcledCsv | ExportFormat::UcdpCsv => "text/csv; charset=utf-8",
        ExportFormat::GeoJson => "application/geo+json",
        ExportFormat::Jsonl => "application/x-ndjson",
    };
    Ok(([(header::CONTENT_TYPE, ctype)], body).into_response())
}

#[derive(Deserialize)]
struct PostedDocument {
    id: String,
    text: String,
    title: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

async fn post_documents(
    State(st): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    if !st.authorised(&headers) {
        return Err(ApiError(
            StatusCode::UNAUTHORIZED,
            "writing needs a token: Authorization: Bearer <token> (marsad token create)".into(),
        ));
    }
    let text = std::str::from_utf8(&body).map_err(|_| bad("body is not UTF-8"))?;
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| bad(format!("body is not JSON: {e}")))?;
    let items = match value {
        serde_json::Value::Array(a) => a,
        v => vec![v],
    };
    if items.is_empty() || items.len() > 1000 {
        return Err(bad("send 1 to 1000 documents"));
    }
    let mut docs = Vec::new();
    for (i, v) in items.into_iter().enumerate() {
        let p: PostedDocument =
            serde_json::from_value(v).map_err(|e| bad(format!("document {i}: {e}")))?;
        if p.text.trim().is_empty() || p.id.trim().is_empty() {
            return Err(bad(format!("document {i}: empty id or text")));
        }
        let published = p
            .published
            .as_deref()
            .map(|s| {
                Date::parse_iso(s)
                    .ok_or_else(|| bad(format!("document {i}: published {s:?} is not YYYY-MM-DD")))
            })
            .transpose()?;
        docs.push(Document {
            id: p.id,
            text: p.text,
            title: p.title,
            published,
            source: Some(p.source.unwrap_or_else(|| "api".into())),
        });
    }
    let st2 = st.clone();
    let outcomes = tokio::task::spawn_blocking(move || {
        let batch: Vec<_> = docs
            .iter()
            .map(|d| (d.clone(), st2.extractor.extract(d)))
            .collect();
        let mut w = st2.writer.lock().unwrap_or_else(|e| e.into_inner());
        let r = w.ingest_batch(&batch, "api");
        st2.cache.invalidate();
        r
    })
    .await
    .map_err(|e| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("worker failed: {e}"),
        )
    })??;
    Ok((
        StatusCode::CREATED,
        Json(serde_json::json!({"outcomes": outcomes})),
    )
        .into_response())
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// Per-client rate limit, time-out, closed reading, and security headers.
async fn guard(
    State(st): State<Shared>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    req: Request,
    next: Next,
) -> Response {
    if !st.limiter.allow(addr.ip()) {
        return ApiError(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests: slow down".into(),
        )
        .into_response();
    }
    let is_api_read = req.uri().path().starts_with("/api/")
        && req.method() == axum::http::Method::GET
        && req.uri().path() != "/api/openapi.json";
    if st.config.read_requires_token && is_api_read && !st.authorised(req.headers()) {
        return ApiError(
            StatusCode::UNAUTHORIZED,
            "reading is closed on this server: send a token".into(),
        )
        .into_response();
    }
    let mut resp = match tokio::time::timeout(TIMEOUT, next.run(req)).await {
        Ok(r) => r,
        Err(_) => ApiError(
            StatusCode::GATEWAY_TIMEOUT,
            "the request took too long".into(),
        )
        .into_response(),
    };
    let h = resp.headers_mut();
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        "content-security-policy",
        HeaderValue::from_static("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'"),
    );
    resp
}

async fn not_found() -> ApiError {
    ApiError(StatusCode::NOT_FOUND, "no such route".into())
}

/// Every route, for the OpenAPI test.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/api/events"),
    ("get", "/api/events/{id}"),
    ("get", "/api/tallies"),
    ("get", "/api/documents/{id}"),
    ("post", "/api/documents"),
    ("get", "/api/stats"),
    ("get", "/api/export"),
    ("get", "/api/governorates"),
    ("get", "/api/openapi.json"),
];

pub fn router(state: Shared) -> Router {
    Router::new()
        .route("/api/events", get(list_events))
        .route("/api/events/{id}", get(get_event))
        .route("/api/tallies", get(tallies))
        .route("/api/documents/{id}", get(get_document))
        .route("/api/documents", axum::routing::post(post_documents))
        .route("/api/stats", get(stats))
        .route("/api/export", get(export))
        .route("/api/governorates", get(governorates))
        .route("/api/openapi.json", get(openapi))
        .route("/", get(assets::index))
        .route("/assets/{*path}", get(assets::asset))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        .with_state(state)
}

mod assets;

/// Serves until Ctrl-C. Prints the bound address (useful with port 0).
pub async fn serve(listen: &str, state: AppState) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {listen}: {e}"))?;
    let addr = listener.local_addr()?;
    eprintln!("marsad: listening on http://{addr}");
    let app = router(Arc::new(state));
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}
