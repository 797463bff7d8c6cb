//! One document prepared for the rules: words, sentences, header lines, and the
//! lexicon hits (actors, outcome words, event words) indexed by word.

use crate::dates::{find_dates_with, infer_published, DateExpr, DateWindows};
use crate::lexicon::{Lexicon, PersonNoun, Trigger};
use crate::words::{PhraseHit, WordKind, Words, OPENING_QUOTES};
use marsad_model::{Date, DatePrecision, Party, SubEventType};

#[derive(Clone, Debug)]
pub struct ActorHit {
    pub first: usize,
    pub last: usize,
    pub party: Party,
    pub generic: bool,
    /// "believed to belong to", "suspected": the text hedges who it was.
    pub suspected: bool,
    /// The alias matched, by its index in the actor lexicon.
    pub alias: usize,
}

pub struct Doc<'a> {
    pub words: Words<'a>,
    pub lex: &'a Lexicon,
    pub actors: Vec<ActorHit>,
    actor_start: Vec<u32>,
    pub outcome_hits: Vec<PhraseHit>,
    outcome_start: Vec<u32>,
    outcome_end: Vec<u32>,
    pub trigger_hits: Vec<PhraseHit>,
    trigger_mask: Vec<bool>,
    /// Inclusive word ranges.
    pub sentences: Vec<(usize, usize)>,
    pub sentence_of: Vec<usize>,
    pub in_date: Vec<bool>,
    pub dates: Vec<DateExpr>,
    /// Words before this index are the publisher line and the headline.
    pub body_start: usize,
    /// Words in page furniture (cookie banners, "Related Articles").
    pub skip: Vec<bool>,
    pub published: Option<Date>,
    pub published_inferred: bool,
    /// A lower bound for the report's date when the text fixes no exact one.
    pub not_before: Option<Date>,
    pub title: Option<String>,
}

/// Parties a generic reference ("the organization", "the group") can stand for:
/// reports use these words for jihadist organisations, not for armies or the SDF.
fn can_be_referent(p: Party) -> bool {
    matches!(p, Party::Isis | Party::Hts)
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, lex: &'a Lexicon, published: Option<Date>) -> Doc<'a> {
        let words = Words::new(text);
        let n = words.len();
        // Header lines: a publisher line, then a headline before the first paragraph.
        let (body_start, title, skip) = layout(text, &words, lex);
        let date_windows = DateWindows::new(&words);
        // Without a given report date: the dates the text names in full, read once.
        let named = match published {
            Some(_) => Vec::new(),
            None => crate::dates::explicit_dates(&date_windows, None),
        };
        let (published, published_inferred) = match published {
            Some(p) => (Some(p), false),
            None => match infer_published(&date_windows).map(|(p, _)| p).or_else(|| {
                // A dateline: a full date opening the text ("Mon Jun 20 2016 Daesh on
                // the Run ...", "17-08-2016 Martyrs as ...") is the report's.
                named
                    .iter()
                    .min_by_key(|x| x.start_byte)
                    .filter(|x| {
                        x.precision == DatePrecision::Day && {
                            let lead = text[..x.start_byte].trim();
                            lead.len() <= 4 && lead.chars().all(char::is_alphabetic)
                        }
                    })
                    .and_then(|x| x.start)
            }) {
                Some(p) => (Some(p), true),
                None => (None, false),
            },
        };
        // Without a report date, the latest full date the text names is a lower bound,
        // and the anchor for dates written without a year.
        let not_before = if published.is_none() {
            named.iter().filter_map(|d| d.start).max()
        } else {
            None
        };
        let dates = find_dates_with(&date_windows, published, published.or(not_before));
        let mut in_date = vec![false; n];
        for d in &dates {
            let first = words.words.partition_point(|w| w.start < d.start_byte);
            for (i, w) in words.words.iter().enumerate().skip(first) {
                if w.end > d.end_byte {
                    break;
                }
                in_date[i] = true;
            }
        }

        // Actors, with generic references resolved to the last named party.
        let mut actors = Vec::new();
        let mut last_referent: Option<Party> = None;
        // The last rebel factions named, for "the factions" after them.
        let mut last_factions: Option<Party> = None;
        let mut prev_hit: Option<(usize, Party)> = None;
        // The party of the militias named last, for "the militias" after them.
        let mut last_militias: Option<Party> = None;
        let is_militia = |k: usize| words.is_any(k, &["militia", "militias", "militiamen"]);
        let (actor_hits, outcome_hits, mut trigger_hits) = lex.find_phrases(&words);
        // Fire at aircraft is fighting, as ACLED codes a helicopter shot down: such a hit
        // stands for the clash words' entry.
        trigger_hits.retain_mut(|h| {
            if !aircraft_as_target(&words, h, lex.triggers.values[h.id]) {
                return true;
            }
            lex.clash_trigger.inspect(|&c| h.id = c).is_some()
        });
        for h in actor_hits {
            let alias = &lex.actors.values[h.id];
            if alias.case_sensitive {
                let orig = &text[words.words[h.first].start..words.words[h.last].end];
                if orig != alias.original {
                    continue;
                }
            }
            // "former rebels", "ex-ISIS members": men who left the party, whom event coders
            // do not count as it (ACLED codes reconciled rebels an unidentified armed group).
            let former = h.first > 0 && words.is_any(h.first - 1, &["former", "ex"]);
            if alias.militias {
                // "Iranian-backed militias": the head noun of the party just named.
                let head = prev_hit.is_some_and(|(end, _)| end + 1 == h.first);
                match last_militias {
                    Some(p) if !head && !former => {
                        prev_hit = Some((h.last, p));
                        actors.push(ActorHit {
                            first: h.first,
                            last: h.last,
                            party: p,
                            generic: true,
                            suspected: false,
                            alias: h.id,
                        });
                    }
                    _ => {}
                }
                continue;
            }
            // "near the Turkish border", "into Turkish territory": a nationality naming a
            // place, not its state's men ("Turkish border guards" are; "infiltrated IS
            // territories" names IS as the enemy).
            let place_word = words.is_any(h.last + 1, &["border", "borders", "soil"])
                || (words.is_any(h.last + 1, &["territory", "territories", "lands"])
                    && h.first > 0
                    && words.is_any(
                        h.first - 1,
                        &[
                            "into", "inside", "in", "on", "onto", "to", "from", "towards", "within",
                        ],
                    ));
            if h.first == h.last
                && place_word
                && !words.is_any(
                    h.last + 2,
                    &[
                        "guard", "guards", "police", "forces", "troops", "post", "posts", "patrols",
                    ],
                )
            {
                continue;
            }
            let party = if former {
                Party::Unknown
            } else if alias.generic {
                match last_referent {
                    Some(p) => p,
                    None => alias.party,
                }
            } else {
                alias.party
            };
            // "Turkish forces and their proxy factions ... the death of 4 fighters of the
            // factions": factions named by whom they belong to, and "the factions" after
            // them, are Turkey's.
            let bare_factions = alias.party == Party::Opposition
                && words.is_any(h.last, &["factions", "faction"])
                && (h.first == h.last || (h.first + 1 == h.last && words.is(h.first, "the")));
            let party = if bare_factions && !former {
                let mut k = h.first;
                while k > 0 && words.is_any(k - 1, &["proxy", "loyal", "allied", "affiliated"]) {
                    k -= 1;
                }
                let theirs = k > 0
                    && words.is_any(k - 1, &["their", "its"])
                    && prev_hit.is_some_and(|(end, p)| p == Party::Turkey && end + 5 >= k);
                if theirs
                    || (words.is(h.first, "the")
                        && last_factions == Some(Party::TurkishBackedFactions))
                {
                    Party::TurkishBackedFactions
                } else {
                    party
                }
            } else {
                party
            };
            if !alias.generic
                && !former
                && matches!(party, Party::Opposition | Party::TurkishBackedFactions)
            {
                last_factions = Some(party);
            }
            prev_hit = Some((h.last, party));
            if !alias.generic && !former && (h.first..=h.last + 1).any(is_militia) {
                last_militias = Some(party);
            }
            if !alias.generic && !former && can_be_referent(party) {
                last_referent = Some(party);
            }
            // ("Israeli warplanes are believed to have carried out airstrikes": the hedge
            // right after the name.)
            // (Not of unidentified men: "an unknown armed group believed to be IS" hedges
            // whose men they are, told by the next name.)
            let hedged_after = party != Party::Unknown
                && (h.last + 1..(h.last + 4).min(n)).any(|k| {
                    words.is_any(k, &["believed", "suspected", "thought"])
                        && words.is_any(k + 1, &["to"])
                        && (h.last + 1..k).all(|j| words.is_any(j, &["are", "is", "were", "was"]))
                });
            let suspected = hedged_after
                || (h.first.saturating_sub(6)..h.first).any(|k| {
                    words.is_any(
                        k,
                        &[
                            "believed",
                            "suspected",
                            "likely",
                            "probably",
                            "reportedly",
                            "allegedly",
                            "possibly",
                            "presumably",
                        ],
                    )
                });
            actors.push(ActorHit {
                first: h.first,
                last: h.last,
                party,
                generic: alias.generic,
                suspected,
                alias: h.id,
            });
        }
        // "The military police of the Turkish-backed factions", "the security of HTS": a
        // force named by its trade belongs to the party named right after "of".
        for i in 0..actors.len().saturating_sub(1) {
            let (a, b) = (&actors[i], &actors[i + 1]);
            let trade = words.is_any(a.last, &["police", "security", "intelligence"]);
            let owned = words.is(a.last + 1, "of")
                && (b.first == a.last + 2
                    || (b.first == a.last + 3 && words.is(a.last + 2, "the")));
            if trade && owned && b.party.is_armed() && b.party != Party::Unknown {
                let p = b.party;
                actors[i].party = p;
            }
        }
        // "gunmen of al-Baggara tribe ... two gunmen dead": armed men of a named group
        // are that group's, and so are the bare "gunmen" told of after them.
        let mut last_gunmen: Option<Party> = None;
        for i in 0..actors.len() {
            let a = &actors[i];
            if a.party != Party::Unknown || !words.is_any(a.last, &["gunmen", "men", "gunman"]) {
                continue;
            }
            let bare = a.first == a.last
                || (a.first + 1 == a.last && words.is_any(a.first, &["the", "armed"]));
            let owner = actors.get(i + 1).filter(|b| {
                b.party.is_armed()
                    && b.party != Party::Unknown
                    && words.is_any(a.last + 1, &["of", "from"])
                    && b.first <= a.last + 5
                    && (a.last + 2..b.first).all(|k| {
                        words.words[k].capitalized || words.is_any(k, &["the", "al", "-", "'"])
                    })
            });
            // "gunmen believed to belong to ISIS cells", "gunmen suspected to be members of
            // the SDF": the same men, their side hedged.
            let hedged_owner = actors.get(i + 1).filter(|b| {
                b.party.is_armed()
                    && b.party != Party::Unknown
                    && b.suspected
                    && b.first > a.last + 1
                    && b.first <= a.last + 8
                    && (a.last + 1..b.first).all(|k| {
                        words.is_any(
                            k,
                            &[
                                "believed",
                                "suspected",
                                "thought",
                                "said",
                                "reportedly",
                                "allegedly",
                                "likely",
                                "probably",
                                "to",
                                "belong",
                                "belonging",
                                "be",
                                "being",
                                "members",
                                "member",
                                "of",
                                "from",
                                "the",
                                "affiliated",
                                "with",
                                "linked",
                                "loyal",
                                "are",
                                "were",
                                "a",
                                ",",
                            ],
                        )
                    })
            });
            // "ISIS gunmen", "tribal gunmen": the head noun of the party just named.
            // ("HTS-affiliated gunmen", past the words that tie them to it.)
            let head_of = i
                .checked_sub(1)
                .map(|j| &actors[j])
                .filter(|b| {
                    a.first == a.last
                        && b.last < a.first
                        && a.first - b.last <= 3
                        && (b.last + 1..a.first).all(|k| {
                            words.is_any(k, crate::words::TIE_WORDS)
                                || (words.is(k, "-") && k + 2 == a.first)
                        })
                })
                .filter(|b| b.party.is_armed() && b.party != Party::Unknown);
            if let Some(p) = head_of.map(|b| b.party) {
                actors[i].party = p;
                last_gunmen = Some(p);
            } else if let Some(b) = hedged_owner {
                let p = b.party;
                actors[i].party = p;
                actors[i].suspected = true;
            } else if let Some(p) = owner.map(|b| b.party) {
                actors[i].party = p;
                last_gunmen = Some(p);
            } else if let Some(p) = last_gunmen.filter(|_| bare) {
                actors[i].party = p;
            }
        }
        // Numbered army units ("the 4th Division", "25th Armoured Division") are
        // the Syrian army's unless another party owns them ("JWS's 1st Regiment").
        const FORMATION_WORDS: &[&str] = &[
            "armored",
            "armoured",
            "mechanized",
            "special",
            "assault",
            "infantry",
        ];
        for i in 0..n.saturating_sub(2) {
            if words.words[i].kind != WordKind::Digits {
                continue;
            }
            // "the 4th Division"; "a 52 Armored Brigade soldier", its number bare.
            let mut k = if words.is_any(i + 1, &["st", "nd", "rd", "th"]) {
                i + 2
            } else if bare_formation_number(&words, i, i, FORMATION_WORDS)
                || bare_formation_number(&words, i, i, &["division", "brigade", "regiment"])
            {
                i + 1
            } else {
                continue;
            };
            while words.is_any(k, FORMATION_WORDS) || words.is(k, "mechanised") {
                k += 1;
            }
            if !words.is_any(k, &["division", "brigade", "corps", "regiment"]) {
                continue;
            }
            let owned = actors
                .iter()
                .any(|a: &ActorHit| a.last < i && a.last + 3 >= i && a.party != Party::Regime);
            let overlaps = actors.iter().any(|a| a.first <= k && i <= a.last);
            if !owned && !overlaps {
                actors.push(ActorHit {
                    first: i,
                    last: k,
                    party: Party::Regime,
                    generic: false,
                    suspected: false,
                    alias: usize::MAX,
                });
            }
        }
        actors.sort_by_key(|a| a.first);
        // A name in quotation marks right after a party names it ('the internal security
        // forces "Asayish"', 'the faction "Al-Hamzat Division"'): the words before are the
        // same men, whatever party their own words alone would say.
        for i in 1..actors.len() {
            let (a, b) = (&actors[i - 1], &actors[i]);
            let between = a.last + 1..b.first;
            if !between.is_empty()
                && between.len() <= 2
                && between.clone().all(|k| words.is_any(k, OPENING_QUOTES))
            {
                actors[i - 1].party = actors[i].party;
            }
        }
        let mut actor_start = vec![0u32; n];
        for (i, a) in actors.iter().enumerate() {
            actor_start[a.first] = i as u32 + 1;
        }
        let mut outcome_start = vec![0u32; n];
        let mut outcome_end = vec![0u32; n];
        for (i, h) in outcome_hits.iter().enumerate() {
            outcome_start[h.first] = i as u32 + 1;
            outcome_end[h.last] = i as u32 + 1;
        }
        let mut trigger_mask = vec![false; n];
        for h in &trigger_hits {
            for m in &mut trigger_mask[h.first..=h.last] {
                *m = true;
            }
        }
        let (sentences, sentence_of) = split_sentences(&words, body_start);
        Doc {
            words,
            lex,
            actors,
            actor_start,
            outcome_hits,
            outcome_start,
            outcome_end,
            trigger_hits,
            trigger_mask,
            sentences,
            sentence_of,
            in_date,
            dates,
            body_start,
            skip,
            published,
            published_inferred,
            not_before,
            title,
        }
    }

    /// The person noun ("fighters", "civilians") word `i` is: not a name's tail after
    /// an apostrophe ("man" of "Ma'arrat An Nu'man").
    pub fn noun_at(&self, i: usize) -> Option<&PersonNoun> {
        if self.words.after_apostrophe(i) {
            return None;
        }
        // "a refugee camp", "the IDP camps": a noun of people naming a place.
        self.lex.nouns.get(self.words.w(i)).filter(|_| {
            !self.words.is_any(
                i + 1,
                &[
                    "camp", "camps", "crisis", "status", "centre", "center", "shelter",
                ],
            )
        })
    }

    /// Whether word `i` is a person noun (see [`Doc::noun_at`]).
    pub fn is_noun(&self, i: usize) -> bool {
        self.noun_at(i).is_some()
    }

    pub fn actor_at(&self, i: usize) -> Option<&ActorHit> {
        match self.actor_start.get(i) {
            Some(&k) if k > 0 => Some(&self.actors[k as usize - 1]),
            _ => None,
        }
    }

    pub fn outcome_at(&self, i: usize) -> Option<PhraseHit> {
        match self.outcome_start.get(i) {
            Some(&k) if k > 0 => Some(self.outcome_hits[k as usize - 1]),
            _ => None,
        }
    }

    pub fn outcome_ending_at(&self, i: usize) -> Option<PhraseHit> {
        match self.outcome_end.get(i) {
            Some(&k) if k > 0 => Some(self.outcome_hits[k as usize - 1]),
            _ => None,
        }
    }

    pub fn trigger_at(&self, i: usize) -> bool {
        self.trigger_mask.get(i).copied().unwrap_or(false)
    }

    /// The armed party named last before word `i` in its sentence.
    pub fn context_party(&self, i: usize) -> Option<Party> {
        let s = self.sentences[self.sentence_of[i]];
        self.actors_in(s.0, i)
            .iter()
            .rev()
            .filter(|a| a.last < i)
            .map(|a| a.party)
            .find(|p| p.is_armed())
    }

    /// Actor hits that start within words `a..b` (hits are sorted by position).
    pub fn actors_in(&self, a: usize, b: usize) -> &[ActorHit] {
        let lo = self.actors.partition_point(|h| h.first < a);
        let hi = self.actors.partition_point(|h| h.first < b);
        &self.actors[lo..hi.max(lo)]
    }

    /// The dates that start within bytes `from..to` (dates are sorted by position).
    pub fn dates_between(&self, from: usize, to: usize) -> impl Iterator<Item = &DateExpr> {
        let lo = self.dates.partition_point(|x| x.start_byte < from);
        self.dates[lo..]
            .iter()
            .take_while(move |x| x.start_byte < to)
    }

    /// The dates that start within sentence `s`.
    pub fn dates_in_sentence(&self, s: usize) -> impl Iterator<Item = &DateExpr> {
        let (a, b) = self.sentences[s];
        self.dates_between(self.words.words[a].start, self.words.words[b].end)
    }

    /// The date the rules count relative dates from: the report's, or its lower bound.
    pub fn anchor(&self) -> Option<Date> {
        self.published.or(self.not_before)
    }

    /// Whether a date is the dateline's, which dates the report, not what it tells:
    /// "Beirut, March 13 (AFP) - At least 15 civilians were killed on Monday". A place of
    /// a few words opens the line, and the agency's name in brackets or a dash follows.
    pub fn in_dateline(&self, x: &DateExpr) -> bool {
        let text = self.words.text;
        let line_start = text[..x.start_byte].rfind('\n').map_or(0, |i| i + 1);
        let lead = text[line_start..x.start_byte].trim();
        let after = text[x.end_byte..].trim_start();
        lead.ends_with(',')
            && lead.split_whitespace().count() <= 3
            && lead.starts_with(char::is_uppercase)
            && after.starts_with(['(', '-', '–', '—'])
    }

    /// The first word of the paragraph (the run of sentences between line breaks) that
    /// word `i` is in.
    pub fn paragraph_start(&self, i: usize) -> usize {
        let s = self.sentence_of[i];
        (0..=s)
            .rev()
            .map(|k| self.sentences[k].0)
            .find(|&k| self.words.words[k].newline_before)
            .unwrap_or(0)
    }

    /// The word after the paragraph that word `i` is in (the words' count at the end).
    pub fn paragraph_end(&self, i: usize) -> usize {
        let s = self.sentence_of[i];
        self.sentences[s + 1..]
            .iter()
            .map(|&(k, _)| k)
            .find(|&k| self.words.words[k].newline_before)
            .unwrap_or(self.words.len())
    }

    /// Byte range of words `a..=b`.
    pub fn bytes(&self, a: usize, b: usize) -> (usize, usize) {
        (self.words.words[a].start, self.words.words[b].end)
    }
}

/// Whether the number in words `first..=last` is a formation's, written bare before its
/// capitalised name (one of `names` opens it) with an article or its owner before it:
/// "a 52 Armored Brigade soldier", "the regime's 105 Brigade commander".
pub(crate) fn bare_formation_number(
    words: &Words<'_>,
    first: usize,
    last: usize,
    names: &[&str],
) -> bool {
    first > 0
        && words.is_any(first - 1, &["a", "an", "the", "regime", "army", "s"])
        && words.words.get(last + 1).is_some_and(|x| x.capitalized)
        && words.is_any(last + 1, names)
}

fn layout(text: &str, words: &Words<'_>, lex: &Lexicon) -> (usize, Option<String>, Vec<bool>) {
    let n = words.len();
    let mut skip = vec![false; n];
    // Lines with their byte ranges.
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let mut s = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            lines.push((s, i));
            s = i + 1;
        }
    }
    lines.push((s, text.len()));
    let nonempty: Vec<(usize, usize)> = lines
        .into_iter()
        .filter(|(a, b)| !text[*a..*b].trim().is_empty())
        .collect();
    let lower = &words.lower;
    for &(a, b) in &nonempty {
        let l = lower[a..b].trim();
        if lex.boilerplate.iter().any(|p| l.starts_with(p.as_str())) {
            for (i, w) in words.words.iter().enumerate() {
                if w.start >= a && w.end <= b {
                    skip[i] = true;
                }
            }
        }
    }
    // A scraped page's list of other stories ("Source AA Related News Death toll rises to
    // 70 as ...") runs to the end of its line: headlines of other reports, not this one's.
    // (Read word by word: a substring search of every line costs more than the words.)
    let mut i = 0;
    while i + 1 < n {
        let opens = words.words[i].capitalized
            && words.is(i, "related")
            && words.is_any(i + 1, &["news", "articles", "stories"]);
        if !opens {
            i += 1;
            continue;
        }
        skip[i] = true;
        i += 1;
        while i < n && !words.words[i].newline_before {
            skip[i] = true;
            i += 1;
        }
    }
    let mut header_end_byte = 0;
    let mut title = None;
    let mut idx = 0;
    while idx < nonempty.len() && idx < 3 {
        let (a, b) = nonempty[idx];
        let line = text[a..b].trim();
        let l = line.to_lowercase();
        if lex.publishers.iter().any(|p| l.trim_end_matches(':') == *p) {
            header_end_byte = b;
            idx += 1;
            continue;
        }
        // A headline: short, no final full stop, and longer body text follows.
        let next_longer = nonempty[idx + 1..]
            .iter()
            .take(3)
            .any(|(c, d)| d - c > b - a);
        if title.is_none()
            && line.len() < 400
            && !line.ends_with('.')
            && !line.ends_with(':')
            && next_longer
        {
            title = Some(line.to_string());
            header_end_byte = b;
        } else if let Some(end) = title_case_lead(line) {
            // Scraped articles often glue the headline to the body: "Mon Jun 20 2016 Daesh
            // on the Run From Areas in Raqqa Province 30 Terrorists Killed. The Syrian Army
            // ...". A first sentence in Title Case is that headline.
            let start = a + (line.as_ptr() as usize - text[a..b].as_ptr() as usize);
            title = Some(line[..end].to_string());
            header_end_byte = start + end;
        }
        break;
    }
    let body_start = words
        .words
        .iter()
        .position(|w| w.start >= header_end_byte)
        .unwrap_or(n);
    (body_start, title, skip)
}

/// The end (a byte offset into `line`) of a first sentence written in Title Case, when
/// the line goes on past it: all its longer words capitalised, as headlines are and
/// running text is not.
fn title_case_lead(line: &str) -> Option<usize> {
    let end = line.find(". ")? + 1;
    if end > 250 {
        return None;
    }
    let long: Vec<&str> = line[..end]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // Every one: running text that opens with names ("Syrian Democratic Forces battled
    // the Islamic State in Shaddadah") still has a verb in lower case.
    (long.len() >= 4 && capitalised == long.len()).then_some(end)
}

fn split_sentences(words: &Words<'_>, body_start: usize) -> (Vec<(usize, usize)>, Vec<usize>) {
    let n = words.len();
    let mut sentences = Vec::new();
    let mut sentence_of = vec![0; n];
    let mut start = 0;
    for i in 0..n {
        let w = &words.words[i];
        let new_line = i > start && (w.newline_before || i == body_start);
        if new_line {
            sentences.push((start, i - 1));
            start = i;
        }
        sentence_of[i] = sentences.len();
        let end_punct = w.kind == WordKind::Punct && words.is_any(i, &[".", "!", "?"]);
        if end_punct {
            let next = words.words.get(i + 1);
            // "2.5" and "U.S." do not end sentences.
            let glued_digits = i > 0
                && words.words[i - 1].kind == WordKind::Digits
                && next.is_some_and(|x| x.kind == WordKind::Digits && x.start == w.end);
            // "U.S.", and titles and short forms glued to their period ("Brig. General",
            // "Mt. Misrihah", "'1st reg.'").
            let abbreviation = next.is_some_and(|x| x.start == w.end && x.kind == WordKind::Alpha)
                || (i > 0
                    && words.words[i - 1].end == w.start
                    && words.is_any(
                        i - 1,
                        &[
                            "gen", "brig", "col", "lt", "maj", "capt", "sgt", "mt", "dr", "mr",
                            "mrs", "reg", "approx", "vs",
                        ],
                    ));
            // A closing quote or bracket after the period: what follows it decides.
            let after = match next {
                Some(x)
                    if x.kind == WordKind::Punct
                        && !x.newline_before
                        && words.is_any(i + 1, &["'", "\"", ")"]) =>
                {
                    words.words.get(i + 2)
                }
                _ => next,
            };
            let next_starts = after
                .is_none_or(|x| x.capitalized || x.newline_before || x.kind != WordKind::Alpha);
            if !glued_digits && !abbreviation && next_starts {
                sentences.push((start, i));
                start = i + 1;
            }
        }
    }
    if start < n {
        sentences.push((start, n - 1));
    }
    if sentences.is_empty() {
        sentences.push((0, 0));
    }
    for (k, &(a, b)) in sentences.iter().enumerate().filter(|_| n > 0) {
        for s in &mut sentence_of[a..=b.min(n - 1)] {
            *s = k;
        }
    }
    (sentences, sentence_of)
}

/// Aircraft named as what was fired at ("anti-aircraft guns", "shot down a regime
/// helicopter", "destroyed a drone", "targeted Russian jets with anti-aircraft
/// weapons") are the target, not an air strike. ("Targeted by Russian jets": the jets
/// struck.)
fn aircraft_as_target(words: &Words<'_>, h: &PhraseHit, trigger: Trigger) -> bool {
    const AIRCRAFT: &[&str] = &[
        "aircraft",
        "jet",
        "jets",
        "warplane",
        "warplanes",
        "helicopter",
        "helicopters",
        "drone",
        "drones",
        "plane",
        "planes",
    ];
    const FIRED_AT: &[&str] = &[
        "down",
        "downed",
        "downing",
        "destroyed",
        "destroying",
        "anti",
        "targeted",
        "targeting",
        "intercepted",
        "confronted",
    ];
    if trigger != Trigger::Sub(SubEventType::AirDroneStrike) || !words.is_any(h.last, AIRCRAFT) {
        return false;
    }
    // The five words before it, nearest first: a "by" before any cue makes the aircraft
    // the agent.
    (h.first.saturating_sub(5)..h.first)
        .rev()
        .take_while(|&k| !words.is(k, "by"))
        .any(|k| words.is_any(k, FIRED_AT))
}
