//! What the evaluation tests share: the shared data beside the repository and the
//! gazetteer loaded from it (or from `MARSAD_GAZETTEER`).

use marsad_places::Gazetteer;
use std::path::PathBuf;

pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

pub fn gazetteer() -> Gazetteer {
    let dir = std::env::var_os("MARSAD_GAZETTEER")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared().join("gazetteer"));
    Gazetteer::load(&dir).expect("gazetteer")
}
