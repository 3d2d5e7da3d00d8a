//! The article in an HTML page saved from a browser or exported by a CMS.
//!
//! The page is parsed with a real HTML parser (`scraper`, on html5ever). The body is the
//! largest `<article>`, else `<main>`, else `<body>`; navigation, headers and footers of the
//! page, asides, forms, scripts and styles are dropped. Each block (paragraph, heading, list
//! item...) becomes one line; the headline is the page's `<h1>`, else its `<title>`, when the
//! body has none. Every piece of text is located in the page source, so that a finding names
//! the line of the page where its words are.

use crate::lexicon;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

use super::source_map::OffsetMap;

/// How far past the previous piece of text the next one is looked for in the source.
const SEARCH_WINDOW: usize = 64 * 1024;
/// How much of a piece of text is looked for verbatim.
const PREFIX_BYTES: usize = 48;

/// The article text of a page, and where each part of it is in the page source.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub text: String,
    /// Text offsets -> page source offsets.
    pub map: OffsetMap,
}

/// Whether `text` (a file without an `.html` extension) is an HTML page.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start();
    let head = start.get(..15).unwrap_or(start).to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Elements nested deeper than this are read as if their tags were not there: the parser's
/// work per tag grows with the depth, so a page of 100,000 nested `<div>`s would take
/// minutes. Real pages stay far below (browsers limit the DOM depth they build to 512).
const MAX_DEPTH: usize = 256;

/// `source` with the tags nested deeper than `MAX_DEPTH` replaced by spaces, byte for byte,
/// so every offset stays where it was; borrowed as it is when no tag is that deep.
fn flatten_deep_nesting(source: &str) -> std::borrow::Cow<'_, str> {
    let bytes = source.as_bytes();
    let mut blank: Vec<std::ops::Range<usize>> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(at) = source[i..].find('<').map(|p| i + p) {
        let rest = &source[at..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(source.len(), |p| at + p + 3);
            continue;
        }
        let Some(end) = rest.find('>').map(|p| at + p + 1) else {
            break;
        };
        let closing = bytes.get(at + 1) == Some(&b'/');
        let name: String = source[at + 1 + usize::from(closing)..end]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        i = end;
        if name.is_empty()
            || lexicon::HTML_VOID_ELEMENTS.contains(&name)
            || source[..end].ends_with("/>")
        {
            continue;
        }
        if closing {
            if depth > MAX_DEPTH {
                blank.push(at..end);
            }
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            if depth > MAX_DEPTH {
                blank.push(at..end);
            }
            // The text of a script or style is no markup.
            if matches!(name.as_str(), "script" | "style") {
                i = source[end..]
                    .match_indices("</")
                    .map(|(p, _)| end + p)
                    .find(|&p| {
                        source
                            .get(p + 2..p + 2 + name.len())
                            .is_some_and(|n| n.eq_ignore_ascii_case(&name))
                    })
                    .unwrap_or(source.len());
            }
        }
    }
    if blank.is_empty() {
        return source.into();
    }
    let mut out = bytes.to_vec();
    for range in blank {
        out[range].fill(b' ');
    }
    // Only ASCII tag bytes were replaced by ASCII spaces: still UTF-8.
    String::from_utf8(out)
        .map(Into::into)
        .unwrap_or_else(|_| source.into())
}

/// Extracts the article text of the HTML page `source`.
pub fn extract(source: &str) -> Extracted {
    let flattened = flatten_deep_nesting(source);
    let source: &str = &flattened;
    let page = Html::parse_document(source);
    let root = page.tree.root();
    let element_named = |name: &str| {
        root.descendants()
            .filter(|n| n.value().as_element().is_some_and(|e| e.name() == name))
            .max_by_key(|n| {
                // The largest one, first on ties.
                let len: usize = n
                    .descendants()
                    .filter_map(|d| d.value().as_text().map(|t| t.len()))
                    .sum();
                (len, std::cmp::Reverse(n.id()))
            })
    };
    let (container, in_article) = match element_named("article").or_else(|| element_named("main")) {
        Some(node) => (node.id(), true),
        None => (element_named("body").map_or(root.id(), |n| n.id()), false),
    };
    let dropped = |name: &str| {
        lexicon::HTML_DROPPED_ELEMENTS.contains(name) || (name == "header" && !in_article)
    };

    let mut text = String::new();
    let mut points: Vec<(usize, usize)> = Vec::new();
    let mut cursor = 0;
    let (mut inside, mut skip, mut in_h1, mut in_title) = (false, 0usize, 0usize, 0usize);
    let (mut emitted_h1, mut h1, mut title) = (false, None, None);
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                _ if node.id() == container && !inside => {
                    inside = true;
                }
                Node::Element(e) => {
                    let name = e.name();
                    if dropped(name) {
                        skip += 1;
                    }
                    if lexicon::HTML_BLOCK_ELEMENTS.contains(name) {
                        break_line(&mut text);
                    }
                    in_h1 += usize::from(name == "h1");
                    in_title += usize::from(name == "title");
                }
                Node::Text(t) => {
                    let piece: &str = t;
                    let located = locate(source, cursor, piece);
                    if let Some(l) = &located {
                        cursor = l.end;
                    }
                    let start_in_source = located.as_ref().map_or(cursor, |l| l.start);
                    let trimmed = piece.trim();
                    if in_h1 > 0 && h1.is_none() && !trimmed.is_empty() {
                        h1 = Some((one_line(trimmed), start_in_source + leading_ws(piece)));
                    }
                    if in_title > 0 && title.is_none() && !trimmed.is_empty() {
                        title = Some((one_line(trimmed), start_in_source + leading_ws(piece)));
                    }
                    let blank_line = text.is_empty() || text.ends_with('\n');
                    if !inside || skip > 0 || (trimmed.is_empty() && blank_line) {
                        continue;
                    }
                    emitted_h1 |= in_h1 > 0;
                    let base = text.len();
                    match located {
                        Some(l) => {
                            points.extend(l.points.iter().map(|&(t, s)| (base + t, s)));
                        }
                        None => points.push((base, cursor)),
                    }
                    // Line breaks inside a paragraph are layout, not sentence ends; the
                    // replacements keep every byte offset.
                    text.extend(piece.chars().map(|c| match c {
                        '\n' | '\r' | '\t' => ' ',
                        c => c,
                    }));
                }
                _ => {}
            },
            Edge::Close(node) => {
                if node.id() == container {
                    inside = false;
                }
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if dropped(name) {
                        skip -= 1;
                    }
                    if lexicon::HTML_BLOCK_ELEMENTS.contains(name) {
                        break_line(&mut text);
                    }
                    in_h1 -= usize::from(name == "h1");
                    in_title -= usize::from(name == "title");
                }
            }
        }
    }

    let mut out = Extracted::default();
    let headline = if emitted_h1 { None } else { h1.or(title) };
    let shift = match &headline {
        Some((words, at)) => {
            out.text.push_str(words);
            out.text.push('\n');
            out.map.push(0, *at);
            words.len() + 1
        }
        None => 0,
    };
    out.text.push_str(text.trim_end());
    out.text.push('\n');
    for (t, s) in points {
        if t + shift < out.text.len() {
            out.map.push(t + shift, s);
        }
    }
    if out.text.trim().is_empty() {
        out.text.clear();
    }
    out.map.set_limit(source.len());
    out
}

fn break_line(text: &mut String) {
    if !text.is_empty() && !text.ends_with('\n') {
        let kept = text.trim_end_matches([' ', '\u{a0}']).len();
        if kept > 0 && text[..kept].ends_with('\n') {
            return;
        }
        text.push('\n');
    }
}

fn one_line(s: &str) -> String {
    s.replace(['\n', '\r', '\t'], " ")
}

fn leading_ws(s: &str) -> usize {
    s.len() - s.trim_start().len()
}

/// Where a text node is in the source: its start and end, and the points where the source
/// and the decoded text stop advancing together (entities, CRLF), relative to the node.
struct Located {
    start: usize,
    end: usize,
    points: Vec<(usize, usize)>,
}

fn locate(source: &str, cursor: usize, piece: &str) -> Option<Located> {
    let lead = leading_ws(piece);
    let body = &piece[lead..];
    if body.is_empty() {
        return None;
    }
    let window_end = floor_char_boundary(source, cursor.saturating_add(SEARCH_WINDOW));
    let window = source.get(cursor..window_end)?;
    let prefix_len = body
        .char_indices()
        .find(|&(i, c)| {
            i >= PREFIX_BYTES || !c.is_ascii() || matches!(c, '&' | '<' | '>' | '\n' | '\r')
        })
        .map_or(body.len(), |(i, _)| i);
    let start = if prefix_len > 0 {
        cursor + window.find(&body[..prefix_len])?
    } else {
        // Starts with an entity or a non-ASCII letter: the text right after the next tag.
        cursor + window.find('>')? + 1
    };
    let bytes = source.as_bytes();
    let mut points = vec![(lead, start)];
    let (mut s, mut t) = (start, lead);
    while t < piece.len() {
        let c = piece[t..].chars().next()?;
        let rest = &source[s..];
        let escaped_ampersand = ["&amp;", "&#38;", "&#x26;"].iter().any(|e| {
            rest.get(..e.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(e))
        });
        if rest.starts_with(c) && !(c == '&' && escaped_ampersand) {
            s += c.len_utf8();
            t += c.len_utf8();
        } else if c == '\n' && rest.starts_with("\r\n") {
            s += 2;
            t += 1;
            points.push((t, s));
        } else if c == '\n' && rest.starts_with('\r') {
            s += 1;
            t += 1;
        } else if rest.starts_with('&') {
            let entity_end = bytes[s + 1..(s + 40).min(bytes.len())]
                .iter()
                .position(|&b| !b.is_ascii_alphanumeric() && b != b'#')
                .map_or(bytes.len().min(s + 40), |p| s + 1 + p);
            s = if bytes.get(entity_end) == Some(&b';') {
                entity_end + 1
            } else {
                entity_end
            };
            t += c.len_utf8();
            points.push((t, s));
        } else if t == lead {
            return None;
        } else {
            // The source and the parser disagree (malformed markup): the rest is mapped one
            // for one from here.
            break;
        }
    }
    Some(Located {
        start,
        end: s,
        points,
    })
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html><head><title>Council | Example</title>\n<style>p { color: red }</style>\n<script>var x = \"The council\";</script></head>\n<body>\n<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article>\n<h1>Council approves budget</h1>\n<p>The council approved the\n  budget on Tuesday.</p>\n<p>Mayor Ann Lee said it was &ldquo;fair&rdquo; &amp; balanced.</p>\n</article>\n<footer>Copyright 2016</footer>\n</body></html>\n";

    fn line_of(source: &str, offset: usize) -> usize {
        source[..offset].matches('\n').count() + 1
    }

    #[test]
    fn keeps_headline_and_paragraphs_and_drops_the_rest() {
        let e = extract(PAGE);
        assert_eq!(
            e.text,
            "Council approves budget\nThe council approved the   budget on Tuesday.\nMayor Ann Lee said it was “fair” & balanced.\n"
        );
    }

    #[test]
    fn text_maps_to_its_place_in_the_source() {
        let e = extract(PAGE);
        for word in ["Council approves", "budget on Tuesday", "Mayor", "balanced"] {
            let t = e.text.find(word).unwrap();
            let s = e.map.apply(t);
            assert_eq!(&PAGE[s..s + word.len()], word, "{word}");
        }
        let s = e.map.apply(e.text.find("budget on").unwrap());
        assert_eq!(line_of(PAGE, s), 10);
    }

    #[test]
    fn title_is_the_headline_without_h1_and_body_without_article() {
        let page = "<html><head><title>Storm hits coast</title></head><body><header>Site</header><div>Winds reached 100 km/h.<br>Two people died.</div></body></html>";
        let e = extract(page);
        assert_eq!(
            e.text,
            "Storm hits coast\nWinds reached 100 km/h.\nTwo people died.\n"
        );
        let s = e.map.apply(e.text.find("Two").unwrap());
        assert!(page[s..].starts_with("Two people"));
    }

    /// Found by `cargo fuzz run html`: text the parser makes up (here from a stray `>`)
    /// mapped past the end of the page.
    #[test]
    fn regression_fuzz_html_offsets_stay_inside_the_page() {
        for page in [
            ">>",
            ">>$",
            ">>ª$",
            "a\0b",
            "<p>x</p>\u{0}",
            "<title>t</title>>>",
        ] {
            let e = extract(page);
            for (i, _) in e.text.char_indices().chain([(e.text.len(), ' ')]) {
                assert!(e.map.apply(i) <= page.len(), "{page:?} at {i}");
            }
        }
    }

    #[test]
    fn deep_nesting_is_flattened_and_offsets_kept() {
        let depth = MAX_DEPTH * 4;
        let page = format!(
            "<html><body><article>{}<p>The council met on Tuesday.</p>{}</article></body></html>",
            "<div class=\"x\">".repeat(depth),
            "</div>".repeat(depth)
        );
        let flat = flatten_deep_nesting(&page);
        assert_eq!(flat.len(), page.len());
        assert_eq!(
            flat.matches("<div").count(),
            MAX_DEPTH - 3,
            "html, body, article count"
        );
        let out = extract(&page);
        assert!(out.text.contains("The council met on Tuesday."));
        let at = out.text.find("council").unwrap();
        assert_eq!(&page[out.map.apply(at)..][..7], "council");
        // A page of ordinary depth is read as it is.
        let plain =
            "<html><body><p>a <!-- <div> --> b</p><script>if (a<b) {}</script></body></html>";
        assert!(matches!(
            flatten_deep_nesting(plain),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn an_empty_page_has_no_text() {
        assert_eq!(extract("<html><body><nav>x</nav></body></html>").text, "");
        assert_eq!(extract("").text, "");
    }
}
