//! A forgiving tag tokenizer for HTML and XML: enough to find elements, attributes
//! and text in what web servers actually send, without building a tree.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    Open {
        name: String,
        attrs: &'a str,
        self_closing: bool,
    },
    Close {
        name: String,
    },
    Text(&'a str),
    /// `<![CDATA[...]]>` content, verbatim.
    CData(&'a str),
}

/// Splits markup into tags and text. Comments, doctypes and processing
/// instructions are skipped; an unterminated tag ends the input.
pub fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < b.len() {
        if b[i] != b'<' {
            let j = s[i..].find('<').map_or(s.len(), |k| i + k);
            out.push(Token::Text(&s[i..j]));
            i = j;
            continue;
        }
        let rest = &s[i..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(s.len(), |k| i + k + 3);
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            let end = rest.find("]]>").map_or(s.len(), |k| i + k);
            out.push(Token::CData(&s[i + 9..end.max(i + 9)]));
            i = (end + 3).min(s.len());
            continue;
        }
        if rest.starts_with("<!") || rest.starts_with("<?") {
            i = rest.find('>').map_or(s.len(), |k| i + k + 1);
            continue;
        }
        let Some(end) = rest.find('>') else { break };
        let inner = &rest[1..end];
        i += end + 1;
        if let Some(name) = inner.strip_prefix('/') {
            out.push(Token::Close {
                name: name.trim().to_ascii_lowercase(),
            });
            continue;
        }
        let self_closing = inner.ends_with('/');
        let inner = inner.trim_end_matches('/');
        let name_end = inner
            .find(|c: char| c.is_whitespace())
            .unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        if name.is_empty() || !name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
            out.push(Token::Text(&s[i - end - 1..i]));
            continue;
        }
        out.push(Token::Open {
            name: name.clone(),
            attrs: &inner[name_end..],
            self_closing,
        });
        // Raw text elements: their content is not markup.
        if matches!(name.as_str(), "script" | "style" | "noscript" | "template") && !self_closing {
            let close = format!("</{name}");
            let lower = s[i..].to_ascii_lowercase();
            let k = lower.find(&close).unwrap_or(s.len() - i);
            i += k;
        }
    }
    out
}

/// Decodes the common character references (`&amp;`, `&#8217;`, `&#x2019;` ...).
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[..rest.len().min(12)].find(';');
        let decoded = end.and_then(|e| {
            let ent = &rest[1..e];
            let c = match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "rdquo" => Some('”'),
                "ldquo" => Some('“'),
                "ndash" => Some('–'),
                "mdash" => Some('—'),
                "hellip" => Some('…'),
                _ => {
                    let n = ent
                        .strip_prefix("#x")
                        .or_else(|| ent.strip_prefix("#X"))
                        .map(|h| u32::from_str_radix(h, 16).ok());
                    let n = n.unwrap_or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()));
                    n.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The value of attribute `name` in a tag's attribute text.
pub fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let after = lower[at + name.len()..].trim_start();
        if before_ok && after.starts_with('=') {
            let v = attrs[attrs.len() - after.len() + 1..].trim_start();
            let val = if let Some(q) = v.strip_prefix('"') {
                q.split('"').next()
            } else if let Some(q) = v.strip_prefix('\'') {
                q.split('\'').next()
            } else {
                v.split_whitespace().next()
            };
            return val.map(decode_entities);
        }
        from = at + name.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_survive_broken_markup() {
        for s in [
            "<",
            "<<>>",
            "<a href='x",
            "<![CDATA[ unterminated",
            "<!-- open",
            "text <b>bold</b> & more",
            "<script>if (a<b) {}</script>x",
        ] {
            let _ = tokens(s);
        }
        let t = tokens("<p class=\"x\">Hello &amp; bye</p><script>var a = '<p>';</script>");
        assert_eq!(
            t[0],
            Token::Open {
                name: "p".into(),
                attrs: " class=\"x\"",
                self_closing: false
            }
        );
        assert_eq!(t[1], Token::Text("Hello &amp; bye"));
        assert!(!t
            .iter()
            .any(|x| matches!(x, Token::Text(s) if s.contains("var a"))));
    }

    #[test]
    fn entities_and_attributes() {
        assert_eq!(
            decode_entities("Deir Ezzor&#8217;s &amp; al-Omar&nbsp;field &bogus;"),
            "Deir Ezzor’s & al-Omar field &bogus;"
        );
        assert_eq!(
            attr(" class=\"cookie-banner\" id=x", "class").as_deref(),
            Some("cookie-banner")
        );
        assert_eq!(
            attr(" data-class='a' class='b'", "class").as_deref(),
            Some("b")
        );
    }
}
