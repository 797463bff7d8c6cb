//! Dates: explicit ("Thursday, the 8th of November 2018", "2 June 2023",
//! "mid-January last year 2016"), relative to the report's date ("yesterday",
//! "Tuesday evening", "hours ago"), and the report's own date inferred from
//! phrases such as "since the dawn of yesterday the 14th of January 2017".

use crate::words::{WordKind, Words};
use marsad_model::{Date, DatePrecision, Weekday};
use regex::Regex;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKind {
    /// A day, month or year written out.
    Explicit,
    /// Counted from the report's date.
    Relative,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateExpr {
    pub start_byte: usize,
    pub end_byte: usize,
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub precision: DatePrecision,
    pub kind: DateKind,
}

impl DateExpr {
    /// A date the text names at `bytes`, from `start` to `end` at `precision`; where it
    /// cannot be fixed (no anchor for a day or month written without a year), a date of
    /// unknown precision.
    fn spanning(
        bytes: (usize, usize),
        (start, end): (Option<Date>, Option<Date>),
        precision: DatePrecision,
        kind: DateKind,
    ) -> DateExpr {
        DateExpr {
            start_byte: bytes.0,
            end_byte: bytes.1,
            start,
            end,
            precision: if start.is_some() {
                precision
            } else {
                DatePrecision::Unknown
            },
            kind,
        }
    }

    /// [`DateExpr::spanning`] one day.
    fn day(start_byte: usize, end_byte: usize, date: Option<Date>, kind: DateKind) -> DateExpr {
        DateExpr::spanning(
            (start_byte, end_byte),
            (date, date),
            DatePrecision::Day,
            kind,
        )
    }
}

/// The part of a month or year a word names ("early", "the beginning of", "mid",
/// "middle", "late", "end of"): early, mid or late; `None` for the whole.
fn part_named(words: &str) -> Option<&'static str> {
    let last = words
        .trim_end_matches(" of")
        .rsplit(' ')
        .next()
        .unwrap_or("");
    match last {
        "early" | "beginning" | "start" | "outset" => Some("early"),
        "mid" | "middle" => Some("mid"),
        "late" | "end" => Some("late"),
        _ => None,
    }
}

/// The days of a month from its `first`, or of its early, mid or late part.
fn part_of_month(first: Date, part: Option<&str>) -> (Date, Date) {
    match part {
        Some("early") => (first, first.add_days(9)),
        Some("mid") => (first.add_days(9), first.add_days(19)),
        Some("late") => (first.add_days(20), first.last_day_of_month()),
        _ => (first, first.last_day_of_month()),
    }
}

/// The days of `year`, or of its early (to April), mid (May to August) or late part.
fn part_of_year(year: i32, part: Option<&str>) -> Option<(Date, Date)> {
    let ((a, b), (c, e)) = match part {
        Some("early") => ((1, 1), (4, 30)),
        Some("mid") => ((5, 1), (8, 31)),
        Some("late") => ((9, 1), (12, 31)),
        _ => ((1, 1), (12, 31)),
    };
    Some((Date::new(year, a, b)?, Date::new(year, c, e)?))
}

// Full names first: the regex alternation takes the first that matches. The short
// forms ("6 Feb 2015" in news datelines) only ever match beside a day or a year.
const MONTHS: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
/// Full month names alone: a short form without a day or a year beside it is a name's
/// opening ("Mar'anaz"), not a month.
const FULL_MONTHS: &str =
    "january|february|march|april|may|june|july|august|september|october|november|december";
const WEEKDAYS: &str = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/// The weekdays' names, lower case, as words.
pub const WEEKDAY_NAMES: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The first three letters of every key word [`DateWindows::new`] looks for (months,
/// weekdays and relative words), as a bit set over the 26³ three-letter openings.
struct KeyOpenings([u64; 26 * 26 * 26 / 64 + 1]);

impl KeyOpenings {
    const fn index(w: &[u8]) -> Option<usize> {
        if w.len() < 3
            || !w[0].is_ascii_lowercase()
            || !w[1].is_ascii_lowercase()
            || !w[2].is_ascii_lowercase()
        {
            return None;
        }
        Some(((w[0] - b'a') as usize * 26 + (w[1] - b'a') as usize) * 26 + (w[2] - b'a') as usize)
    }

    /// The openings of the words of `alternations` (each `|`-separated, as the date
    /// patterns' [`MONTHS`] and [`WEEKDAYS`]) and of `words`.
    const fn of(alternations: &[&str], words: &[&str]) -> KeyOpenings {
        let mut bits = [0u64; 26 * 26 * 26 / 64 + 1];
        let mut i = 0;
        while i < alternations.len() {
            let list = alternations[i].as_bytes();
            let mut start = 0;
            while start < list.len() {
                KeyOpenings::set(&mut bits, list.split_at(start).1);
                while start < list.len() && list[start] != b'|' {
                    start += 1;
                }
                start += 1;
            }
            i += 1;
        }
        let mut i = 0;
        while i < words.len() {
            KeyOpenings::set(&mut bits, words[i].as_bytes());
            i += 1;
        }
        KeyOpenings(bits)
    }

    const fn set(bits: &mut [u64; 26 * 26 * 26 / 64 + 1], word: &[u8]) {
        let Some(k) = KeyOpenings::index(word) else {
            panic!("key words have three lower-case letters first")
        };
        bits[k / 64] |= 1 << (k % 64);
    }

    /// Whether `w` may be a key word: false only where none opens as it does.
    fn may_open(&self, w: &str) -> bool {
        KeyOpenings::index(w.as_bytes()).is_some_and(|k| self.0[k / 64] & (1 << (k % 64)) != 0)
    }
}

/// Words that open a relative date's window ("yesterday", "Tuesday evening", "hours ago").
const RELATIVE_KEYS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "night",
    "morning",
    "afternoon",
    "midnight",
    "evening",
    "ago",
    "earlier",
    "later",
    "week",
    "month",
    "year",
];

/// The openings of every word [`DateWindows::new`] looks for: month names and their short
/// forms, weekdays and [`RELATIVE_KEYS`] (a unit test checks that each of them passes).
const DATE_KEY_OPENINGS: KeyOpenings = KeyOpenings::of(&[MONTHS, WEEKDAYS], RELATIVE_KEYS);

fn month_num(m: &str) -> u8 {
    match m {
        "january" => 1,
        "february" => 2,
        "march" => 3,
        "april" => 4,
        "may" => 5,
        "june" => 6,
        "july" => 7,
        "august" => 8,
        "september" => 9,
        "october" => 10,
        "november" => 11,
        "december" => 12,
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" | "sept" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => 0,
    }
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

/// A match's byte range in the whole text.
struct Match {
    start: usize,
    end: usize,
}

struct Patterns {
    day_month: Regex,
    month_day: Regex,
    month_year: Regex,
    year_only: Regex,
    day_of_month: Regex,
    this_period: Regex,
    numeric: Regex,
    relative: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        day_month: Regex::new(&format!(
            r"(?-u:\b)(?:(?:{WEEKDAYS})\s*,?\s*)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})(?-u:\b)(?:\s*,?\s*(?:of\s+)?(\d{{4}})(?-u:\b))?"
        ))
        .expect("date pattern"),
        month_day: Regex::new(&format!(r"(?-u:\b)({MONTHS})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?-u:\b)(?:\s*,?\s*(\d{{4}})(?-u:\b))?")).expect("date pattern"),
        month_year: Regex::new(&format!(
            r"(?-u:\b)(?:(early|mid|late|end of|beginning of|the end of|the beginning of)\s*-?\s*)?({MONTHS})(?:\s+(?:of\s+)?(?:last|this)\s+year)?\s*,?\s*(?:of\s+)?(\d{{4}})(?-u:\b)"
        ))
        .expect("date pattern"),
        // "in 2013", "in early 2014", "the 2013 chemical attack": a year alone. After
        // "the" only before an event's name, so "the 2000 fighters" stays a count.
        year_only: Regex::new(
            r"(?-u:\b)(?:(?:in|during)\s+(?:(early|mid|late)\s*-?\s*)?((?:19[89]|20[0-3])\d)(?-u:\b)|the\s+((?:19[89]|20[0-3])\d)\s+(?:attack|attacks|massacre|offensive|chemical|poison|gas|sarin|battle|siege|uprising|revolution|elections|agreement|deal|ceasefire|truce|bombing|bombings)(?-u:\b)|(beginning|start|outset|middle|end)\s+of\s+(?:the\s+)?(?:year\s+)?((?:19[89]|20[0-3])\d)(?-u:\b)|(?:since|the\s+year)\s+(?:(early|mid|late)\s*-?\s*)?((?:19[89]|20[0-3])\d)(?-u:\b))",
        )
        .expect("date pattern"),
        // "since the beginning of the year", "this year", "this month": the report's year
        // or month.
        this_period: Regex::new(
            r"(?-u:\b)(?:(?:the\s+)?(beginning|start|outset|middle|end)\s+of\s+(?:the\s+)?(?:current\s+|this\s+)?(year|month)|(?:the\s+)?(?:current|this)\s+(year|month))(?-u:\b)",
        )
        .expect("date pattern"),
        day_of_month: Regex::new(
            r"(?-u:\b)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(?:the\s+)?(this|current|last|past)\s+month(?-u:\b)",
        )
        .expect("date pattern"),
        // "17-08-2016", "20.07.2016", "2016-08-17": dates in digits, as datelines and
        // scraped pages write them.
        numeric: Regex::new(
            r"(?-u:\b)(?:(\d{1,2})[-./](\d{1,2})[-./]((?:19[89]|20[0-3])\d)|((?:19[89]|20[0-3])\d)-(\d{1,2})-(\d{1,2}))(?-u:\b)",
        )
        .expect("date pattern"),
        relative: Regex::new(&format!(
            r"(?-u:\b)(the day before yesterday|after midnight of yesterday|after midnight yesterday|yesterday|today|tonight|last night|this morning|this afternoon|this evening|after midnight|hours ago|an hour ago|(\d+|two|three|four|five|six|seven) days ago|last week|this week|last month|({WEEKDAYS})|(\d+|two|three|four|five|six|seven|a) days? (earlier|later))(?-u:\b)"
        ))
        .expect("date pattern"),
    })
}

fn small_number(s: &str) -> Option<i64> {
    s.parse().ok().or(match s {
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        _ => None,
    })
}

/// A year written without one ("the 10th of November") is the latest such date
/// not after the anchor.
fn year_for(month: u8, day: u8, anchor: Option<Date>) -> Option<Date> {
    let a = anchor?;
    let d = Date::new(a.year, month, day)?;
    if d > a.add_days(7) {
        Date::new(a.year - 1, month, day)
    } else {
        Some(d)
    }
}

/// Where in a text date patterns can match. Every pattern needs a month name, a
/// weekday or a relative-date word, and reaches only a few words either side of it,
/// so the patterns run over those windows rather than the whole text: most of a
/// report holds no date, and the patterns have no literal prefix to skip it fast.
pub struct DateWindows<'t> {
    lower: &'t str,
    /// Byte ranges around month names (for the explicit patterns), merged.
    months: Vec<(usize, usize)>,
    /// Months named without a year ("since the beginning of March"), read by words.
    months_alone: Vec<MonthAlone>,
    /// Byte ranges around four-digit years alone, merged.
    years: Vec<(usize, usize)>,
    /// Byte ranges around relative-date words and weekdays, merged.
    relative: Vec<(usize, usize)>,
    /// Byte ranges starting at "yesterday" / "today" (for the report's own date).
    anchors: Vec<(usize, usize)>,
}

impl<'t> DateWindows<'t> {
    pub fn new(words: &'t Words<'_>) -> DateWindows<'t> {
        let n = words.len();
        let (mut months, mut relative, mut anchors, mut years, mut months_alone) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
        // Widest reach of any pattern, in words, before and after its key word
        // ("thursday , the 8 th of november , 2018"; "the day before yesterday").
        // The words of a window: `from..=to`, widened to words that whitespace separates,
        // so that a pattern's \b sees at its ends what it sees in the whole text.
        let word_range = |from: usize, to: usize| {
            let mut a = from;
            while a > 0 && words.words[a - 1].end == words.words[a].start {
                a -= 1;
            }
            let mut b = to.min(n - 1);
            while b + 1 < n && words.words[b].end == words.words[b + 1].start {
                b += 1;
            }
            (a, b)
        };
        let bytes = |(a, b): (usize, usize)| (words.words[a].start, words.words[b].end);
        let span = |from: usize, to: usize| bytes(word_range(from, to));
        for i in 0..n {
            // Every key word is 3 to 9 letters long.
            let word = &words.words[i];
            if word.kind == WordKind::Digits
                && word.end - word.start == 4
                && words
                    .w(i)
                    .parse::<u16>()
                    .is_ok_and(|y| (1980..2040).contains(&y))
            {
                years.push(span(i.saturating_sub(4), i + 1));
                continue;
            }
            if word.kind != WordKind::Alpha || !(3..=9).contains(&(word.end - word.start)) {
                continue;
            }
            let w = words.w(i);
            // Most words open no key word: one bit test on their first three letters.
            if !DATE_KEY_OPENINGS.may_open(w) {
                continue;
            }
            // Every explicit pattern holds a day or a year in digits: a month name with no
            // digits in reach ("may" the verb, most often) needs no window.
            if month_num(w) > 0 {
                let (a, b) = word_range(i.saturating_sub(8), i + 7);
                if (a..=b).any(|k| words.words[k].kind == WordKind::Digits) {
                    months.push(bytes((a, b)));
                }
                months_alone.extend(MonthAlone::at(words, i));
            }
            // ("year" only as "the/this/current year": most years are counts of them.)
            let year_alone =
                w == "year" && !(i > 0 && words.is_any(i - 1, &["the", "this", "current"]));
            if weekday(w).is_some() || (RELATIVE_KEYS.contains(&w) && !year_alone) {
                relative.push(span(i.saturating_sub(4), i + 1));
            }
            if matches!(w, "yesterday" | "today") {
                anchors.push(span(i, i + 14));
            }
        }
        DateWindows {
            lower: &words.lower,
            months: merge(months),
            months_alone,
            years: merge(years),
            relative: merge(relative),
            anchors: merge(anchors),
        }
    }

    /// Captures of `re` in each of `windows`, each with its whole match's byte range
    /// in the text (capture groups stay relative to their window).
    fn captures<'r>(
        &self,
        re: &'r Regex,
        windows: &'r [(usize, usize)],
    ) -> impl Iterator<Item = (Match, regex::Captures<'t>)> + 'r
    where
        't: 'r,
    {
        let lower = self.lower;
        windows.iter().flat_map(move |&(a, b)| {
            re.captures_iter(&lower[a..b]).map(move |c| {
                let m = c.get(0).expect("a match has group 0");
                (
                    Match {
                        start: a + m.start(),
                        end: a + m.end(),
                    },
                    c,
                )
            })
        })
    }
}

/// A month named without a year, after a preposition or with a part of it or "the month
/// of" before it: "since the beginning of March", "in mid-April", "during the month of
/// May", "in August last year".
struct MonthAlone {
    start_byte: usize,
    end_byte: usize,
    month: u8,
    part: Option<&'static str>,
    /// "last year": 1; "this year": 0; unsaid: `None` (the year is the anchor's, or the
    /// one before for a month still to come).
    years_back: Option<i32>,
}

impl MonthAlone {
    /// The month-alone date whose month name is word `i`, if it is one.
    fn at(words: &Words<'_>, i: usize) -> Option<MonthAlone> {
        let word = &words.words[i];
        let name = words.w(i);
        // ("May" the month, not "may" the verb; "Mar'anaz" is a name.)
        if !word.capitalized
            || words.text[word.end..].starts_with(['\'', '’', '-'])
            || !FULL_MONTHS.split('|').any(|m| m == name)
        {
            return None;
        }
        let mut k = i;
        let named = k >= 3 && words.phrase_at(k - 3, "the month of");
        if named {
            k -= 3;
        }
        let mut part = None;
        if k >= 1 && matches!(words.w(k - 1), "early" | "mid" | "late") {
            part = part_named(words.w(k - 1));
            k -= 1;
        } else if k >= 2 && words.is_any(k - 1, &["-", "of"]) {
            if let Some(p) = part_named(words.w(k - 2)) {
                part = Some(p);
                k -= 2;
            }
        }
        if part.is_some() && k >= 1 && words.is(k - 1, "the") {
            k -= 1;
        }
        let after_preposition = k >= 1
            && words.is_any(
                k - 1,
                &[
                    "since",
                    "in",
                    "during",
                    "throughout",
                    "until",
                    "till",
                    "from",
                    "by",
                ],
            );
        if !(after_preposition || part.is_some() || named) {
            return None;
        }
        let mut end = i;
        let mut years_back = None;
        let j = if words.is(i + 1, "of") { i + 2 } else { i + 1 };
        if words.is(j + 1, "year") {
            years_back = match words.w(j) {
                "last" => Some(1),
                "this" => Some(0),
                _ => None,
            };
            if years_back.is_some() {
                end = j + 1;
            }
        }
        Some(MonthAlone {
            start_byte: words.words[k].start,
            end_byte: words.words[end].end,
            month: month_num(name),
            part,
            years_back,
        })
    }
}

fn merge(mut v: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    v.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (a, b) in v {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Every date expression in `lower` (ASCII-lower-cased text), resolved against the
/// report's date where it needs one. Expressions do not overlap.
pub fn find_dates(lower: &str, published: Option<Date>) -> Vec<DateExpr> {
    let words = Words::new(lower);
    find_dates_with(&DateWindows::new(&words), published, published)
}

/// As [`find_dates`], with a separate anchor for dates written without a year
/// (a lower bound on the report's date serves there, but not for "yesterday").
pub fn find_dates_with(
    windows: &DateWindows<'_>,
    published: Option<Date>,
    year_anchor: Option<Date>,
) -> Vec<DateExpr> {
    let p = patterns();
    let mut out = explicit_dates(windows, year_anchor);
    // "since the beginning of the year", "this year", "this month": a part of the
    // report's year or month.
    for (m, c) in windows.captures(&p.this_period, &windows.relative) {
        let precision = match c.get(2).or(c.get(3)).map(|x| x.as_str()) {
            Some("year") => DatePrecision::Year,
            _ => DatePrecision::Month,
        };
        let taken = match precision {
            // ("the beginning of the year 2021" is that year's, read before.)
            DatePrecision::Year => windows.lower[m.end..]
                .trim_start()
                .starts_with(|ch: char| ch.is_ascii_digit()),
            // ("the 3rd of this month" is a day, read below.)
            _ => windows.lower[..m.start].trim_end().ends_with(" of"),
        };
        if taken || overlaps(&out, m.start, m.end) {
            continue;
        }
        let part = c.get(1).and_then(|x| part_named(x.as_str()));
        let span = published.and_then(|p| match precision {
            DatePrecision::Year => part_of_year(p.year, part),
            _ => Date::new(p.year, p.month, 1).map(|first| part_of_month(first, part)),
        });
        out.push(DateExpr::spanning(
            (m.start, m.end),
            (span.map(|x| x.0), span.map(|x| x.1)),
            precision,
            DateKind::Relative,
        ));
    }
    // "on the 3rd of this month", "the 28th of last month": a day of the report's month
    // or the one before.
    for (m, c) in windows.captures(&p.day_of_month, &windows.relative) {
        let day: u8 = c[1].parse().unwrap_or(0);
        let date = published.and_then(|p| {
            let first = Date::new(p.year, p.month, 1)?;
            let month = if &c[2] == "last" || &c[2] == "past" {
                first.add_days(-1)
            } else {
                first
            };
            Date::new(month.year, month.month, day)
        });
        out.push(DateExpr::day(m.start, m.end, date, DateKind::Relative));
    }
    for (m, c) in windows.captures(&p.relative, &windows.relative) {
        if overlaps(&out, m.start, m.end) {
            continue;
        }
        // A count of days from the day told before dates what follows it only fronted,
        // with its comma (", and two days earlier, two shepherds were injured"); at a
        // clause's end it dates a motive or an aside ("over the killing of a member of
        // the family three days earlier").
        if c.get(4).is_some() && !windows.lower[m.end..].trim_start().starts_with(',') {
            continue;
        }
        let word = &c[1];
        let (offset, precision) = match word {
            "the day before yesterday" => (Some(-2), DatePrecision::Day),
            "yesterday"
            | "last night"
            | "after midnight of yesterday"
            | "after midnight yesterday" => (Some(-1), DatePrecision::Day),
            // ("After midnight" alone: the small hours of the report's own day.)
            "today" | "tonight" | "this morning" | "this afternoon" | "this evening"
            | "after midnight" | "hours ago" | "an hour ago" => (Some(0), DatePrecision::Day),
            "last week" => (Some(-7), DatePrecision::Week),
            "this week" => (Some(0), DatePrecision::Week),
            "last month" => (Some(-30), DatePrecision::Month),
            w if w.ends_with("days ago") => (
                c.get(2).and_then(|n| small_number(n.as_str())).map(|n| -n),
                DatePrecision::Day,
            ),
            // "two days earlier", "a day later": counted from the day told before it.
            _ if c.get(4).is_some() => (
                c.get(4)
                    .and_then(|n| match n.as_str() {
                        "a" => Some(1),
                        n => small_number(n),
                    })
                    .map(|n| if &c[5] == "earlier" { -n } else { n }),
                DatePrecision::Day,
            ),
            _ => (None, DatePrecision::Day),
        };
        // The day a count of days is told from: the last one named before it, else the
        // report's.
        let from = if c.get(4).is_some() {
            out.iter()
                .filter(|x| x.end_byte <= m.start && x.precision == DatePrecision::Day)
                .max_by_key(|x| x.start_byte)
                .and_then(|x| x.start)
                .or(published)
        } else {
            published
        };
        let date = match (from, offset, weekday(word)) {
            (Some(p), Some(o), _) => Some(p.add_days(o)),
            // A weekday is the most recent such day up to the report's date.
            (Some(p), None, Some(wd)) => Some(if p.weekday() == wd { p } else { p.previous(wd) }),
            _ => None,
        };
        // "last month": the whole of the month before the report's.
        let (date, end) = match (word, published) {
            ("last month", Some(p)) => {
                let last = Date::new(p.year, p.month, 1).map(|f| f.add_days(-1));
                (last.and_then(|l| Date::new(l.year, l.month, 1)), last)
            }
            _ => (date, date),
        };
        out.push(DateExpr::spanning(
            (m.start, m.end),
            (date, end),
            precision,
            DateKind::Relative,
        ));
    }
    out.sort_by_key(|d| d.start_byte);
    out
}

/// Whether bytes `s..e` overlap a date already found.
fn overlaps(out: &[DateExpr], s: usize, e: usize) -> bool {
    out.iter().any(|d| d.start_byte < e && s < d.end_byte)
}

/// The dates written out ("8 November 2018", "mid-January", "2017"), in the order the
/// patterns find them; those without a year take `year_anchor`'s. They do not depend
/// on the report's date otherwise.
pub fn explicit_dates(windows: &DateWindows<'_>, year_anchor: Option<Date>) -> Vec<DateExpr> {
    let p = patterns();
    let mut out: Vec<DateExpr> = Vec::new();
    for (m, c) in windows.captures(&p.day_month, &windows.months) {
        let day: u8 = c[1].parse().unwrap_or(0);
        let month = month_num(&c[2]);
        let date = match c.get(3) {
            Some(y) => Date::new(y.as_str().parse().unwrap_or(0), month, day),
            None => year_for(month, day, year_anchor),
        };
        if date.is_some() || c.get(3).is_none() {
            out.push(DateExpr::day(m.start, m.end, date, DateKind::Explicit));
        }
    }
    for (m, c) in windows.captures(&p.month_day, &windows.months) {
        if overlaps(&out, m.start, m.end) {
            continue;
        }
        let month = month_num(&c[1]);
        let day: u8 = c[2].parse().unwrap_or(0);
        let date = match c.get(3) {
            Some(y) => Date::new(y.as_str().parse().unwrap_or(0), month, day),
            None => year_for(month, day, year_anchor),
        };
        if let Some(d) = date {
            out.push(DateExpr {
                start_byte: m.start,
                end_byte: m.end,
                start: Some(d),
                end: Some(d),
                precision: DatePrecision::Day,
                kind: DateKind::Explicit,
            });
        }
    }
    for (m, c) in windows.captures(&p.month_year, &windows.months) {
        if overlaps(&out, m.start, m.end) {
            continue;
        }
        let month = month_num(&c[2]);
        let year: i32 = c[3].parse().unwrap_or(0);
        let Some(first) = Date::new(year, month, 1) else {
            continue;
        };
        let (s, e) = part_of_month(first, c.get(1).and_then(|x| part_named(x.as_str())));
        out.push(DateExpr {
            start_byte: m.start,
            end_byte: m.end,
            start: Some(s),
            end: Some(e),
            precision: DatePrecision::Month,
            kind: DateKind::Explicit,
        });
    }
    for (m, c) in windows.captures(&p.numeric, &windows.years) {
        if overlaps(&out, m.start, m.end) {
            continue;
        }
        let num = |i: usize| c.get(i).and_then(|x| x.as_str().parse::<u32>().ok());
        let date = match (num(1), num(2), num(3)) {
            // Day first, as most of the world writes it; month first only where the
            // first number cannot be a month ("08/17/2016").
            (Some(a), Some(b), Some(y)) if a > 12 || b <= 12 => {
                Date::new(y as i32, b as u8, a as u8)
            }
            (Some(a), Some(b), Some(y)) => Date::new(y as i32, a as u8, b as u8),
            _ => match (num(4), num(5), num(6)) {
                (Some(y), Some(mo), Some(day)) => Date::new(y as i32, mo as u8, day as u8),
                _ => None,
            },
        };
        let Some(date) = date else {
            continue;
        };
        out.push(DateExpr {
            start_byte: m.start,
            end_byte: m.end,
            start: Some(date),
            end: Some(date),
            precision: DatePrecision::Day,
            kind: DateKind::Explicit,
        });
    }
    for (m, c) in windows.captures(&p.year_only, &windows.years) {
        if overlaps(&out, m.start, m.end) {
            continue;
        }
        let Some(year) = c
            .get(2)
            .or(c.get(3))
            .or(c.get(5))
            .or(c.get(7))
            .and_then(|y| y.as_str().parse::<i32>().ok())
        else {
            continue;
        };
        // "the beginning of the year 2021": early 2021.
        let part = c
            .get(1)
            .or(c.get(4))
            .or(c.get(6))
            .and_then(|x| part_named(x.as_str()));
        let Some((s, e)) = part_of_year(year, part) else {
            continue;
        };
        // "since 2012", "since early 2022": the date is the year or its part; "since"
        // before it makes it a period's start (not an event's day), as "since the 10th of
        // December" does.
        let start_byte = match (c.get(6).or(c.get(7)), c.get(0)) {
            (Some(y), Some(all)) => m.start + (y.start() - all.start()),
            _ => m.start,
        };
        out.push(DateExpr {
            start_byte,
            end_byte: m.end,
            start: Some(s),
            end: Some(e),
            precision: DatePrecision::Year,
            kind: DateKind::Explicit,
        });
    }
    for m in &windows.months_alone {
        let (start_byte, end_byte, month, part) = (m.start_byte, m.end_byte, m.month, m.part);
        if overlaps(&out, start_byte, end_byte) {
            continue;
        }

        // The year is the anchor's, or the year before for a month still to come ("last
        // year": the year before the anchor's).
        let first = match m.years_back {
            Some(back) => year_anchor.and_then(|a| Date::new(a.year - back, month, 1)),
            None => year_for(month, 1, year_anchor),
        };
        let span = first.map(|first| part_of_month(first, part));
        let (s, e) = (span.map(|x| x.0), span.map(|x| x.1));
        out.push(DateExpr::spanning(
            (start_byte, end_byte),
            (s, e),
            DatePrecision::Month,
            DateKind::Explicit,
        ));
    }
    out
}

/// The report's own date from the text: "yesterday, the 14th of January 2017"
/// fixes it as the 15th; "today, the 3rd of May 2019" as the 3rd. Returns the date
/// and the byte offset of the evidence.
pub fn infer_published(windows: &DateWindows<'_>) -> Option<(Date, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        Regex::new(&format!(
            r"(?-u:\b)(yesterday|today)\s*,?\s*(?:(?:{WEEKDAYS})\s*,?\s*)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTHS})\s*,?\s*(\d{{4}})(?-u:\b)"
        ))
        .expect("published pattern")
    });
    let (m, c) = windows.captures(re, &windows.anchors).next()?;
    let d = Date::new(c[4].parse().ok()?, month_num(&c[3]), c[2].parse().ok()?)?;
    let pos = m.start;
    Some(if &c[1] == "yesterday" {
        (d.add_days(1), pos)
    } else {
        (d, pos)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn every_key_word_passes_the_opening_test() {
        // Every word DateWindows::new looks for passes: each month name and short form
        // month_num reads (found by trying every three- to nine-letter opening of the
        // month names), each weekday, each relative word.
        let months = [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ];
        let month_forms = months
            .iter()
            .flat_map(|m| (3..=m.len()).map(move |n| &m[..n]))
            .filter(|f| month_num(f) > 0);
        let weekdays = WEEKDAY_NAMES;
        for w in month_forms
            .chain(weekdays)
            .chain(RELATIVE_KEYS.iter().copied())
        {
            assert!(DATE_KEY_OPENINGS.may_open(w), "{w}");
        }
        for w in ["the", "and", "killed", "in", "syria", "marching"] {
            assert_eq!(DATE_KEY_OPENINGS.may_open(w), w == "marching", "{w}");
        }
    }

    #[test]
    fn explicit_dates() {
        let t = "on thursday, the 8th of november 2018, in ein issa; on 2 june 2023 and november 9, 2018";
        let got: Vec<_> = find_dates(t, None).iter().map(|x| x.start).collect();
        assert_eq!(
            got,
            [
                Some(d("2018-11-08")),
                Some(d("2023-06-02")),
                Some(d("2018-11-09"))
            ]
        );
    }

    #[test]
    fn dates_in_digits() {
        let t =
            "17-08-2016 martyrs as shells hit; 20.07.2016 get short url; on 2016-08-17; 08/17/2016";
        let got: Vec<_> = find_dates(t, None).iter().map(|x| x.start).collect();
        assert_eq!(
            got,
            [
                Some(d("2016-08-17")),
                Some(d("2016-07-20")),
                Some(d("2016-08-17")),
                Some(d("2016-08-17"))
            ]
        );
        // Not a date: a month 13 with a day 13.
        assert!(find_dates("13-13-2016", None).is_empty());
    }

    #[test]
    fn months_and_parts_of_months() {
        let t = "back in mid-january last year 2016 on the city";
        let x = find_dates(t, None);
        assert_eq!(x.len(), 1);
        assert_eq!(x[0].precision, DatePrecision::Month);
        assert_eq!(x[0].start, Some(d("2016-01-10")));
    }

    #[test]
    fn years_named_as_periods() {
        // "since 2012": the year alone, its span the year's (so "since" before it reads
        // it as a period's start); "the beginning of the year 2021": early 2021.
        let t = "fought for control since 2012, and since the beginning of the year 2021";
        let x = find_dates(t, None);
        let got: Vec<_> = x
            .iter()
            .map(|e| (&t[e.start_byte..e.end_byte], e.start, e.end, e.precision))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "2012",
                    Some(d("2012-01-01")),
                    Some(d("2012-12-31")),
                    DatePrecision::Year
                ),
                (
                    "beginning of the year 2021",
                    Some(d("2021-01-01")),
                    Some(d("2021-04-30")),
                    DatePrecision::Year
                ),
            ]
        );
        // "since early 2022": the year's early part, a period's start.
        let t = "killed in the camp since early 2022 has risen to 27";
        let x = find_dates(t, None);
        assert_eq!(x.len(), 1);
        assert_eq!(
            (&t[x[0].start_byte..x[0].end_byte], x[0].start, x[0].end),
            ("early 2022", Some(d("2022-01-01")), Some(d("2022-04-30")))
        );
        // A number after "of" is no year ("the death of 2021 people").
        assert!(find_dates("the death of 2021 people", None).is_empty());
    }

    #[test]
    fn relative_dates_need_the_report_date() {
        let p = Some(d("2018-11-08")); // a Thursday
        let x = find_dates(
            "after midnight of yesterday; on tuesday evening; hours ago",
            p,
        );
        let got: Vec<_> = x.iter().map(|e| e.start.unwrap().to_string()).collect();
        assert_eq!(got, ["2018-11-07", "2018-11-06", "2018-11-08"]);
        assert!(find_dates("yesterday", None)[0].start.is_none());
        // "After midnight" alone is the small hours of the report's day.
        let x = find_dates(
            "missiles targeted after midnight positions; this afternoon; after midnight yesterday",
            p,
        );
        let got: Vec<_> = x
            .iter()
            .map(|e| (e.start.unwrap().to_string(), e.precision))
            .collect();
        assert_eq!(
            got,
            [
                ("2018-11-08".to_string(), DatePrecision::Day),
                ("2018-11-08".to_string(), DatePrecision::Day),
                ("2018-11-07".to_string(), DatePrecision::Day)
            ]
        );
    }

    #[test]
    fn report_date_from_yesterday_phrase() {
        let t = "since the dawn of yesterday the 14th of january 2017, the clashes";
        let infer = |t: &str| infer_published(&DateWindows::new(&Words::new(t))).map(|x| x.0);
        assert_eq!(infer(t), Some(d("2017-01-15")));
        assert_eq!(infer("no date here"), None);
    }

    #[test]
    fn years_are_filled_from_the_report_date() {
        let x = find_dates("since the 10th of december", Some(d("2019-01-25")));
        assert_eq!(x[0].start, Some(d("2018-12-10")));
    }
}
