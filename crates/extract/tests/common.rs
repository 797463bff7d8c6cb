use marsad_places::Gazetteer;
use std::path::PathBuf;
use std::sync::OnceLock;

/// `../shared` beside the repository.
pub fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

/// The shared gazetteer (`MARSAD_GAZETTEER` overrides the path).
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(|| {
        let dir = std::env::var_os("MARSAD_GAZETTEER")
            .map(PathBuf::from)
            .unwrap_or_else(|| shared().join("gazetteer"));
        Gazetteer::load(&dir).expect("the shared gazetteer loads")
    })
}
