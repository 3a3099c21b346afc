//! Putting the originals back into an AI answer.

use crate::{Mapping, LABELS};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// Longest placeholder we may have to hold back in a stream: `[GEBOORTEDATUM_` + letters + `]`.
const MAX_PLACEHOLDER: usize = 32;

static PLACEHOLDER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let labels = LABELS.join("|");
    Regex::new(&format!(
        r"\[(?i:({labels}))_([A-Za-z]{{1,6}})\]|(?-u:\b)(?i:({labels}))_([A-Za-z]{{1,6}})(?-u:\b)"
    ))
    .ok()
});

/// Canonical form `[LABEL_LETTERS]` of a match.
fn canonical(c: &regex::Captures<'_>) -> Option<String> {
    let label = c.get(1).or_else(|| c.get(3))?.as_str();
    let letters = c.get(2).or_else(|| c.get(4))?.as_str();
    let mut s = String::with_capacity(label.len() + letters.len() + 3);
    s.push('[');
    s.push_str(&label.to_ascii_uppercase());
    s.push('_');
    s.push_str(&letters.to_ascii_uppercase());
    s.push(']');
    Some(s)
}

/// Every placeholder-like string in `text`, canonicalised: these are never handed out. This is
/// deliberately wider than what [`restore`] matches (no word boundaries, every prefix of the
/// letters), because masking a neighbour can create a boundary that was not in the input.
pub(crate) fn placeholders_in(text: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    let b = text.as_bytes();
    for i in memchr::memchr_iter(b'_', b) {
        let head = &b[..i];
        for label in LABELS {
            let l = label.len();
            if head.len() >= l && head[head.len() - l..].eq_ignore_ascii_case(label.as_bytes()) {
                let letters: Vec<u8> = b[i + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphabetic())
                    .take(6)
                    .map(u8::to_ascii_uppercase)
                    .collect();
                for n in 1..=letters.len() {
                    let mut s = String::with_capacity(l + n + 3);
                    s.push('[');
                    s.push_str(label);
                    s.push('_');
                    s.extend(letters[..n].iter().map(|&c| c as char));
                    s.push(']');
                    out.insert(s);
                }
            }
        }
    }
    out
}

/// The label of a canonical placeholder `[KLANT_A]` → `KLANT`.
pub(crate) fn label_of(ph: &str) -> Option<&'static str> {
    let inner = ph.strip_prefix('[')?.strip_suffix(']')?;
    let (label, letters) = inner.rsplit_once('_')?;
    if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    LABELS.iter().copied().find(|l| *l == label)
}

/// Replaces the placeholders of `map` in `text` by their originals. Tolerates a changed case
/// (`[klant_a]`) and dropped brackets (`KLANT_A`). Unknown placeholders are left as they are.
pub fn restore(text: &str, map: &Mapping) -> String {
    if map.is_empty() || !text.contains('_') {
        return text.to_string();
    }
    let Some(re) = PLACEHOLDER.as_ref() else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for c in re.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let Some(key) = canonical(&c) else { continue };
        if let Some(orig) = map.0.get(&key) {
            out.push_str(&text[last..m.start()]);
            out.push_str(orig);
            last = m.end();
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Restores placeholders in a streamed answer, chunk by chunk. It holds back the end of a chunk
/// while it could still be the start of a placeholder.
#[derive(Debug, Clone)]
pub struct StreamRestorer {
    map: Mapping,
    pending: String,
}

impl StreamRestorer {
    /// A restorer for one answer.
    pub fn new(map: &Mapping) -> StreamRestorer {
        StreamRestorer {
            map: map.clone(),
            pending: String::new(),
        }
    }

    /// Feeds a chunk; returns the text that is safe to emit now.
    pub fn push(&mut self, chunk: &str) -> String {
        self.pending.push_str(chunk);
        let cut = hold_back_from(&self.pending);
        if cut == 0 {
            return String::new();
        }
        let rest = self.pending.split_off(cut);
        let ready = std::mem::replace(&mut self.pending, rest);
        restore(&ready, &self.map)
    }

    /// Flushes what was held back.
    pub fn finish(self) -> String {
        restore(&self.pending, &self.map)
    }
}

fn is_ph_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Byte offset from which `s` must be held back because a placeholder may continue in the next
/// chunk. Everything before it restores the same now as later.
fn hold_back_from(s: &str) -> usize {
    let len = s.len();
    // A trailing run of word characters may be the start of a bare `KLANT_A` or be followed by
    // more letters (`KLANT_A` + `B`); hold it back when short enough to become a placeholder.
    let mut cut = len;
    let mut run_start = len;
    for (i, c) in s.char_indices().rev() {
        if is_ph_char(c) {
            run_start = i;
        } else {
            break;
        }
    }
    if run_start < len {
        // A word char before the run (non-ASCII letter) means no boundary: treat it as part of
        // the word as well, but non-ASCII cannot start a placeholder, so the run is what counts.
        if len - run_start <= MAX_PLACEHOLDER {
            cut = run_start;
        }
    }
    // An unclosed '[' near the end: `[KLANT_` ... `A]`.
    if let Some(b) = s[..cut].rfind('[') {
        let tail = &s[b + 1..];
        if len - b <= MAX_PLACEHOLDER + 1 && !tail.contains(']') && tail.chars().all(is_ph_char) {
            cut = cut.min(b);
        }
    }
    cut
}

/// The reverse of [`restore`] for text that was restored with `map`: every original value of
/// `map` (word-bounded, longest first) goes back to its placeholder. The gateway uses it for
/// text a client sends back that must reach the model exactly as the model wrote it (an
/// Anthropic thinking block, whose signature covers the text).
pub fn remask(text: &str, map: &Mapping) -> String {
    if map.is_empty() {
        return text.to_string();
    }
    let mut pairs: Vec<(&str, &str)> = map
        .iter()
        .filter(|(_, orig)| !orig.is_empty())
        .map(|(ph, orig)| (orig, ph))
        .collect();
    pairs.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(b.1)));
    pairs.dedup_by(|a, b| a.0 == b.0);
    let Ok(ac) = aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostLongest)
        .build(pairs.iter().map(|p| p.0))
    else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for m in ac.find_iter(text) {
        if m.start() < pos || !crate::is_word_bounded(text, m.start(), m.end()) {
            continue;
        }
        let Some(&(_, ph)) = pairs.get(m.pattern().as_usize()) else {
            continue;
        };
        out.push_str(&text[pos..m.start()]);
        out.push_str(ph);
        pos = m.end();
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> Mapping {
        let mut m = Mapping::default();
        m.0.insert("[KLANT_A]".into(), "Jan de Vries".into());
        m.0.insert("[KLANT_AB]".into(), "Piet".into());
        m.0.insert("[EMAIL_A]".into(), "jan@example.nl".into());
        m
    }

    #[test]
    fn restores_case_and_brackets() {
        let m = map();
        assert_eq!(restore("Hoi [KLANT_A]!", &m), "Hoi Jan de Vries!");
        assert_eq!(restore("Hoi [klant_a]!", &m), "Hoi Jan de Vries!");
        assert_eq!(restore("Hoi [Klant_A]!", &m), "Hoi Jan de Vries!");
        assert_eq!(
            restore("Hoi KLANT_A, mail EMAIL_A", &m),
            "Hoi Jan de Vries, mail jan@example.nl"
        );
        assert_eq!(
            restore("Hoi [KLANT_AB] en [KLANT_Z]", &m),
            "Hoi Piet en [KLANT_Z]"
        );
        assert_eq!(restore("XKLANT_A", &m), "XKLANT_A");
    }

    #[test]
    fn stream_every_split() {
        let m = map();
        let text = "Beste [KLANT_A], stuur het naar EMAIL_A of [klant_ab]. Groet KLANT_A";
        let whole = restore(text, &m);
        for i in 0..=text.len() {
            for j in i..=text.len() {
                if !text.is_char_boundary(i) || !text.is_char_boundary(j) {
                    continue;
                }
                let mut r = StreamRestorer::new(&m);
                let mut out = r.push(&text[..i]);
                out += &r.push(&text[i..j]);
                out += &r.push(&text[j..]);
                out += &r.finish();
                assert_eq!(out, whole, "split at {i},{j}");
            }
        }
    }

    #[test]
    fn stream_char_by_char() {
        let m = map();
        let text = "é[KLANT_A]ü KLANT_AB€";
        let mut r = StreamRestorer::new(&m);
        let mut out = String::new();
        for c in text.chars() {
            out += &r.push(&c.to_string());
        }
        out += &r.finish();
        assert_eq!(out, restore(text, &m));
    }
}
