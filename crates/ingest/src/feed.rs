//! RSS 2.0 and Atom feeds: their items as documents to ingest.

use crate::html::article_text;
use crate::markup::{attr, decode_entities, tokens, Token};
use marsad_model::Date;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedItem {
    /// `guid`/`id`, else the link, else the title.
    pub id: String,
    pub title: Option<String>,
    pub link: Option<String>,
    pub published: Option<Date>,
    /// The item's text (HTML content reduced to text).
    pub text: String,
}

/// Whether a body looks like a feed rather than a page.
pub fn is_feed(body: &str) -> bool {
    let head = &body[..body.len().min(2048)].to_ascii_lowercase();
    head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
}

/// RFC 822 ("Tue, 15 Jan 2019 08:00:00 GMT") or RFC 3339 ("2019-01-15T08:00:00Z").
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(d) = Date::parse_iso(s.get(..10)?) {
        return Some(d);
    }
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let parts: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|p| !p.is_empty())
        .collect();
    let i = parts
        .iter()
        .position(|p| p.chars().all(|c| c.is_ascii_digit()) && p.len() <= 2)?;
    let day: u8 = parts[i].parse().ok()?;
    let month = months.iter().position(|m| {
        parts
            .get(i + 1)
            .is_some_and(|p| p.to_ascii_lowercase().starts_with(m))
    })? as u8
        + 1;
    let year: i32 = parts.get(i + 2)?.parse().ok()?;
    Date::new(year, month, day)
}

/// The items of an RSS or Atom feed. Items without text are skipped.
pub fn parse(xml: &str) -> Vec<FeedItem> {
    let toks = tokens(xml);
    let mut items = Vec::new();
    let mut cur: Option<Vec<(String, String, Option<String>)>> = None; // (field, text, href)
    let mut field: Option<(String, Option<String>)> = None;
    let mut buf = String::new();
    for t in &toks {
        match t {
            Token::Open {
                name,
                attrs,
                self_closing,
            } => {
                let local = name.rsplit(':').next().unwrap_or(name).to_string();
                if (local == "item" || local == "entry") && !self_closing {
                    cur = Some(Vec::new());
                } else if cur.is_some() {
                    if *self_closing {
                        if local == "link" {
                            if let Some(c) = cur.as_mut() {
                                c.push(("link".into(), String::new(), attr(attrs, "href")));
                            }
                        }
                    } else {
                        field = Some((
                            if name == "content:encoded" {
                                "content".into()
                            } else {
                                local
                            },
                            attr(attrs, "href"),
                        ));
                        buf.clear();
                    }
                }
            }
            Token::Close { name } => {
                let local = name.rsplit(':').next().unwrap_or(name).to_string();
                if local == "item" || local == "entry" {
                    if let Some(fields) = cur.take() {
                        if let Some(item) = to_item(&fields) {
                            items.push(item);
                        }
                    }
                } else if let (Some(c), Some((f, href))) = (cur.as_mut(), field.take()) {
                    c.push((f, std::mem::take(&mut buf), href));
                }
            }
            Token::Text(s) => {
                if field.is_some() {
                    buf.push_str(&decode_entities(s));
                }
            }
            Token::CData(s) => {
                if field.is_some() {
                    buf.push_str(s);
                }
            }
        }
    }
    items
}

fn to_item(fields: &[(String, String, Option<String>)]) -> Option<FeedItem> {
    let get = |names: &[&str]| {
        fields
            .iter()
            .find(|(f, t, _)| names.contains(&f.as_str()) && !t.trim().is_empty())
            .map(|(_, t, _)| t.trim().to_string())
    };
    let link = get(&["link"]).or_else(|| {
        fields
            .iter()
            .find(|(f, _, h)| f == "link" && h.is_some())
            .and_then(|(_, _, h)| h.clone())
    });
    let title = get(&["title"]);
    let body = get(&["content", "encoded", "description", "summary"]).unwrap_or_default();
    let text = if body.contains('<') {
        article_text(&body).1
    } else {
        body.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    if text.trim().is_empty() {
        return None;
    }
    let id = get(&["guid", "id"]).or(link.clone()).or(title.clone())?;
    let published = get(&["pubdate", "published", "updated", "date"]).and_then(|d| parse_date(&d));
    Some(FeedItem {
        id,
        title,
        link,
        published,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_and_atom_items() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>SOHR</title>
          <item><title>Clashes in Hajin</title><link>https://example.org/a</link><guid>a-1</guid>
          <pubDate>Tue, 15 Jan 2019 08:00:00 GMT</pubDate>
          <description><![CDATA[<p>The SOHR documented the death of <b>3</b> ISIS members in Hajin.</p>]]></description></item>
          <item><title>Empty</title><description></description></item></channel></rss>"#;
        let items = parse(rss);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].id, "a-1");
        assert_eq!(
            items[0].published.map(|d| d.to_string()).as_deref(),
            Some("2019-01-15")
        );
        assert_eq!(
            items[0].text,
            "The SOHR documented the death of 3 ISIS members in Hajin."
        );
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id><title>T</title>
          <link href="https://example.org/b"/><published>2020-03-04T10:00:00Z</published>
          <content type="html">&lt;p&gt;Shelling on Idlib killed 2 civilians.&lt;/p&gt;</content></entry></feed>"#;
        let items = parse(atom);
        assert_eq!(items[0].link.as_deref(), Some("https://example.org/b"));
        assert_eq!(items[0].text, "Shelling on Idlib killed 2 civilians.");
        assert!(is_feed(atom) && is_feed(rss) && !is_feed("<html><body>x</body></html>"));
    }
}
