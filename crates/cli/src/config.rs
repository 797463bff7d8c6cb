//! Where marsad finds its gazetteer and data: flags first, then environment
//! variables, then a config file (`marsad.toml` in the working directory or
//! `$XDG_CONFIG_HOME/marsad/config.toml`) of `key = "value"` lines.

use marsad_places::Gazetteer;
use std::path::{Path, PathBuf};

fn config_files() -> Vec<PathBuf> {
    let mut v = vec![PathBuf::from("marsad.toml")];
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME") {
        v.push(PathBuf::from(x).join("marsad/config.toml"));
    } else if let Some(h) = std::env::var_os("HOME") {
        v.push(PathBuf::from(h).join(".config/marsad/config.toml"));
    }
    v
}

/// A `key = "value"` from the first config file that has it.
pub fn config_value(key: &str) -> Option<String> {
    for f in config_files() {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for line in text.lines() {
            let line = line.trim();
            if let Some((k, v)) = line.split_once('=') {
                if k.trim() == key {
                    return Some(v.trim().trim_matches('"').to_string());
                }
            }
        }
    }
    None
}

/// Loads the gazetteer named by the flag, `MARSAD_GAZETTEER` or the config file;
/// falls back to the built-in governorate table with a message saying how to load
/// the full one.
pub fn gazetteer(flag: Option<&Path>, quiet: bool) -> anyhow::Result<Gazetteer> {
    let dir = flag
        .map(Path::to_path_buf)
        .or_else(|| std::env::var_os("MARSAD_GAZETTEER").map(PathBuf::from))
        .or_else(|| config_value("gazetteer").map(PathBuf::from));
    match dir {
        Some(d) => Gazetteer::load(&d).map_err(|e| anyhow::anyhow!("{e}")),
        None => {
            if !quiet {
                eprintln!(
                    "marsad: no gazetteer loaded: places resolve to governorates only. \
                     Give --gazetteer DIR, set MARSAD_GAZETTEER, or put gazetteer = \"DIR\" in marsad.toml \
                     (DIR holds communities.csv and admin.csv, e.g. ../shared/gazetteer)."
                );
            }
            Ok(Gazetteer::builtin())
        }
    }
}

/// The data directory: `MARSAD_DATA`, config `data_dir`, else `$XDG_DATA_HOME/marsad`
/// or `~/.local/share/marsad`.
pub fn data_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("MARSAD_DATA") {
        return PathBuf::from(d);
    }
    if let Some(d) = config_value("data_dir") {
        return PathBuf::from(d);
    }
    if let Some(x) = std::env::var_os("XDG_DATA_HOME") {
        return PathBuf::from(x).join("marsad");
    }
    std::env::var_os("HOME").map_or_else(
        || PathBuf::from(".marsad"),
        |h| PathBuf::from(h).join(".local/share/marsad"),
    )
}

/// The database: the flag, else `MARSAD_DB`, else `marsad.db` in the data directory.
pub fn db_path(flag: Option<&Path>) -> PathBuf {
    flag.map(Path::to_path_buf)
        .or_else(|| std::env::var_os("MARSAD_DB").map(PathBuf::from))
        .or_else(|| config_value("db").map(PathBuf::from))
        .unwrap_or_else(|| data_dir().join("marsad.db"))
}
