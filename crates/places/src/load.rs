//! Reading a gazetteer directory (the one place this crate touches the file system).
//!
//! Files, as in `shared/gazetteer/README.md`: `communities.csv`, `neighbourhoods.csv`,
//! `admin.csv`, `geonames_cities500.tsv`. Only `communities.csv` and `admin.csv` are
//! required; the others add names.

use crate::gazetteer::{
    governorate_rows, CoordQuality, Gazetteer, GazetteerBuilder, Place, PlaceId, PlaceKind,
};
use crate::normalize::name_parts;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("gazetteer directory {0} does not exist or is not a directory")]
    NotADirectory(PathBuf),
    #[error("gazetteer file {path}: {source}")]
    Csv { path: PathBuf, source: csv::Error },
    #[error("gazetteer file {path}, line {line}: missing column {column:?}")]
    MissingColumn {
        path: PathBuf,
        line: u64,
        column: &'static str,
    },
}

type Row = HashMap<String, String>;

fn read_rows(path: &Path, delimiter: u8) -> Result<Vec<(u64, Row)>, LoadError> {
    let err = |source| LoadError::Csv {
        path: path.to_path_buf(),
        source,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_path(path)
        .map_err(err)?;
    let headers = rdr.headers().map_err(err)?.clone();
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(err)?;
        let line = rec.position().map_or(0, |p| p.line());
        let row: Row = headers
            .iter()
            .zip(rec.iter())
            .map(|(h, v)| (h.to_string(), v.to_string()))
            .collect();
        out.push((line, row));
    }
    Ok(out)
}

fn col<'r>(
    path: &Path,
    line: u64,
    row: &'r Row,
    column: &'static str,
) -> Result<&'r str, LoadError> {
    row.get(column)
        .map(String::as_str)
        .ok_or_else(|| LoadError::MissingColumn {
            path: path.to_path_buf(),
            line,
            column,
        })
}

fn opt(row: &Row, column: &str) -> Option<String> {
    row.get(column)
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

impl Gazetteer {
    /// Loads the gazetteer in `dir`.
    pub fn load(dir: &Path) -> Result<Gazetteer, LoadError> {
        if !dir.is_dir() {
            return Err(LoadError::NotADirectory(dir.to_path_buf()));
        }
        let mut b = GazetteerBuilder::default();

        // Admin units first, so communities can find their sub-district centres.
        let path = dir.join("admin.csv");
        // Each admin unit's name key, to find the community named after it.
        let mut admin_keys: HashMap<String, String> = HashMap::new();
        for (line, row) in read_rows(&path, b',')? {
            let level: u8 = col(&path, line, &row, "level")?.parse().unwrap_or(0);
            let pcode = col(&path, line, &row, "ochaPcode")?.to_string();
            let kind = match level {
                1 => PlaceKind::Governorate,
                2 => PlaceKind::District,
                _ => PlaceKind::SubDistrict,
            };
            let name = col(&path, line, &row, "name_en")?.to_string();
            admin_keys.insert(pcode.clone(), crate::normalize::name_keys(&name).0);
            let lat = opt(&row, "centroid_lat")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0.0);
            let lon = opt(&row, "centroid_lon")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0.0);
            let pop: f32 = opt(&row, "population_2004")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0.0);
            let admin1 = Some(pcode[..4.min(pcode.len())].to_string());
            let mut names = vec![name.clone()];
            names.extend(opt(&row, "name_ar"));
            names.extend(
                opt(&row, "aliases")
                    .into_iter()
                    .flat_map(|a| a.split('|').map(str::to_string).collect::<Vec<_>>()),
            );
            let importance = match kind {
                PlaceKind::Governorate => 6.0,
                PlaceKind::District => 4.0,
                _ => 2.0,
            } + (pop.max(1.0)).log10() * 0.2;
            b.add(
                Place {
                    id: PlaceId(0),
                    pcode: Some(pcode.clone()),
                    name,
                    name_ar: opt(&row, "name_ar"),
                    kind,
                    admin1,
                    admin2: (level >= 2).then(|| pcode[..6.min(pcode.len())].to_string()),
                    admin3: (level == 3).then(|| pcode.clone()),
                    lat,
                    lon,
                    quality: CoordQuality::Centroid,
                    importance,
                    parent: None,
                },
                names,
            );
        }

        let path = dir.join("communities.csv");
        let mut unit_names: Vec<(String, String)> = Vec::new();
        for (line, row) in read_rows(&path, b',')? {
            // The communities file spells admin units as OCHA does ("Rural Damascus",
            // "Idleb", "Dar'a"): add those spellings to the units.
            for level in ["admin1", "admin2", "admin3"] {
                if let Some(pc) = opt(&row, &format!("{level}Pcode")) {
                    for lang in ["en", "ar"] {
                        if let Some(n) = opt(&row, &format!("{level}Name_{lang}")) {
                            unit_names.push((pc.clone(), n));
                        }
                    }
                }
            }
            let pcode = col(&path, line, &row, "admin4Pcode")?.to_string();
            let name = col(&path, line, &row, "admin4Name_en")?.to_string();
            let lat = col(&path, line, &row, "latitude")?.parse().unwrap_or(0.0);
            let lon = col(&path, line, &row, "longitude")?.parse().unwrap_or(0.0);
            let quality = match opt(&row, "coord_quality").as_deref() {
                Some(q) if q.starts_with('D') => CoordQuality::SubDistrictCentroid,
                _ => CoordQuality::Own,
            };
            let admin3 = opt(&row, "admin3Pcode");
            let admin2 = opt(&row, "admin2Pcode");
            // A community that gives its name to its sub-district or district is its
            // centre, and better documented than a namesake village.
            // OCHA joins a town and its neighbour ("Maskana - Onaiza"): either part may be
            // the unit's name.
            let keys: Vec<String> = name_parts(&name)
                .map(|a| crate::normalize::name_keys(a).0)
                .collect();
            let centre_of = |p: &Option<String>| {
                p.as_ref()
                    .and_then(|c| admin_keys.get(c))
                    .is_some_and(|k| keys.contains(k))
            };
            let importance = 1.0
                + if centre_of(&admin2) {
                    2.5
                } else if centre_of(&admin3) {
                    1.2
                } else {
                    0.0
                };
            let mut names = vec![name.clone()];
            names.extend(opt(&row, "admin4Name_ar"));
            // Reports drop OCHA's qualifiers: "Big Amya" is "Amya", "Tokhar Kabir" is "Tokhar".
            for alt in name_parts(&name) {
                let words: Vec<&str> = alt.split_whitespace().collect();
                const QUALIFIERS: &[&str] = &[
                    "big", "little", "upper", "lower", "kabir", "saghir", "sghir", "foqani",
                    "tahtani", "sharqi", "gharbi", "eastern", "western", "northern", "southern",
                    "new", "old",
                ];
                if words.len() >= 2 {
                    if QUALIFIERS.contains(&words[0].to_lowercase().as_str()) {
                        names.push(words[1..].join(" "));
                    } else if QUALIFIERS.contains(&words[words.len() - 1].to_lowercase().as_str()) {
                        names.push(words[..words.len() - 1].join(" "));
                    }
                }
            }
            b.add(
                Place {
                    id: PlaceId(0),
                    pcode: Some(pcode),
                    name,
                    name_ar: opt(&row, "admin4Name_ar"),
                    kind: PlaceKind::Community,
                    admin1: opt(&row, "admin1Pcode"),
                    admin2,
                    admin3,
                    lat,
                    lon,
                    quality,
                    importance,
                    parent: None,
                },
                names,
            );
        }

        unit_names.sort();
        unit_names.dedup();
        for (pc, n) in unit_names {
            if let Some(id) = b.find_pcode(&pc) {
                b.add_name(id, n);
            }
        }

        let path = dir.join("neighbourhoods.csv");
        if path.exists() {
            for (line, row) in read_rows(&path, b',')? {
                let city = col(&path, line, &row, "admin4Pcode")?;
                let Some(city_id) = b.find_pcode(city) else {
                    continue;
                };
                let c = b.places()[city_id.0 as usize].clone();
                let name = col(&path, line, &row, "name_en")?.to_string();
                let mut names = vec![name.clone()];
                names.extend(opt(&row, "name_ar"));
                b.add(
                    Place {
                        id: PlaceId(0),
                        pcode: opt(&row, "neighbourhoodPcode"),
                        name,
                        name_ar: opt(&row, "name_ar"),
                        kind: PlaceKind::Neighbourhood,
                        importance: 0.5,
                        parent: Some(city_id),
                        quality: c.quality,
                        ..c
                    },
                    names,
                );
            }
        }

        let path = dir.join("geonames_cities500.tsv");
        if path.exists() {
            for (line, row) in read_rows(&path, b'\t')? {
                let name = col(&path, line, &row, "name")?.to_string();
                let pop: f32 = opt(&row, "population")
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0.0);
                let mut names = vec![name.clone()];
                // Other spellings, some of them loose ("Ma`ratah" for Mare'): a place
                // found only through one of them weighs less beside a namesake found
                // through its own name.
                let mut others = Vec::new();
                for (column, list) in [("names_ar", &mut names), ("names_other", &mut others)] {
                    for n in opt(&row, column).unwrap_or_default().split('|') {
                        // Lower-case ASCII entries are machine romanisations of the Arabic
                        // ("alswst"): they only add collisions.
                        if n.chars()
                            .any(|c| c.is_uppercase() || crate::normalize::is_arabic_char(c))
                        {
                            list.push(n.to_string());
                        }
                    }
                }
                let bonus = (pop.max(1.0)).log10() * 0.6;
                let lat: f64 = col(&path, line, &row, "latitude")?.parse().unwrap_or(0.0);
                let lon: f64 = col(&path, line, &row, "longitude")?.parse().unwrap_or(0.0);
                // GeoNames leaves some towns unmatched that OCHA has under another
                // spelling a few km away: one place, not two namesakes.
                // The file's own match is trusted only when the two points are close: a
                // match across the country is a namesake mistaken for the town.
                let matched = opt(&row, "ocha_admin4Pcode_match")
                    .and_then(|p| b.find_pcode(&p))
                    .filter(|id| {
                        let p = &b.places()[id.0 as usize];
                        p.quality != CoordQuality::Own
                            || crate::gazetteer::distance_km((p.lat, p.lon), (lat, lon)) < 25.0
                    })
                    .or_else(|| {
                        let keys: Vec<String> = names
                            .iter()
                            .chain(&others)
                            .map(|n| crate::normalize::name_keys(n).1)
                            .collect();
                        b.places()
                            .iter()
                            .filter(|p| p.kind == PlaceKind::Community)
                            .filter(|p| {
                                crate::gazetteer::distance_km((p.lat, p.lon), (lat, lon)) < 12.0
                            })
                            .find(|p| {
                                let k = crate::normalize::name_keys(&p.name).1;
                                keys.contains(&k)
                                    || p.name_ar.as_ref().is_some_and(|a| names.contains(a))
                            })
                            .map(|p| p.id)
                    });
                match matched {
                    Some(id) => {
                        b.place_mut(id).importance += bonus;
                        for n in names {
                            b.add_name(id, n);
                        }
                        for n in others {
                            b.add_other_name(id, n);
                        }
                    }
                    None => {
                        let id = b.add(
                            Place {
                                id: PlaceId(0),
                                pcode: None,
                                name,
                                name_ar: None,
                                kind: PlaceKind::Town,
                                admin1: opt(&row, "ochaAdmin1Pcode"),
                                admin2: None,
                                admin3: None,
                                lat,
                                lon,
                                quality: CoordQuality::Own,
                                importance: 1.0 + bonus,
                                parent: None,
                            },
                            names,
                        );
                        for n in others {
                            b.add_other_name(id, n);
                        }
                    }
                }
            }
        }
        Ok(b.build(dir.display().to_string(), false))
    }

    /// The small built-in table: governorates only. Used when no gazetteer is given.
    pub fn builtin() -> Gazetteer {
        let mut b = GazetteerBuilder::default();
        for [pcode, name, names, lat, lon, _seat] in governorate_rows() {
            b.add(
                Place {
                    id: PlaceId(0),
                    pcode: Some(pcode.to_string()),
                    name: name.to_string(),
                    name_ar: None,
                    kind: PlaceKind::Governorate,
                    admin1: Some(pcode.to_string()),
                    admin2: None,
                    admin3: None,
                    lat: lat.parse().unwrap_or(0.0),
                    lon: lon.parse().unwrap_or(0.0),
                    quality: CoordQuality::Centroid,
                    importance: 6.0,
                    parent: None,
                },
                names.split('|').map(str::to_string),
            );
        }
        b.build("built-in governorate table".to_string(), true)
    }
}
