//! The word stream every rule reads: tokens with byte spans into the original
//! text, lower-cased, plus a space-joined string of them for phrase lookup.
//!
//! Lower-casing is ASCII-only so byte offsets stay those of the original text.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WordKind {
    Alpha,
    Digits,
    Punct,
}

/// Opening quotation marks, as the tokenizer yields them: a name in quotes ('the faction
/// "Al-Hamzat Division"') is read past them.
pub const OPENING_QUOTES: &[&str] = &["\"", "“", "'", "‘"];

/// Words that tie men to the party named before them: "HTS-affiliated gunmen",
/// "SDF-linked fighters".
pub const TIE_WORDS: &[&str] = &["affiliated", "linked", "allied"];

#[derive(Clone, Debug)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub kind: WordKind,
    /// A line break lies between this word and the previous one.
    pub newline_before: bool,
    /// The first letter is upper-case in the original.
    pub capitalized: bool,
}

pub struct Words<'t> {
    pub text: &'t str,
    pub lower: String,
    pub words: Vec<Word>,
    /// " w0 w1 w2 ... " with normalised punctuation.
    pub joined: String,
    /// Offset of word i in `joined`.
    pub offsets: Vec<usize>,
}

fn punct_norm(c: char) -> char {
    match c {
        '’' | '‘' | '`' | '´' | 'ʼ' => '\'',
        '“' | '”' | '«' | '»' | '„' => '"',
        '–' | '—' | '‐' | '‑' => '-',
        '،' => ',',
        c => c,
    }
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str) -> Words<'t> {
        let lower = text.to_ascii_lowercase();
        let mut words: Vec<Word> = Vec::with_capacity(text.len() / 5);
        let mut newline = false;
        let mut cur: Option<(usize, WordKind)> = None;
        let flush = |words: &mut Vec<Word>,
                     cur: &mut Option<(usize, WordKind)>,
                     end: usize,
                     newline: &mut bool| {
            if let Some((s, k)) = cur.take() {
                let capitalized = text[s..].chars().next().is_some_and(char::is_uppercase);
                words.push(Word {
                    start: s,
                    end,
                    kind: k,
                    newline_before: *newline,
                    capitalized,
                });
                *newline = false;
            }
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII (most of any text) is classed by its byte; a run of letters or of
            // digits is passed over at once, without decoding characters.
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                (c, c.len_utf8())
            };
            let kind = if b.is_ascii_digit() {
                Some(WordKind::Digits)
            } else if b.is_ascii_alphabetic()
                || (b >= 0x80 && (c.is_alphabetic() || unicode_is_mark(c)))
            {
                Some(WordKind::Alpha)
            } else {
                None
            };
            match (kind, cur) {
                (Some(k), Some((_, ck))) if k == ck => {}
                (Some(k), _) => {
                    flush(&mut words, &mut cur, i, &mut newline);
                    cur = Some((i, k));
                }
                (None, _) => {
                    flush(&mut words, &mut cur, i, &mut newline);
                    if c == '\n' {
                        newline = true;
                    } else if !c.is_whitespace() && !c.is_control() {
                        words.push(Word {
                            start: i,
                            end: i + len,
                            kind: WordKind::Punct,
                            newline_before: newline,
                            capitalized: false,
                        });
                        newline = false;
                    }
                }
            }
            i += len;
            if kind == Some(WordKind::Alpha) && b < 0x80 {
                while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
                    i += 1;
                }
            } else if kind == Some(WordKind::Digits) {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
        }
        flush(&mut words, &mut cur, text.len(), &mut newline);
        let mut joined = String::with_capacity(text.len() + words.len() * 2);
        let mut offsets = Vec::with_capacity(words.len());
        for w in &words {
            joined.push(' ');
            offsets.push(joined.len());
            match w.kind {
                WordKind::Punct => joined.push(punct_norm(
                    text[w.start..w.end].chars().next().unwrap_or(' '),
                )),
                _ => joined.push_str(&lower[w.start..w.end]),
            }
        }
        joined.push(' ');
        Words {
            text,
            lower,
            words,
            joined,
            offsets,
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The lower-cased form of word `i` ("" past the end).
    #[inline]
    pub fn w(&self, i: usize) -> &str {
        // Word i fills `joined` from its offset to the space before the next word.
        let Some(&start) = self.offsets.get(i) else {
            return "";
        };
        let end = self.offsets.get(i + 1).map_or(self.joined.len(), |&o| o) - 1;
        self.joined.get(start..end).unwrap_or("")
    }

    pub fn is(&self, i: usize, s: &str) -> bool {
        self.w(i) == s
    }

    pub fn is_any(&self, i: usize, set: &[&str]) -> bool {
        set.contains(&self.w(i))
    }

    /// Index of the word that starts at byte `pos` of `joined`.
    pub fn word_at_joined(&self, pos: usize) -> Option<usize> {
        self.offsets.binary_search(&pos).ok()
    }

    /// Whether words `i..` spell `phrase` (lower-case words separated by single spaces).
    pub fn phrase_at(&self, i: usize, phrase: &str) -> bool {
        let Some(&o) = self.offsets.get(i) else {
            return false;
        };
        let rest = &self.joined[o..];
        rest.starts_with(phrase) && rest.as_bytes().get(phrase.len()) == Some(&b' ')
    }

    /// Whether word `k` is glued to an apostrophe glued to the word before: the tail of
    /// a name written with one ("Nu'man", "Sam'an"), not a word of its own.
    pub fn after_apostrophe(&self, k: usize) -> bool {
        k >= 2
            && self.is(k - 1, "'")
            && self.words[k - 1].end == self.words[k].start
            && self.words[k - 2].end == self.words[k - 1].start
    }

    /// Number of words in a normalised phrase.
    pub fn phrase_len(phrase: &str) -> usize {
        phrase.split(' ').count()
    }
}

fn unicode_is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670)
}

/// Normalises a lexicon phrase the way the text is joined: tokens split the same
/// way, lower-cased, single spaces.
pub fn normalize_phrase(p: &str) -> String {
    let w = Words::new(p);
    (0..w.len())
        .map(|i| w.w(i).to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A DFA over space-padded phrases. Every pattern starts with a space: a start-byte
/// prefilter would stop at every word, so there is none.
fn phrase_automaton(patterns: &[String], kind: MatchKind) -> AhoCorasick {
    AhoCorasickBuilder::new()
        .match_kind(kind)
        .prefilter(false)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(patterns)
        .expect("lexicon phrases build an automaton")
}

/// Phrases padded with a space at each end, as they stand in the joined word string.
fn padded(phrases: &[String]) -> Vec<String> {
    phrases.iter().map(|p| format!(" {p} ")).collect()
}

/// A phrase table matched over the joined word string in one pass. (Extraction
/// searches its tables together through [`PhraseSets`]; a table's own automaton is
/// built only when it is searched alone.)
pub struct PhraseSet<T> {
    automaton: std::sync::OnceLock<AhoCorasick>,
    pub phrases: Vec<String>,
    pub values: Vec<T>,
}

/// A phrase found in the text: words `first..=last`.
#[derive(Clone, Copy, Debug)]
pub struct PhraseHit {
    pub first: usize,
    pub last: usize,
    pub id: usize,
}

impl<T> PhraseSet<T> {
    pub fn new(entries: Vec<(String, T)>) -> PhraseSet<T> {
        let (phrases, values): (Vec<String>, Vec<T>) = entries.into_iter().unzip();
        PhraseSet {
            automaton: std::sync::OnceLock::new(),
            phrases,
            values,
        }
    }

    /// Non-overlapping, leftmost-longest hits in word order.
    pub fn find(&self, words: &Words<'_>) -> Vec<PhraseHit> {
        let automaton = self
            .automaton
            .get_or_init(|| phrase_automaton(&padded(&self.phrases), MatchKind::LeftmostLongest));
        let mut out = Vec::new();
        let hay = &words.joined;
        let mut pos = 0;
        // Patterns carry a leading and trailing space; restart each search at the
        // trailing space of the previous hit so adjacent phrases are both found.
        while pos < hay.len() {
            let Some(m) = automaton.find(aho_corasick::Input::new(hay).range(pos..)) else {
                break;
            };
            let first = words.word_at_joined(m.start() + 1);
            let last_end = m.end() - 1;
            if let Some(first) = first {
                let last = match words.offsets.binary_search(&last_end) {
                    Ok(i) | Err(i) => i.saturating_sub(1),
                };
                out.push(PhraseHit {
                    first,
                    last,
                    id: m.pattern().as_usize(),
                });
            }
            pos = m.end() - 1;
        }
        out
    }
}

/// Several phrase tables matched over the joined word string in one pass, each giving
/// the hits its own [`PhraseSet::find`] would: the automaton reports every occurrence
/// of every phrase, and each table then keeps its leftmost-longest, non-overlapping
/// hits, as a search restarted at each hit's trailing space finds them.
pub struct PhraseSets {
    automaton: AhoCorasick,
    /// The first pattern id of each table.
    starts: Vec<usize>,
}

impl PhraseSets {
    pub fn new(tables: &[&[String]]) -> PhraseSets {
        let mut starts = Vec::with_capacity(tables.len());
        let mut patterns: Vec<String> = Vec::new();
        for t in tables {
            starts.push(patterns.len());
            patterns.extend(padded(t));
        }
        let automaton = phrase_automaton(&patterns, MatchKind::Standard);
        PhraseSets { automaton, starts }
    }

    /// Each table's hits, in word order.
    pub fn find(&self, words: &Words<'_>) -> Vec<Vec<PhraseHit>> {
        let hay = &words.joined;
        let mut found: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); self.starts.len()];
        for m in self.automaton.find_overlapping_iter(hay.as_str()) {
            let id = m.pattern().as_usize();
            let t = self.starts.partition_point(|&s| s <= id) - 1;
            found[t].push((m.start(), m.end(), id - self.starts[t]));
        }
        found
            .into_iter()
            .map(|mut ms| {
                // Leftmost first; at one start, the longest, then the first listed.
                ms.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
                let mut out = Vec::new();
                let mut pos = 0;
                for (start, end, id) in ms {
                    if start < pos {
                        continue;
                    }
                    if let Some(first) = words.word_at_joined(start + 1) {
                        let last = match words.offsets.binary_search(&(end - 1)) {
                            Ok(i) | Err(i) => i.saturating_sub(1),
                        };
                        out.push(PhraseHit { first, last, id });
                    }
                    pos = end - 1;
                }
                out
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_glued_numbers_and_keeps_spans() {
        let t = "at least 123citizens, “Islamic State” organization\nnext";
        let w = Words::new(t);
        let all: Vec<&str> = (0..w.len()).map(|i| w.w(i)).collect();
        assert_eq!(
            all,
            [
                "at",
                "least",
                "123",
                "citizens",
                ",",
                "\"",
                "islamic",
                "state",
                "\"",
                "organization",
                "next"
            ]
        );
        assert!(w.words[10].newline_before);
        for x in &w.words {
            assert!(t.get(x.start..x.end).is_some());
        }
    }

    #[test]
    fn phrase_set_finds_adjacent_phrases() {
        let w = Words::new("the regime forces clashed with ISIS fighters");
        let set = PhraseSet::new(vec![
            ("regime forces".to_string(), 1),
            ("clashed".to_string(), 2),
            ("isis".to_string(), 3),
        ]);
        let hits: Vec<_> = set
            .find(&w)
            .iter()
            .map(|h| (h.first, h.last, set.values[h.id]))
            .collect();
        assert_eq!(hits, [(1, 2, 1), (3, 3, 2), (5, 5, 3)]);
    }

    /// Word boundaries decoding every character: the reference the byte-level
    /// loop in `Words::new` must equal.
    fn words_by_chars(text: &str) -> Vec<(usize, usize, WordKind, bool, bool)> {
        let mut words: Vec<Word> = Vec::new();
        let mut newline = false;
        let mut cur: Option<(usize, WordKind)> = None;
        let flush = |words: &mut Vec<Word>,
                     cur: &mut Option<(usize, WordKind)>,
                     end: usize,
                     newline: &mut bool| {
            if let Some((s, k)) = cur.take() {
                let capitalized = text[s..].chars().next().is_some_and(char::is_uppercase);
                words.push(Word {
                    start: s,
                    end,
                    kind: k,
                    newline_before: *newline,
                    capitalized,
                });
                *newline = false;
            }
        };
        for (i, c) in text.char_indices() {
            let kind = if c.is_ascii_digit() {
                Some(WordKind::Digits)
            } else if c.is_alphabetic() || (!c.is_ascii() && unicode_is_mark(c)) {
                Some(WordKind::Alpha)
            } else {
                None
            };
            match (kind, cur) {
                (Some(k), Some((_, ck))) if k == ck => {}
                (Some(k), _) => {
                    flush(&mut words, &mut cur, i, &mut newline);
                    cur = Some((i, k));
                }
                (None, _) => {
                    flush(&mut words, &mut cur, i, &mut newline);
                    if c == '\n' {
                        newline = true;
                    } else if !c.is_whitespace() && !c.is_control() {
                        words.push(Word {
                            start: i,
                            end: i + c.len_utf8(),
                            kind: WordKind::Punct,
                            newline_before: newline,
                            capitalized: false,
                        });
                        newline = false;
                    }
                }
            }
        }
        flush(&mut words, &mut cur, text.len(), &mut newline);
        words
            .into_iter()
            .map(|w| (w.start, w.end, w.kind, w.newline_before, w.capitalized))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn word_loop_equals_the_char_by_char_reference(text in "([A-Za-z0-9 ,.'\\-\n\t]|[ء-ي٠-٩]|[\u{0300}\u{064B}\u{0670}]|[éÉ،“”\u{0007}]){0,40}") {
            let w = Words::new(&text);
            let got: Vec<_> = w.words.iter().map(|w| (w.start, w.end, w.kind, w.newline_before, w.capitalized)).collect();
            proptest::prop_assert_eq!(got, words_by_chars(&text));
        }
    }
}
