//! Lexicons: the data files under `lexicons/`, parsed once into phrase tables.
//!
//! Aliases, outcome words and event words live in those files, not in code, so
//! a new spelling is a one-line data change.

use crate::words::{normalize_phrase, PhraseHit, PhraseSet, PhraseSets, Words};
use marsad_model::{Outcome, Party, SubEventType};
use std::collections::HashMap;

#[derive(Clone, Debug)]
pub struct ActorAlias {
    pub party: Party,
    /// "the organization", "the group": stands for the last named non-state party.
    pub generic: bool,
    /// "the militias": stands for the militias named last ("Iranian militias ... five
    /// members of the militias"); with none named before, it names no party.
    pub militias: bool,
    /// Must match the original's case ("IS", not "is").
    pub case_sensitive: bool,
    pub original: String,
    /// Governorates (P-codes) where this faction operates, for a faction that keeps to a
    /// few (`faction_regions.tsv`); empty for the rest, whose party's regions serve.
    pub regions: Vec<String>,
}

/// What a person noun says about the party it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NounParty {
    /// Combatant nouns: the party comes from "of X" or the context.
    FromContext,
    /// "people", "persons": civilians or a pooled figure, decided by the outcome.
    People,
    /// "others": the same party as the figure before.
    Others,
    Party(Party),
}

#[derive(Clone, Debug)]
pub struct PersonNoun {
    pub party: NounParty,
    pub subgroup: Option<&'static str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomePosition {
    Before,
    After,
    Both,
    Noun,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trigger {
    Sub(SubEventType),
    Territory,
}

pub struct Lexicon {
    pub actors: PhraseSet<ActorAlias>,
    /// (Looked up at most words: hashed fast.)
    pub nouns: HashMap<String, PersonNoun, foldhash::fast::RandomState>,
    pub outcomes: PhraseSet<(Outcome, OutcomePosition)>,
    pub triggers: PhraseSet<Trigger>,
    /// The first clash entry of `triggers`, for hits the rules read as fighting whatever
    /// their own word says (aircraft fired at).
    pub clash_trigger: Option<usize>,
    /// Actors, outcomes and triggers in one automaton (see [`Lexicon::find_phrases`]).
    all: PhraseSets,
    pub boilerplate: Vec<String>,
    pub publishers: Vec<String>,
    /// Governorates (P-codes) where each party is known to operate.
    pub party_regions: HashMap<Party, Vec<String>>,
}

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn subgroup(s: &str) -> Option<&'static str> {
    // Interned so records can hold `&'static str` cheaply.
    match s {
        "children" => Some("children"),
        "women" => Some("women"),
        "leaders" => Some("leaders"),
        "men" => Some("men"),
        _ => None,
    }
}

impl Lexicon {
    /// Actor, outcome and trigger hits in `words`, found in one pass: the same hits as
    /// `actors.find`, `outcomes.find` and `triggers.find`.
    pub fn find_phrases(
        &self,
        words: &Words<'_>,
    ) -> (Vec<PhraseHit>, Vec<PhraseHit>, Vec<PhraseHit>) {
        let mut all = self.all.find(words).into_iter();
        let mut next = || all.next().unwrap_or_default();
        (next(), next(), next())
    }

    /// The lexicons shipped with marsad.
    pub fn builtin() -> Lexicon {
        Lexicon::from_data(
            include_str!("../lexicons/actors.tsv"),
            include_str!("../lexicons/person_nouns.tsv"),
            include_str!("../lexicons/outcomes.tsv"),
            include_str!("../lexicons/events.tsv"),
            include_str!("../lexicons/boilerplate.txt"),
            include_str!("../lexicons/publishers.txt"),
        )
        .with_party_regions(include_str!("../lexicons/party_regions.tsv"))
        .with_faction_regions(include_str!("../lexicons/faction_regions.tsv"))
    }

    /// Adds where single factions operate (`alias<TAB>SY03|SY01` rows, the alias as
    /// `actors.tsv` spells it). Returns the aliases that matched no actor alias.
    pub fn faction_regions_unmatched(&mut self, data: &str) -> Vec<String> {
        let mut unmatched = Vec::new();
        for r in rows(data) {
            let (Some(alias), Some(regions)) = (r.first(), r.get(1)) else {
                continue;
            };
            let phrase = normalize_phrase(alias);
            let regions: Vec<String> = regions.split('|').map(str::to_string).collect();
            let mut found = false;
            for (p, v) in self
                .actors
                .phrases
                .iter()
                .zip(self.actors.values.iter_mut())
            {
                if *p == phrase {
                    v.regions.clone_from(&regions);
                    found = true;
                }
            }
            if !found {
                unmatched.push(alias.to_string());
            }
        }
        unmatched
    }

    /// [`Lexicon::faction_regions_unmatched`], for building.
    pub fn with_faction_regions(mut self, data: &str) -> Lexicon {
        self.faction_regions_unmatched(data);
        self
    }

    /// Adds where parties operate (`party<TAB>SY02|SY07…` rows). Malformed rows are skipped.
    pub fn with_party_regions(mut self, data: &str) -> Lexicon {
        self.party_regions = rows(data)
            .filter_map(|r| {
                Some((
                    Party::parse(r.first()?)?,
                    r.get(1)?.split('|').map(str::to_string).collect(),
                ))
            })
            .collect();
        self
    }

    /// Builds lexicons from data in the shipped formats. Malformed rows are skipped.
    pub fn from_data(
        actors: &str,
        nouns: &str,
        outcomes: &str,
        events: &str,
        boilerplate: &str,
        publishers: &str,
    ) -> Lexicon {
        let actors = rows(actors)
            .filter_map(|r| {
                let party = Party::parse(r.get(1)?)?;
                let flags = r.get(2).copied().unwrap_or("");
                Some((
                    normalize_phrase(r[0]),
                    ActorAlias {
                        party,
                        generic: flags.contains("generic"),
                        militias: flags.contains("militias"),
                        case_sensitive: flags.contains("case"),
                        original: r[0].to_string(),
                        regions: Vec::new(),
                    },
                ))
            })
            .collect();
        let nouns = rows(nouns)
            .filter_map(|r| {
                let party = match *r.get(1)? {
                    "-" => NounParty::FromContext,
                    "people" => NounParty::People,
                    "others" => NounParty::Others,
                    p => NounParty::Party(Party::parse(p)?),
                };
                Some((
                    r[0].to_lowercase(),
                    PersonNoun {
                        party,
                        subgroup: subgroup(r.get(2).copied().unwrap_or("-")),
                    },
                ))
            })
            .collect();
        let outcomes = rows(outcomes)
            .filter_map(|r| {
                let o = Outcome::parse(r.get(1)?)?;
                let p = match *r.get(2)? {
                    "before" => OutcomePosition::Before,
                    "after" => OutcomePosition::After,
                    "noun" => OutcomePosition::Noun,
                    _ => OutcomePosition::Both,
                };
                Some((normalize_phrase(r[0]), (o, p)))
            })
            .collect();
        let triggers = rows(events)
            .filter_map(|r| {
                let t = match *r.get(1)? {
                    "territory" => Trigger::Territory,
                    s => Trigger::Sub(SubEventType::parse(s)?),
                };
                Some((normalize_phrase(r[0]), t))
            })
            .collect();
        let lines = |d: &str| rows(d).map(|r| r[0].to_lowercase()).collect::<Vec<_>>();
        let (actors, outcomes, triggers) = (
            PhraseSet::new(actors),
            PhraseSet::new(outcomes),
            PhraseSet::new(triggers),
        );
        let all = PhraseSets::new(&[&actors.phrases, &outcomes.phrases, &triggers.phrases]);
        let clash_trigger = triggers
            .values
            .iter()
            .position(|t| *t == Trigger::Sub(SubEventType::ArmedClash));
        Lexicon {
            actors,
            nouns,
            outcomes,
            triggers,
            clash_trigger,
            all,
            boilerplate: lines(boilerplate),
            publishers: lines(publishers),
            party_regions: HashMap::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_faction_region_names_a_known_alias() {
        let mut lex = Lexicon::builtin();
        let unmatched =
            lex.faction_regions_unmatched(include_str!("../lexicons/faction_regions.tsv"));
        assert!(
            unmatched.is_empty(),
            "aliases missing from actors.tsv: {unmatched:?}"
        );
        let rahman = lex
            .actors
            .phrases
            .iter()
            .position(|p| *p == normalize_phrase("faylaq al-rahman"))
            .expect("alias");
        assert_eq!(lex.actors.values[rahman].regions, ["SY03", "SY01"]);
    }
}
