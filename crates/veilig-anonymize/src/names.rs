//! Person names: name lists plus context (capitalisation, salutations, initials, tussenvoegsels).

use crate::lexicon::{
    self, CUE, CURATED, FIRST, FIRST_RARE, HARD, NAME_ROLE, ORD, PHRASE, PLACE, PLACE_CUE, STOP,
    SUR, SUR_COMMON, SUR_VERY, TRADE, TRADE_ENDS, TV, WEAK_CUE,
};
use crate::{EntityKind, Span};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

/// `Surname, I.` as in mail headers and registers: `Van: Boeckx, W.`, `Aan: HOFFMANN, U.`,
/// `CC: El Hamdaoui, O.`. Group 1 is the surname, group 2 the initials.
static SURNAME_INITIALS: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^\p{L}\-'’])((?:(?i:van|de|der|den|ter|ten|in|'t|’t|het|op|el|al|ben|ait)[ ]){0,3}\p{Lu}[\p{L}'’\-]+),[ ]((?:\p{Lu}\.){1,4}(?:[ ](?:van|de|der|den|ter|ten|in|'t|’t|het|op)(?-u:\b)){0,3})",
    )
    .ok()
});

pub(crate) struct NameContext<'a> {
    /// Spans already taken by structured detectors, sorted by start.
    pub claimed: &'a [Span],
    pub postcode_ends: &'a [usize],
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// `J.` or `J.P.`
    initial: bool,
    /// First letter uppercase, not all capitals.
    cap: bool,
    /// Starts a sentence/line/field (after . ! ? : newline or at the start).
    sent: bool,
    /// Only plain spaces between the previous token and this one.
    joined: bool,
    /// The gap before holds a comma or colon (a cue may still reach over it).
    soft: bool,
    flags: u16,
    claimed: bool,
    city: bool,
}

const MAX_TOKENS: usize = 1 << 22;

/// Notes `at` as a word start where a block phrase may begin (once; starts come in order).
fn note_phrase(phrase_at: &mut Vec<usize>, at: usize) {
    if phrase_at.last().is_none_or(|&l| l < at) {
        phrase_at.push(at);
    }
}

/// The tokens of `text`; also notes in `phrase_at` the word starts where a block phrase may
/// begin. Returns false as second value when the text had too many tokens to read them all.
fn tokenize(text: &str, ctx: &NameContext<'_>, phrase_at: &mut Vec<usize>) -> (Vec<Tok>, bool) {
    let lex = lexicon::lexicon();
    let mut buf = String::new();
    let mut toks: Vec<Tok> = Vec::with_capacity((text.len() / 6 + 4).min(1 << 16));
    let b = text.as_bytes();
    let mut i = 0;
    let mut gap_start = 0;
    let mut claimed_idx = 0;
    while i < b.len() && toks.len() < MAX_TOKENS {
        let c0 = b[i];
        let c: char = if c0 < 0x80 {
            // ASCII fast path: skip everything that cannot start a word in one go.
            let starts = c0.is_ascii_alphabetic()
                || (c0 == b'\'' && b.get(i + 1) == Some(&b't') && b.get(i + 2) == Some(&b' '));
            if !starts {
                i += 1;
                continue;
            }
            c0 as char
        } else {
            let Some(d) = text.get(i..).and_then(|s| s.chars().next()) else {
                i += 1;
                continue;
            };
            if !d.is_alphabetic() {
                i += d.len_utf8();
                continue;
            }
            d
        };
        // Runs of plain lowercase words (no tussenvoegsel, cue or trade word) never start,
        // end or join a name, and one such word blocks a name exactly as several do: they
        // become a single token, which keeps the name search cheap on ordinary prose.
        if c0.is_ascii_lowercase() {
            let end = plain_run(b, i, lex, phrase_at);
            if end > i {
                while claimed_idx < ctx.claimed.len() && ctx.claimed[claimed_idx].end <= i {
                    claimed_idx += 1;
                }
                let claimed =
                    claimed_idx < ctx.claimed.len() && ctx.claimed[claimed_idx].start < end;
                toks.push(Tok {
                    start: i,
                    end,
                    initial: false,
                    cap: false,
                    sent: false,
                    joined: false,
                    soft: false,
                    flags: 0,
                    claimed,
                    city: false,
                });
                gap_start = end;
                i = end;
                continue;
            }
        }
        // Read a word: letters with inner ' ’ - joining letters.
        let start = i;
        let mut j = i + c.len_utf8();
        let mut ascii = c0 < 0x80;
        let mut joiner = false;
        while j < b.len() {
            let d0 = b[j];
            if d0.is_ascii_alphabetic() {
                j += 1;
                continue;
            }
            if d0 == b'\'' || d0 == b'-' {
                if next_is_alpha(text, j + 1) {
                    joiner = true;
                    j += 1;
                    continue;
                }
                break;
            }
            if d0 < 0x80 {
                break;
            }
            let Some(d) = text.get(j..).and_then(|s| s.chars().next()) else {
                break;
            };
            if d.is_alphabetic() {
                ascii = false;
                j += d.len_utf8();
            } else if d == '’' && next_is_alpha(text, j + d.len_utf8()) {
                ascii = false;
                joiner = true;
                j += d.len_utf8();
            } else {
                break;
            }
        }
        // A possessive `'s` is not part of the name: `Samer's afspraken` masks `Samer`.
        if joiner && j - start > 3 {
            let w = &b[start..j];
            if w.ends_with(b"'s") {
                j -= 2;
            } else if w.ends_with("’s".as_bytes()) {
                j -= "’s".len();
            }
        }
        let last_letter_end = j;
        let mut end = last_letter_end;
        // Initials: single capital followed by '.', possibly repeated (J.P. / J. P.).
        let mut initial = false;
        let single = if ascii {
            end - start == 1
        } else {
            text[start..end].chars().count() == 1
        };
        if single && c.is_uppercase() && b.get(end) == Some(&b'.') {
            initial = true;
            end += 1;
            loop {
                let rest = &b[end..];
                if rest.len() >= 2 && rest[0].is_ascii_uppercase() && rest[1] == b'.' {
                    end += 2;
                } else if rest.len() >= 3
                    && rest[0] == b' '
                    && rest[1].is_ascii_uppercase()
                    && rest[2] == b'.'
                {
                    // "J. P. de Vries" but not "J. Pietersen"
                    end += 3;
                } else {
                    break;
                }
            }
        }
        let gap = &text[gap_start..start];
        let first_tok = toks.is_empty();
        let mut sent = first_tok;
        let mut soft = false;
        let mut joined = !first_tok;
        if gap.is_ascii() {
            for &g in gap.as_bytes() {
                match g {
                    b' ' => {}
                    // A tab separates a table's cells: `Jan Jansen<TAB>Monteur` is no name
                    // of three words. (A cell does not start a sentence: a first name that
                    // is also a word, `…<TAB>Nick`, is still a name there.)
                    b'\t' => joined = false,
                    b'.' | b'!' | b'?' | b'\n' | b'\r' | b'*' | b'>' | b'|' | b'"' | b'('
                    | b'[' | b';' => {
                        sent = true;
                        joined = false;
                    }
                    b':' => {
                        sent = true;
                        soft = true;
                        joined = false;
                    }
                    b',' => {
                        soft = true;
                        joined = false;
                    }
                    _ => {
                        joined = false;
                    }
                }
            }
        } else {
            for g in gap.chars() {
                match g {
                    ' ' | '\u{a0}' => {}
                    '\t' => joined = false,
                    '.' | '!' | '?' | '\n' | '\r' | '•' | '*' | '>' | '|' | '"' | '“' | '('
                    | '[' | ';' => {
                        sent = true;
                        joined = false;
                    }
                    ':' => {
                        sent = true;
                        soft = true;
                        joined = false;
                    }
                    ',' => {
                        soft = true;
                        joined = false;
                    }
                    _ => {
                        joined = false;
                    }
                }
            }
        }
        if gap.len() > 4 {
            joined = false;
        }
        let word = &text[start..last_letter_end];
        let cap = if ascii {
            let wb = word.as_bytes();
            let first_up = wb[0].is_ascii_uppercase();
            let rest_up = wb[1..]
                .iter()
                .filter(|c| c.is_ascii_alphabetic())
                .all(u8::is_ascii_uppercase);
            first_up && (!rest_up || wb.len() == 1)
        } else {
            let mut chars = word.chars();
            let first_up = chars.next().is_some_and(char::is_uppercase);
            let rest_up = word
                .chars()
                .skip(1)
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            first_up && (!rest_up || word.chars().count() == 1)
        };
        let flags = if initial {
            0
        } else if c.is_ascii_lowercase() && !has_joiner(word, ascii, joiner) {
            lex.flags_lower(word, &mut buf)
        } else if !has_joiner(word, ascii, joiner) {
            lex.flags(word, &mut buf)
        } else {
            let whole = lex.flags(word, &mut buf);
            if whole != 0 {
                whole
            } else if lowercase_tail(word) || is_language(word) {
                // `OpenAI-key`, `Rekening-courant`: a compound word, no double name.
                ORD
            } else {
                let mut all_first = true;
                let mut all_stop = true;
                let mut f = 0u16;
                for part in word.split(['-', '\'', '’']).filter(|p| !p.is_empty()) {
                    let pf = lex.flags(part, &mut buf);
                    if pf & (FIRST | FIRST_RARE) == 0 {
                        all_first = false;
                    }
                    if pf & STOP == 0 {
                        all_stop = false;
                    }
                    f |= pf & SUR;
                }
                if all_first {
                    f |= FIRST;
                }
                if all_stop {
                    f |= STOP;
                }
                f
            }
        };
        if flags & PHRASE != 0 {
            note_phrase(phrase_at, start);
        } else if initial || has_joiner(word, ascii, joiner) {
            // `W.G.`, and a phrase before or after a joiner (`loonstrook's`, `x-loonstrook`).
            let first = word.split(['-', '\'', '’']).next().unwrap_or("");
            if !first.is_empty() && lex.flags(first, &mut buf) & PHRASE != 0 {
                note_phrase(phrase_at, start);
            }
            for (k, c) in word.char_indices() {
                if matches!(c, '-' | '\'' | '’') {
                    let at = k + c.len_utf8();
                    let part = word[at..].split(['-', '\'', '’']).next().unwrap_or("");
                    if !part.is_empty() && lex.flags(part, &mut buf) & PHRASE != 0 {
                        note_phrase(phrase_at, start + at);
                    }
                }
            }
        }
        // Claimed by a structured detector?
        while claimed_idx < ctx.claimed.len() && ctx.claimed[claimed_idx].end <= start {
            claimed_idx += 1;
        }
        let claimed = claimed_idx < ctx.claimed.len() && ctx.claimed[claimed_idx].start < end;
        toks.push(Tok {
            start,
            end,
            initial,
            cap,
            sent,
            joined,
            soft,
            flags,
            claimed,
            city: false,
        });
        gap_start = end;
        i = end.max(start + 1);
    }
    // Place names right after a postcode are not names ("1234 AB Wijk en Aalburg"), nor
    // after a street address and a comma (`Sluisweg 105, Weert`) or a label for a place
    // (`Geboorteplaats: Asmara`, `Locatie: Fort bij Vechten`).
    let mut place_at: Vec<usize> = ctx.postcode_ends.to_vec();
    for sp in ctx.claimed {
        if sp.kind == EntityKind::Address && b.get(sp.end) == Some(&b',') {
            place_at.push(sp.end + 1);
        }
    }
    for t in &toks {
        if t.cap && b.get(t.end) == Some(&b':') && is_place_label(&text[t.start..t.end]) {
            place_at.push(t.end + 1);
        }
    }
    place_at.sort_unstable();
    for &pe in &place_at {
        let k = toks.partition_point(|t| t.start < pe);
        // After an address a person may follow (`Kerkstraat 4, Sanne de Vries`).
        let after_address = ctx.postcode_ends.binary_search(&pe).is_err()
            && b.get(pe.wrapping_sub(1)) == Some(&b',');
        // So may a rarer first name or an unknown word with a surname after it (`de buurman van
        // Hoge Waddenzeesteeg 196, Dilek Uçar, klaagt`); a place is mostly one word.
        let person_first = |t: &Tok| t.flags & (FIRST | CURATED) != 0 && t.flags & PLACE == 0;
        let two_words = |t: &Tok| {
            t.cap
                && t.flags & (PLACE | ORD | STOP | HARD) == 0
                && toks.get(k + 1).is_some_and(|u| {
                    u.joined && (u.cap || u.flags & TV != 0) && u.flags & (PLACE | HARD) == 0
                })
        };
        if after_address && toks.get(k).is_some_and(|t| person_first(t) || two_words(t)) {
            continue;
        }
        let mut n = k;
        while n < toks.len() && n < k + 5 {
            let t = toks[n];
            // The place follows on the postcode's line: `1234 AB Utrecht`, not the sender of
            // the next chat line after `… 1234 AB?`.
            let gap_ok = n > k
                || text
                    .get(pe..t.start)
                    .is_some_and(|g| g.bytes().all(|c| matches!(c, b' ' | b'\t' | b',')));
            if (n > k && !t.joined) || !gap_ok {
                break;
            }
            let connector =
                t.flags & TV != 0 || matches!(text.get(t.start..t.end), Some("en" | "aan" | "bij"));
            let cap_after = |m: usize| toks.get(m).is_some_and(|x| x.cap && x.joined);
            let chain = cap_after(n + 1)
                || (toks
                    .get(n + 1)
                    .is_some_and(|x| x.joined && x.flags & TV != 0)
                    && cap_after(n + 2));
            if t.cap || (connector && chain) {
                toks[n].city = true;
                n += 1;
            } else {
                break;
            }
        }
    }
    // Two-word brands whose first word is a first name (`Albert Heijn`) are no person, nor
    // are places whose name starts with a tussenvoegsel after a word for where (`in Den Haag`;
    // without one, `Den Haag` may be a person's surname).
    for k in 1..toks.len() {
        let (p, t) = (toks[k - 1], toks[k]);
        // A place right after a word for where (`in`, `via`, `Regio`; not `bij`: `staat bij
        // Kronenberg voor de deur`) is the place, also when it is a surname, unless it is
        // among the most common surnames or another capitalised word follows (a first name
        // and a surname).
        if t.cap
            && t.joined
            && t.flags & PLACE != 0
            && t.flags & (SUR_VERY | CURATED) == 0
            && p.flags & PLACE_CUE != 0
            && toks
                .get(k + 1)
                .is_none_or(|u| !(u.joined && u.cap && u.flags & PLACE == 0))
        {
            toks[k].city = true;
            continue;
        }
        if !(p.cap && t.cap && t.joined) {
            continue;
        }
        if t.flags & STOP != 0 && pair_in(BRAND_PAIRS, text, &p, &t) {
            toks[k - 1].city = true;
        } else if k >= 2
            && toks[k - 2].flags & PLACE_CUE != 0
            && p.joined
            && p.flags & TV != 0
            && pair_in(TV_PLACES, text, &p, &t)
        {
            toks[k - 1].city = true;
            toks[k].city = true;
        }
    }
    let complete = i >= b.len();
    (toks, complete)
}

/// A field label whose value is a place: `Geboorteplaats`, `Woonplaats`, `Locatie`, `Waar`.
fn is_place_label(word: &str) -> bool {
    let low = word.to_lowercase();
    low.ends_with("plaats")
        || matches!(
            low.as_str(),
            "locatie" | "waar" | "stad" | "gemeente" | "vestiging" | "city" | "town" | "birthplace"
        )
}

/// Brands of two words whose second word is a stop word and whose first is a first name.
const BRAND_PAIRS: &[(&str, &str)] = &[("albert", "heijn"), ("jumbo", "supermarkt")];

/// True when the words of tokens `p` and `t` are one of `pairs` (ASCII case ignored).
fn pair_in(pairs: &[(&str, &str)], text: &str, p: &Tok, t: &Tok) -> bool {
    let first = text.get(p.start..p.end).unwrap_or("");
    let second = text.get(t.start..t.end).unwrap_or("");
    pairs
        .iter()
        .any(|(a, b)| first.eq_ignore_ascii_case(a) && second.eq_ignore_ascii_case(b))
}

/// Dutch places whose name starts with a tussenvoegsel.
const TV_PLACES: &[(&str, &str)] = &[
    ("den", "haag"),
    ("den", "bosch"),
    ("den", "helder"),
    ("den", "burg"),
    ("den", "hoorn"),
    ("den", "ham"),
    ("den", "dungen"),
    ("den", "oever"),
    ("den", "ilp"),
    ("de", "bilt"),
    ("de", "lier"),
    ("de", "meern"),
    ("de", "koog"),
    ("de", "lutte"),
    ("de", "wijk"),
    ("de", "rijp"),
    ("de", "steeg"),
    ("de", "waal"),
    ("de", "cocksdorp"),
    ("de", "kwakel"),
    ("de", "goorn"),
    ("de", "westereen"),
    ("de", "knipe"),
    ("ter", "apel"),
    ("ter", "aar"),
    ("ter", "heijde"),
    ("ten", "boer"),
    ("ten", "post"),
    ("het", "bildt"),
];

/// End of the run of plain lowercase ASCII words that starts at `i` (`i` itself when the first
/// word is not plain). A word is plain when it is all lowercase ASCII, is not glued to a capital,
/// a non-ASCII letter or a joined word (`e-mail`, `d'r`), and the lexicon gives it no role in a
/// name ([`lexicon::Lexicon::lower_flags`]). Function words (`de`, `met`, `van`) between
/// plain words join the run too: names only reach over a chain of function words to a capital,
/// and a plain word on either side breaks that chain. The run ends at the last plain word before
/// anything that can start a name word (a capital, a non-ASCII letter, a quote).
fn plain_run(b: &[u8], i: usize, lex: &lexicon::Lexicon, phrase_at: &mut Vec<usize>) -> usize {
    let mut last = i;
    let mut p = i;
    loop {
        // Whole words inside stretches of lowercase letters and spaces, eight bytes at a time;
        // most words are rejected by the function-word filter alone.
        let mut ws = p;
        let mut q = p;
        while let Some(chunk) = b.get(q..q + 8) {
            let Some(mut spaces) = crate::prose_spaces(chunk) else {
                break;
            };
            while spaces != 0 {
                let k = q + (spaces.trailing_zeros() / 8) as usize;
                spaces &= spaces - 1;
                if k > ws {
                    let f = lex.plain_word_flags(b, ws, k);
                    if f & PHRASE != 0 {
                        note_phrase(phrase_at, ws);
                    }
                    if f & NAME_ROLE == 0 {
                        last = k;
                    } else if last == i {
                        return i;
                    }
                }
                ws = k + 1;
            }
            q += 8;
        }
        if ws > p {
            // On from the first word not finished.
            let Some(next) = next_lower_word(b, ws) else {
                return last;
            };
            p = next;
        }
        let ws = p;
        p = crate::skip_lowercase(b, p);
        if let Some(&d) = b.get(p) {
            if d.is_ascii_uppercase() || d >= 0x80 {
                return last;
            }
            if (d == b'\'' || d == b'-')
                && b.get(p + 1)
                    .is_some_and(|&e| e.is_ascii_alphabetic() || e >= 0x80)
            {
                return last;
            }
        }
        let f = lex.plain_word_flags(b, ws, p);
        if f & PHRASE != 0 {
            note_phrase(phrase_at, ws);
        }
        if f & NAME_ROLE == 0 {
            last = p;
        } else if last == i {
            return i;
        }
        // A word that is not plain stays pending: once a plain word follows, it sits between
        // plain words, where no name can reach it, and joins the run.
        let Some(next) = next_lower_word(b, p) else {
            return last;
        };
        p = next;
    }
}

/// The start of the next lowercase word at or after `p`, over bytes that start no token;
/// `None` at the end of the text or at anything that can start a name word (a capital, a
/// non-ASCII letter, a quote).
fn next_lower_word(b: &[u8], mut p: usize) -> Option<usize> {
    loop {
        let &d = b.get(p)?;
        if d.is_ascii_lowercase() {
            return Some(p);
        }
        if d.is_ascii_uppercase() || d >= 0x80 || d == b'\'' {
            return None;
        }
        p += 1;
    }
}

/// True when the char at byte `at` of `text` is alphabetic.
fn next_is_alpha(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(&x) if x < 0x80 => x.is_ascii_alphabetic(),
        Some(_) => text
            .get(at..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphabetic),
    }
}

/// Languages and their adjectives, capitalised in Dutch (`vertaling Spaans-Nederlands`, `de
/// Poolse collega`): a language, not a person, when one stands alone or as a compound of
/// languages. `Frans` is left out: it is a first name as often. Sorted, for a binary search.
const LANGUAGES: &[&str] = &[
    "afrikaans",
    "albanees",
    "albanese",
    "amhaars",
    "arabisch",
    "arabische",
    "armeens",
    "armeense",
    "baskisch",
    "bengaals",
    "berbers",
    "bosnisch",
    "bosnische",
    "bulgaars",
    "bulgaarse",
    "catalaans",
    "chinees",
    "chinese",
    "deens",
    "deense",
    "duits",
    "duitse",
    "engels",
    "engelse",
    "filipijns",
    "fins",
    "finse",
    "franse",
    "fries",
    "friese",
    "georgisch",
    "grieks",
    "griekse",
    "hebreeuws",
    "hindi",
    "hongaars",
    "hongaarse",
    "iers",
    "ierse",
    "ijslands",
    "indonesisch",
    "italiaans",
    "italiaanse",
    "japans",
    "japanse",
    "kantonees",
    "koerdisch",
    "koerdische",
    "koreaans",
    "koreaanse",
    "kroatisch",
    "kroatische",
    "latijn",
    "litouws",
    "macedonisch",
    "maleis",
    "mandarijn",
    "marokkaans",
    "marokkaanse",
    "nederlands",
    "nederlandse",
    "nepalees",
    "noors",
    "noorse",
    "oekraïens",
    "oekraïense",
    "papiaments",
    "pasjtoe",
    "perzisch",
    "pools",
    "poolse",
    "portugees",
    "portugese",
    "punjabi",
    "roemeens",
    "roemeense",
    "russisch",
    "russische",
    "servisch",
    "servische",
    "sloveens",
    "slowaaks",
    "somalisch",
    "somalische",
    "spaans",
    "spaanse",
    "surinaams",
    "surinaamse",
    "swahili",
    "tagalog",
    "thais",
    "thaise",
    "tigrinya",
    "tsjechisch",
    "tsjechische",
    "turks",
    "turkse",
    "urdu",
    "vietnamees",
    "vlaams",
    "vlaamse",
    "zweeds",
    "zweedse",
];

/// True when `word` (any case) is a language, or languages joined by hyphens.
fn is_language(word: &str) -> bool {
    word.split('-').all(|part| {
        if part.is_ascii() {
            // Lowered on the stack: no language name is longer than the buffer.
            let mut buf = [0u8; 16];
            let Some(low) = buf.get_mut(..part.len()) else {
                return false;
            };
            low.copy_from_slice(part.as_bytes());
            low.make_ascii_lowercase();
            let low = std::str::from_utf8(low).unwrap_or_default();
            return !low.is_empty() && LANGUAGES.binary_search(&low).is_ok();
        }
        let low = part.to_lowercase();
        !low.is_empty() && LANGUAGES.binary_search(&low.as_str()).is_ok()
    })
}

/// True when a part of `word` after a hyphen starts with a lowercase letter and is no
/// tussenvoegsel: `OpenAI-key`, `Rekening-courant` (but `Jansen-van`, `Ben-Ali`).
fn lowercase_tail(word: &str) -> bool {
    let lex = lexicon::lexicon();
    word.split('-').skip(1).any(|part| {
        part.chars().next().is_some_and(char::is_lowercase)
            && lex.flags(part, &mut String::new()) & TV == 0
    })
}

/// True when `word` holds `-`, `'` or `’` (for an ASCII word, the tokenizer already knows).
fn has_joiner(word: &str, ascii: bool, joiner: bool) -> bool {
    if ascii {
        joiner || word.starts_with('\'')
    } else {
        word.contains(['-', '\'', '’'])
    }
}

fn usable(t: &Tok) -> bool {
    !t.claimed && !t.city && !t.initial && t.flags & STOP == 0
}

fn is_nameword(t: &Tok) -> bool {
    usable(t) && t.cap
}

fn is_tv(t: &Tok) -> bool {
    !t.claimed && !t.initial && t.flags & TV != 0
}

/// What the name search found.
pub(crate) struct Names {
    pub spans: Vec<Span>,
    /// Word starts where a block phrase may begin, in order; `None` when the text was not read
    /// word by word (then the phrases are searched in the whole text).
    pub phrase_starts: Option<Vec<usize>>,
}

pub(crate) fn find_names(text: &str, ctx: &NameContext<'_>) -> Names {
    // Fast exit: no capital letter at all means no name but one written in lowercase.
    if !text.bytes().any(|c| c.is_ascii_uppercase()) && text.is_ascii() {
        let mut spans = Vec::new();
        lowercase_names(text, &mut spans);
        return Names {
            spans,
            phrase_starts: None,
        };
    }
    let mut phrase_at = Vec::new();
    let (toks, complete) = tokenize(text, ctx, &mut phrase_at);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(j) = company_at(&toks, i, text) {
            out.push(Span {
                start: toks[i].start,
                end: toks[j - 1].end,
                kind: EntityKind::Company,
                prio: 60,
            });
            i = j;
            continue;
        }
        match match_at(&toks, i, text) {
            Some(j) if j > i => {
                out.push(Span {
                    start: toks[i].start,
                    end: toks[j - 1].end,
                    kind: EntityKind::Person,
                    prio: 50,
                });
                i = j;
            }
            _ => i += 1,
        }
    }
    mentions_again(&toks, text, &mut out);
    surname_initials(text, &mut out);
    lowercase_names(text, &mut out);
    Names {
        spans: out,
        phrase_starts: complete.then_some(phrase_at),
    }
}

/// Masks `Surname, I.` (see [`SURNAME_INITIALS`]) unless a business name covers it; a
/// surname that is an ordinary or calendar word or a place (`Groet, J. de Vries`) is none.
/// `out` stays in text order.
fn surname_initials(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let Some(re) = SURNAME_INITIALS.as_ref() else {
        return;
    };
    let lex = lexicon::lexicon();
    let mut buf = String::new();
    let before = out.len();
    // Only where `, ` comes before a capital and a full stop does the pattern run, on the
    // few words before it.
    static COMMA: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b", "));
    for at in COMMA.find_iter(b) {
        if !(b.get(at + 2).is_some_and(u8::is_ascii_uppercase) && b.get(at + 3) == Some(&b'.')) {
            continue;
        }
        let mut ws = at.saturating_sub(64);
        while !text.is_char_boundary(ws) {
            ws -= 1;
        }
        let we = (at + 24).min(b.len());
        let Some(hay) = text.get(..we) else {
            continue;
        };
        // The match whose initials follow this comma (a later one may fit in the window too).
        let Some(c) = re
            .captures_iter(&hay[ws..])
            .find(|c| c.get(2).is_some_and(|g| ws + g.start() == at + 2))
        else {
            continue;
        };
        let (Some(sur), Some(ini)) = (c.get(1), c.get(2)) else {
            continue;
        };
        // Offsets in the window, moved to the text.
        let (s, e) = (ws + sur.start(), ws + ini.end());
        if ws + ini.start() != at + 2 {
            continue;
        }
        let last = sur.as_str().rsplit(' ').next().unwrap_or("");
        // A surname that is also a word (`BROUWER, R.`, `Bos, M.R.`) after a field's label
        // (`Klant: `, `Aan: `), written in capitals, or filling a table's cell on its own
        // (`Zomer, G.A. | NL32… |`, `24515;Koopmanschap, I.;…`).
        let cell = whole_cell(b, s, e);
        let form = label_before(b, s) || !sur.as_str().chars().any(char::is_lowercase) || cell;
        let bar = if cell {
            STOP | HARD
        } else if form {
            STOP | HARD | PLACE
        } else {
            ORD | STOP | HARD | PLACE
        };
        if lex.flags(last, &mut buf) & bar != 0 {
            continue;
        }
        // `H. El Bouazzaoui, S. Pinas`: a list of `I. Surname`, where the initials after the
        // comma open the next name.
        if initials_before(b, s) || capital_word_after(text, e, lex, &mut buf) {
            continue;
        }
        if out[..before]
            .iter()
            .any(|o| o.start < e && s < o.end && o.kind != EntityKind::Person)
        {
            continue;
        }
        out.push(Span {
            start: s,
            end: e,
            kind: EntityKind::Person,
            prio: 51,
        });
    }
    if out.len() > before {
        out.sort_by_key(|s| s.start);
    }
}

/// Names written in lowercase, as people do in chats: the sender of a chat line (`gisela: hee`),
/// a mention (`@hylke kun jij?`), a name the text already gave as a person's
/// (`Hylke: ja` … `dank je hylke`), and in a chat a known first name that is no word
/// (`xiomara weet jij`). Ordinary words never count. `out` is kept in text order.
fn lowercase_names(text: &str, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let (senders, timed) = chat_senders(b);
    let lex = lexicon::lexicon();
    let mut buf = String::new();
    // A message typed without capitals, or one that greets or addresses someone by a
    // lowercase name (`hoi sander,`, `folkert ben je er al?`), is read like a chat.
    let greeted = greeted_names(b, lex, &mut buf);
    let no_capitals = !b.iter().any(u8::is_ascii_uppercase);
    let chat = senders.len() >= 2 || !greeted.is_empty() || (no_capitals && b.len() >= 24);
    // Lowercased words of the people found so far, but tussenvoegsels and ordinary words
    // (`van`, `roos`): those in lowercase are no names.
    let mut known: Vec<String> = greeted
        .iter()
        .filter_map(|&(s, e)| text.get(s..e))
        .map(str::to_string)
        .collect();
    for w in person_words(text, out) {
        if w.chars().all(char::is_alphabetic)
            && lex.flags(w, &mut buf) & (ORD | STOP | HARD | TV) == 0
        {
            known.push(w.to_lowercase());
        }
    }
    if !chat && known.is_empty() && memchr::memchr(b'@', b).is_none() {
        return;
    }
    known.sort_unstable();
    known.dedup();
    // The words to look at: in a chat every word; else the words after an `@` and the
    // lowercase occurrences of the known names (a substring search each, which on a long text
    // costs far less than reading it word by word).
    let letter = |c: u8| c.is_ascii_alphabetic() || c >= 0x80;
    let word_end = |mut end: usize| {
        while end < b.len() && letter(b[end]) {
            end = crate::skip_lowercase(b, end + 1);
        }
        end
    };
    let mut cands: Vec<(usize, usize)> = Vec::new();
    if chat {
        let mut i = 0;
        while i < b.len() {
            if !letter(b[i]) {
                i += 1;
                continue;
            }
            let mut end = word_end(crate::skip_lowercase(b, i));
            // `gert-jan`: a double first name is one word.
            while b.get(end) == Some(&b'-') && b.get(end + 1).is_some_and(u8::is_ascii_lowercase) {
                end = word_end(end + 1);
            }
            cands.push((i, end));
            i = end;
        }
    } else {
        for at in memchr::memchr_iter(b'@', b) {
            if b.get(at + 1).is_some_and(|&c| letter(c)) {
                cands.push((at + 1, word_end(at + 1)));
            }
        }
        let mut hit = |at: usize, end: usize| {
            if at.checked_sub(1).is_none_or(|j| !letter(b[j])) && word_end(end) == end {
                cands.push((at, end));
            }
        };
        // A few names or a short text: one substring search each; else one automaton pass
        // for all (worth its building only on a long text).
        let ac = (known.len() > 4 && b.len() > 4096)
            .then(|| {
                // A contiguous NFA: a DFA's building costs more than this one pass saves.
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                    .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                    .build(&known)
                    .ok()
            })
            .flatten();
        match ac {
            Some(ac) => {
                for m in ac.find_iter(b) {
                    hit(m.start(), m.end());
                }
            }
            None => {
                for w in &known {
                    for at in memchr::memmem::find_iter(b, w.as_bytes()) {
                        hit(at, at + w.len());
                    }
                }
            }
        }
        cands.sort_unstable();
        cands.dedup();
    }
    let mut low = String::new();
    let before = out.len();
    let mut k = 0;
    for (start, end) in cands {
        let c0 = b[start];
        // `@hylke`, not the domain of `jan@hylke.nl`.
        let mention = start > 0
            && b[start - 1] == b'@'
            && (start < 2 || !b[start - 2].is_ascii_alphanumeric());
        // Already part of a name found before.
        while k < before && out[k].end <= start {
            k += 1;
        }
        if k < before && out[k].start < end {
            continue;
        }
        if c0.is_ascii_uppercase() {
            // A capitalised sender of a chat, the time after the name (`Hiske 19.51: staat
            // op het briefje`), that is no ordinary word, place or title.
            if timed.len() >= 2 && timed.binary_search(&start).is_ok() {
                let word = text.get(start..end).unwrap_or("");
                let f = lex.flags(word, &mut buf);
                if word.len() >= 3 && f & (ORD | STOP | HARD | TV | PLACE) == 0 {
                    out.push(Span {
                        start,
                        end,
                        kind: EntityKind::Person,
                        prio: 60,
                    });
                }
            }
            continue;
        }
        let Some(word) = text.get(start..end) else {
            continue;
        };
        let double = word.contains('-');
        if !word.chars().next().is_some_and(char::is_lowercase)
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || (double && c == '-'))
            || end - start < 2
        {
            continue;
        }
        let prev = start.checked_sub(1).map(|j| b[j]);
        let next = b.get(end).copied();
        // Glued to a digit, or part of an e-mail address, a domain or a path: no name.
        let glued_before =
            prev.is_some_and(|c| c.is_ascii_digit() || matches!(c, b'.' | b'/' | b'_' | b'-'));
        let glued_after = next
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'@' | b'_' | b'-'))
            || (next == Some(b'.') && b.get(end + 1).is_some_and(u8::is_ascii_alphanumeric));
        if glued_before || glued_after {
            continue;
        }
        // After a title typed in lowercase (`bij mevrouw van dijk`, `mevr de vries belt`,
        // `meneer jongsma`): the surname.
        if chat {
            if let Some(e) = titled_surname(b, start, lex, &mut buf) {
                out.push(Span {
                    start,
                    end: e,
                    kind: EntityKind::Person,
                    prio: 50,
                });
                continue;
            }
        }
        // After a word for where (`in den bosch`, `uit leeuwarden`) a chat names a place.
        if chat && !mention && after_place_word(b, start) {
            continue;
        }
        let sender = chat && senders.binary_search(&start).is_ok();
        let seen = if word.bytes().all(|c| c.is_ascii_lowercase()) {
            known.binary_search_by(|k| k.as_str().cmp(word)).is_ok()
        } else {
            low.clear();
            low.extend(word.chars().flat_map(char::to_lowercase));
            known.binary_search(&low).is_ok()
        };
        if !(mention || sender || seen || chat) {
            continue;
        }
        let f = if double {
            // A double first name when every part is one (`gert-jan`, `anne-marie`).
            let all_first = word
                .split('-')
                .all(|part| lex.flags(part, &mut buf) & (FIRST | CURATED) != 0);
            if all_first {
                FIRST
            } else {
                0
            }
        } else {
            lex.flags(word, &mut buf)
        };
        // `@els kun jij?` and `merel weet jij …`: a handle, or a first name that is also a
        // word addressed in a chat, is the person.
        if mention && HANDLE_WORDS.contains(&word) {
            continue;
        }
        let handle = mention && f & HARD == 0;
        // Greeted by it (`hoi koen,`): a word too may be the name there.
        let greeted_here = greeted.binary_search(&(start, end)).is_ok();
        let addressed = chat
            && f & (FIRST | CURATED) != 0
            && (addressed_in_chat(b, end) || asked_about_in_chat(b, start, end));
        if !(handle || addressed || greeted_here)
            && (f & (ORD | STOP | HARD | TV) != 0
                || word.chars().count() < 3 && !mention
                || crate::people::KIN.contains(&word))
        {
            continue;
        }
        // In a chat also a rarer first name (`heb je hanneke al gebeld`).
        let first_name = (f & (FIRST | CURATED) != 0
            || (chat && f & FIRST_RARE != 0 && word.chars().count() >= 4))
            && f & PLACE == 0;
        if !(mention || sender || seen || first_name || greeted_here) {
            continue;
        }
        // In a chat the surname may follow in lowercase too (`anja wagenaar`, `gijs lammers`).
        let end = if chat {
            lowercase_surname_after(b, end, lex, &mut buf)
        } else {
            end
        };
        out.push(Span {
            start,
            end,
            kind: EntityKind::Person,
            prio: 50,
        });
    }
    if out.len() > before {
        out.sort_by_key(|s| s.start);
    }
}

/// The end of a surname typed in lowercase right after a title (`mevrouw van dijk`, `dhr.
/// jongsma`) that starts at `start`: tussenvoegsels and one word, which without a
/// tussenvoegsel is no word the lists know as ordinary; `None` when no title stands before.
fn titled_surname(
    b: &[u8],
    start: usize,
    lex: &lexicon::Lexicon,
    buf: &mut String,
) -> Option<usize> {
    const TITLES: &[&[u8]] = &[
        b"mevrouw ",
        b"mevr ",
        b"mevr. ",
        b"mw ",
        b"mw. ",
        b"meneer ",
        b"dhr ",
        b"dhr. ",
    ];
    let head = &b[..start];
    let title = TITLES.iter().find(|t| head.ends_with(t))?;
    let ts = start - title.len();
    if ts > 0 && b[ts - 1].is_ascii_alphabetic() {
        return None;
    }
    let word_end = |i: usize| {
        let mut e = i;
        while e < b.len() && (b[e].is_ascii_lowercase() || b[e] >= 0x80 || b[e] == b'\'') {
            e += 1;
        }
        e
    };
    let mut i = start;
    let mut tv = false;
    loop {
        let e = word_end(i);
        if e - i < 2 {
            return None;
        }
        let w = std::str::from_utf8(&b[i..e]).ok()?;
        let f = lex.flags(w, buf);
        if f & TV != 0 && b.get(e) == Some(&b' ') {
            tv = true;
            i = e + 1;
            continue;
        }
        // Without a tussenvoegsel: a surname or name the lists know, or a longer word they do
        // not (`mevrouw chatterjee`), not `meneer zelf`.
        let known = f & (SUR | FIRST | FIRST_RARE) != 0 || (f == 0 && e - i >= 5);
        let plain = f & (STOP | HARD | CUE) == 0 && (tv || (known && f & (ORD | PLACE) == 0));
        let glued = b
            .get(e)
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'@' | b'-'));
        return (plain && !glued).then_some(e);
    }
}

/// The end of a lowercase surname (after tussenvoegsels) that follows a lowercase first name
/// ending at `end`, or `end`: a word the surname list knows that is no function word or verb
/// (`anja wagenaar`, `sanne de vries`, not `marja heeft`).
fn lowercase_surname_after(
    b: &[u8],
    end: usize,
    lex: &lexicon::Lexicon,
    buf: &mut String,
) -> usize {
    let word_at = |i: usize| {
        let mut e = i;
        while e < b.len() && (b[e].is_ascii_lowercase() || b[e] >= 0x80) {
            e += 1;
        }
        e
    };
    let mut i = end;
    let mut tv = 0;
    loop {
        if b.get(i) != Some(&b' ') {
            return end;
        }
        let s = i + 1;
        let e = word_at(s);
        let Some(w) = b.get(s..e).and_then(|w| std::str::from_utf8(w).ok()) else {
            return end;
        };
        if e == s || !w.chars().all(char::is_lowercase) {
            return end;
        }
        let f = lex.flags(w, buf);
        if f & TV != 0
            && tv < 3
            && matches!(w, "van" | "de" | "der" | "den" | "ter" | "ten" | "het")
        {
            tv += 1;
            i = e;
            continue;
        }
        let glued = b
            .get(e)
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'@' | b'-' | b'_'));
        // (English modals too: `@saba can you …` names no one called Can.)
        let verb = PERSON_VERBS.binary_search(&w).is_ok()
            || matches!(w, "can" | "could" | "will" | "would" | "should");
        if f & SUR != 0 && f & (STOP | HARD | TV) == 0 && !verb && !glued && w.chars().count() >= 3
        {
            return e;
        }
        return end;
    }
}

/// True when a word for where (`in`, `uit`, `te`, `naar`, `richting`), maybe with a
/// tussenvoegsel (`in den bosch`), stands right before `at`.
fn after_place_word(b: &[u8], at: usize) -> bool {
    let mut i = at;
    for _ in 0..2 {
        if i == 0 || b[i - 1] != b' ' {
            return false;
        }
        let e = i - 1;
        let mut s = e;
        while s > 0 && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        let w = b[s..e].to_ascii_lowercase();
        match &w[..] {
            b"in" | b"uit" | b"te" | b"naar" | b"richting" | b"vanuit" | b"nabij" => return true,
            b"den" | b"de" | b"het" | b"ter" => i = s,
            _ => return false,
        }
    }
    false
}

/// True when `word` (any case) greets the person named right after it (`hoi sander,`, `beste
/// thanh,`) or signs off before the name (`groetjes hylke`). A `match` on the word in
/// lowercase: it is asked at every sentence start.
fn greeting_word(word: &[u8]) -> bool {
    let mut low = [0u8; 11];
    let Some(low) = low.get_mut(..word.len()) else {
        return false;
    };
    low.copy_from_slice(word);
    low.make_ascii_lowercase();
    matches!(
        &*low,
        b"hoi"
            | b"hoii"
            | b"hallo"
            | b"hey"
            | b"hee"
            | b"hi"
            | b"hai"
            | b"dag"
            | b"beste"
            | b"goedemorgen"
            | b"goedemiddag"
            | b"goedenavond"
            | b"moi"
            | b"hello"
            | b"dear"
            | b"yo"
            | b"hej"
            | b"groetjes"
            | b"groeten"
            | b"groet"
            | b"liefs"
            | b"zeg"
    )
}

/// Words after a greeting that greet no one by name (`hoi allemaal`, `hallo daar`).
const NOT_ADDRESSEES: &[&str] = &[
    "allemaal",
    "iedereen",
    "allen",
    "team",
    "collega",
    "collegas",
    "collega's",
    "jullie",
    "daar",
    "hier",
    "all",
    "everyone",
    "guys",
    "mensen",
    "lieverd",
    "schat",
    "buurman",
    "buurvrouw",
    "meneer",
    "mevrouw",
    "heren",
    "dames",
    "zeg",
    "even",
    "nogmaals",
    "again",
    "there",
    "folks",
    "there",
    "wereld",
    "world",
    "sir",
    "madam",
    "klant",
    "klanten",
    "ouders",
    "leden",
    "vrienden",
    "familie",
    "buren",
    "jongens",
    "meiden",
    "lui",
    "allebei",
    "samen",
    "goedemorgen",
    "goedemiddag",
    "nog",
    "ik",
    "wij",
    "we",
    "jij",
    "je",
    "u",
    "ja",
    "nee",
];

/// Words after a lowercase name that address its bearer (`folkert ben je er al?`, `sander, kun
/// jij …`).
const ADDRESS_AFTER: &[&[u8]] = &[
    b"ben je",
    b"ben jij",
    b"kun je",
    b"kun jij",
    b"heb je",
    b"heb jij",
    b"wil je",
    b"wil jij",
    b"weet je",
    b"weet jij",
    b"zou je",
    b"zou jij",
    b"mag ik",
    b"kan je",
    b"kan jij",
    b"hier",
];

/// Lowercase names a message greets or addresses: after a greeting at a line's or
/// sentence's start (`hoi sander,`, `Hoi, ioana hier`), or at a line's start before words that
/// address the reader (`folkert ben je er al?`). A known first name, or an unknown word that a
/// comma, `!`, `?` or an addressing word follows; never an ordinary word (`hoi allemaal`).
fn greeted_names(b: &[u8], lex: &lexicon::Lexicon, buf: &mut String) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let word_at = |i: usize| {
        let mut e = i;
        while e < b.len() && (b[e].is_ascii_lowercase() || b[e] >= 0x80 || b[e] == b'-') {
            e += 1;
        }
        while e > i && b[e - 1] == b'-' {
            e -= 1;
        }
        e
    };
    let followed_by = |e: usize, list: &[&[u8]]| {
        let rest = &b[e..];
        let rest = rest.strip_prefix(b",").unwrap_or(rest);
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        list.iter().any(|w| {
            rest.len() >= w.len()
                && rest[..w.len()].eq_ignore_ascii_case(w)
                && rest.get(w.len()).is_none_or(|c| !c.is_ascii_alphabetic())
        })
    };
    let mut name_at = |s: usize, e: usize, greeted: bool| {
        // Not greeted: only a name that words addressing its bearer follow.
        let addressed = followed_by(e, ADDRESS_AFTER);
        if !greeted && !addressed {
            return;
        }
        let Some(w) = std::str::from_utf8(&b[s..e]).ok() else {
            return;
        };
        if e - s < 2 || !w.chars().all(|c| c.is_lowercase() || c == '-') {
            return;
        }
        let f = lex.flags(w, buf);
        let first = f & (FIRST | CURATED | FIRST_RARE) != 0;
        let next = b.get(e).copied();
        let closed = matches!(next, Some(b',' | b'!' | b'?' | b'\n') | None);
        // A first name that is also a word (`hoi koen,`, `Hoi dirk,`) only when greeted
        // and closed by a comma or the like.
        let word_too = f & ORD != 0 && !(greeted && closed);
        if word_too
            || f & (STOP | HARD | TV | PLACE) != 0
            || crate::people::KIN.contains(&w)
            || NOT_ADDRESSEES.contains(&w)
        {
            return;
        }
        if first && (greeted || addressed) || (greeted && (closed || addressed)) {
            out.push((s, e));
        }
    };
    // Line starts, sentence starts after `. `, `! `, `? ` or `: `, and the start of a quote
    // (`'beste thanh, …'`).
    let ends = memchr::memchr3_iter(b'\n', b'.', b'?', b)
        .chain(memchr::memchr3_iter(b'!', b':', b'\'', b))
        .chain(memchr::memchr_iter(b'"', b));
    let starts = std::iter::once(0).chain(ends.filter_map(|k| {
        let c = b[k];
        let next = b.get(k + 1).copied();
        let quote_opens = matches!(c, b'\'' | b'"')
            && next.is_some_and(|n| n.is_ascii_alphabetic())
            && (k == 0 || b[k - 1] == b' ');
        (c == b'\n' || next == Some(b' ') || quote_opens).then_some(k + 1)
    }));
    for st in starts {
        let mut i = st;
        while i < b.len() && b[i] == b' ' {
            i += 1;
        }
        // Most sentences start with a capital that greets no one: a quick look at the first
        // letter skips them.
        let Some(&c0) = b.get(i) else {
            continue;
        };
        let greeting_letter = matches!(
            c0 | 0x20,
            b'h' | b'd' | b'b' | b'g' | b'm' | b'y' | b'l' | b'z'
        );
        if !(c0.is_ascii_lowercase() || (c0.is_ascii_uppercase() && greeting_letter)) {
            continue;
        }
        let mut e = i;
        while e < b.len() && b[e].is_ascii_alphabetic() {
            e += 1;
        }
        if e == i || e - i > 12 {
            if c0.is_ascii_lowercase() && e > i {
                name_at(i, e, false);
            }
            continue;
        }
        let word = &b[i..e];
        if greeting_word(word) {
            let mut j = e;
            while j < b.len() && matches!(b[j], b',' | b' ') {
                j += 1;
            }
            let we = word_at(j);
            if we > j {
                name_at(j, we, true);
            }
        } else if c0.is_ascii_lowercase() {
            name_at(i, e, false);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Mentions that address a group, not a person (`@allemaal`, `@here`).
const HANDLE_WORDS: &[&str] = &[
    "all", "allemaal", "allen", "channel", "everyone", "here", "iedereen", "team",
];

/// True when a verb and `jij`/`je`/`u` follow the word ending at `end`: `merel weet jij …`,
/// `kun jij` is asked of the person just named.
fn addressed_in_chat(b: &[u8], end: usize) -> bool {
    let rest = &b[end..b.len().min(end + 40)];
    let Some(rest) = rest.strip_prefix(b" ") else {
        return false;
    };
    let verb = rest.iter().take_while(|c| c.is_ascii_lowercase()).count();
    if !(2..=8).contains(&verb) || rest.get(verb) != Some(&b' ') {
        return false;
    }
    let pron = &rest[verb + 1..];
    ["jij", "je", "u"].iter().any(|p| {
        pron.starts_with(p.as_bytes()) && pron.get(p.len()).is_none_or(|c| !c.is_ascii_alphabetic())
    })
}

/// True when the word at `start..end` is asked about: `heb je kees al gebeld`, `heeft dirk nog`.
fn asked_about_in_chat(b: &[u8], start: usize, end: usize) -> bool {
    let before = &b[start.saturating_sub(9)..start];
    let asked = before.ends_with(b"heb je ")
        || before.ends_with(b"heb jij ")
        || before.ends_with(b"heeft ")
        || before.ends_with(b"hebben ");
    let after = &b[end..b.len().min(end + 5)];
    asked && (after.starts_with(b" al ") || after.starts_with(b" nog "))
}

/// The starts of the words that open chat lines as their sender: a line that begins (after a
/// time stamp such as `[15:39]` or `03-12-2025 08:14 -`) with one word and a colon, or with
/// one word, the time and a colon (`daryna 7:02: yes`).
/// The second list holds the senders written with the time after them.
fn chat_senders(b: &[u8]) -> (Vec<usize>, Vec<usize>) {
    let mut out = Vec::new();
    let mut timed = Vec::new();
    let mut line = 0;
    while line < b.len() {
        let end = memchr::memchr(b'\n', &b[line..]).map_or(b.len(), |k| line + k);
        let mut i = line;
        if b.get(i) == Some(&b'[') {
            if let Some(k) = memchr::memchr(b']', &b[i..end]) {
                i += k + 1;
            }
        }
        let stamp_start = i;
        loop {
            while i < end
                && (b[i].is_ascii_digit()
                    || matches!(b[i], b' ' | b':' | b'-' | b'/' | b',' | b'.'))
            {
                i += 1;
            }
            // A 12-hour clock's `AM`/`PM` inside the stamp (`4/5/24, 3:36 PM - Kees: …`).
            let meridiem = b
                .get(i..i + 3)
                .is_some_and(|w| matches!(&w[..2], b"AM" | b"PM" | b"am" | b"pm") && w[2] == b' ');
            if meridiem && i > stamp_start && b[i - 1] == b' ' {
                i += 2;
                continue;
            }
            break;
        }
        // A stamp with a clock (`06/12/2024, 12:57 - `) lets a sender have up to three words
        // (`Planning Kees:`, `Sanne de Wit:`); else one word.
        let stamp = &b[stamp_start..i];
        let clocked = stamp.contains(&b':') && stamp.iter().any(u8::is_ascii_digit);
        let ws = i;
        let mut words = 1;
        while i < end
            && (b[i].is_ascii_alphabetic()
                || b[i] >= 0x80
                // `pieter-jan: …`
                || (b[i] == b'-' && i > ws && b.get(i + 1).is_some_and(u8::is_ascii_alphabetic))
                || (clocked
                    && b[i] == b' '
                    && words < 3
                    && i > ws
                    && b.get(i + 1).is_some_and(|&c| c.is_ascii_alphabetic() || c >= 0x80)
                    && {
                        words += 1;
                        true
                    }))
        {
            i += 1;
        }
        // The time after the name (`daryna 7:02: yes`, `truus 11u: …`, `arne 16u09: …`).
        let wend = i;
        if b.get(i) == Some(&b' ') {
            if let Some(n) = b.get(i + 1..).and_then(crate::clock_len) {
                if b.get(i + 1 + n) == Some(&b':') {
                    i += 1 + n;
                    timed.push(ws);
                }
            }
        }
        // `gisela: hee`, not `https://…`.
        let colon = b.get(i) == Some(&b':')
            && b.get(i + 1)
                .is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'));
        if wend > ws && wend - ws <= 24 && colon && !price_only(&b[i + 1..end]) {
            out.push(ws);
        } else {
            if timed.last() == Some(&ws) {
                timed.pop();
            }
            // A header with the message below it: an agenda's lines (`Lunch 12:30` ⏎ `Pauze
            // 15:00`) are all headers, and no chat.
            if let Some(k) = header_sender(&b[line..end]) {
                let next = b.get(end + 1..).map_or(&[][..], |r| {
                    &r[..memchr::memchr(b'\n', r).unwrap_or(r.len())]
                });
                if !next.trim_ascii().is_empty() && header_sender(next).is_none() {
                    out.push(line + k);
                    timed.push(line + k);
                }
            }
        }
        line = end + 1;
    }
    (out, timed)
}

/// Where the sender starts on a chat's header line that holds a sender and a time and nothing
/// else, the message on the lines below: `Sanne Kok  4:35 PM`, `Kees  10:30`, `[10:15]
/// Roos`. One to three words of letters; `None` for any other line.
fn header_sender(line: &[u8]) -> Option<usize> {
    let line = line.trim_ascii_end();
    // Three words, a clock and AM/PM fit in far less (a paragraph ends here).
    if line.len() > 64 {
        return None;
    }
    let name_end = |from: usize| {
        let mut i = from;
        let mut words = 0;
        while i < line.len() && words < 3 {
            let we = i + line[i..]
                .iter()
                .take_while(|&&c| c.is_ascii_alphabetic() || c >= 0x80 || c == b'-')
                .count();
            if we == i {
                break;
            }
            words += 1;
            i = we;
            if line.get(i) == Some(&b' ')
                && line
                    .get(i + 1)
                    .is_some_and(|&c| c.is_ascii_alphabetic() || c >= 0x80)
            {
                i += 1;
            } else {
                break;
            }
        }
        (words > 0).then_some(i)
    };
    if line.first() == Some(&b'[') {
        // `[10:15] Roos`: a bracketed clock, then the name alone.
        let close = memchr::memchr(b']', line)?;
        let inner = &line[1..close];
        if crate::clock_len(inner).is_none_or(|n| n != inner.len()) {
            return None;
        }
        let from = close + 1 + usize::from(line.get(close + 1) == Some(&b' '));
        let ne = name_end(from)?;
        return (ne == line.len() && line[from].is_ascii_uppercase()).then_some(from);
    }
    // `Sanne Kok  4:35 PM`: the name, spaces, a clock and perhaps AM/PM, nothing more.
    if !line.first().is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let ne = name_end(0)?;
    let mut i = ne;
    let spaces = line[i..].iter().take_while(|&&c| c == b' ').count();
    if spaces == 0 {
        return None;
    }
    i += spaces;
    let n = crate::clock_len(&line[i..])?;
    i += n;
    let rest = &line[i..];
    let ok = rest.is_empty() || matches!(rest, b" AM" | b" PM" | b" am" | b" pm");
    (ok && n >= 4).then_some(0)
}

/// True when `rest` (what follows a `word:` on its line) is nothing but an amount (`€2,97`,
/// `EUR 291,89`, `134,15 euro`, `€35,-`): a price list's line, not a chat message.
fn price_only(rest: &[u8]) -> bool {
    let t = rest.trim_ascii();
    let t = t
        .strip_prefix("€".as_bytes())
        .or_else(|| t.strip_prefix(b"EUR"))
        .unwrap_or(t)
        .trim_ascii_start();
    let t = t
        .strip_suffix(b"euro")
        .or_else(|| t.strip_suffix(b",-"))
        .unwrap_or(t)
        .trim_ascii_end();
    let digits = t.iter().filter(|c| c.is_ascii_digit()).count();
    t.len() < rest.trim_ascii().len()
        && digits > 0
        && t.iter()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b','))
}

/// The words (three letters or more) of the people found so far, as written: `Wouter`, `Wit`
/// of `Wouter de Wit`, both halves of `Jansen-Bakker`.
fn person_words<'t, 's>(text: &'t str, spans: &'s [Span]) -> impl Iterator<Item = &'t str> + 's
where
    't: 's,
{
    spans
        .iter()
        .filter(|s| s.kind == EntityKind::Person)
        .flat_map(move |s| {
            text.get(s.start..s.end)
                .unwrap_or("")
                .split([' ', '-', '\u{a0}'])
        })
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| w.chars().count() >= 3)
}

/// Masks a first name or surname of a person found elsewhere in the text where it stands alone
/// (`… komt Wouter de Wit ons team versterken. Wouter komt bij …`): once the text has named the
/// person in full, the single word is that person. `out` stays in text order.
fn mentions_again(toks: &[Tok], text: &str, out: &mut Vec<Span>) {
    let words: HashSet<&str> = person_words(text, out)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.contains('.'))
        .collect();
    if words.is_empty() {
        return;
    }
    let before = out.len();
    let mut k = 0;
    for t in toks {
        while k < before && out[k].end <= t.start {
            k += 1;
        }
        let covered = k < before && out[k].start < t.end;
        if covered || !t.cap || t.claimed || t.city || t.flags & (STOP | HARD | TV) != 0 {
            continue;
        }
        if words.contains(text.get(t.start..t.end).unwrap_or("")) {
            out.push(Span {
                start: t.start,
                end: t.end,
                kind: EntityKind::Person,
                prio: 50,
            });
        }
    }
    if out.len() > before {
        out.sort_by_key(|s| s.start);
    }
}

/// Cue strength before token `i`: 2 strong (salutation/title), 1 weak (preposition), 0 none.
fn cue_before(toks: &[Tok], i: usize, text: &str) -> u8 {
    if i == 0 {
        return 0;
    }
    let p = &toks[i - 1];
    let t = &toks[i];
    if p.claimed {
        return 0;
    }
    // A role word that ends its line (`… hierna te noemen 'Opdrachtnemer'` ⏎ `Artikel 1`,
    // `medewerker` ⏎ `| Veld |`) cues no ordinary word that opens the next and reads as a
    // word there: a heading's number, a sentence (`Vat dit samen`), a label or a cell
    // follows it. (A name on the next line still is one: `Naam` ⏎ `Dekker, Wendy`,
    // `(ouders)` ⏎ `Margriet – Jelle`.)
    let b = text.as_bytes();
    let gap = b.get(p.end..t.start).unwrap_or_default();
    // (A name the lists know is left to the cue; a greeting's `Hi!` ⏎ `Bram om 08:05:` is
    // no role word.)
    let known_name = t.flags & (FIRST | SUR | CURATED) != 0 && t.flags & ORD == 0;
    if !known_name
        && gap.contains(&b'\n')
        && !gap.iter().any(|c| matches!(c, b':' | b'!' | b'?' | b','))
    {
        let next = b.get(t.end..).unwrap_or_default();
        let worded = match next {
            [b' ', c, ..] => c.is_ascii_digit() || c.is_ascii_lowercase() || *c == b'|',
            [c, ..] => matches!(c, b':' | b'|'),
            [] => false,
        };
        if worded {
            return 0;
        }
    }
    if p.flags & CUE != 0 && (t.joined || t.soft || t.sent) {
        // "Mevrouw X", "Naam: X", "Beste X", "dhr. X"
        return 2;
    }
    if p.flags & WEAK_CUE != 0 && t.joined && !p.cap {
        return 1;
    }
    0
}

/// Tries to match a name starting at token `i`; returns the end token index (exclusive).
fn match_at(toks: &[Tok], i: usize, text: &str) -> Option<usize> {
    let t = toks[i];
    if t.claimed || t.city {
        return None;
    }
    let cue = cue_before(toks, i, text);
    let n = toks.len();

    // Initials: "J.P. de Vries", "F. Hoes".
    if t.initial {
        let mut j = i + 1;
        let mut tv = 0;
        while j < n && tv < 3 && is_tv(&toks[j]) && toks[j].joined {
            j += 1;
            tv += 1;
        }
        if j < n && toks[j].joined && toks[j].cap && !toks[j].claimed && toks[j].flags & HARD == 0 {
            return Some(j + 1);
        }
        // A surname in capitals, as banks and registers write it (`A.P.A. SAFI`, `W.C. VAN
        // TONGEREN`, `Ł. GÓRECKI`).
        if j < n
            && toks[j].joined
            && !toks[j].claimed
            && toks[j].flags & (HARD | STOP) == 0
            && capitals_name(text.get(toks[j].start..toks[j].end).unwrap_or(""))
        {
            return Some(j + 1);
        }
        return None;
    }

    let mut j = i;
    // Tussenvoegsel-first surname: "Van der Ven", "de Vries" after a cue.
    if is_tv(&t) {
        if !(t.cap || cue == 2) {
            return None;
        }
        // Lowered on the stack (every particle below is ASCII and at most five bytes).
        let w = text.get(t.start..t.end).unwrap_or("").as_bytes();
        let mut low = [0u8; 8];
        let lw = match low.get_mut(..w.len()) {
            Some(l) => {
                l.copy_from_slice(w);
                l.make_ascii_lowercase();
                std::str::from_utf8(l).unwrap_or_default()
            }
            None => "",
        };
        if !matches!(
            lw,
            "van"
                | "de"
                | "der"
                | "den"
                | "ter"
                | "ten"
                | "von"
                | "le"
                | "la"
                | "du"
                | "da"
                | "el"
                | "al"
                | "vd"
                | "v.d."
                | "d'"
                | "in 't"
                | "op"
                | "in"
                | "te"
        ) {
            return None;
        }
        if matches!(lw, "op" | "in" | "te") && cue != 2 {
            // Without a title: capitalised inside a sentence, before a word no list knows,
            // `Op` and `In` with a second particle (`dokter Op de Weegh`, `dierenarts Te
            // Riele`; not `bord Te Koop`, `gaan Op Vakantie`).
            let mut k = i + 1;
            while k < n && k < i + 3 && is_tv(&toks[k]) && toks[k].joined {
                k += 1;
            }
            let s = toks.get(k).filter(|_| lw == "te" || k > i + 1);
            let bare = s.is_some_and(|s| {
                s.joined
                    && s.cap
                    && !s.claimed
                    && !s.city
                    && s.flags & (STOP | ORD | HARD | PLACE | FIRST | CUE) == 0
            });
            if !(t.cap && !t.sent && bare) {
                return None;
            }
        }
        while j < n && j < i + 4 && is_tv(&toks[j]) && (j == i || toks[j].joined) {
            j += 1;
        }
        if j >= n
            || !toks[j].joined
            || toks[j].flags & HARD != 0
            // (A name word is one of these: capitalised, not taken, no place.)
            || !(toks[j].cap && !toks[j].claimed && !toks[j].city)
        {
            return None;
        }
        let s = toks[j];
        let strong_sur = s.flags & SUR != 0 && s.flags & ORD == 0;
        let ok = cue > 0
            || !t.sent
            || strong_sur
            || s.flags & SUR_VERY != 0
            || (s.flags & (SUR | ORD | PLACE | FIRST) == 0);
        if !ok {
            return None;
        }
        return Some(double_surname(toks, j + 1, text));
    }

    // A first name that is also a common word (Frans, Wil, Lieve): only together with a surname.
    let stop_first = t.cap
        && !t.claimed
        && !t.city
        && t.flags & HARD == 0
        && t.flags & STOP != 0
        && t.flags & FIRST != 0;
    if stop_first {
        let mut k = i + 1;
        while k < n && k < i + 4 && toks[k].joined && is_tv(&toks[k]) {
            k += 1;
        }
        let has_tv = k > i + 1;
        if k < n {
            let s = toks[k];
            let capword =
                s.joined && s.cap && !s.claimed && !s.city && !s.initial && s.flags & HARD == 0;
            if capword && (has_tv || (s.flags & SUR != 0 && s.flags & STOP == 0)) {
                return Some(k + 1);
            }
        }
        return None;
    }
    if !is_nameword(&t) {
        return None;
    }

    let f = t.flags;
    let is_first = f & FIRST != 0;
    let is_rare = f & FIRST_RARE != 0;
    let is_sur = f & SUR != 0;
    let ord = f & ORD != 0;
    let place = f & PLACE != 0;

    // Collect the chain: first names, tussenvoegsels, surname.
    j = i + 1;
    let mut extra_first = 0;
    while j < n
        && extra_first < 2
        && toks[j].joined
        && is_nameword(&toks[j])
        && toks[j].flags & (FIRST | FIRST_RARE) != 0
        && toks[j].flags & PLACE == 0
    {
        // Look ahead: a further capitalised word or tv means this one is a middle name.
        let next_is_name =
            j + 1 < n && toks[j + 1].joined && (is_nameword(&toks[j + 1]) || is_tv(&toks[j + 1]));
        if !next_is_name {
            break;
        }
        j += 1;
        extra_first += 1;
    }
    let before_tv = j;
    let mut k = j;
    while k < n && k < j + 3 && toks[k].joined && is_tv(&toks[k]) {
        k += 1;
    }
    let has_tv = k > before_tv;
    let mut sur_end = None;
    let sur_ok = |s: &Tok| !s.claimed && !s.city && !s.initial && s.cap && s.flags & HARD == 0;
    let strong_left = is_first || cue == 2 || has_tv_ahead(toks, before_tv);
    if k < n && toks[k].joined && (is_nameword(&toks[k]) || (strong_left && sur_ok(&toks[k]))) {
        let s = toks[k];
        // After a tv anything capitalised goes; without one it must not be an ordinary word
        // unless it is a known surname or we have a strong first name.
        let fine = has_tv
            || s.flags & (SUR | FIRST | FIRST_RARE) != 0
            || s.flags & ORD == 0
            || (strong_left && s.flags & STOP != 0);
        if fine {
            sur_end = Some(k + 1);
        }
    }
    if let Some(end) = sur_end {
        let s = toks[end - 1];
        // Decide on the pair "First [tv] Surname".
        let ok = if is_first || cue > 0 {
            !(t.sent && ord && !is_first && cue == 0)
        } else if is_rare {
            !t.sent
                || has_tv
                || s.flags & SUR != 0
                || (s.flags & (ORD | PLACE) == 0
                    && (line_start(toks, i, text) || after_label(toks, i, text))
                    && slot_after(text, s.end) != Slot::None)
        } else if is_sur {
            // "Jansen Bakker"? Only with tv or when followed by a known surname.
            has_tv || (!t.sent && !ord)
        } else {
            // Unknown word + capitalised word: with a tv ("Jinthe van Loon") mid-sentence, or
            // before a tv or known surname where a name stands (a line of its own, a field's
            // value: `Noodcontact: Ruthsel Bernabela, 06-…`, `Marjolein ten Bosch` signed).
            let slot = !ord
                && !place
                && s.flags & (ORD | PLACE) == 0
                && (has_tv || s.flags & SUR != 0)
                && (line_start(toks, i, text) || after_label(toks, i, text))
                && slot_after(text, s.end) != Slot::None;
            // `in`/`op` are prepositions far more often than tussenvoegsels: `Exact Online
            // op de Lenovo` is no `Anna op de Beek`.
            let prep_tv = has_tv
                && matches!(
                    text.get(toks[before_tv].start..toks[before_tv].end),
                    Some("op" | "in")
                );
            (has_tv && !prep_tv && !t.sent && !place && !ord) || slot
        };
        if ok {
            return Some(double_surname(toks, end, text));
        }
    }
    // Single word (plus middle names collected).
    let single_end = i + 1;
    let word = text.get(t.start..t.end).unwrap_or("");
    let after_place_cue =
        i > 0 && t.joined && toks[i - 1].flags & PLACE_CUE != 0 && !toks[i - 1].cap;
    let ok = if after_place_cue && (place || !(is_first || is_sur || is_rare)) {
        false
    } else if t.sent && (is_first || is_rare) && !place && timestamped_sender(toks, i, text) {
        // `[07:00] Hendrik: …`: a chat line's sender, also a name that is a word.
        true
    } else if t.sent
        && ((is_first && (!ord || f & CURATED != 0)) || (is_rare && !ord))
        && name_slot(toks, i, text, ord, place)
    {
        true
    } else if cue == 2 {
        !place || is_first || is_sur
    } else if is_first {
        !(t.sent && (ord || place))
    } else if is_rare {
        !t.sent && !place
    } else if is_sur {
        if t.sent {
            (f & SUR_COMMON != 0 && !ord && !place) || (!place && subject_of_verb(text, t.end, ord))
        } else {
            !place || f & SUR_COMMON != 0
        }
    } else if cue == 1 {
        !t.sent && !ord && !place
    } else {
        false
    };
    // No language (`Spaans`), and no label for a person (`…<TAB>Monteur: Steven`); looked at
    // last, as most words are no name anyway.
    let language = || cue != 2 && is_language(word);
    let label = || {
        text.as_bytes().get(t.end) == Some(&b':')
            && crate::people::in_list(crate::people::NAME_LABELS, word)
    };
    (ok && !language() && !label()).then_some(single_end)
}

/// True when the word ending at `end` is the subject of a verb for what people do: `Koning
/// wil de offerte per mail`, not `Zomer wil ik …` (a pronoun after the verb is the subject).
///
/// For a surname that is also a word (`Storm`, `Winter`) only verbs that nothing but people do
/// count: `Storm wil`, `Koning belde`, not `Winter komt eraan`.
fn subject_of_verb(text: &str, end: usize, word_too: bool) -> bool {
    if slot_after(text, end) != Slot::Verb {
        return false;
    }
    let rest = text.get(end..).unwrap_or("").trim_start();
    let mut words = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let verb = words.next().unwrap_or("");
    let personal = matches!(
        verb,
        "wil"
            | "belt"
            | "belde"
            | "mailt"
            | "mailde"
            | "vraagt"
            | "vroeg"
            | "zegt"
            | "zei"
            | "antwoordt"
            | "antwoordde"
            | "bevestigt"
            | "bevestigde"
            | "meldt"
            | "meldde"
    );
    if word_too && !personal {
        return false;
    }
    !words.next().is_some_and(|w| {
        matches!(
            w,
            "ik" | "je"
                | "jij"
                | "we"
                | "wij"
                | "ze"
                | "zij"
                | "u"
                | "hij"
                | "het"
                | "er"
                | "men"
                | "jullie"
                | "dat"
                | "dit"
                | "die"
        )
    })
}

/// True when token `i` opens its line after nothing but a time stamp (`[07:00] `,
/// `17-11-2025 10:09 - `) and a colon follows it: the sender of a chat line.
fn timestamped_sender(toks: &[Tok], i: usize, text: &str) -> bool {
    let (gap, line_gap) = gap_before(toks, i, text);
    (i == 0 || gap.contains('\n'))
        && text.as_bytes().get(toks[i].end) == Some(&b':')
        && line_gap.bytes().any(|c| c.is_ascii_digit())
        && line_gap.bytes().all(|c| {
            c.is_ascii_digit() || matches!(c, b'[' | b']' | b':' | b' ' | b'-' | b'/' | b'.' | b',')
        })
}

/// True when the words after `end` address the person named there: a comma and a second
/// person pronoun within three words (`Kim, kun jij dit oppakken?`).
fn addressed_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..).and_then(|r| r.strip_prefix(", ")) else {
        return false;
    };
    let mut cut = rest.len().min(48);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let line = rest[..cut].split('\n').next().unwrap_or("");
    line.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| matches!(w, "jij" | "je" | "u" | "jullie"))
}

/// Where a word at the start of a sentence stands, seen from the text after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// `Astrid: ik kan om drie uur` (a chat sender, an action in notes).
    Colon,
    /// Nothing but punctuation or a closing quote after it on its line (a signature,
    /// `Recruiter: Rami`).
    LineEnd,
    /// The end of a sentence with more after it (`Afgehandeld door: Rob. Terugbellen …`).
    SentenceEnd,
    /// A dash, bracket or comma and then more (`Wassim Alkurdi – 06-…`, `Sanne (sales)`).
    Separator,
    /// A verb that says what a person does (`Wouter komt`, `Astrid belt`).
    Verb,
    None,
}

/// The text between token `i - 1` (or the start) and token `i`, and its part on `i`'s line.
fn gap_before<'t>(toks: &[Tok], i: usize, text: &'t str) -> (&'t str, &'t str) {
    let from = if i == 0 { 0 } else { toks[i - 1].end };
    let gap = text.get(from..toks[i].start).unwrap_or("");
    (gap, &gap[gap.rfind('\n').map_or(0, |k| k + 1)..])
}

/// True when nothing but spaces, digits and punctuation (a timestamp, a bullet) stands
/// between the start of the line and token `i`.
fn line_start(toks: &[Tok], i: usize, text: &str) -> bool {
    i == 0 || gap_before(toks, i, text).0.contains('\n')
}

/// True when token `i` follows a label's colon on its line (`Aan: …`, `Monteur: …`).
fn after_label(toks: &[Tok], i: usize, text: &str) -> bool {
    !line_start(toks, i, text) && gap_before(toks, i, text).1.contains(':')
}

/// What follows the word that ends at `end`, up to the end of its line.
fn slot_after(text: &str, end: usize) -> Slot {
    // Only the next 256 bytes matter; a long text on one line must not be read to its end for
    // every name in it.
    let mut stop = (end + 256).min(text.len());
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = text.get(end..stop).unwrap_or("");
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let after = line.trim_start_matches([' ', '\t']);
    let Some(c) = after.chars().next() else {
        return Slot::LineEnd;
    };
    let tail = &after[c.len_utf8()..];
    match c {
        ':' if !tail.starts_with("//") => Slot::Colon,
        '.' | '!' | ',' | ';' | '?' | '"' | '”' | '\'' | '’' | ')'
            if tail
                .trim_matches(|x: char| x.is_whitespace() || "\"”'’).!".contains(x))
                .is_empty() =>
        {
            Slot::LineEnd
        }
        '.' | '!' if tail.starts_with(' ') => Slot::SentenceEnd,
        '–' | '—' | '-' | '(' | '|' | ',' | '/' | '<' => Slot::Separator,
        _ => {
            let w_end = after
                .find(|ch: char| !ch.is_ascii_lowercase())
                .unwrap_or(after.len());
            if w_end > 0 && PERSON_VERBS.binary_search(&&after[..w_end]).is_ok() {
                Slot::Verb
            } else {
                Slot::None
            }
        }
    }
}

/// True when the single word at token `i`, which starts a sentence or field and is in the
/// first-name lists, stands where a person's name stands:
/// - before a colon at the start of a line: a chat sender, an action in notes (`- Gerben: …`);
/// - alone on its line or in its sentence (a signature, a sign-off: `… Belde net. — Kerem`);
/// - as a field's value (`Monteur: Raysheline`, `Aanwezig: Kübra, …`);
/// - as the subject of a verb for what people do (`Wouter komt bij de gemeente vandaan`).
///
/// A strong first name that is also an ordinary word (`Kim`, `Roos`) needs more: a timestamp or
/// bullet before its colon, a greeting, dash or label before it when it stands alone,
/// or a verb after it. A word that is also ordinary and only a rare first name never counts, nor
/// does a place.
fn name_slot(toks: &[Tok], i: usize, text: &str, word_too: bool, place: bool) -> bool {
    if place {
        return false;
    }
    let t = &toks[i];
    let (gap, line_gap) = gap_before(toks, i, text);
    let at_start = i == 0 || gap.contains('\n');
    let label = !at_start && line_gap.contains(':');
    let signed = line_gap.contains(['—', '–']) || line_gap.contains(" - ");
    // The word before is a greeting (`Groet,`, `Met vriendelijke groet,`; a run of plain words
    // is one token, so its last word is looked up).
    let greeting = i > 0 && !toks[i - 1].claimed && {
        let p = &toks[i - 1];
        let last = text
            .get(p.start..p.end)
            .and_then(|w| w.rsplit(' ').next())
            .unwrap_or("");
        p.flags & HARD != 0 || lexicon::lexicon().flags(last, &mut String::new()) & HARD != 0
    };
    match slot_after(text, t.end) {
        Slot::Colon => {
            let marked = line_gap
                .bytes()
                .any(|c| c.is_ascii_digit() || matches!(c, b'-' | b'*'))
                || line_gap.contains('•');
            at_start && (!word_too || marked)
        }
        Slot::LineEnd => {
            // A one-word line or sentence: a signature or a sign-off.
            !word_too || greeting || signed || label
        }
        Slot::SentenceEnd => label || signed,
        Slot::Separator => {
            (at_start && (!word_too || addressed_after(text, t.end))) || label || signed
        }
        Slot::Verb => true,
        Slot::None => false,
    }
}

/// Finite verbs, third person, that follow a person's name at the start of a sentence more
/// often than anything else (sorted, for a binary search).
const PERSON_VERBS: &[&str] = &[
    "antwoordde",
    "antwoordt",
    "appt",
    "appte",
    "asked",
    "begint",
    "belde",
    "belooft",
    "belt",
    "bestelde",
    "bestelt",
    "betaalde",
    "betaalt",
    "bevestigde",
    "bevestigt",
    "bezoekt",
    "bleef",
    "blijft",
    "bracht",
    "brengt",
    "calls",
    "checkt",
    "deed",
    "denkt",
    "doet",
    "gaat",
    "gaf",
    "geeft",
    "ging",
    "haalt",
    "had",
    "has",
    "heeft",
    "helpt",
    "hielp",
    "hoort",
    "is",
    "joins",
    "kan",
    "kijkt",
    "klaagde",
    "klaagt",
    "komt",
    "kon",
    "kreeg",
    "krijgt",
    "kwam",
    "laat",
    "leest",
    "levert",
    "liet",
    "ligt",
    "loopt",
    "maakt",
    "mailde",
    "mailt",
    "meldde",
    "meldt",
    "moest",
    "moet",
    "nam",
    "neemt",
    "ontvangt",
    "ontving",
    "plant",
    "reed",
    "regelde",
    "regelt",
    "rijdt",
    "said",
    "schoont",
    "schreef",
    "schrijft",
    "sends",
    "solliciteert",
    "sprak",
    "spreekt",
    "staat",
    "stapt",
    "start",
    "stond",
    "stuurde",
    "stuurt",
    "tekende",
    "tekent",
    "vergat",
    "vergeet",
    "verhuisde",
    "verhuist",
    "vertelde",
    "vertelt",
    "vertrekt",
    "vindt",
    "vond",
    "vraagt",
    "vroeg",
    "wacht",
    "wants",
    "was",
    "weet",
    "werd",
    "werkt",
    "wil",
    "wilde",
    "will",
    "woont",
    "wordt",
    "zag",
    "zal",
    "zegt",
    "zei",
    "ziet",
    "zit",
    "zocht",
    "zoekt",
    "zorgde",
    "zorgt",
    "zou",
];

/// The end of a name that ends at token `end`, taken on over the second half of a double
/// surname that starts with a tussenvoegsel: `Lubbers-van Boxtel`, `Van der Werf-van Zanten`
/// (the tokenizer keeps `Lubbers-van` as one word).
fn double_surname(toks: &[Tok], end: usize, text: &str) -> usize {
    let last = text
        .get(toks[end - 1].start..toks[end - 1].end)
        .unwrap_or("");
    let Some((_, tail)) = last.rsplit_once('-') else {
        return end;
    };
    if !matches!(
        tail,
        "van" | "de" | "den" | "der" | "ter" | "ten" | "het" | "in"
    ) {
        return end;
    }
    let mut j = end;
    while j < toks.len() && j < end + 2 && toks[j].joined && is_tv(&toks[j]) {
        j += 1;
    }
    match toks.get(j) {
        Some(t) if t.joined && t.cap && !t.claimed && t.flags & HARD == 0 => j + 1,
        _ => end,
    }
}

fn has_tv_ahead(toks: &[Tok], j: usize) -> bool {
    toks.get(j).is_some_and(|t| t.joined && is_tv(t))
}

/// A business name introduced by a trade word: `Bakkerij Het Zoete Leven`, `Garage Jansen`,
/// `Installatiebedrijf De Vries`, `Kapsalon Knip & Go`. The trade word and the name are masked
/// together as one `[BEDRIJF_x]`, so no part of the name is left behind. Returns the end token
/// index (exclusive).
fn company_at(toks: &[Tok], i: usize, text: &str) -> Option<usize> {
    let t = toks[i];
    if t.claimed || t.initial || t.city {
        return None;
    }
    // Cheap test first: the next token must be a capitalised word on the same line.
    let next = toks.get(i + 1)?;
    if !(next.cap || next.flags & TV != 0) || next.claimed {
        return None;
    }
    let word = text.get(t.start..t.end)?;
    let wb = word.as_bytes();
    let trade = t.flags & TRADE != 0
        || (wb.len() > 7
            && lexicon::lexicon().may_end_trade(wb[wb.len() - 2], wb[wb.len() - 1])
            && if word.is_ascii() {
                let wb = word.as_bytes();
                TRADE_ENDS.iter().any(|e| {
                    wb.len() >= e.len()
                        && wb[wb.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
                })
            } else {
                let lw = word.to_lowercase();
                TRADE_ENDS.iter().any(|e| lw.ends_with(e))
            });
    if !trade {
        return None;
    }
    let n = toks.len();
    let mut j = i + 1;
    let mut end = None;
    let mut words = 0;
    while j < n && words < 6 {
        let u = toks[j];
        let gap = text.get(toks[j - 1].end..u.start).unwrap_or("");
        let joined = u.joined || gap == " & " || gap == " + ";
        if !joined || u.claimed || u.initial || u.flags & TRADE != 0 {
            break;
        }
        let w = text.get(u.start..u.end).unwrap_or("");
        let connector = matches!(
            w,
            "van" | "de" | "der" | "den" | "het" | "'t" | "en" | "op" | "aan" | "ter" | "ten"
        );
        if u.cap && u.flags & HARD == 0 && !u.city {
            end = Some(j + 1);
        } else if !connector {
            break;
        }
        words += 1;
        j += 1;
    }
    end
}

/// True when the line up to `at` is one short label and a colon (`Klant: `, `Van: `).
fn label_before(b: &[u8], at: usize) -> bool {
    let ls = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
    let head = &b[ls..at];
    let head = head.strip_suffix(b" ").unwrap_or(head);
    head.len() <= 16
        && head.last() == Some(&b':')
        && head[..head.len() - 1].iter().all(u8::is_ascii_alphabetic)
}

/// Words in capitals that are no surname after initials: company forms, currencies, codes.
pub(crate) const CAPITAL_CODES: &[&str] = &[
    "BV",
    "NV",
    "VOF",
    "CV",
    "EUR",
    "BTW",
    "KVK",
    "IBAN",
    "BIC",
    "BSN",
    "NL",
    "BE",
    "DE",
    "CEO",
    "CFO",
    "CTO",
    "ICT",
    "HR",
    "IT",
    "AVG",
    "GDPR",
    "PDF",
    "APK",
    "ZZP",
    "MKB",
    "BHV",
    "VCA",
    "EHBO",
    "TBV",
    "TAV",
    "NB",
    "PS",
    "OK",
    "ADV",
    "WA",
    "ANWB",
    "KPN",
    "ING",
    "ABN",
    "AMRO",
    "RABO",
    "RABOBANK",
    "SNS",
    "ASN",
    "BUNQ",
    "KNAB",
    "TRIODOS",
    "REGIOBANK",
    "BANK",
    "SEPA",
    "INCASSO",
    "IDEAL",
    "TIKKIE",
    "PAYPAL",
    "ADYEN",
    "MOLLIE",
    "BELASTINGDIENST",
];

/// True for a word of three letters or more written in capitals that can be a surname.
fn capitals_name(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 3
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
        && !CAPITAL_CODES.contains(&w)
}

/// True when `s..e` fills a cell of a table row: a line's start, a tab, `|` or `;` before it
/// (spaces aside) and after it.
fn whole_cell(b: &[u8], s: usize, e: usize) -> bool {
    let cell_edge = |c: u8| matches!(c, b'\n' | b'\t' | b'|' | b';');
    let mut i = s;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    let mut j = e;
    while j < b.len() && b[j] == b' ' {
        j += 1;
    }
    (i == 0 || cell_edge(b[i - 1])) && (j == b.len() || cell_edge(b[j]) || b[j] == b'\r')
}

/// True when `J. ` or `J.P. ` ends right before `at`.
fn initials_before(b: &[u8], at: usize) -> bool {
    let mut i = at;
    while i > 0 && b[i - 1] == b' ' {
        i -= 1;
    }
    i != at
        && i >= 2
        && b[i - 1] == b'.'
        && b[i - 2].is_ascii_uppercase()
        && (i == 2 || !b[i - 3].is_ascii_alphabetic())
}

/// True when a capitalised word that may be a surname follows `at` after one space
/// (`…, S. Pinas`), not a label or ordinary word (`…, W. Tel: …`, `…, W. Graag`).
fn capital_word_after(text: &str, at: usize, lex: &lexicon::Lexicon, buf: &mut String) -> bool {
    let mut rest = text.get(at..).unwrap_or("");
    // Up to three tussenvoegsels first (`…, M. van der Berg`).
    for _ in 0..4 {
        let Some(r) = rest.strip_prefix(' ') else {
            return false;
        };
        let end = r
            .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\'' || c == '’'))
            .unwrap_or(r.len());
        let w = &r[..end];
        let mut cs = w.chars();
        let first = cs.next();
        if first.is_some_and(char::is_lowercase) && lex.flags(w, buf) & TV != 0 {
            rest = &r[end..];
            continue;
        }
        if !(first.is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)) {
            return false;
        }
        if r[end..].starts_with(':') {
            return false;
        }
        return lex.flags(w, buf) & (ORD | STOP | HARD | CUE | WEAK_CUE) == 0;
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn person_verbs_are_sorted_for_the_binary_search() {
        assert!(super::PERSON_VERBS.windows(2).all(|w| w[0] < w[1]));
    }
}
