use std::path::PathBuf;

/// The shared gazetteer: `MARSAD_GAZETTEER`, else `../shared/gazetteer` beside the repository.
pub fn gazetteer_dir() -> PathBuf {
    std::env::var_os("MARSAD_GAZETTEER")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gazetteer")
        })
}
