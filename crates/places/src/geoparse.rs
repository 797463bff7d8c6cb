//! Finding place names in a text and deciding which place each one is.
//!
//! Matching is one pass per key space: each word of the text is keyed once (both
//! key spaces), and runs of keyed words are looked up in the gazetteer's key map,
//! growing only while they spell the start of some name. Resolution then weighs
//! each candidate by its prior (admin centres, population), the governorates and
//! places named around it, and the words that frame it ("X countryside", "near X",
//! "X city"), which also set ACLED's precision code.

use crate::gazetteer::{
    closer_than_km, contains_lower, distance_km, CoordQuality, FastHash, FastSet, Gazetteer,
    KeyIndex, KeyKind, PlaceId, PlaceKind,
};
use crate::normalize::{
    arabic_key, is_article, is_bu, key_of, keyed_words, latin_keys_into, tokenize, KeyScratch,
    Token,
};
use marsad_model::{Location, Span};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub place: PlaceId,
    pub key: KeyKind,
    /// Matched only through another spelling of the place's name (GeoNames' other
    /// names), not through a name it goes by.
    pub other_spelling: bool,
    /// The place's name is spelled letter for letter as the text spells it ([`spelling`]).
    pub same_spelling: bool,
    /// Only one of the place's Latin name and the text has the "-iyeh" ending.
    pub nisba_mismatch: bool,
}

/// How the words around a name frame it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// Plain mention ("in Hajin").
    Plain,
    /// "X city", "the city of X".
    City,
    /// "X countryside", "X desert", "X province", "rural X": a region.
    Region,
    /// "near X", "east of X", "65 km from X", "outskirts of X": relative.
    Near,
    /// "neighbourhood of X", "X neighbourhood".
    Neighbourhood,
}

#[derive(Clone, Debug)]
pub struct PlaceMention {
    /// The words of the name, with a leading article ("al-") included.
    pub span: Span,
    pub candidates: Vec<Candidate>,
    pub relation: Relation,
    /// The mention that frames this one, by its index in the list: the next one in
    /// "X in Y", "X town in Y countryside", "X, Y"; the list's frame for every name of
    /// "X, Y and Z villages in W". When the frame is a governorate, X is in it.
    pub framed_by: Option<usize>,
    /// A capitalised name stands right before, framed by this one, whether the
    /// gazetteer knows it or not: "Has in Idleb", "Al Sikhah town in Deir ez Zor". A
    /// governorate here is the one that name lies in, not its capital.
    pub after_unknown_name: bool,
    /// See [`ResolvedPlace::partial`].
    pub partial: bool,
    /// See [`ResolvedPlace::on_road`].
    pub on_road: bool,
    /// The name is a street's or a mountain's, named after a place ("Tell Abiad street",
    /// "Al-Hammah Mountain"): it vouches for no governorate.
    pub named_after: bool,
    /// The name is a part of the town that frames it: "Al Hilaliya neighbourhood in
    /// Quamishli city", "Al Rayan camp in Shamarin town". See [`CITY_REACH_KM`].
    pub part_of_frame: bool,
    /// The name's Latin letters as written, lower case, without a leading article
    /// ("satheyat" for "al-Satheyat"); empty for Arabic script. See [`spelling`].
    pub spelled: String,
}

#[derive(Clone, Debug)]
pub struct ResolvedPlace {
    pub span: Span,
    pub place: PlaceId,
    pub precision: u8,
    pub relation: Relation,
    pub score: f32,
    /// How many distinct places the name could have been.
    pub alternatives: usize,
    /// The name runs on into capitalised words the match left out ("Maaret" of
    /// "Maaret Al Naasan"): likely a longer name the gazetteer lacks, matched in part.
    pub partial: bool,
    /// The name is an end of a road ("the Damascus - Dar'a highway", "the road
    /// between Sokhneh and Deir-ez-Zor"): the event is on the road, not in the town.
    pub on_road: bool,
}

/// A word of the text in one key space: one token, or an "abu/albu" token glued to
/// the next ("Albu Kamal"), or a run of skipped words, which no name spans.
#[derive(Clone, Copy)]
struct Unit {
    first: usize,
    last: usize,
    /// Byte range of the key in the arena; `None` for a skipped run.
    key: Option<(u32, u32)>,
    /// Punctuation stands between this unit and the one before ("Dar'a. The",
    /// "Hama, Idlib"): no name runs on across it.
    after_break: bool,
}

/// The text in both key spaces.
struct Keyed {
    /// Keys of all units, concatenated.
    arena: String,
    /// `[vowel, skeleton]` units in text order.
    units: [Vec<Unit>; 2],
    /// Per token: whether it was keyed and its vowel key is not empty (an article's is).
    has_key: Vec<bool>,
}

impl Keyed {
    fn key(&self, u: &Unit) -> &str {
        u.key
            .map_or("", |(a, b)| &self.arena[a as usize..b as usize])
    }

    /// The vowel keys of tokens `first..=last` joined as a name's key is, when
    /// those tokens are whole units of the vowel space.
    fn vowel_key_of(&self, first: usize, last: usize, buf: &mut String) -> bool {
        let units = &self.units[0];
        let Ok(a) = units.binary_search_by_key(&first, |u| u.first) else {
            return false;
        };
        buf.clear();
        for (i, u) in units[a..].iter().enumerate() {
            if u.key.is_none() || (i > 0 && u.after_break) {
                return false;
            }
            if i > 0 {
                buf.push(' ');
            }
            buf.push_str(self.key(u));
            if u.last >= last {
                return u.last == last;
            }
        }
        false
    }
}

/// Whether the text around `pos` is written in capitals (a headline or wire text in
/// upper case), where a word in capitals is no acronym.
fn shouting(text: &str, pos: usize) -> bool {
    let bytes = text.as_bytes();
    let (a, b) = (pos.saturating_sub(60), (pos + 60).min(bytes.len()));
    let upper = bytes[a..b]
        .iter()
        .filter(|c| c.is_ascii_uppercase())
        .count();
    let lower = bytes[a..b]
        .iter()
        .filter(|c| c.is_ascii_lowercase())
        .count();
    upper > lower
}

/// Lines written in title case (headlines), and the capitalised words of the other lines.
struct TitleCase<'t> {
    /// Byte ranges of title-case lines.
    lines: Vec<(usize, usize)>,
    body_capitalised: std::collections::HashSet<&'t str, FastHash>,
}

impl<'t> TitleCase<'t> {
    fn new(text: &'t str, tokens: &[Token<'t>]) -> TitleCase<'t> {
        let mut lines = Vec::new();
        let mut start = 0;
        // Headlines open a text: only its first lines, and only when more follows.
        for (n, line) in text.split_inclusive('\n').enumerate() {
            let end = start + line.len();
            if n >= 4 || end >= text.trim_end().len() {
                break;
            }
            // Words of four letters or more: "of", "in", "the" stay lower case in titles.
            let words: Vec<&str> = line
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
                .collect();
            let capitals = words
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            if words.len() >= 3 && capitals * 10 >= words.len() * 7 {
                lines.push((start, end));
            }
            start = end;
        }
        let mut title_case = TitleCase {
            lines,
            body_capitalised: Default::default(),
        };
        if !title_case.lines.is_empty() {
            title_case.body_capitalised = tokens
                .iter()
                .filter(|t| {
                    t.text.chars().next().is_some_and(char::is_uppercase)
                        && !title_case.in_title_case(t.start)
                })
                .map(|t| t.text)
                .collect();
        }
        title_case
    }

    fn in_title_case(&self, pos: usize) -> bool {
        self.lines.iter().any(|&(a, b)| a <= pos && pos < b)
    }
}

/// Whether the words between two names make the second the frame of the first:
/// "in", "town in", "village in the eastern countryside of", ",", "-". Only such
/// words may stand between; "and" or a verb there means two separate places.
fn frames(between: &str) -> bool {
    if between.len() > 60 || between.contains(['.', ';', '(', ')']) {
        return false;
    }
    let lower = between.to_lowercase();
    let mut linked = false;
    for w in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        match w {
            // "Al Juwayf area near Sabe Byar": a place near a town lies in its area too.
            "in" | "of" | "near" => linked = true,
            // The article of the frame's own name, written apart ("village, Ar Raqqa").
            w if is_article(w) => {}
            // "Abu Hanaya village located in Hama's western countryside".
            "located" | "situated" | "lying" => {}
            // "on the western side of", "at the edges of": these frame only through the
            // "of" that follows them.
            "on" | "at" | "to" => {}
            "the" | "town" | "towns" | "village" | "villages" | "city" | "area" | "areas"
            | "neighbourhood" | "neighborhood" | "neighbourhoods" | "neighborhoods"
            | "quarters" | "district" | "camp" | "front" | "frontline" | "frontlines" | "axis"
            | "hill" | "hills" | "farms" | "countryside" | "eastern" | "western" | "northern"
            | "southern" | "north" | "south" | "east" | "west" | "northeastern"
            | "northwestern" | "southeastern" | "southwestern" | "northeast" | "northwest"
            | "southeast" | "southwest" | "central" | "rural" | "desert" | "badia" | "badiya"
            | "outskirts" | "vicinity" | "surroundings" | "environs" | "edges" | "part"
            | "parts" | "side" | "suburbs" | "al" | "el" | "sub" | "subdistrict" | "dam"
            | "station" | "field" | "fields" | "oil" | "gas" | "airport" | "airbase" | "base"
            | "checkpoint" | "mount" | "mountain" | "mountains" | "valley" | "river" | "bridge"
            | "crossing" | "roundabout" | "factory" | "prison" | "farm" | "plain" | "plains"
            | "governorate" | "province" => {}
            _ => return false,
        }
    }
    linked || between.contains([',', '-'])
}

enum ListFrame {
    /// More names of a list follow.
    List,
    /// The rest of a list, then words that frame it ("and Al-Huwaiqa neighbourhoods in").
    Frame {
        neighbourhoods: bool,
    },
    Neither,
}

/// Reads the words between a name and a later one: the rest of a list of names and a
/// frame ("…, Jbeileh, and Al-Huwaiqa neighbourhoods in" before "Deir-ez-Zor"), only
/// more names of the list, or neither.
fn list_then_frame(between: &str) -> ListFrame {
    if between.len() > 200 || between.contains(['.', ';', '(', ')', ':', '\n']) {
        return ListFrame::Neither;
    }
    // The list part ends after its last capitalised word; the frame is the rest.
    let mut cut = 0;
    let mut listed = false;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'';
    let mut rest = between;
    while let Some(start) = rest.find(is_word) {
        let len = rest[start..]
            .find(|c: char| !is_word(c))
            .unwrap_or(rest.len() - start);
        let w = &rest[start..start + len];
        let lower = w.to_ascii_lowercase();
        if !(w.starts_with(|c: char| c.is_uppercase())
            || is_article(&lower)
            || matches!(lower.as_str(), "and" | "or"))
        {
            break;
        }
        cut = between.len() - rest.len() + start + len;
        listed = true;
        rest = &rest[start + len..];
    }
    let (list, frame) = between.split_at(cut);
    if !list.trim().is_empty()
        && !list.contains(',')
        && !words_of(list).any(|w| matches!(w, "and" | "or"))
    {
        return ListFrame::Neither;
    }
    let frame_lower = frame.to_lowercase();
    let linked = words_of(&frame_lower).any(|w| matches!(w, "in" | "of"));
    if frame.trim().is_empty() || frame.trim() == "," {
        return if listed || frame.trim() == "," {
            ListFrame::List
        } else {
            ListFrame::Neither
        };
    }
    if linked && frames(frame) {
        let neighbourhoods = words_of(&frame_lower)
            .next()
            .is_some_and(|w| matches!(w, "neighbourhoods" | "neighborhoods" | "quarters"));
        return ListFrame::Frame { neighbourhoods };
    }
    ListFrame::Neither
}

/// Whether the name at `span` names an end of a road: "X - Y road", "X-Y highway",
/// "the road between X and Y", "the road linking X to Y".
fn road_end(text: &str, span: Span) -> bool {
    let is_road = |w: &str| matches!(w, "road" | "highway" | "motorway" | "route");
    let before_start = text[..span.0]
        .char_indices()
        .rev()
        .nth(45)
        .map_or(0, |(i, _)| i);
    let after_end = text[span.1..]
        .char_indices()
        .nth(40)
        .map_or(text.len(), |(i, _)| span.1 + i);
    // Most names have no road near them: look for the word before anything else.
    let window = &text.as_bytes()[before_start..after_end];
    let at = |i: usize, w: &[u8]| {
        window
            .get(i..i + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    let near = (0..window.len()).any(|i| match window[i] | 0x20 {
        b'r' => at(i, b"road") || at(i, b"route"),
        b'h' => at(i, b"highway"),
        b'm' => at(i, b"motorway"),
        _ => false,
    });
    if !near {
        return false;
    }
    let before = text[before_start..span.0].to_lowercase();
    let after = text[span.1..after_end].to_lowercase();
    // Only within the clause.
    let before = before
        .rsplit([',', '.', ';', '(', ')'])
        .next()
        .unwrap_or("");
    let after = after.split([',', '.', ';', '(', ')']).next().unwrap_or("");
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let (b, a) = (words(before), words(after));
    // "Y road" after "X -": the second end.
    let second_end =
        before.trim_end().ends_with(['-', '–']) && a.first().is_some_and(|w| is_road(w));
    // "X - Y road": the first end.
    let first_end =
        after.trim_start().starts_with(['-', '–']) && a.iter().take(4).any(|w| is_road(w));
    // "the road between X and Y", "the highway linking X to Y".
    let between = b.windows(2).any(|w| {
        is_road(&w[0])
            && matches!(
                w[1].as_str(),
                "between" | "linking" | "connecting" | "from" | "to"
            )
    });
    second_end || first_end || between
}

/// Whether the text between two words ends a sentence or clause before the second.
fn breaks_sentence(gap: &str) -> bool {
    gap.contains(['.', '!', '?', '\n', ':', ';'])
}

/// Whether the name at tokens `first..=last` runs on into a capitalised word the
/// match left out, after it ("Maaret" in "Maaret Al Naasan") or right before it
/// inside a sentence ("Tal" in "Jub Tal"). Words that frame a place ("City",
/// "Countryside") and words that begin sentences do not count.
fn runs_on(tokens: &[Token<'_>], first: usize, last: usize, text: &str) -> bool {
    const FRAME: &[&str] = &[
        "city",
        "countryside",
        "province",
        "governorate",
        "desert",
        "badia",
        "badiya",
        "syria",
        "town",
        "village",
        "camp",
        "airbase",
        "subdistrict",
        "district",
        "neighbourhood",
        "neighborhood",
        "plain",
        "area",
        "river",
        "valley",
        "mountains",
        "mountain",
        "lake",
        "dam",
        "front",
        "frontline",
        "axis",
        "hill",
        "military",
        "council",
        "the",
        "syrias",
        "syrian",
    ];
    let capital =
        |t: &Token<'_>| !t.arabic && t.text.chars().next().is_some_and(char::is_uppercase);
    let joined = |a: &Token<'_>, b: &Token<'_>| {
        text.get(a.end..b.start)
            .is_some_and(|g| matches!(g, " " | "-"))
    };
    let mut k = last + 1;
    // "Maaret Al Naasan": an article between does not end the name. In lower case and
    // apart, "as", "at" and "an" are English words ("in Ar Raqqa governorate as JWS").
    let article_within = |k: usize| {
        let t = &tokens[k];
        is_article(&t.text.to_ascii_lowercase())
            && (capital(t)
                || matches!(t.text, "al" | "el")
                || text.get(tokens[k - 1].end..t.start) == Some("-"))
    };
    while k < tokens.len() && article_within(k) && joined(&tokens[k - 1], &tokens[k]) {
        k += 1;
    }
    // "Deir-ez-Zor Northern countryside": a side word before a region word frames the
    // name; it does not continue it.
    let side_of_region = |k: usize| {
        is_side_or_corner(&tokens[k].text.to_ascii_lowercase())
            && tokens.get(k + 1).is_some_and(|n| {
                matches!(
                    n.text.to_ascii_lowercase().as_str(),
                    "countryside"
                        | "outskirts"
                        | "suburbs"
                        | "side"
                        | "part"
                        | "parts"
                        | "desert"
                        | "countrysides"
                )
            })
    };
    let after = tokens.get(k).is_some_and(|t| {
        capital(t)
            && joined(&tokens[k - 1], t)
            && !FRAME.contains(&t.text.to_ascii_lowercase().as_str())
            && !side_of_region(k)
    });
    // "of Al Mayadin": the article belongs to the name.
    let mut first = first;
    while first > 0
        && is_article(&tokens[first - 1].text.to_ascii_lowercase())
        && joined(&tokens[first - 1], &tokens[first])
    {
        first -= 1;
    }
    let before = first > 1
        && {
            let (p, pp) = (&tokens[first - 1], &tokens[first - 2]);
            let sentence_start = text.get(pp.end..p.start).is_some_and(breaks_sentence);
            capital(p) && joined(p, &tokens[first]) && !sentence_start && !FRAME.contains(&p.text.to_ascii_lowercase().as_str())
            && !matches!(p.text, "In" | "On" | "At" | "Near" | "From" | "To" | "Of" | "The")
            // "Northeast Hama": a side word written capitalised is no part of the name.
            && !is_side_or_corner(&p.text.to_ascii_lowercase())
        };
    after || before
}

/// Whether a capitalised word that is no party's name stands before
/// token `first`, joined to it by "in" and settlement words: "captured Has in Idleb",
/// "Al Sikhah town in Deir ez Zor". Where the word is itself a place the gazetteer
/// knows, resolution reads the same frame from the two mentions side by side.
fn after_unknown_name(
    tokens: &[Token<'_>],
    first: usize,
    text: &str,
    masked: &[Span],
    widest: usize,
) -> bool {
    let mut k = first;
    // Articles glued to the name ("in al-Hasakeh") and "the".
    while k > 0
        && (is_article(&tokens[k - 1].text.to_ascii_lowercase())
            || tokens[k - 1].text.eq_ignore_ascii_case("the"))
    {
        k -= 1;
    }
    if k == 0 || !tokens[k - 1].text.eq_ignore_ascii_case("in") {
        return false;
    }
    k -= 1;
    while k > 0
        && matches!(
            tokens[k - 1].text.to_ascii_lowercase().as_str(),
            "town"
                | "village"
                | "city"
                | "area"
                | "camp"
                | "farms"
                | "hill"
                | "neighbourhood"
                | "neighborhood"
        )
    {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let name = &tokens[k - 1];
    // Within one clause: nothing but spaces between the words.
    let gap_ok = text
        .get(name.end..tokens[first].start)
        .is_some_and(|g| !g.contains([',', '.', ';', ':', '(', ')', '\n']));
    let b = name.text.as_bytes();
    let capitalised =
        !name.arabic && b[0].is_ascii_uppercase() && b[1..].iter().any(u8::is_ascii_lowercase);
    // Not a sentence's first word ("In Idleb, ..." has none; "Clashes in Hama" is no name).
    let sentence_start = k < 2
        || text
            .get(tokens[k - 2].end..name.start)
            .is_some_and(breaks_sentence);
    let lo = masked.partition_point(|m| m.0 + widest < name.start);
    let in_party = masked[lo..]
        .iter()
        .take_while(|m| m.0 < name.end)
        .any(|m| m.0 < name.end && name.start < m.1);
    gap_ok && capitalised && !sentence_start && !in_party
}

/// Words that open many names ("Tall X", "Maaret X", "Kafr X"): alone, no place.
/// Apostrophes do not count ("Ma'arrat").
fn is_generic_head(word: &str) -> bool {
    let mut buf = [0u8; 8];
    let mut n = 0;
    for b in word.bytes().filter(|b| *b != b'\'') {
        if n == buf.len() {
            return false;
        }
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    matches!(
        &buf[..n],
        b"tal"
            | b"tall"
            | b"tell"
            | b"tel"
            | b"maaret"
            | b"maarat"
            | b"maarrat"
            | b"marat"
            | b"kafr"
            | b"kfar"
            | b"deir"
            | b"dayr"
            | b"khirbet"
            | b"kherbet"
            | b"khirbat"
            | b"ain"
            | b"ein"
            | b"ayn"
            | b"bir"
            | b"jabal"
            | b"jebel"
            | b"qasr"
            | b"ras"
            | b"umm"
            | b"um"
            | b"beit"
            | b"mazraat"
            | b"mazraa"
            | b"tulul"
            | b"wadi"
            | b"nahr"
            | b"qalaat"
            | b"qalat"
    )
}

/// A lower-case side word: "eastern", "north".
fn is_side(word: &str) -> bool {
    matches!(
        word,
        "eastern" | "western" | "northern" | "southern" | "east" | "west" | "north" | "south"
    )
}

/// Whether two governorates are one area as reports name places: the same, or Damascus
/// and Rural Damascus ("the Eastern Ghouta of Damascus").
fn same_area(a: &str, b: &str) -> bool {
    a == b || matches!((a, b), ("SY01", "SY03") | ("SY03", "SY01"))
}

/// A side word or a corner: "eastern", "north", "northeastern".
fn is_side_or_corner(word: &str) -> bool {
    is_side(word)
        || matches!(
            word,
            "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        )
}

/// A word that puts the name after it in a place ("in Assad", "village Ahmed ..."),
/// whatever its case.
fn is_locative(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "in" | "at"
            | "near"
            | "into"
            | "toward"
            | "towards"
            | "outside"
            | "around"
            | "village"
            | "town"
    )
}

/// Words that open a name in lower case ("rural Damascus", "eastern Ghouta").
fn is_opener(word: &str) -> bool {
    is_side(word)
        || matches!(
            word,
            "rural" | "upper" | "lower" | "old" | "new" | "greater"
        )
}

/// Lays the text out in both key spaces. Each token's keys are computed once.
fn keyed(text: &str, tokens: &[Token<'_>], continuations: &FastSet) -> Keyed {
    // Names start capitalised; a lower-case word (other than an article) can only
    // continue one ("Damascus countryside"), so a lower-case word after another
    // lower-case word is not keyed: runs of such words stand as one gap, which no
    // name spans. That is most of a text, and it costs no key computation.
    let lower = |t: &Token<'_>| {
        !t.arabic
            && t.text
                .as_bytes()
                .first()
                .is_some_and(|b| b.is_ascii_lowercase())
    };
    let bu = |t: &Token<'_>| is_bu(t.text);
    let opener = |t: &Token<'_>| is_opener(t.text);
    // Numbers are never the first word of a name either, and a lower-case word or a
    // number after a capitalised word continues a name only if some name has it there.
    let small =
        |t: &Token<'_>| lower(t) || (!t.arabic && t.text.bytes().all(|b| b.is_ascii_digit()));
    // A continuation may follow another ("Jirah military airport", "al-Omar oil
    // field"): `continued` marks the small words kept as continuations.
    let mut skipped: Vec<bool> = Vec::with_capacity(tokens.len());
    let mut continued = false;
    for (i, t) in tokens.iter().enumerate() {
        // Cheapest tests first: most tokens are capitalised or follow a small word.
        let small_word = small(t);
        let continues = small_word
            && i > 0
            && (continued || !small(&tokens[i - 1]))
            && continuations.contains(t.text);
        skipped.push(small_word && !is_article(t.text) && !bu(t) && !opener(t) && !continues);
        continued = continues;
    }
    // Keys of every keyed token: byte ranges into `arena`, [vowel, skeleton].
    let mut arena = String::with_capacity(tokens.len() * 3);
    let mut ranges: Vec<[(u32, u32); 2]> = vec![[(0, 0); 2]; tokens.len()];
    let mut scratch = KeyScratch::default();
    let (mut v, mut k) = (String::new(), String::new());
    // A report names its places and parties again and again: each spelling's keys are
    // computed once and shared.
    let mut seen: HashMap<&str, [(u32, u32); 2], FastHash> =
        HashMap::with_capacity_and_hasher(tokens.len() / 8, FastHash::default());
    for (i, t) in tokens.iter().enumerate() {
        if skipped[i] {
            continue;
        }
        if let Some(&r) = seen.get(t.text) {
            ranges[i] = r;
            continue;
        }
        if t.arabic {
            v = arabic_key(t.text);
            k.clone_from(&v);
        } else {
            latin_keys_into(t.text, &mut scratch, &mut v, &mut k);
        }
        let a = arena.len() as u32;
        arena.push_str(&v);
        let b = arena.len() as u32;
        arena.push_str(&k);
        ranges[i] = [(a, b), (b, arena.len() as u32)];
        seen.insert(t.text, ranges[i]);
    }
    let is_bu: Vec<bool> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| !skipped[i] && !t.arabic && bu(t))
        .collect();
    // Names are written with spaces, hyphens and apostrophes between their words, never
    // with a full stop, comma, bracket, quotation mark or line break.
    let after_break = |i: usize| {
        i > 0
            && text
                .get(tokens[i - 1].end..tokens[i].start)
                .is_some_and(|gap| {
                    gap.contains([
                        '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', '«', '»',
                        '\n', '|', '/', '،', '؛', '؟',
                    ])
                })
    };
    let units = [0, 1].map(|space| {
        let empty = |i: usize| ranges[i][space].0 == ranges[i][space].1;
        let mut units: Vec<Unit> = Vec::with_capacity(tokens.len() / 2);
        let mut i = 0;
        while i < tokens.len() {
            if skipped[i] {
                let run = i;
                while i + 1 < tokens.len() && skipped[i + 1] {
                    i += 1;
                }
                units.push(Unit {
                    first: run,
                    last: i,
                    key: None,
                    after_break: false,
                });
                i += 1;
                continue;
            }
            // A token without a key (an article) is left out: "Deir ez-Zor" is "dir zur".
            if empty(i) {
                i += 1;
                continue;
            }
            let (a, b) = ranges[i][space];
            // "Albu Kamal", "Abu Hamam": the "bu" form is glued to the next word.
            if is_bu[i]
                && i + 1 < tokens.len()
                && !tokens[i + 1].arabic
                && !skipped[i + 1]
                && !empty(i + 1)
            {
                let (c, d) = ranges[i + 1][space];
                // The two keys are apart in the arena: glue them at its end.
                let start = arena.len() as u32;
                let glued = format!(
                    "{}{}",
                    &arena[a as usize..b as usize],
                    &arena[c as usize..d as usize]
                );
                arena.push_str(&glued);
                units.push(Unit {
                    first: i,
                    last: i + 1,
                    key: Some((start, arena.len() as u32)),
                    after_break: after_break(i),
                });
                i += 2;
                continue;
            }
            units.push(Unit {
                first: i,
                last: i,
                key: Some((a, b)),
                after_break: after_break(i),
            });
            i += 1;
        }
        units
    });
    let has_key = ranges.iter().map(|r| r[0].0 != r[0].1).collect();
    Keyed {
        arena,
        units,
        has_key,
    }
}

/// The lower-cased text of up to 60 characters before `pos`.
fn lower_before(text: &str, pos: usize) -> String {
    let start = text[..pos]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(i, _)| i);
    text[start..pos].to_lowercase()
}

/// The lower-cased text of up to 40 characters after `pos`, to the first clause
/// boundary: "X, near Y" frames Y, not X.
fn lower_after(text: &str, pos: usize) -> String {
    let end = text[pos..]
        .char_indices()
        .nth(40)
        .map_or(text.len(), |(i, _)| pos + i);
    let slice = &text[pos..end];
    slice
        .split([',', '.', ';', '(', ')'])
        .next()
        .unwrap_or("")
        .to_lowercase()
}

fn words_of(s: &str) -> impl DoubleEndedIterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|s| !s.is_empty())
}

/// Reads the frame of a name from the words just before and after it.
pub fn relation_at(text: &str, span: Span) -> Relation {
    relation_with(text, span, road_end(text, span))
}

/// [`relation_at`] with the road test already done.
fn relation_with(text: &str, span: Span, on_road: bool) -> Relation {
    // "near the Second Station “T2”", "the Tiyas airbase (T4)": a name given in quotes
    // or brackets after another name of the same place is framed as that name is.
    let lead = text[..span.0].trim_end();
    if let Some(quote) = lead
        .chars()
        .last()
        .filter(|c| matches!(c, '“' | '"' | '(' | '«'))
    {
        let lead = lead[..lead.len() - quote.len_utf8()].trim_end();
        // The capitalised words that end the text before it, at most four.
        let mut start = lead.len();
        for (n, w) in lead.rsplit(' ').enumerate() {
            if n == 4 || !w.starts_with(char::is_uppercase) {
                break;
            }
            start -= w.len() + usize::from(start < lead.len());
        }
        if start < lead.len() {
            return relation_with(text, Span(start, span.1), on_road);
        }
    }
    let (before, after) = (lower_before(text, span.0), lower_after(text, span.1));
    // The last four words before the name, in text order, and the first two after.
    let mut b: Vec<&str> = words_of(&before).rev().take(6).collect();
    b.reverse();
    // "in the vicinity of the village of X", "near the town of X": the settlement word
    // names X itself; a relative frame is what stands before it.
    let near_b: &[&str] = match b.as_slice() {
        [rest @ .., "the", settlement, "of"] if is_settlement(settlement) => rest,
        // "near the Second Station": the article is no frame.
        [rest @ .., "the"] => rest,
        all => all,
    };
    let a: Vec<&str> = words_of(&after).take(4).collect();
    let first_after = a.first().copied().unwrap_or("");
    // "Hama's northern countryside", "Idleb southern countryside": past a possessive
    // and a side word, the frame word.
    let mut framing = a.iter().copied().skip_while(|w| *w == "s");
    let framing = match framing.next() {
        Some(w) if is_side_or_corner(w) => framing.next().unwrap_or(""),
        Some(w) => w,
        None => "",
    };
    if framing != first_after
        && matches!(
            framing,
            "countryside" | "countrysides" | "desert" | "badia" | "province" | "governorate"
        )
    {
        return Relation::Region;
    }
    const REGION: &[&str] = &[
        "countryside",
        "desert",
        "deserts",
        "province",
        "governorate",
        "badia",
        "region",
        "suburbs",
        "plain",
        "plains",
        "rural",
        "countrysides",
    ];
    if REGION.contains(&first_after) {
        return Relation::Region;
    }
    if matches!(
        first_after,
        "neighborhood"
            | "neighbourhood"
            | "neighborhoods"
            | "neighbourhoods"
            | "district"
            | "quarter"
            | "quarters"
    ) {
        return Relation::Neighbourhood;
    }
    if matches!(
        first_after,
        "outskirts" | "vicinity" | "surroundings" | "environs" | "road" | "highway"
    ) || is_front(first_after)
        || matches!(first_after, "area" | "areas")
        // "on Saraqab town front".
        || (is_settlement(first_after) && a.get(1).is_some_and(|w| is_front(w)))
        || on_road
    {
        return Relation::Near;
    }
    let last = b.last().copied().unwrap_or("");
    let last2 = if b.len() >= 2 { b[b.len() - 2] } else { "" };
    // "rural Idlib".
    if last == "rural" {
        return Relation::Region;
    }
    // Arabic frames come before the name: ريف إدلب, مدينة دير الزور, حي جوبر, قرب البوكمال.
    match last {
        "ريف" | "بادية" | "باديه" | "محافظة" | "محافظه" | "بريف" | "وريف" => {
            return Relation::Region
        }
        "مدينة" | "مدينه" | "بمدينة" | "بمدينه" => return Relation::City,
        "حي" | "بحي" | "أحياء" | "احياء" => return Relation::Neighbourhood,
        "قرب" | "محيط" | "بمحيط" | "أطراف" | "اطراف" | "بالقرب" => {
            return Relation::Near
        }
        _ => {}
    }
    if matches!(last, "of" | "in") && REGION.contains(&last2) {
        return Relation::Region;
    }
    let (near_last, near_last2) = (
        near_b.last().copied().unwrap_or(""),
        near_b.len().checked_sub(2).map_or("", |i| near_b[i]),
    );
    if (near_last == "from"
        && matches!(
            near_last2,
            "km" | "kilometers" | "kilometres" | "away" | "far"
        ))
        || matches!(
            near_last,
            "near" | "outside" | "around" | "towards" | "toward" | "between"
        )
        || (near_last == "to" && matches!(near_last2, "close" | "adjacent" | "next"))
        || (near_last == "of"
            && matches!(
                near_last2,
                "north"
                    | "south"
                    | "east"
                    | "west"
                    | "northeast"
                    | "northwest"
                    | "southeast"
                    | "southwest"
                    | "outskirts"
                    | "vicinity"
                    | "edges"
                    | "outskirt"
                    | "surroundings"
                    | "environs"
            ))
        || (near_last == "of" && is_front(near_last2))
    {
        return Relation::Near;
    }
    // "the al-Zahraa neighbourhood of Aleppo city": Aleppo is the city around it.
    if matches!(last, "of" | "in")
        && matches!(
            last2,
            "neighborhood" | "neighbourhood" | "neighborhoods" | "neighbourhoods"
        )
    {
        return Relation::City;
    }
    if first_after == "city" || (last == "of" && last2 == "city") {
        return Relation::City;
    }
    Relation::Plain
}

/// Whether the text between two names, bytes `a..b`, joins them in one list ("X and
/// Y", "X, Y", "X or Y").
fn in_one_list(text: &str, a: usize, b: usize) -> bool {
    b >= a && matches!(text[a..b].trim(), "and" | "," | "or")
}

/// A word for a settlement: "the village of X", "X town".
fn is_settlement(word: &str) -> bool {
    matches!(word, "village" | "town" | "city" | "villages" | "towns")
}

/// A front line: "on the Tadaf axis", "the frontline of Kabani". Fighting on a town's
/// front is near the town, not in it (ACLED codes it geo-precision 2).
fn is_front(word: &str) -> bool {
    matches!(
        word,
        "front" | "fronts" | "frontline" | "frontlines" | "axis" | "axes"
    )
}

impl Gazetteer {
    /// Every place name in `text`, outside the `masked` spans (actor names such as
    /// "Deir ez-Zor Military Council"), with the places it could be.
    pub fn find_mentions(&self, text: &str, masked: &[Span]) -> Vec<PlaceMention> {
        let tokens = tokenize(text);
        let mut masked = masked.to_vec();
        masked.sort();
        // Longest masked span, to bound the look-back of the overlap test.
        let widest = masked.iter().map(|m| m.len()).max().unwrap_or(0);
        // Matches, with their candidate places as ranges of one shared list.
        let mut found: Vec<NameMatch> = Vec::new();
        let mut arena: Vec<PlaceId> = Vec::new();
        let headline = TitleCase::new(text, &tokens);
        let keyed = keyed(text, &tokens, &self.continuations);
        scan(
            &self.vowel,
            &keyed,
            KeyKind::Vowel,
            &tokens,
            &mut found,
            &mut arena,
        );
        scan(
            &self.skeleton,
            &keyed,
            KeyKind::Skeleton,
            &tokens,
            &mut found,
            &mut arena,
        );
        // Longest first, vowel keys before skeletons; then keep non-overlapping.
        found.sort_by(|a, b| {
            (b.last - b.first)
                .cmp(&(a.last - a.first))
                .then(a.kind.cmp(&b.kind))
                .then(a.first.cmp(&b.first))
        });
        // The rest of the run, after any article ("eastern As-Sweida"), names a governorate.
        // (Asked only of runs opening with a side word: looked up then.)
        let side_of_governorate = |first: usize, last: usize| {
            found.iter().any(|n| {
                n.last == last
                    && n.first > first
                    && tokens[first + 1..n.first]
                        .iter()
                        .all(|t| is_article(&t.text.to_ascii_lowercase()))
                    && arena[n.places.0..n.places.1]
                        .iter()
                        .any(|p| self.place(*p).kind == PlaceKind::Governorate)
            })
        };
        let mut taken = vec![false; tokens.len()];
        let mut out: Vec<PlaceMention> = Vec::new();
        // Mentions by their token range, for the same words matched under the other key.
        let mut by_tokens: HashMap<(usize, usize), usize, FastHash> = HashMap::default();
        for &NameMatch {
            first,
            last,
            kind,
            pattern,
            places: (a, b),
        } in &found
        {
            let places = &arena[a..b];
            let candidate = |place: PlaceId| Candidate {
                place,
                key: kind,
                other_spelling: kind == KeyKind::Vowel
                    && self.other_spelling.contains(&(place.0, pattern)),
                same_spelling: false,
                nisba_mismatch: false,
            };
            if taken[first..=last].iter().any(|t| *t) {
                // The same words under the other key add candidates; a name inside a
                // longer one ("Damascus" in "Rural Damascus") does not.
                if let Some(m) = by_tokens.get(&(first, last)).map(|&i| &mut out[i]) {
                    for &p in places {
                        if !m.candidates.iter().any(|c| c.place == p) {
                            m.candidates.push(candidate(p));
                        }
                    }
                }
                continue;
            }
            let t0 = &tokens[first];
            // "eastern As-Sweida", "northern Hama": a side of a governorate, not the
            // village named "Eastern Sweida"; the governorate's own match is taken instead.
            if is_side(&t0.text.to_ascii_lowercase()) && side_of_governorate(first, last) {
                continue;
            }
            // "As-Salamiyeh eastern countryside" is not the village "Eastern Salam": a
            // side word before a region word ("countryside", "outskirts") frames the region
            // (the shorter match before it stands).
            if last > first && is_side_or_corner(&tokens[last].text.to_ascii_lowercase()) && {
                let next = text[tokens[last].end..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                let next = next
                    .trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_ascii_lowercase();
                matches!(
                    next.as_str(),
                    "countryside"
                        | "outskirts"
                        | "suburbs"
                        | "suburb"
                        | "side"
                        | "sector"
                        | "part"
                        | "parts"
                        | "edge"
                        | "edges"
                        | "bank"
                        | "desert"
                        | "front"
                        | "axis"
                )
            } {
                continue;
            }
            // "In Hama" is not "Ein Elhamam": a preposition opens no name (the shorter
            // match after it stands).
            if !t0.arabic
                && last > first
                && matches!(
                    t0.text.to_ascii_lowercase().as_str(),
                    "in" | "at" | "on" | "of" | "from" | "to" | "near" | "into"
                )
            {
                continue;
            }
            // Arabic function words that normalise to a village's name (على, "Ali").
            if t0.arabic
                && tokens[first..=last]
                    .iter()
                    .all(|t| self.is_stopname(t.text))
            {
                continue;
            }
            if !t0.arabic {
                // A Latin place name is written capitalised, or opens with a lower-case
                // word that belongs to it ("rural Damascus", "eastern Ghouta"); all-stopword
                // matches are not names.
                let capitalised =
                    |t: &Token<'_>| t.text.chars().next().is_some_and(char::is_uppercase);
                let opened = is_opener(t0.text) && last > first && capitalised(&tokens[last]);
                // "the eastern countryside of homs": a governorate written in lower case
                // still counts where a region frame stands before it.
                let lower_governorate = || {
                    first == last
                        && places
                            .iter()
                            .any(|p| self.place(*p).kind == PlaceKind::Governorate)
                        && relation_with(text, Span(t0.start, t0.end), false) == Relation::Region
                };
                // "the 137th Brigade": a base named after its unit opens with the ordinal.
                let numbered = t0.text.as_bytes()[0].is_ascii_digit()
                    && last > first
                    && capitalised(&tokens[last]);
                if !capitalised(t0) && !opened && !numbered && !lower_governorate() {
                    continue;
                }
                let all_stop = tokens[first..=last]
                    .iter()
                    .zip(&keyed.has_key[first..=last])
                    .all(|(t, &has_key)| !has_key || self.is_stopname(t.text));
                if all_stop {
                    continue;
                }
                // "Bashar al-Assad", "Assad forces", "Rami Abdurrahman": a personal name is a
                // place only where a locative word puts it ("in Assad" would).
                let personal = tokens[first..=last]
                    .iter()
                    .all(|t| contains_lower(&self.personal_names, t.text));
                let mut before = first;
                while before > 0 && is_article(&tokens[before - 1].text.to_ascii_lowercase()) {
                    before -= 1;
                }
                let locative = before > 0 && is_locative(tokens[before - 1].text);
                if personal && !locative {
                    continue;
                }
                // "the forces of Ahmed Al-Abdu": the word after a given name that opens a
                // person's name (no capitalised word or locative word before it) is the
                // surname. ("Ein Issa Raqqa", "Sheikh Ahmad" are places: a word before.)
                let surname = before > 1 && {
                    let given = &tokens[before - 1];
                    let prev = &tokens[before - 2];
                    text.get(given.end..tokens[before].start) == Some(" ")
                        && given.text.starts_with(|c: char| c.is_uppercase())
                        && contains_lower(&self.given_names, given.text)
                        && !prev.text.starts_with(|c: char| c.is_uppercase())
                        && !is_locative(prev.text)
                };
                if surname {
                    continue;
                }
                // "commander Kamal Kirkuki", "priest Diaa Aziz": capitalised words after a
                // title are a person's name.
                let mut k = first;
                while k > 0
                    && tokens[k - 1].text.starts_with(|c: char| c.is_uppercase())
                    && text.get(tokens[k - 1].end..tokens[k].start) == Some(" ")
                {
                    k -= 1;
                }
                if k > 0
                    && text.get(tokens[k - 1].end..tokens[k].start) == Some(" ")
                    && contains_lower(&self.titles, tokens[k - 1].text)
                {
                    continue;
                }
                // "ISIL", "SANA", "SDF", and the mixed-case short forms of faction names
                // ("JaS", "FaR", "LaQ"): acronyms, not names.
                // Not where the text around is in capitals itself ("CLASHES IN IDLIB").
                let acronym = |t: &Token<'_>| {
                    let b = t.text.as_bytes();
                    b.len() >= 2
                        && (b.iter().all(u8::is_ascii_uppercase)
                            || (b.len() <= 4
                                && b.iter().all(u8::is_ascii_alphabetic)
                                && b[0].is_ascii_uppercase()
                                && b[1..].iter().any(u8::is_ascii_uppercase)))
                };
                if tokens[first..=last].iter().all(acronym) && !shouting(text, t0.start) {
                    continue;
                }
                // In a headline written in title case ("Militants Attack Syrias Idlib Kill 3")
                // capitals say nothing: a word counts as a name there only when the body
                // writes it capitalised too, or when it names a city or governorate.
                if headline.in_title_case(t0.start) {
                    let major = places
                        .iter()
                        .any(|p| self.place(*p).importance >= CITY_IMPORTANCE)
                        && kind == KeyKind::Vowel;
                    if !major
                        && !tokens[first..=last]
                            .iter()
                            .all(|t| headline.body_capitalised.contains(t.text))
                    {
                        continue;
                    }
                }
            }
            let mut start = t0.start;
            if first > 0 {
                let prev = &tokens[first - 1];
                let gap = &text[prev.end..t0.start];
                let art = prev.text.to_lowercase();
                // "al-X", "Al X"; but "at Deir Ezzor" is a preposition, not "at-".
                if !prev.arabic
                    && is_article(&art)
                    && (gap == "-" || (gap == " " && matches!(art.as_str(), "al" | "el")))
                {
                    start = prev.start;
                }
            }
            let partial = runs_on(&tokens, first, last, text);
            // "Maaret" of "Maaret Harma", "Tall" of "Tall Mustayfi": a generic head word
            // matched alone, where the name goes on, says nothing of the place.
            if partial && tokens[first..=last].iter().all(|t| is_generic_head(t.text)) {
                continue;
            }
            let span = Span(start, tokens[last].end);
            // "Battles continued ...": a sentence's first word is capitalised whatever it
            // is, so a loose match of one word there ("Batlaus") is no evidence of a name.
            if kind == KeyKind::Skeleton && first == last && {
                let before = tokens[..first].iter().rev().find(|t| t.end <= span.0);
                before.is_none_or(|t| text[t.end..span.0].contains(['.', '!', '?', '\n', ':']))
            } {
                continue;
            }
            let lo = masked.partition_point(|m| m.0 + widest < span.0);
            if masked[lo..]
                .iter()
                .take_while(|m| m.0 < span.1)
                .any(|m| span.0 < m.1)
            {
                continue;
            }
            for t in &mut taken[first..=last] {
                *t = true;
            }
            by_tokens.insert((first, last), out.len());
            // "Tell Abiad street in Ar-Raqqa city": a street named after a town is in
            // another place; like a road's end, it gives way to the place around it.
            let next_word = text[span.1..]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches([',', '.', ';']);
            let next_is = |words: &[&str]| words.iter().any(|x| next_word.eq_ignore_ascii_case(x));
            // "Al-Hammah Mountain west of Markada" is no more Hama city than a street is.
            let street = next_is(&["street", "st", "avenue", "mountain", "mount"]);
            // "the Al Abadi tribe", "Al-Baggara clan": people, not a place.
            if next_is(&["tribe", "tribes", "clan", "clans", "tribesmen"]) {
                continue;
            }
            let on_road = road_end(text, span) || street;
            let mut relation = relation_with(text, span, on_road);
            // "in northern Hama", "eastern Deir-ez-Zor": a side of a governorate is a
            // region of it (a side of a town, "western Harasta", is still the town).
            if relation == Relation::Plain
                && first > 0
                && is_side_or_corner(&tokens[first - 1].text.to_ascii_lowercase())
                && places
                    .iter()
                    .any(|p| self.place(*p).kind == PlaceKind::Governorate)
            {
                relation = Relation::Region;
            }
            // "Daraa: a civilian was shot dead ... in the town of Jasim": a governorate
            // heading a paragraph of a round-up is the governorate, the region of what
            // the paragraph tells.
            let heading = text[span.1..]
                .trim_start_matches([' ', '\t'])
                .starts_with(':')
                && text[..span.0]
                    .rsplit('\n')
                    .next()
                    .is_some_and(|line| line.trim().is_empty());
            if relation == Relation::Plain
                && heading
                && places
                    .iter()
                    .any(|p| self.place(*p).kind == PlaceKind::Governorate)
            {
                relation = Relation::Region;
            }
            out.push(PlaceMention {
                span,
                candidates: places.iter().map(|&place| candidate(place)).collect(),
                relation,
                framed_by: None,
                after_unknown_name: after_unknown_name(&tokens, first, text, &masked, widest),
                partial,
                on_road,
                named_after: street,
                part_of_frame: false,
                spelled: if t0.arabic {
                    String::new()
                } else {
                    spelling(&text[span.0..span.1])
                },
            });
        }
        out.sort_by_key(|m| m.span.0);
        // How each candidate's name compares with the text's spelling, read once here
        // rather than in every resolution pass.
        for m in &mut out {
            if m.spelled.is_empty() {
                continue;
            }
            let text_nisba = nisba_ending(&m.spelled);
            for c in &mut m.candidates {
                let name = &self.place(c.place).name;
                c.same_spelling = spelled_as(name, &m.spelled);
                c.nisba_mismatch = name.is_ascii() && nisba_ending_name(name) != text_nisba;
            }
        }
        for i in 1..out.len() {
            let (a, b) = (out[i - 1].span.1, out[i].span.0);
            // A governorate is in no town's area ("in Hama, near Al-Latamna" places the
            // event near the town, in Hama).
            let near_only = || {
                let between = text[a..b].to_ascii_lowercase();
                words_of(&between).any(|w| w == "near")
                    && !words_of(&between).any(|w| matches!(w, "in" | "of"))
            };
            let governorate = out[i - 1]
                .candidates
                .iter()
                .any(|c| self.place(c.place).kind == PlaceKind::Governorate);
            // "the Tadmor - Deir-ez-Zor road": two ends of a road, neither in the other.
            let road = out[i - 1].on_road && out[i].on_road;
            out[i - 1].framed_by =
                (b >= a && frames(&text[a..b]) && !(governorate && near_only()) && !road)
                    .then_some(i);
            out[i - 1].part_of_frame = out[i - 1].framed_by.is_some() && {
                let between = text[a..b].to_ascii_lowercase();
                // (A sub-district is not a part of a town: "Bulbul sub-district of Afrin".)
                words_of(&between).any(|w| matches!(w, "in" | "of"))
                    && !words_of(&between).any(|w| w == "sub")
                    && words_of(&between).any(|w| {
                        matches!(
                            w,
                            "neighbourhood" | "neighborhood" | "quarter" | "district" | "camp"
                        )
                    })
            };
            // "between Nawa and Jasim", "in the vicinity of Jawalek and Al-Mahta": the
            // frame of a list's first name holds for the names after it.
            if in_one_list(text, a, b)
                && out[i - 1].relation == Relation::Near
                && out[i].relation == Relation::Plain
            {
                out[i].relation = Relation::Near;
            }
        }
        // "on the Sayada and Tadaf frontlines": a plural front word after a list's last
        // name is every name's front.
        for i in (1..out.len()).rev() {
            let (a, b) = (out[i - 1].span.1, out[i].span.0);
            let fronts = || {
                words_of(&lower_after(text, out[i].span.1))
                    .next()
                    .is_some_and(|w| matches!(w, "fronts" | "frontlines" | "axes"))
            };
            if in_one_list(text, a, b)
                && out[i].relation == Relation::Near
                && out[i - 1].relation == Relation::Plain
                && fronts()
            {
                out[i - 1].relation = Relation::Near;
            }
        }
        // "Hamidiya, Al-Rashidia, Jbeileh and Al-Huwaiqa neighbourhoods in Deir-ez-Zor city",
        // "the villages of A, B and C in Raqqa countryside": the frame after a list's last
        // name ("in", "of": not a mere comma) frames every name of the list, named in the
        // gazetteer or not, and "neighbourhoods" after the last is every name's frame word.
        for i in 0..out.len() {
            for f in i + 1..out.len().min(i + 8) {
                let (a, b) = (out[i].span.1, out[f].span.0);
                if b < a {
                    break;
                }
                match list_then_frame(&text[a..b]) {
                    ListFrame::Frame { neighbourhoods } => {
                        out[i].framed_by = Some(f);
                        if neighbourhoods && out[i].relation == Relation::Plain {
                            out[i].relation = Relation::Neighbourhood;
                        }
                        break;
                    }
                    ListFrame::List => continue,
                    ListFrame::Neither => break,
                }
            }
        }
        out
    }

    /// Decides each mention's place from the evidence in the whole text.
    pub fn resolve(&self, mentions: &[PlaceMention]) -> Vec<ResolvedPlace> {
        self.resolve_with(mentions, &[])
    }

    /// [`Gazetteer::resolve`], with governorates the text's context suggests (where the
    /// parties it names operate): weak evidence, for namesakes nothing else decides. A
    /// governorate listed more than once (suggested by several parties) weighs more.
    pub fn resolve_with(&self, mentions: &[PlaceMention], hints: &[String]) -> Vec<ResolvedPlace> {
        let out = self.resolve_passes(mentions, hints, true);
        // Names in different governorates can rule each other out ("advanced towards
        // Al-Mhassa ... in Eastern Qalamoon areas", "between Alhajjar Alswad and Yalda
        // towns") until no place is left, not even a governorate. Then the exactly spelled
        // ones stand after all.
        let placed = |r: &[ResolvedPlace]| r.iter().any(|r| !r.partial);
        let exact_place = |m: &PlaceMention| {
            !m.partial
                && !m.named_after
                && m.candidates
                    .iter()
                    .any(|c| c.key == KeyKind::Vowel && !self.place(c.place).kind.is_admin())
        };
        if !placed(&out) && mentions.iter().any(exact_place) {
            return self.resolve_passes(mentions, hints, false);
        }
        out
    }

    /// Both resolution passes; `rule_out_elsewhere`: whether an exact minor place in a
    /// governorate the text does not name, where it names others, is dropped.
    fn resolve_passes(
        &self,
        mentions: &[PlaceMention],
        hints: &[String],
        rule_out_elsewhere: bool,
    ) -> Vec<ResolvedPlace> {
        // An anchor: where a name stands in the text, and its place's point.
        let anchor = |pos: usize, id: PlaceId| {
            let p = self.place(id);
            (pos, (p.lat, p.lon))
        };
        // Unambiguous places anchor the first pass.
        let anchors: Vec<(usize, (f64, f64))> = mentions
            .iter()
            .filter(|m| {
                !m.partial
                    && m.candidates.len() == 1
                    && !self.place(m.candidates[0].place).kind.is_admin()
            })
            .map(|m| anchor(m.span.0, m.candidates[0].place))
            .collect();
        let first = self.resolve_pass(mentions, hints, &anchors, 1.5, rule_out_elsewhere);
        if mentions.iter().all(|m| m.candidates.len() <= 1) {
            return first;
        }
        // Places a report names together lie near each other: the first pass's choices
        // anchor a second, so namesakes of two ambiguous names settle on the pair that
        // lie together ("al-Jasmi, Sheikh Hamad and Busaytin").
        let anchors: Vec<(usize, (f64, f64))> = first
            .iter()
            .filter(|r| !r.partial && !self.place(r.place).kind.is_admin())
            .map(|r| anchor(r.span.0, r.place))
            .collect();
        self.resolve_pass(mentions, hints, &anchors, ANCHOR2, rule_out_elsewhere)
    }

    fn resolve_pass(
        &self,
        mentions: &[PlaceMention],
        hints: &[String],
        anchors: &[(usize, (f64, f64))],
        anchor_weight: f32,
        rule_out_elsewhere: bool,
    ) -> Vec<ResolvedPlace> {
        // Governorates each mention is sure of: named outright, or all candidates agree.
        // The governorate all of a mention's exact candidates lie in, if they agree.
        let agreed = |m: &PlaceMention| -> Option<&String> {
            sole_governorate(
                m.candidates
                    .iter()
                    .filter(|c| self.exact(c))
                    .filter_map(|c| self.place(c.place).admin1.as_ref())
                    .map(Some),
            )
        };
        // The governorate all of a mention's candidates lie in, where none spells it
        // exactly ("Al-Shuhail", OCHA's Shiheil, found by its consonants).
        let loosely_agreed = |m: &PlaceMention| -> Option<&String> {
            if m.candidates.iter().any(|c| self.exact(c)) {
                return None;
            }
            sole_governorate(
                m.candidates
                    .iter()
                    .map(|c| self.place(c.place).admin1.as_ref()),
            )
        };
        let names_governorate = |m: &PlaceMention| {
            m.candidates
                .iter()
                .any(|c| self.place(c.place).kind == PlaceKind::Governorate)
        };
        // A name matched only in part ("Dahr" of "Dahr al-Aswad") is no evidence for others.
        // A name whose frame lies in another governorate ("Alasha'ary in Eastern Ghouta",
        // where the only exact Alasha'ary is in Dar'a) is a village the gazetteer lacks or a
        // namesake the frame rules out: it vouches for no governorate, so it cannot make
        // its frame look out of place.
        let against_frame = |m: &PlaceMention| {
            !names_governorate(m)
                && m.framed_by.and_then(|f| mentions.get(f)).is_some_and(|f| {
                    !f.partial
                        && agreed(f)
                            .is_some_and(|g| agreed(m).is_some_and(|own| !same_area(own, g)))
                })
        };
        let sure: Vec<(usize, &String)> = mentions
            .iter()
            .filter(|m| !m.partial && !m.named_after && !against_frame(m))
            .filter_map(|m| {
                // "Dara countryside", "Hama province": the governorate is meant.
                if m.relation == Relation::Region {
                    if let Some(g) = m
                        .candidates
                        .iter()
                        .map(|c| self.place(c.place))
                        .find(|p| p.kind == PlaceKind::Governorate)
                    {
                        return g.admin1.as_ref().map(|a| (m.span.0, a));
                    }
                }
                // A mention without an exact candidate in any governorate is sure of none.
                m.candidates
                    .iter()
                    .filter(|c| self.exact(c))
                    .find_map(|c| self.place(c.place).admin1.as_ref())?;
                if let Some(g) = agreed(m) {
                    return Some((m.span.0, g));
                }
                // A city among villages of the same name ("As-Sweida") is the city: its
                // governorate is sure when it outweighs every namesake elsewhere.
                let mut by_weight: Vec<&crate::gazetteer::Place> =
                    m.candidates.iter().map(|c| self.place(c.place)).collect();
                by_weight.sort_by(|a, b| b.importance.total_cmp(&a.importance));
                let top = by_weight.first()?;
                let rival = by_weight.iter().find(|p| p.admin1 != top.admin1);
                let clear = rival.is_none_or(|r| top.importance - r.importance >= 2.0);
                (top.importance >= CITY_IMPORTANCE && clear)
                    .then(|| top.admin1.as_ref().map(|a| (m.span.0, a)))
                    .flatten()
            })
            .collect();
        let mut sure_count: HashMap<&String, usize, FastHash> = HashMap::default();
        for &(_, g) in &sure {
            *sure_count.entry(g).or_default() += 1;
        }
        // How each sure mention is spelled, by its position.
        let spelled_at: HashMap<usize, &str, FastHash> = mentions
            .iter()
            .filter(|m| !m.spelled.is_empty())
            .map(|m| (m.span.0, m.spelled.as_str()))
            .collect();
        // The sure mentions (indices into `sure`) of each spelling.
        let mut sure_by_spelling: HashMap<&str, Vec<usize>, FastHash> = HashMap::default();
        for (i, (pos, _)) in sure.iter().enumerate() {
            if let Some(sp) = spelled_at.get(pos) {
                sure_by_spelling.entry(sp).or_default().push(i);
            }
        }
        // Governorates the text names a town or village in (a name that is not itself
        // a governorate's, whose candidates all lie in one governorate; a town that
        // heads a district or sub-district, "Busra Al-Sham", is a town): there, the
        // governorate's bare name ("4 fatalities in Deir-ez-Zor") is the governorate,
        // not its capital.
        let local: Vec<(usize, &String)> = mentions
            .iter()
            .filter(|m| !m.partial && m.relation != Relation::City && !names_governorate(m))
            .filter_map(|m| Some((m.span.0, agreed(m).or_else(|| loosely_agreed(m))?)))
            .collect();
        let mut out = Vec::new();
        for (mi, m) in mentions.iter().enumerate() {
            // "Sharkrak in Ar-Raqqa", "Jabal al-Zawiya in Idleb": a governorate's name
            // right after a more precise place names the governorate, not its capital.
            let after_place = m.after_unknown_name
                || mi > 0 && {
                    let prev = &mentions[mi - 1];
                    m.span.0 > prev.span.1
                        && m.span.0 - prev.span.1 <= 40
                        && prev
                            .candidates
                            .iter()
                            .any(|c| !self.place(c.place).kind.is_admin())
                };
            // "Jasmi town in Deir ez Zor countryside": the governorate that frames the
            // name bounds where it can be. A governorate is framed by none ("Aleppo, Deir
            // ez-Zor and Raqqa" is a list).
            let framing = m.framed_by.and_then(|f| mentions.get(f));
            let frame: Option<&String> = framing
                .filter(|next| !names_governorate(m) && names_governorate(next))
                .and_then(|next| {
                    let i = sure.binary_search_by_key(&next.span.0, |x| x.0).ok()?;
                    Some(sure[i].1)
                });
            // "Jdideh village in the countryside of Ras al-Ain": a town, region or district
            // that frames the name puts it near the town or region or inside the unit
            // (taking the framing name's likeliest, most important, namesakes).
            let (framing_points, framing_units): (Vec<(f64, f64)>, Vec<&String>) = framing
                .filter(|next| frame.is_none() && !next.partial)
                .map(|next| {
                    let places: Vec<&crate::gazetteer::Place> = next
                        .candidates
                        .iter()
                        .map(|c| self.place(c.place))
                        .filter(|p| {
                            matches!(
                                p.kind,
                                PlaceKind::Community
                                    | PlaceKind::Town
                                    | PlaceKind::District
                                    | PlaceKind::SubDistrict
                                    | PlaceKind::Area
                                    | PlaceKind::Landmark
                            )
                        })
                        .collect();
                    let top = places.iter().map(|p| p.importance).fold(f32::MIN, f32::max);
                    let top: Vec<_> = places.into_iter().filter(|p| p.importance >= top).collect();
                    let points = top
                        .iter()
                        .filter(|p| !p.kind.is_admin())
                        .map(|p| (p.lat, p.lon))
                        .collect();
                    let units = top
                        .iter()
                        .filter(|p| p.kind.is_admin())
                        .filter_map(|p| p.pcode.as_ref())
                        .collect();
                    (points, units)
                })
                .unwrap_or_default();
            // The framing name spells a place exactly: sure enough to rule loose matches out.
            let frame_spelled = framing.is_some_and(|f| {
                f.candidates
                    .iter()
                    .any(|c| self.exact(c) && c.same_spelling)
            });
            let mut best: Option<(f32, PlaceId)> = None;
            let distinct = m.candidates.len();
            // Some place goes by exactly this name (not only under another spelling).
            let own_name_exists = m
                .candidates
                .iter()
                .any(|c| c.key == KeyKind::Vowel && !c.other_spelling);
            let exact_exists = m.candidates.iter().any(|c| self.exact(c));
            let has_neighbourhood = m
                .candidates
                .iter()
                .any(|c| self.place(c.place).kind == PlaceKind::Neighbourhood);
            // The best documented of the places the name spells exactly.
            let exact_importance = m
                .candidates
                .iter()
                .filter(|c| self.exact(c))
                .map(|c| self.place(c.place).importance)
                .fold(f32::MIN, f32::max);
            // Evidence from the other mentions (this one's own vote taken out).
            // A name that spells none of its places exactly, told again ("clashes in Tal
            // Manakh ... Manakh 2", Manaq in Aleppo), is no independent evidence of its
            // own governorate: its mentions' votes go too. A name spelled as a place
            // ("Shadadah") and told twice is likelier that place than a stray word.
            let loose_name = !m.spelled.is_empty() && !m.candidates.iter().any(|c| c.same_spelling);
            let same_name = |pos: usize| {
                pos == m.span.0
                    || loose_name
                        && spelled_at
                            .get(&pos)
                            .is_some_and(|sp| *sp == m.spelled.as_str())
            };
            // The sure mentions of this name: found through the spelling's index, not by
            // reading every sure mention for every mention (quadratic in a long report).
            let own_votes: Vec<&String> = if loose_name {
                sure_by_spelling
                    .get(m.spelled.as_str())
                    .map_or_else(Vec::new, |at| at.iter().map(|&i| sure[i].1).collect())
            } else {
                sure.binary_search_by_key(&m.span.0, |x| x.0)
                    .map_or_else(|_| Vec::new(), |i| vec![sure[i].1])
            };
            debug_assert!(own_votes.len() == sure.iter().filter(|x| same_name(x.0)).count());
            let votes = |g: &String| {
                sure_count.get(g).copied().unwrap_or(0)
                    - own_votes.iter().filter(|x| **x == g).count()
            };
            let others = sure.len() - own_votes.len();
            let named = |a: &String| votes(a) > 0;
            // The one place of exactly this name, if the name spells only one.
            let sole_exact = {
                let mut exact = m.candidates.iter().filter(|c| c.key == KeyKind::Vowel);
                exact
                    .next()
                    .filter(|_| exact.next().is_none())
                    .map(|c| c.place)
            };
            for c in &m.candidates {
                let p = self.place(c.place);
                // Outside the framing governorate, only a village on its border stays: the
                // one place of that exact name, within a few km of the governorate's
                // communities ("Umm Turaykiyah in Hama countryside" lies just inside Idlib).
                // Reports often give a border village the governorate next door.
                let only_exact = || sole_exact == Some(c.place);
                let on_border_of = |g: &String| {
                    p.kind == PlaceKind::Community
                        && self.near_governorate((p.lat, p.lon), g, BORDER_KM)
                };
                if frame.is_some_and(|g| !p.admin1.as_ref().is_some_and(|a| same_area(a, g)))
                    && !(only_exact() && frame.is_some_and(on_border_of))
                {
                    continue;
                }
                // A match in a governorate the text never names, where it names others, is
                // more likely another word or a village the gazetteer lacks than a far-away
                // namesake; only a loose match or a minor place is dropped, a city stays,
                // unless only part of the name matched it ("Tall" of "Tall Mustayfi in Idleb").
                // A village on the border of a governorate the text names stays, as above.
                // Farther than `km` from every point of the town that frames the name.
                let beyond_frame = |km: f64| {
                    frame_spelled
                        && !framing_points.is_empty()
                        && framing_points
                            .iter()
                            .all(|&pt| distance_km(pt, (p.lat, p.lon)) > km)
                };
                // "Zaza in Eastern Qalamoun": a loose match (by consonants, or only through
                // another spelling: GeoNames' "Ezzaz" for Azaz) far from the town or area
                // that frames it is another word (Azaz, 300 km north); the frame stands.
                if (c.key == KeyKind::Skeleton || c.other_spelling) && beyond_frame(FRAME_REACH_KM)
                {
                    continue;
                }
                // "Al Hilaliya neighbourhood in Quamishli city": a part of a town lies
                // within the town; a namesake farther off is a place the gazetteer lacks,
                // and the town stands instead.
                if m.part_of_frame && beyond_frame(CITY_REACH_KM) {
                    continue;
                }
                // Damascus and Rural Damascus are one area as reports name places ("the Hajar
                // al-Aswad area of Damascus").
                let outside = others > 0
                    && !p
                        .admin1
                        .as_ref()
                        .is_some_and(|a| sure_count.keys().any(|g| same_area(a, g) && named(g)));
                let border = || {
                    !m.partial
                        && only_exact()
                        && sure_count.keys().any(|g| votes(g) > 0 && on_border_of(g))
                };
                if outside
                    && (c.key == KeyKind::Skeleton
                        || (rule_out_elsewhere && p.importance < CITY_IMPORTANCE)
                        || m.partial)
                    && !border()
                {
                    continue;
                }
                // "Jbeileh" spells villages of that name exactly and the city of Jablah only
                // loosely: a loosely matched place's fame is no evidence beyond that of the
                // places the text spells.
                let importance = if c.key == KeyKind::Skeleton && exact_exists {
                    p.importance.min(exact_importance + LOOSE_FAME)
                } else {
                    p.importance
                };
                let mut s = importance;
                s += match p.kind {
                    // "Al-ShaHba'a neighborhood": a city (Shahba in As-Sweida) is no
                    // neighbourhood where one of that name stands among the candidates.
                    PlaceKind::Community
                        if m.relation == Relation::Neighbourhood
                            && p.importance >= CITY_IMPORTANCE
                            && has_neighbourhood =>
                    {
                        -3.0
                    }
                    PlaceKind::Community => 1.0,
                    PlaceKind::Town => 0.8,
                    PlaceKind::Landmark | PlaceKind::Area => 2.5,
                    PlaceKind::Neighbourhood => {
                        if m.relation == Relation::Neighbourhood {
                            4.0
                        } else {
                            -0.5
                        }
                    }
                    // "Aleppo city", "the city of Dar'a": the town, never the unit named after it.
                    _ if m.relation == Relation::City && p.kind.is_admin() => -6.0,
                    PlaceKind::Governorate | PlaceKind::District => match (m.relation, p.kind) {
                        (Relation::Region, PlaceKind::Governorate) => 6.0,
                        (Relation::Plain, PlaceKind::Governorate)
                            if after_place
                                || local.iter().any(|(pos, g)| {
                                    *pos != m.span.0 && p.admin1.as_ref() == Some(*g)
                                }) =>
                        {
                            6.0
                        }
                        // "Tadmor desert": the town's point serves better than its district's centroid.
                        (Relation::Region, _) => -1.0,
                        (_, PlaceKind::Governorate) => -0.5,
                        _ => -2.0,
                    },
                    PlaceKind::SubDistrict => -1.0,
                };
                if c.key == KeyKind::Skeleton {
                    // Loose matches are a fallback; where the name spells some place
                    // exactly, they need far more evidence.
                    s -= if exact_exists { 4.0 } else { 1.5 };
                }
                // Among namesakes under one key, the one spelled exactly as the text
                // spells it ("Kawkab", not "Kawkabeh"): weak evidence, since writers
                // often copy a place's official spelling.
                if c.same_spelling {
                    s += SAME_SPELLING;
                }
                // A town matched only through one of GeoNames' other spellings ("Ma`ratah"
                // for Mare') is a weaker reading than a place that goes by the name.
                if c.other_spelling && own_name_exists {
                    s -= OTHER_SPELLING;
                }
                // Keys fold the "-iyeh" ending away, so "Qusayriyah" keys like "Qusayr" and
                // "Rashidiyeh" like "Rashid"; but the ending makes another name. A namesake
                // that has it where the text has not, or the reverse, weighs less.
                // Where a namesake agrees with the text in the ending, it is as loose as
                // a skeleton match; but "X neighbourhood" says what kind of place X is,
                // which outweighs the ending (OCHA's "Rashidiyeh" neighbourhood of
                // Ar-Raqqa is the "Rashid neighborhood" of reports).
                if c.nisba_mismatch {
                    s -= if exact_exists && m.relation != Relation::Neighbourhood {
                        4.0
                    } else {
                        NISBA_MISMATCH
                    };
                }
                if p.quality == CoordQuality::SubDistrictCentroid {
                    s -= 0.3;
                }
                let in_unit = [&p.admin2, &p.admin3]
                    .into_iter()
                    .flatten()
                    .any(|u| framing_units.contains(&u));
                if in_unit
                    || framing_points
                        .iter()
                        .any(|&pt| closer_than_km(pt, (p.lat, p.lon), 35.0))
                {
                    s += 2.5;
                }
                // A governorate more parties suggest weighs more.
                let hinted = p
                    .admin1
                    .as_ref()
                    .map_or(0, |a| hints.iter().filter(|h| *h == a).count());
                if hinted > 0 {
                    s += 1.5 + 0.5 * (hinted - 1) as f32;
                }
                if let Some(a1) = &p.admin1 {
                    let lo = sure.partition_point(|x| x.0 + 300 <= m.span.0);
                    let near = sure[lo..]
                        .iter()
                        .take_while(|x| x.0 < m.span.0 + 300)
                        .any(|(pos, g)| *g == a1 && !same_name(*pos));
                    let anywhere = votes(a1);
                    if near {
                        s += 3.0;
                    }
                    if others > 0 {
                        s += 2.0 * anywhere as f32 / others as f32;
                    }
                }
                // Unambiguous places nearby in the text (within a few paragraphs).
                let lo = anchors.partition_point(|x| x.0 + 3000 <= m.span.0);
                let close = anchors[lo..].iter().take_while(|x| x.0 < m.span.0 + 3000);
                if close
                    .into_iter()
                    .any(|(pos, pt)| *pos != m.span.0 && closer_than_km(*pt, (p.lat, p.lon), 40.0))
                {
                    s += anchor_weight;
                }
                if best.is_none_or(|(b, _)| s > b) {
                    best = Some((s, c.place));
                }
            }
            let Some((score, id)) = best else { continue };
            let relation = if after_place && self.place(id).kind == PlaceKind::Governorate {
                Relation::Region
            } else {
                m.relation
            };
            out.push(ResolvedPlace {
                span: m.span,
                place: id,
                precision: self.precision(id, relation),
                relation,
                score,
                alternatives: distinct,
                partial: m.partial,
                on_road: m.on_road,
            });
        }
        out
    }

    /// Whether a candidate spells the mention's name: a vowel-key match, not one that
    /// differs from the text in the "-iyeh" ending (keys fold it away, but "Baladiya" is
    /// not "Al-Balad"), which is as loose as a skeleton match. Admin units are known by
    /// every spelling ("Lattakia governorate" is Latakia, whose "-ia" is no ending).
    fn exact(&self, c: &Candidate) -> bool {
        c.key == KeyKind::Vowel && (!c.nisba_mismatch || self.place(c.place).kind.is_admin())
    }

    /// A governorate's capital: the city it is named after, else its most important community.
    pub fn capital(&self, gov: &crate::gazetteer::Place) -> Option<&crate::gazetteer::Place> {
        gov.admin1
            .as_ref()
            .and_then(|a| self.capitals.get(a))
            .map(|id| self.place(*id))
    }

    /// ACLED's geo-precision for a place framed by `relation`.
    pub fn precision(&self, id: PlaceId, relation: Relation) -> u8 {
        let p = self.place(id);
        let base = match (p.kind, p.quality) {
            (PlaceKind::Governorate, _) => 3,
            (PlaceKind::District, _) => 3,
            (PlaceKind::SubDistrict, _) => 2,
            (_, CoordQuality::SubDistrictCentroid) => 2,
            // A named facility or quarter is a place of its own (ACLED codes "Jobar", "the
            // T4 airbase" at 1); a named region is an area (2).
            (PlaceKind::Area, _) => 2,
            _ => 1,
        };
        let framed = match relation {
            // "Al Mayadin desert", "the countryside of Ras al-Ain": near a town; the
            // countryside of a governorate is a region.
            Relation::Region if !p.kind.is_admin() => 2,
            Relation::Region => 3,
            Relation::Near => 2,
            _ => 1,
        };
        base.max(framed)
    }

    /// The record form of a resolved place.
    pub fn location(&self, r: &ResolvedPlace, text: &str) -> Location {
        let p = self.place(r.place);
        let (pcode, name) = match (p.kind, p.parent) {
            // A neighbourhood counts as its city.
            (PlaceKind::Neighbourhood, Some(city)) => (
                self.place(city).pcode.clone(),
                text[r.span.0..r.span.1].to_string(),
            ),
            _ => (p.pcode.clone(), p.name.clone()),
        };
        let admin1 = p.admin1.as_deref().and_then(|a| self.governorate(a));
        // A region coded at the governorate is placed, as ACLED places it, at the
        // governorate's capital rather than the desert middle of its area.
        // A district or sub-district likewise sits at its centre town ("Tadmor district").
        let (lat, lon) = match p.kind {
            PlaceKind::Governorate => self.capital(p).map_or((p.lat, p.lon), |c| (c.lat, c.lon)),
            PlaceKind::District | PlaceKind::SubDistrict => p
                .pcode
                .as_ref()
                .and_then(|c| self.unit_centres.get(c))
                .map_or((p.lat, p.lon), |&c| (self.place(c).lat, self.place(c).lon)),
            _ => (p.lat, p.lon),
        };
        Location {
            name,
            pcode,
            admin1: admin1.map(|g| g.name.clone()),
            admin1_pcode: p.admin1.clone(),
            lat: Some(lat),
            lon: Some(lon),
            precision: r.precision,
            approximate: matches!(
                p.quality,
                CoordQuality::Approximate
                    | CoordQuality::SubDistrictCentroid
                    | CoordQuality::Centroid
            ),
            span: Some(r.span),
        }
    }
}

/// A wording's vowel keys and the candidate places (a range of the shared list) its
/// skeleton match kept.
type CheckedWording = (String, (usize, usize));

/// A run of words whose keys spell a name: tokens `first..=last`, and its candidate
/// places as a range of the shared candidate list.
struct NameMatch {
    first: usize,
    last: usize,
    kind: KeyKind,
    /// The key's index in its [`KeyIndex`].
    pattern: u32,
    places: (usize, usize),
}

/// Finds every run of units in one key space whose joined keys are a name's key.
/// Runs grow one unit at a time while they spell the start of some longer name.
/// Skeleton matches are checked against the vowel keys of the same words.
fn scan(
    index: &KeyIndex,
    keyed: &Keyed,
    kind: KeyKind,
    tokens: &[Token<'_>],
    found: &mut Vec<NameMatch>,
    arena: &mut Vec<PlaceId>,
) {
    let units = &keyed.units[if kind == KeyKind::Vowel { 0 } else { 1 }];
    // A name repeats through a report ("Syrian", "Damascus"): the vowel check of a
    // skeleton match is done once per pattern and wording, its places kept in `arena`.
    let mut checked: HashMap<u32, Vec<CheckedWording>, FastHash> = HashMap::default();
    let (mut name, mut vowels) = (String::new(), String::new());
    for (u, unit) in units.iter().enumerate() {
        if unit.key.is_none() {
            continue;
        }
        name.clear();
        for (n, next) in units[u..].iter().enumerate() {
            if next.key.is_none() || (n > 0 && next.after_break) {
                break;
            }
            if !name.is_empty() {
                name.push(' ');
            }
            name.push_str(keyed.key(next));
            let Some(entry) = index.lookup.get(name.as_str()) else {
                break;
            };
            if let Some(pattern) = entry.key {
                let (first, last) = (unit.first, next.last);
                // A loose match may not take in a lower-case word ("Karama town" is not
                // "Karm Eltin"): only an exact key spans one ("Damascus countryside").
                let lower_word = || {
                    tokens[first..=last].iter().any(|t| {
                        t.text.as_bytes()[0].is_ascii_lowercase()
                            && !is_article(t.text)
                            && !is_bu(t.text)
                    })
                };
                if kind == KeyKind::Skeleton && lower_word() {
                    if !entry.prefix {
                        break;
                    }
                    continue;
                }
                let entries = &index.places[pattern as usize];
                let range = if kind == KeyKind::Skeleton {
                    // Same consonants is not enough: "Iraq" and "Ariqa", "Bukhatir" and
                    // "Abu Qatur" share them. The vowels must nearly agree as well.
                    let mut close = |text_key: &str| {
                        // Size and side words are matched exactly; the budget is for the name.
                        let name_len: usize = text_key
                            .split(' ')
                            .filter(|w| !w.starts_with('#'))
                            .map(str::len)
                            .sum();
                        // Four or more consonants in order are much evidence already: the
                        // vowels, the least stable part of a transliteration, get two edits
                        // ("Almehemdiya" and OCHA's "Mhemideh").
                        let consonants: usize = name
                            .split(' ')
                            .filter(|w| !w.starts_with('#'))
                            .map(str::len)
                            .sum();
                        let limit = if name_len <= 6 && consonants < 4 {
                            1
                        } else {
                            2
                        };
                        let a = arena.len();
                        // (A place may be under one key twice, with its Latin name's vowels
                        // and its Arabic name's: it is one candidate.)
                        for (p, _) in entries.iter().filter(|(_, v)| within(v, text_key, limit)) {
                            if arena.len() == a || arena.last() != Some(p) {
                                arena.push(*p);
                            }
                        }
                        (a, arena.len())
                    };
                    if keyed.vowel_key_of(first, last, &mut vowels) {
                        let seen = checked.entry(pattern).or_default();
                        match seen.iter().find(|(k, _)| *k == vowels) {
                            Some(&(_, r)) => r,
                            None => {
                                let r = close(&vowels);
                                seen.push((vowels.clone(), r));
                                r
                            }
                        }
                    } else {
                        close(
                            &keyed_words(&tokens[first..=last], |t| key_of(t, false))
                                .into_iter()
                                .map(|x| x.0)
                                .collect::<Vec<_>>()
                                .join(" "),
                        )
                    }
                } else {
                    let a = arena.len();
                    arena.extend(entries.iter().map(|(p, _)| *p));
                    (a, arena.len())
                };
                if range.1 > range.0 {
                    found.push(NameMatch {
                        first,
                        last,
                        kind,
                        pattern,
                        places: range,
                    });
                }
            }
            if !entry.prefix {
                break;
            }
        }
    }
}

/// Weight of closeness (within 40 km) to another name's first-pass choice, in the
/// second pass; unambiguous names anchor the first pass with 1.5.
const ANCHOR2: f32 = 3.0;
/// How far from the town or area framing it ("X in the countryside of Y") a loosely
/// matched place may lie.
const FRAME_REACH_KM: f64 = 60.0;
/// The importance from which a community is a city (a governorate or district centre).
const CITY_IMPORTANCE: f32 = 4.5;
/// How far a part of a town ("X neighbourhood in Y city", "X camp in Y town") may lie from
/// the town's point: Aleppo, the largest city, spans about 10 km from its centre.
const CITY_REACH_KM: f64 = 8.0;
/// How far outside a governorate a village it is said to lie in may be.
const BORDER_KM: f64 = 8.0;
/// What a namesake loses when only one of it and the text has the "-iyeh" ending.
const NISBA_MISMATCH: f32 = 1.0;
/// What a place found only through another spelling of its name loses beside a
/// namesake that goes by the name.
const OTHER_SPELLING: f32 = 1.0;
/// How much better documented than the exactly spelled places a loosely matched
/// place may count as.
const LOOSE_FAME: f32 = 1.0;
/// Weight of a namesake spelled letter for letter as the text spells it.
const SAME_SPELLING: f32 = 0.5;

/// The one governorate all of `admin1s` name (`None` for none, for two, or where one is
/// unknown).
fn sole_governorate<'a>(
    mut admin1s: impl Iterator<Item = Option<&'a String>>,
) -> Option<&'a String> {
    let first = admin1s.next()??;
    admin1s.all(|x| x == Some(first)).then_some(first)
}

/// A Latin name's letters, lower case, without a leading article: how it is spelled,
/// regardless of hyphens, apostrophes and capitals ("Al-Ma'arra" and "al Maarra" agree).
pub fn spelling(name: &str) -> String {
    spelled_letters(name).map(char::from).collect()
}

/// Whether a spelled name ends in the "-iyeh" of a relative adjective, in any of its
/// spellings ("Hamidiya", "Rashidiyeh", "Qusayriyah", "Husseiniyyeh", "Salamieh", "Mahmadia").
fn nisba_ending(spelled: &str) -> bool {
    [
        "iya", "iyah", "iyeh", "iye", "iyya", "iyyah", "iyyeh", "iyye", "ieh", "iah", "ia",
    ]
    .iter()
    .any(|e| spelled.ends_with(e))
}

/// [`nisba_ending`] of a gazetteer name's last word ("Elhamed" of "Mashrafet Qurb
/// Khifseh - Elhamed"), read without building its spelling.
fn nisba_ending_name(name: &str) -> bool {
    let last = name
        .rsplit([' ', '-'])
        .find(|w| !w.is_empty())
        .unwrap_or(name);
    // The last six letters decide.
    let mut tail = [0u8; 6];
    let mut n = 0;
    for c in last.bytes().rev().filter(u8::is_ascii_alphabetic).take(6) {
        tail[5 - n] = c.to_ascii_lowercase();
        n += 1;
    }
    std::str::from_utf8(&tail[6 - n..]).is_ok_and(nisba_ending)
}

/// Whether `name`'s [`spelling`] is `spelled`, without building it.
fn spelled_as(name: &str, spelled: &str) -> bool {
    spelled_letters(name).eq(spelled.bytes())
}

/// The letters of [`spelling`], one by one.
fn spelled_letters(name: &str) -> impl Iterator<Item = u8> + '_ {
    let b = name.as_bytes();
    let article = b.len() >= 3
        && (b[..2].eq_ignore_ascii_case(b"al") || b[..2].eq_ignore_ascii_case(b"el"))
        && matches!(b[2], b'-' | b' ');
    b[if article { 3 } else { 0 }..]
        .iter()
        .filter(|c| c.is_ascii_alphabetic())
        .map(u8::to_ascii_lowercase)
}

/// Whether two keys are at most `limit` edits apart.
fn within(a: &str, b: &str, limit: usize) -> bool {
    fn modifiers(k: &str) -> impl Iterator<Item = &str> {
        k.split(' ').filter(|w| w.starts_with('#'))
    }
    a.len().abs_diff(b.len()) <= limit
        && (a == b || (edit_distance(a, b, limit) <= limit && modifiers(a).eq(modifiers(b))))
}

/// Edit distance over bytes (keys are ASCII or normalised Arabic compared as bytes),
/// where swapping two neighbours is one edit: transliterations move a vowel across a
/// consonant ("Latamna" and OCHA's "Latmana").
pub fn levenshtein(a: &str, b: &str) -> usize {
    edit_distance(a, b, usize::MAX)
}

/// The same distance for a key of at most 64 bytes, by Hyyrö's bit-vector algorithm
/// (Myers' for Levenshtein, extended with transpositions): each column of the table
/// is one machine word of +1/-1 steps, so a pair costs a few instructions per byte of
/// `b` instead of a cell per byte pair. Exact, whatever the limit.
fn bit_parallel_distance(a: &[u8], b: &[u8]) -> usize {
    debug_assert!(!a.is_empty() && a.len() <= 64);
    let m = a.len();
    // Where each byte value stands in `a`, as a bit mask.
    let mut peq = [0u64; 256];
    for (i, &c) in a.iter().enumerate() {
        peq[c as usize] |= 1 << i;
    }
    let last = 1u64 << (m - 1);
    let mask = if m == 64 { u64::MAX } else { (1u64 << m) - 1 };
    // Vertical positive and negative steps of the current column.
    let (mut vp, mut vn) = (mask, 0u64);
    let (mut d0, mut prev_eq) = (0u64, 0u64);
    let mut score = m;
    for &c in b {
        let eq = peq[c as usize];
        // A transposition: this byte matches one place on and the previous byte here.
        let tr = (((!d0) & eq) << 1) & prev_eq;
        d0 = ((((eq & vp).wrapping_add(vp)) ^ vp) | eq | vn | tr) & mask;
        let hp = (vn | !(d0 | vp)) & mask;
        let hn = d0 & vp;
        if hp & last != 0 {
            score += 1;
        } else if hn & last != 0 {
            score -= 1;
        }
        let x = ((hp << 1) | 1) & mask;
        vn = x & d0;
        vp = ((hn << 1) | !(x | d0)) & mask;
        prev_eq = eq;
    }
    score
}

/// [`levenshtein`], which may stop early with any value over `limit` once no cell
/// within the limit is left in the last two rows (a transposition reaches back two).
fn edit_distance(a: &str, b: &str, limit: usize) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if !a.is_empty() && a.len() <= 64 {
        return bit_parallel_distance(a, b);
    }
    // Three rows (the one before `prev` is needed for transpositions), in one buffer.
    // Keys are short: the rows live on the stack unless a key is unusually long.
    const STACK: usize = 48;
    let n = b.len() + 1;
    let mut stack = [0usize; 3 * STACK];
    let mut heap;
    let rows: &mut [usize] = if n <= STACK {
        &mut stack[..3 * n]
    } else {
        heap = vec![0; 3 * n];
        &mut heap[..]
    };
    let (mut before, rest) = rows.split_at_mut(n);
    let (mut prev, mut cur) = rest.split_at_mut(n);
    for (j, x) in prev.iter_mut().enumerate() {
        *x = j;
    }
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let sub = prev[j - 1] + usize::from(a[i - 1] != b[j - 1]);
            let mut d = sub.min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            cur[j] = d;
        }
        if limit != usize::MAX
            && cur.iter().min().is_some_and(|&m| m > limit)
            && prev.iter().min().is_some_and(|&m| m > limit)
        {
            return limit + 1;
        }
        // before <- prev, prev <- cur, and cur takes the oldest row to overwrite.
        std::mem::swap(&mut before, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod edit_distance_tests {
    use super::*;
    use proptest::prelude::*;

    /// The whole table of the restricted Damerau-Levenshtein distance, no band and no
    /// early stop: what `edit_distance` must agree with.
    fn full_distance(a: &[u8], b: &[u8]) -> usize {
        let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
        for i in 0..=a.len() {
            for j in 0..=b.len() {
                d[i][j] = if i == 0 || j == 0 {
                    i + j
                } else {
                    let mut x = (d[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]))
                        .min(d[i - 1][j] + 1)
                        .min(d[i][j - 1] + 1);
                    if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                        x = x.min(d[i - 2][j - 2] + 1);
                    }
                    x
                };
            }
        }
        d[a.len()][b.len()]
    }

    proptest! {
        // Stopping early never changes which side of the limit a pair falls on.
        #[test]
        fn early_stop_agrees_with_the_full_distance(a in "[abkm ]{0,12}", b in "[abkm ]{0,12}", limit in 0usize..4) {
            let full = full_distance(a.as_bytes(), b.as_bytes());
            prop_assert_eq!(levenshtein(&a, &b), full);
            let stopped = edit_distance(&a, &b, limit);
            let agrees = if full <= limit { stopped == full } else { stopped > limit };
            prop_assert!(agrees, "stopped {} full {} limit {}", stopped, full, limit);
        }

        // Keys up to 64 bytes take the bit-parallel path, longer ones the table.
        #[test]
        fn long_keys_agree_with_the_full_distance(a in "[abkmé ]{0,70}", b in "[abkmé ]{0,70}") {
            prop_assert_eq!(levenshtein(&a, &b), full_distance(a.as_bytes(), b.as_bytes()));
        }
    }
}
