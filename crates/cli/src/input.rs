//! Reading documents: plain-text files (one report each), JSON Lines, standard
//! input. Bad input is reported by file and line and skipped; it never stops the
//! others.

use marsad_model::{Date, Document};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The longest line or file read; longer ones are rejected, not loaded.
pub const MAX_DOC_BYTES: usize = 16 << 20;

#[derive(Debug)]
pub struct InputError {
    pub source: String,
    pub line: Option<usize>,
    pub problem: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.source, l, self.problem),
            None => write!(f, "{}: {}", self.source, self.problem),
        }
    }
}

#[derive(serde::Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: String,
    title: Option<String>,
    published: Option<String>,
    source: Option<String>,
}

fn check_text(bytes: Vec<u8>, source: &str, line: Option<usize>) -> Result<String, InputError> {
    let err = |problem: String| InputError {
        source: source.to_string(),
        line,
        problem,
    };
    if bytes.contains(&0) {
        return Err(err("binary data (NUL bytes), not a text report".into()));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        err(format!(
            "not UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.trim().is_empty() {
        return Err(err("empty document".into()));
    }
    Ok(text)
}

fn stem(p: &Path) -> String {
    p.file_stem().map_or_else(
        || p.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn is_jsonl(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// Reads one line of at most `MAX_DOC_BYTES`; longer lines are consumed and reported.
fn bounded_line(r: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<Option<bool>> {
    buf.clear();
    let mut too_long = false;
    loop {
        let chunk = r.fill_buf()?;
        if chunk.is_empty() {
            return Ok(if buf.is_empty() && !too_long {
                None
            } else {
                Some(too_long)
            });
        }
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(p) => (p + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > MAX_DOC_BYTES {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(take);
        if done {
            return Ok(Some(too_long));
        }
    }
}

/// Parses JSON Lines from a reader. Each bad line becomes an error; the rest go on.
pub fn read_jsonl(
    r: impl Read,
    source: &str,
    published: Option<Date>,
    docs: &mut Vec<Document>,
    errors: &mut Vec<InputError>,
) {
    let mut r = BufReader::with_capacity(1 << 16, r);
    let mut buf = Vec::new();
    let mut line = 0;
    loop {
        line += 1;
        let too_long = match bounded_line(&mut r, &mut buf) {
            Ok(Some(t)) => t,
            Ok(None) => break,
            Err(e) => {
                errors.push(InputError {
                    source: source.into(),
                    line: Some(line),
                    problem: format!("read failed: {e}"),
                });
                break;
            }
        };
        if too_long {
            errors.push(InputError {
                source: source.into(),
                line: Some(line),
                problem: format!("line longer than {} MB: skipped", MAX_DOC_BYTES >> 20),
            });
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = match check_text(std::mem::take(&mut buf), source, Some(line)) {
            Ok(t) => t,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        match serde_json::from_str::<JsonDoc>(&text) {
            Ok(j) => {
                let pub_date = match j.published.as_deref() {
                    Some(s) => match Date::parse_iso(s) {
                        Some(d) => Some(d),
                        None => {
                            errors.push(InputError {
                                source: source.into(),
                                line: Some(line),
                                problem: format!(
                                    "\"published\" is not YYYY-MM-DD: {s:?}; read without it"
                                ),
                            });
                            None
                        }
                    },
                    None => published,
                };
                if j.text.trim().is_empty() {
                    errors.push(InputError {
                        source: source.into(),
                        line: Some(line),
                        problem: "empty \"text\"".into(),
                    });
                    continue;
                }
                let id = match j.id {
                    Some(serde_json::Value::String(s)) => s,
                    Some(v) if !v.is_null() => v.to_string(),
                    _ => format!("{source}:{line}"),
                };
                docs.push(Document {
                    id,
                    text: j.text,
                    title: j.title,
                    published: pub_date,
                    source: j.source,
                });
            }
            Err(e) => errors.push(InputError {
                source: source.into(),
                line: Some(line),
                problem: format!("malformed JSON: {e}"),
            }),
        }
    }
}

/// Collects files below `path` (recursively for directories), sorted for a stable order.
pub fn expand(path: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    match std::fs::metadata(path) {
        Ok(m) if m.is_dir() => match std::fs::read_dir(path) {
            Ok(rd) => {
                let mut entries: Vec<PathBuf> =
                    rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                entries.sort();
                for e in entries {
                    expand(&e, out, errors);
                }
            }
            Err(e) => errors.push(InputError {
                source: path.display().to_string(),
                line: None,
                problem: format!("cannot list directory: {e}"),
            }),
        },
        Ok(_) => out.push(path.to_path_buf()),
        Err(e) => errors.push(InputError {
            source: path.display().to_string(),
            line: None,
            problem: format!("cannot open: {e}"),
        }),
    }
}

/// Reads documents from paths ("-" is standard input, JSON Lines or one text).
pub fn read_inputs(paths: &[PathBuf], published: Option<Date>) -> (Vec<Document>, Vec<InputError>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let mut files = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push(p.clone());
        } else {
            expand(p, &mut files, &mut errors);
        }
    }
    for f in files {
        let source = f.display().to_string();
        if f.as_os_str() == "-" {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin()
                .lock()
                .take(MAX_DOC_BYTES as u64 + 1)
                .read_to_end(&mut bytes)
            {
                errors.push(InputError {
                    source: "-".into(),
                    line: None,
                    problem: format!("read failed: {e}"),
                });
                continue;
            }
            let first = bytes.iter().find(|b| !b.is_ascii_whitespace()).copied();
            if first == Some(b'{') {
                read_jsonl(&bytes[..], "-", published, &mut docs, &mut errors);
            } else if bytes.len() > MAX_DOC_BYTES {
                errors.push(InputError {
                    source: "-".into(),
                    line: None,
                    problem: format!("input longer than {} MB", MAX_DOC_BYTES >> 20),
                });
            } else {
                match check_text(bytes, "-", None) {
                    Ok(text) => docs.push(Document {
                        id: "stdin".into(),
                        text,
                        title: None,
                        published,
                        source: None,
                    }),
                    Err(e) => errors.push(e),
                }
            }
            continue;
        }
        if is_jsonl(&f) {
            match std::fs::File::open(&f) {
                Ok(file) => read_jsonl(file, &source, published, &mut docs, &mut errors),
                Err(e) => errors.push(InputError {
                    source,
                    line: None,
                    problem: format!("cannot open: {e}"),
                }),
            }
            continue;
        }
        match std::fs::metadata(&f) {
            Ok(m) if m.len() as usize > MAX_DOC_BYTES => {
                errors.push(InputError {
                    source,
                    line: None,
                    problem: format!(
                        "file of {} bytes is larger than {} MB: not a report",
                        m.len(),
                        MAX_DOC_BYTES >> 20
                    ),
                });
                continue;
            }
            Err(e) => {
                errors.push(InputError {
                    source,
                    line: None,
                    problem: format!("cannot open: {e}"),
                });
                continue;
            }
            _ => {}
        }
        match std::fs::read(&f) {
            Ok(bytes) => match check_text(bytes, &source, None) {
                Ok(text) => docs.push(Document {
                    id: stem(&f),
                    text,
                    title: None,
                    published,
                    source: None,
                }),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(InputError {
                source,
                line: None,
                problem: format!("cannot read: {e}"),
            }),
        }
    }
    (docs, errors)
}
