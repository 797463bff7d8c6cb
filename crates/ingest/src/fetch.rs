//! HTTP(S) GET with limits: a body larger than [`MAX_BODY`] or slower than
//! [`TIMEOUT`] is an error naming the URL, never a hang.

use std::io::Read;
use std::time::Duration;

pub const MAX_BODY: u64 = 32 << 20;
pub const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("{url}: {message}")]
    Failed { url: String, message: String },
}

/// Fetches `url`; returns the body as text (lossy UTF-8).
pub fn get(url: &str) -> Result<String, FetchError> {
    let fail = |message: String| FetchError::Failed {
        url: url.to_string(),
        message,
    };
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(fail("only http:// and https:// URLs are fetched".into()));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .build()
        .into();
    let resp = agent
        .get(url)
        .header("User-Agent", "marsad/0.1 (+conflict report ingest)")
        .call()
        .map_err(|e| fail(e.to_string()))?;
    let mut body = Vec::new();
    resp.into_body()
        .into_reader()
        .take(MAX_BODY + 1)
        .read_to_end(&mut body)
        .map_err(|e| fail(format!("reading the body: {e}")))?;
    if body.len() as u64 > MAX_BODY {
        return Err(fail(format!("body larger than {} MB", MAX_BODY >> 20)));
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}
