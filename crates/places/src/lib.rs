//! marsad-places: the Syria gazetteer and the geoparser built on it.
//!
//! [`Gazetteer::load`] reads a gazetteer directory (the only I/O here);
//! [`Gazetteer::builtin`] gives the governorates alone when none is configured.
//! [`Gazetteer::find_mentions`] finds place names in a text whatever their
//! transliteration, and [`Gazetteer::resolve`] decides namesakes from evidence and
//! sets ACLED's precision code. Extraction calls these; it never loads files.

pub mod gazetteer;
pub mod geoparse;
pub mod load;
pub mod normalize;

pub use gazetteer::{distance_km, CoordQuality, Gazetteer, Place, PlaceId, PlaceKind};
pub use geoparse::{relation_at, spelling, PlaceMention, Relation, ResolvedPlace};
pub use load::LoadError;
