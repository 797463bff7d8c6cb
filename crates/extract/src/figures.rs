//! Casualty figures: a number, the people it counts, what happened to them, and
//! whether it is an incident's toll, a part of a breakdown, or a running tally.
//!
//! The parser reads outward from each number: the noun phrase after it ("34
//! members at least of the organization"), the outcome word after ("were
//! killed") or before ("killing", "the death of"), hedges on either side, and the
//! cues that make a figure part of a whole ("including 4 women") or a tally ("it
//! rose to", "the number of", "since the 10th of September").

use crate::doc::Doc;
use crate::lexicon::{NounParty, OutcomePosition, PersonNoun};
use crate::numbers::{hedge_after, hedged, number_at, NumberExpr};
use crate::words::{WordKind, Words};
use marsad_model::{Count, DatePrecision, Outcome, Party, Qualifier};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureRole {
    Whole,
    /// A part of the figure with this index.
    Part(usize),
    /// A repetition or a part of a part: kept out of the records.
    Dropped,
}

#[derive(Clone, Debug)]
pub struct Figure {
    pub num: NumberExpr,
    /// First and last word of everything that makes up the figure.
    pub first: usize,
    pub last: usize,
    pub outcome: Option<Outcome>,
    /// First word of the outcome phrase, when it came before the number.
    pub outcome_before: Option<usize>,
    pub party: Party,
    pub subgroup: Option<&'static str>,
    pub count: Count,
    pub role: FigureRole,
    pub tally: bool,
    pub sentence: usize,
    /// "5 fatalities", "2 deaths": a total for the event, not a party's toll.
    pub total: bool,
    /// Word index where the noun phrase ends (for perpetrator and region lookups).
    pub np_end: usize,
    /// Whether a noun or party named the people ("26100 of them" has neither).
    pub named: bool,
}

impl Figure {
    /// A figure the words give with no number of their own ("killing him", "a
    /// commander ... was killed"), standing at word `at`: a whole, of no tally.
    fn implied(at: usize, count: Count, outcome: Outcome, party: Party, sentence: usize) -> Figure {
        Figure {
            num: NumberExpr {
                first: at,
                last: at,
                count,
                article: false,
            },
            first: at,
            last: at,
            outcome: Some(outcome),
            outcome_before: None,
            party,
            subgroup: None,
            count,
            role: FigureRole::Whole,
            tally: false,
            sentence,
            total: false,
            np_end: at,
            named: false,
        }
    }
}

const CHAIN_STOP: &[&str] = &[
    "who",
    "which",
    "that",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "in",
    "at",
    "on",
    "by",
    "during",
    "since",
    "from",
    "after",
    "while",
    "where",
    "when",
    ".",
    ";",
    "(",
    ")",
    ":",
    "with",
    "due",
    "because",
    "as",
    "to",
    "near",
    "inside",
    "within",
    "into",
    "amid",
    "including",
    "among",
    "between",
    "against",
];

/// Words after a number that make it a span of time.
const TIME_UNITS: &[&str] = &[
    "years", "year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes",
    "minute",
];

const ADJECTIVES_STOP: &[&str] = &[
    "of",
    "and",
    "or",
    ",",
    ".",
    ";",
    "(",
    ")",
    "in",
    "on",
    "at",
    "by",
    "to",
    "from",
    "the",
    "were",
    "was",
    "who",
    "which",
    "killed",
    "km",
    "kilometers",
    "kilometres",
    "meters",
    "metres",
    "hours",
    "hour",
    "days",
    "day",
    "months",
    "month",
    "years",
    "year",
    "weeks",
    "week",
    "minutes",
    "am",
    "pm",
    "percent",
    "%",
    "times",
    "st",
    "nd",
    "rd",
    "th",
];

fn is_rise_word(w: &str) -> bool {
    matches!(
        w,
        "rose"
            | "risen"
            | "rise"
            | "rises"
            | "rising"
            | "increased"
            | "climbed"
            | "jumped"
            | "mounted"
            | "amounted"
            | "reached"
            | "reaching"
            | "bringing"
            | "brings"
            | "raising"
            | "raised"
            | "totaling"
            | "totalling"
    )
}

/// Whether the outcome phrase starting at word `first` names an earlier death this
/// event follows from, a charge, or an aim ("after the killing of", "charges of
/// killing", "in order to kill").
fn cause_or_aim(w: &crate::words::Words<'_>, first: usize) -> bool {
    let mut k = first;
    while k > 0
        && w.is_any(
            k - 1,
            &[
                "the",
                "previous",
                "reported",
                "reportedly",
                "alleged",
                "allegedly",
                "recent",
                "earlier",
            ],
        )
    {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let prev = w.w(k - 1);
    let prev2 = if k >= 2 { w.w(k - 2) } else { "" };
    // "after killing 3 soldiers, they fled" is this event; "after the killing of" its cause.
    (matches!(prev, "following" | "after" | "over" | "behind") && k < first)
        || (prev == "for" && !matches!(prev2, "responsible"))
        || (prev == "of"
            && matches!(
                prev2,
                "charges" | "charge" | "accused" | "suspicion" | "accusations" | "retaliation"
            ))
        || (prev == "in" && matches!(prev2, "involved" | "role" | "part"))
        || (prev == "to"
            && matches!(
                prev2,
                "tried"
                    | "attempted"
                    | "attempting"
                    | "attempt"
                    | "order"
                    | "planned"
                    | "planning"
                    | "trying"
                    | "intended"
            ))
        || prev == "accusing"
}

/// "A child was killed and his brother was injured": the kin of one person counted, with
/// an outcome of their own (the kin counted with the person share the person's verb:
/// "killed a woman and her two children", read by [`finish`]). They are of the person's
/// side.
fn kin_with_their_own_outcome(d: &Doc<'_>, figs: &mut Vec<Figure>) {
    let w = &d.words;
    let mut found = Vec::new();
    let mut sides = Vec::new();
    let mut counts = Vec::new();
    for f in figs.iter() {
        let k = f.np_end.max(f.last) + 1;
        if !w.is(k, "and") || f.num.article && f.count.best.is_some_and(|n| n > 1) {
            continue;
        }
        let Some((noun, count)) = owned_people(d, k + 1) else {
            continue;
        };
        // Its own verb, passive, right after the kin: "his brother was injured" (or with
        // the auxiliary left out: "a civilian was killed and his son injured").
        let elided = d.outcome_at(noun + 1).is_some_and(|h| {
            matches!(
                d.lex.outcomes.values[h.id].1,
                OutcomePosition::After | OutcomePosition::Both
            ) && !w.is_any(
                h.last + 1,
                &["a", "an", "the", "two", "three", "him", "her", "them"],
            )
        });
        if !w.is_any(noun + 1, &["was", "were"]) && !elided {
            continue;
        }
        let Some((outcome, last)) = outcome_after(d, noun + 1) else {
            continue;
        };
        // Counted already ("her two sons were wounded"): theirs is the person's side.
        // (Read without a count, "his mother and sister were injured", they are as
        // many as the kin named.)
        if let Some(g) = figs
            .iter()
            .position(|g| g.num.first > f.num.first && g.num.first <= last)
        {
            if figs[g].num.first == k + 2 && matches!(figs[g].party, Party::Mixed | Party::Unknown)
            {
                sides.push((g, f.party));
            }
            if figs[g].count.best.is_none() && count.best.is_some() {
                counts.push((g, count));
            }
            continue;
        }
        found.push(Figure {
            first: k + 1,
            last,
            np_end: noun,
            ..Figure::implied(k + 1, count, outcome, f.party, f.sentence)
        });
    }
    // "killing a man and injuring his two sons": kin counted after the person they
    // belong to, with a verb of their own, are of the person's side too.
    for g in 1..figs.len() {
        let (f, prev) = (&figs[g], &figs[g - 1]);
        let owned = f.num.first > 0
            && w.is_any(f.num.first - 1, POSSESSIVES)
            && d.noun_at(f.np_end)
                .is_some_and(|n| n.party == NounParty::People);
        if owned
            && prev.sentence == f.sentence
            && matches!(f.party, Party::Mixed | Party::Unknown)
            && !matches!(prev.party, Party::Mixed | Party::Unknown)
        {
            sides.push((g, prev.party));
        }
    }
    for (g, party) in sides {
        figs[g].party = party;
    }
    for (g, count) in counts {
        figs[g].count = count;
        figs[g].num.count = count;
    }
    figs.extend(found);
    figs.sort_by_key(|f| f.num.first);
}

/// "Two members of the Military Security were killed and a third (or "another") was
/// injured": one more
/// of the people just counted, with an outcome of their own ("... were killed in an
/// explosion of a landmine near Ras Al-Ain, while a third was seriously injured":
/// anywhere later in the sentence, after "and" or "while"), taken by the last people
/// counted before it.
fn one_more_of_them(d: &Doc<'_>, figs: &mut Vec<Figure>) {
    let w = &d.words;
    let mut found = Vec::new();
    let mut taken: Vec<usize> = Vec::new();
    for f in figs.iter() {
        // (From the word after the figure to the end of its sentence.)
        let k = f.np_end.max(f.last) + 1;
        let end = d.sentences[f.sentence].1;
        // ("killing two members of the SDF and injuring a third": the verb before it.)
        let verb_before = |j: usize| {
            d.outcome_ending_at(j - 1).and_then(|h| {
                let (o, pos) = d.lex.outcomes.values[h.id];
                matches!(pos, OutcomePosition::Before | OutcomePosition::Both).then_some(o)
            })
        };
        // ("Two SDF members were killed and another was injured": "another" alone is
        // one more, its noun left out.)
        let another = |j: usize| w.is(j, "another") && w.is_any(j + 1, &["was", "is"]);
        let Some(at) = (k..end.min(w.len())).find(|&j| {
            (w.is(j, "a") && w.is_any(j + 1, &["third", "fourth", "fifth", "sixth", "seventh"])
                || another(j))
                && (w.is_any(j - 1, &["and", "while", ","]) || verb_before(j).is_some())
        }) else {
            continue;
        };
        // The word that stands for the person: "third", or "another" itself.
        let head = if another(at) { at } else { at + 1 };
        if taken.contains(&at)
            || figs
                .iter()
                .any(|g| g.num.first > f.num.first && g.num.first < at)
        {
            continue;
        }
        let told = if w.is_any(head + 1, &["was", "were", "is"]) {
            outcome_after(d, head + 1)
        } else {
            verb_before(at).map(|o| (o, head))
        };
        let Some((outcome, last)) = told else {
            continue;
        };
        taken.push(at);
        found.push(Figure {
            first: at,
            last,
            np_end: head,
            ..Figure::implied(head, Count::exact(1), outcome, f.party, f.sentence)
        });
    }
    figs.extend(found);
    figs.sort_by_key(|f| f.num.first);
}

/// "The death toll ... has risen to 9, all of them civilians", "killed 4 people, all
/// civilians": a pooled figure whose people the text then names as one side.
fn all_of_them(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for f in figs.iter_mut() {
        if !matches!(f.party, Party::Mixed | Party::Unknown) {
            continue;
        }
        let mut k = f.np_end.max(f.last).max(f.num.last) + 1;
        if !(w.is(k, ",") && w.is(k + 1, "all")) {
            continue;
        }
        k += 2;
        if w.is(k, "of") && w.is_any(k + 1, &["them", "whom"]) {
            k += 2;
        }
        if w.is_any(k, &["were", "are", "being"]) {
            k += 1;
        }
        let np = noun_phrase(d, k, 3);
        let party = match (np.parties.as_slice(), np.noun_party) {
            ([p], _) => *p,
            ([], Some(NounParty::Party(p))) => p,
            _ => continue,
        };
        f.party = party;
    }
}

/// "SOHR has documented the death of nine civilians in the past 24 hours. Six of them were
/// killed in Russian airstrikes on Al-Bara, while three others were killed by regime
/// shelling on Ariha": a toll the next sentence shares out between events, "N of them"
/// and "M others" adding up to it, sums those events up. It is a running total of them,
/// not an event's deaths of its own (counted with the events', it counts them twice).
fn summed_up_later(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for i in 0..figs.len() {
        let f = &figs[i];
        let Some(n) = f
            .count
            .best
            .filter(|_| f.role == FigureRole::Whole && !f.tally)
        else {
            continue;
        };
        // (Figures are in text order: the next sentence's are found by bisection.)
        let lo = figs.partition_point(|g| g.sentence <= f.sentence);
        let hi = figs.partition_point(|g| g.sentence <= f.sentence + 1);
        let next: Vec<&Figure> = figs[lo..hi.max(lo)]
            .iter()
            .filter(|g| g.sentence == f.sentence + 1 && g.role == FigureRole::Whole)
            .collect();
        let Some(first) = next.first() else { continue };
        let of_them = first.num.first <= d.sentences[first.sentence].0 + 1
            && w.phrase_at(first.num.last + 1, "of them");
        let others = next[1..]
            .iter()
            .filter(|g| g.outcome == f.outcome && w.is_any(g.num.last + 1, &["others", "other"]));
        let shared: u32 =
            first.count.best.unwrap_or(0) + others.map(|g| g.count.best.unwrap_or(0)).sum::<u32>();
        if of_them && first.outcome == f.outcome && next.len() >= 2 && shared == n {
            figs[i].tally = true;
        }
    }
}

/// "shot and injured a regime member ... He died later from his wounds": one wounded
/// person who is then said to have died counts as killed. Only a single wounded
/// person in the sentence before (or the same sentence) is taken up, so that "he"
/// has one referent.
fn died_of_wounds(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for i in 0..w.len() {
        // One test per word first: only these open the subject.
        let word = w.w(i);
        if !matches!(word, "he" | "she" | "the" | "who") {
            continue;
        }
        let died_at = |k: usize| {
            w.is(k, "died") || w.is(k, "succumbed") || (w.is(k, "later") && w.is(k + 1, "died"))
        };
        // "he died", and "injuring a child ..., who died a day later": the one person
        // just told of.
        let pronoun = word != "the" && died_at(i + 1);
        // "The HTS fighter died from his wounds", "The regime's military security service
        // member died two days later": a definite singular person opening the sentence
        // is the same one person.
        let mut head_noun = None;
        let definite = word == "the" && d.sentences[d.sentence_of[i]].0 == i && {
            let head = (i + 1..(i + 9).min(w.len()))
                .take_while(|&k| w.words[k].kind != WordKind::Digits && !died_at(k))
                .last();
            head_noun = head;
            head.is_some_and(|h| died_at(h + 1) && d.is_noun(h) && !w.w(h).ends_with('s'))
        };
        if !pronoun && !definite {
            continue;
        }
        let s = d.sentence_of[i];
        let mut wounded: Vec<usize> = (0..figs.len())
            .filter(|&k| {
                let f = &figs[k];
                f.num.first < i
                    && f.sentence + 1 >= s
                    && f.outcome == Some(Outcome::Injured)
                    && f.count.best == Some(1)
                    && !f.tally
                    // "who died" is said of the person just before it, in its sentence.
                    && (word != "who" || f.sentence == s)
            })
            .collect();
        if word == "who" {
            wounded = wounded.split_off(wounded.len().saturating_sub(1));
        }
        // Several people wounded: the one the subject names ("a member and a
        // collaborator were wounded. The member died").
        if wounded.len() > 1 {
            if let Some(h) = head_noun {
                wounded.retain(|&k| (figs[k].num.first..=figs[k].np_end).any(|x| w.w(x) == w.w(h)));
            }
        }
        if let [k] = wounded[..] {
            figs[k].outcome = Some(Outcome::Killed);
        }
    }
}

/// "resulted in killing the former rebel member", "the killing of the drug dealer": a
/// person named in the singular with "the", right after a verb of killing or injuring,
/// is one person.
fn definite_one(d: &Doc<'_>, i: usize) -> Option<NumberExpr> {
    let w = &d.words;
    // Most words follow no outcome: that array look-up first, the string test after.
    let h = d.outcome_ending_at(i.checked_sub(1)?)?;
    // "killing the drug dealer", "killing his guard", "the death of its commander"; with
    // no article, a party or a title before the head: "killed QSD member", "killed
    // regime Brigadier General Qasem".
    let determiner = w.is_any(i, &["the", "his", "her", "its", "their"]);
    let bare = !determiner
        && w.words[i].kind == WordKind::Alpha
        && (d.actor_at(i).is_some() || w.words[i].capitalized || d.is_noun(i));
    if !determiner && !bare {
        return None;
    }
    if !matches!(
        d.lex.outcomes.values[h.id].1,
        OutcomePosition::Before | OutcomePosition::Both
    ) {
        return None;
    }
    // ("the regime's 105 Brigade commander": a possessive and a formation's number
    // stand before the head.)
    let unit_number = |k: usize| {
        w.words
            .get(k + 1)
            .is_some_and(|x| x.capitalized && x.kind == WordKind::Alpha)
    };
    let singular = (i + usize::from(determiner)..(i + 8).min(w.len()))
        .take_while(|&k| {
            (w.words[k].kind != WordKind::Digits || unit_number(k))
                && !w.is_any(k, &[",", ".", ";", "and", "of", "in", "who"])
        })
        // The head: the last noun of the run ("the rebel fighters" is plural); not a
        // name's tail ("Ma'arrat An Nu'man").
        .filter(|&k| d.is_noun(k))
        .last()
        .is_some_and(|k| one_person(w.w(k)));
    // (A party's name is the phrase's first words, its head noun right after it:
    // "killing Islamic State leader", not "captured rebel-controlled parts".)
    let party_name = if bare { d.actor_at(i) } else { None };
    // ("IS's Emir", "regime soldier" read as one name.)
    let head_of_name = |a: &crate::doc::ActorHit| {
        let k = a.last + 1;
        let k = if w.is(k, "'") && w.is(k + 1, "s") {
            k + 2
        } else {
            k
        };
        [k, a.last]
            .into_iter()
            .find(|&h| d.is_noun(h) && (h == k || a.last > a.first))
    };
    if party_name.is_some_and(|a| !head_of_name(a).is_some_and(|h| one_person(w.w(h)))) {
        return None;
    }
    let last = party_name.map_or(i, |a| a.last);
    singular.then(|| NumberExpr {
        first: i,
        last,
        count: Count::exact(1),
        article: true,
    })
}

/// Whether a person noun names one person: not a plural ("fighters") nor a group
/// ("personnel", "militia", "family").
fn one_person(noun: &str) -> bool {
    !noun.ends_with('s')
        && !matches!(
            noun,
            "personnel" | "people" | "militia" | "police" | "staff" | "crew" | "family"
        )
}

/// Finds every casualty figure in the document's body and header.
pub fn find_figures(d: &Doc<'_>) -> Vec<Figure> {
    let w = &d.words;
    let mut figs: Vec<Figure> = Vec::new();
    let mut i = 0;
    while i < w.len() {
        if d.in_date[i] {
            i += 1;
            continue;
        }
        let Some(num) = number_at(w, i).or_else(|| definite_one(d, i)) else {
            i += 1;
            continue;
        };
        // "03-07-2015": a year glued to a date's other numbers is no count.
        if w.words[i].kind == WordKind::Digits
            && i > 0
            && w.is_any(i - 1, &["-", "/", "."])
            && w.words[i - 1].end == w.words[i].start
            && w.w(i).len() == 4
            && w.w(i)
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
        {
            i += 1;
            continue;
        }
        // "T2", "5th": digits glued to letters before them, or ordinals, are names.
        if w.words[i].kind == WordKind::Digits
            && i > 0
            && w.words[i - 1].end == w.words[i].start
            && w.words[i - 1].kind == WordKind::Alpha
        {
            i += 1;
            continue;
        }
        // "arrested two years ago", "two days after they were abducted": a span of
        // time, not people. (Not "wounding 90 hours after the deal": right after its
        // verb, a number is its count, unless the span is dated from now.)
        let span_of_time = w.is_any(num.last + 1, TIME_UNITS)
            && (w.is_any(num.last + 2, &["ago", "earlier", "later", "previously"])
                || !(num.first > 0 && d.outcome_ending_at(num.first - 1).is_some()));
        if span_of_time {
            i = num.last + 1;
            continue;
        }
        if let Some(f) = parse_figure(d, num, &figs) {
            // (Past the kin counted with one person: "a woman and her three children"
            // are four, not four and three.)
            let next = if f.num.article && f.count.best.is_some_and(|n| n > 1) {
                f.np_end.max(f.num.last) + 1
            } else {
                f.num.last + 1
            };
            figs.push(f);
            i = next;
        } else {
            i = num.last + 1;
        }
    }
    unknown_counts(d, &mut figs);
    singular_subjects(d, &mut figs);
    pronoun_objects(d, &mut figs);
    kin_with_their_own_outcome(d, &mut figs);
    one_more_of_them(d, &mut figs);
    all_of_them(d, &mut figs);
    died_of_wounds(d, &mut figs);
    assign_roles(d, &mut figs);
    shares_by_side(d, &mut figs);
    deaths_in_custody(d, &mut figs);
    mark_tallies(d, &mut figs);
    summed_up_later(d, &mut figs);
    background_deaths(d, &mut figs);
    dead_shared_out(d, &mut figs);
    natural_deaths(d, &mut figs);
    figs
}

/// "At least 15 civilians were killed ... The Observatory said 10 of the dead were killed
/// in Maaret al-Numan, while five died in Kafranbel": a sentence that shares out "the
/// dead" of a toll told before tells no new deaths; its figures are that toll's.
fn dead_shared_out(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    // The sentences that share out "the dead": a number, then "of the dead".
    // (Read from the outcome words the lexicon's look-up already found, not at every
    // word: "10 of the dead were killed", "14 of the victims died", "5 of those killed".)
    let mut sharing: Vec<(usize, Option<u32>)> = Vec::new();
    for h in &d.outcome_hits {
        let mut e = h.first;
        while e > 0 && w.is_any(e - 1, &["were", "was", "had", "have", "been"]) {
            e -= 1;
        }
        let k = if e >= 3 && w.is_any(e - 1, &["dead", "victims"]) && w.is(e - 2, "the") {
            e - 3
        } else if h.first >= 2
            && w.is_any(h.first, &["dead", "killed"])
            && w.is_any(h.first - 1, &["the", "those"])
        {
            h.first - 2
        } else {
            continue;
        };
        if !w.is(k, "of") {
            continue;
        }
        let Some(n) = (k.saturating_sub(3)..k)
            .filter_map(|j| number_at(w, j))
            .find(|n| n.last + 1 == k && !n.article && n.count.best.is_some())
        else {
            continue;
        };
        sharing.push((d.sentence_of[k], n.count.best));
    }
    for (s, share) in sharing {
        let told_before = figs.iter().any(|g| {
            g.sentence < s
                && g.role == FigureRole::Whole
                && g.outcome == Some(Outcome::Killed)
                && g.count.best >= share
        });
        if !told_before {
            continue;
        }
        for g in figs.iter_mut().filter(|g| g.sentence == s) {
            if g.outcome == Some(Outcome::Killed) && g.role == FigureRole::Whole {
                g.role = FigureRole::Dropped;
            }
        }
    }
}

/// "A child died this morning due to the extreme cold in a camp": deaths the words put
/// down to cold, illness or drowning are no one's violence ("died of his wounds" and
/// "died under torture" stay).
fn natural_deaths(d: &Doc<'_>, figs: &mut [Figure]) {
    const CAUSES: &[&str] = &[
        "cold",
        "freezing",
        "hypothermia",
        "illness",
        "disease",
        "diseases",
        "drowning",
        "heatstroke",
        "malnutrition",
    ];
    // ("killed in the earthquake", "the death toll of the earthquake ... has risen to
    // 4,537": a disaster's dead, told as they are or as a rising total.)
    const DISASTERS: &[&str] = &["earthquake", "earthquakes", "quake", "floods", "flood"];
    let w = &d.words;
    for i in 0..figs.len() {
        let f = &figs[i];
        if f.role == FigureRole::Dropped || f.outcome != Some(Outcome::Killed) {
            continue;
        }
        let end = d.sentences[f.sentence].1.min(f.last + 10);
        let start = d.sentences[f.sentence].0;
        let disaster_toll = (start..f.num.first).any(|k| {
            w.phrase_at(k, "toll of")
                && (k + 2..(k + 5).min(f.num.first)).any(|j| w.is_any(j, DISASTERS))
        });
        if f.tally && !disaster_toll {
            continue;
        }
        let natural = disaster_toll
            || (f.last + 1..=end).any(|k| {
                w.is_any(k, &["due", "of", "from", "because", "result"])
                    && (k + 1..=(k + 4).min(end))
                        .any(|j| w.is_any(j, CAUSES) || w.is_any(j, DISASTERS))
                    || w.is(k, "in") && (k + 1..=(k + 2).min(end)).any(|j| w.is_any(j, DISASTERS))
            })
            || (f.last + 1..=(f.last + 3).min(end)).any(|k| w.is(k, "drowned"))
            || w.is(f.last, "drowned");
        if natural {
            drop_with_parts(figs, i);
        }
    }
}

/// "the death of 14 people under torture in regime prisons", "a young man died in
/// detention": people who died in their captors' hands were detainees (the gold's
/// `detainees`), whatever else the words call them.
fn deaths_in_custody(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for f in figs.iter_mut() {
        if f.outcome != Some(Outcome::Killed)
            || !matches!(f.party, Party::Civilians | Party::Mixed | Party::Unknown)
            || f.role != FigureRole::Whole
        {
            continue;
        }
        let (_, b) = d.sentences[f.sentence];
        let from = f.np_end.max(f.last) + 1;
        let in_custody = |k: usize| {
            w.is(k, "torture")
                || (w.is(k, "in")
                    && w.is_any(k + 1, &["detention", "custody", "prison", "prisons"]))
        };
        let custody = (from..(from + 8).min(b + 1))
            .take_while(|&k| !w.is_any(k, &[",", ";", "and", "while"]))
            .any(in_custody)
            // "the number of people who died under torture in regime prisons since ...
            // has risen to 27": the people counted are named before their number.
            || counted_people_before(d, f.num.first)
                .is_some_and(|(_, after)| (after..f.num.first).any(in_custody));
        if custody {
            f.party = Party::Detainees;
        }
    }
}

/// Keeps figure `i` out of the records, and the parts of its breakdown with it.
pub fn drop_with_parts(figs: &mut [Figure], i: usize) {
    figs[i].role = FigureRole::Dropped;
    for f in figs.iter_mut() {
        if f.role == FigureRole::Part(i) {
            f.role = FigureRole::Dropped;
        }
    }
}

/// "The death toll from the explosions rose to 32": an event's toll restates the
/// deaths of an event the report tells elsewhere too ("32 people were killed in twin
/// explosions"; the lead repeated under the headline). Where another figure gives the
/// same number of the same outcome, the toll is dropped; of several such tolls, the
/// last stands.
pub fn drop_restated_tolls(d: &Doc<'_>, figs: &mut [Figure]) {
    let counted = |f: &Figure| f.role == FigureRole::Whole && !f.tally && f.outcome.is_some();
    for i in 0..figs.len() {
        let f = &figs[i];
        if !(counted(f) && f.count.best.is_some() && event_toll(d, &f.num)) {
            continue;
        }
        let restated = figs.iter().enumerate().any(|(j, g)| {
            j != i && counted(g) && g.outcome == f.outcome && g.count.best == f.count.best
        });
        if restated {
            drop_with_parts(figs, i);
        }
    }
}

/// "clashed with QSD following the killing of a young man", "over the execution of two
/// of their tribesmen", "in retaliation for the killing of": a death told as the cause
/// of the event is an earlier event's, not one of its own. So are people held before it
/// ("released 25 people who had been detained").
fn background_deaths(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for i in 0..figs.len() {
        let Some(o) = figs[i].outcome_before else {
            continue;
        };
        if figs[i].tally || figs[i].role == FigureRole::Dropped {
            continue;
        }
        // The cue stands right before the outcome, told as a noun ("following the
        // killing of"); "after killing 30 soldiers" tells the event's own deaths.
        let noun = w.is(o, "the") || w.is(o + 1, "of");
        let cue = noun
            && o > 0
            && (w.is_any(
                o - 1,
                &[
                    "following",
                    "after",
                    "over",
                    "for",
                    "involving",
                    "avenge",
                    "avenging",
                ],
            ) || (o > 1 && w.is(o - 1, "of") && w.is(o - 2, "backdrop")));
        if cue {
            drop_with_parts(figs, i);
        }
    }
    // "The SDF released 25 people who had been detained on charges of ...": people
    // taken before the event told are not taken by it.
    for i in 0..figs.len() {
        let f = &figs[i];
        let taken = matches!(
            f.outcome,
            Some(Outcome::Arrested | Outcome::Abducted | Outcome::Captured)
        );
        if taken && !f.tally && f.last >= 2 && w.phrase_at(f.last - 2, "had been") {
            drop_with_parts(figs, i);
        }
    }
}

const AUX: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "also",
    "reportedly",
    "being",
    "got",
    "all",
];

/// Figures without a number: "members of the Coalition forces were injured".
/// Only for named parties or civilians, and not for displacement (groups that
/// "got out" are not casualties).
fn unknown_counts(d: &Doc<'_>, figs: &mut Vec<Figure>) {
    let w = &d.words;
    for h in &d.outcome_hits {
        let (outcome, pos) = d.lex.outcomes.values[h.id];
        if !matches!(pos, OutcomePosition::After | OutcomePosition::Both)
            || outcome == Outcome::Displaced
        {
            continue;
        }
        // Figures are sorted by number position; only those near this word can cover it.
        let near = figs.partition_point(|f| f.num.first + 40 < h.first);
        if figs[near..]
            .iter()
            .take_while(|f| f.first <= h.first + 1)
            .any(|f| h.first >= f.first && h.first <= f.last + 1)
        {
            continue;
        }
        let mut k = h.first;
        let mut aux = 0;
        while k > 0 && w.is_any(k - 1, AUX) {
            k -= 1;
            aux += 1;
        }
        if aux == 0 || k == 0 {
            continue;
        }
        // Walk back over the subject: "members of the Coalition forces".
        let end = k - 1;
        let mut m = end;
        let mut parties = Vec::new();
        let mut head: Option<usize> = None;
        let mut steps = 0;
        loop {
            if steps > 10 {
                break;
            }
            if let Some(a) = d
                .actors_in(m.saturating_sub(12), m + 1)
                .iter()
                .find(|a| a.last == m)
            {
                parties.push(a.party);
                if a.first == 0 {
                    break;
                }
                m = a.first - 1;
                steps += 1;
                continue;
            }
            let word = w.w(m);
            if let Some(n) = d.noun_at(m) {
                if matches!(n.party, NounParty::People | NounParty::Others) {
                    break;
                }
                if let NounParty::Party(p) = n.party {
                    parties.push(p);
                }
                head = Some(m);
            } else if !matches!(word, "of" | "the" | "and" | "forces" | "'" | "s") {
                break;
            }
            if m == 0 {
                break;
            }
            m -= 1;
            steps += 1;
        }
        let Some(head) = head else { continue };
        // A number before the noun made a figure already; "the" or nothing is what we want.
        if head > 0
            && (number_at(w, head - 1).is_some() || w.is_any(head - 1, &["other", "others"]))
        {
            continue;
        }
        parties.sort();
        parties.dedup();
        let party = match parties.len() {
            0 => continue,
            1 => parties[0],
            _ => Party::Mixed,
        };
        let sentence = d.sentence_of[head];
        // "his mother was injured": one person, counted by the possessive.
        let count = head
            .checked_sub(1)
            .and_then(|k| owned_people(d, k))
            .filter(|&(noun, _)| noun == head)
            .map_or_else(Count::unknown, |(_, c)| c);
        figs.push(Figure {
            last: h.last,
            np_end: end,
            named: true,
            ..Figure::implied(head, count, outcome, party, sentence)
        });
    }
    figs.sort_by_key(|f| f.num.first);
}

/// Verbs that open what a report says ("published that ...").
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "published",
    "reported",
    "learned",
    "learnt",
    "monitored",
    "documented",
    "confirmed",
    "added",
    "stated",
    "announced",
    "mentioned",
];

/// "A commander in the 1st Infantry Division was killed", "A First Lieutenant, 'Samir
/// Khadur,' of the 5th Corps was killed": one person, the singular subject that opens
/// the sentence, however much stands between it and the verb. The singular verb ("was")
/// and the article or "one" before a singular person noun say so.
fn singular_subjects(d: &Doc<'_>, figs: &mut Vec<Figure>) {
    let w = &d.words;
    for h in &d.outcome_hits {
        let (outcome, pos) = d.lex.outcomes.values[h.id];
        if !matches!(pos, OutcomePosition::After | OutcomePosition::Both)
            || outcome == Outcome::Displaced
        {
            continue;
        }
        // "was killed", "was reportedly killed"; "died" needs no auxiliary.
        let mut k = h.first;
        while k > 0 && w.is_any(k - 1, &["reportedly", "also", "later", "then"]) {
            k -= 1;
        }
        let verb = if k > 0 && w.is(k - 1, "was") {
            k - 1
        } else if w.is(h.first, "died") {
            k
        } else {
            continue;
        };
        let s = d.sentence_of[h.first];
        // The subject opens the sentence, or follows its date ("On 12 November 2021, a
        // commander ... was killed").
        let mut start = d.sentences[s].0;
        if d.in_date[start] || d.in_date.get(start + 1).copied().unwrap_or(false) {
            match (start..(start + 12).min(verb)).find(|&j| w.is(j, ",")) {
                // ("On Tuesday evening, a child was killed": a time of day after the date.)
                Some(comma)
                    if comma > 0
                        && (d.in_date[comma - 1]
                            || w.is(comma - 1, ")")
                            || w.is_any(comma - 1, TIME_OF_DAY)) =>
                {
                    start = comma + 1
                }
                // "Yesterday an officer ... was killed": a date word without a comma.
                _ => match (start..verb).find(|&j| !d.in_date[j]) {
                    Some(j) if j > 0 && j <= start + 2 && d.in_date[j - 1] => start = j,
                    _ => continue,
                },
            }
        }
        // Or opens what a report says: "SOHR published yesterday that an officer ...
        // was killed".
        if let Some(that) = (start..verb).rev().find(|&j| {
            w.is(j, "that")
                && j > 0
                && (j.saturating_sub(3)..j).any(|k| w.is_any(k, REPORTING_VERBS))
        }) {
            start = that + 1;
        }
        if verb <= start + 1 || verb - start > 20 {
            continue;
        }
        // "a commander", "one member"; or a name with its title beside it ("Abu Farouk,
        // commander of Ahrar al-Sharqiyah, was assassinated").
        let head = if w.is_any(start, &["a", "an", "one"]) {
            (start + 1..(start + 7).min(verb)).find(|&j| d.is_noun(j))
        } else if w.words[start].capitalized {
            (start + 1..(start + 5).min(verb))
                .find(|&j| w.is(j, ","))
                .and_then(|c| {
                    let n = if w.is_any(c + 1, &["a", "an", "the"]) {
                        c + 2
                    } else {
                        c + 1
                    };
                    (n..(n + 3).min(verb)).find(|&j| d.is_noun(j))
                })
        } else {
            None
        };
        let Some(head) = head else {
            continue;
        };
        let noun = w.w(head);
        if !one_person(noun) {
            continue;
        }
        // No other count or outcome between: the subject is one phrase, not a clause.
        if (start..verb).any(|j| {
            number_at(w, j).is_some_and(|n| !n.article && !crate::numbers::is_ordinal(w, n.first))
                || d.outcome_at(j).is_some()
        }) {
            continue;
        }
        // A figure of this verb already: the subject's head read without a number ("A
        // state-run news agency reporter was killed") is this one person.
        if let Some(f) = figs
            .iter_mut()
            .find(|f| f.sentence == s && !f.tally && f.last + 1 >= h.first && f.first <= h.last)
        {
            if f.num.first == head && f.count.best.is_none() {
                f.count = Count::exact(1);
                f.num.count = Count::exact(1);
            }
            continue;
        }
        let party = d
            .actors_in(start, verb)
            .iter()
            .find(|a| a.party.is_armed() || a.party == Party::Civilians)
            .map(|a| a.party)
            .or_else(|| {
                d.noun_at(head).and_then(|n| {
                    if let NounParty::Party(p) = n.party {
                        Some(p)
                    } else {
                        None
                    }
                })
            })
            .or_else(|| d.context_party(start))
            .unwrap_or(Party::Unknown);
        let implied = Figure::implied(start, Count::exact(1), outcome, party, s);
        figs.push(Figure {
            num: NumberExpr {
                article: true,
                ..implied.num
            },
            last: h.last,
            subgroup: d.noun_at(head).and_then(|n| n.subgroup),
            np_end: head,
            named: true,
            ..implied
        });
    }
    figs.sort_by_key(|f| f.num.first);
}

/// People told of before the verb that befalls them, named again by "both", "all three"
/// or "them": "gunmen opened fire on two men near Tafas, killing them", "... on a commander
/// and his companion, killing both of them", "killing all 3 of them". (Where the people
/// already have a figure of their own, "abducted 9 soldiers ... killed them" is read by
/// [`pronoun_objects`].)
fn people_named_before(d: &Doc<'_>, figs: &[Figure]) -> Vec<Figure> {
    let w = &d.words;
    let mut out = Vec::new();
    for h in &d.outcome_hits {
        let (outcome, pos) = d.lex.outcomes.values[h.id];
        if !matches!(pos, OutcomePosition::Before | OutcomePosition::Both) {
            continue;
        }
        let k = h.last + 1;
        if !w.is_any(k, &["both", "them", "all"]) || figs.iter().any(|f| f.num.first == k) {
            continue;
        }
        let sentence = d.sentence_of[h.first];
        let start = d.sentences[sentence].0;
        // The latest number of people before the verb in its sentence, not a figure of
        // its own: "two men", "three IRGC members".
        let antecedent = (start..h.first).rev().find_map(|j| {
            let n = number_at(w, j).filter(|n| !n.article && n.first == j)?;
            let np = noun_phrase(d, n.last + 1, 4);
            (np.has_noun && !figs.iter().any(|f| f.num.first == n.first)).then_some((n, np))
        });
        let of_them = |at: usize| usize::from(w.phrase_at(at, "of them")) * 2;
        let (count, last) = if w.is(k, "both") {
            // "both" alone, "both of them", not "both sides" (a figure of its own, or none).
            if !(w.is_any(k + 1, &[",", ".", "in", "on", "and", "at", "near", "while"])
                || w.phrase_at(k + 1, "of them"))
            {
                continue;
            }
            (Count::exact(2), k + of_them(k + 1))
        } else if w.is(k, "them") && w.is(k + 1, "both") {
            (Count::exact(2), k + 1)
        } else if w.is(k, "all") {
            // "all three", "all 3 of them".
            let Some(n) = number_at(w, k + 1).filter(|n| !n.article && n.count.best > Some(1))
            else {
                continue;
            };
            if !(w.is_any(n.last + 1, &[",", ".", "in", "on", "and", "at", "near"])
                || w.phrase_at(n.last + 1, "of them"))
            {
                continue;
            }
            (n.count, n.last + of_them(n.last + 1))
        } else {
            // "them", "them all": as many as the people told of before.
            let Some((n, _)) = &antecedent else { continue };
            if n.count.qualifier != Qualifier::Exact || n.count.best.is_none_or(|b| b < 2) {
                continue;
            }
            (n.count, k + usize::from(w.is(k + 1, "all")))
        };
        // The people's side, as their own noun phrase names it.
        let party = antecedent
            .as_ref()
            .filter(|(n, _)| n.count.best == count.best)
            .and_then(|(_, np)| match (np.parties.as_slice(), np.noun_party) {
                ([p], _) => Some(*p),
                ([], Some(NounParty::Party(p))) => Some(p),
                ([], Some(NounParty::People)) => Some(Party::Civilians),
                ([], Some(NounParty::FromContext)) => d.context_party(h.first),
                _ => None,
            })
            .or_else(|| d.context_party(h.first))
            .unwrap_or(Party::Unknown);
        out.push(Figure {
            first: h.first,
            last,
            np_end: last,
            outcome_before: Some(h.first),
            ..Figure::implied(k, count, outcome, party, sentence)
        });
    }
    out
}

/// "opened fire on a regime soldier, killing him": one person, the one named before.
fn pronoun_objects(d: &Doc<'_>, figs: &mut Vec<Figure>) {
    let w = &d.words;
    // A verb of an outcome with the pronoun as its object: "killing him".
    let verbs_of = |pronouns: &'static [&'static str]| {
        d.outcome_hits.iter().filter(move |h| {
            matches!(
                d.lex.outcomes.values[h.id].1,
                OutcomePosition::Before | OutcomePosition::Both
            ) && w.is_any(h.last + 1, pronouns)
        })
    };
    // (where the verb starts, where the pronoun stands, the outcome)
    let mut objects: Vec<(usize, usize, Outcome)> = verbs_of(&["him", "her"])
        .map(|h| (h.first, h.last + 1, d.lex.outcomes.values[h.id].0))
        .collect();
    // "shot him dead": the pronoun inside the phrase.
    // ("shot" is an event word: only its hits are looked at.)
    objects.extend(
        d.trigger_hits
            .iter()
            .map(|h| h.first)
            .filter(|&i| w.is(i, "shot") && w.is_any(i + 1, &["him", "her"]) && w.is(i + 2, "dead"))
            .map(|i| (i, i + 1, Outcome::Killed)),
    );
    // "opened fire on a young man, leaving him seriously injured": the pronoun before
    // its outcome.
    objects.extend(d.outcome_hits.iter().filter_map(|h| {
        let (o, pos) = d.lex.outcomes.values[h.id];
        if pos == OutcomePosition::Before || h.first < 2 {
            return None;
        }
        let mut k = h.first - 1;
        if w.is_any(
            k,
            &[
                "seriously",
                "critically",
                "severely",
                "badly",
                "lightly",
                "slightly",
            ],
        ) {
            k -= 1;
        }
        (k >= 1 && w.is_any(k, &["him", "her"]) && w.is_any(k - 1, &["leaving", "left"]))
            .then_some((k - 1, k, o))
    }));
    // "abducted 9 regime soldiers ... They later killed them": "them" are the people of
    // the latest figure before, in this sentence or the one before, and their death is
    // what became of them after another outcome. (Not the other way round: "executed 10
    // fighters after it captured them" adds no captives.)
    let groups: Vec<Figure> = verbs_of(&["them"])
        .filter_map(|h| {
            let outcome = d.lex.outcomes.values[h.id].0;
            let s = d.sentence_of[h.first];
            let before = figs
                .iter()
                .rev()
                .find(|f| f.num.first < h.first && f.sentence + 1 >= s && !f.tally)?;
            let n = before.count.best.filter(|&n| n > 1)?;
            let death = |o: Outcome| matches!(o, Outcome::Killed | Outcome::Executed);
            (death(outcome)
                && before.outcome.is_some_and(|o| !death(o))
                && before.count.qualifier == Qualifier::Exact)
                .then(|| Figure {
                    first: h.first,
                    outcome_before: Some(h.first),
                    subgroup: before.subgroup,
                    ..Figure::implied(h.last + 1, Count::exact(n), outcome, before.party, s)
                })
        })
        .collect();
    figs.extend(groups);
    figs.extend(people_named_before(d, figs));
    for &(first, pronoun, outcome) in &objects {
        // "killing him and his driver", "him and two of his companions": the people
        // named after the pronoun die with him.
        let Some((at, last, count, noun)) = with_the_pronoun(d, pronoun) else {
            continue;
        };
        let sentence = d.sentence_of[first];
        let party = match noun.party {
            NounParty::Party(p) => p,
            NounParty::People => Party::Civilians,
            _ => d.context_party(first).unwrap_or(Party::Unknown),
        };
        figs.push(Figure {
            first: at,
            last,
            np_end: last,
            outcome_before: Some(first),
            subgroup: noun.subgroup,
            ..Figure::implied(at, count, outcome, party, sentence)
        });
    }
    for (first, pronoun, outcome) in objects {
        let sentence = d.sentence_of[first];
        // "executed a shepherd after abducting him": the one person just told of; else
        // one named before without a figure ("opened fire on a young man, seriously
        // injuring him": a man named with no side is a civilian).
        let party = figs
            .iter()
            .rev()
            .find(|f| f.sentence == sentence && f.num.first < first && !f.tally)
            .filter(|f| f.count.best == Some(1) && f.named)
            .map(|f| f.party)
            .or_else(|| one_person_before(d, first))
            .or_else(|| d.context_party(first))
            .unwrap_or(Party::Unknown);
        // "shot and killed a former rebel in Jalin, killing him": the one already counted.
        if figs.iter().any(|f| {
            f.sentence == sentence
                && f.num.first < first
                && f.outcome == Some(outcome)
                && f.count.best == Some(1)
                && !f.tally
        }) {
            continue;
        }
        figs.push(Figure {
            first,
            outcome_before: Some(first),
            ..Figure::implied(pronoun, Count::exact(1), outcome, party, sentence)
        });
    }
    figs.sort_by_key(|f| f.num.first);
}

/// The side of the one person named with an article last before word `at` in its
/// sentence ("a young man": civilians; "a regime soldier": the regime), if a person noun
/// or an actor says it.
fn one_person_before(d: &Doc<'_>, at: usize) -> Option<Party> {
    let w = &d.words;
    let start = d.sentences[d.sentence_of[at]].0;
    let k = (start..at).rev().take(12).find(|&k| {
        d.noun_at(k).is_some()
            && one_person(w.w(k))
            && (k.saturating_sub(4).max(start)..k).any(|j| w.is_any(j, &["a", "an"]))
    })?;
    let noun = d.noun_at(k)?;
    match noun.party {
        NounParty::Party(p) => Some(p),
        NounParty::People => Some(Party::Civilians),
        _ => d
            .actors_in(k.saturating_sub(4).max(start), k + 4)
            .first()
            .map(|a| a.party),
    }
}

/// "opened fire on protesters ..., killing 2 of them": the party of the people named
/// last before the number in its sentence, a person noun of a side or an actor.
fn them_group(d: &Doc<'_>, first: usize) -> Option<Party> {
    // (A noun that takes its side from its context, "two State Security members",
    // leaves the choice to the context.)
    let start = d.sentences[d.sentence_of[first]].0;
    let actors = d.actors_in(start, first);
    for k in (start..first).rev() {
        if let Some(n) = d.noun_at(k) {
            return match n.party {
                NounParty::Party(p) => Some(p),
                _ => None,
            };
        }
        if let Some(a) = actors.iter().find(|a| a.last == k) {
            return Some(a.party);
        }
    }
    None
}

/// The people joined to an object pronoun ("him and his driver", "him and his two
/// sons", "her and two of her children"): the word they start at, their noun's word,
/// their count, their noun.
fn with_the_pronoun<'d>(
    d: &'d Doc<'_>,
    pronoun: usize,
) -> Option<(usize, usize, Count, &'d PersonNoun)> {
    let w = &d.words;
    if !w.is(pronoun + 1, "and") {
        return None;
    }
    let at = pronoun + 2;
    // "two of his companions"
    if let Some(n) = number_at(w, at).filter(|n| !n.article) {
        if w.is(n.last + 1, "of") && w.is_any(n.last + 2, POSSESSIVES) {
            let noun = d.noun_at(n.last + 3)?;
            return Some((at, n.last + 3, n.count, noun));
        }
    }
    // "his two sons", "his driver"
    let (noun, count) = owned_people(d, at)?;
    Some((at, noun, count, d.noun_at(noun)?))
}

/// Possessives before kin and companions: "his two sons", "their driver".
const POSSESSIVES: &[&str] = &["his", "her", "their"];

/// The people a possessive at word `k` names ("his driver", "their two children"): the
/// noun's word and their count. A plural without a number ("his sons") names no count.
fn owned_people(d: &Doc<'_>, k: usize) -> Option<(usize, Count)> {
    let w = &d.words;
    if !w.is_any(k, POSSESSIVES) {
        return None;
    }
    // "his 12-year-old son": the age says nothing of the count.
    let k = match crate::numbers::value_at(w, k + 1)
        .and_then(|(_, last)| crate::numbers::age_end(w, last))
    {
        Some(old) => old,
        None => k,
    };
    if d.is_noun(k + 1) && one_person(w.w(k + 1)) {
        // "his mother and sister", "her husband and his brother": one person each.
        let (mut last, mut n) = (k + 1, 1);
        loop {
            let mut j = last + 1;
            if !w.is(j, "and") {
                break;
            }
            j += 1;
            if w.is_any(j, POSSESSIVES) {
                j += 1;
            }
            if !(d.is_noun(j) && one_person(w.w(j))) {
                break;
            }
            (last, n) = (j, n + 1);
        }
        return Some((last, Count::exact(n)));
    }
    let n = number_at(w, k + 1).filter(|n| !n.article)?;
    d.is_noun(n.last + 1).then_some((n.last + 1, n.count))
}

/// Whether sentence `s` has a figure (figures are in text order, so in order of
/// sentence).
pub fn sentence_has_figures(figs: &[Figure], s: usize) -> bool {
    figs.get(figs.partition_point(|f| f.sentence < s))
        .is_some_and(|f| f.sentence == s)
}

/// The range of figure indices in the same sentence as figure `i` (figures are in text order).
fn sentence_range(figs: &[Figure], i: usize) -> std::ops::Range<usize> {
    let s = figs[i].sentence;
    let mut a = i;
    while a > 0 && figs[a - 1].sentence == s {
        a -= 1;
    }
    let mut b = i + 1;
    while b < figs.len() && figs[b].sentence == s {
        b += 1;
    }
    a..b
}

struct NounPhrase {
    end: usize,
    parties: Vec<Party>,
    noun_party: Option<NounParty>,
    subgroup: Option<&'static str>,
    has_noun: bool,
    /// A list mixing combatants and civilians ("fighters, civilians, oil workers").
    mixed_list: bool,
    both: bool,
    /// Where the words before the noun stopped (for phrases with no noun).
    scan_end: usize,
}

/// The word after a party's name and the head noun its alias may leave out ("the
/// regime" + "forces", where the alias matched first is the shorter one).
fn past_head_noun(w: &Words<'_>, mut k: usize) -> usize {
    while w.is_any(k, &["forces", "force", "troops"]) {
        k += 1;
    }
    k
}

/// Reads the noun phrase starting at word `j` (after a number).
fn noun_phrase(d: &Doc<'_>, j: usize, max_pre: usize) -> NounPhrase {
    let w = &d.words;
    let mut np = NounPhrase {
        end: j.saturating_sub(1),
        parties: vec![],
        noun_party: None,
        subgroup: None,
        has_noun: false,
        mixed_list: false,
        both: false,
        scan_end: j,
    };
    let mut k = j;
    let mut steps = 0;
    let mut kinds: Vec<NounParty> = Vec::new();
    // Whether a person noun follows within the bound that names may stretch a phrase to:
    // only then do capitalised words count as a group's name. (Asked at the first
    // capitalised word: most phrases reach their noun before any.)
    let mut noun_ahead: Option<bool> = None;
    let mut noun_ahead = || {
        *noun_ahead.get_or_insert_with(|| {
            (j..(j + 9).min(w.len()))
                // (A count ends it: digits, or a number word in capitals, "Six"; lower-case
                // words are not asked, to save the look-up.)
                .take_while(|&x| {
                    let wx = &w.words[x];
                    !w.is_any(x, &[",", ".", ";", ":"])
                        && !((wx.kind == WordKind::Digits || wx.capitalized)
                            && number_at(w, x).is_some_and(|n| !n.article))
                })
                .any(|x| d.is_noun(x))
        })
    };
    // Pre-noun words: party names, nationalities, adjectives. A phrase ends with its
    // line: a headline's "kills 30" takes no noun from the body's first words.
    while k < w.len() && steps < max_pre && !w.words[k].newline_before {
        if let Some(a) = d.actor_at(k) {
            np.parties.push(a.party);
            k = past_head_noun(w, a.last + 1);
            np.end = k - 1;
            steps += 1;
            continue;
        }
        if let Some(n) = d.noun_at(k) {
            np.has_noun = true;
            np.noun_party = Some(n.party);
            kinds.push(n.party);
            if n.subgroup.is_some() {
                np.subgroup = n.subgroup;
            }
            np.end = k;
            k += 1;
            // Noun compounds ("citizen women"): the last noun is the head.
            while let Some(n2) = d.noun_at(k) {
                np.noun_party = Some(n2.party);
                kinds.push(n2.party);
                if n2.subgroup.is_some() {
                    np.subgroup = n2.subgroup;
                }
                np.end = k;
                k += 1;
            }
            break;
        }
        // "8 regime and pro-regime fighters", "One Jaish al-Mujahideen commander".
        let joiner = (w.is(k, "and")
            && !np.parties.is_empty()
            && (d.actor_at(k + 1).is_some() || w.words.get(k + 1).is_some_and(|x| x.capitalized)))
            || (w.is_any(k, &["-", "'"])
                && w.words
                    .get(k + 1)
                    .is_some_and(|x| x.start == w.words[k].end));
        if !joiner
            && (w.words[k].kind != WordKind::Alpha
                || ADJECTIVES_STOP.contains(&w.w(k))
                || d.outcome_at(k).is_some())
        {
            break;
        }
        // A group's name the actor list lacks ("One Jaish al-Mujahideen commander", "a
        // Palestinian former Liwa Al Haqq fighter") is capitalised words and joiners: they
        // do not use up the adjectives' allowance, within a bound.
        let named = (w.words[k].capitalized
            || (joiner && w.words.get(k + 1).is_some_and(|x| x.capitalized)))
            && noun_ahead();
        k += 1;
        if !named || k - j > 8 {
            steps += 1;
        }
    }
    np.scan_end = k;
    // A list of nouns: "327 fighters, civilians, oil workers, and officials".
    if np.has_noun {
        let mut m = np.end + 1;
        loop {
            let mut n = m;
            while w.is_any(n, &[",", "and", "or"]) {
                n += 1;
            }
            if n == m {
                break;
            }
            let mut found = None;
            for x in n..(n + 3).min(w.len()) {
                if let Some(nn) = d.noun_at(x) {
                    found = Some((x, nn.party));
                    break;
                }
                // A verb of an outcome opens a clause of its own: "a man and his son
                // and injuring four others" lists no "others" with the man.
                // ("4 people, all civilians" names the same people: see `all_of_them`.)
                if w.words[x].kind != WordKind::Alpha
                    || CHAIN_STOP.contains(&w.w(x))
                    || w.is(x, "all")
                    || d.outcome_at(x).is_some()
                {
                    break;
                }
            }
            match found {
                Some((x, p)) => {
                    kinds.push(p);
                    np.end = x;
                    m = x + 1;
                }
                None => break,
            }
        }
        let combatant = kinds.iter().any(|k| matches!(k, NounParty::FromContext));
        let civilian = kinds
            .iter()
            .any(|k| matches!(k, NounParty::Party(Party::Civilians)));
        np.mixed_list = combatant && civilian;
    }
    // Post-hedge then "of X" chains.
    let mut k = np.end + 1;
    if hedge_after(w, k).is_some() {
        k += 2;
    }
    if w.is_any(k, &["on", "among", "from", "of", "in"])
        && w.is(k + 1, "both")
        && w.is_any(k + 2, &["parties", "sides"])
    {
        np.both = true;
        np.end = k + 2;
        return np;
    }
    // "a fighter in the ranks of the opposition": the ranks are the "of" chain.
    if w.is_any(k, &["in", "within"]) && w.phrase_at(k + 1, "the ranks of") {
        k += 3;
    }
    // "A Syrian General 'Ali Yousef Sultan' was killed": a quoted name is the same person.
    if w.is_any(k, &["'", "\"", "“", "‘"]) {
        if let Some(close) =
            (k + 2..(k + 8).min(w.len())).find(|&x| w.is_any(x, &["'", "\"", "”", "’"]))
        {
            np.end = close;
            k = close + 1;
        }
    }
    // "a person accused of being an ISIS member", "two men suspected of belonging to IS
    // cells": the party they are held to serve is theirs, as event coders count them.
    if np.parties.is_empty()
        && w.is_any(k, &["accused", "suspected"])
        && w.is(k + 1, "of")
        && w.is_any(k + 2, &["being", "belonging", "membership"])
    {
        if let Some(a) = (k + 3..(k + 7).min(w.len())).find_map(|j| d.actor_at(j)) {
            np.parties.push(a.party);
            np.end = a.last;
            return np;
        }
    }
    // "a commander in the SDF": a member of the party "in" names, as "of" does (not a
    // place: only a party's name right after it, past an article).
    let in_party = w.is(k, "in")
        && (d.actor_at(k + 1).is_some() || (w.is(k + 1, "the") && d.actor_at(k + 2).is_some()));
    if (w.is_any(k, &["of", "from"]) || in_party)
        && !w.phrase_at(k, "of them")
        && !w.phrase_at(k, "of whom")
    {
        let mut m = k + 1;
        let limit = (k + 25).min(w.len());
        let mut stopped = false;
        while m < limit {
            if w.is(m, "both") && w.is_any(m + 1, &["parties", "sides"]) {
                np.both = true;
                np.end = m + 1;
                m += 2;
                continue;
            }
            if let Some(a) = d.actor_at(m) {
                np.parties.push(a.party);
                m = past_head_noun(w, a.last + 1);
                np.end = m - 1;
                continue;
            }
            let word = w.w(m);
            // "militiamen loyal to them", "factions affiliated with it": still the same people.
            if matches!(
                word,
                "loyal" | "allied" | "affiliated" | "belonging" | "close"
            ) && w.is_any(m + 1, &["to", "with"])
            {
                let obj = m + 2;
                np.end = if w.is_any(obj, &["them", "it", "him", "her"]) {
                    obj
                } else {
                    m + 1
                };
                m = np.end + 1;
                continue;
            }
            // "a member of the Free Syrian Army (JSH)": a short aside in brackets.
            if word == "(" {
                if let Some(close) = (m + 1..(m + 5).min(w.len())).find(|&x| w.is(x, ")")) {
                    np.end = close;
                    m = close + 1;
                    continue;
                }
            }
            // A dash with spaces is a pause ("3 citizens - including a woman -"); a hyphen is part of a name.
            if word == "-" {
                let glued = m > 0
                    && w.words[m - 1].end == w.words[m].start
                    && w.words
                        .get(m + 1)
                        .is_some_and(|x| x.start == w.words[m].end);
                if !glued {
                    break;
                }
                m += 1;
                continue;
            }
            // Names the lexicon does not know ("a member of Jaysh al Ahrar") are still the chain.
            if w.words[m].capitalized
                && w.words[m].kind == WordKind::Alpha
                && !CHAIN_STOP.contains(&word)
            {
                np.end = m;
                m += 1;
                continue;
            }
            // "three young men from Douma city in Eastern Ghouta": the kind of place
            // after its name is the name's.
            if np.end + 1 == m
                && w.words[m - 1].capitalized
                && w.is_any(
                    m,
                    &[
                        "city",
                        "town",
                        "village",
                        "camp",
                        "countryside",
                        "area",
                        "province",
                        "governorate",
                        "neighbourhood",
                        "neighborhood",
                        "district",
                    ],
                )
            {
                np.end = m;
                m += 1;
                continue;
            }
            // ("two members of SDF and a child who was passing by": an article before a
            // person noun counts one.)
            let joined_next = w.is(m - 1, "and")
                && number_at(w, m)
                    .is_some_and(|n| !n.article || d.is_noun(n.last + 1) || d.is_noun(n.last + 2));
            // A new number starts a new figure ("... loyal to them and 20 fighters", "of
            // the regime forces and six fighters of the Iranian militias").
            if CHAIN_STOP.contains(&word)
                || d.outcome_at(m).is_some()
                || d.trigger_at(m)
                || w.words[m].kind == WordKind::Digits
                || joined_next
            {
                // (The chain's words reach the "and", so that the people joined share the
                // verb after them: "A woman from Hama countryside and a young man from
                // eastern Ghouta were killed".)
                if joined_next {
                    np.end = np.end.max(m - 2);
                }
                stopped = d.outcome_at(m).is_some()
                    || matches!(
                        word,
                        "who" | "which" | "that" | "were" | "was" | "have" | "has" | "had"
                    );
                break;
            }
            // "two members of the SDF, one of them a commander": a number after a comma
            // opens a figure of its own (here a part of this one).
            if word == "," && number_at(w, m + 1).is_some() {
                break;
            }
            // "four members of one family", "members of the same household": kin, who
            // are civilians whatever their noun ("members") says.
            if matches!(word, "family" | "household") {
                np.parties.push(Party::Civilians);
                np.end = m;
                m += 1;
                continue;
            }
            if let Some(n) = d.noun_at(m) {
                if let NounParty::Party(p) = n.party {
                    np.parties.push(p);
                }
                if np.subgroup.is_none() {
                    np.subgroup = n.subgroup;
                }
                np.has_noun = true;
                if np.noun_party.is_none() {
                    np.noun_party = Some(n.party);
                }
                np.end = m;
            }
            m += 1;
        }
        // "1 militant from Islamic militias was killed": the words up to the verb are all the phrase.
        if stopped && m > np.end + 1 && m - np.end <= 6 {
            np.end = m - 1;
        }
    }
    np
}

/// Whether "family of" stands right before word `i`: "a family of 4", "an entire family
/// of five" count the family's members, who are civilians.
fn family_of(w: &crate::words::Words<'_>, i: usize) -> bool {
    i >= 2 && w.is(i - 1, "of") && w.is(i - 2, "family")
}

/// Times of day, which stand beside a date word ("on Monday evening", "at dawn today").
const TIME_OF_DAY: &[&str] = &[
    "morning",
    "evening",
    "afternoon",
    "night",
    "dawn",
    "noon",
    "midnight",
    "dusk",
    "today",
    "yesterday",
];

/// An outcome phrase that ends just before word `i`, skipping articles and hedges.
fn outcome_before(d: &Doc<'_>, num: &NumberExpr) -> Option<(Outcome, usize)> {
    let w = &d.words;
    let mut k = num.first;
    // "killed a family of 4": the family are the people counted.
    if family_of(w, num.first) {
        k -= 2;
    }
    for _ in 0..3 {
        if k == 0 {
            return None;
        }
        if let Some(h) = d.outcome_ending_at(k - 1) {
            let (o, pos) = d.lex.outcomes.values[h.id];
            if matches!(pos, OutcomePosition::Before | OutcomePosition::Both) {
                // "killed and executed 150": the first verb of the pair names it; but
                // where only the second is a death ("kidnapped and killed a colonel"),
                // death is what became of them.
                let death = |o: Outcome| matches!(o, Outcome::Killed | Outcome::Executed);
                let mut first = (o, h.first);
                if h.first >= 2 && w.is(h.first - 1, "and") {
                    if let Some(h0) = d.outcome_ending_at(h.first - 2) {
                        let o0 = d.lex.outcomes.values[h0.id].0;
                        first = (if death(o) && !death(o0) { o } else { o0 }, h0.first);
                    }
                }
                return Some(first);
            }
            return None;
        }
        if w.is_any(
            k - 1,
            &[
                "the", "a", "total", "of", "some", "another", "other", "all", "between", "either",
            ],
        ) || w.is_any(k - 1, POSSESSIVES)
        {
            // (A possessive before kin too: "injuring his two sons".)
            k -= 1;
            continue;
        }
        // "shot dead on Monday evening a former commander": a date between the verb
        // and the people, with its preposition and commas.
        // ("executed, at dawn today, 3 shepherds"; the date words themselves are the
        // weekday or "today" alone, the times of day around them are not.)
        let time_word = |j: usize| d.in_date[j] || w.is_any(j, TIME_OF_DAY);
        if time_word(k - 1) || (k >= 2 && w.is(k - 1, ",") && time_word(k - 2)) {
            let mut j = k;
            while j > 0
                && k - j < 7
                && (time_word(j - 1)
                    || w.is_any(
                        j - 1,
                        &[
                            "on", "at", "in", "the", "of", "during", "after", "before", ",",
                        ],
                    ))
            {
                j -= 1;
            }
            // (On one line: a headline's verb is not the next paragraph's.)
            if j > 0
                && d.outcome_ending_at(j - 1).is_some()
                && !w.text[w.words[j - 1].end..w.words[k].start].contains('\n')
            {
                k = j;
                continue;
            }
        }
        // "killed using small arms fire a QSD officer": the means stands between the
        // verb and the people.
        if let Some(j) = (k.saturating_sub(5)..k).rev().find(|&j| w.is(j, "using")) {
            if (j + 1..k).all(|x| w.words[x].kind == WordKind::Alpha) {
                k = j;
                continue;
            }
        }
        return None;
    }
    None
}

/// Words that join two groups of people in one clause, opening at `k`: "and", "along
/// with", "as well as", "in addition to", "together with", "alongside", each perhaps after
/// a comma. Gives where the second group starts.
fn joined_people(w: &crate::words::Words<'_>, k: usize) -> Option<usize> {
    const JOINERS: [&str; 6] = [
        "and",
        "along with",
        "as well as",
        "in addition to",
        "together with",
        "alongside",
    ];
    let k = if w.is(k, ",") { k + 1 } else { k };
    JOINERS
        .iter()
        .find(|j| w.phrase_at(k, j))
        .map(|j| k + crate::words::Words::phrase_len(j))
}

/// An outcome phrase shortly after the noun phrase ("who were also killed").
fn outcome_after(d: &Doc<'_>, from: usize) -> Option<(Outcome, usize)> {
    let w = &d.words;
    let mut k = from;
    let mut skipped = 0;
    while k < w.len() && skipped < 6 {
        // "a nurse critically wounded", "were slightly hurt": an adverb right before the
        // verb, right after the people or their auxiliary.
        if (k == from || (k == from + 1 && w.is_any(from, &["were", "was"])))
            && w.is_any(
                k,
                &[
                    "critically",
                    "seriously",
                    "severely",
                    "badly",
                    "lightly",
                    "slightly",
                    "gravely",
                ],
            )
            && d.outcome_at(k + 1).is_some()
        {
            k += 1;
            skipped += 1;
            continue;
        }
        // "3 regime members, including an officer, were killed"
        if w.is(k, ",") && w.is(k + 1, "including") {
            k += 1;
            continue;
        }
        if w.is(k, "including") {
            let mut j = k + 1;
            while j < w.len()
                && j < k + 12
                && !w.is_any(j, &["were", "was", "who", "whom", "have", "had", "has"])
            {
                j += 1;
            }
            k = j;
            continue;
        }
        // "1 militant from the rebel factions was sniped and killed", "A colonel in the
        // Tiger forces ... was killed", "Fourteen fighters as well as a civilian were
        // killed": a phrase after the noun, up to the passive verb of the same clause.
        // "30 militants operating in Iraq and Syria were killed", "fighters stationed at
        // the checkpoint": a participle opening a phrase after the noun, too.
        let participle = || {
            let x = w.w(k);
            (x.ends_with("ing") || x.ends_with("ed"))
                && d.outcome_at(k).is_none()
                && w.is_any(
                    k + 1,
                    &["in", "at", "on", "with", "near", "under", "by", "to"],
                )
        };
        // "3 civilians and 2 rebels were killed", "... along with 2 rebels were killed":
        // people joined right after the first share the verb after the second.
        let joined = k == from && joined_people(w, k).is_some();
        // "two former rebels who had joined the Fourth Division were assassinated": a
        // relative clause with a verb of its own, then the clause's passive verb.
        let relative = || {
            k == from && w.is_any(k, &["who", "that"]) && w.is_any(k + 1, &["had", "have", "has"])
        };
        if w.is_any(
            k,
            &[
                "from",
                "in",
                "of",
                "with",
                "belonging",
                "affiliated",
                "loyal",
                "as",
                "and",
                "along",
                "together",
                "alongside",
                "for",
            ],
        ) || participle()
            || relative()
        {
            let mut landing = None;
            for j in k + 1..(k + 24).min(w.len()) {
                if w.is_any(
                    j,
                    &[".", ";", "who", "whom", "which", "after", "while", "when"],
                ) || (!joined && w.words[j].kind == WordKind::Digits)
                {
                    break;
                }
                // "a fighter in the ranks of the rebel groups died": the phrase ends at
                // the clause's own verb. (Not after a verb's participle: "are reported
                // to have died" is a report, read by the rules for hedged tolls.)
                if d.outcome_at(j).is_some() {
                    // ("left two SDF members and three of the tribal fighters dead":
                    // "dead" is never a verb with an object.)
                    landing =
                        (j > k + 1 && k == from && w.is_any(j, &["died", "perished", "dead"]))
                            .then_some(j);
                    break;
                }
                if w.is_any(j, &["was", "were"]) {
                    landing = Some(j);
                    break;
                }
            }
            if let Some(j) = landing {
                k = j;
                continue;
            }
        }
        if let Some(h) = d.outcome_at(k) {
            let (o, pos) = d.lex.outcomes.values[h.id];
            if matches!(pos, OutcomePosition::After | OutcomePosition::Both) {
                // "gunmen shot and killed a QSD fighter": an active verb with an object
                // makes the words before it the killers, not the killed.
                let passive = (from..k).any(|x| {
                    w.is_any(
                        x,
                        &["were", "was", "been", "be", "being", "got", "are", "is"],
                    )
                });
                let is_object = |n: usize| {
                    w.words.get(n).is_some_and(|x| x.kind == WordKind::Digits)
                        || w.is_any(
                            n,
                            &[
                                "a", "an", "the", "two", "three", "four", "five", "several",
                                "dozens", "tens", "one", "him", "her", "them", "another",
                                "members", "fighters", "many", "some", "scores", "hundreds",
                                "numerous",
                            ],
                        )
                        || d.actor_at(n).is_some()
                        || d.is_noun(n)
                };
                // "assassinated using small arms fire a member of the QSD": the means
                // stands between the verb and its object.
                let n = h.last + 1;
                let object = is_object(n)
                    || (w.is_any(n, &["using", "with"])
                        && (n + 1..(n + 6).min(w.len()))
                            .any(|k| w.is_any(k, &["a", "an", "the"]) && is_object(k)));
                // Civilians are not said to kill: "3 civilians killed 12 others injured"
                // is a headline's two tolls.
                let victims = from > 0
                    && w.is_any(
                        from - 1,
                        &[
                            "civilians",
                            "people",
                            "persons",
                            "children",
                            "women",
                            "citizens",
                        ],
                    );
                if pos == OutcomePosition::Both && !passive && object && !victims {
                    return None;
                }
                // "at least 12 civilians and injured many others": a verb after "and"
                // with an object of its own opens another clause, with its own people.
                if object && !passive && k > from && w.is(k - 1, "and") {
                    return None;
                }
                return Some((o, h.last));
            }
            return None;
        }
        if !w.is_any(
            k,
            &[
                "who",
                "which",
                "that",
                "were",
                "was",
                "are",
                "is",
                "have",
                "has",
                "had",
                "been",
                "also",
                "reportedly",
                "all",
                "later",
                "got",
                "get",
                "being",
                "-",
                ",",
                "were",
                "allegedly",
                "been",
                "and",
                "being",
                "subsequently",
                "eventually",
                "then",
                "themselves",
                "at",
                "least",
                "others",
                "other",
                "the",
                "members",
                "fighters",
                "of",
                "them",
                "others",
                "found",
                "later",
                "instantly",
                "immediately",
                "reported",
                "confirmed",
                "hit",
                "'",
                "s",
                "sniped",
                "shot",
            ],
        ) {
            return None;
        }
        k += 1;
        skipped += 1;
    }
    None
}

fn parse_figure(d: &Doc<'_>, num: NumberExpr, prev: &[Figure]) -> Option<Figure> {
    let w = &d.words;
    let sentence = d.sentence_of[num.first];
    let mut count = num.count;
    let after = num.last + 1;
    // Units that make a number something other than people.
    if w.words
        .get(after)
        .is_some_and(|x| x.start == w.words[num.last].end && x.kind == WordKind::Alpha)
        && w.is_any(after, &["st", "nd", "rd", "th", "km", "s", "m", "am", "pm"])
    {
        return None;
    }
    // "a 52 Armored Brigade soldier", "the 105 Brigade": a formation's number, written
    // before its capitalised name.
    if num.count.best.is_some()
        && crate::doc::bare_formation_number(
            w,
            num.first,
            num.last,
            &[
                "brigade",
                "division",
                "regiment",
                "battalion",
                "corps",
                "armored",
                "armoured",
                "mechanized",
                "mechanised",
                "infantry",
                "squadron",
            ],
        )
    {
        return None;
    }
    // "557 at least, the number of ...", "4 at least of the SDF".
    let after_hedge = if hedge_after(w, after).is_some() {
        after + 2
    } else {
        after
    };
    let mut np = noun_phrase(d, after_hedge, 4);
    // "killing ISIS leader": a bare party name stands for the article ("killing the
    // leader"), and names the person's side.
    if num.article
        && np.parties.is_empty()
        && !w.is_any(
            num.first,
            &[
                "a", "an", "one", "another", "the", "his", "her", "its", "their",
            ],
        )
    {
        if let Some(a) = d.actor_at(num.first) {
            np.parties.push(a.party);
        }
    }
    if np.end < after_hedge {
        np.end = after_hedge.saturating_sub(1).max(num.last);
    }
    if family_of(w, num.first) && !np.has_noun && np.parties.is_empty() {
        np.has_noun = true;
        np.noun_party = Some(crate::lexicon::NounParty::Party(Party::Civilians));
    }
    // "34 members at least of the organization": the hedge may follow the noun.
    let post_hedge = (after..=np.end + 1).find_map(|k| hedge_after(w, k));
    if let Some((q, _)) = post_hedge {
        count = hedged(count, q);
    }
    // "5 fatalities"; "2 civilian fatalities", where a noun of people names whose.
    let noun_outcome = [after_hedge, np.scan_end, np.end + 1]
        .into_iter()
        .find_map(|k| {
            d.outcome_at(k).filter(|h| {
                !np.has_noun || (h.first == np.end + 1 && np.end == after_hedge && !num.article)
            })
        })
        .filter(|h| d.lex.outcomes.values[h.id].1 == OutcomePosition::Noun);
    let rise = rise_cue(d, &num);
    let number_of =
        number_of_cue(d, np.end.max(num.last) + 1).or_else(|| number_of_before(d, num.first));
    if let Some(k) = number_of {
        // "1213 the number of members and leaders of the IS Organization"; "the number of
        // those killed of regime soldiers ...": the people are named after "of".
        let mut np2 = noun_phrase(d, k, 4);
        if !np2.has_noun && np2.parties.is_empty() && w.is(k, "those") {
            if let Some(of) = (k + 1..(k + 6).min(w.len())).find(|&x| w.is_any(x, &["of", "among"]))
            {
                np2 = noun_phrase(d, of + 1, 4);
            }
        }
        if np.parties.is_empty() && !np.mixed_list {
            np.parties = np2.parties;
            np.both |= np2.both;
            if np.noun_party.is_none() {
                np.noun_party = np2.noun_party;
            }
            np.subgroup = np.subgroup.or(np2.subgroup);
        }
        np.has_noun |= np2.has_noun;
        np.end = np.end.max(np2.end);
    }
    if num.article && !np.has_noun && np.parties.is_empty() {
        // "one was killed and others injured": "one" alone, right before its verb; or
        // right after it ("killing one").
        let one_then_verb =
            w.is(num.first, "one") && outcome_after(d, after).is_some_and(|(_, l)| l <= after + 3);
        let verb_then_one =
            w.is(num.first, "one") && num.first > 0 && d.outcome_ending_at(num.first - 1).is_some();
        if !one_then_verb && !verb_then_one {
            return None;
        }
    }
    let before = outcome_before(d, &num);
    // "following the killing of a civilian", "on charges of killing a QSD leader", "tried
    // to kill a QSD fighter": a death that was the cause, the charge or the aim of this
    // event is not its toll.
    if before.is_some_and(|(_, first)| cause_or_aim(w, first)) {
        return None;
    }
    let mut after_outcome = if np.has_noun {
        outcome_after(d, np.end + 1)
    } else if !np.parties.is_empty() {
        // "One SDF media representative died": the verb follows the words after the party.
        outcome_after(d, np.end + 1).or_else(|| outcome_after(d, np.scan_end))
    } else {
        outcome_after(d, after)
    };
    if let Some(k) = number_of {
        // The outcome of "the number of people (who were) killed" follows that phrase.
        let np2 = noun_phrase(d, k, 4);
        after_outcome = after_outcome.or_else(|| outcome_after(d, np2.end + 1));
    }
    // "the death toll from the strikes was 45", "the death toll rose to 45": the
    // event's total of deaths, told by the toll it names.
    let death_toll = noun_outcome.is_none()
        && before.is_none()
        && after_outcome.is_none()
        && !np.has_noun
        && death_toll_before(d, num.first);
    let total = (noun_outcome.is_some() || death_toll) && np.parties.is_empty();
    // "Three civilians killed 12 others injured": the verb before the number has its
    // own subject just before it; this number's verb is the one right after it.
    let before = before.filter(|&(_, first)| {
        let own_subject = (first.saturating_sub(2)..first).any(|k| d.is_noun(k));
        let adjacent_after = after_outcome.is_some_and(|(_, l)| l <= np.end.max(num.last) + 3);
        !(own_subject && adjacent_after)
    });
    let (outcome, outcome_before_word, last) = if let Some(h) = noun_outcome {
        (
            Some(d.lex.outcomes.values[h.id].0),
            None,
            h.last.max(np.end),
        )
    } else if let Some((o, first)) = before {
        // A verb right before the number ("executed more than 713") names what
        // happened; a later relative clause ("who were arrested") tells their past.
        (Some(o), Some(first), np.end.max(num.last))
    } else if let Some((o, l)) = after_outcome {
        (Some(o), None, l)
    } else if death_toll {
        (Some(Outcome::Killed), None, np.end.max(num.last))
    } else if w.is_any(after_hedge, &["bodies", "corpses"])
        || (w.is_any(after_hedge + 1, &["bodies", "corpses"]) && np.has_noun)
    {
        // "2 bodies of IS fighters were found", "2 QDW bodies": the dead, counted.
        (Some(Outcome::Killed), None, np.end.max(num.last))
    } else {
        (None, None, np.end.max(num.last))
    };
    // "killing and injuring several", "were killed and injured": a toll with no split
    // between dead and wounded is not a death toll.
    if let Some(o) = outcome {
        let pair =
            |a: Outcome, b: Outcome| a != b && (a == Outcome::Injured || b == Outcome::Injured);
        let combined = |i: usize| {
            w.is_any(i, &["and", "or"])
                && d.outcome_at(i + 1)
                    .is_some_and(|h| pair(d.lex.outcomes.values[h.id].0, o))
        };
        let around = outcome_before_word.map_or(false, |b| {
            let h = d.outcome_at(b);
            h.is_some_and(|h| combined(h.last + 1))
                || (b >= 2
                    && w.is_any(b - 1, &["and", "or"])
                    && d.outcome_ending_at(b - 2)
                        .is_some_and(|h| pair(d.lex.outcomes.values[h.id].0, o)))
        }) || (outcome_before_word.is_none() && combined(last + 1));
        if around && !total {
            return None;
        }
    }
    // "lost several armoured vehicles": only people lost are dead. Whoever lost them
    // is their party ("while HTS lost 3 of its fighters").
    if let Some(b) = outcome_before_word.filter(|&b| w.is(b, "lost")) {
        if !np.has_noun {
            return None;
        }
        let mut k = b;
        while k > 0 && w.is_any(k - 1, &["has", "have", "had", "also", "so", "far"]) {
            k -= 1;
        }
        let subject = d
            .actors_in(k.saturating_sub(8), k)
            .iter()
            .rev()
            .find(|a| a.last + 1 == k);
        if let Some(a) = subject {
            np.parties = vec![a.party];
        }
    }
    let part_cue = part_cue(d, &num);
    // Without people or an outcome, a number is not a casualty figure ("20 shells", "65 km").
    if !np.has_noun && np.parties.is_empty() && noun_outcome.is_none() && outcome.is_none() {
        return None;
    }
    // Nor is a count of strikes or raids, whatever verb stands before it ("the warplanes
    // executed 4 airstrikes").
    if !np.has_noun
        && np.parties.is_empty()
        && w.is_any(
            after_hedge,
            &[
                "airstrikes",
                "strikes",
                "raids",
                "air",
                "shells",
                "rockets",
                "missiles",
                "attacks",
                "explosions",
                "barrel",
                "bombs",
                "rounds",
                "sorties",
            ],
        )
    {
        return None;
    }
    if outcome.is_none()
        && part_cue.is_none()
        && rise.is_none()
        && number_of.is_none()
        && !coordinated_with_part(d, &num, prev)
    {
        // Coordinated with a previous figure: "have killed 12 members ... and 20 fighters",
        // "killed 3 civilians along with 2 rebels".
        let p = prev.last().filter(|p| {
            p.sentence == sentence
                && p.outcome.is_some()
                && num.first > 0
                && ((w.is_any(num.first - 1, &["and", ","])
                    && p.last + 1 >= num.first.saturating_sub(1))
                    || joined_people(w, p.last + 1) == Some(num.first))
        })?;
        if !(np.has_noun || !np.parties.is_empty()) {
            return None;
        }
        // "4 members were killed and 3 others went missing": a verb of its own.
        if w.is_any(
            np.end + 1,
            &[
                "went", "were", "was", "are", "is", "got", "remain", "remained", "fled", "escaped",
                "managed",
            ],
        ) {
            return None;
        }
        let last = num.last.max(np.end);
        return Some(finish(
            d, num, np, count, p.outcome, None, last, prev, sentence, false,
        ));
    }
    if !np.has_noun
        && np.parties.is_empty()
        && outcome.is_some()
        && noun_outcome.is_none()
        && before.is_none()
        && part_cue.is_none()
        && !death_toll
    {
        // "2 killed" with nothing else: only with the outcome right after the number.
        if !after_outcome.is_some_and(|(_, l)| l <= after + 1) {
            return None;
        }
    }
    Some(finish(
        d,
        num,
        np,
        count,
        outcome,
        outcome_before_word,
        last,
        prev,
        sentence,
        total,
    ))
}

/// Nouns for a party's attack, which may be the subject of a verb of killing.
const ATTACK_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "offensive",
    "assault",
    "ambush",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "raid",
    "raids",
    "shelling",
    "bombardment",
    "bombing",
    "bombings",
    "shells",
    "missiles",
    "rockets",
];

/// The side of people counted with no side of their own: the armed party named last
/// before them, but not the one that does the killing ("Rebel snipers killed several
/// soldiers": the soldiers are no rebels), which leaves the party named before it.
/// (Only a finite verb right after its subject: in "IS attacked regime forces, killing
/// 2" the party named last is the one attacked.)
fn victims_side(d: &Doc<'_>, at: usize, outcome_before: Option<usize>) -> Option<Party> {
    let w = &d.words;
    let agent = outcome_before
        .filter(|&v| !w.w(v).ends_with("ing"))
        .and_then(|v| {
            let s = d.sentences[d.sentence_of[v]];
            let hits = d.actors_in(s.0, v);
            let mut i = hits.iter().rposition(|a| a.last < v)?;
            // The actor right before the verb, past words that name its men: its subject.
            let gap_ok = (hits[i].last + 1..v).all(|k| {
                w.is_any(
                    k,
                    &[
                        "snipers",
                        "fighters",
                        "forces",
                        "members",
                        "militants",
                        "gunmen",
                        "troops",
                        "units",
                        "militiamen",
                        "elements",
                        "reportedly",
                        "have",
                        "has",
                        "had",
                    ],
                )
            });
            // "IS attack on an army post kills 30", "Russian air strikes kill 12": the
            // party's act is the subject, and those it killed are not its men.
            let act_subject = || {
                let mut k = hits[i].last + 1;
                if w.is(k, "air") {
                    k += 1;
                }
                w.is_any(k, ATTACK_NOUNS)
                    && v - k <= 10
                    && (k + 1..v).all(|j| !w.is_any(j, &[",", ".", ";", ":", "and", "as"]))
            };
            if !((gap_ok && v - hits[i].last <= 3) || act_subject()) {
                return None;
            }
            // The whole subject: "IS gunmen" is two hits, "Rebel and Islamist factions"
            // two parties.
            let mut parties = vec![hits[i].party];
            while i > 0
                && (hits[i - 1].last + 1 >= hits[i].first
                    || hits[i - 1].last + 2 == hits[i].first
                        && w.is_any(hits[i].first - 1, &["and", ","]))
            {
                i -= 1;
                parties.push(hits[i].party);
            }
            parties
                .iter()
                .any(|p| p.is_armed())
                .then_some((hits[i].first, parties))
        });
    // "executed at least 70 of its own members": the agent's own men.
    let own = (at + 1..at + 7).any(|k| w.is(k, "of") && w.is_any(k + 1, &["its", "their"]));
    match agent.filter(|_| !own) {
        Some((first, parties)) => {
            let s = d.sentences[d.sentence_of[first]];
            d.actors_in(s.0, first)
                .iter()
                .rev()
                .map(|a| a.party)
                .find(|p| p.is_armed() && !parties.contains(p))
        }
        None => d.context_party(at),
    }
}

#[allow(clippy::too_many_arguments)]
fn finish(
    d: &Doc<'_>,
    num: NumberExpr,
    np: NounPhrase,
    count: Count,
    outcome: Option<Outcome>,
    outcome_before: Option<usize>,
    last: usize,
    prev: &[Figure],
    sentence: usize,
    total: bool,
) -> Figure {
    let mut parties = np.parties.clone();
    parties.sort();
    parties.dedup();
    let same_sentence_prev = prev
        .iter()
        .rev()
        .find(|p| p.sentence == sentence && p.role != FigureRole::Dropped);
    // "killing 2 of them": the people named last.
    // ("Six of them were killed in Russian airstrikes", opening a sentence: the people
    // of the toll the sentence before told.)
    let opens_sentence = num.first <= d.sentences[sentence].0 + 1;
    let them = (np.noun_party.is_none() && d.words.phrase_at(num.last + 1, "of them"))
        .then(|| {
            them_group(d, num.first).or_else(|| {
                prev.iter()
                    .find(|p| {
                        opens_sentence
                            && p.sentence + 1 == sentence
                            && p.role == FigureRole::Whole
                            && p.count
                                .best
                                .is_some_and(|n| count.best.is_some_and(|c| c <= n))
                    })
                    .map(|p| p.party)
            })
        })
        .flatten();
    let party = if np.both || np.mixed_list || parties.len() > 1 {
        Party::Mixed
    } else if parties == [Party::Tribal]
        && matches!(np.noun_party, Some(NounParty::Party(Party::Civilians)))
    {
        // "a dignitary of Al-Baggara tribe", "a teacher from the clan": a tribe's
        // civilians are civilians; only its fighters are a side.
        Party::Civilians
    } else if parties.len() == 1 {
        parties[0]
    } else {
        match np.noun_party {
            Some(NounParty::Party(p)) => p,
            // "5 people were killed in the clashes" pools whoever died; one man or one
            // person named with no side ("a young man was injured by gunfire") is a
            // civilian, as a fighter would be named by his side.
            Some(NounParty::People) => match outcome {
                Some(Outcome::Abducted | Outcome::Arrested | Outcome::Executed) => Party::Civilians,
                _ if count.best == Some(1) && count.qualifier == Qualifier::Exact => {
                    Party::Civilians
                }
                _ => Party::Mixed,
            },
            None if them.is_some() => them.unwrap_or(Party::Unknown),
            Some(NounParty::Others) | Some(NounParty::FromContext) | None => {
                let from_prev = same_sentence_prev.map(|p| p.party).filter(|p| p.is_armed());
                match (np.noun_party, from_prev) {
                    // ("killed nearly 20 people, including 6 civilians and 9 members of
                    // the factions, and injured more than 30 others": others than the
                    // whole, not than its last part.)
                    (Some(NounParty::Others), _) if same_sentence_prev.is_some() => prev
                        .iter()
                        .enumerate()
                        .rev()
                        .take_while(|(_, p)| p.sentence == sentence)
                        .filter(|(_, p)| p.role != FigureRole::Dropped)
                        .find(|(j, p)| {
                            part_cue(d, &p.num).is_none()
                                && !coordinated_with_part(d, &p.num, &prev[..*j])
                        })
                        .or_else(|| same_sentence_prev.map(|p| (0, p)))
                        .map_or(Party::Unknown, |(_, p)| p.party),
                    (_, Some(p)) if !total => p,
                    _ if total => toll_victims(d, num.first).unwrap_or(Party::Mixed),
                    _ => victims_side(d, num.first, outcome_before).unwrap_or(Party::Unknown),
                }
            }
        }
    };
    let first = outcome_before.map_or(num.first, |o| o.min(num.first));
    // "a member of IS and his wife", "a regime officer and his escort": one person named
    // with an article, and one more of his.
    let w = &d.words;
    let mut count = count;
    // The last word of the kin counted with one person ("a woman and her three children").
    let mut kin_end = num.last;
    if num.article && count.best == Some(1) {
        // (Or "and his 5 escorts": one and five more.)
        // (Right after the figure only when the verb came before it: "killed X and his 5
        // escorts", not "a woman was killed and her son was wounded".)
        // (And a list of them: "a man, his wife and their two children" is four.)
        let end = last.max(num.last) + usize::from(outcome_before.is_some());
        // Those one of "and his/her/their ..." at `k` adds, and the word after them.
        let kin = |k: usize| -> Option<(u32, usize)> {
            if !w.is_any(k, &["and", ","]) {
                return None;
            }
            let (noun, count) = owned_people(d, k + 1)?;
            Some((count.best?, noun + 1))
        };
        let first_kin = (num.last + 1..=end).find_map(|k| {
            // A list's first member may follow a comma: "a man, his wife and ...".
            kin(k).filter(|_| w.is(k, "and") || kin_list_goes_on(k, &kin))
        });
        if let Some((mut more, mut next)) = first_kin {
            while let Some((m, after)) = kin(next) {
                more += m;
                next = after;
            }
            count = Count::exact(1 + more);
            kin_end = next - 1;
        }
    }
    Figure {
        num,
        first,
        last: last.max(num.last),
        outcome,
        outcome_before,
        party,
        // "A woman and her two children" are three people, not three women.
        subgroup: np.subgroup.filter(|_| kin_end == num.last),
        count,
        role: FigureRole::Whole,
        tally: false,
        sentence,
        total,
        named: np.has_noun || !np.parties.is_empty(),
        np_end: np.end.max(kin_end),
    }
}

/// Whether the kin named after a comma at `k` ("a man, his wife") run on to an "and"
/// ("... and their two children"): a list of them, not a new clause ("a man, his
/// brother said").
fn kin_list_goes_on(k: usize, kin: &dyn Fn(usize) -> Option<(u32, usize)>) -> bool {
    let mut at = k;
    while let Some((_, next)) = kin(at) {
        if next > at + 1 && kin(next).is_some() {
            return true;
        }
        at = next;
    }
    false
}

/// Whether the number at word `first` is what a death toll named before it in the
/// sentence came to: "the death toll from the strikes was 45", "the death toll rose to
/// at least 45".
fn death_toll_before(d: &Doc<'_>, first: usize) -> bool {
    death_toll_phrase_before(d, first).is_some()
}

/// Where the phrase "death toll" of [`death_toll_before`] opens ("death").
pub fn death_toll_phrase_before(d: &Doc<'_>, first: usize) -> Option<usize> {
    let w = &d.words;
    let start = d.sentences[d.sentence_of[first]].0;
    // (A hedge, "at least 24", is part of the number: `first` is its first word.)
    let mut k = first;
    if k > start && w.is_any(k - 1, &["to", "at"]) {
        k -= 1;
    }
    // "The White Helmets put the death toll at 15": a source's estimate of the toll.
    if k >= start + 4
        && w.is(k, "at")
        && w.phrase_at(k - 2, "death toll")
        && w.is(k - 3, "the")
        && w.is_any(
            k - 4,
            &[
                "put",
                "puts",
                "putting",
                "placed",
                "places",
                "estimated",
                "estimates",
            ],
        )
    {
        return Some(k - 2);
    }
    if k == start || !w.is_any(k - 1, TOLL_VERBS) {
        return None;
    }
    // (Not "the previous death toll was 20": a figure the report has since replaced.)
    // The toll may name its event at length ("the death toll of the Israeli strikes that
    // targeted ... after midnight yesterday rose to nine"), but no other number may
    // stand between: that would be a count of its own.
    (k.saturating_sub(30).max(start + 1)..k - 1)
        .rev()
        // (A date's numbers are no count: "the death toll of the car bomb explosion ... on
        // the 23rd of last month has risen to 19".)
        // (Nor is an article: "which rocked a crowded market".)
        .take_while(|&j| {
            d.in_date[j] || !starts_number(w, j) || number_at(w, j).is_some_and(|n| n.article)
        })
        .find(|&j| {
            w.is(j, "toll")
                && w.is(j - 1, "death")
                && !(j >= 2 && w.is_any(j - 2, &["previous", "earlier", "initial", "old"]))
        })
        .map(|j| j - 1)
}

/// The one side a death toll's own words name as the people hit ("the death toll of the
/// attack by ISIS cells on a bus carrying regime soldiers has risen to 16": the
/// soldiers'): a party named right before a person noun, after a word that makes them
/// the target. None if the words name no such side, or more than one.
fn toll_victims(d: &Doc<'_>, first: usize) -> Option<Party> {
    let w = &d.words;
    let start = death_toll_phrase_before(d, first)?;
    let mut sides = d
        .actors_in(start, first)
        .iter()
        .filter(|a| {
            (d.is_noun(a.last) || d.is_noun(past_head_noun(w, a.last + 1)))
                && (a.first.saturating_sub(3)..a.first).any(|k| {
                    w.is_any(
                        k,
                        &["on", "carrying", "targeting", "against", "transporting"],
                    )
                })
        })
        .map(|a| a.party);
    let side = sides.next()?;
    // (Civilians named beside them make the toll a pooled one.)
    let civilians = (start..first).any(|k| {
        d.noun_at(k).is_some_and(|n| {
            matches!(
                n.party,
                NounParty::Party(Party::Civilians) | NounParty::People
            )
        })
    });
    (sides.all(|p| p == side) && !civilians).then_some(side)
}

/// Whether word `j` is a number's first word (digits or a number word).
fn starts_number(w: &Words<'_>, j: usize) -> bool {
    w.w(j).bytes().next().is_some_and(|b| b.is_ascii_digit()) || number_at(w, j).is_some()
}

fn rise_cue(d: &Doc<'_>, num: &NumberExpr) -> Option<usize> {
    let w = &d.words;
    let f = num.first;
    for back in 1..=3 {
        if f < back {
            break;
        }
        let k = f - back;
        if is_rise_word(w.w(k)) {
            return Some(k);
        }
        if !w.is_any(
            k,
            &[
                "to", "up", "the", "toll", "number", "total", "of", "a", "at", "least",
            ],
        ) {
            break;
        }
    }
    if f >= 2 && (w.phrase_at(f - 2, "total of") || w.phrase_at(f.saturating_sub(3), "a total of"))
    {
        return Some(f - 2);
    }
    None
}

/// "the death toll of the Israeli strikes ... was nine": the number a death toll of an
/// event (not "of" people counted) came to.
fn event_toll(d: &Doc<'_>, num: &NumberExpr) -> bool {
    death_toll_before(d, num.first) && number_of_before(d, num.first).is_none()
}

/// "the death toll of the Israeli strikes ... rose to nine": an event's toll, told as it
/// grows.
fn rising_event_toll(d: &Doc<'_>, num: &NumberExpr) -> bool {
    rise_cue(d, num).is_some() && event_toll(d, num)
}

/// "the number of regime soldiers killed in the desert since March rose to 1398": the
/// people counted are named before the verb that gives their number. Returns the word
/// after "of".
fn number_of_before(d: &Doc<'_>, first: usize) -> Option<usize> {
    counted_people_before(d, first).map(|(_, after)| after)
}

/// [`number_of_before`] with where its phrase opens: ("the" of "the number of", the
/// word after "of").
pub fn counted_people_before(d: &Doc<'_>, first: usize) -> Option<(usize, usize)> {
    let w = &d.words;
    let start = d.sentences[d.sentence_of[first]].0;
    // (A hedge, "at least 24", is part of the number: `first` is its first word.)
    let k = if first > start && w.is_any(first - 1, &["to", "at"]) {
        first - 1
    } else {
        first
    };
    if k <= start || !w.is_any(k - 1, TOLL_VERBS) {
        return None;
    }
    // (The people may be named at length: "the death toll of regime soldiers and members
    // of the pro-regime militias of Syrian and non-Syrian nationalities killed in ISIS
    // attacks, ambushes and explosions in the desert since March 24, 2019 rose to".)
    // A clause before it ("..., while it rose to 388") or another count (not a date's
    // numbers or a span of time) between it and the number ends the look-back. (The
    // phrase is looked for first, and the words between it and the number read only
    // where one is found: most numbers after "was" or "is" have none.)
    let count_between = |j: usize| {
        (j..k - 1).any(|x| {
            // ("the number of people killed while collecting truffles has risen to 86":
            // "while" before a participle is no clause.)
            w.is(x, ";")
                || (w.is(x, "while") && !w.w(x + 1).ends_with("ing"))
                || (!d.in_date[x]
                    && starts_number(w, x)
                    // ("abducted in the last three days stands at 220": a span of time.)
                    && !number_at(w, x).is_some_and(|n| w.is_any(n.last + 1, TIME_UNITS)))
        })
    };
    (k.saturating_sub(45).max(start)..k - 1)
        .rev()
        .filter(|&j| w.is(j, "the"))
        .filter(|&j| !(j > start && w.is_any(j - 1, &["previous", "earlier", "initial"])))
        .find_map(|j| {
            // ("the death toll of regime soldiers killed ... rose to 45" too.)
            // A toll "of" an event ("the death toll of the Israeli strikes") names no
            // people: the toll is the event's (`death_toll_before`).
            // ("the death toll of regime soldiers killed ...": a party's name that
            // holds its noun names people too, where no event word follows it.)
            let people = |k: usize| {
                let np = noun_phrase(d, k, 4);
                np.has_noun || (!np.parties.is_empty() && !d.trigger_at(np.end + 1))
            };
            if w.phrase_at(j, "the number of") {
                Some((j, j + 3))
            } else if w.phrase_at(j, "the toll of") {
                people(j + 3).then_some((j, j + 3))
            } else if w.phrase_at(j, "the death toll of") {
                people(j + 4).then_some((j, j + 4))
            } else {
                None
            }
        })
        .filter(|&(j, _)| !count_between(j))
}

/// Verbs that give a toll its number: "rose to 45", "reached 45", "was 45".
const TOLL_VERBS: &[&str] = &[
    "was",
    "is",
    "rose",
    "rises",
    "reached",
    "reaches",
    "climbed",
    "climbs",
    "stood",
    "stands",
    "jumped",
    "jumps",
    "increased",
    "increases",
    "risen",
    "hit",
    "hits",
    "now",
];

/// "N, the number of ..." (or "N the number of"): returns the word after "of".
fn number_of_cue(d: &Doc<'_>, from: usize) -> Option<usize> {
    let w = &d.words;
    let k = if w.is(from, ",") { from + 1 } else { from };
    if w.phrase_at(k, "the number of") {
        return Some(k + 3);
    }
    if w.is(k, "the") && w.is_any(k + 1, &["members", "number"]) {
        return Some(k + 1);
    }
    None
}

fn part_cue(d: &Doc<'_>, num: &NumberExpr) -> Option<usize> {
    let w = &d.words;
    let mut k = num.first;
    // "(including", "-including a woman-", ", among them"
    for _ in 0..2 {
        if k == 0 {
            return None;
        }
        if w.is_any(k - 1, &["(", ",", "-"]) {
            k -= 1;
            continue;
        }
        break;
    }
    // "including 4 women", "including at least 2", "(including about 300"
    for gap in 0..=2 {
        if k > gap && w.is_any(k - 1 - gap, &["including", "includes", "include"]) {
            let between_ok =
                (k - gap..k).all(|x| w.words[x].kind == WordKind::Alpha && !d.is_noun(x));
            if between_ok {
                return Some(k - 1 - gap);
            }
        }
    }
    if k >= 2
        && (w.phrase_at(k - 2, "among them")
            || w.phrase_at(k - 2, "among whom")
            || w.phrase_at(k - 2, "of whom"))
    {
        return Some(k - 2);
    }
    // "claimed the lives of 263 people, they are: 98 civilians, ...", "as follows: 98".
    if k >= 3
        && w.is(num.first - 1, ":")
        && (w.phrase_at(k - 3, "they are") || w.phrase_at(k - 3, "as follows"))
    {
        return Some(k - 3);
    }
    // Without the colon, after a pause: "rose to nine, they are three soldiers of the
    // regime forces and six fighters ...", ", namely 3 soldiers and 6 fighters".
    if k >= 3
        && w.is(k - 3, ",")
        && (w.phrase_at(k - 2, "they are") || w.phrase_at(k - 2, "they were"))
    {
        return Some(k - 2);
    }
    // ", namely 3 soldiers", "namely: 3 civilians, 41 ...": "namely" always opens one.
    let j = if k >= 1 && w.is(k - 1, ":") { k - 1 } else { k };
    if j >= 1 && w.is(j - 1, "namely") {
        return Some(j - 1);
    }
    // "killed 87 people: 3 civilians, 41 members of ...": a colon right after the people
    // of a figure opens their breakdown (not after a verb: "SOHR said: 3 people ...").
    let c = num.first;
    if c >= 2
        && w.is(c - 1, ":")
        && (d.is_noun(c - 2)
            || d.actors_in(c.saturating_sub(8), c - 1)
                .iter()
                .any(|a| a.last == c - 2))
    {
        return Some(c - 1);
    }
    if w.phrase_at(num.last + 1, "of them") || w.phrase_at(num.last + 1, "of whom") {
        return Some(num.last + 1);
    }
    None
}

fn coordinated_with_part(d: &Doc<'_>, num: &NumberExpr, prev: &[Figure]) -> bool {
    let w = &d.words;
    // Joined to the figure before: "..., 118 members", "... and 16 members".
    let joined = |num: &NumberExpr, p: &Figure| {
        num.first > 0
            && w.is_any(num.first - 1, &["and", ","])
            && num.first.saturating_sub(p.last) <= 3
    };
    // Roles are assigned later: a part is known here by its cue ("including"), or as
    // the next of a list that opened with one ("including 98 civilians, 118 members of
    // the regime forces, 31 former rebels, and 16 ...").
    let mut at = num;
    for p in prev.iter().rev() {
        if !joined(at, p) {
            return false;
        }
        if part_cue(d, &p.num).is_some()
            || matches!(p.role, FigureRole::Part(_) | FigureRole::Dropped)
        {
            return true;
        }
        at = &p.num;
    }
    false
}

/// Parts of breakdowns, nested parts, and repetitions.
fn assign_roles(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for i in 0..figs.len() {
        let s = figs[i].sentence;
        let start = sentence_range(figs, i).start;
        let cue = part_cue(d, &figs[i].num);
        let prev = (start..i).next_back();
        let whole = (start..i)
            .rev()
            .find(|&j| figs[j].sentence == s && figs[j].role == FigureRole::Whole);
        // A list opened by a colon ("they are: 19 civilians killed in Eastern Ghouta by
        // airstrikes, 8 civilians killed in Afrin by Turkish shelling, and 12 ...") runs
        // on through items that tell their own place and cause, as long as they tell
        // the whole's outcome.
        let in_colon_list = |p: usize| {
            let Some(wh) = (start..=p).rev().find_map(|j| match figs[j].role {
                FigureRole::Part(wh) => Some(wh),
                _ => None,
            }) else {
                return false;
            };
            let first = (start..=p).find(|&j| figs[j].role == FigureRole::Part(wh));
            figs[i].outcome == figs[wh].outcome
                && first.is_some_and(|j| {
                    figs[j].sentence == s
                        && part_cue(d, &figs[j].num)
                            .is_some_and(|c| w.is_any(c, &["they", "as", "namely", ":"]))
                })
        };
        let coordinated = figs[i].num.first > 0
            && w.is_any(figs[i].num.first - 1, &["and", ","])
            && prev.is_some_and(|p| {
                figs[p].role != FigureRole::Whole
                    && (figs[i].num.first.saturating_sub(figs[p].last) <= 3 || in_colon_list(p))
            });
        if coordinated {
            let p = prev.expect("checked");
            // After a nested breakdown ("98 civilians including 6 women and 9 children,
            // 118 members of the regime forces"), a comma returns to the outer list.
            figs[i].role = match figs[p].role {
                FigureRole::Dropped if w.is(figs[i].num.first - 1, ",") => (start..p)
                    .rev()
                    .map(|j| figs[j].role)
                    .find(|r| matches!(r, FigureRole::Part(_)))
                    .unwrap_or(FigureRole::Dropped),
                r => r,
            };
            continue;
        }
        // "injuring him, who replied by shooting at the attackers, killing 1 of them":
        // "them" are several people, so a figure of one person is not their whole.
        let whole = whole.filter(|&wh| {
            !(figs[wh].count.best == Some(1)
                && cue.is_some_and(|c| c > figs[i].num.last && w.is(c + 1, "them")))
        });
        if let (Some(_), Some(wh)) = (cue, whole) {
            // A part right after another part, with no pause between: a part of that part.
            // ("(including ..." restates the whole's breakdown, so a parenthesis is a pause too.)
            // ("1,017 civilians, among them 241 children": "them" are the part just told,
            // whatever pause stands between.)
            let among_them = cue.is_some_and(|c| {
                w.is_any(c, &["among", "of"]) && w.is_any(c + 1, &["them", "whom"])
            });
            let nested = prev.is_some_and(|p| {
                matches!(figs[p].role, FigureRole::Part(_))
                    && figs[i].num.first.saturating_sub(figs[p].last) <= 4
                    && (among_them
                        || !(figs[p].last..figs[i].num.first)
                            .any(|k| w.is_any(k, &[",", "and", "("])))
            });
            figs[i].role = if nested {
                FigureRole::Dropped
            } else {
                FigureRole::Part(wh)
            };
            // "26100 of them": the people of the whole.
            if !figs[i].named {
                figs[i].party = figs[wh].party;
            }
            continue;
        }
        // The same count of the same people told again in one sentence.
        let repeated = (start..i).any(|j| {
            figs[j].sentence == s
                && figs[j].count.best.is_some()
                && figs[j].count.best == figs[i].count.best
                && (figs[j].outcome == figs[i].outcome || figs[j].role != FigureRole::Whole)
                && (figs[j].subgroup.is_some() && figs[j].subgroup == figs[i].subgroup)
        });
        if repeated {
            figs[i].role = FigureRole::Dropped;
        }
    }
    appositive_breakdowns(d, figs);
    // A breakdown never exceeds its whole: "killing 3 regime members including a leader,
    // 2 fuel smugglers, 3 QDW members, and 3 pro-Iran militiamen" lists more dead once
    // the parts joined to a list pass the whole's exact count. (A part with a cue of its
    // own, "(including 226 Syrians ...", is another cut of the same whole.)
    for wh in 0..figs.len() {
        let Some(n) = figs[wh].count.best.filter(|_| {
            figs[wh].role == FigureRole::Whole && figs[wh].count.qualifier == Qualifier::Exact
        }) else {
            continue;
        };
        let mut sum = 0u32;
        let mut over = false;
        // ("215 people: 60 civilians, including 4 children, 98 members of ...": children
        // and women told after a part of civilians are some of them, not more.)
        let mut civilians_told = false;
        for f in figs.iter_mut().skip(wh + 1) {
            if f.role != FigureRole::Part(wh) {
                continue;
            }
            let among_civilians =
                civilians_told && matches!(f.subgroup, Some("children" | "women"));
            civilians_told |= f.party == Party::Civilians && f.subgroup.is_none();
            if among_civilians {
                continue;
            }
            sum = sum.saturating_add(f.count.best.unwrap_or(0));
            over |= sum > n;
            if over && part_cue(d, &f.num).is_none() {
                f.role = FigureRole::Whole;
            }
        }
    }
    // Wholes with only women and children in their breakdown count civilians ("388
    // people including 141 children and 86 women"); not where other people are broken
    // out ("54 people, among them 21 civilians, including 4 children"). A breakdown in
    // brackets is another cut of the same people ("(including 226 Syrian citizens ...").
    for wh in 0..figs.len() {
        if figs[wh].party != Party::Mixed {
            continue;
        }
        let bracketed =
            |f: &Figure| (f.num.first.saturating_sub(2)..f.num.first).any(|k| w.is(k, "("));
        let parts: Vec<&Figure> = figs
            .iter()
            .filter(|f| f.role == FigureRole::Part(wh) && !bracketed(f))
            .collect();
        // (Civilians named as such among the parts set them apart from the rest.)
        // (A family, "a woman and her child", is one of those too.)
        let family = |f: &Figure| f.num.article && f.count.best.is_some_and(|n| n > 1);
        if parts
            .iter()
            .any(|f| matches!(f.subgroup, Some("women" | "children")) || family(f))
            && parts.iter().all(|f| {
                f.party == Party::Civilians && !w.is_any(f.np_end, &["civilians", "civilian"])
            })
        {
            figs[wh].party = Party::Civilians;
        }
    }
    // The reverse: "the execution of 3271 people ..., among them 1853 civilians": where
    // the civilians, named as such, are only some of the people, the rest are not.
    for wh in 0..figs.len() {
        let Some(n) = figs[wh]
            .count
            .best
            .filter(|_| figs[wh].party == Party::Civilians)
        else {
            continue;
        };
        let some_civilians = figs.iter().any(|f| {
            f.role == FigureRole::Part(wh)
                && f.party == Party::Civilians
                && w.is_any(f.np_end, &["civilians", "civilian"])
                && f.count.best.is_some_and(|c| c < n)
        });
        if some_civilians && !w.is_any(figs[wh].np_end, &["civilians", "civilian", "citizens"]) {
            figs[wh].party = Party::Mixed;
        }
    }
}

/// "Five fighters were killed on Monday, two from HTS and three from Jaysh Al-Ezzah":
/// a toll shared out between sides after a comma, "N from X and M from Y", whose shares
/// add up to it, is broken down by them (the shares are parts, not more dead).
fn shares_by_side(d: &Doc<'_>, figs: &mut Vec<Figure>) {
    let w = &d.words;
    // A share: a number, then "from"/"of" and a party's name (past an article or a
    // quotation mark). Returns the number, the party and the share's last word.
    let share = |k: usize| -> Option<(NumberExpr, Party, usize)> {
        let n = number_at(w, k).filter(|n| n.first == k && !n.article)?;
        if !w.is_any(n.last + 1, &["from", "of"]) {
            return None;
        }
        let mut a = n.last + 2;
        while a < n.last + 5 && w.is_any(a, &["the", "\"", "“", "'"]) {
            a += 1;
        }
        let actor = d.actor_at(a)?;
        Some((n, actor.party, actor.last))
    };
    let mut i = 0;
    while i < figs.len() {
        let whole = &figs[i];
        let (Some(n), Some(outcome)) = (whole.count.best, whole.outcome) else {
            i += 1;
            continue;
        };
        if whole.role != FigureRole::Whole || whole.tally || n < 2 {
            i += 1;
            continue;
        }
        // The comma that ends the whole's clause, within a few words of it (its verb and
        // date: "were killed on Monday,").
        let from = whole.last.max(whole.np_end) + 1;
        let Some(comma) = (from..(from + 6).min(w.len()))
            .take_while(|&k| !w.is_any(k, &[".", ";"]) && w.words[k].kind != WordKind::Digits)
            .find(|&k| w.is(k, ","))
        else {
            i += 1;
            continue;
        };
        let Some((first, p1, end1)) = share(comma + 1) else {
            i += 1;
            continue;
        };
        let mut k = end1 + 1;
        while w.is_any(k, &["\"", "”", "'"]) {
            k += 1;
        }
        let second = w.is(k, "and").then(|| share(k + 1)).flatten();
        let Some((second, p2, end2)) = second else {
            i += 1;
            continue;
        };
        if first.count.best.zip(second.count.best).map(|(a, b)| a + b) != Some(n) {
            i += 1;
            continue;
        }
        let sentence = whole.sentence;
        // (Shares of two sides make a whole of both.)
        if p1 != p2 && matches!(whole.party, Party::Unknown | Party::Mixed) {
            figs[i].party = Party::Mixed;
        }
        let mut pos = i + 1;
        for (num, party, end) in [(first, p1, end1), (second, p2, end2)] {
            let part = Figure {
                num,
                first: num.first,
                last: end,
                np_end: end,
                outcome: None,
                role: FigureRole::Part(i),
                named: true,
                ..Figure::implied(num.first, num.count, outcome, party, sentence)
            };
            // The share read already as a figure of its own ("killed on Monday, two
            // from HTS") becomes the part.
            match figs.iter().position(|f| f.num.first == num.first) {
                Some(at) => figs[at] = part,
                None => {
                    while pos < figs.len() && figs[pos].num.first < num.first {
                        pos += 1;
                    }
                    figs.insert(pos, part);
                    // (Indices of parts after it move up by one.)
                    for f in figs[pos + 1..].iter_mut() {
                        if let FigureRole::Part(x) = &mut f.role {
                            if *x >= pos {
                                *x += 1;
                            }
                        }
                    }
                }
            }
        }
        i += 1;
    }
}

/// "killed 5 civilians, 3 women and 2 children", "killed a family of 4, a man, his wife
/// and their two children": a list (or one group) set off by a comma right after a
/// figure, with the same outcome and people, whose counts add up to the figure's exactly,
/// breaks it down (or restates it) rather than adding to it.
fn appositive_breakdowns(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    for i in 0..figs.len() {
        let whole = &figs[i];
        let Some(n) = whole.count.best.filter(|_| whole.role == FigureRole::Whole) else {
            continue;
        };
        let mut sum = 0u32;
        let mut end = whole.np_end.max(whole.num.last);
        let mut parts = 0;
        // One group restating the figure follows a bare comma ("a family of 4, a man,
        // his wife and their two children"); after ", and" it is more people ("a
        // soldier, and a man who was sniped").
        let mut restating = false;
        for j in i + 1..figs.len() {
            let f = &figs[j];
            let gap = end + 1..f.num.first;
            if j == i + 1 {
                restating = !gap.clone().any(|k| w.is(k, "and"));
            }
            let set_off = gap.clone().any(|k| w.is_any(k, &[",", "(", "-", ":"]));
            let linking = gap.clone().all(|k| {
                w.is_any(
                    k,
                    &[
                        ",",
                        "(",
                        "-",
                        ":",
                        "and",
                        "his",
                        "her",
                        "their",
                        "its",
                        "including",
                    ],
                )
            });
            if f.sentence != whole.sentence
                || f.role != FigureRole::Whole
                || f.outcome != whole.outcome
                // Parts are of the whole's people: "7 civilians, 4 rebels and 3
                // soldiers" is three groups, however the counts add up.
                || !(f.party == whole.party
                    || matches!(whole.party, Party::Mixed | Party::Unknown)
                    || matches!(f.party, Party::Mixed | Party::Unknown))
                || f.outcome_before.is_some_and(|b| Some(b) != whole.outcome_before)
                || f.tally != whole.tally
                || !linking
                || (j == i + 1 && !set_off)
            {
                break;
            }
            let Some(c) = f.count.best else { break };
            sum += c;
            parts = j;
            end = f.np_end.max(f.num.last);
            if sum >= n {
                break;
            }
        }
        if sum == n && (parts > i + 1 || (parts == i + 1 && restating)) {
            for f in &mut figs[i + 1..=parts] {
                f.role = FigureRole::Part(i);
            }
        }
    }
}

/// A "since" followed by a date or "the start/beginning": a period, not a time of day.
pub fn period_since(d: &Doc<'_>, k: usize) -> bool {
    let w = &d.words;
    if !w.is(k, "since") {
        return false;
    }
    let mut m = k + 1;
    if w.is(m, "the") {
        m += 1;
    }
    d.in_date.get(m).copied().unwrap_or(false)
        && !w.is_any(
            m,
            &[
                "yesterday",
                "today",
                "dawn",
                "morning",
                "evening",
                "night",
                "midnight",
                "afternoon",
            ],
        )
        || w.is_any(
            m,
            &[
                "start",
                "beginning",
                "launch",
                "outbreak",
                "early",
                "mid",
                "late",
                "end",
                "first",
                "last",
                "onset",
                "recovery",
                "year",
                "month",
                // "since the ceasefire agreement took effect on March 6, 2020"
                "ceasefire",
                "truce",
                "agreement",
                "deal",
                "offensive",
                "operation",
                "campaign",
                "escalation",
                // "since the announcement of its Caliphate on the 29th of June 2014",
                // "since the Russian intervention", "since the entry of Turkish forces".
                "announcement",
                "declaration",
                "establishment",
                "formation",
                "entry",
                "arrival",
                "intervention",
                "signing",
                "implementation",
                "takeover",
                "battle",
                "battles",
            ],
        )
}

/// Phrases that give a toll the whole war as its scope.
const WAR_SCOPE: &[&str] = &[
    "since the conflict",
    "since the war",
    "since the uprising",
    "since the crisis",
    "since the revolution",
    "since the start of the war",
    "since the start of the conflict",
    "since the beginning of the war",
    "since the beginning of the conflict",
    "since the outbreak",
    "since 2011",
    "since march 2011",
    "in the war",
    "in the conflict",
    "in the civil war",
    "in syria ' s war",
    "in syria ' s civil war",
    "in syria ' s conflict",
    "in syria s war",
    "in syrias war",
    "since syrias conflict",
    "since syrias war",
    "since syria ' s conflict",
    "since syria ' s war",
    "since its conflict",
    "since its war",
    "year conflict",
    "year war",
    "year - old war",
    "year - old conflict",
    "year civil war",
    "since then",
    "across syria",
    "across the country",
    "across syrian territory",
    "across syrian territories",
    "across the syrian territory",
    "across the syrian territories",
    "across syrian geography",
    "across the syrian geography",
    "across several syrian",
    "across various syrian",
    "throughout syria",
    "throughout the country",
    "all over syria",
    "nationwide",
    // Several incidents summed up: "Four people were killed in separate incidents in
    // Daraa and Quneitra during the past 24 hours".
    "in separate incidents",
    "in several incidents",
    "in various incidents",
    "in different incidents",
    "in separate attacks",
    // A period, not one incident: "during the past month", "this year", "in one week".
    "during the past",
    "over the past",
    "in the past week",
    "in the past month",
    "in the past year",
    "this year",
    "last year",
    "in one week",
    "in a week",
    "in one month",
    "so far this",
    "in the syrian war",
    "in the syrian conflict",
    "in the syrian civil war",
    "the war began",
    "the conflict began",
    "the conflict erupted",
    "the war erupted",
    "the conflict started",
    "the war started",
];

/// "over the past three days", "during the past 24 hours": a span of a few days, which
/// a campaign of arrests or a battle fills as one event, not a period a total counts over
/// (where the scope phrase at `k` is "over/during the past").
fn short_span_after(w: &Words<'_>, k: usize) -> bool {
    if !(w.phrase_at(k, "over the past") || w.phrase_at(k, "during the past")) {
        return false;
    }
    let n = k + 3;
    let (days, unit) = match number_at(w, n) {
        Some(x) => (x.count.best.unwrap_or(u32::MAX), x.last + 1),
        None if w.is(n, "few") => (3, n + 1),
        None => (1, n),
    };
    (w.is_any(unit, &["hours", "hour"]) && days <= 72)
        || (w.is_any(unit, &["days", "day"]) && days <= 7)
}

/// The first words of [`WAR_SCOPE`]'s phrases: a cheap test before the phrase test (a unit
/// test keeps the two lists in step).
const SCOPE_OPENERS: &[&str] = &[
    "since",
    "in",
    "the",
    "year",
    "across",
    "throughout",
    "all",
    "nationwide",
    "during",
    "over",
    "this",
    "last",
    "so",
];

/// The month or year sentence `s` counts over: "in February 2021", "during the month
/// of February", "throughout 2020" (not a day, nor a date a period starts from).
pub fn period_of_sentence<'d>(d: &'d Doc<'_>, s: usize) -> Option<&'d crate::dates::DateExpr> {
    d.dates_in_sentence(s)
        .filter(|x| matches!(x.precision, DatePrecision::Month | DatePrecision::Year))
        .find(|x| {
            let k = d.words.words.partition_point(|w| w.start < x.start_byte);
            // (Not when something began: "the conflict, which flared in March 2011".)
            let began = (k.saturating_sub(16)..k).any(|j| {
                d.words.is_any(
                    j,
                    &[
                        "began", "begun", "started", "erupted", "flared", "broke", "launched",
                    ],
                )
            });
            !began
                && (k > 0 && d.words.is_any(k - 1, &["in", "during", "throughout"])
                    || d.words.phrase_at(k, "the month of")
                    // ("in the month of May 2021": the date read from its month's name.)
                    || (k >= 3 && d.words.phrase_at(k - 3, "the month of")))
        })
}

fn mark_tallies(d: &Doc<'_>, figs: &mut [Figure]) {
    let w = &d.words;
    let mut next = 0;
    // Whether the sentence before with figures gave a documented total over a period
    // ("SOHR has documented the death of 412 people in the month of May"): the sentences
    // after it that break it down ("The civilian fatalities were distributed as
    // follows: ...", "The death toll of civilians includes ...") or add to it ("SOHR
    // also documented the death of 143 fighters") with no date of their own count over
    // the same period.
    let mut period_total_before = false;
    while next < figs.len() {
        let range = sentence_range(figs, next);
        next = range.end;
        let s = figs[range.start].sentence;
        let (a, b) = d.sentences[s];
        let since_pos: Option<usize> = (a..=b).find(|&k| period_since(d, k));
        let continues_total = period_total_before
            && d.dates_in_sentence(s).next().is_none()
            && (a..figs[range.start].num.first).any(|k| {
                w.phrase_at(k, "as follows")
                    || w.is_any(
                        k,
                        &[
                            "distributed",
                            "divided",
                            "documented",
                            "recorded",
                            // "The death toll of civilians includes 63 people killed by
                            // ISIS, ...".
                            "includes",
                            "include",
                            "comprises",
                        ],
                    )
            });
        let mut total_here = continues_total;
        // Where the sentence's scope phrases and war words are, found once for all its
        // figures, and only if a figure needs them.
        let mut scopes: Option<[Vec<usize>; 3]> = None;
        let idx: Vec<usize> = range.collect();
        let mut on = false;
        for &i in &idx {
            let f = &figs[i];
            // "the death toll of the Israeli strikes ... rose to nine": a toll of an event
            // that rises is that event's, told again as it grows, unless a period bounds
            // it; a toll of people ("the death toll of SDF fighters killed in the battle
            // for Hajin rose to 87") counts them over time.
            let event_toll = since_pos.is_none() && rising_event_toll(d, &f.num);
            // "IS has lost 463 fighters in the battle": a party's losses so far.
            let losses_so_far = f.outcome_before.is_some_and(|o| {
                w.is(o, "lost")
                    && ((o > 0 && w.is_any(o - 1, &["has", "have"]))
                        || (o > 2 && w.phrase_at(o - 3, "has so far")))
            });
            // ("ISIS lost 1,236 members in the same period": the period of the total
            // before.)
            let cue = losses_so_far
                || (rise_cue(d, &f.num).is_some() && !event_toll)
                || number_of_cue(d, f.np_end + 1).is_some()
                || number_of_cue(d, f.num.last + 1).is_some()
                || (f.num.first..=(f.last + 8).min(b)).any(|k| {
                    w.phrase_at(k, "in total")
                        || w.phrase_at(k, "so far")
                        || w.phrase_at(k, "the same period")
                });
            // "documented the death of 71", "documented 1,213 civilian deaths".
            let documented = f.outcome_before.into_iter().chain([f.num.first]).any(|o| {
                (o.saturating_sub(3)..o).any(|k| {
                    w.is_any(
                        k,
                        &[
                            "documented",
                            "recorded",
                            "counted",
                            "registered",
                            "monitored",
                        ],
                    )
                })
            });
            // "SOHR documented the death of 95 civilians during the month of February": a
            // count over a month or a year, documented, is a total too.
            let by_since = since_pos.is_some_and(|p| p < f.num.first || documented)
                || (documented && period_of_sentence(d, s).is_some());
            total_here |= by_since;
            // "More than 330,000 people have been killed since the conflict began in
            // 2011", "... in Syria's war": the toll of the whole war, not an incident's.
            let war = !(cue || by_since || on) && {
                let [scope_at, war_word_at, perfect_at] = scopes.get_or_insert_with(|| {
                    [
                        (a..=b)
                            .filter(|&k| {
                                let first = w.w(k);
                                w.is_any(k, SCOPE_OPENERS)
                                    && WAR_SCOPE.iter().any(|p| {
                                        // Only phrases opening with this word are tried.
                                        p.strip_prefix(first)
                                            .is_some_and(|r| r.is_empty() || r.starts_with(' '))
                                            && w.phrase_at(k, p)
                                    })
                                    && !short_span_after(w, k)
                            })
                            .collect(),
                        (a..=b)
                            .filter(|&k| w.is_any(k, &["war", "conflict", "uprising"]))
                            .collect(),
                        (a..=b)
                            .filter(|&k| w.is_any(k, &["since", "has", "have", "years"]))
                            .collect(),
                    ]
                });
                let window = f.num.first.saturating_sub(10).max(a)..=(f.last + 15).min(b);
                let within = |at: &[usize]| at.iter().any(|k| window.contains(k));
                within(scope_at)
                    // "a conflict that has killed 280000 people", "years of conflict in
                    // which more than 300000 people have been killed".
                    || (within(war_word_at) && within(perfect_at))
                    // No single incident of this war killed tens of thousands: such a
                    // toll is a count over time, whatever the wording.
                    || f.count.best.is_some_and(|n| n >= 20_000)
            };
            // "... rose to 27 people, and the Syrian Observatory monitored that the
            // Russian warplanes carried out this morning 4 airstrikes on Kafr Sajnah, where
            // a man and his wife were killed": an act with a day of its own, told after
            // the total in its sentence, is an incident again. (Not a period's date: "...
            // since the 10th of December, also IS had executed 713 detainees" goes on
            // with the totals.)
            if on && !(cue || by_since || war) {
                let from = idx
                    .iter()
                    .rev()
                    .map(|&j| &figs[j])
                    .find(|g| g.tally && g.num.first < f.num.first)
                    .map_or(a, |g| g.last.max(g.np_end) + 1);
                let gap = from..f.num.first;
                let dated_act = gap.clone().any(|k| {
                    d.in_date[k]
                        && !(k.saturating_sub(4)..k).any(|j| {
                            d.in_date[j] || w.is_any(j, &["since", "from", "until", "to", "of"])
                        })
                }) && gap.clone().any(|k| d.trigger_at(k));
                if dated_act {
                    on = false;
                }
            }
            if cue || by_since || war || continues_total {
                on = true;
            }
            if on {
                figs[i].tally = true;
            }
        }
        period_total_before = total_here;
    }
    // Parts follow their whole.
    for i in 0..figs.len() {
        if let FigureRole::Part(wh) = figs[i].role {
            figs[i].tally = figs[wh].tally;
        }
    }
    // A tally that names no outcome ("it rose to 388 people") shares its sentence's; so
    // does a count of people in a sentence about deaths ("The deaths include 65 people",
    // "the death toll surpasses 130 people including 67 children"). A count in a
    // sentence without one ("civilians including thousands of children have escaped")
    // is no toll.
    // (The clause's words: a semicolon ends one, as in "... about 5000 recruited fighters,
    // ...; and ... which killed 5 fighters".)
    let sentence_of_deaths = |f: &Figure| {
        let (a, b) = d.sentences[f.sentence];
        let a = (a..f.num.first)
            .rev()
            .find(|&k| d.words.is(k, ";"))
            .map_or(a, |k| k + 1);
        let b = (f.num.last..=b)
            .find(|&k| d.words.is(k, ";"))
            .map_or(b, |k| k - 1);
        (a..=b).any(|k| {
            d.words.is_any(
                k,
                &[
                    "death",
                    "deaths",
                    "dead",
                    "died",
                    "dying",
                    "toll",
                    "killed",
                    "killing",
                    "fatalities",
                    "martyrs",
                ],
            )
        })
    };
    for i in 0..figs.len() {
        if figs[i].outcome.is_none()
            && figs[i].role == FigureRole::Whole
            && (figs[i].tally || sentence_of_deaths(&figs[i]))
        {
            let o = figs[sentence_range(figs, i)]
                .iter()
                .filter(|f| f.tally)
                .find_map(|f| f.outcome)
                .unwrap_or(Outcome::Killed);
            figs[i].outcome = Some(o);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_scope_phrase_opens_with_a_listed_word() {
        // SCOPE_OPENERS is the pre-test that lets a word through to the phrase test.
        for p in WAR_SCOPE {
            let first = p.split(' ').next().unwrap_or("");
            assert!(
                SCOPE_OPENERS.contains(&first),
                "{p:?} opens with {first:?}, missing from SCOPE_OPENERS"
            );
        }
    }
}
