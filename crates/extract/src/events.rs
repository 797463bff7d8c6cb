//! Events: grouping a report's clauses into incidents, and giving each its type,
//! actors, place, date and casualty figures.
//!
//! A report is cut into units at sentence ends and at discourse markers ("in the
//! same context", "and the Syrian Observatory published ... that"). A unit with
//! event words opens an event unless it continues the current one (same place,
//! same date); a unit with only figures adds them to the current event.

use crate::dates::DateKind;
use crate::doc::Doc;
use crate::figures::{Figure, FigureRole};
use crate::lexicon::Trigger;
use marsad_model::{
    Actor, Certainty, Date, DatePrecision, EventDate, EventKind, EventType, Outcome, Party, Role,
    SubEventType,
};
use marsad_places::{Gazetteer, ResolvedPlace};

/// A stretch of words that tells at most one thing.
#[derive(Clone, Debug)]
pub struct Unit {
    pub first: usize,
    pub last: usize,
    pub sentence: usize,
    /// Starts with a discourse marker or a new report ("the Observatory published").
    pub marked: bool,
    /// An event told beside the sentence's main one ("..., in conjunction with shelling
    /// villages of X"): what follows it in the sentence returns to the main event.
    pub aside: bool,
}

/// An event under construction.
#[derive(Clone, Debug)]
pub struct Draft {
    pub units: Vec<Unit>,
    pub triggers: Vec<(usize, Trigger)>,
    pub figures: Vec<usize>,
    pub place: Option<usize>,
    pub date: Option<(EventDate, DateKind)>,
    pub kind: EventKind,
    /// The party acting in the draft's first unit that names one.
    pub agent: Option<Party>,
}

const MARKERS: &[&str] = &[
    "in the same context",
    "in another context",
    "meanwhile",
    "in another development",
    "in a separate incident",
    "in a related context",
    "on the other hand",
    "elsewhere",
];

fn observatory_at(d: &Doc<'_>, k: usize) -> bool {
    let w = &d.words;
    let m = if w.is(k, "the") { k + 1 } else { k };
    let name_end = if w.phrase_at(m, "syrian observatory") || w.phrase_at(m, "syrians observatory")
    {
        m + 2
    } else if w.is_any(m, &["sohr", "observatory"]) {
        m + 1
    } else {
        return false;
    };
    (name_end..name_end + 6).any(|x| {
        w.is_any(
            x,
            &[
                "published",
                "monitored",
                "monitoring",
                "monitors",
                "documented",
                "documenting",
                "learned",
                "learnt",
                "reported",
                "obtained",
                "informed",
                "said",
                "confirmed",
                "recorded",
                "stated",
            ],
        )
    })
}

/// Cuts the body into units.
pub fn units(d: &Doc<'_>) -> Vec<Unit> {
    let w = &d.words;
    let mut out = Vec::new();
    for (s, &(a, b)) in d.sentences.iter().enumerate() {
        if d.skip.get(a).copied().unwrap_or(false) {
            continue;
        }
        let mut start = a;
        let mut marked = true;
        let mut aside = false;
        for k in a..=b {
            if k == start {
                continue;
            }
            let after_pause =
                w.is_any(k - 1, &[",", ";", "and", "while", "also"]) || w.is(k - 1, ":");
            // Only looked up where they could cut: after a pause or at the start.
            let marker = (after_pause || k == a) && MARKERS.iter().any(|m| w.phrase_at(k, m));
            let report = after_pause && observatory_at(d, k);
            let also = w.is(k, "also") && w.is(k - 1, ",");
            // A long run-on report chains events with "in conjunction with": "clashes in
            // the city ..., in conjunction with shelling villages of X and Y". Where what
            // follows is remote violence, it is an event of its own; in a short note
            // ("clashes in conjunction with shelling") it is part of the battle.
            let conjoined = after_pause
                && b - a >= 60
                && w.phrase_at(k, "in conjunction with")
                && (k + 3..k + 5).any(|x| {
                    w.is_any(
                        x,
                        &[
                            "shelling",
                            "strikes",
                            "airstrikes",
                            "bombardment",
                            "raids",
                            "bombing",
                        ],
                    )
                });
            if conjoined {
                out.push(Unit {
                    first: start,
                    last: k - 1,
                    sentence: s,
                    marked,
                    aside,
                });
                start = k;
                marked = true;
                aside = true;
                continue;
            }
            // ", and a fighter of HTS was killed by sniper fire on the frontline of Kafr
            // Takharim": a clause with its own outcome may tell another event; the
            // drafts join it back where it names no other place, date or party.
            // (Only a clause with a subject of its own: ", and killed 5 IS fighters" and
            // ", and they killed ..." go on with the subject before.)
            // (", and two days earlier, two shepherds were injured": past a date that
            // opens the clause.)
            let subject_at = || {
                let mut j = k;
                while j <= b && d.in_date[j] {
                    j += 1;
                }
                if j > k && w.is(j, ",") {
                    j + 1
                } else {
                    j
                }
            };
            let own_subject = |k: usize| {
                w.is_any(
                    k,
                    &["a", "an", "the", "one", "two", "three", "four", "five"],
                ) || w
                    .words
                    .get(k)
                    .is_some_and(|x| x.kind == crate::words::WordKind::Digits)
                    || (w.words.get(k).is_some_and(|x| x.capitalized) && d.outcome_at(k).is_none())
                    || d.actor_at(k).is_some()
            };
            // (Asked only after a pause, which most words do not follow.)
            let comma_and = after_pause
                && w.is(k - 1, "and")
                && k >= 2
                && w.is(k - 2, ",")
                && k - 2 > start
                && {
                    let j = subject_at();
                    own_subject(j)
                        && (j..(j + 12).min(b + 1))
                            .take_while(|&x| !w.is_any(x, &[",", ";"]))
                            .any(|x| d.outcome_at(x).is_some())
                };
            if comma_and {
                out.push(Unit {
                    first: start,
                    last: k - 3,
                    sentence: s,
                    marked,
                    aside,
                });
                start = k;
                marked = false;
                aside = false;
                continue;
            }
            let comma_while = w.is(k, "while") && w.is(k - 1, ",");
            if comma_while && k > start {
                out.push(Unit {
                    first: start,
                    last: k - 1,
                    sentence: s,
                    marked,
                    aside,
                });
                start = k;
                // ", while the Syrian Observatory monitored ...": a new report.
                marked = observatory_at(d, k + 1);
                aside = false;
                continue;
            }
            if (marker && (after_pause || k == a)) || report || also {
                let cut = if w.is_any(k - 1, &["and", "while"]) {
                    k - 1
                } else {
                    k
                };
                if cut > start {
                    out.push(Unit {
                        first: start,
                        last: cut - 1,
                        sentence: s,
                        marked,
                        aside,
                    });
                    start = cut;
                    marked = true;
                    aside = false;
                }
            }
        }
        out.push(Unit {
            first: start,
            last: b,
            sentence: s,
            marked,
            aside,
        });
    }
    out
}

/// Whether the place at word `w` says where someone comes from, not where something
/// happened: "a regime soldier from Homs", "a native of Hama", "originally from Idlib".
fn origin(d: &Doc<'_>, w: usize) -> bool {
    let words = &d.words;
    // "a soldier from Homs", "hailing from Homs", "whose fighters are from Homs".
    // ("civilians were displaced from Ariha": the verb, not the people, before "from".)
    (w >= 2
        && words.is(w - 1, "from")
        && (d.is_noun(w - 2) && d.outcome_at(w - 2).is_none()
            || words.is_any(
                w - 2,
                &[
                    "originally",
                    "hailing",
                    "originating",
                    "are",
                    "is",
                    "were",
                    "was",
                ],
            )
            || (w >= 3
                && words.is_any(w - 2, &["also", "all", "mostly", "mainly"])
                && words.is_any(w - 3, &["are", "is", "were", "was"]))))
        || (w >= 2
            && words.is(w - 1, "of")
            && words.is_any(
                w - 2,
                &[
                    "native",
                    "natives",
                    "resident",
                    "residents",
                    "people",
                    "son",
                    "sons",
                ],
            ))
}

/// Whether the place at word `w` is said of a party rather than of the event: it names
/// the men who fought ("As-Sweida tribal militiamen", "the Deir-ez-Zor Military Council")
/// or where they came from ("armed groups from Deir ez Zor", "IDPs from Tadmor"). Such a
/// place yields to another the unit names.
fn names_a_party(d: &Doc<'_>, r: &ResolvedPlace, w: usize) -> bool {
    let next = d.words.words.partition_point(|x| x.start < r.span.1);
    if w >= 1 && d.words.is(w - 1, "from") {
        // "the area extending from Dweir village to Jalaa": a stretch of ground named by
        // its ends starts where it starts; "travelling from Maskana to Debsi Faraj" is
        // a journey, which ends where the event happened.
        let range = (next..(next + 3).min(d.words.len())).any(|i| d.words.is(i, "to"));
        let journey = w >= 2 && {
            let verb = d.words.w(w - 2);
            [
                "travel",
                "advanc",
                "mov",
                "com",
                "head",
                "withdr",
                "driv",
                "march",
                "return",
                "fle",
                "launch",
                "arriv",
                "transport",
            ]
            .iter()
            .any(|v| verb.starts_with(v))
        };
        return !range || journey;
    }
    // The word after the name opens an actor, with only spaces between.
    next < d.words.len()
        && d.actor_at(next)
            .is_some_and(|a| !a.generic || d.words.w(next) != "the")
        && d.words
            .text
            .get(r.span.1..d.words.words[next].start)
            .is_some_and(|gap| gap.bytes().all(|b| b == b' '))
}

fn family(t: Trigger) -> u8 {
    match t {
        Trigger::Territory => 1,
        Trigger::Sub(s) => match s.event_type() {
            EventType::Battles => 0,
            EventType::ExplosionsRemoteViolence => 2,
            EventType::ViolenceAgainstCivilians => 3,
            EventType::StrategicDevelopments => 4,
            _ => 5,
        },
    }
}

/// Whether an event word names an event told before as a point in time, in a sentence
/// that tells no other event: "The patrol returned to its base after the explosion" (the
/// word "the", a word of time before it, and an event word of the same meaning in an
/// earlier sentence). ("HTS took control of the town after the clashes" tells an event
/// of its own, and "During the clashes, warplanes struck" ties its strikes to them: both
/// keep the word.) An act named by its day ("Monday's raid on the convoy destroyed 18
/// trucks") is one told before, whatever word told it ("the air raids that hit an aid
/// convoy"), and so is the act a party claims ("claimed responsibility for the attack").
fn names_earlier_event(d: &Doc<'_>, figs: &[Figure], h: &crate::words::PhraseHit) -> bool {
    let w = &d.words;
    let i = h.first;
    // ("During the clashes in X and Y, 40 were killed" tells the clashes' toll: "during"
    // names an earlier act only in a sentence of no figures, "weapons were seized during
    // the raid".)
    let timed = i >= 2
        && w.is(i - 1, "the")
        && (w.is_any(i - 2, &["after", "following", "since", "before"])
            || w.is(i - 2, "during")
                && !crate::figures::sentence_has_figures(figs, d.sentence_of[i]));
    let weekday = |k: usize| crate::dates::WEEKDAY_NAMES.contains(&w.w(k));
    // "Monday's raid", or "Mondays raid" as scraped pages lose the apostrophe.
    let of_day = (i >= 1
        && w.w(i - 1)
            .strip_suffix('s')
            .is_some_and(|x| crate::dates::WEEKDAY_NAMES.contains(&x)))
        || (i >= 3 && w.is(i - 1, "s") && w.is(i - 2, "'") && weekday(i - 3));
    // "No group claimed responsibility for the attack": a claim is of an act told.
    let claimed =
        i >= 3 && w.is(i - 1, "the") && w.is(i - 2, "for") && w.is(i - 3, "responsibility");
    // Named so, the act may have been told by any event word.
    let by_any_word = of_day || claimed;
    if !timed && !by_any_word {
        return false;
    }
    let sentence = d.sentence_of[i];
    let earlier = d.trigger_hits.iter().take_while(|g| g.first < i).any(|g| {
        d.sentence_of[g.first] < sentence
            && (by_any_word || d.lex.triggers.values[g.id] == d.lex.triggers.values[h.id])
    });
    // ("destroyed 18 trucks" tells no act: see `destroys_armour`; nor do weapons
    // seized, "weapons were seized during the raid".)
    let alone = d.trigger_hits.iter().all(|g| {
        let k = g.first;
        k == i
            || d.sentence_of[k] != sentence
            || d.words.is_any(k, DESTROY) && !destroys_armour(d, k)
            || d.lex.triggers.values[g.id] == Trigger::Territory
                && (takes_things(d, k) || passive_subject_in(d, k, THINGS))
            || d.words.is_any(k, &["confiscated", "confiscating"])
    });
    earlier && alone
}

/// Whether the act at word `k` is told as one of a count of times ("the 12th time this
/// year that Israel has targeted ...", "for the third time since May that ..."): the
/// clause that "the Nth time ... that" opens, back to the clause's start.
fn counted_time(d: &Doc<'_>, k: usize) -> bool {
    let w = &d.words;
    let start = d.sentences[d.sentence_of[k]].0;
    let Some(that) = (start.max(k.saturating_sub(8))..k)
        .rev()
        .find(|&j| w.is(j, "that"))
    else {
        return false;
    };
    (start.max(that.saturating_sub(6))..that).any(|t| {
        w.is_any(t, &["time", "times"])
            && t >= 1
            && (w.is_any(t - 1, &["th", "st", "nd", "rd"])
                || w.is_any(
                    t - 1,
                    &[
                        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                        "ninth", "tenth", "first",
                    ],
                ))
    })
}

/// Builds the event drafts from units, figures and resolved places.
pub fn drafts(
    d: &Doc<'_>,
    figs: &[Figure],
    places: &[(ResolvedPlace, usize)],
    units: &[Unit],
    gazetteer: &Gazetteer,
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let anchor = d.anchor();
    let mut prev_unit_date: Option<(usize, (EventDate, DateKind), EventKind)> = None;
    // The words of each running total, from its figure to the end of its period:
    // they retell the period, not an event. A sentence's first total also marks where
    // its own date words stop dating events.
    let mut tally_from: std::collections::HashMap<usize, usize, foldhash::fast::RandomState> =
        std::collections::HashMap::default();
    let mut tally_scopes: Vec<(usize, usize)> = Vec::new();
    for (n, f) in figs.iter().enumerate().filter(|(_, f)| f.tally) {
        let e = tally_from.entry(f.sentence).or_insert(f.num.first);
        *e = (*e).min(f.num.first);
        // "documented since the beginning of 2021 more than 95 attacks ..., which claimed
        // the lives of 71 people": a period before the figure opens its words (back to
        // the figure before it in the sentence).
        let (sa, sb) = d.sentences[f.sentence];
        let floor = figs[..n]
            .iter()
            .rev()
            .find(|g| g.sentence == f.sentence)
            .map_or(sa, |g| g.last + 1);
        let from = floor.max(f.num.first.saturating_sub(25));
        let start = (from..f.num.first)
            .find(|&k| crate::figures::period_since(d, k))
            .unwrap_or(f.num.first);
        // "SOHR documented 43 attacks across Daraa since March, which claimed the lives of
        // 31 people": the events the total is of are counted, and the toll is theirs.
        let counted = (from..f.num.first).find(|&k| {
            crate::numbers::number_at(&d.words, k).is_some_and(|n| {
                !n.article && !d.in_date[k] && {
                    let lo = d.trigger_hits.partition_point(|h| h.first <= n.last);
                    d.trigger_hits[lo..]
                        .first()
                        .is_some_and(|h| h.first <= n.last + 3 && h.last < f.num.first)
                        && (n.last + 1..f.num.first).any(|j| d.words.is_any(j, &["which", "that"]))
                }
            })
        });
        let start = counted.map_or(start, |k| k.min(start));
        // "the number of regime soldiers killed in ISIS attacks since March rose to 1563":
        // the people counted, and the attacks that killed them, are the total's.
        // (Without a period the toll may be the event's own, told as it grows: "the
        // number of SDF fighters killed in clashes in Raqqa rose to 14".)
        let has_period = (floor..=sb).any(|k| crate::figures::period_since(d, k));
        // ("the death toll of Russian airstrikes since the beginning of the month has
        // risen to 9": the strikes a toll over a period is of are the total's too.)
        let start = crate::figures::counted_people_before(d, f.num.first)
            .map(|(k, _)| k)
            .or_else(|| crate::figures::death_toll_phrase_before(d, f.num.first))
            .filter(|_| has_period)
            .map_or(start, |k| k.max(floor).min(start));
        tally_scopes.push((start, tally_end(d, f.num.first, sb)));
    }
    let in_tally = |k: usize| tally_scopes.iter().any(|&(a, b)| a <= k && k <= b);
    let roundup = roundup_day(d, figs);
    for u in units {
        let tally_from = tally_from.get(&u.sentence).copied().unwrap_or(usize::MAX);
        let lo = d.trigger_hits.partition_point(|h| h.first < u.first);
        let mut triggers: Vec<(usize, Trigger)> = d.trigger_hits[lo..]
            .iter()
            .take_while(|h| h.first <= u.last)
            .filter(|h| h.last <= u.last && !in_tally(h.first))
            // "rushing to the targeted area": a participle as an adjective tells no act.
            .filter(|h| {
                !(h.first == h.last
                    && h.first > 0
                    && d.words
                        .is_any(h.first, &["targeted", "besieged", "shelled", "bombed"])
                    && d.words.is_any(h.first - 1, &["the", "a", "an"]))
            })
            // "released 25 people who had been detained": taken before, not now.
            .filter(|h| {
                !(h.first >= 2
                    && d.words.phrase_at(h.first - 2, "had been")
                    && matches!(d.lex.triggers.values[h.id], Trigger::Sub(s) if detains(s)))
            })
            // "this crime demonstrated that Russia ...", "demonstrated its resolve": to
            // show, not to protest.
            .filter(|h| {
                !(d.words.is_any(h.first, &["demonstrated", "demonstrate"])
                    && d.words.is_any(
                        h.first + 1,
                        &["that", "its", "his", "their", "the", "a", "an", "how"],
                    ))
            })
            // "This is the 12th time this year that Israel has targeted Syrian territory":
            // a count of such acts, not one of them.
            .filter(|h| !counted_time(d, h.first))
            // "The patrol returned to its base after the explosion": the event told
            // before, named again as a time, is no new one.
            .filter(|h| !names_earlier_event(d, figs, h))
            .map(|h| (h.first, d.lex.triggers.values[h.id]))
            // "seized the olive harvest of dozens of farmers", "confiscated the houses of
            // displaced people": property taken (only property: a checkpoint that
            // "confiscated trafficked goods" took no one's belongings).
            .filter_map(|(i, t)| {
                let taking = t == Trigger::Territory
                    || d.words
                        .is_any(i, &["confiscated", "confiscating", "expropriated"]);
                // (Only verbs of taking are read for their object.)
                if !taking {
                    Some((i, t))
                } else if takes_property(d, i) {
                    Some((i, Trigger::Sub(SubEventType::LootingPropertyDestruction)))
                } else if t == Trigger::Sub(SubEventType::LootingPropertyDestruction) {
                    None
                } else {
                    Some((i, t))
                }
            })
            // "destroyed a regime tank" tells fighting; "destroyed houses" tells no act
            // of its own (the shelling that did it does), nor does armour destroyed where
            // the act that destroyed it is told ("carried out a suicide attack and
            // destroyed seven military vehicles").
            .filter(|&(i, _)| {
                !d.words.is_any(i, DESTROY) || destroys_armour(d, i) && tells_no_other_act(d, i)
            })
            // "captured 21 members" counts people; "captured the village" takes ground.
            .filter(|&(i, t)| {
                t != Trigger::Territory
                    || (!takes_people(d, i) && !takes_things(d, i) && changes_hands(d, i))
            })
            // "took control of Um Al-Tarikiya checkpoint", "captured several positions": a
            // military position taken is fighting, not a place changing hands.
            .map(|(i, t)| {
                if t == Trigger::Territory && (takes_positions(d, i) || held_briefly(d, i)) {
                    (i, Trigger::Sub(SubEventType::ArmedClash))
                } else {
                    (i, t)
                }
            })
            // "HTS carried out raids in Sarmin, arresting dozens": raids told with arrests
            // or searches, and no aircraft, are raids on the ground.
            .map(|(i, t)| {
                if d.words.is(i, "raids") && ground_raids(d, i, u) {
                    (i, Trigger::Sub(SubEventType::ArmedClash))
                } else {
                    (i, t)
                }
            })
            // "Russian jets raided the village": aircraft raid from the air.
            .map(|(i, t)| {
                let by_air = d.words.is_any(i, &["raided", "raid"])
                    && (i.saturating_sub(3)..i).any(|k| {
                        d.words.is_any(
                            k,
                            &[
                                "jets",
                                "warplanes",
                                "aircraft",
                                "helicopters",
                                "planes",
                                "drones",
                                "warplane",
                                "jet",
                            ],
                        )
                    });
                if by_air {
                    (i, Trigger::Sub(SubEventType::AirDroneStrike))
                } else {
                    (i, t)
                }
            })
            .collect();
        // "Regime forces raided the town and arrested 5 young men", "arrested 14 young
        // men in a raid campaign": a raid on the ground that only took people is the
        // arrest (ACLED's arrests), not an attack; one that killed or wounded is violence.
        if triggers
            .iter()
            .any(|(_, t)| matches!(t, Trigger::Sub(s) if detains(*s)))
        {
            let lo = figs.partition_point(|f| f.num.first < u.first);
            let hurt = figs[lo..]
                .iter()
                .take_while(|f| f.num.first <= u.last)
                .any(|f| matches!(f.outcome, Some(Outcome::Killed | Outcome::Injured)));
            if !hurt {
                triggers.retain(|&(i, t)| {
                    !(t == Trigger::Sub(SubEventType::ArmedClash)
                        && d.words.is_any(i, &["raid", "raided", "raids", "raiding"]))
                });
            }
        }
        for i in u.first..=u.last {
            // (Most words fail the first-letter test.)
            if d.words.w(i).starts_with('t')
                && took_from(d, i)
                && !triggers.iter().any(|&(k, _)| k == i)
                && !in_tally(i)
            {
                triggers.push((i, Trigger::Territory));
            }
        }
        triggers.sort_by_key(|&(i, _)| i);
        // A unit that opens with a running total and then tells an event (", and the
        // Coalition's strikes targeted ..."): the event's words start after the total.
        let owned;
        let u = match triggers.first() {
            Some(&(t, _)) => match tally_scopes
                .iter()
                .filter(|&&(a, b)| u.first <= a && b < t)
                .map(|&(_, b)| b)
                .max()
            {
                Some(b) => {
                    owned = Unit {
                        first: b + 1,
                        ..u.clone()
                    };
                    &owned
                }
                None => u,
            },
            None => u,
        };
        let flo = figs.partition_point(|f| f.num.first < u.first);
        let fhi = figs.partition_point(|f| f.num.first <= u.last);
        let unit_figs: Vec<usize> = (flo..fhi)
            .filter(|&i| {
                let f = &figs[i];
                f.num.first >= u.first
                    && f.num.first <= u.last
                    && !f.tally
                    && f.role == FigureRole::Whole
                    && f.outcome.is_some()
            })
            .collect();
        let plo = places.partition_point(|(_, w)| *w < u.first);
        let unit_place = places
            .iter()
            .enumerate()
            .skip(plo)
            .take_while(|(_, (_, w))| *w <= u.last)
            // Where someone comes from is no place of the event's.
            .filter(|(_, (_, w))| !origin(d, *w))
            // The most precise place; among points, whole names before names the
            // gazetteer only matched in part and before road ends.
            .min_by_key(|(_, (r, w))| {
                (
                    r.precision == 3,
                    r.partial || r.on_road,
                    names_a_party(d, r, *w),
                    r.precision,
                    *w,
                )
            })
            .map(|(i, _)| i);
        let (ub, ue) = (d.words.words[u.first].start, d.words.words[u.last].end);
        let unit_date = d
            .dates_between(ub, ue)
            .filter(|x| x.end_byte <= ue && x.start.is_some())
            .find(|x| {
                // "since the 10th of September" is a period, not the event's day; nor is
                // any date inside a running tally.
                let since_period = since_governs(d, x.start_byte);
                let in_tally =
                    tally_from != usize::MAX && d.words.words[tally_from].start <= x.start_byte;
                !since_period && !in_tally && !d.in_dateline(x)
            })
            .map(|x| {
                (
                    EventDate {
                        start: x.start,
                        end: x.end,
                        precision: x.precision,
                    },
                    x.kind,
                )
            });
        let kind_of = |date: &Option<(EventDate, DateKind)>| match (date, anchor) {
            (Some((ed, _)), Some(a)) if ed.end.is_some_and(|e| e < a.add_days(-7)) => {
                EventKind::ReportOfEarlier
            }
            _ => EventKind::Incident,
        };
        // A unit without a date of its own continues the previous unit of its sentence.
        let (date, kind) = match unit_date {
            Some(x) => {
                let k = if u.first > 0 && back_in(d, u) {
                    EventKind::ReportOfEarlier
                } else {
                    kind_of(&Some(x))
                };
                (Some(x), k)
            }
            None => match (prev_unit_date, roundup) {
                (Some((s, x, k)), _) if s == u.sentence => (Some(x), k),
                (_, Some((s, x))) if u.sentence > s => (Some(x), EventKind::Incident),
                _ => (None, EventKind::Incident),
            },
        };
        if let Some(x) = date {
            prev_unit_date = Some((u.sentence, x, kind));
        }
        if triggers.is_empty() && unit_figs.is_empty() && !pooled_toll(d, u, &in_tally) {
            // "..., while they were playing near their house in the town of Saraqib on
            // Tuesday afternoon": a clause of circumstance says where and when the event
            // of its sentence happened.
            // (Only a clause about the people of the event: "while they were ...",
            // "while working in their land"; not "while other sources confirmed ...".)
            let w = &d.words;
            let circumstance = w.is(u.first, "while")
                && ((w.is_any(u.first + 1, &["they", "he", "she"])
                    && w.is_any(u.first + 2, &["were", "was"]))
                    || w.w(u.first + 1).ends_with("ing"));
            if let Some(cur) = out.last_mut().filter(|c| {
                circumstance && c.units.last().is_some_and(|x| x.sentence == u.sentence)
            }) {
                let finer = unit_place.is_some_and(|q| {
                    cur.place
                        .is_none_or(|p| places[q].0.precision < places[p].0.precision)
                });
                if finer {
                    cur.place = unit_place;
                }
                if cur.date.is_none() {
                    cur.date = unit_date;
                }
            }
            continue;
        }
        let unit_agent = agent_in(d, u.first, u.last);
        // After an aside, the sentence returns to the draft before it.
        let cur_at = match out.len() {
            0 => None,
            n if n >= 2
                && out[n - 1].units[0].aside
                && !u.aside
                && out[n - 2]
                    .units
                    .last()
                    .is_some_and(|x| x.sentence == u.sentence) =>
            {
                Some(n - 2)
            }
            n => Some(n - 1),
        };
        // The latest of the last `depth` drafts of this kind, in this part of the report
        // (headline or body), told at most `reach` sentences back, that `fits`: only so
        // few drafts can be that close, so the look back is bounded.
        let recent_of =
            |want: EventKind, depth: usize, reach: usize, fits: &dyn Fn(&Draft) -> bool| {
                out.iter()
                    .enumerate()
                    .rev()
                    .take(depth)
                    .find(|(_, x)| {
                        x.kind == want
                            && (x.units[0].first < d.body_start) == (u.first < d.body_start)
                            && x.units
                                .last()
                                .is_some_and(|l| l.sentence + reach >= u.sentence)
                            && fits(x)
                    })
                    .map(|(i, _)| i)
            };
        let recent = |depth: usize, reach: usize, fits: &dyn Fn(&Draft) -> bool| {
            recent_of(kind, depth, reach, fits)
        };
        // "the clashes of yesterday have killed 12": a definite article before the unit's
        // first event word refers back to the latest event of that family in this or
        // the previous sentence, which these words continue.
        // ("the explosion of a landmine" is defined by what follows it: a new event.)
        let definite = triggers
            .first()
            .filter(|&&(t, _)| t > 0 && d.words.is_any(t - 1, &["the", "these", "this", "those"]))
            .filter(|&&(t, _)| {
                let at = d.trigger_hits.partition_point(|h| h.first < t);
                let end = d
                    .trigger_hits
                    .get(at)
                    .filter(|h| h.first == t)
                    .map_or(t, |h| h.last);
                !(d.words.is(end + 1, "of") && d.words.is_any(end + 2, &["a", "an"]))
            })
            .map(|&(_, t)| t);
        let referent = definite.and_then(|t| {
            recent(8, 1, &|x| {
                x.triggers.iter().any(|y| family(y.1) == family(t))
            })
        });
        // "SOHR had published on the day of the explosion that 11 people were killed": a
        // unit with no date of its own that refers back to an older event retold just
        // before is part of that retelling.
        let retold = definite
            .filter(|_| referent.is_none() && date.is_none())
            .and_then(|t| {
                recent_of(EventKind::ReportOfEarlier, 8, 1, &|x| {
                    x.triggers.iter().any(|y| family(y.1) == family(t))
                })
            });
        let kind = if retold.is_some() {
            EventKind::ReportOfEarlier
        } else {
            kind
        };
        let referent = referent.or(retold);
        // "Rebel forces took it over.": ground taken by pronoun is the place of the
        // event just told.
        let taken_it = triggers.iter().any(|&(t, tr)| {
            tr == Trigger::Territory && (t + 1..t + 4).any(|k| d.words.is(k, "it"))
        });
        let referent = referent.or_else(|| taken_it.then(|| recent(1, 1, &|_| true)).flatten());
        // A toll told on its own ("5 fatalities.") sums up the event whose deaths were
        // told before it, which need not be the last one ("..., while regime forces
        // shelled the town. 1 fatality.").
        let tolled = (triggers.is_empty() && unit_figs.iter().any(|&i| figs[i].total))
            .then(|| {
                recent(8, 3, &|x| {
                    x.figures.iter().any(|&i| {
                        matches!(figs[i].outcome, Some(Outcome::Killed | Outcome::Executed))
                    })
                })
            })
            .flatten();
        let referent = referent.or(tolled);
        let cur_at = referent.or(cur_at);
        // "In response, regime forces shelled ...", "returned fire": the other side's
        // answer. It continues the engagement told before it, and where it fell is not
        // where the engagement began: the event keeps its place.
        let answering = (u.first..(u.first + 8).min(u.last + 1)).any(|k| {
            d.words.is_any(k, RESPONSE_WORDS)
                || (d.words.is(k, "returned") && d.words.is(k + 1, "fire"))
        });
        let continues = referent.is_some()
            || cur_at.map(|i| &out[i]).is_some_and(|cur| {
                // The headline is told again by the body: never one event with it.
                if (cur.units[0].first < d.body_start) != (u.first < d.body_start) {
                    return false;
                }
                let same_sentence = cur.units.last().is_some_and(|x| x.sentence == u.sentence);
                // (A region counts where it is another governorate's: "..., and a soldier
                // was killed in the northern countryside of Latakia".)
                let admin1 = |i: usize| gazetteer.place(places[i].0.place).admin1.as_deref();
                let other_governorate = cur
                    .place
                    .zip(unit_place)
                    .is_some_and(|(a, b)| admin1(a).zip(admin1(b)).is_some_and(|(x, y)| x != y));
                // (In one sentence, a town within the region the event had is where in it:
                // "Daraa province – Four members ... were killed, and two others were
                // injured in an ambush ... between Inkhil and Jasim".)
                let refines = |a: usize, b: usize| {
                    same_sentence
                        && places[a].0.precision == 3
                        && places[b].0.precision <= 2
                        && admin1(a).zip(admin1(b)).is_some_and(|(x, y)| x == y)
                };
                let new_place = match (cur.place, unit_place) {
                    (Some(a), Some(b)) => {
                        places[a].0.place != places[b].0.place
                            && !refines(a, b)
                            && (places[b].0.precision <= 2 || other_governorate)
                    }
                    (None, Some(_)) => false,
                    _ => false,
                };
                let new_date = match (&cur.date, &unit_date) {
                    (Some((a, _)), Some((b, _))) => a.start != b.start,
                    _ => false,
                };
                // Deaths told without an event word go with the event before, unless they
                // are in another governorate ("In Al-Hasakah, a woman and her three
                // children were killed when a fire broke out in their tent").
                // (Nor after a marker of another matter: "On the other hand, a woman and
                // her daughter were killed by a stray bullet".)
                // (Nor in a sentence of their own with their own day and place: "HTS
                // executed a man in Idlib city on Thursday. On Tuesday, HTS executed two
                // men in Harem city".)
                // (Nor a "while" clause of its own town: "A landmine exploded in Kafr
                // Nabudah, killing a soldier, while a child was injured by a bullet of
                // unknown source in the town of Al-Latamina".)
                if triggers.is_empty() {
                    let marker = MARKERS.iter().any(|m| d.words.phrase_at(u.first, m));
                    let elsewhere_while = d.words.is(u.first, "while") && new_place;
                    return cur.kind == kind
                        && !elsewhere_while
                        && (same_sentence
                            || !(other_governorate || marker || (new_date && new_place)));
                }
                // "..., while security forces fired shots to disperse the protesters": the
                // same protest, whoever acts in the clause.
                let protest = |t: &(usize, Trigger)| is_protest(t.1);
                if same_sentence
                    && cur.triggers.first().is_some_and(protest)
                    && triggers.iter().any(protest)
                {
                    return true;
                }
                // "Two militiamen were killed, and four others were injured, when ISIS
                // cells attacked their positions": deaths told first with no event word
                // take the act their sentence goes on to tell.
                if same_sentence && cur.triggers.is_empty() && cur.kind == kind {
                    return true;
                }
                let new_kind = cur.kind != kind;
                // A new report ("while the Observatory monitored shelling by the Coalition") or
                // a "while" clause ("while ISIS shelled the neighbourhoods") whose acting party
                // differs from the event's, or names one where the event had none, tells
                // another event.
                // (Not a side of the battle told already: "clashes between the regime
                // forces and the factions ..., while ... the regime forces managed to
                // advance".)
                let named_side = |p: Party| {
                    triggers.iter().all(|t| family(t.1) <= 1)
                        && cur.triggers.iter().any(|t| family(t.1) == 0)
                        && cur.units.iter().any(|x| {
                            d.actors_in(x.first, x.last + 1)
                                .iter()
                                .any(|h| h.party == p)
                        })
                };
                // (Or, in a paragraph of its own with its own toll, by a party the event
                // did not name, and not against a protest told before: "An explosive
                // device went off in Al-Bab, killing a man. \n\n A child was killed by
                // regime shelling on Kafr Ouid.")
                let new_paragraph = cur
                    .units
                    .last()
                    .is_some_and(|x| d.paragraph_start(x.first) != d.paragraph_start(u.first));
                let new_agent = match (unit_agent, cur.agent) {
                    (Some(a), Some(b)) => a != b,
                    (Some(a), None) => {
                        (same_sentence
                            && (u.marked || d.words.is(u.first, "while"))
                            && !named_side(a))
                            || (new_paragraph
                                && !unit_figs.is_empty()
                                && !cur.triggers.first().is_some_and(protest)
                                && !cur.units.iter().any(|x| {
                                    d.actors_in(x.first, x.last + 1)
                                        .iter()
                                        .any(|h| h.party == a)
                                }))
                    }
                    _ => false,
                };
                // "In response, regime forces shelled the factions' positions", "YPG fighters
                // returned fire": the other side's answer, in the next sentence, is the same
                // engagement, wherever its shells fell.
                let answers = answering
                    && cur
                        .units
                        .last()
                        .is_some_and(|x| x.sentence + 1 == u.sentence);
                // (Not one in another governorate: "HTS responded by targeting regime
                // positions in Kafr Nabudah in the countryside of Hama" after shelling in
                // Idlib is an event of its own.)
                // (Nor an answer elsewhere to an attack on civilians: "regime forces shelled
                // Sarmin, killing two children. HTS responded by shelling regime positions
                // in Saraqib" is no exchange between the two, but two attacks.)
                // (Where the attack hurt armed men too, "killing an SDF fighter and injuring
                // two civilians", the answer is fire exchanged.)
                let (civilians_hit, armed_hit) = cur
                    .figures
                    .iter()
                    .map(|&i| &figs[i])
                    .filter(|f| matches!(f.outcome, Some(Outcome::Killed | Outcome::Injured)))
                    .fold((false, false), |(c, a), f| {
                        (c || f.party == Party::Civilians, a || f.party.is_armed())
                    });
                let on_civilians = civilians_hit && !armed_hit;
                if answers
                    && !new_date
                    && !new_kind
                    && !other_governorate
                    && (!on_civilians || !new_place)
                    && triggers.iter().all(|t| family(t.1) <= 3)
                {
                    return true;
                }
                let fam_cur: Vec<u8> = cur.triggers.iter().map(|t| family(t.1)).collect();
                let fam_new = triggers.iter().all(|t| !fam_cur.contains(&family(t.1)));
                // "The victim had signed a reconciliation agreement": background to a violent
                // event, not a strategic development of its own. Arrests somewhere else with
                // their own count ("In Aleppo countryside, the factions arrested 7 people in
                // Afrin") are an event of their own.
                let background = triggers.iter().all(|t| family(t.1) == 4)
                    && fam_cur.iter().any(|f| *f <= 3)
                    && !(new_place && !unit_figs.is_empty());
                if background && !new_date && !new_kind {
                    return true;
                }
                !(new_place
                    || new_date
                    || new_kind
                    || new_agent
                    || (u.marked && !same_sentence && fam_new)
                    || (u.marked && same_sentence && (fam_new || unit_place.is_some())))
            });
        if let Some(i) = cur_at.filter(|_| continues) {
            let cur = &mut out[i];
            cur.units.push(u.clone());
            cur.triggers.extend(triggers);
            cur.figures.extend(unit_figs);
            if cur.place.is_none()
                || (!answering
                    && cur.place.is_some_and(|p| {
                        unit_place.is_some_and(|q| places[q].0.precision < places[p].0.precision)
                    }))
            {
                cur.place = unit_place.or(cur.place);
            }
            if cur.date.is_none() {
                cur.date = date;
            }
            if cur.agent.is_none() {
                cur.agent = unit_agent;
            }
        } else {
            out.push(Draft {
                units: vec![u.clone()],
                triggers,
                figures: unit_figs,
                place: unit_place,
                date,
                kind,
                agent: unit_agent,
            });
        }
    }
    out
}

/// "Rebel snipers killed or injured 3 regime soldiers", "killing and wounding dozens":
/// dead and wounded told as one toll. It counts no deaths (see the figures), but it
/// tells that something happened, as a toll of its own would.
fn pooled_toll(d: &Doc<'_>, u: &Unit, in_tally: &dyn Fn(usize) -> bool) -> bool {
    let outcome = |h: crate::words::PhraseHit| d.lex.outcomes.values[h.id].0;
    let death = |o: Outcome| matches!(o, Outcome::Killed | Outcome::Executed);
    (u.first + 1..u.last).any(|i| {
        d.words.is_any(i, &["and", "or"])
            && !in_tally(i)
            && d.outcome_ending_at(i - 1).is_some_and(|a| {
                d.outcome_at(i + 1).is_some_and(|b| {
                    // The people follow, counted: the verbs act ("the number of people
                    // wounded and killed" tells of no act).
                    let counted = crate::numbers::number_at(&d.words, b.last + 1).is_some()
                        || d.words.is(b.last + 1, "a");
                    let (a, b) = (outcome(a), outcome(b));
                    counted
                        && ((death(a) && b == Outcome::Injured)
                            || (a == Outcome::Injured && death(b)))
                })
            })
    })
}

/// A daily round-up: "SOHR has documented the death of 14 people across Syrian territory
/// on Thursday, March 9, as follows:". The day its toll is of is the day of each event it
/// then lists that gives no date of its own. Returns the toll's sentence and its day.
fn roundup_day(d: &Doc<'_>, figs: &[Figure]) -> Option<(usize, (EventDate, DateKind))> {
    let f = figs
        .iter()
        .find(|f| f.tally && toll_opens_a_list(d, figs, f))?;
    Some((f.sentence, day_of_sentence(d, f.sentence)?))
}

/// Whether sentence `s` ends with a colon: "..., as follows:".
fn opens_a_list(d: &Doc<'_>, s: usize) -> bool {
    let (_, b) = d.sentences[s];
    d.words.is(b, ":") || (b > 0 && d.words.is(b - 1, ":"))
}

/// Whether a toll's sentence opens a list, itself or by a sentence of no figures right
/// after it ("SOHR documented the death of eight people on Sunday. They were
/// distributed as follows:").
fn toll_opens_a_list(d: &Doc<'_>, figs: &[Figure], f: &Figure) -> bool {
    let next = f.sentence + 1;
    opens_a_list(d, f.sentence)
        || (next < d.sentences.len()
            && opens_a_list(d, next)
            && !crate::figures::sentence_has_figures(figs, next))
}

/// The toll of a daily round-up ([`roundup_day`]) is of its day.
pub fn roundup_toll_day(d: &Doc<'_>, figs: &[Figure], f: &Figure) -> Option<EventDate> {
    (f.tally && toll_opens_a_list(d, figs, f))
        .then(|| day_of_sentence(d, f.sentence))
        .flatten()
        .map(|x| x.0)
}

/// The one day the dates of sentence `s` name, if they name one and only one.
fn day_of_sentence(d: &Doc<'_>, s: usize) -> Option<(EventDate, DateKind)> {
    let mut days = d.dates_in_sentence(s).filter(|x| x.start.is_some());
    let day = days.next()?;
    // One day ("on Thursday, March 9" names it twice): "since March" or two days is a
    // period, not the day's toll.
    if day.precision != DatePrecision::Day
        || day.start != day.end
        || days.any(|x| x.start != day.start || x.end != day.end)
    {
        return None;
    }
    Some((
        EventDate {
            start: day.start,
            end: day.end,
            precision: day.precision,
        },
        day.kind,
    ))
}

/// The last word of the running total that starts at word `from` in a sentence ending
/// at word `last`: the total runs to its period ("since the 10th of September 2018"),
/// and a clause joined after that (", and the Coalition's strikes targeted ...") tells
/// something else. Without a period, the total runs to the end of the sentence.
fn tally_end(d: &Doc<'_>, from: usize, last: usize) -> usize {
    let w = &d.words;
    let from_byte = w.words[from].start;
    let last_byte = w.words[last].end;
    let Some(period) = d
        .dates_between(from_byte, last_byte)
        .find(|x| since_governs(d, x.start_byte))
    else {
        return last;
    };
    let after = w.words.partition_point(|x| x.start < period.end_byte);
    (after + 1..=last)
        .find(|&k| w.is(k, "and") && w.is(k - 1, ","))
        .unwrap_or(last)
}

/// Whether a date at byte `pos` is the start of a period ("since the start of the
/// operation on the 10th of September"), not an event's day ("since the attack
/// back in January 2016" dates the attack).
fn since_governs(d: &Doc<'_>, pos: usize) -> bool {
    let w = &d.words;
    let i = w.words.partition_point(|x| x.start < pos);
    if i >= w.len() {
        return false;
    }
    let from = i.saturating_sub(10);
    for k in (from..i).rev() {
        if w.is_any(k, &[",", ".", ";"]) {
            return false;
        }
        if d.trigger_at(k) {
            return false;
        }
        if w.is(k, "since") {
            return true;
        }
    }
    false
}

/// Whether the words after a territory verb are people ("captured a YPG fighter").
fn takes_people(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    // "captured 21 members", "captured them".
    w.is_any(i + 1, &["them", "him", "her"])
        // "captured several regime and pro-regime militia fighters": the people noun may
        // come a few words on, before any piece of ground.
        || (i + 1..(i + 9).min(w.len()))
            // "cleared the town of IS fighters": who was cleared out follows "of".
            .take_while(|&k| !w.is_any(k, &[",", ".", ";", "from", "in", "after", "and", "following", "with", "against", "during", "near", "on", "at", "before", "as", "while", "where"]) && !(w.is(i, "cleared") && w.is(k, "of")))
            .take_while(|&k| {
                (!is_ground(w, k) || w.is_any(k, &["strategic", "new", "more", "other"]))
                    && !w.is_any(k, &["territory", "territories", "ground", "land", "lands", "inside", "control", "parts", "part"])
            })
            .any(|k| {
            // "captured 21" counts people; "control over the 3 villages" counts ground.
            // A number after a capitalised word names a place ("Point 50", "Regiment 46").
            // ("9 border garrisons": a word may stand between.)
            (w.words[k].kind == crate::words::WordKind::Digits
                && !(k + 1..=k + 2).any(|j| is_ground(w, j))
                && !crate::numbers::is_ordinal(w, k)
                && !w.words[k - 1].capitalized)
                // (Not a word's tail after an apostrophe: "Ma'arrat An Nu'man", which
                // `is_noun` rules out.)
                || d.is_noun(k)
        })
}

/// Words for pieces of ground counted in a change of hands ("3 villages").
const GROUND: &[&str] = &[
    "villages",
    "village",
    "towns",
    "town",
    "hills",
    "hill",
    "points",
    "positions",
    "areas",
    "area",
    "km",
    "kilometers",
    "kilometres",
    "farms",
    "sites",
    "checkpoints",
    "neighborhoods",
    "neighbourhoods",
    "strategic",
    "new",
    "more",
    "other",
    "posts",
    "post",
    "point",
    "position",
    "bases",
    "base",
    "checkpoint",
    "garrisons",
    "garrison",
    "hilltops",
    "hilltop",
    "outposts",
    "outpost",
    "barracks",
    "hamlets",
    "hamlet",
    "localities",
    "settlements",
];

/// Buildings, counted as ground too: taking them, like taking a military position, is
/// fighting in or around a place, not the place changing hands. In ACLED's rows a
/// hospital, houses or a roundabout taken are coded as a clash (18 of 20 rows).
const PREMISES: &[&str] = &[
    "house",
    "houses",
    "building",
    "buildings",
    "hospital",
    "mosque",
    "mosques",
    "roundabout",
    "square",
];

/// A piece of ground or a building.
fn is_ground(w: &crate::words::Words<'_>, k: usize) -> bool {
    w.is_any(k, GROUND) || w.is_any(k, PREMISES)
}

/// Whether the ground taken at `i` is a military position ("checkpoint", "positions",
/// "points", "posts") rather than a place (a village, a town, an area, a hill).
fn takes_positions(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    let position = (i + 1..(i + 8).min(w.len()))
        .take_while(|&k| !w.is_any(k, &[",", ".", ";", "from", "in", "after", "and"]))
        .find(|&k| is_ground(w, k) && !w.is_any(k, &["strategic", "new", "more", "other"]))
        .is_some_and(|k| {
            (w.is_any(
                k,
                &["checkpoint", "checkpoints", "positions", "position", "points", "point"],
            ) || w.is_any(k, PREMISES))
            // ("1200 square kilometres" is an extent of ground.)
            && !(w.is(k, "square")
                && w.is_any(k + 1, &["km", "kilometres", "kilometers", "meters", "metres", "miles"]))
            // "Hamran crossing point" is a place, and so is "Point 50".
            && !w.is(k - 1, "crossing")
            && !(w.words[k].capitalized && w.is_any(k, &["point", "points", "position"]))
        });
    // "positions in the Bashkum area and two other villages": villages taken too (not
    // the town the position is in: "the National Hospital in Raqqa city").
    position
        && !(i + 1..(i + 16).min(w.len()))
            .take_while(|&k| !w.is_any(k, &[".", ";"]))
            .any(|k| {
                w.is_any(k, &["village", "villages", "town", "towns", "city"])
                    && !(k.saturating_sub(3)..k).any(|j| w.is_any(j, &["in", "near", "of"]))
            })
}

/// Whether the ground taken at `i` was held only for a while: "took control of it for a
/// short period", "made brief gains", "took control of Kharabishah before the regime
/// forces regained it after a few hours". Ground that did not change hands for good is
/// a battle.
fn held_briefly(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    let (s0, s1) = d.sentences[d.sentence_of[i]];
    let brief = |k: usize| {
        w.is_any(
            k,
            &[
                "brief",
                "briefly",
                "temporarily",
                "temporary",
                "momentarily",
            ],
        ) || w.phrase_at(k, "short period")
            || w.phrase_at(k, "few hours")
    };
    // Read just before the verb and after it up to the next clause ("regained control
    // after losing it for a short period" is a lasting change); nor does the side that
    // took it back change anything ("... for a short period before HTS re-gained control").
    let after =
        (i..=(i + 14).min(s1)).take_while(|&k| !w.is_any(k, &["after", "following", "since", "."]));
    let retaken = (s0..i).any(|k| w.is(k, "before")) && (s0..i).any(brief);
    if retaken || (i.saturating_sub(3)..i).chain(after).any(brief) {
        return true;
    }
    // Hours, and the ground taken back in the same sentence: "took control of X before
    // the regime regained it after few hours", "regained control after IS held it for few
    // hours".
    let hours = (s0..=s1).any(|k| {
        w.is_any(k, &["hours", "hour"])
            && k > s0
            && w.is_any(k - 1, &["few", "several", "for", "two", "three", "some"])
    });
    hours
        && d.trigger_hits.iter().any(|h| {
            h.first != i
                && s0 <= h.first
                && h.last <= s1
                && d.lex.triggers.values[h.id] == Trigger::Territory
        })
}

/// Things a verb of taking or destroying can have for its object.
const THINGS: &[&str] = &[
    "weapons",
    "weapon",
    "vehicles",
    "vehicle",
    "ammunition",
    "equipment",
    "equipments",
    "explosives",
    "gun",
    "guns",
    "tank",
    "tanks",
    "truck",
    "trucks",
    "car",
    "cars",
    "documents",
    "drugs",
    "shipment",
    "cargo",
    "materials",
    "money",
    "motorcycle",
    "motorcycles",
    "arms",
    "rifles",
    "bmp",
    "launcher",
    "launchers",
    "depot",
    "depots",
    "warehouse",
    "warehouses",
    "armaments",
    "ammo",
    "ammunitions",
    "munitions",
    "mines",
    "atgm",
    "atgms",
    "missiles",
    "rockets",
    "drone",
    "drones",
    "rubble",
    "debris",
    "landmines",
];

/// Whether "seized" or "captured" at `i` takes things, not ground: "seized weapons and
/// explosives", "captured a 23mm gun".
fn takes_things(d: &Doc<'_>, i: usize) -> bool {
    takes_one_of(d, i, THINGS, &[",", ".", ";", "from", "in", "after"])
}

/// Verbs of destroying, event words only with armour for their object.
const DESTROY: &[&str] = &["destroyed", "destroy", "destroying"];

/// Whether the paragraph of word `i` (its line) has no event word but ones of
/// destroying: armour destroyed where the fighting is told is a detail of that fight.
fn tells_no_other_act(d: &Doc<'_>, i: usize) -> bool {
    let (start, end) = (d.paragraph_start(i), d.paragraph_end(i));
    let lo = d.trigger_hits.partition_point(|h| h.first < start);
    d.trigger_hits[lo..]
        .iter()
        .take_while(|h| h.first < end)
        .all(|h| d.words.is_any(h.first, DESTROY))
}

/// Whether "destroyed" at `i` has armour for its object ("destroyed a regime forces'
/// tank") or, told in the passive, for its subject ("a regime tank was destroyed by an
/// ATGM").
fn destroys_armour(d: &Doc<'_>, i: usize) -> bool {
    const ARMOUR: &[&str] = &[
        "tank",
        "tanks",
        "bmp",
        "bmps",
        "apc",
        "apcs",
        "vehicle",
        "vehicles",
        "bulldozer",
        "bulldozers",
        "launcher",
        "launchers",
        "cannon",
        "cannons",
        "shilka",
        "technical",
        "technicals",
    ];
    takes_one_of(d, i, ARMOUR, &[",", ".", ";", "in", "after"]) || passive_subject_in(d, i, ARMOUR)
}

/// Whether a verb at `i` told in the passive ("a regime tank was destroyed", "weapons
/// were seized") has one of `nouns` for its subject, in its clause.
fn passive_subject_in(d: &Doc<'_>, i: usize, nouns: &[&str]) -> bool {
    let w = &d.words;
    i >= 1
        && w.is_any(i - 1, &["was", "were", "been"])
        && (i.saturating_sub(6)..i - 1)
            .rev()
            .take_while(|&k| !w.is_any(k, &[",", ".", ";"]))
            .any(|k| w.is_any(k, nouns) && !w.words[k].capitalized)
}

/// Whether a verb of taking at `i` has one of `nouns` in its object, within a few words
/// and before any of `stops`. A capitalised word is part of a name ("the al-Tank Oil
/// Field"), not a thing.
fn takes_one_of(d: &Doc<'_>, i: usize, nouns: &[&str], stops: &[&str]) -> bool {
    let w = &d.words;
    (i + 1..(i + 6).min(w.len()))
        .take_while(|&k| !w.is_any(k, stops))
        .any(|k| w.is_any(k, nouns) && !w.words[k].capitalized)
}

/// Whether a verb of taking at `i` takes people's belongings: "seized the olive harvest",
/// "confiscated houses and lands of displaced people".
fn takes_property(d: &Doc<'_>, i: usize) -> bool {
    const PROPERTY: &[&str] = &[
        "harvest",
        "harvests",
        "crops",
        "crop",
        "olives",
        "olive",
        "wheat",
        "houses",
        "homes",
        "properties",
        "property",
        "lands",
        "farmland",
        "farmlands",
        "shops",
        "stores",
        "livestock",
        "sheep",
        "cattle",
        "belongings",
    ];
    // ("seized control of the farmland of Tal Hamis" takes ground.)
    takes_one_of(
        d,
        i,
        PROPERTY,
        &[",", ".", ";", "from", "in", "after", "control"],
    )
}

/// Whether a bare "took" at `i` takes ground from an armed side: "SDF forces took
/// Hamran from IS", "HTS took the Al-Rashdeen area from government forces". The side it
/// was taken from makes it a change of hands ("took them from their homes", "took
/// money from" do not name one, or take people or things).
fn took_from(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    if !w.is_any(i, &["took", "take", "takes", "taking"]) {
        return false;
    }
    // "advances towards taking Maarzaf": an aim, not a taking.
    if i > 0 && w.is_any(i - 1, &["towards", "toward"]) {
        return false;
    }
    // (Control taken, in whole or in part, is the lexicon's: "take partial control of".)
    let Some(from) = (i + 1..(i + 10).min(w.len()))
        .take_while(|&k| !w.is_any(k, &[",", ".", ";", "place", "part", "refuge", "control"]))
        .find(|&k| w.is(k, "from"))
    else {
        return false;
    };
    let armed_side = (from + 1..(from + 4).min(w.len()))
        .find_map(|k| d.actor_at(k))
        .is_some_and(|a| a.party.is_armed());
    // What was taken: a name or a piece of ground, right after the verb.
    let ground = (i + 1..from).any(|k| w.words[k].capitalized || is_ground(w, k));
    armed_side && ground && !takes_people(d, i) && !takes_things(d, i) && changes_hands(d, i)
}

/// Whether a territory word at `i` tells ground changing hands: an actor (or "managed
/// to") just before it, no "by" after it ("areas controlled by IS" is a state, not
/// an event), and no attempt ("in an attempt to regain control").
fn changes_hands(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    // "HTS declared its takeover of Mustarihah", "announced the capture of Abul Gor": a
    // change announced, not a state described ("its control", "the captured town").
    let announced = i > 1
        && w.is_any(i - 1, &["its", "their", "the"])
        && w.is_any(
            i - 2,
            &[
                "announced",
                "declared",
                "claimed",
                "confirmed",
                "completed",
                "announcing",
                "declaring",
            ],
        );
    // "Rasm Qanbar village is liberated from IS": taken from a side, in the passive (not
    // "seized from", said of things); "Rashid neighbourhood cleared of ISIS", as a
    // headline puts it.
    let taken_from = i > 0
        && ((w.is_any(i - 1, &["is", "was", "were", "been"])
            && w.is_any(i, &["liberated", "recaptured", "retaken"])
            && w.is(i + 1, "from"))
            || (w.is(i, "cleared") && w.is(i + 1, "of")))
        && d.actor_at(i + 2)
            .or_else(|| d.actor_at(i + 3))
            .is_some_and(|a| a.party.is_armed());
    if taken_from {
        return true;
    }
    if w.is(i + 1, "by")
        || (i > 0
            && !announced
            && w.is_any(i - 1, &["-", "its", "their", "the", "under", "s", "'"]))
    {
        return false;
    }
    // "controlled areas", "captured territories": a description, not a change; but
    // "QSD captured parts of Jdid Ekeidat", with the party right before, is one ("regime
    // controlled towns" stays a description: "controlled" is as often an adjective).
    // ("managed to retake parts of the town": a verb after "to" describes nothing.)
    let infinitive = i > 0 && w.is(i - 1, "to");
    let party_right_before = !w.is(i, "controlled")
        && d.actors
            .iter()
            .any(|a| a.last < i && a.last + 2 >= i && a.party.is_armed());
    if !party_right_before
        && !infinitive
        && w.is_any(
            i + 1,
            &[
                "areas",
                "area",
                "regions",
                "region",
                "territory",
                "territories",
                "parts",
                "zones",
                "zone",
                "neighborhoods",
                "neighbourhoods",
                "towns",
                "villages",
                "cities",
                "lands",
            ],
        )
    {
        return false;
    }
    let from = i.saturating_sub(6);
    if (i.saturating_sub(9)..i).any(|k| {
        w.is_any(
            k,
            &[
                "attempt",
                "attempts",
                "tried",
                "trying",
                "attempting",
                "attempted",
                "failed",
                "aiming",
                "seeking",
                "try",
                "hoping",
                "hoped",
                "bid",
            ],
        )
    }) {
        return false;
    }
    // "not completely taking it over", "in order to recapture", "were later captured":
    // a change denied, intended, or said of people taken.
    // ("were able to control" is no passive: the phrase opens with "able".)
    let passive =
        |k: usize| w.is_any(k, &["was", "were", "been", "be", "being"]) && !w.is(i, "able");
    if (i.saturating_sub(3)..i).any(|k| {
        w.is_any(
            k,
            &[
                "not", "almost", "nearly", "order", "aim", "aimed", "plan", "planned", "planning",
                "intend", "without",
            ],
        )
    }) || (i > 0 && passive(i - 1))
        // "fought for control over the station": what the fight was about.
        || (i > 0 && w.is(i - 1, "for") && w.is_any(i, &["control", "full", "complete"]))
        || (i > 1
            && passive(i - 2)
            && w.is_any(
                i - 1,
                &[
                    "later",
                    "then",
                    "also",
                    "subsequently",
                    "eventually",
                    "reportedly",
                    "recently",
                ],
            ))
    {
        return false;
    }
    let agent = d
        .actors
        .iter()
        .any(|a| a.last < i && a.last + 5 >= i && a.party.is_armed());
    // "Regime forces made advances in the desert, taking control of X": a participle
    // after a comma takes the sentence's subject, an armed party named before it.
    let participle = i > 0
        && w.is(i - 1, ",")
        && w.is_any(
            i,
            &[
                "taking",
                "capturing",
                "seizing",
                "regaining",
                "gaining",
                "retaking",
                "recapturing",
            ],
        )
        && d.actors.iter().any(|a| {
            a.last < i && d.sentence_of[a.first] == d.sentence_of[i] && a.party.is_armed()
        });
    // "Regime forces and Druze fighters entered Zalaf area and captured most of it": a
    // second verb joined by "and" takes the sentence's subject, an armed party opening it.
    let coordinated = i > 0 && w.is(i - 1, "and") && {
        let (start, _) = d.sentences[d.sentence_of[i]];
        d.actors
            .iter()
            .any(|a| a.first >= start && a.first <= start + 2 && a.last < i && a.party.is_armed())
    };
    // "regime forces, supported by artillery and aerial shelling, established control
    // over", "where the regime forces were able to achieve a new advancement and took
    // control of": the clause's subject, an armed party with no clause break between.
    // "launched an assault to retake the village": an aim, unless achieved ("managed to").
    // ("to quickly seize": an adverb may stand between.)
    let aim = i > 0
        && (w.is(i - 1, "to") || (i > 1 && w.is(i - 2, "to") && w.w(i - 1).ends_with("ly")))
        && !(i.saturating_sub(4)..i).any(|k| {
            w.is_any(
                k,
                &[
                    "managed",
                    "managing",
                    "able",
                    "succeeded",
                    "went",
                    "allowed",
                    "allowing",
                    "enabled",
                    "enabling",
                    "advanced",
                    "advancing",
                ],
            )
        });
    let subject = || clause_subject(d, i).is_some();
    !aim && (agent
        || participle
        || coordinated
        || (from..i).any(|k| {
            w.is_any(
                k,
                &[
                    "managed",
                    "managing",
                    "able",
                    "succeeded",
                    "forces",
                    "fighters",
                    "troops",
                    "militias",
                    "militiamen",
                ],
            )
        })
        || subject())
}

/// The armed party that is the subject of the clause word `i` stands in: the first one
/// after the clause's start (within 25 words), not an object ("against IS", "by the SDF").
fn clause_subject(d: &Doc<'_>, i: usize) -> Option<Party> {
    let w = &d.words;
    let start = d.sentences[d.sentence_of[i]].0.max(i.saturating_sub(25));
    let brk = (start..i)
        .rev()
        .find(|&k| w.is_any(k, CLAUSE_BREAKS))
        .map_or(start, |k| k + 1);
    d.actors_in(brk, i)
        .iter()
        .find(|a| {
            // The word before the actor, past an article.
            let mut k = a.first.saturating_sub(1);
            while k > brk && w.is_any(k, &["the", "a", "an"]) {
                k -= 1;
            }
            a.last < i
                && a.party.is_armed()
                && !w.is_any(
                    k,
                    &[
                        "against", "with", "by", "between", "of", "from", "and", "to", "on",
                    ],
                )
        })
        .map(|a| a.party)
}

/// Words that open a new clause, whose subject is its own.
const CLAUSE_BREAKS: &[&str] = &[
    "where",
    "while",
    "which",
    "who",
    "after",
    "as",
    "when",
    "whereas",
    ";",
    ":",
    "following",
    "before",
    "until",
    "since",
    "that",
];

/// The party that acts in words `a..=b`: an actor followed by an attack verb.
fn agent_in(d: &Doc<'_>, a: usize, b: usize) -> Option<Party> {
    d.actors_in(a, b + 1)
        .iter()
        .filter(|h| h.last <= b && h.party.is_armed())
        .find(|h| (h.last + 1..=(h.last + 3).min(b)).any(|k| acting_verb(&d.words, k)))
        .map(|h| h.party)
}

/// Whether word `k` is a verb of acting ("attacked", "shelled"), not an auxiliary.
fn acting_verb(w: &crate::words::Words<'_>, k: usize) -> bool {
    w.is_any(k, AGENT_VERBS)
        && !w.is_any(k, &["was", "were", "have", "has", "had"])
        // "the SDF continue their attempts to advance", not "the clashes between the
        // regime and IS continue in ...".
        && (!w.is_any(k, &["continue", "continues"]) || w.is_any(k + 1, &["their", "its", "to"]))
}

/// Whether the draft's explosion words are only "explosions were heard" kind.
fn is_weak(d: &Doc<'_>, draft: &Draft) -> bool {
    draft
        .triggers
        .iter()
        .filter(|(_, t)| *t == Trigger::Sub(SubEventType::RemoteExplosiveLandmineIed))
        .all(|(i, _)| {
            d.words
                .is_any(*i, &["explosion", "explosions", "detonation", "exploded"])
        })
}

/// "back in mid-January last year", "years ago": the unit retells an older event.
fn back_in(d: &Doc<'_>, u: &Unit) -> bool {
    (u.first..=u.last).any(|k| {
        d.words.phrase_at(k, "back in")
            || d.words.phrase_at(k, "last year")
            || d.words.phrase_at(k, "years ago")
    })
}

/// Arrests and abductions: one party taking people.
fn detains(s: SubEventType) -> bool {
    matches!(
        s,
        SubEventType::Arrests | SubEventType::AbductionForcedDisappearance
    )
}

/// The ACLED sub-event type for a draft, by the taxonomy's hierarchy.
pub fn classify(d: &Doc<'_>, draft: &Draft, figs: &[Figure], actors: &[Actor]) -> SubEventType {
    let has = |f: &dyn Fn(Trigger) -> bool| draft.triggers.iter().any(|(_, t)| f(*t));
    let armed: Vec<Party> = actors
        .iter()
        .filter(|a| a.party.is_armed() && a.role != Role::Associated)
        .map(|a| a.party)
        .collect();
    // (Detainees are unarmed in their captors' hands: violence against them is against
    // civilians, as ACLED's "Prisoners" are.)
    let unarmed = |p: Party| matches!(p, Party::Civilians | Party::Detainees);
    let civilian_victims = draft.figures.iter().any(|&i| unarmed(figs[i].party))
        || actors
            .iter()
            .any(|a| unarmed(a.party) && a.role == Role::Actor2);
    let armed_victims = draft.figures.iter().any(|&i| figs[i].party.is_armed());
    let actor1 = actors
        .iter()
        .find(|a| a.role == Role::Actor1)
        .map(|a| a.party);
    if has(&|t| t == Trigger::Territory) {
        // Who took the ground: the territory verb's own subject where the clause names
        // one ("clashes between IS and the regime, where the regime forces took control"),
        // else the event's first actor.
        let taker = draft
            .triggers
            .iter()
            .find(|(_, t)| *t == Trigger::Territory)
            .and_then(|&(i, _)| clause_subject(d, i))
            .or(actor1);
        return if taker.is_some_and(Party::is_state) {
            SubEventType::GovernmentRegainsTerritory
        } else {
            SubEventType::NonStateActorOvertakesTerritory
        };
    }
    // A protest told first is the event, by what was done to it (ACLED): shots that
    // hurt no one ("security forces fired shots into the air to disperse the
    // protesters") make an intervention, deaths or wounds excessive force.
    // ("Security forces opened fire on protesters": fire at a protest is what was done
    // to it.)
    // (A protest told as the setting, "amid demonstrations against HTS, Division 13
    // beat up a fighter", is not the event.)
    let protest = is_protest;
    let protest_first = draft.triggers.first().is_some_and(|&(k, t)| {
        protest(t)
            && !(k.saturating_sub(3)..k).any(|j| {
                d.words.is_any(
                    j,
                    &["amid", "amidst", "during", "following", "after", "for"],
                )
            })
    });
    let fired_on_protest = draft.triggers.iter().any(|&(k, t)| {
        protest(t)
            && (k.saturating_sub(8)..k).any(|j| {
                d.words
                    .is_any(j, &["fire", "fired", "shot", "shots", "shooting"])
            })
            && (k.saturating_sub(3)..k).any(|j| {
                d.words
                    .is_any(j, &["on", "at", "towards", "disperse", "dispersing"])
            })
    }) && draft.triggers.iter().all(|&(k, t)| {
        // (Fighting told beside it, "11 fatalities in the clashes", is another event.)
        protest(t)
            || d.words
                .is_any(k, &["fire", "fired", "opened", "shot", "shots", "shooting"])
    });
    if protest_first || fired_on_protest {
        let harmed = draft.figures.iter().any(|&i| {
            matches!(figs[i].outcome, Some(Outcome::Killed | Outcome::Injured))
                && figs[i].count.best.is_none_or(|n| n > 0)
        });
        let intervened = draft
            .units
            .iter()
            .any(|u| (u.first..=u.last).any(|k| d.words.is_any(k, INTERVENTION_WORDS)));
        return if harmed {
            SubEventType::ExcessiveForceAgainstProtesters
        } else if intervened {
            SubEventType::ProtestWithIntervention
        } else {
            SubEventType::PeacefulProtest
        };
    }
    // "targeted", "attacked" say that something happened; a weapon named beside them says what.
    let generic = |i: usize| {
        d.words.is_any(
            i,
            &[
                "targeted",
                "attack",
                "attacks",
                "attacked",
                "attacking",
                "shot",
                "killed",
                "fired",
                "firing",
            ],
        )
    };
    // "Snipers shot and killed a soldier": direct fire, which a weapon beside it does not make remote.
    let generic =
        |i: usize| generic(i) && !(i > 0 && d.words.is_any(i - 1, &["sniper", "snipers"]));
    let specific = draft
        .triggers
        .iter()
        .map(|(i, t)| (*i, *t))
        .find(|(i, t)| family(*t) <= 3 && !generic(*i));
    let first_violent = draft.triggers.iter().map(|(i, t)| (*i, *t)).find(|(i, t)| {
        family(*t) <= 3 && !(generic(*i) && specific.is_some_and(|(_, s)| family(s) == 2))
    });
    let clashes: Vec<usize> = draft
        .triggers
        .iter()
        .filter(|(i, t)| {
            *t == Trigger::Sub(SubEventType::ArmedClash)
                && (is_ground_fighting(d, *i) || d.words.is(i.saturating_sub(1), "ground"))
        })
        .map(|(i, _)| *i)
        .collect();
    // Advances and attacks by a party without aircraft are ground action too, but they
    // make a strike part of the battle only where the strike is told as its companion
    // ("IS attacked regime positions amid Russian airstrikes"): a news story's strikes
    // and advances are often separate events.
    // (`with_advances: false`: attacks only.)
    let ground_actions = |with_advances: bool| {
        draft.triggers.iter().any(|(k, t)| {
            *t == Trigger::Sub(SubEventType::ArmedClash)
                && (with_advances || !d.words.is_any(*k, ADVANCE_WORDS))
                && is_ground_action(d, *k)
        })
    };
    // An armed group detaining armed men (another group's, or its own: "QSD detained
    // three of its members") is an interaction of armed actors, which ACLED codes as a
    // clash; arrests and abductions are for civilians.
    let armed_detained = || {
        armed.len() >= 2
            || draft.figures.iter().any(|&i| {
                figs[i].party.is_armed()
                    && matches!(figs[i].outcome, Some(Outcome::Arrested | Outcome::Captured))
            })
    };
    match first_violent {
        Some((i, Trigger::Sub(s))) if s.event_type() == EventType::ExplosionsRemoteViolence => {
            // An air strike or shelling within a ground battle is that battle, unless
            // the battle is between others ("warplanes struck the regime where it
            // fought IS").
            if clashes.is_empty() && accompanies(d, i) && ground_actions(true) {
                return SubEventType::ArmedClash;
            }
            // "Coalition helicopters carried out an airdrop operation": troops landed
            // from the helicopters raid on the ground.
            if draft.triggers.iter().any(|&(k, t)| {
                t == Trigger::Sub(SubEventType::ArmedClash)
                    && d.words.is_any(
                        k,
                        &[
                            "airdrop",
                            "air",
                            "air-drop",
                            "airborne",
                            "heliborne",
                            "landing",
                        ],
                    )
            }) {
                return SubEventType::ArmedClash;
            }
            // "Russian warplanes struck IS positions near Sokhneh after IS ambushed a
            // regime convoy there": strikes answering a ground attack told right after
            // them are part of that battle.
            let answers_attack = draft.triggers.iter().any(|&(k, t)| {
                k > i
                    && t == Trigger::Sub(SubEventType::ArmedClash)
                    && !d.words.is_any(k, ADVANCE_WORDS)
                    && is_ground_action(d, k)
                    && (k.saturating_sub(4)..k).any(|j| d.words.is_any(j, &["after", "following"]))
            });
            if clashes.is_empty() && answers_attack {
                return SubEventType::ArmedClash;
            }
            // "Turkish forces shelled Dardara; QSD responded using indirect fire": fire
            // returned between two armed parties is an exchange, which ACLED codes as
            // a clash.
            // (An answer told as an event of its own, "SDF responded by shelling Turkish
            // positions near Mare'", with the fire it answers in another event, is
            // one side's fire: the draft must hold the first fire too, before it.)
            // ("responded to rebel shelling by ...", "A shell fell ...; as a response":
            // the fire answered is told in the draft.)
            let answered_here = |k: usize| {
                draft.triggers.iter().any(|&(t, _)| t < k)
                    || d.words.is(k + 1, "to")
                    || draft.units.iter().any(|u| {
                        (u.first..k.min(u.last + 1)).any(|j| {
                            d.words.is_any(j, FIRE_TERMS)
                                || d.words.is_any(j, &["shell", "shells", "rpg", "missile"])
                        })
                    })
            };
            let responded = || {
                let w = &d.words;
                let fire = |k: usize| w.is_any(k, FIRE_TERMS);
                // (The answer's words first: where the answered fire is told is read
                // only at them, not at every word of the draft.)
                draft.units.iter().any(|u| {
                    (u.first..=u.last).any(|k| {
                        let answer = (w.is_any(k, RESPONSE_WORDS) || w.is(k, "returned"))
                            && (k + 1..(k + 7).min(u.last + 1)).any(fire)
                            // "opening heavy machine gun fire in response".
                            || (w.is(k, "response")
                                && w.is(k.saturating_sub(1), "in")
                                && (k.saturating_sub(5)..k).any(fire));
                        answer && answered_here(k)
                    })
                })
            };
            let mut sides: Vec<Party> = armed.clone();
            sides.sort();
            sides.dedup();
            if s != SubEventType::SuicideBomb
                && (exchanged(d, draft)
                    || (sides.len() >= 2
                        && (responded()
                            || air_defence_answers(d, draft)
                            || fire_both_ways(d, draft))))
            {
                return SubEventType::ArmedClash;
            }
            // A suicide bomber is on the ground himself: one used in an attack on armed
            // men ("IS attacked rebels ..., where IS used SVBIEDs") is part of the battle,
            // and one detained by an armed group is a detainee.
            if s == SubEventType::SuicideBomb
                && (ground_actions(false)
                    || (armed.len() >= 2
                        && draft
                            .triggers
                            .iter()
                            .any(|(_, t)| matches!(t, Trigger::Sub(x) if detains(*x)))))
            {
                return SubEventType::ArmedClash;
            }
            if !clashes.is_empty() {
                let striker = agent_near(d, i);
                let fighters: Vec<Party> =
                    clashes.iter().flat_map(|&c| parties_near(d, c)).collect();
                let mut distinct = fighters.clone();
                distinct.sort();
                distinct.dedup();
                // (A striker allied with one side, told with the fighting, is in the
                // battle: "Under Russian aerial bombardment, fighting broke out between
                // regime forces and IS", "Russian warplanes struck IS positions, amid
                // clashes between regime forces and IS".)
                let together = accompanies(d, i)
                    || clashes.iter().any(|&c| {
                        (c.saturating_sub(3)..c)
                            .any(|k| d.words.is_any(k, &["amid", "amidst", "alongside"]))
                    });
                let outside = striker.is_some_and(|p| {
                    distinct.len() >= 2
                        && !distinct.contains(&p)
                        && !(together && distinct.iter().any(|&f| allies(f, p)))
                });
                if !outside || supports(d, i) {
                    return SubEventType::ArmedClash;
                }
            }
            // "QSD, supported by Coalition helicopters, detained 4 IS members": the strike
            // supports a ground action, which is the event.
            if supports(d, i) && draft.triggers.iter().any(|(_, t)| matches!(t, Trigger::Sub(s) if s.event_type() == EventType::Battles || (detains(*s) && armed.len() >= 2))) {
                return SubEventType::ArmedClash;
            }
            // "Explosions" are what people heard; the weapon named beside them says what it was.
            if s == SubEventType::RemoteExplosiveLandmineIed && is_weak(d, draft) {
                if let Some(Trigger::Sub(w)) = draft.triggers.iter().map(|x| x.1).find(|t| {
                    matches!(
                        t,
                        Trigger::Sub(
                            SubEventType::AirDroneStrike
                                | SubEventType::ShellingArtilleryMissileAttack
                        )
                    )
                }) {
                    return w;
                }
            }
            s
        }
        Some((_, Trigger::Sub(s)))
            if s == SubEventType::ArmedClash || s == SubEventType::Attack =>
        {
            // Violence against civilians only when the victims are civilians; an
            // armed group attacking armed men is a battle, and civilians killed in
            // clashes ("clashes between two families killed one civilian") died in one.
            if civilian_victims && !armed_victims && armed.len() <= 1 && clashes.is_empty() {
                SubEventType::Attack
            } else {
                SubEventType::ArmedClash
            }
        }
        Some((_, Trigger::Sub(s))) if detains(s) && armed_detained() => SubEventType::ArmedClash,
        Some((_, Trigger::Sub(s))) => s,
        _ => match draft.triggers.first().map(|x| x.1) {
            // "stole their weapons and killed 2 Asayish members": property taken with
            // people killed or hurt is violence, not a strategic development.
            Some(Trigger::Sub(SubEventType::LootingPropertyDestruction))
                if draft.figures.iter().any(|&i| {
                    matches!(figs[i].outcome, Some(Outcome::Killed | Outcome::Injured))
                }) =>
            {
                if civilian_victims && !armed_victims && armed.len() <= 1 {
                    SubEventType::Attack
                } else {
                    SubEventType::ArmedClash
                }
            }
            // One armed group detaining or abducting members of another ("QSD detained
            // an IS member") is an interaction of two armed actors: by ACLED's rules, a
            // clash. Arrests and abductions are for civilians.
            Some(Trigger::Sub(s)) if detains(s) && armed_detained() => SubEventType::ArmedClash,
            Some(Trigger::Sub(s)) => s,
            _ if civilian_victims && armed.len() <= 1 => SubEventType::Attack,
            _ => SubEventType::ArmedClash,
        },
    }
}

/// Whether an event word names a protest (the lexicon types every one peaceful; what
/// was done to it decides, in `classify`).
fn is_protest(t: Trigger) -> bool {
    t == Trigger::Sub(SubEventType::PeacefulProtest)
}

/// Words of authorities acting against a protest ("to disperse the protesters", "tear
/// gas", "arrested several demonstrators").
const INTERVENTION_WORDS: &[&str] = &[
    "disperse",
    "dispersed",
    "dispersing",
    "tear",
    "suppress",
    "suppressed",
    "suppressing",
    "arrested",
    "detained",
    "beat",
    "beaten",
];

/// Words of firing at someone, by either side of an exchange.
const FIRE_WORDS: &[&str] = &[
    "shelled",
    "shelling",
    "fired",
    "firing",
    "targeted",
    "targeting",
    "shot",
    "sniped",
    "sniping",
    "bombarded",
    "bombarding",
    "struck",
    "attacked",
    // Fighting back fires too: "shelled the town while rebels repelled a regime attack".
    "repelled",
    "repulsed",
];

/// Words of one side answering the other's fire ("In response, ...", "QSD retaliated
/// by shelling"); "returned" counts only before fire words.
const RESPONSE_WORDS: &[&str] = &[
    "response",
    "responded",
    "responding",
    "retaliation",
    "retaliated",
    "retaliating",
];

/// Words of fire returned or exchanged: "responded by shelling", "returned fire",
/// "an exchange of rocket barrages", "artillery shelling exchange".
const FIRE_TERMS: &[&str] = &[
    "fire",
    "fired",
    "shelling",
    "shelled",
    "shells",
    "targeting",
    "targeted",
    "rockets",
    "rocket",
    "missiles",
    "mortars",
    "mortar",
    "barrages",
    "bombardment",
    "gunfire",
    "shooting",
    "artillery",
    "dropped",
    "bombs",
    "airstrikes",
    "strikes",
    "bombed",
];

/// Whether the draft tells an exchange of fire in other words than the lexicon's
/// phrases: "an exchange of rocket barrages", "exchanged heavy mortar rounds".
fn exchanged(d: &Doc<'_>, draft: &Draft) -> bool {
    let w = &d.words;
    draft.units.iter().any(|u| {
        (u.first..=u.last).any(|k| {
            (w.is_any(k, &["exchange", "exchanged", "exchanging", "exchanges"])
                && ((k + 1..(k + 5).min(u.last + 1)).any(|j| w.is_any(j, FIRE_TERMS))
                    || (k > u.first && w.is_any(k - 1, FIRE_TERMS))))
                // "shelling between HTS and Nour al-Din al-Zenki fighters": fire between
                // two sides is fire both ways.
                || (w.is_any(k, FIRE_TERMS)
                    && w.is(k + 1, "between")
                    && k < u.last
                    && (k + 2..k + 5).any(|j| d.actor_at(j).is_some_and(|a| a.party.is_armed())))
        })
    })
}

/// Whether two sides that are not allies each fire in the draft ("Turkish forces
/// shelled Ein Issa, coinciding with QSD shelling back", "regime forces shelled the
/// plain while rebel snipers shot a soldier"): fire both ways is a clash, by ACLED's
/// rules, however each side fired.
fn fire_both_ways(d: &Doc<'_>, draft: &Draft) -> bool {
    let w = &d.words;
    let mut firing: Vec<Party> = Vec::new();
    for u in &draft.units {
        for k in u.first..=u.last {
            if !w.is_any(k, FIRE_WORDS) {
                continue;
            }
            // The party firing: named just before the verb ("QSD shelled", "rebels'
            // snipers shot"), not one that is fired at.
            if let Some(a) = d
                .actors_in(k.saturating_sub(5), k)
                .iter()
                .rev()
                .find(|a| a.last < k && a.last + 3 >= k && a.party.is_armed() && !a.generic)
            {
                if !w.is_any(
                    a.first.saturating_sub(1),
                    &["on", "at", "against", "targeting", "targeted"],
                ) {
                    firing.push(a.party);
                }
            }
        }
    }
    firing
        .iter()
        .enumerate()
        .any(|(i, &a)| firing[i + 1..].iter().any(|&b| !allies(a, b)))
}

/// Parties that fight on one side: the regime with Russia and the pro-Iran militias,
/// Turkey with the factions it backs, the SDF with the Coalition.
fn allies(a: Party, b: Party) -> bool {
    let side = |p: Party| match p {
        Party::Regime | Party::Russia | Party::IranBacked => 1,
        Party::Turkey | Party::TurkishBackedFactions => 2,
        Party::Sdf | Party::Coalition => 3,
        Party::Opposition | Party::Hts => 4,
        _ => 0,
    };
    a == b || (side(a) != 0 && side(a) == side(b))
}

/// Whether the draft tells air defences answering the strike ("regime air defenses
/// intercepted some of the missiles", "triggering the regime's air defence systems"):
/// the two sides exchange fire within one engagement, which ACLED codes as a clash, as it
/// does fire returned on the ground.
fn air_defence_answers(d: &Doc<'_>, draft: &Draft) -> bool {
    let w = &d.words;
    let defence = |k: usize| {
        k >= 2
            && ((w.is_any(k, &["defense", "defence", "defenses", "defences"])
                && (w.is(k - 1, "air")
                    || (w.is(k - 1, "-") && w.is(k - 2, "air"))
                    || w.is_any(k + 1, &["system", "systems"])))
                || (w.is_any(k, &["aircraft", "air"]) && w.is(k - 1, "-") && w.is(k - 2, "anti")))
    };
    let answer = |k: usize| {
        w.is_any(
            k,
            &[
                "intercept",
                "intercepted",
                "intercepting",
                "interception",
                "engaged",
                "engaging",
                "confronted",
                "confronting",
                "repel",
                "repelled",
                "repelling",
                "down",
                "downed",
                "shoot",
                "shot",
                "triggered",
                "triggering",
                "activated",
                "responded",
                "responding",
                "countered",
            ],
        )
    };
    draft.units.iter().any(|u| {
        (u.first..=u.last).any(|k| {
            defence(k) && (k.saturating_sub(8).max(u.first)..=(k + 8).min(u.last)).any(answer)
        })
    })
}

/// Whether the strike word at `i` is told as support for a side on the ground ("with
/// Turkish warplanes support", "backed by Coalition airstrikes", "under cover of").
fn supports(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    (i.saturating_sub(5)..i).any(|k| w.is_any(k, &["support", "supported", "backed", "backing", "cover", "covered", "aided"]))
        || (i + 1..i + 3).any(|k| w.is_any(k, &["support", "cover"]))
        // "Under Coalition warplane aerial bombardment cover, the SDF battled IS".
        || ((i.saturating_sub(3)..i).any(|k| w.is(k, "under")) && (i + 1..i + 5).any(|k| w.is_any(k, &["cover", "umbrella"])))
}

/// Whether the strike word at `i` is told as going with action on the ground: support
/// ("backed by Coalition airstrikes"), or "amid", "accompanied by", "under" before it.
fn accompanies(d: &Doc<'_>, i: usize) -> bool {
    supports(d, i)
        || (i.saturating_sub(6)..i).any(|k| {
            d.words.is_any(
                k,
                &[
                    "amid",
                    "amidst",
                    "accompanied",
                    "accompanying",
                    "under",
                    "alongside",
                    "while",
                ],
            )
        })
}

/// Clash words that mean fighting on the ground (not "attack", which may be a strike).
fn is_ground_fighting(d: &Doc<'_>, i: usize) -> bool {
    d.words.is_any(
        i,
        &[
            "clashes",
            "clash",
            "clashed",
            "clashing",
            "fighting",
            "fought",
            "battles",
            "battle",
            "battled",
            "confrontations",
            "firefight",
            "gunfight",
            "skirmishes",
            "exchange",
            "exchanged",
        ],
    )
}

/// Words that tell of aircraft or strikes from afar.
const AIR_WORDS: &[&str] = &[
    "warplanes",
    "warplane",
    "aircraft",
    "aircrafts",
    "jets",
    "jet",
    "helicopters",
    "helicopter",
    "planes",
    "plane",
    "air",
    "airstrikes",
    "airstrike",
    "drones",
    "drone",
    "aerial",
    "airforce",
    "bombers",
    "bombing",
    "strikes",
    "strike",
    "missiles",
    "missile",
    "rockets",
    "rocket",
    "shelling",
    "bombs",
    "barrel",
];

/// Whether raids at word `i` are on the ground: told with arrests, searches or houses
/// in the unit, and no aircraft or strikes there or in the sentence before.
fn ground_raids(d: &Doc<'_>, i: usize, u: &Unit) -> bool {
    let w = &d.words;
    let s = d.sentence_of[u.first];
    let from = if s > 0 { d.sentences[s - 1].0 } else { u.first };
    let ground = (u.first..=u.last.max(i)).any(|k| {
        w.is_any(
            k,
            &[
                "arresting",
                "arrested",
                "arrest",
                "arrests",
                "detained",
                "detaining",
                "searching",
                "search",
                "searches",
                "houses",
                "homes",
                "house",
                "security",
            ],
        )
    });
    ground && !(from..=u.last.max(i)).any(|k| w.is_any(k, AIR_WORDS))
}

/// Words of a ground advance.
const ADVANCE_WORDS: &[&str] = &[
    "advanced",
    "advance",
    "advances",
    "advancing",
    "advancement",
    "stormed",
    "infiltrated",
    "infiltration",
];

/// Clash words that mean action on the ground, for the hierarchy rule: fighting,
/// advances ("QSD, supported by Coalition airstrikes, advanced on the Raqqa front"), and
/// attacks, assaults and raids by a party that has no aircraft ("IS attacked regime
/// positions amid Russian airstrikes"), or said to be on the ground ("ground assaults").
fn is_ground_action(d: &Doc<'_>, i: usize) -> bool {
    let w = &d.words;
    if w.is_any(i, ADVANCE_WORDS) {
        return true;
    }
    if !w.is_any(
        i,
        &[
            "attack",
            "attacks",
            "attacked",
            "attacking",
            "assault",
            "assaults",
            "raided",
            "ambush",
            "ambushed",
        ],
    ) {
        return false;
    }
    if w.is(i.saturating_sub(1), "ground") {
        return true;
    }
    // A weapon before it ("rocket attack", "gas attack") or aircraft and strikes around
    // it make it a strike.
    let lo = i.saturating_sub(6);
    if (lo..i + 7).any(|k| w.is_any(k, AIR_WORDS))
        || w.is_any(
            i.saturating_sub(1),
            &[
                "gas",
                "chemical",
                "suicide",
                "bomb",
                "mortar",
                "artillery",
                "drone",
                "car",
                "ied",
                "explosive",
            ],
        )
    {
        return false;
    }
    // The attacker is the subject, right before: an armed party without aircraft.
    d.actors_in(i.saturating_sub(6), i)
        .iter()
        .rev()
        .find(|a| a.last < i && a.last + 3 >= i && a.party.is_armed())
        .is_some_and(|a| {
            !matches!(
                a.party,
                Party::Regime | Party::Russia | Party::Coalition | Party::Israel | Party::Turkey
            )
        })
}

/// The party acting around word `i`: just before it, or "by X" / "belong to X" after it.
fn agent_near(d: &Doc<'_>, i: usize) -> Option<Party> {
    let before = d
        .actors_in(i.saturating_sub(12), i)
        .iter()
        .rev()
        .find(|a| a.last < i && a.last + 4 >= i && a.party.is_armed());
    let after = d.actors_in(i + 1, i + 11).iter().find(|a| {
        a.first > i + 1
            && a.first <= i + 10
            && (d.words.is_any(a.first - 1, &["by", "to"])
                || (d.words.is(a.first - 1, "the") && d.words.is_any(a.first - 2, &["by", "to"])))
    });
    after.or(before).map(|a| a.party)
}

/// Participles that name the side an actor backs: "backed by X", "supported by X".
const SUPPORT_VERBS: &[&str] = &["backed", "supported", "aided", "assisted", "covered"];

/// How an actor no one named is called: ACLED's "Unidentified Armed Group".
pub const UNIDENTIFIED_GROUP: &str = "unidentified armed group";

/// "areas in the city were shelled by the regime forces, in conjunction with shelling
/// villages of al-Ji'aa": an act told as going on with a like act just before it in its
/// sentence, with no actor of its own, is by that act's agent.
pub fn agent_of_act_it_goes_on_with(d: &Doc<'_>, draft: &Draft) -> Option<Party> {
    let w = &d.words;
    let &(t, trigger) = draft.triggers.first()?;
    let with = (t.saturating_sub(4)..t)
        .any(|k| w.phrase_at(k, "in conjunction with") || w.phrase_at(k, "along with"));
    if !with {
        return None;
    }
    let s = d.sentences[d.sentence_of[t]].0;
    d.trigger_hits
        .iter()
        .rev()
        .filter(|h| h.last < t && h.first >= s)
        .find(|h| family(d.lex.triggers.values[h.id]) == family(trigger))
        .and_then(|h| agent_near(d, h.first))
}

/// The armed parties of a clash at word `i`: a few words before it, and after it up
/// to the end of its clause ("clashes between A and militiamen ... against B").
fn parties_near(d: &Doc<'_>, i: usize) -> Vec<Party> {
    let w = &d.words;
    let mut end = i;
    while end + 1 < w.len() && end < i + 30 {
        end += 1;
        if w.is_any(end, &[".", ";"])
            || (w.is(end, ",") && w.is_any(end + 1, &["where", "while", "amid", "and", "which"]))
        {
            break;
        }
    }
    d.actors_in(i.saturating_sub(5), end + 1)
        .iter()
        .filter(|a| a.party.is_armed())
        .map(|a| a.party)
        .collect()
}

const AGENT_VERBS: &[&str] = &[
    "attacked",
    "attack",
    "attacks",
    "targeted",
    "targeting",
    "target",
    "launched",
    "carried",
    "shelled",
    "raided",
    "clashed",
    "seized",
    "took",
    "captured",
    "executed",
    "advanced",
    "stormed",
    "ambushed",
    "opened",
    "detonated",
    "managed",
    "bombed",
    "struck",
    "fired",
    "killed",
    "kidnapped",
    "abducted",
    "arrested",
    "assassinated",
    "regained",
    "recaptured",
    "repelled",
    "infiltrated",
    "shot",
    "was",
    "were",
    "have",
    "has",
    "had",
    "continued",
    "continue",
    "continues",
    "intervened",
    "shelling",
];

/// Fighting within one side: "clashes between members of Al-Hamzat Division and Sultan
/// Murad Division" (two factions of the Turkish-backed National Army), "between two
/// clans". Returns how the other group is named, if the event's words name `party` on
/// both sides of a "between ... and".
pub fn infighting(d: &Doc<'_>, draft: &Draft, party: Party) -> Option<String> {
    let w = &d.words;
    for u in &draft.units {
        for k in (u.first..=u.last).filter(|&k| w.is(k, "between")) {
            // "between two clans", "between two factions of the SDF".
            if w.is(k + 1, "two")
                && w.is_any(
                    k + 2,
                    &[
                        "clans", "tribes", "factions", "groups", "families", "gangs", "militias",
                    ],
                )
            {
                return Some(w.w(k + 2).to_string());
            }
            let hits = d.actors_in(k + 1, (k + 20).min(u.last + 1));
            let mut sides = hits.iter().filter(|h| h.party == party && !h.generic);
            let (Some(a), Some(b)) = (sides.next(), sides.next()) else {
                continue;
            };
            let named =
                |h: &crate::doc::ActorHit| &w.text[w.words[h.first].start..w.words[h.last].end];
            // (Not allies joined as one side: "between the regime forces and their
            // allied militiamen".)
            let allies = (a.last + 1..=b.first.min(b.last))
                .any(|j| w.is_any(j, &["their", "its", "allied", "loyal", "affiliated"]));
            // (Both in the "between" phrase: not "between the regime forces and the
            // Euphrates Shield forces in Al Bab, and fatalities on the regime side".)
            let one_phrase = !(k + 1..b.first)
                .any(|j| w.is_any(j, &[",", ".", ";", "in", "amid", "at", "near", "on"]));
            if (a.last + 1..b.first).any(|j| w.is(j, "and"))
                && one_phrase
                && !allies
                && !named(a).eq_ignore_ascii_case(named(b))
            {
                return Some(named(b).to_string());
            }
        }
    }
    None
}

/// Actors of a draft with roles and certainty.
pub fn actors(d: &Doc<'_>, draft: &Draft, figs: &[Figure]) -> Vec<Actor> {
    let w = &d.words;
    let hits: Vec<&crate::doc::ActorHit> = draft
        .units
        .iter()
        .flat_map(|u| d.actors_in(u.first, u.last + 1))
        .collect();
    let mut out: Vec<Actor> = Vec::new();
    fn push(out: &mut Vec<Actor>, party: Party, name: String, role: Role, suspected: bool) {
        if let Some(a) = out.iter_mut().find(|a| a.party == party) {
            if !suspected {
                a.certainty = Certainty::Stated;
            }
            return;
        }
        out.push(Actor {
            party,
            name,
            role,
            certainty: if suspected {
                Certainty::Suspected
            } else {
                Certainty::Stated
            },
        });
    }
    let name = |a: &crate::doc::ActorHit| {
        d.words.text[w.words[a.first].start..w.words[a.last].end].to_string()
    };
    // "the city of al-Bab, which is controlled by the Turkish-backed factions", "the
    // SDF-held city of Manbij": who holds the place. Never the one who acted; where the
    // event hurt civilians, not a party to it at all (an attack on the place itself,
    // "raiding Castello area, which is controlled by the regime", is on its holder).
    let controller = |a: &crate::doc::ActorHit| {
        let k = if a.first >= 1 && w.is(a.first - 1, "the") {
            a.first - 1
        } else {
            a.first
        };
        let held_by = k >= 2
            && w.is(k - 1, "by")
            && w.is_any(k - 2, &["controlled", "held", "run", "administered"])
            && (k.saturating_sub(6)..k - 2).any(|j| {
                w.is_any(
                    j,
                    &[
                        "which",
                        "that",
                        "area",
                        "areas",
                        "territory",
                        "territories",
                        "region",
                        "regions",
                        "village",
                        "villages",
                        "town",
                        "city",
                        "neighbourhood",
                        "neighborhood",
                    ],
                )
            });
        held_by
            || (k >= 3 && w.phrase_at(k - 3, "under the control"))
            || (w.is(a.last + 1, "-") && w.is_any(a.last + 2, &["held", "controlled"]))
    };
    // Whether the event hurt party `p`'s people (named in a toll's breakdown too:
    // "nearly 20 people, including 6 civilians and 9 members of the factions").
    let hurt = |p: Party| {
        draft.figures.iter().any(|&i| {
            matches!(
                figs[i].outcome,
                Some(Outcome::Killed | Outcome::Injured | Outcome::Executed | Outcome::Abducted)
            ) && (figs[i].party == p
                || figs
                    .iter()
                    .any(|f| f.role == FigureRole::Part(i) && f.party == p))
        })
    };
    let civilians_hurt = hurt(Party::Civilians);
    // (Where another party acts, "rebels shelled areas controlled by JKBW", the holder
    // is the one attacked.)
    let others_act = hits.iter().any(|a| {
        a.party.is_armed() && !controller(a) && (a.last + 1..a.last + 4).any(|k| acting_verb(w, k))
    });
    // "executed 4 men on charges of apostasy and dealing with the regime": the party named
    // in a charge took no part in the event.
    // (Only for executions: arrests "on charges of dealing with the YPG" are told by event
    // coders as fighting with the group the detained are said to serve.)
    let executed = draft
        .figures
        .iter()
        .any(|&i| figs[i].outcome == Some(Outcome::Executed));
    let charged = |a: &crate::doc::ActorHit| {
        // (Within the actor's sentence: a headline ending "... accused of spying for the
        // coalition" charges no one in the body's first words.)
        let from = a
            .first
            .saturating_sub(6)
            .max(d.sentences[d.sentence_of[a.first]].0);
        // (Not "on charges of belonging to IS": who the detained are, event coders' second
        // actor.)
        (from..a.first).any(|k| {
            w.is_any(
                k,
                &[
                    "dealing",
                    "collaborating",
                    "collaboration",
                    "cooperating",
                    "cooperation",
                    "communicating",
                    "communication",
                    "spying",
                ],
            ) && w.is_any(k + 1, &["with", "for"])
        }) && !(from..a.first).any(|k| w.is_any(k, &[".", ";", "while"]))
    };
    let hits: Vec<&crate::doc::ActorHit> = hits
        .into_iter()
        .filter(|a| !(civilians_hurt && !others_act && controller(a)))
        .filter(|a| !(executed && charged(a)))
        .collect();
    // Associated: "backed by X", "supported by X", "with the support of X".
    // (Past an article and a few modifiers: "backed by the US-led International
    // Coalition".)
    // "between the regime forces backed by Hezbollah and Iranian militiamen on one side,
    // and the rebel factions on the other": all before "on one side" is the first side.
    let one_side: Vec<usize> = draft
        .units
        .iter()
        .flat_map(|u| u.first..=u.last)
        .filter(|&k| {
            (w.phrase_at(k, "on one side") || w.phrase_at(k, "on one hand"))
                || w.phrase_at(k, "on the one hand")
        })
        .collect();
    let first_armed_before = |k: usize| {
        let s = d.sentence_of[k];
        hits.iter()
            .find(|h| h.party.is_armed() && d.sentence_of[h.first] == s && h.last < k)
            .map(|h| h.first)
    };
    let with_the_first_side = |a: &crate::doc::ActorHit| {
        one_side.iter().any(|&k| {
            a.last < k
                && d.sentence_of[a.first] == d.sentence_of[k]
                && first_armed_before(k).is_some_and(|f| f < a.first)
        })
    };
    let associated = |a: &crate::doc::ActorHit| {
        if with_the_first_side(a) {
            return true;
        }
        let mut k = a.first;
        while k > 0
            && a.first - k < 5
            && w.is_any(k - 1, &["the", "us", "u", "s", ".", "-", "led", "american"])
        {
            k -= 1;
        }
        // ("supported by airstrikes by Russian warplanes", "supported by artillery
        // shelling by Turkish forces": the means of support between.)
        // (The means end in "by", "of" or "the" right before the name: tested first, as
        // this runs for every name, often.)
        let by_means = a.first >= 3
            && w.is_any(a.first - 1, &["by", "of", "the"])
            && (a.first.saturating_sub(7)..a.first - 1).any(|j| {
                j >= 1
                    && w.is(j, "by")
                    && w.is_any(j - 1, SUPPORT_VERBS)
                    && (j + 1..a.first).all(|x| {
                        w.is_any(
                            x,
                            &[
                                "airstrikes",
                                "air",
                                "strikes",
                                "artillery",
                                "shelling",
                                "by",
                                "the",
                                "of",
                                "heavy",
                                "intense",
                                "aerial",
                                "support",
                            ],
                        )
                    })
            });
        (k >= 2
            && w.is(k - 1, "by")
            && w.is_any(
                k - 2,
                SUPPORT_VERBS,
            ))
            || by_means
            || (a.first >= 2 && w.phrase_at(a.first.saturating_sub(4), "with the support of"))
            // "Coalition forces, in cooperation with SDF, conducted an air landing".
            // (Tested by the word before the name first: this runs for every name.)
            || (a.first >= 3 && w.is_any(a.first - 1, &["with", "the"]) && {
                let n = if w.is(a.first - 1, "the") { 4 } else { 3 };
                a.first >= n
                    && (w.phrase_at(a.first - n, "in cooperation with")
                        || w.phrase_at(a.first - n, "in coordination with"))
            })
    };
    // An acting verb, not a passive's participle ("were killed").
    // (Nor a passive told without its auxiliary, as headlines and lists tell it: "Three
    // regime soldiers killed in an attack by ISIS cells", "Two SDF members shot dead by
    // unknown gunmen".)
    let bare_passive = |k: usize| {
        w.is(k + 1, "by")
            || (w.is(k + 1, "dead") && w.is(k + 2, "by"))
            || (w.is_any(k, &["killed", "injured", "wounded"])
                && w.is_any(
                    k + 1,
                    &[
                        "in", "on", "at", "near", "when", "while", "after", "during", ".",
                    ],
                ))
    };
    let active_verb = |k: usize| {
        acting_verb(w, k)
            && !w.is_any(k - 1, &["was", "were", "been", "being", "is", "are"])
            && !bare_passive(k)
    };
    let agent = |a: &crate::doc::ActorHit| {
        // ("5 fighters of the factions were killed": a passive's subject suffered it.)
        // ("SDF-affiliated fighters targeted": past the words that tie men to it.)
        let from = match a.last + 1 {
            k if w.is(k, "-") && w.is_any(k + 1, crate::words::TIE_WORDS) => k + 2,
            k if w.is_any(k, crate::words::TIE_WORDS) => k + 1,
            k => k,
        };
        // ("Regime forces and loyal militias, backed by Russian warplanes, took control":
        // past the supporters set off by commas.)
        let from = if w.is(from, ",") && w.is_any(from + 1, SUPPORT_VERBS) {
            (from + 2..(from + 12).min(w.len()))
                .take_while(|&k| !w.is_any(k, &[".", ";"]))
                .find(|&k| w.is(k, ","))
                .map_or(from, |c| c + 1)
        } else {
            from
        };
        let after = (from..from + 3).any(|k| {
            active_verb(k)
                || (w.is_any(k, &["was", "were", "have", "has", "had"])
                    && d.outcome_at(k + 1).is_none()
                    && !(w.is_any(k + 1, &["been", "being"]) && d.outcome_at(k + 2).is_some()))
        });
        // "the Coalition's strikes", "the regime's shelling": whose weapons acted.
        let possessive = w.is(a.last + 1, "'")
            && w.is(a.last + 2, "s")
            && w.is_any(
                a.last + 3,
                &[
                    "strikes",
                    "airstrikes",
                    "shelling",
                    "raids",
                    "warplanes",
                    "drones",
                    "artillery",
                    "bombardment",
                    "missiles",
                    "rockets",
                ],
            );
        let after = after || possessive;
        // ("belonging to ISIS cells", "loyal to the regime": whose men, not who acted.)
        let member_of = a.first >= 2
            && w.is(a.first - 1, "to")
            && w.is_any(
                a.first - 2,
                &[
                    "belonging",
                    "belong",
                    "belongs",
                    "loyal",
                    "affiliated",
                    "related",
                ],
            );
        // ("carried out by the members of the Islamic State organization": the men of
        // the party named after "by".)
        const MEN_OF: &[&str] = &[
            "members",
            "member",
            "fighters",
            "elements",
            "militants",
            "cells",
        ];
        // ("killed by sniper fire of the jihadist groups", "by a sniper bullet fired by
        // the opposition factions": the means the party's men used.)
        const MEANS_OF: &[&str] = &[
            "sniper", "snipers", "fire", "bullet", "bullets", "gunfire", "shells", "fired",
        ];
        let men_or_means = |j: usize| w.is_any(j, MEN_OF) || w.is_any(j, MEANS_OF);
        let by_members = (a.first.saturating_sub(8)..a.first).rev().any(|k| {
            w.is(k, "by")
                && (k + 1..a.first).any(men_or_means)
                && (k + 1..a.first).all(|j| {
                    men_or_means(j) || w.is_any(j, &["the", "of", "a", "by", "\"", "“", "'"])
                })
        });
        let by = a.first >= 1
            && (w.is_any(a.first - 1, &["by", "to"]) || by_members)
            && !associated(a)
            && !controller(a)
            && !member_of;
        // ('between "Al-Jabha Al-Shamiya" and "Ahrar Al-Sham"': past a quotation mark.)
        let mut k = a.first;
        while k > 0 && w.is_any(k - 1, crate::words::OPENING_QUOTES) {
            k -= 1;
        }
        let between = k >= 1 && w.is(k - 1, "between");
        after || by || between
    };
    let armed: Vec<_> = hits.iter().filter(|a| a.party.is_armed()).collect();
    // "The body of an NDF member was found", "a QSD member was killed": when the only
    // armed party named is the one hurt and no one is said to act, the perpetrator is
    // an unidentified armed group (ACLED's first actor for unattributed violence).
    // Not a passive ("a QSD member was killed").
    let acting = armed.iter().any(|a| {
        !associated(a)
            && ((a.last + 1..a.last + 4).any(active_verb)
                || (a.first >= 1 && w.is_any(a.first - 1, &["by", "between"])))
    });
    let mut named: Vec<Party> = armed
        .iter()
        .filter(|a| !associated(a))
        .map(|a| a.party)
        .collect();
    named.dedup();
    // "An IED exploded as a joint Russian-Turkish patrol passed", "an explosive device
    // went off in a car belonging to a faction commander": a bomb no one is said to
    // have set is an unidentified group's, against whomever it was set for.
    // (Only where the bomb is all the event is: not an arrest of an IED maker, nor "IS
    // attacked a convoy after targeting it with an IED". A party named right before the
    // bomb set it: "an Islamic State (IS) car bomb".)
    let bomb_words =
        |i: usize| (i.saturating_sub(3)..i).any(|k| d.actor_at(k).is_some_and(|a| a.last + 4 > i));
    let remote_bomb = !draft.triggers.is_empty()
        && draft.triggers.iter().all(|&(i, t)| {
            t == Trigger::Sub(SubEventType::RemoteExplosiveLandmineIed) && !bomb_words(i)
        });
    let unattributed = !acting
        && !named.is_empty()
        && !named.contains(&Party::Unknown)
        && ((named.len() == 1 && hurt(named[0])) || remote_bomb)
        && !draft
            .triggers
            .iter()
            .any(|&(i, _)| is_ground_fighting(d, i) || w.is(i.saturating_sub(1), "between"));
    if unattributed {
        push(
            &mut out,
            Party::Unknown,
            UNIDENTIFIED_GROUP.to_string(),
            Role::Actor1,
            false,
        );
    }
    // Two actors joined as one subject: "the Coalition and the SDF", "Turkish forces and
    // their proxy factions".
    let coordinated = |x: &crate::doc::ActorHit, y: &crate::doc::ActorHit| {
        let gap: Vec<&str> = (x.last + 1..y.first).map(|i| w.w(i)).collect();
        gap.contains(&"and")
            && gap.iter().all(|g| {
                matches!(
                    *g,
                    "and" | "the" | "," | "its" | "their" | "proxy" | "loyal" | "allied"
                )
            })
    };
    // The first of a joined subject acts, whichever of them the verb follows ("Turkish
    // forces and their proxy factions shelled").
    let first_agent = armed
        .iter()
        .position(|a| !associated(a) && agent(a))
        .map(|mut i| {
            while i > 0 && !associated(armed[i - 1]) && coordinated(armed[i - 1], armed[i]) {
                i -= 1;
            }
            i
        })
        // (Not who holds the place: "in Ras Al-Ain city, which is controlled by Turkish
        // forces" names the place's masters, whom a bomb there is set against.)
        .or_else(|| armed.iter().position(|a| !associated(a) && !controller(a)));
    if let Some(ai) = first_agent {
        let a = armed[ai];
        let role = if unattributed {
            Role::Actor2
        } else {
            Role::Actor1
        };
        push(&mut out, a.party, name(a), role, a.suspected);
        // "between the SDF and ISIS": the two sides, not partners (past an article).
        // ("between Kurdish-led Syrian Democratic Forces and IS": a few modifiers may stand between.)
        let after_between = |x: &crate::doc::ActorHit| {
            (x.first.saturating_sub(5)..x.first)
                .rev()
                .take_while(|&k| !w.is_any(k, &["and", ",", ".", ";", "against"]))
                .any(|k| w.is(k, "between"))
        };
        // "SDF and regime forces exchanged fire", "... clashed": a verb done to each
        // other makes the joined subject the two sides (not "clashed with IS": a third).
        let reciprocal = |y: &crate::doc::ActorHit| {
            (y.last + 1..y.last + 3).any(|k| {
                w.is_any(
                    k,
                    &[
                        "exchanged",
                        "exchange",
                        "clashed",
                        "clash",
                        "fought",
                        "traded",
                    ],
                ) && !w.is_any(k + 1, &["with", "against"])
            })
        };
        // "A force of the Coalition and the SDF raided": the partner of the actor is associated.
        let mut k = ai;
        while k + 1 < armed.len() {
            let (x, y) = (armed[k], armed[k + 1]);
            if coordinated(x, y) && !after_between(x) && !reciprocal(y) {
                push(&mut out, y.party, name(y), Role::Associated, y.suspected);
                k += 1;
            } else {
                break;
            }
        }
        // And the one before it: "the Coalition and the SDF launched".
        let mut k = ai;
        while k > 0 {
            let (x, y) = (armed[k - 1], armed[k]);
            let gap: Vec<&str> = (x.last + 1..y.first).map(|i| w.w(i)).collect();
            if !gap.is_empty()
                && gap.iter().all(|g| matches!(*g, "and" | "the" | ","))
                && gap.contains(&"and")
                && !after_between(x)
            {
                push(&mut out, x.party, name(x), Role::Associated, x.suspected);
                k -= 1;
            } else {
                break;
            }
        }
    }
    for a in &armed {
        if associated(a) || out.iter().any(|x| x.party == a.party) {
            continue;
        }
        let role = if out.iter().any(|x| x.role == Role::Actor2) {
            Role::Associated
        } else {
            Role::Actor2
        };
        push(&mut out, a.party, name(a), role, a.suspected);
    }
    for a in &armed {
        if associated(a) {
            push(&mut out, a.party, name(a), Role::Associated, a.suspected);
        }
    }
    // Civilian victims (or detainees) are the second actor where no armed one is.
    if !out.iter().any(|a| a.role == Role::Actor2) {
        let victims = [Party::Civilians, Party::Detainees]
            .into_iter()
            .find(|&p| draft.figures.iter().any(|&i| figs[i].party == p));
        if let Some(p) = victims {
            push(&mut out, p, p.as_str().to_string(), Role::Actor2, false);
        }
    }
    out
}

/// The event's date: the one its words give, else the report's (low precision).
pub fn event_date(d: &Doc<'_>, draft: &Draft) -> EventDate {
    match draft.date {
        Some((ed, _)) => ed,
        None => match d.published {
            // Untold: the report's own day, as event coders date it, marked imprecise.
            Some(p) => EventDate {
                start: Some(p),
                end: Some(p),
                precision: DatePrecision::Unknown,
            },
            None => EventDate::unknown(),
        },
    }
}

pub fn is_old_reference(anchor: Option<Date>, date: &EventDate) -> bool {
    match (anchor, date.end) {
        (Some(a), Some(e)) => e < a.add_days(-365),
        _ => false,
    }
}
