//! marsad-extract: report text in, incidents, casualty figures and tallies out.
//!
//! Extraction is pure: [`Extractor::extract`] takes a [`Document`] and returns an
//! [`Extraction`] (records plus warnings). It reads no files and never fails on
//! odd text: whatever it cannot read becomes a warning, not an error. The
//! lexicons it uses are data files under `lexicons/`, compiled in; the gazetteer
//! is handed to it already loaded.

pub mod dates;
pub mod doc;
pub mod events;
pub mod figures;
pub mod lexicon;
pub mod numbers;
pub mod words;

use doc::Doc;
use figures::{Figure, FigureRole};
use marsad_model::{
    Actor, CasualtyFigure, Certainty, DateBasis, Document, Event, EventKind, EventType, Extraction,
    Outcome, Part, Party, Published, Qualifier, Role, Span, SubEventType, Tally, Warning,
};
use marsad_places::{Gazetteer, Relation, ResolvedPlace};

pub use lexicon::Lexicon;

/// Holds the lexicons and the gazetteer; cheap to share across threads.
pub struct Extractor<'g> {
    pub lexicon: Lexicon,
    pub gazetteer: &'g Gazetteer,
}

/// Texts longer than this are cut (with a warning): a report is never this long,
/// and the rules stay linear but their memory is per byte.
pub const MAX_TEXT_BYTES: usize = 4 << 20;

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The report date as the document gives it, read from no text.
fn published_as_given(document: &Document) -> Published {
    Published {
        date: document.published,
        basis: if document.published.is_some() {
            DateBasis::Given
        } else {
            DateBasis::Unknown
        },
        not_before: None,
    }
}

impl<'g> Extractor<'g> {
    pub fn new(gazetteer: &'g Gazetteer) -> Extractor<'g> {
        Extractor {
            lexicon: Lexicon::builtin(),
            gazetteer,
        }
    }

    /// Reads one document. Never fails and never panics: a defect in a rule that
    /// panics on some text costs that document its records (with an
    /// `internal_error` warning saying so), not the batch it came in.
    pub fn extract(&self, document: &Document) -> Extraction {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.extract_unguarded(document)
        }))
        .unwrap_or_else(|panic| {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Extraction {
                id: document.id.clone(),
                title: document.title.clone(),
                published: published_as_given(document),
                events: vec![],
                tallies: vec![],
                warnings: vec![Warning {
                    code: "internal_error".into(),
                    message: format!(
                        "extraction failed on this text and gave up its records \
                             (a defect in marsad: please report it): {why}"
                    ),
                    span: None,
                }],
            }
        })
    }

    fn extract_unguarded(&self, document: &Document) -> Extraction {
        let mut warnings = Vec::new();
        let mut text = document.text.as_str();
        if text.len() > MAX_TEXT_BYTES {
            let mut cut = MAX_TEXT_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            text = &text[..cut];
            warnings.push(Warning {
                code: "text_truncated".into(),
                message: format!(
                    "text is {} bytes; only the first {} were read",
                    document.text.len(),
                    cut
                ),
                span: None,
            });
        }
        let d = Doc::new(text, &self.lexicon, document.published);
        if d.words.is_empty() {
            warnings.push(Warning {
                code: "empty_text".into(),
                message: "the document has no words".into(),
                span: None,
            });
            return Extraction {
                id: document.id.clone(),
                title: document.title.clone(),
                published: published_as_given(document),
                events: vec![],
                tallies: vec![],
                warnings,
            };
        }
        let published = Published {
            date: d.published,
            basis: if document.published.is_some() {
                DateBasis::Given
            } else if d.published_inferred {
                DateBasis::Inferred
            } else {
                DateBasis::Unknown
            },
            not_before: if d.published.is_none() {
                d.not_before
            } else {
                None
            },
        };
        if d.published.is_none() && d.not_before.is_none() {
            warnings.push(Warning {
                code: "no_report_date".into(),
                message: "the report's date is neither given nor in the text: relative dates stay unresolved".into(),
                span: None,
            });
        }

        // Places, outside actor names ("Deir ez-Zor Military Council").
        let mut masked: Vec<Span> = d
            .actors
            .iter()
            .map(|a| {
                let (s, e) = d.bytes(a.first, a.last);
                Span(s, e)
            })
            .collect();
        masked.extend(organisation_names(&d));
        let mentions = self.gazetteer.find_mentions(text, &masked);
        let resolved: Vec<(ResolvedPlace, usize)> = self
            .gazetteer
            .resolve_with(&mentions, &region_hints(&d))
            .into_iter()
            .filter_map(|r| {
                let w = d.words.words.partition_point(|w| w.start < r.span.0);
                (w < d.words.len() && !d.skip[w]).then_some((r, w))
            })
            .collect();

        let mut figs = figures::find_figures(&d);
        // A headline figure that the body repeats is not a second incident.
        for i in 0..figs.len() {
            if figs[i].num.first < d.body_start {
                // The same outcome for the same party, or the same number ("Kills 30 Daesh"
                // and "30 militants were killed").
                // (Or a part of a body figure: "killing ISIS leader" over "13 people were
                // killed, including an ISIS leader".)
                let outcome_of = |g: &figures::Figure| match g.role {
                    FigureRole::Part(w) => figs[w].outcome,
                    _ => g.outcome,
                };
                let repeated = figs.iter().any(|g| {
                    g.num.first >= d.body_start
                        && outcome_of(g) == figs[i].outcome
                        && (g.party == figs[i].party
                            || (g.count.best.is_some() && g.count.best == figs[i].count.best))
                });
                if repeated {
                    figs[i].role = FigureRole::Dropped;
                }
            }
        }
        // "kills 30 ... killing at least 30 pro-regime gunmen": a number told first with
        // no one named, then named in the same sentence, is one figure.
        for i in 0..figs.len() {
            let f = &figs[i];
            if f.named || f.tally || f.role != FigureRole::Whole || f.count.best.is_none() {
                continue;
            }
            let named_again = figs[i + 1..].iter().any(|g| {
                g.sentence == f.sentence
                    && g.named
                    && g.role == FigureRole::Whole
                    && g.outcome == f.outcome
                    && g.count.best == f.count.best
                    // ("injuring both of them, in addition to injuring another two")
                    && !(f.num.last..g.num.first).any(|k| {
                        d.words
                            .is_any(k, &["another", "other", "others", "more", "addition", "also"])
                    })
            });
            if named_again {
                figures::drop_with_parts(&mut figs, i);
            }
        }
        // A passage told twice word for word (scraped pages repeat a paragraph, a quote
        // repeats the lead) tells its figures once.
        let n = d.words.len();
        // The number and the twelve words after it: what a figure's own clause says,
        // whatever led up to it.
        let context = |f: &figures::Figure| {
            let (a, b) = (f.num.first, f.num.first + 13);
            (b <= n).then(|| {
                let end = d
                    .words
                    .offsets
                    .get(b)
                    .copied()
                    .unwrap_or(d.words.joined.len());
                &d.words.joined[d.words.offsets[a]..end]
            })
        };
        // (A set of the clauses seen: a long report's figures are compared in one pass.)
        let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for i in 0..figs.len() {
            if figs[i].role != FigureRole::Whole {
                continue;
            }
            let Some(clause) = context(&figs[i]) else {
                continue;
            };
            if !seen.insert(clause) {
                figures::drop_with_parts(&mut figs, i);
            }
        }
        figures::drop_restated_tolls(&d, &mut figs);
        for f in &mut figs {
            if f.role == FigureRole::Whole && f.outcome.is_none() && !f.tally {
                f.role = FigureRole::Dropped;
            }
            if d.skip[f.num.first] {
                f.role = FigureRole::Dropped;
            }
        }

        let units = events::units(&d);
        let mut drafts = events::drafts(&d, &figs, &resolved, &units, self.gazetteer);
        // The headline's events are told again by the body; a headline figure the body
        // does not repeat keeps its event.
        if drafts.iter().any(|x| x.units[0].first >= d.body_start) {
            drafts.retain(|x| x.units[0].first >= d.body_start || !x.figures.is_empty());
        }
        let dateline = resolved.iter().find(|(r, w)| {
            *w >= d.body_start
                && d.sentence_of[*w]
                    == d.sentence_of[d.body_start.min(d.words.len().saturating_sub(1))]
                && r.relation == Relation::Region
        });

        let mut out_events = Vec::new();
        let mut prev_place: Option<(usize, usize)> = None; // (paragraph start word, place index)
        let mut last_event_place: Option<usize> = None;
        // The sides of the last battle told with both, with its paragraph.
        let mut last_battle: Vec<(Party, usize, String)> = Vec::new();
        // The first actors of the last event, for "another drone hit ..." told after it.
        let mut last_actor1: Vec<Actor> = Vec::new();
        for draft in &drafts {
            let para = d.paragraph_start(draft.units[0].first);
            let inherited = prev_place.filter(|(p, _)| *p == para).map(|(_, i)| i);
            // A draft told without a place ("1 fatality.") happened where its paragraph
            // last put something: the most precise place of the nearest sentence before it.
            let before = || {
                let first = draft.units[0].first;
                let hi = resolved.partition_point(|(_, w)| *w < first);
                let lo = resolved.partition_point(|(_, w)| *w < para);
                let last_sentence = d.sentence_of[resolved[lo..hi].last()?.1];
                (lo..hi)
                    .filter(|&i| d.sentence_of[resolved[i].1] == last_sentence)
                    .min_by_key(|&i| (resolved[i].0.precision, i))
            };
            // The most precise of the places `resolved[lo..hi]` that are whole names and no
            // road's end.
            let most_precise_whole = |lo: usize, hi: usize| {
                (lo..hi)
                    .filter(|&i| !resolved[i].0.partial && !resolved[i].0.on_road)
                    .min_by_key(|&i| (resolved[i].0.precision, i))
            };
            // Or told later in its own sentence ("18 fighters were killed in clashes, also
            // as a result of bombardments on their positions in Ar-Raqqa governorate").
            let later_in_sentence = || {
                let last = draft.units.last()?.last;
                let (_, end) = d.sentences[d.sentence_of[last]];
                most_precise_whole(
                    resolved.partition_point(|(_, w)| *w <= last),
                    resolved.partition_point(|(_, w)| *w <= end),
                )
            };
            // Or in the sentence right after it, in its paragraph ("Violent
            // clashes between HTS and Ahrar al-Sham. HTS gained control over Babsiqa
            // village."): a lead sentence often tells the fight and the next one where.
            let next_sentence = || {
                let last = draft.units.last()?.last;
                let s = d.sentence_of[last] + 1;
                let &(start, end) = d.sentences.get(s)?;
                if d.paragraph_start(start) != para {
                    return None;
                }
                most_precise_whole(
                    resolved.partition_point(|(_, w)| *w < start),
                    resolved.partition_point(|(_, w)| *w <= end),
                )
            };
            // "neighbourhoods in the city": the city named last before the draft ("the
            // city of Deir Ezzor"), which may not be where the last event was.
            let the_city = || {
                if !refers_to_city(&d, draft) {
                    return None;
                }
                let hi = resolved.partition_point(|(_, w)| *w < draft.units[0].first);
                resolved[..hi]
                    .iter()
                    .rposition(|(r, _)| r.relation == Relation::City)
            };
            let mut place = draft
                .place
                .or_else(the_city)
                .or(inherited)
                .or_else(before)
                .or_else(later_in_sentence)
                .or_else(next_sentence);
            // "regain control of parts of the town": with no more than a region of its own,
            // an event that refers back to "the town" happened where the report's last
            // event did, when that was a town in the region.
            let coarse = place.is_none_or(|p| resolved[p].0.precision == 3);
            if coarse && refers_back(&d, draft) {
                let region =
                    place.and_then(|p| self.gazetteer.place(resolved[p].0.place).admin1.clone());
                let same_region = |p: usize| {
                    region.is_none() || self.gazetteer.place(resolved[p].0.place).admin1 == region
                };
                // A town's point, or the town's area or front ("in the Al-Baghuz area"),
                // not a region around it.
                let town = |p: usize| {
                    resolved[p].0.precision <= 2 && resolved[p].0.relation != Relation::Region
                };
                place = last_event_place
                    .filter(|&p| town(p) && same_region(p))
                    .or(place);
            }
            if let Some(p) = place {
                prev_place = Some((para, p));
                last_event_place = Some(p);
            }
            let mut actors = events::actors(&d, draft, &figs);
            // "Another drone hit the outskirts of Taqad": one more act of whoever acted
            // in the event just told.
            let another = draft
                .triggers
                .iter()
                .any(|&(t, _)| (t.saturating_sub(2)..t).any(|k| d.words.is(k, "another")));
            if another && !actors.iter().any(|a| a.role == Role::Actor1) {
                actors.splice(0..0, last_actor1.iter().cloned());
            }
            if actors.is_empty() {
                if let Some(p) = events::agent_of_act_it_goes_on_with(&d, draft) {
                    actors.push(Actor {
                        party: p,
                        name: p.as_str().to_string(),
                        role: Role::Actor1,
                        certainty: Certainty::Stated,
                    });
                }
            }
            let sub = events::classify(&d, draft, &figs, &actors);
            // A battle has two sides. Where the event names one, the other is the side
            // that one last fought in the paragraph ("the Organization was able to regain
            // control of parts of the town", after its clashes with the SDF), else, as
            // ACLED codes it, an unidentified armed group ("Syrian regime forces captured
            // Tell Shihab"). Either is only suspected.
            if sub.event_type() == EventType::Battles {
                let sides: Vec<&Actor> = actors
                    .iter()
                    .filter(|a| a.party.is_armed() && a.role != Role::Associated)
                    .collect();
                if let [one] = sides[..] {
                    let one = one.party;
                    let fought = last_battle.iter().filter(|(_, p, _)| *p == para);
                    let opponent = fought
                        .clone()
                        .find(|(p, _, _)| *p != one)
                        .filter(|_| fought.clone().any(|(p, _, _)| *p == one))
                        .map(|(p, _, n)| (*p, n.clone()));
                    // Fighting within the one side ("between Al-Hamzat Division and
                    // Sultan Murad Division") is that side against itself, as told.
                    let (party, name, certainty) = match events::infighting(&d, draft, one) {
                        Some(name) => (one, name, Certainty::Stated),
                        None => {
                            let (party, name) = opponent.unwrap_or((
                                Party::Unknown,
                                events::UNIDENTIFIED_GROUP.to_string(),
                            ));
                            (party, name, Certainty::Suspected)
                        }
                    };
                    actors.push(Actor {
                        party,
                        name,
                        role: Role::Actor2,
                        certainty,
                    });
                } else if sides.len() >= 2 {
                    // Kept with the paragraph where the draft ends (its units may span several).
                    let ends_in = draft
                        .units
                        .last()
                        .map_or(para, |u| d.paragraph_start(u.first));
                    last_battle = sides
                        .iter()
                        .map(|a| (a.party, ends_in, a.name.clone()))
                        .collect();
                }
            }
            // Violence no one is named for ("The body of a young man was found with
            // gunshot wounds", "a child was killed by a landmine") is an unidentified
            // armed group's, ACLED's first actor for it.
            let violent = matches!(
                sub.event_type(),
                EventType::ViolenceAgainstCivilians | EventType::ExplosionsRemoteViolence
            );
            if violent && !actors.iter().any(|a| a.role == Role::Actor1) {
                actors.insert(
                    0,
                    Actor {
                        party: Party::Unknown,
                        name: events::UNIDENTIFIED_GROUP.to_string(),
                        role: Role::Actor1,
                        certainty: Certainty::Stated,
                    },
                );
            }
            // Protesters act in a protest (ACLED's actor1, "Protesters (Syria)"): a party
            // the text names is whom they protest ("chanting slogans against the
            // regime"), or the force that intervened (actor2). Only where force was
            // used against them is that force the first actor.
            if matches!(
                sub,
                SubEventType::PeacefulProtest | SubEventType::ProtestWithIntervention
            ) {
                let intervened = sub == SubEventType::ProtestWithIntervention;
                let force = actors
                    .iter()
                    .find(|a| a.party.is_armed() && a.role != Role::Associated)
                    .filter(|_| intervened)
                    .cloned();
                actors = vec![Actor {
                    party: Party::Civilians,
                    name: "protesters".to_string(),
                    role: Role::Actor1,
                    certainty: Certainty::Stated,
                }];
                actors.extend(force.map(|a| Actor {
                    role: Role::Actor2,
                    ..a
                }));
            }
            last_actor1 = actors
                .iter()
                .filter(|a| a.role == Role::Actor1)
                .cloned()
                .collect();
            let date = events::event_date(&d, draft);
            let location = place
                .map(|p| &resolved[p].0)
                .or(dateline.map(|x| &x.0))
                .map(|r| self.gazetteer.location(r, text));
            let told = retold_once(&figs, &draft.figures, &d);
            let casualties: Vec<CasualtyFigure> =
                told.iter().map(|&i| casualty(&figs, i, &d)).collect();
            let fatalities = fatalities(&figs, &told);
            let spans: Vec<Span> = draft
                .units
                .iter()
                .map(|u| {
                    let (s, e) = d.bytes(u.first, u.last);
                    Span(s, e)
                })
                .collect();
            if draft.kind == EventKind::ReportOfEarlier
                && events::is_old_reference(d.anchor(), &date)
            {
                warnings.push(Warning {
                    code: "old_back_reference".into(),
                    message: format!(
                        "an event dated {} is retold in a report of {}: check the date",
                        date.start.map_or("?".to_string(), |x| x.to_string()),
                        d.anchor().map_or("?".to_string(), |x| x.to_string())
                    ),
                    span: spans.first().copied(),
                });
            }
            let key = format!(
                "{}|{}|{:?}|{:?}|{}",
                document.id,
                sub,
                date.start,
                location.as_ref().and_then(|l| l.pcode.clone()),
                spans.first().map_or("", |s| &text[s.0..s.1]),
            );
            out_events.push(Event {
                id: format!("ev_{:016x}", fnv(&key)),
                kind: draft.kind,
                event_type: sub.event_type(),
                sub_event_type: sub,
                date,
                location,
                actors,
                casualties,
                fatalities,
                spans,
            });
        }

        let tallies = self.tallies(&d, &figs, &resolved, text, &mut warnings);
        Extraction {
            id: document.id.clone(),
            title: document.title.clone().or(d.title.clone()),
            published,
            events: out_events,
            tallies,
            warnings,
        }
    }

    fn tallies(
        &self,
        d: &Doc<'_>,
        figs: &[Figure],
        places: &[(ResolvedPlace, usize)],
        text: &str,
        warnings: &mut Vec<Warning>,
    ) -> Vec<Tally> {
        let mut out: Vec<(usize, Tally)> = Vec::new();
        // Where the periods ("since ...") already read as a total's stand.
        let mut periods_taken: Vec<usize> = Vec::new();
        // The sentence of the last total over a month or a year (its own or the one before).
        let mut period_sentence: Option<usize> = None;
        let wholes: Vec<usize> = (0..figs.len())
            .filter(|&i| figs[i].tally && figs[i].role == FigureRole::Whole)
            .collect();
        for (n, &i) in wholes.iter().enumerate() {
            let f = &figs[i];
            // A running total is a counted number. "Tens of others", "hundreds of
            // wounded" beside it are unquantified remainders, not tallies.
            if matches!(
                f.count.qualifier,
                Qualifier::Tens
                    | Qualifier::Dozens
                    | Qualifier::Several
                    | Qualifier::Hundreds
                    | Qualifier::Thousands
            ) {
                let (s, e) = d.bytes(f.first, f.last);
                warnings.push(Warning {
                    code: "vague_remainder".into(),
                    message: format!(
                        "\"{}\" beside a running total is not counted as a tally",
                        &text[s..e]
                    ),
                    span: Some(Span(s, e)),
                });
                continue;
            }
            let (sa, sb) = d.sentences[f.sentence];
            let scope_end = wholes
                .get(n + 1)
                .filter(|&&j| figs[j].sentence == f.sentence)
                .map_or(sb, |&j| figs[j].num.first);
            // The period: the first "since <date|start>" after the figure in its sentence,
            // else the last before it ("the number of those killed since the beginning of
            // 2021 in the desert rose to 412", "documented since the beginning of 2021 more
            // than 95 attacks, which claimed the lives of 71").
            let scope_start = n
                .checked_sub(1)
                .map(|m| wholes[m])
                .filter(|&j| figs[j].sentence == f.sentence)
                .map_or(sa, |j| figs[j].last + 1);
            // (A period after another total's number is that total's: "... rose to 388
            // since the 10th of December, also IS executed 713 detainees".)
            let since_word = (f.num.first..=scope_end)
                .find(|&k| figures::period_since(d, k))
                .or_else(|| {
                    (scope_start..f.num.first)
                        .rev()
                        .find(|&k| figures::period_since(d, k) && !periods_taken.contains(&k))
                });
            periods_taken.extend(since_word);
            let since_date = since_word.and_then(|k| {
                let from = d.words.words[k].start;
                d.dates_between(from, from + 120)
                    .find(|x| x.start.is_some())
            });
            let until = since_date.and_then(|s| {
                let rest = &d.words.lower[s.end_byte..];
                let rest = rest.trim_start();
                if rest.starts_with("to ")
                    || rest.starts_with("until ")
                    || rest.starts_with("till ")
                {
                    d.dates_between(s.end_byte + 1, s.end_byte + 10)
                        .next()
                        .and_then(|x| x.end)
                } else {
                    None
                }
            });
            // "the number of ISIS members killed in the same period rose to 197": the
            // period of the total before.
            let same_period = since_date.is_none()
                && (scope_start..=scope_end).any(|k| d.words.phrase_at(k, "the same period"));
            // "in February 2021", "during the month of February": a total over a month or
            // a year runs from its start to its end.
            // (Not where a "since" opens the period another way: "since the conflict
            // began in March 2011" is no count over March 2011.)
            let period = (since_date.is_none() && !(sa..=sb).any(|k| d.words.is(k, "since")))
                .then(|| figures::period_of_sentence(&d, f.sentence))
                .flatten();
            // "the death of 14 people across Syrian territory on Thursday, March 9, as
            // follows:": a daily round-up's toll is of its day.
            let day = since_date
                .is_none()
                .then(|| events::roundup_toll_day(d, figs, f))
                .flatten();
            // A total beside one over a month or a year, or in the sentence right after it
            // with no date of its own, breaks that one down or adds to it ("SOHR also documented the
            // death of 143 fighters"): the same period.
            // (Only a total with no "since" of its own.)
            let period_before = period_sentence
                .filter(|&ps| {
                    since_date.is_none()
                        && (ps == f.sentence
                            || (ps + 1 == f.sentence
                                && d.dates_in_sentence(f.sentence).next().is_none()))
                })
                .and(out.last())
                .map(|(_, t)| (t.since, t.until));
            let (since, until) = match (out.last(), period, day, period_before) {
                (Some((_, t)), _, _, _) if same_period => (t.since, t.until),
                (_, Some(p), _, _) => (p.start, p.end),
                (_, None, None, Some(inherited)) => inherited,
                (_, None, Some(day), _) => (day.start, day.end),
                _ => (since_date.and_then(|x| x.start), until),
            };
            let over_period = period.is_some() || (day.is_none() && period_before.is_some());
            if over_period {
                period_sentence = Some(f.sentence);
            } else if period_sentence != Some(f.sentence) {
                period_sentence = None;
            }
            // "the number of regime soldiers killed by ISIS cells in the deserts of Deir
            // Ezzor, Homs and Al-Raqqah since ... has risen to 1,563": the people counted,
            // named before their number, say where and by whom too.
            let counted = figures::counted_people_before(d, f.num.first).map(|(j, _)| j);
            let (fs, _) = d.bytes(counted.unwrap_or(f.num.first), f.num.first);
            let (_, fe) = d.bytes(scope_end, scope_end);
            let mut regions: Vec<String> = Vec::new();
            let plo = places.partition_point(|(r, _)| r.span.0 < fs);
            for (r, _) in places[plo..]
                .iter()
                .take_while(|(r, _)| r.span.0 < fe)
                .filter(|(r, _)| r.span.1 <= fe)
            {
                let p = self.gazetteer.place(r.place);
                if let Some(g) = p
                    .admin1
                    .as_deref()
                    .and_then(|a| self.gazetteer.governorate(a))
                {
                    if !regions.contains(&g.name) {
                        regions.push(g.name.clone());
                    }
                }
            }
            let perpetrator = f
                .outcome_before
                .and_then(|o| {
                    d.actors_in(sa.max(o.saturating_sub(12)), o)
                        .iter()
                        .rev()
                        .find(|a| a.last < o && a.last + 4 >= o)
                        .map(|a| a.party)
                })
                .or_else(|| {
                    let w = &d.words;
                    d.actors_in(counted?, f.num.first)
                        .iter()
                        .find(|a| {
                            (a.first > 0 && w.is(a.first - 1, "by"))
                                || w.is_any(
                                    a.last + 1,
                                    &[
                                        "attacks",
                                        "attack",
                                        "cells",
                                        "ambushes",
                                        "shelling",
                                        "strikes",
                                        "airstrikes",
                                    ],
                                )
                        })
                        .map(|a| a.party)
                        .filter(|&p| p != f.party)
                });
            let parts = parts_of(figs, i, d);
            let (s, e) = d.bytes(f.first, f.last);
            for p in &parts {
                if let (Some(pc), Some(wc)) = (p.count.best, f.count.best) {
                    if pc > wc && f.count.qualifier == Qualifier::Exact {
                        warnings.push(Warning {
                            code: "tally_part_exceeds_whole".into(),
                            message: format!(
                                "a part ({pc} {}) exceeds its whole ({wc})",
                                p.subgroup
                            ),
                            span: Some(Span(s, e)),
                        });
                    }
                }
            }
            out.push((
                f.sentence,
                Tally {
                    outcome: f.outcome.unwrap_or(Outcome::Killed),
                    party: f.party,
                    subgroup: f.subgroup.map(str::to_string),
                    count: f.count,
                    since,
                    until,
                    regions,
                    perpetrator: perpetrator.filter(|p| *p != f.party),
                    parts,
                    span: Span(s, e),
                },
            ));
        }
        // A pooled tally followed by per-party tallies of the same outcome in its
        // sentence is their sum: check the arithmetic.
        for (k, (s, t)) in out.iter().enumerate() {
            if t.party != Party::Mixed {
                continue;
            }
            let parts: Vec<&Tally> = out[k + 1..]
                .iter()
                .take_while(|(s2, t2)| s2 == s && t2.party != Party::Mixed)
                .filter(|(_, t2)| t2.outcome == t.outcome)
                .map(|(_, t2)| t2)
                .collect();
            if parts.len() < 2 {
                continue;
            }
            let sum: u32 = parts.iter().filter_map(|p| p.count.best).sum();
            if let Some(whole) = t.count.best {
                if sum != whole {
                    warnings.push(Warning {
                        code: "tally_parts_mismatch".into(),
                        message: format!(
                            "the {} tally of {whole} is followed by per-party figures adding to {sum} ({}): {} {}",
                            t.outcome,
                            parts.iter().map(|p| format!("{} {}", p.count.best.unwrap_or(0), p.party)).collect::<Vec<_>>().join(" + "),
                            if sum < whole { "short by" } else { "over by" },
                            whole.abs_diff(sum)
                        ),
                        span: Some(t.span),
                    });
                }
            }
        }
        out.into_iter().map(|(_, t)| t).collect()
    }
}

/// Names of armed groups the lexicon does not know, by their shape: capitalised
/// words ending in "Division", "Brigade", "Military Council"..., or opening with
/// "Jaysh", "Liwa", "Ahrar"... Their words ("Hamza", "Menbij") are not places.
fn organisation_names(d: &Doc<'_>) -> Vec<Span> {
    const HEADS: &[&str] = &[
        "council",
        "division",
        "brigade",
        "brigades",
        "corps",
        "army",
        "front",
        "forces",
        "movement",
        "battalion",
        "battalions",
        "regiment",
        "room",
        "militia",
        "militias",
        "guard",
        "shield",
        "spring",
        "legion",
        "group",
        "party",
        "gathering",
        "union",
        "units",
        "regiments",
        "operation",
        "falcons",
        "hawks",
        "lions",
        "knights",
        "eagles",
        "martyrs",
    ];
    const OPENERS: &[&str] = &[
        "jaysh",
        "jaish",
        "liwa",
        "faylaq",
        "harakat",
        "ahrar",
        "hayat",
        "jabhat",
        "ansar",
        "katibat",
        "saraya",
        "firqat",
        "tajammu",
        "alwiya",
        "quwat",
        "usud",
        "fursan",
        "kataib",
        "hezb",
        "hizb",
        "maghawir",
        "maghaweer",
        "jund",
        "ajnad",
    ];
    let w = &d.words;
    let joiner = |i: usize| {
        w.is_any(
            i,
            &[
                "al", "el", "-", "'", "of", "the", "ibn", "bin", "abu", "s", "military",
                "security", "special", "tasks", "border",
            ],
        )
    };
    let cap = |i: usize| {
        w.words
            .get(i)
            .is_some_and(|x| x.capitalized || x.kind == crate::words::WordKind::Digits)
    };
    let mut out = Vec::new();
    for i in 0..w.len() {
        if cap(i) && HEADS.contains(&w.w(i)) {
            let mut a = i;
            while a > 0 && (cap(a - 1) || joiner(a - 1)) && !w.words[a].newline_before {
                a -= 1;
            }
            while a < i && joiner(a) {
                a += 1;
            }
            // "on Jaborine Front", "at Sheikh Isa Front": a front line, not a faction.
            if w.is(i, "front") && a > 0 && w.is_any(a - 1, &["on", "at", "along"]) {
                continue;
            }
            // "the Military Council of Deir-ez-Zor", "Army of Islam": the name goes on
            // after "of" (not after "Forces of", which is often "the forces of the regime").
            let mut b = i;
            let article = usize::from(w.is_any(i + 2, &["al", "el"]) && w.is(i + 3, "-"));
            if w.is(i + 1, "of")
                && cap(i + 2 + 2 * article)
                && !w.is_any(i, &["forces", "operation", "room", "units"])
            {
                b = i + 2 + 2 * article;
                while b + 1 < w.len()
                    && (cap(b + 1) || w.is_any(b + 1, &["al", "el", "-", "'"]))
                    && !w.words[b + 1].newline_before
                {
                    b += 1;
                }
                while b > i && !cap(b) {
                    b -= 1;
                }
            }
            if a < b {
                let (s, e) = d.bytes(a, b);
                out.push(Span(s, e));
            }
        }
        if cap(i) && OPENERS.contains(&w.w(i)) {
            let mut b = i;
            while b + 1 < w.len() && (cap(b + 1) || joiner(b + 1)) && !w.words[b + 1].newline_before
            {
                b += 1;
            }
            while b > i && joiner(b) {
                b -= 1;
            }
            let (s, e) = d.bytes(i, b);
            out.push(Span(s, e));
        }
    }
    out
}

/// Whether a draft refers back to a place named before it ("the town", "the village").
fn refers_back(d: &Doc<'_>, draft: &events::Draft) -> bool {
    speaks_of_the(d, draft, &["town", "village", "city"])
}

/// Whether a draft speaks of "the city" (not "the city of X", which names it).
fn refers_to_city(d: &Doc<'_>, draft: &events::Draft) -> bool {
    speaks_of_the(d, draft, &["city"])
}

/// Whether a draft's words say "the" and one of `places` without naming it ("the
/// town", not "the town of X").
fn speaks_of_the(d: &Doc<'_>, draft: &events::Draft, places: &[&str]) -> bool {
    let w = &d.words;
    draft.units.iter().any(|u| {
        (u.first..u.last).any(|i| w.is(i, "the") && w.is_any(i + 1, places) && !w.is(i + 2, "of"))
    })
}

/// Governorates where the parties the report names operate (from the lexicon), each
/// once per party or faction that suggests it: where two parties meet says more than
/// where either goes.
fn region_hints(d: &Doc<'_>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<&Vec<String>> = Vec::new();
    for a in d.actors.iter().filter(|a| !a.generic) {
        // A faction that keeps to a few governorates says more than its party.
        let faction = d
            .lex
            .actors
            .values
            .get(a.alias)
            .map(|x| &x.regions)
            .filter(|r| !r.is_empty());
        let Some(regions) = faction.or(d.lex.party_regions.get(&a.party)) else {
            continue;
        };
        if seen.iter().any(|r| std::ptr::eq(*r, regions)) {
            continue;
        }
        seen.push(regions);
        out.extend(regions.iter().cloned());
    }
    out
}

fn parts_of(figs: &[Figure], whole: usize, d: &Doc<'_>) -> Vec<Part> {
    // Parts follow their whole within its sentence.
    figs[whole + 1..]
        .iter()
        .take_while(|g| g.sentence == figs[whole].sentence)
        .filter(|g| g.role == FigureRole::Part(whole))
        .map(|g| {
            let (s, e) = d.bytes(g.num.first, g.np_end);
            Part {
                subgroup: g
                    .subgroup
                    .map(str::to_string)
                    .unwrap_or_else(|| g.party.to_string()),
                count: g.count,
                span: Span(s, e),
            }
        })
        .collect()
}

fn casualty(figs: &[Figure], i: usize, d: &Doc<'_>) -> CasualtyFigure {
    let f = &figs[i];
    let (s, e) = d.bytes(f.first, f.last);
    CasualtyFigure {
        outcome: f.outcome.unwrap_or(Outcome::Killed),
        party: f.party,
        subgroup: if f.total {
            Some("total".to_string())
        } else {
            f.subgroup.map(str::to_string)
        },
        count: f.count,
        parts: parts_of(figs, i, d),
        span: Span(s, e),
    }
}

/// An event's figures without the ones that tell the same toll again ("at least 56
/// civilians killed ..." then "there are at least 56 dead"): the same count and
/// outcome of the same people, or of people the retelling does not name. A figure of
/// "others" or "more" is new people.
fn retold_once(figs: &[Figure], ids: &[usize], d: &Doc<'_>) -> Vec<usize> {
    let mut kept: Vec<usize> = Vec::with_capacity(ids.len());
    for &i in ids {
        let f = &figs[i];
        let new_people = (f.first..=f.last).any(|k| {
            d.words
                .is_any(k, &["others", "other", "another", "more", "additional"])
        });
        // A stated total ("5 fatalities.") is kept: it bounds the event's toll.
        let retold = !new_people
            && !f.total
            && f.count.best.is_some_and(|n| n >= 2)
            && kept.iter().any(|&j| {
                let g = &figs[j];
                g.outcome == f.outcome
                    && g.count.best == f.count.best
                    && (g.party == f.party || matches!(f.party, Party::Unknown | Party::Mixed))
            });
        if !retold {
            kept.push(i);
        }
    }
    // "left dozens killed ... at least 38 fighters were killed": a vague toll and a
    // number for the same outcome, where the number reaches the vague toll's floor, are
    // one toll told twice; the number stands.
    let vague = |f: &Figure| {
        matches!(
            f.count.qualifier,
            Qualifier::Tens
                | Qualifier::Dozens
                | Qualifier::Hundreds
                | Qualifier::Thousands
                | Qualifier::Several
        )
    };
    let told_by_number = |f: &Figure, kept: &[usize]| {
        kept.iter().map(|&j| &figs[j]).any(|g| {
            !vague(g)
                && g.outcome == f.outcome
                && g.count.best.is_some_and(|n| n >= f.count.low.unwrap_or(2))
                && (g.party == f.party
                    || [f.party, g.party]
                        .iter()
                        .any(|p| matches!(p, Party::Unknown | Party::Mixed)))
        })
    };
    let counted = kept.clone();
    kept.retain(|&i| !(vague(&figs[i]) && !figs[i].total && told_by_number(&figs[i], &counted)));
    kept
}

/// ACLED's conservative toll: a stated total if there is one, else the sum of the
/// lowest reported deaths of each party.
fn fatalities(figs: &[Figure], ids: &[usize]) -> u32 {
    let deaths = |f: &&Figure| matches!(f.outcome, Some(Outcome::Killed | Outcome::Executed));
    let fs: Vec<&Figure> = ids.iter().map(|&i| &figs[i]).filter(deaths).collect();
    if let Some(t) = fs
        .iter()
        .filter(|f| f.total)
        .map(|f| f.count.conservative())
        .max()
    {
        return t;
    }
    fs.iter().map(|f| f.count.conservative()).sum()
}
