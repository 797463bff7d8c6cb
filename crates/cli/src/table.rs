//! The readable `--format table` view of extractions.

use marsad_model::{Count, Extraction, Qualifier};
use std::fmt::Write;

pub fn count(c: &Count) -> String {
    let n = c.best.map_or_else(|| "?".to_string(), |b| b.to_string());
    match c.qualifier {
        Qualifier::Exact => n,
        q => format!("{n} ({q})"),
    }
}

pub fn render(x: &Extraction) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== {}{}",
        x.id,
        x.title.as_ref().map_or(String::new(), |t| format!(": {t}"))
    );
    let _ = writeln!(
        s,
        "   published: {} ({:?}){}",
        x.published
            .date
            .map_or("unknown".to_string(), |d| d.to_string()),
        x.published.basis,
        x.published
            .not_before
            .map_or(String::new(), |d| format!(", not before {d}"))
    );
    for (i, e) in x.events.iter().enumerate() {
        let place = e.location.as_ref().map_or("-".to_string(), |l| {
            format!(
                "{} [{}] {} p{}",
                l.name,
                l.pcode.as_deref().unwrap_or("no pcode"),
                l.admin1.as_deref().unwrap_or(""),
                l.precision
            )
        });
        let date = match (e.date.start, e.date.end) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a}..{b}"),
            _ => "?".to_string(),
        };
        let _ = writeln!(
            s,
            "  #{} {} {} / {} | {} ({:?}) | {}",
            i + 1,
            if e.kind == marsad_model::EventKind::Incident {
                "INCIDENT"
            } else {
                "EARLIER "
            },
            e.event_type,
            e.sub_event_type,
            date,
            e.date.precision,
            place
        );
        let actors: Vec<String> = e
            .actors
            .iter()
            .map(|a| {
                format!(
                    "{}:{:?}{}",
                    a.party,
                    a.role,
                    if a.certainty == marsad_model::Certainty::Suspected {
                        "?"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "     actors: {}   fatalities: {}",
            actors.join(", "),
            e.fatalities
        );
        for c in &e.casualties {
            let _ = writeln!(
                s,
                "     - {} {} {}{}",
                c.outcome,
                count(&c.count),
                c.party,
                c.subgroup
                    .as_ref()
                    .map_or(String::new(), |g| format!(" ({g})"))
            );
        }
    }
    for t in &x.tallies {
        let parts: Vec<String> = t
            .parts
            .iter()
            .map(|p| format!("{} {}", count(&p.count), p.subgroup))
            .collect();
        let _ = writeln!(
            s,
            "  TALLY {} {} {}{}{}{}{}",
            t.outcome,
            count(&t.count),
            t.party,
            t.since.map_or(String::new(), |d| format!(" since {d}")),
            if t.regions.is_empty() {
                String::new()
            } else {
                format!(" in {}", t.regions.join(", "))
            },
            t.perpetrator.map_or(String::new(), |p| format!(" by {p}")),
            if parts.is_empty() {
                String::new()
            } else {
                format!(" incl. {}", parts.join(", "))
            }
        );
    }
    for w in &x.warnings {
        let _ = writeln!(s, "  ! {}: {}", w.code, w.message);
    }
    s
}
