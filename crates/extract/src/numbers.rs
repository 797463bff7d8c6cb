//! Numbers as reports write them: digits ("28,150", glued "123citizens"), words
//! ("twenty-one", "one hundred and fifty"), vague words ("tens", "dozens",
//! "several") and the hedges around them ("at least", "about", "more than").

use crate::words::{WordKind, Words};
use marsad_model::{Count, Qualifier};

/// A number in the text: words `first..=last` (hedges included) and its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberExpr {
    pub first: usize,
    pub last: usize,
    pub count: Count,
    /// "a"/"an"/"one" before a singular noun: only a number if a person noun follows.
    pub article: bool,
}

fn unit(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    })
}

fn tens(w: &str) -> Option<u32> {
    Some(match w {
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Whether a word can open a number written in words: the words [`unit`], [`tens`],
/// [`vague`], [`value_at`] and [`number_at`] start with (a unit test keeps them in step).
fn opens_number_word(w: &str) -> bool {
    unit(w).is_some()
        || tens(w).is_some()
        || matches!(
            w,
            "tens"
                | "dozens"
                | "scores"
                | "hundreds"
                | "thousands"
                | "several"
                | "many"
                | "multiple"
                | "a"
                | "an"
                | "another"
                | "half"
        )
}

/// Vague quantity words with the conservative range a coder would use.
fn vague(w: &Words<'_>, i: usize) -> Option<(Count, usize)> {
    let c = |low: u32, best: Option<u32>, high: u32, q: Qualifier| Count {
        low: Some(low),
        best,
        high: Some(high),
        qualifier: q,
    };
    let one = |count| Some((count, i));
    match w.w(i) {
        "tens" => one(c(10, Some(10), 99, Qualifier::Tens)),
        "dozens" => one(c(12, Some(12), 99, Qualifier::Dozens)),
        "scores" => one(c(20, Some(20), 99, Qualifier::Dozens)),
        "hundreds" => one(c(100, Some(100), 999, Qualifier::Hundreds)),
        "thousands" => one(c(1000, Some(1000), 9999, Qualifier::Thousands)),
        "several" | "many" | "multiple" => one(c(2, None, 9, Qualifier::Several)),
        "a" if w.is(i + 1, "number") && w.is(i + 2, "of") => {
            Some((c(2, None, 9, Qualifier::Several), i + 2))
        }
        "a" if w.is(i + 1, "few") => Some((c(2, None, 9, Qualifier::Several), i + 1)),
        _ => None,
    }
}

/// Whether the digits at word `i` are an ordinal: "st", "nd", "rd" or "th" glued after.
pub fn is_ordinal(w: &Words<'_>, i: usize) -> bool {
    w.words
        .get(i + 1)
        .is_some_and(|x| x.start == w.words[i].end)
        && w.is_any(i + 1, &["st", "nd", "rd", "th"])
}

/// The plain value of the number starting at word `i`, and its last word.
pub(crate) fn value_at(w: &Words<'_>, i: usize) -> Option<(u32, usize)> {
    let word = w.words.get(i)?;
    if word.kind == WordKind::Digits {
        // The tail of "2.5", "10:30" or "28,150" is not a number of its own.
        if i >= 2
            && w.is_any(i - 1, &[".", ":", ","])
            && w.words[i - 1].start == w.words[i - 2].end
            && w.words[i - 1].end == word.start
            && w.words[i - 2].kind == WordKind::Digits
        {
            return None;
        }
        let mut s: String = w.w(i).to_string();
        let mut last = i;
        // Thousands separators: "28,150".
        while w.is(last + 1, ",")
            && w.words
                .get(last + 2)
                .is_some_and(|x| x.kind == WordKind::Digits && x.end - x.start == 3)
            && w.words[last + 1].start == w.words[last].end
            && w.words[last + 2].start == w.words[last + 1].end
        {
            s.push_str(w.w(last + 2));
            last += 2;
        }
        // A decimal ("2.5 km") or a time ("10:30") is not a head count.
        if (w.is(last + 1, ".") || w.is(last + 1, ":"))
            && w.words
                .get(last + 2)
                .is_some_and(|x| x.kind == WordKind::Digits && x.start == w.words[last + 1].end)
        {
            return None;
        }
        if s.len() > 9 {
            return None;
        }
        // An ordinal ("4th Farm", "the 1st Regiment") counts nothing; a noun glued to a
        // number ("123citizens") still does.
        if is_ordinal(w, last) {
            return None;
        }
        // "10 million", "500 thousand".
        let scale = match w.w(last + 1) {
            "million" | "millions" => 1_000_000,
            "thousand" => 1000,
            _ => 1,
        };
        let v: u32 = s.parse().ok()?;
        return if scale > 1 {
            v.checked_mul(scale).map(|v| (v, last + 1))
        } else {
            Some((v, last))
        };
    }
    // "a quarter of a million", "half a million".
    if w.phrase_at(i, "a quarter of a million") {
        return Some((250_000, i + 4));
    }
    if w.phrase_at(i, "half a million") {
        return Some((500_000, i + 2));
    }
    let mut total = 0u32;
    let mut last = i;
    let mut cur = if let Some(t) = tens(w.w(i)) {
        if w.is(i + 1, "-") && unit(w.w(i + 2)).is_some_and(|u| u < 10) {
            last = i + 2;
            t + unit(w.w(i + 2))?
        } else if unit(w.w(i + 1)).is_some_and(|u| u < 10) {
            last = i + 1;
            t + unit(w.w(i + 1))?
        } else {
            t
        }
    } else if let Some(u) = unit(w.w(i)) {
        u
    } else if w.is(i, "a") && w.is_any(i + 1, &["hundred", "thousand", "million"]) {
        1
    } else {
        return None;
    };
    loop {
        match w.w(last + 1) {
            "hundred" => {
                cur *= 100;
                last += 1;
                if w.is(last + 1, "and") {
                    if let Some((rest, l)) = value_at(w, last + 2).filter(|(r, _)| *r < 100) {
                        cur += rest;
                        last = l;
                    }
                }
            }
            "million" | "millions" => {
                cur = cur.checked_mul(1_000_000)?;
                last += 1;
                break;
            }
            "thousand" => {
                total += cur * 1000;
                cur = 0;
                last += 1;
                if let Some((rest, l)) = value_at(w, last + 1).filter(|(r, _)| *r < 1000) {
                    cur = rest;
                    last = l;
                } else if w.is(last + 1, "and") {
                    if let Some((rest, l)) = value_at(w, last + 2).filter(|(r, _)| *r < 1000) {
                        cur = rest;
                        last = l;
                    }
                }
                break;
            }
            _ => break,
        }
    }
    Some((total + cur, last))
}

/// Hedge words ending just before word `i`: returns the qualifier and first word.
fn hedge_before(w: &Words<'_>, i: usize) -> Option<(Qualifier, usize)> {
    const HEDGES: &[(&str, Qualifier)] = &[
        ("at least", Qualifier::AtLeast),
        ("not less than", Qualifier::AtLeast),
        ("no less than", Qualifier::AtLeast),
        ("no fewer than", Qualifier::AtLeast),
        ("not fewer than", Qualifier::AtLeast),
        ("a minimum of", Qualifier::AtLeast),
        ("more than", Qualifier::MoreThan),
        ("over", Qualifier::MoreThan),
        ("upwards of", Qualifier::MoreThan),
        ("about", Qualifier::About),
        ("around", Qualifier::About),
        ("approximately", Qualifier::About),
        ("roughly", Qualifier::About),
        ("some", Qualifier::About),
        ("an estimated", Qualifier::About),
        ("estimated", Qualifier::About),
        ("nearly", Qualifier::Nearly),
        ("almost", Qualifier::Nearly),
        ("close to", Qualifier::Nearly),
        ("up to", Qualifier::UpTo),
        ("as many as", Qualifier::UpTo),
        ("less than", Qualifier::UpTo),
        ("fewer than", Qualifier::UpTo),
        // "documented the death of only two SDF members": no hedge, but part of the
        // phrase, between the outcome and the number.
        ("only", Qualifier::Exact),
    ];
    if i == 0 {
        return None;
    }
    // Only hedges ending in the word before the number can match.
    let prev = w.w(i - 1);
    for (h, q) in HEDGES {
        let ends_with_prev = h
            .strip_suffix(prev)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '));
        if !ends_with_prev {
            continue;
        }
        let n = Words::phrase_len(h);
        if i >= n && w.phrase_at(i - n, h) {
            return Some((*q, i - n));
        }
    }
    None
}

/// A hedge right after the number's noun phrase ("34 members at least").
pub fn hedge_after(w: &Words<'_>, i: usize) -> Option<(Qualifier, usize)> {
    if w.phrase_at(i, "at least") {
        return Some((Qualifier::AtLeast, i + 1));
    }
    if w.phrase_at(i, "or more") {
        return Some((Qualifier::AtLeast, i + 1));
    }
    None
}

/// Applies a hedge to an exact count.
pub fn hedged(mut c: Count, q: Qualifier) -> Count {
    if c.qualifier != Qualifier::Exact {
        return c;
    }
    c.qualifier = q;
    match q {
        Qualifier::AtLeast | Qualifier::MoreThan => c.high = None,
        Qualifier::UpTo => c.low = Some(0).max(c.low.map(|_| 1)),
        Qualifier::About | Qualifier::Nearly => {
            c.high = c.best.map(|b| b + b / 10);
        }
        _ => {}
    }
    c
}

/// The word "old" of an age whose number ends at word `last`: "10-year-old", "16 years
/// old", "a six-month-old baby".
pub(crate) fn age_end(w: &Words<'_>, last: usize) -> Option<usize> {
    let mut k = last + 1;
    if w.is(k, "-") {
        k += 1;
    }
    if !w.is_any(k, &["year", "years", "month", "months"]) {
        return None;
    }
    if w.is(k + 1, "old") {
        Some(k + 1)
    } else {
        (w.is(k + 1, "-") && w.is(k + 2, "old")).then_some(k + 2)
    }
}

/// The number starting at word `i`, if any, with hedges before it.
pub fn number_at(w: &Words<'_>, i: usize) -> Option<NumberExpr> {
    // Most words open no number: one test on the word before the full readings.
    if w.words.get(i)?.kind != WordKind::Digits && !opens_number_word(w.w(i)) {
        return None;
    }
    let (count, last, article) = if let Some((c, last)) = vague(w, i) {
        (c, last, false)
    } else if w.is_any(i, &["a", "one"]) && w.is(i + 1, "dozen") {
        // "a dozen people": twelve, as written.
        (Count::exact(12), i + 1, false)
    } else if let Some((v, last)) = value_at(w, i) {
        // Ranges: "10 to 15", "10-15", "between 10 and 15".
        let (hi, last) = match (w.w(last + 1), value_at(w, last + 2)) {
            ("to" | "-", Some((h, l))) if h > v => (h, l),
            ("and", Some((h, l))) if h > v && i > 0 && w.is(i - 1, "between") => (h, l),
            // "either 2 or 3 members".
            ("or", Some((h, l))) if h > v => (h, l),
            _ => (v, last),
        };
        let mut c = Count::exact(v);
        if hi > v {
            c.high = Some(hi);
            c.qualifier = Qualifier::About;
        }
        (c, last, w.is(i, "one") && last == i)
    } else if w.is_any(i, &["a", "an", "another"]) {
        // "another seven people", "a dozen people": the number that follows counts them
        // (not an age, "a seven-year-old child", nor a formation's number, "a 52
        // Armored Brigade soldier").
        let next = vague(w, i + 1)
            .map(|(_, l)| l)
            .or_else(|| value_at(w, i + 1).map(|(_, l)| l));
        match next.map(|l| (l, age_end(w, l))) {
            // "a 10-year-old child": one child; the phrase goes on after the age.
            Some((_, Some(old))) => (Count::exact(1), old, true),
            // (A formation's number is in digits: "another two IRGC members" are two.)
            Some((l, None))
                if w.words[i + 1].kind != WordKind::Digits
                    || !w.words.get(l + 1).is_some_and(|x| x.capitalized) =>
            {
                return None
            }
            _ => (Count::exact(1), i, true),
        }
    } else {
        return None;
    };
    // "a 10-year-old child", "the 16 years old boy": an age, not a count.
    if age_end(w, last).is_some() {
        return None;
    }
    let (count, first) = match hedge_before(w, i) {
        Some((q, f)) => (hedged(count, q), f),
        None => (count, i),
    };
    Some(NumberExpr {
        first,
        last,
        count,
        article,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(Option<u32>, Qualifier)> {
        let w = Words::new(s);
        (0..w.len())
            .find_map(|i| number_at(&w, i).filter(|n| !n.article))
            .map(|n| (n.count.best, n.count.qualifier))
    }

    #[test]
    fn a_dozen_is_twelve() {
        assert_eq!(
            parse("injuring a dozen people"),
            Some((Some(12), Qualifier::Exact))
        );
        assert_eq!(
            parse("injuring about a dozen people"),
            Some((Some(12), Qualifier::About))
        );
    }

    #[test]
    fn digits_words_and_hedges() {
        assert_eq!(
            parse("killed 34 members"),
            Some((Some(34), Qualifier::Exact))
        );
        assert_eq!(
            parse("at least 123citizens"),
            Some((Some(123), Qualifier::AtLeast))
        );
        assert_eq!(
            parse("it rose to 28,150 people"),
            Some((Some(28150), Qualifier::Exact))
        );
        assert_eq!(
            parse("twenty-one fighters"),
            Some((Some(21), Qualifier::Exact))
        );
        assert_eq!(
            parse("one hundred and fifty people"),
            Some((Some(150), Qualifier::Exact))
        );
        assert_eq!(
            parse("more than 713 detainees"),
            Some((Some(713), Qualifier::MoreThan))
        );
        assert_eq!(
            parse("nearly 150 members"),
            Some((Some(150), Qualifier::Nearly))
        );
        assert_eq!(
            parse("about two thousand people"),
            Some((Some(2000), Qualifier::About))
        );
        assert_eq!(
            parse("a million people"),
            Some((Some(1_000_000), Qualifier::Exact))
        );
        assert_eq!(
            parse("more than a quarter of a million people"),
            Some((Some(250_000), Qualifier::MoreThan))
        );
        assert_eq!(
            parse("half a million people"),
            Some((Some(500_000), Qualifier::Exact))
        );
        assert_eq!(
            parse("around 10 million have been displaced"),
            Some((Some(10_000_000), Qualifier::About))
        );
        assert_eq!(parse("5000 million"), None);
    }

    #[test]
    fn only_listed_words_open_numbers() {
        // Every word a number can open with passes the quick test: read each word of a
        // text rich in number words both ways.
        let text = "a an another half one two three four five six seven eight nine ten eleven twelve thirteen \
            fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty \
            ninety tens dozens scores hundreds thousands several many multiple a number of a few a hundred \
            a quarter of a million half a million 28,150 people and some others were killed";
        let w = Words::new(text);
        for i in 0..w.len() {
            let opens = vague(&w, i).is_some()
                || value_at(&w, i).is_some()
                || w.is_any(i, &["a", "an", "another"]);
            if opens {
                let quick = w.words[i].kind == WordKind::Digits || opens_number_word(w.w(i));
                assert!(
                    quick,
                    "{:?} opens a number but the quick test refuses it",
                    w.w(i)
                );
            }
        }
    }

    #[test]
    fn vague_words_take_conservative_values() {
        assert_eq!(parse("tens of people"), Some((Some(10), Qualifier::Tens)));
        assert_eq!(
            parse("dozens of fighters"),
            Some((Some(12), Qualifier::Dozens))
        );
        assert_eq!(
            parse("hundreds of wounded"),
            Some((Some(100), Qualifier::Hundreds))
        );
        assert_eq!(parse("several others"), Some((None, Qualifier::Several)));
    }

    #[test]
    fn decimals_and_times_are_not_counts() {
        for text in ["at 10:30 the", "a 2.5 km"] {
            let w = Words::new(text);
            assert!(
                (0..w.len()).all(|i| number_at(&w, i).is_none_or(|n| n.article)),
                "{text}"
            );
        }
    }
}
