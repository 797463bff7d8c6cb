//! The gazetteer index: every place with its names, keys and point.
//!
//! Built from `shared/gazetteer`-style CSV files (see [`crate::load`]) or from the
//! small built-in governorate table. Matching and resolution read it; nothing
//! mutates it after construction.

use crate::normalize::{name_key_variants, name_keys, name_parts};
use std::collections::{HashMap, HashSet};

/// The hasher of the look-up tables read on every word of a text (keys are ours, not
/// an attacker's, so a fast hash is safe).
pub(crate) type FastHash = foldhash::fast::RandomState;
/// A set of lower-case words with [`FastHash`].
pub(crate) type FastSet = std::collections::HashSet<String, FastHash>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    Governorate,
    District,
    SubDistrict,
    Community,
    Neighbourhood,
    /// A facility or quarter from the project's landmark file (an airbase, a camp, a
    /// neighbourhood the gazetteer lacks): a point, if an approximate one.
    Landmark,
    /// A named region from the landmark file ("Eastern Ghouta", "Jabal al-Zawiya").
    Area,
    /// A GeoNames town with no OCHA community match.
    Town,
}

impl PlaceKind {
    pub fn is_admin(self) -> bool {
        matches!(
            self,
            PlaceKind::Governorate | PlaceKind::District | PlaceKind::SubDistrict
        )
    }
}

/// How good a place's point is (OCHA's `coord_quality`, or ours for landmarks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoordQuality {
    /// The place's own point (OCHA quality A, B or C).
    Own,
    /// Only the sub-district's centroid (OCHA quality D): resolve coarser.
    SubDistrictCentroid,
    /// A centroid of an area (admin units).
    Centroid,
    /// A rough position (landmarks from the project's data file).
    Approximate,
}

#[derive(Clone, Debug)]
pub struct Place {
    pub id: PlaceId,
    pub pcode: Option<String>,
    pub name: String,
    pub name_ar: Option<String>,
    pub kind: PlaceKind,
    /// Governorate P-code (`SY09`) where known.
    pub admin1: Option<String>,
    pub admin2: Option<String>,
    pub admin3: Option<String>,
    pub lat: f64,
    pub lon: f64,
    pub quality: CoordQuality,
    /// Prior weight for namesake decisions: admin centres, large towns and
    /// better-documented places weigh more.
    pub importance: f32,
    /// For a neighbourhood, the community (city) it belongs to.
    pub parent: Option<PlaceId>,
}

/// Which key a name matched under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum KeyKind {
    Vowel,
    Skeleton,
}

pub(crate) struct KeyIndex {
    /// Every key (a name's words' keys joined by spaces), sorted.
    pub(crate) keys: Vec<String>,
    /// Places under each key, with the vowel-class key of the name that put them
    /// there (a skeleton match is only trusted when the vowels are close too).
    pub(crate) places: Vec<Vec<(PlaceId, String)>>,
    /// What a run of words spelling this string is: a name's key (its index in
    /// `keys`), the leading words of a longer name's key ("dir" of "dir zur"), or
    /// both. A text's words are extended into a longer name only while they spell
    /// the start of one.
    pub(crate) lookup: HashMap<String, KeyEntry, FastHash>,
}

#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct KeyEntry {
    pub(crate) key: Option<u32>,
    pub(crate) prefix: bool,
}

impl KeyIndex {
    fn build(map: HashMap<String, Vec<(PlaceId, String)>>) -> KeyIndex {
        let mut entries: Vec<(String, Vec<(PlaceId, String)>)> = map.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let keys: Vec<String> = entries.iter().map(|(k, _)| k.clone()).collect();
        let places = entries.into_iter().map(|(_, mut v)| {
            v.sort();
            v.dedup();
            v
        });
        let mut lookup: HashMap<String, KeyEntry, FastHash> = HashMap::default();
        for (i, k) in keys.iter().enumerate() {
            lookup.entry(k.clone()).or_default().key = Some(i as u32);
            for (at, _) in k.match_indices(' ') {
                lookup.entry(k[..at].to_string()).or_default().prefix = true;
            }
        }
        KeyIndex {
            keys,
            places: places.collect(),
            lookup,
        }
    }
}

/// The loaded gazetteer with its match index.
pub struct Gazetteer {
    pub places: Vec<Place>,
    pub(crate) vowel: KeyIndex,
    pub(crate) skeleton: KeyIndex,
    pub(crate) by_pcode: HashMap<String, PlaceId, FastHash>,
    pub(crate) stopnames: FastSet,
    /// Every word after the first in any name, lower-cased ("countryside" of "Damascus
    /// countryside", "zor" of "Deir ez-Zor"): a lower-case word or a number in a text
    /// can continue a name only if it is one of these.
    pub(crate) continuations: FastSet,
    /// Personal names that are also village names (lower case).
    pub(crate) personal_names: FastSet,
    /// The given names among them: the word after one is a surname ("Ahmed Al-Abdu").
    pub(crate) given_names: FastSet,
    /// Titles and roles written before a person's name (lower case).
    pub(crate) titles: FastSet,
    /// Each governorate's capital (its most important community), by governorate P-code.
    pub(crate) capitals: HashMap<String, PlaceId, FastHash>,
    /// Community points on a grid of `GRID_DEGREES` cells, with their governorate
    /// P-code: to tell a village on a governorate's border from one far inside another.
    pub(crate) community_grid: CommunityGrid,
    /// Each district's and sub-district's centre town (the community named after it),
    /// by the unit's P-code.
    pub(crate) unit_centres: HashMap<String, PlaceId, FastHash>,
    /// (place, vowel key index) pairs where the place has that key only through another
    /// spelling of its name ([`GazetteerBuilder::add_other_name`]).
    pub(crate) other_spelling: HashSet<(u32, u32), FastHash>,
    /// Where the data came from, for messages ("built-in governorates" or a path).
    pub source: String,
    /// True when only the built-in governorate table is loaded.
    pub builtin_only: bool,
}

/// Accumulates places and their names before the index is built.
#[derive(Default)]
pub struct GazetteerBuilder {
    places: Vec<Place>,
    /// Each name with its place, and whether it is only another spelling of the place
    /// (GeoNames' other names) rather than a name it goes by.
    names: Vec<(PlaceId, String, bool)>,
}

impl GazetteerBuilder {
    pub fn add(&mut self, mut place: Place, names: impl IntoIterator<Item = String>) -> PlaceId {
        let id = PlaceId(self.places.len() as u32);
        place.id = id;
        self.places.push(place);
        for n in names {
            self.add_name(id, n);
        }
        id
    }

    pub fn add_name(&mut self, id: PlaceId, name: String) {
        self.push_name(id, name, false);
    }

    /// Adds another spelling of a place's name, such as GeoNames lists: a place matched
    /// only through one weighs less where a namesake matches through its own name.
    pub fn add_other_name(&mut self, id: PlaceId, name: String) {
        self.push_name(id, name, true);
    }

    fn push_name(&mut self, id: PlaceId, name: String, other: bool) {
        let name = name.trim();
        if !name.is_empty() {
            self.names.push((id, name.to_string(), other));
        }
    }

    pub fn find_pcode(&self, pcode: &str) -> Option<PlaceId> {
        self.places
            .iter()
            .find(|p| p.pcode.as_deref() == Some(pcode))
            .map(|p| p.id)
    }

    pub fn place_mut(&mut self, id: PlaceId) -> &mut Place {
        &mut self.places[id.0 as usize]
    }

    pub fn places(&self) -> &[Place] {
        &self.places
    }

    pub fn build(mut self, source: String, builtin_only: bool) -> Gazetteer {
        add_landmarks(&mut self);
        for line in include_str!("../data/aliases.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            if let Some((pcode, names)) = line.split_once('\t') {
                if let Some(id) = self.find_pcode(pcode.trim()) {
                    for n in names.split('|') {
                        self.add_name(id, n.to_string());
                    }
                }
            }
        }
        let stopnames = word_list(include_str!("../data/stopnames.txt"));
        let mut continuations: FastSet = FastSet::default();
        let mut vowel: HashMap<String, Vec<(PlaceId, String)>> = HashMap::new();
        let mut skeleton: HashMap<String, Vec<(PlaceId, String)>> = HashMap::new();
        // (place, vowel key) of names that are only other spellings, and of the rest
        // (kept only for places that have other spellings: the rest never compare).
        let with_others: HashSet<PlaceId> =
            self.names.iter().filter(|n| n.2).map(|n| n.0).collect();
        let mut other_keys: HashSet<(PlaceId, String)> = HashSet::new();
        let mut own_keys: HashSet<(PlaceId, String)> = HashSet::new();
        for (id, name, other) in &self.names {
            // OCHA joins alternative names with "_" or " - ": index each.
            let alts = name_parts(name);
            // OCHA glues the article to later words ("Maaret Elnaasan", "Jeb Elkhafi")
            // where reports write it apart ("Maaret al-Naasan"): index both.
            // It glues "Kafr" and "Tal" to the name too ("Kafrnan", "Talhiyeh") where
            // reports write "Kafr Nan", and writes apart some "Kafr" names reports glue
            // ("Kafr Khasher", "Kafrkhasher"): index both forms.
            let alts = alts.flat_map(|a| {
                std::iter::once(a.to_string())
                    .chain(split_glued_article(a))
                    .chain(split_glued_prefix(a))
                    .chain(join_prefix(a))
            });
            for alt in alts {
                let alt = alt.as_str();
                if stopnames.contains(&alt.trim().to_lowercase()) {
                    continue;
                }
                // Another spelling that opens as if with a glued article ("Ezzaz", one of
                // GeoNames' spellings of Azaz) keys without its first letters ("zaz", as
                // "Zaza"), but where the place's Arabic name has no article (أعزاز), those
                // letters are the name's own: that spelling is left out.
                if *other
                    && crate::normalize::opens_with_glued_article(alt)
                    && self.places[id.0 as usize]
                        .name_ar
                        .as_deref()
                        .is_some_and(|ar| !ar.trim_start().starts_with("ال"))
                {
                    continue;
                }
                for t in crate::normalize::tokenize(alt).iter().skip(1) {
                    continuations.insert(t.text.to_lowercase());
                }
                // Arabic writes "in", "and", "to" onto the name: بدمشق, وحلب, للرقة.
                let arabic = alt.chars().any(crate::normalize::is_arabic_char);
                let spellings: Vec<String> = if arabic {
                    let alt = alt.trim();
                    let mut v = vec![alt.to_string()];
                    v.extend(["ب", "و", "ل"].iter().map(|p| format!("{p}{alt}")));
                    v
                } else {
                    vec![alt.to_string()]
                };
                for (v, s) in spellings.iter().flat_map(|a| name_key_variants(a)) {
                    // A name of size or side words alone ("الجنوبي") is no name.
                    if v.is_empty() || v.split(' ').all(|w| w.starts_with('#')) {
                        continue;
                    }
                    // The skeleton of a short name matches too much to be evidence.
                    if s.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 3 {
                        skeleton.entry(s).or_default().push((*id, v.clone()));
                    }
                    if *other {
                        other_keys.insert((*id, v.clone()));
                    } else if with_others.contains(id) {
                        own_keys.insert((*id, v.clone()));
                    }
                    vowel.entry(v.clone()).or_default().push((*id, v));
                }
            }
        }
        // A village's consonants as its Arabic name spells them, where OCHA's Latin
        // spelling has others ("Kafr Nabutha", كفر نبودة, is the reports' "Kafr
        // Nabudah"): a loose match, checked for vowels as any skeleton match is (below).
        // (None with size or side words, whose keys have another form.)
        for p in &self.places {
            if !matches!(p.kind, PlaceKind::Community | PlaceKind::Neighbourhood) {
                continue;
            }
            let Some(ar) = p.name_ar.as_deref() else {
                continue;
            };
            if ar.contains(['_', '-', '(']) || p.name.contains(['_', '(']) || p.name.contains(" - ")
            {
                continue;
            }
            let (v, latin) = crate::normalize::name_keys(&p.name);
            let Some((av, k)) = crate::normalize::arabic_keys(ar) else {
                continue;
            };
            if v.is_empty()
                || v.contains('#')
                || k == latin
                || k.chars().filter(|c| c.is_ascii_alphabetic()).count() < 3
            {
                continue;
            }
            // Checked against the Latin name's vowels and against those the Arabic
            // letters write ("Tal Tuqan" and طوقان's "tukan", where OCHA has "Tufan");
            // where OCHA's Latin name has other words than the Arabic one (glued or
            // split), against the Arabic letters' only.
            let aligned = k.split(' ').count() == latin.split(' ').count();
            let entry = skeleton.entry(k).or_default();
            if av != v {
                entry.push((p.id, av));
            }
            if aligned {
                entry.push((p.id, v));
            }
        }
        let by_pcode: HashMap<String, PlaceId, FastHash> = self
            .places
            .iter()
            .filter_map(|p| p.pcode.clone().map(|c| (c, p.id)))
            .collect();
        // One pass over the communities, each name keyed once. A governorate's capital
        // is its seat in the built-in table, else the city it is named after (Aleppo,
        // Hama, Dar'a), else its most important community. A district's or sub-district's
        // centre is the community in it that bears its name (either part of a joined one).
        let governorate_keys: HashMap<String, String> = self
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Governorate)
            .filter_map(|p| Some((p.admin1.clone()?, name_keys(&p.name).0)))
            .collect();
        let unit_keys: HashMap<&str, String> = self
            .places
            .iter()
            .filter(|p| matches!(p.kind, PlaceKind::District | PlaceKind::SubDistrict))
            .filter_map(|p| Some((p.pcode.as_deref()?, name_keys(&p.name).0)))
            .collect();
        let mut capitals: HashMap<String, (PlaceId, (bool, f32))> = HashMap::new();
        let mut unit_centres: HashMap<String, PlaceId, FastHash> = HashMap::default();
        let mut community_grid = CommunityGrid::default();
        for p in self
            .places
            .iter()
            .filter(|p| p.kind == PlaceKind::Community)
        {
            if let Some(a1) = &p.admin1 {
                community_grid
                    .entry(grid_cell((p.lat, p.lon)))
                    .or_default()
                    .push((p.lat, p.lon, a1.clone()));
                let namesake = governorate_keys
                    .get(a1)
                    .is_some_and(|k| *k == name_keys(&p.name).0);
                let rank = (namesake, p.importance);
                let better = capitals.get(a1).is_none_or(|(_, best)| {
                    rank.partial_cmp(best) == Some(std::cmp::Ordering::Greater)
                });
                if better {
                    capitals.insert(a1.clone(), (p.id, rank));
                }
            }
            let parts: Vec<String> = name_parts(&p.name).map(|a| name_keys(a).0).collect();
            for unit in [&p.admin2, &p.admin3].into_iter().flatten() {
                if unit_keys
                    .get(unit.as_str())
                    .is_some_and(|k| parts.contains(k))
                {
                    unit_centres.entry(unit.clone()).or_insert(p.id);
                }
            }
        }
        let mut capitals: HashMap<String, PlaceId, FastHash> =
            capitals.into_iter().map(|(a1, (id, _))| (a1, id)).collect();
        // The seats the built-in table names come first: Rif Dimashq has no namesake, and
        // its most important community (Duma) is not where it is administered from.
        for (a1, seat) in governorate_seats() {
            if let Some(&id) = by_pcode.get(seat) {
                capitals.insert(a1.to_string(), id);
            }
        }
        let vowel = KeyIndex::build(vowel);
        let other_spelling = other_keys
            .difference(&own_keys)
            .filter_map(|(id, v)| vowel.keys.binary_search(v).ok().map(|k| (id.0, k as u32)))
            .collect();
        Gazetteer {
            other_spelling,
            unit_centres,
            capitals,
            community_grid,
            places: self.places,
            vowel,
            skeleton: KeyIndex::build(skeleton),
            by_pcode,
            stopnames,
            continuations,
            personal_names: word_list(include_str!("../data/personal_names.txt")),
            given_names: word_list(section(
                include_str!("../data/personal_names.txt"),
                "# Given names",
            )),
            titles: word_list(include_str!("../data/titles.txt")),
            source,
            builtin_only,
        }
    }
}

/// Community points (latitude, longitude, governorate P-code) by grid cell.
pub(crate) type CommunityGrid = HashMap<(i32, i32), Vec<(f64, f64, String)>, FastHash>;

/// Cell size of the community grid, in degrees.
const GRID_DEGREES: f64 = 0.1;

fn grid_cell((lat, lon): (f64, f64)) -> (i32, i32) {
    (
        (lat / GRID_DEGREES).floor() as i32,
        (lon / GRID_DEGREES).floor() as i32,
    )
}

/// Whether `set` (of lower-case words) holds `word` lower-cased; short ASCII words,
/// most of a text's, are lower-cased without allocating.
pub(crate) fn contains_lower(set: &FastSet, word: &str) -> bool {
    let bytes = word.as_bytes();
    if !word.is_ascii() {
        return set.contains(&word.to_lowercase());
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return set.contains(word);
    }
    let mut buf = [0u8; 32];
    if bytes.len() <= buf.len() {
        for (b, c) in buf.iter_mut().zip(bytes) {
            *b = c.to_ascii_lowercase();
        }
        return std::str::from_utf8(&buf[..bytes.len()]).is_ok_and(|w| set.contains(w));
    }
    set.contains(&word.to_lowercase())
}

/// The lines of `data` from the comment line `header` to the next comment line.
fn section<'a>(data: &'a str, header: &str) -> &'a str {
    let Some(start) = data.find(header).map(|i| i + header.len()) else {
        return "";
    };
    let rest = &data[start..];
    let end = rest.find("\n#").unwrap_or(rest.len());
    &rest[..end]
}

/// The lower-cased words of a data file with one word per line and `#` comments.
fn word_list(data: &str) -> FastSet {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// "Maaret Elnaasan" → "Maaret El naasan": an "El" glued to a word after the first,
/// split off. `None` when the name has no such word.
fn split_glued_article(name: &str) -> Option<String> {
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .enumerate()
        .map(|(i, w)| match w.strip_prefix("El") {
            Some(rest)
                if i > 0 && rest.len() >= 3 && rest.chars().all(|c| c.is_ascii_lowercase()) =>
            {
                changed = true;
                format!("El {rest}")
            }
            _ => w.to_string(),
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// "Kafrnan" → "Kafr nan", "Talhiyeh" → "Tal hiyeh": a first word that opens with
/// "Kafr" ("village") or "Tal"/"Tell" ("hill") glued to at least three more letters,
/// split. `None` for any other name.
fn split_glued_prefix(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
    let head = ["Kafr", "Tall", "Tell", "Tal"].into_iter().find(|p| {
        first
            .strip_prefix(p)
            .is_some_and(|r| r.len() >= 3 && r.bytes().all(|b| b.is_ascii_lowercase()))
    })?;
    let split = format!("{head} {}", &first[head.len()..]);
    Some(if rest.is_empty() {
        split
    } else {
        format!("{split} {rest}")
    })
}

/// "Kafr Khasher" → "Kafrkhasher": the reverse of [`split_glued_prefix`], for reports
/// that glue what OCHA writes apart. `None` unless the name opens with "Kafr" and a word.
fn join_prefix(name: &str) -> Option<String> {
    let rest = name.strip_prefix("Kafr ")?;
    let (word, tail) = rest.split_once(' ').unwrap_or((rest, ""));
    (word.len() >= 3 && word.bytes().all(|b| b.is_ascii_alphabetic())).then(|| {
        let joined = format!("Kafr{}", word.to_lowercase());
        if tail.is_empty() {
            joined
        } else {
            format!("{joined} {tail}")
        }
    })
}

fn add_landmarks(b: &mut GazetteerBuilder) {
    for line in include_str!("../data/landmarks.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [names, kind, lat, lon, admin1] = f[..] else {
            continue;
        };
        let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else {
            continue;
        };
        let primary = names.split('|').next().unwrap_or(names).to_string();
        let place = Place {
            id: PlaceId(0),
            pcode: None,
            name: primary,
            name_ar: None,
            kind: if kind == "region" {
                PlaceKind::Area
            } else {
                PlaceKind::Landmark
            },
            admin1: Some(admin1.to_string()),
            admin2: None,
            admin3: None,
            lat,
            lon,
            quality: CoordQuality::Approximate,
            importance: 3.0,
            parent: None,
        };
        b.add(place, names.split('|').flat_map(landmark_name_forms));
    }
}

/// A base named after the unit that holds it is written "Brigade 137", "the 137th
/// Brigade" and "137 Brigade": each form of a landmark's name is indexed with the others
/// (and without a leading "the", which a text leaves lower-case and out of the name);
/// a field is also named in the plural.
fn landmark_name_forms(name: &str) -> Vec<String> {
    const UNITS: [&str; 5] = ["Brigade", "Division", "Regiment", "Battalion", "Base"];
    let bare = name.strip_prefix("the ").unwrap_or(name);
    let mut forms = vec![name.to_string()];
    if bare != name {
        forms.push(bare.to_string());
    }
    // "the Shaer oil fields" (a field and its wells).
    if bare.ends_with("field") {
        forms.push(format!("{bare}s"));
    }
    let words: Vec<&str> = bare.split(' ').collect();
    let (unit, number) = match words[..] {
        [u, n] if UNITS.contains(&u) => (u, n),
        [n, u] if UNITS.contains(&u) => (u, n),
        _ => return forms,
    };
    let digits = number.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return forms;
    }
    // "11th", "12th", "13th" (a tens digit of 1), else "1st", "2nd", "3rd".
    let d = digits.as_bytes();
    let teen = d.len() >= 2 && d[d.len() - 2] == b'1';
    let suffix = match (teen, d[d.len() - 1]) {
        (false, b'1') => "st",
        (false, b'2') => "nd",
        (false, b'3') => "rd",
        _ => "th",
    };
    for form in [
        format!("{unit} {digits}"),
        format!("{digits} {unit}"),
        format!("{digits}{suffix} {unit}"),
    ] {
        if !forms.contains(&form) {
            forms.push(form);
        }
    }
    forms
}

impl Gazetteer {
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }

    pub fn by_pcode(&self, pcode: &str) -> Option<&Place> {
        self.by_pcode.get(pcode).map(|id| self.place(*id))
    }

    /// The governorate (level-1 unit) with this P-code.
    pub fn governorate(&self, pcode: &str) -> Option<&Place> {
        self.by_pcode(pcode)
            .filter(|p| p.kind == PlaceKind::Governorate)
    }

    /// Looks a whole name up (not a text search): places whose vowel key equals the name's.
    pub fn lookup(&self, name: &str) -> Vec<&Place> {
        let (v, _) = name_keys(name);
        match self.vowel.keys.binary_search(&v) {
            Ok(i) => self.vowel.places[i]
                .iter()
                .map(|(id, _)| self.place(*id))
                .collect(),
            Err(_) => Vec::new(),
        }
    }

    /// The governorate a free-text name denotes ("Deir ez Zor", "Rural Damascus", "SY09").
    pub fn governorate_named(&self, name: &str) -> Option<&Place> {
        if let Some(p) = self.governorate(name.trim()) {
            return Some(p);
        }
        self.lookup(name)
            .into_iter()
            .find(|p| p.kind == PlaceKind::Governorate)
    }

    /// Whether a word (as written, any case) is an ordinary word, not a name.
    pub(crate) fn is_stopname(&self, word: &str) -> bool {
        contains_lower(&self.stopnames, word)
    }

    /// Whether `point` lies within `km` of some community of governorate `admin1`:
    /// only the grid cells within reach are read.
    pub fn near_governorate(&self, point: (f64, f64), admin1: &str, km: f64) -> bool {
        // A cell is at least 111 km × GRID_DEGREES × cos(latitude) wide.
        let cell_km = 111.0 * GRID_DEGREES * point.0.to_radians().cos().max(0.1);
        let reach = (km / cell_km).ceil() as i32;
        let (ci, cj) = grid_cell(point);
        (ci - reach..=ci + reach).any(|i| {
            (cj - reach..=cj + reach).any(|j| {
                self.community_grid.get(&(i, j)).is_some_and(|pts| {
                    pts.iter().any(|(lat, lon, a1)| {
                        a1 == admin1 && distance_km(point, (*lat, *lon)) <= km
                    })
                })
            })
        })
    }

    pub fn len(&self) -> usize {
        self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }
}

pub use marsad_model::{closer_than_km, distance_km};

/// The rows of the built-in governorate table (`data/governorates.tsv`): P-code, name,
/// names, latitude, longitude and seat.
pub(crate) fn governorate_rows() -> impl Iterator<Item = [&'static str; 6]> {
    include_str!("../data/governorates.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split('\t').collect::<Vec<_>>().try_into().ok())
}

/// Each governorate's seat from the built-in table: (governorate P-code, community P-code).
fn governorate_seats() -> impl Iterator<Item = (&'static str, &'static str)> {
    governorate_rows().map(|[pcode, .., seat]| (pcode, seat))
}

#[cfg(test)]
mod tests {
    use super::landmark_name_forms;

    #[test]
    fn a_unit_base_is_named_in_every_order() {
        let forms = landmark_name_forms("the 137th Brigade");
        for f in ["137th Brigade", "Brigade 137", "137 Brigade"] {
            assert!(forms.iter().any(|x| x == f), "{f} in {forms:?}");
        }
        assert!(landmark_name_forms("Regiment 111").contains(&"111th Regiment".to_string()));
        assert!(landmark_name_forms("Division 93").contains(&"93rd Division".to_string()));
        assert!(landmark_name_forms("Regiment 121").contains(&"121st Regiment".to_string()));
        assert_eq!(
            landmark_name_forms("al-Omar oil field"),
            vec!["al-Omar oil field", "al-Omar oil fields"]
        );
    }
}
