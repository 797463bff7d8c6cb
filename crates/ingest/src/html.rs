//! An article's text from a web page.
//!
//! Keeps the text of block elements inside the page's main content (`<article>`,
//! `<main>`, or the body), drops elements that are page furniture by tag (`nav`,
//! `header`, `footer`, `aside`, `form`) or by class/id words (cookie, banner,
//! share, related, menu, comment, widget, newsletter), and cuts at a "Related
//! Articles" heading.

use crate::markup::{attr, decode_entities, tokens, Token};

const SKIP_TAGS: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "button", "select", "svg", "figure", "iframe",
];
const SKIP_WORDS: &[&str] = &[
    "cookie",
    "consent",
    "banner",
    "share",
    "social",
    "related",
    "menu",
    "comment",
    "widget",
    "newsletter",
    "sidebar",
    "breadcrumb",
    "subscribe",
    "advert",
    "promo",
    "popup",
    "modal",
    "footer",
    "header",
    "navigation",
];
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "li",
    "blockquote",
    "div",
    "section",
    "article",
    "td",
    "br",
    "tr",
];
const VOID: &[&str] = &[
    "br", "img", "hr", "meta", "link", "input", "source", "wbr", "col", "area", "base", "embed",
    "param", "track",
];

/// A page's title and article text (paragraphs separated by blank lines).
pub fn article_text(html: &str) -> (Option<String>, String) {
    let toks = tokens(html);
    let mut title = None;
    let mut h1 = None;
    // Prefer <article> or <main> when the page has one.
    let has = |n: &str| {
        toks.iter()
            .any(|t| matches!(t, Token::Open { name, .. } if name == n))
    };
    let scope = if has("article") {
        "article"
    } else if has("main") {
        "main"
    } else {
        "body"
    };
    let mut in_scope = scope == "body" && !has("body");
    let mut stack: Vec<(String, bool)> = Vec::new(); // (tag, skipping)
    let mut in_title = false;
    let mut in_h1 = false;
    let mut out = String::new();
    let mut para = String::new();
    let flush = |para: &mut String, out: &mut String| {
        let t = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if !t.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&t);
        }
        para.clear();
    };
    let mut done = false;
    for t in &toks {
        if done {
            break;
        }
        let skipping = stack.iter().any(|(_, s)| *s);
        match t {
            Token::Open {
                name,
                attrs,
                self_closing,
            } => {
                if name == "title" {
                    in_title = true;
                }
                if name == "h1" {
                    in_h1 = true;
                }
                if name == scope {
                    in_scope = true;
                }
                let cls = format!(
                    "{} {}",
                    attr(attrs, "class").unwrap_or_default(),
                    attr(attrs, "id").unwrap_or_default()
                )
                .to_lowercase();
                let skip = SKIP_TAGS.contains(&name.as_str())
                    || SKIP_WORDS.iter().any(|w| cls.contains(w));
                if BLOCKS.contains(&name.as_str()) && !skipping {
                    flush(&mut para, &mut out);
                }
                if !self_closing && !VOID.contains(&name.as_str()) {
                    stack.push((name.clone(), skip));
                }
            }
            Token::Close { name } => {
                if name == "title" {
                    in_title = false;
                }
                if name == "h1" {
                    in_h1 = false;
                }
                if let Some(pos) = stack.iter().rposition(|(n, _)| n == name) {
                    stack.truncate(pos);
                }
                if BLOCKS.contains(&name.as_str()) && !skipping {
                    flush(&mut para, &mut out);
                }
                if name == scope && scope != "body" {
                    done = true;
                }
            }
            Token::Text(s) | Token::CData(s) => {
                let text = decode_entities(s);
                if in_title {
                    title.get_or_insert_with(String::new).push_str(&text);
                    continue;
                }
                if in_h1 && !skipping {
                    h1.get_or_insert_with(String::new).push_str(&text);
                }
                if in_scope && !skipping {
                    let lower = text.trim().to_lowercase();
                    if lower == "related articles"
                        || lower == "related posts"
                        || lower == "read more"
                    {
                        done = true;
                        continue;
                    }
                    para.push_str(&text);
                    para.push(' ');
                }
            }
        }
    }
    flush(&mut para, &mut out);
    let clean = |s: String| {
        Some(s.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|s| !s.is_empty())
    };
    (h1.and_then(clean).or(title.and_then(clean)), out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_article_and_drops_furniture() {
        let page = r#"<html><head><title>SOHR | Clashes</title><script>var x='<p>no</p>';</script></head>
        <body><nav><a>Home</a><a>Reports</a></nav>
        <div class="cookie-banner">This website uses cookies. Accept</div>
        <article><h1>Clashes in Hajin</h1><p>The SOHR documented the death of 3 ISIS members&nbsp;in Hajin.</p>
        <div class="share-buttons">Share on Facebook</div>
        <p>Regime forces shelled al-Mayadin.</p><h3>Related Articles</h3><p>Old story with 99 dead.</p></article>
        <footer>© SOHR</footer></body></html>"#;
        let (title, text) = article_text(page);
        assert_eq!(title.as_deref(), Some("Clashes in Hajin"));
        assert!(text.contains("death of 3 ISIS members in Hajin."), "{text}");
        assert!(text.contains("Regime forces shelled al-Mayadin."));
        for junk in ["cookies", "Share on", "Home", "99 dead", "©", "var x"] {
            assert!(!text.contains(junk), "{junk} in {text}");
        }
    }

    #[test]
    fn hostile_markup_does_not_panic() {
        for s in [
            "<article><p>unclosed",
            "</article></p><<<",
            "<p class='",
            "<div class=\"related\"><p>x",
            "",
        ] {
            let _ = article_text(s);
        }
    }
}
