//! Helpers shared by the binary's tests.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// `../shared` beside the repository.
pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// The `marsad` binary with the shared gazetteer configured.
pub fn marsad() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_marsad"));
    c.env(
        "MARSAD_GAZETTEER",
        std::env::var_os("MARSAD_GAZETTEER").unwrap_or_else(|| shared().join("gazetteer").into()),
    );
    c
}

/// A fresh temporary directory for one test.
pub fn tmp(prefix: &str, name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("marsad-{prefix}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}
