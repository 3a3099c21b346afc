//! Block reasons that depend on the kind of document rather than one value.

use crate::detect::Flags;
use crate::{BlockReason, EntityKind, Span};
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::LazyLock;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// Salary slip title (loonstrook, salarisspecificatie).
    SalaryTitle,
    /// Salary slip line item (bruto, netto, loonheffing, ...).
    SalaryItem,
    /// A contract being signed ("getekend voor akkoord").
    Signed,
    /// "Handtekening", "signature" (needs a line with a name/date/underscores).
    SignatureWord,
    /// "Ondertekend op" as an e-signing log writes it: signed only with a date right after.
    SignedOn,
    /// A title that names payroll data but is also mentioned in passing (`jaaropgaaf`): a slip
    /// only with a line item and an amount.
    SalaryWeakTitle,
    /// A payroll word that is also used for any money (`bruto`, `netto`, `salaris`): counts
    /// only as a line item with its amount right after it (`Netto: € 1.925,-`).
    SalaryMoney,
    /// A signed thing named (`de getekende huurovereenkomst`): a mail may send it along.
    SignedThing,
}

const PHRASES: &[(&str, Cue)] = &[
    ("loonstrook", Cue::SalaryTitle),
    ("loonstroken", Cue::SalaryTitle),
    ("salarisstrook", Cue::SalaryTitle),
    ("salarisspecificatie", Cue::SalaryTitle),
    ("salaris specificatie", Cue::SalaryTitle),
    ("loonspecificatie", Cue::SalaryTitle),
    ("loonbrief", Cue::SalaryTitle),
    ("loonfiche", Cue::SalaryTitle),
    ("payslip", Cue::SalaryTitle),
    ("salarisoverzicht", Cue::SalaryTitle),
    // A payroll journal lists the pay of each employee; German slips.
    ("loonjournaal", Cue::SalaryTitle),
    ("gehaltsabrechnung", Cue::SalaryTitle),
    ("lohnabrechnung", Cue::SalaryTitle),
    ("entgeltabrechnung", Cue::SalaryTitle),
    ("loonoverzicht", Cue::SalaryTitle),
    ("salarisslip", Cue::SalaryTitle),
    ("loonslip", Cue::SalaryTitle),
    ("loonstrookje", Cue::SalaryTitle),
    ("weekloonstrook", Cue::SalaryTitle),
    ("maandloonstrook", Cue::SalaryTitle),
    ("periodeloonstrook", Cue::SalaryTitle),
    ("weekloonstroken", Cue::SalaryTitle),
    ("maandloonstroken", Cue::SalaryTitle),
    ("salarisstrookje", Cue::SalaryTitle),
    ("salarisstroken", Cue::SalaryTitle),
    ("specificatie uitbetaling", Cue::SalaryTitle),
    ("uitbetalingsspecificatie", Cue::SalaryTitle),
    ("eindafrekening", Cue::SalaryWeakTitle),
    ("strook", Cue::SalaryWeakTitle),
    ("uitkeringsspecificatie", Cue::SalaryTitle),
    ("salary statement", Cue::SalaryTitle),
    ("bruto", Cue::SalaryMoney),
    ("netto", Cue::SalaryMoney),
    ("salaris", Cue::SalaryMoney),
    // An English export's pay field (`"gross": "5.411,78"`); not `net`, a common word.
    ("gross", Cue::SalaryMoney),
    ("basissalaris", Cue::SalaryItem),
    ("basisloon", Cue::SalaryItem),
    ("inhouding", Cue::SalaryMoney),
    ("inhoudingen", Cue::SalaryMoney),
    ("jaaropgaaf", Cue::SalaryWeakTitle),
    ("jaaropgave", Cue::SalaryWeakTitle),
    ("fiscaal loon", Cue::SalaryItem),
    ("pay slip", Cue::SalaryTitle),
    ("salary slip", Cue::SalaryTitle),
    ("bruto salaris", Cue::SalaryItem),
    ("brutosalaris", Cue::SalaryItem),
    ("bruto loon", Cue::SalaryItem),
    ("brutoloon", Cue::SalaryItem),
    ("netto salaris", Cue::SalaryItem),
    ("nettosalaris", Cue::SalaryItem),
    ("netto loon", Cue::SalaryItem),
    ("nettoloon", Cue::SalaryItem),
    ("netto uit te betalen", Cue::SalaryItem),
    ("loonheffing", Cue::SalaryItem),
    ("loonheffingskorting", Cue::SalaryItem),
    ("loonbelasting", Cue::SalaryItem),
    ("premie volksverzekeringen", Cue::SalaryItem),
    ("werknemersverzekeringen", Cue::SalaryItem),
    ("pensioenpremie", Cue::SalaryItem),
    ("vakantietoeslag", Cue::SalaryItem),
    ("vakantiegeld", Cue::SalaryItem),
    ("bijzonder tarief", Cue::SalaryItem),
    ("tabelloon", Cue::SalaryItem),
    ("uurloon", Cue::SalaryItem),
    ("gross salary", Cue::SalaryItem),
    ("net pay", Cue::SalaryItem),
    ("getekend voor akkoord", Cue::Signed),
    ("voor akkoord getekend", Cue::Signed),
    ("akkoord getekend", Cue::Signed),
    ("gezien en akkoord", Cue::Signed),
    ("gelezen en akkoord", Cue::Signed),
    ("voor akkoord ondertekend", Cue::Signed),
    ("ondertekend voor akkoord", Cue::Signed),
    ("voor akkoord:", Cue::Signed),
    ("aldus overeengekomen", Cue::Signed),
    ("aldus opgemaakt", Cue::Signed),
    ("aldus getekend", Cue::Signed),
    ("aldus ondertekend", Cue::Signed),
    ("in tweevoud opgemaakt", Cue::Signed),
    ("in tweevoud ondertekend", Cue::Signed),
    ("ondertekend in tweevoud", Cue::Signed),
    ("ondertekend in drievoud", Cue::Signed),
    ("in drievoud opgemaakt", Cue::Signed),
    ("en ondertekend te", Cue::Signed),
    ("ondertekend door", Cue::Signed),
    ("digitaal ondertekend", Cue::Signed),
    ("getekend te", Cue::Signed),
    ("in twee exemplaren", Cue::Signed),
    ("in drie exemplaren", Cue::Signed),
    ("opgemaakt in tweevoud", Cue::Signed),
    ("gelezen en goedgekeurd", Cue::Signed),
    ("gelezen en ondertekend", Cue::Signed),
    ("hebben ondertekend", Cue::Signed),
    ("ondertekend op", Cue::SignedOn),
    ("ondertekend:", Cue::SignedOn),
    ("getekend op", Cue::SignedOn),
    ("getekend", Cue::SignedOn),
    ("ondertekend", Cue::SignedOn),
    ("signed on", Cue::SignedOn),
    ("signed", Cue::SignedOn),
    ("signed on behalf", Cue::Signed),
    ("ondertekend te", Cue::Signed),
    ("signed by", Cue::SignatureWord),
    ("in witness whereof", Cue::Signed),
    // DocuSign's stamp on a signed copy, the closing of a paper signed twice, and an
    // e-signature check's verdict.
    ("docusigned by", Cue::Signed),
    ("getekende", Cue::SignedThing),
    ("ondertekende", Cue::SignedThing),
    ("getekend in tweevoud", Cue::Signed),
    ("in tweevoud getekend", Cue::Signed),
    ("handtekening geldig", Cue::SignatureWord),
    ("get.", Cue::SignatureWord),
    ("signed for and on behalf", Cue::Signed),
    ("signed for approval", Cue::Signed),
    ("signed and agreed", Cue::Signed),
    // The English closing of a paper signed twice (`Agreed and signed in duplicate at Houten
    // on 09/04/2026.`).
    ("agreed and signed in", Cue::Signed),
    ("signed in duplicate", Cue::Signed),
    ("signed in triplicate", Cue::Signed),
    ("handtekening", Cue::SignatureWord),
    ("handtekeningen", Cue::SignatureWord),
    ("signature", Cue::SignatureWord),
    ("paraaf", Cue::SignatureWord),
    ("w.g.", Cue::SignatureWord),
    // German `gezeichnet` under a signed paper (`gez. A. Braun`).
    ("gez.", Cue::SignatureWord),
    // The signing part of a form (`Ondertekening: student I. Melnyk ✓ … 08-03-2026`).
    ("ondertekening:", Cue::SignedOn),
];

static PHRASE_AC: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(PHRASES.iter().map(|p| p.0))
        .ok()
});

/// Indices into [`PHRASES`] by the phrase's first two bytes (see [`pair_bucket`]).
static PHRASE_BY_PAIR: LazyLock<Vec<Vec<usize>>> = LazyLock::new(|| {
    let mut v = vec![Vec::new(); 1024];
    for (k, p) in PHRASES.iter().enumerate() {
        let (Some(&c0), Some(&c1)) = (p.0.as_bytes().first(), p.0.as_bytes().get(1)) else {
            continue;
        };
        // A space in the phrase stands for a tab in the text as well.
        let seconds: &[u8] = if c1 == b' ' { b" \t" } else { &[c1] };
        for &c1 in seconds {
            if let Some(list) = v.get_mut(pair_bucket(c0, c1)) {
                list.push(k);
            }
        }
    }
    v
});

/// Of each of [`PHRASES`] that opens with a word of letters and a space, the length of that
/// word and the first byte of the next (`in tweevoud …`: 2, `t`); `None` for the others.
static PHRASE_NEXT: LazyLock<Vec<Option<(usize, u8)>>> = LazyLock::new(|| {
    PHRASES
        .iter()
        .map(|p| {
            let b = p.0.as_bytes();
            let lead = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
            match (b.get(lead), b.get(lead + 1)) {
                (Some(b' '), Some(&next)) if lead > 0 && next != b' ' => Some((lead, next)),
                _ => None,
            }
        })
        .collect()
});

/// The bucket of [`PHRASE_BY_PAIR`] for a phrase or text that starts with the bytes `c0`,
/// `c1` (ASCII case ignored; other bytes may share a bucket).
fn pair_bucket(c0: u8, c1: u8) -> usize {
    usize::from(c0.to_ascii_lowercase() & 31) << 5 | usize::from(c1.to_ascii_lowercase() & 31)
}

/// The word each phrase starts with, as the name tokenizer reads words (its leading letters:
/// `w` for `w.g.`). The lexicon marks these words so the tokenizer can note where a phrase may
/// start.
pub(crate) fn phrase_lead_words() -> impl Iterator<Item = &'static str> {
    PHRASES.iter().map(|p| {
        let end =
            p.0.bytes()
                .position(|b| !b.is_ascii_alphabetic())
                .unwrap_or(p.0.len());
        &p.0[..end]
    })
}

/// The word-bounded phrase matches in `text`: looked for only at `starts` (the word starts the
/// tokenizer noted, in order) when given, else by one search over the whole text. Matches do
/// not overlap; the longest phrase at a start wins (when it is glued to a letter the start has
/// no match, as with the whole-text search).
fn phrase_matches(text: &str, starts: Option<&[usize]>) -> Vec<(usize, usize, Cue)> {
    let Some(ac) = PHRASE_AC.as_ref() else {
        return Vec::new();
    };
    let cue = |m: &aho_corasick::Match| PHRASES.get(m.pattern().as_usize()).map(|p| p.1);
    let mut out = Vec::new();
    match starts {
        Some(starts) => {
            let b = text.as_bytes();
            let mut done = 0;
            for &at in starts {
                if at < done {
                    continue;
                }
                // The longest phrase starting here (phrases by their first two letters).
                let (Some(&c0), Some(&c1)) = (b.get(at), b.get(at + 1)) else {
                    continue;
                };
                let Some(bucket) = PHRASE_BY_PAIR.get(pair_bucket(c0, c1)) else {
                    continue;
                };
                // (A plain loop: a closure per candidate costs more than most comparisons.)
                let mut best: Option<(usize, usize, Cue)> = None;
                for &k in bucket {
                    let Some(&(p, c)) = PHRASES.get(k) else {
                        continue;
                    };
                    // The longest wins, the later of equally long ones.
                    if best.is_some_and(|(len, ..)| p.len() < len) {
                        continue;
                    }
                    // Most starts are ordinary words (`in`, `voor`) that a phrase of several
                    // words opens: the first letter of its second word rules out most.
                    if let Some(&Some((lead, next))) = PHRASE_NEXT.get(k) {
                        let mut j = at + lead;
                        if !matches!(b.get(j), Some(b' ' | b'\t')) {
                            continue;
                        }
                        while matches!(b.get(j), Some(b' ' | b'\t')) {
                            j += 1;
                        }
                        if !b.get(j).is_some_and(|x| x.eq_ignore_ascii_case(&next)) {
                            continue;
                        }
                    }
                    if let Some(end) = spaced_match(b, at, p) {
                        best = Some((p.len(), end, c));
                    }
                }
                if let Some((_, end, c)) = best {
                    if crate::is_word_bounded(text, at, end) {
                        out.push((at, end, c));
                        done = end;
                    }
                }
            }
        }
        None => {
            for m in ac.find_iter(text) {
                if let Some(c) = cue(&m) {
                    if crate::is_word_bounded(text, m.start(), m.end()) {
                        out.push((m.start(), m.end(), c));
                    }
                }
            }
        }
    }
    out
}

/// True when the signature word at `start..end` is all a bracket holds, with the initials
/// perhaps (`[handtekening]`, `[paraaf + handtekening]`): where the signature stands on the
/// copy of a signed paper.
fn signature_bracket(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..start]).map_or(0, |k| k + 1);
    let Some(open) = memchr::memrchr(b'[', &b[line_start..start]).map(|k| line_start + k) else {
        return false;
    };
    let Some(close) = memchr::memchr(b']', &b[end..b.len().min(end + 24)]).map(|k| end + k) else {
        return false;
    };
    let words = |s: &str| {
        s.split([' ', '+', '&', '/'])
            .filter(|w| !w.is_empty())
            .all(|w| {
                ["paraaf", "en", "and", "initials"]
                    .iter()
                    .any(|p| w.eq_ignore_ascii_case(p))
            })
    };
    words(&text[open + 1..start]) && words(&text[end..close])
}

/// True when `rest` (what follows a signature word in its bracket) notes that the signature
/// is there and closes the bracket: ` aanwezig)`, ` opgeslagen]`.
fn signature_noted(rest: &str) -> bool {
    let Some(r) = rest.strip_prefix(' ') else {
        return false;
    };
    ["aanwezig", "opgeslagen", "geplaatst", "present", "on file"]
        .iter()
        .any(|w| {
            r.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w))
                && r[w.len()..].starts_with([')', ']'])
        })
}

/// True when the words before a signature word ask for one (`graag uw`, `je`, `your`).
fn asked_for(before: &str) -> bool {
    let last = before.trim_end().rsplit([' ', ',']).next().unwrap_or("");
    ["uw", "je", "jouw", "your", "graag"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
}

/// True when `text` is a single line that ends in a question and quotes at most two amounts:
/// a question about a slip, not the slip (a notice that a slip is ready may give its gross
/// and net pay, and then say `Vragen? Mail …`).
fn asked_about(text: &str, amounts: usize) -> bool {
    let t = text.trim();
    amounts <= 2 && !t.contains('\n') && t.len() <= 400 && t.ends_with('?')
}

/// True when the words at `start..end` stand between quotes inside a sentence: named, not
/// used (`Wat betekent 'digitaal ondertekend' hier?`). Quoted at a line's start they are
/// what a signer writes by hand above the signature (`"Gelezen en goedgekeurd"`).
fn quoted(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    let open = start.checked_sub(1).and_then(|k| b.get(k)).copied();
    let close = b.get(end).copied();
    let marks = matches!(
        (open, close),
        (Some(b'\''), Some(b'\'')) | (Some(b'"'), Some(b'"'))
    ) || (text[..start].ends_with(['‘', '“']) && text[end..].starts_with(['’', '”']));
    if !marks {
        return false;
    }
    // The opening quote off, by its char (it may be wider than a byte).
    let head = &text[..start];
    let head = head.strip_suffix(['\'', '"', '‘', '“']).unwrap_or(head);
    let before = head.rsplit('\n').next().unwrap_or("").trim_end();
    before.ends_with(char::is_alphabetic)
}

/// True when a certificate follows the signing words that end at `end` within their sentence:
/// a mail signed to prove its sender (`digitaal ondertekend met een S/MIME-certificaat`).
fn certificate_after(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let near = &rest[..floor_char(rest, 48)];
    let sentence = near
        .split(['.', '\n'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    ["certifica", "s/mime"].iter().any(|w| sentence.contains(w))
}

/// Where `phrase` ends when it is written at `at` in `b` (ASCII case ignored), each of its
/// spaces standing for one or more spaces or tabs: payslips aligned in columns, or read by
/// OCR, space their words out (`Fiscaal  loon  ....  33.632,27`).
#[inline]
fn spaced_match(b: &[u8], at: usize, phrase: &str) -> Option<usize> {
    let p = phrase.as_bytes();
    let t = b.get(at..(at + p.len()).min(b.len()))?;
    // Where the text stops being the phrase as listed (most candidates: at once).
    let i = t
        .iter()
        .zip(p)
        .position(|(x, y)| !x.eq_ignore_ascii_case(y))
        .unwrap_or(t.len());
    if i == p.len() {
        return Some(at + p.len());
    }
    // Only more blanks where the phrase has its space can still make it match.
    let blank = |k: usize| matches!(t.get(k), Some(b' ' | b'\t'));
    let wider = (p.get(i) == Some(&b' ') && blank(i)) || (i > 0 && p[i - 1] == b' ' && blank(i));
    if !wider {
        return None;
    }
    let mut i = at;
    for &p in p {
        if p == b' ' {
            let run = b
                .get(i..)?
                .iter()
                .take_while(|&&c| matches!(c, b' ' | b'\t'))
                .count();
            if run == 0 {
                return None;
            }
            i += run;
        } else if b.get(i)?.eq_ignore_ascii_case(&p) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// Why `text` must not be sent as a whole. `phrase_starts` are the word starts where a block
/// phrase may begin (see [`phrase_matches`]); `None` searches the whole text.
pub(crate) fn reasons(
    text: &str,
    spans: &[Span],
    flags: &Flags,
    phrase_starts: Option<&[usize]>,
) -> Vec<BlockReason> {
    let mut out = Vec::new();
    if flags.password {
        out.push(BlockReason::Password);
    }
    if flags.api_key {
        out.push(BlockReason::ApiKey);
    }
    let (mut sal_title, mut sal_items, mut signed, mut sig_line) = (false, 0usize, false, false);
    let mut sig_block = false;
    let mut signed_thing = false;
    let mut sal_weak = false;
    let mut pay_words = false;
    let mut priced_items = 0usize;
    // Lines that hold a payroll word with its amount right after it (`Loonheffing: -€ 644`).
    let mut item_lines: Vec<usize> = Vec::new();
    {
        for (m_start, m_end, cue) in phrase_matches(text, phrase_starts) {
            match cue {
                Cue::SalaryTitle => {
                    sal_title = true;
                    priced_items += usize::from(priced(text, m_end, &flags.euro_amounts));
                }
                Cue::SalaryItem => {
                    sal_items += 1;
                    priced_items += usize::from(priced(text, m_end, &flags.euro_amounts));
                    if priced_tightly(text, m_end, &flags.euro_amounts) {
                        note_line(text, m_start, &mut item_lines);
                    }
                }
                Cue::SalaryMoney => {
                    pay_words = true;
                    if priced_tightly(text, m_end, &flags.euro_amounts) {
                        priced_items += 1;
                        note_line(text, m_start, &mut item_lines);
                    }
                }
                // Not a mail's own signature (`Dit bericht is digitaal ondertekend met een
                // S/MIME-certificaat`), nor the words quoted to ask about them (`Wat betekent
                // 'digitaal ondertekend' hier?`).
                Cue::Signed => {
                    signed |= !certificate_after(text, m_end) && !quoted(text, m_start, m_end)
                }
                Cue::SignedThing => signed_thing = true,
                Cue::SalaryWeakTitle => sal_weak = true,
                Cue::SignedOn => {
                    signed_thing = true;
                    // `ondertekend op 03-11-2025 21:04`, `Ondertekend: 30-03-2025`, `Yaw
                    // Kuipers, getekend 15 oktober 2024`, not `ondertekend op kantoor`, nor a
                    // sentence that tells it (`het contract is getekend op 3 maart`).
                    let after = text
                        .get(m_end..)
                        .unwrap_or("")
                        .trim_start_matches([' ', ':']);
                    // `Getekend d.d. 26 augustus 2025`, `getekend maandag 25 mei 2026`, `Zo
                    // getekend op vrijdag 5 september 2025`.
                    // `Getekend door beide partijen op 28 maart 2026`, `Ondertekend namens de
                    // gemeente door D. Najjar op 5 augustus 2026`: who signed, then the date.
                    // `Ondertekend via e-sign door Jorrit Zijlstra (uitlener) en …`: how it was
                    // signed may stand before who signed, and the signers' roles make the line
                    // long before its date.
                    let line = after.split('\n').next().unwrap_or("");
                    let signers = strip_means(line);
                    let by = ["door ", "namens ", "by ", "on behalf "].iter().any(|p| {
                        signers
                            .get(..p.len())
                            .is_some_and(|h| h.eq_ignore_ascii_case(p))
                    });
                    let after = if by {
                        let head = &line[..floor_char(line, 140)];
                        [" op ", " on "]
                            .iter()
                            .find_map(|p| head.find(p).map(|k| &after[k + 1..]))
                            // `Getekend door werknemer 01-11-2026`: the signer's role or
                            // name, then the date.
                            .or_else(|| {
                                let near = &head[..floor_char(head, 48)];
                                near.find(|c: char| c.is_ascii_digit())
                                    .filter(|&k| date_at(&near.as_bytes()[k..]))
                                    .map(|k| &after[k..])
                            })
                            .unwrap_or(after)
                    } else {
                        after
                    };
                    // `SIGNED [23/Sep/2026:01:43:55 +0100]`: a timestamp in brackets.
                    let after = after.strip_prefix('[').unwrap_or(after);
                    let after = ["d.d.", "d.d", "dd.", "op ", "on ", "op\n", "op\r\n"]
                        .iter()
                        .find_map(|p| after.strip_prefix(p))
                        .map_or(after, |r| r.trim_start());
                    // `ondertekend op` at a line's end, the date on the next (a pasted PDF).
                    let on = text.get(m_start..m_end).is_some_and(|p| {
                        let p = p.as_bytes();
                        p.len() > 3 && (p.ends_with(b" op") || p.ends_with(b" on"))
                    });
                    let after = if on { after.trim_start() } else { after };
                    let after = after_word(after, WEEKDAYS)
                        .map_or(after, |r| r.trim_start_matches([' ', ',']));
                    // An English date starts with its month (`signed on March 14, 2026`).
                    let after = after_word(after, ENGLISH_MONTHS)
                        .filter(|r| r.starts_with(' '))
                        .map_or(after, str::trim_start);
                    let dated = after.bytes().next().is_some_and(|b| b.is_ascii_digit());
                    // `Getekend,` alone on its line above the names and the date; `Getekend
                    // door:` and `Voor ontvangst getekend:` above the signers.
                    let ends_line = text.get(m_end..).is_some_and(|r| {
                        let rest = r.split('\n').next().unwrap_or("").trim();
                        matches!(rest, "" | ":" | "," | "door:" | "door" | "by:")
                    });
                    let alone = (line_alone(text, m_start, m_end)
                        || (ends_line && !told(text, m_start)))
                        && signed_below(text, m_end, spans);
                    // `Getekend: Chun Zhang, 13-11-2026`: a field at the line's start with the
                    // signer and the date on the line.
                    // (Also `Ondertekend: T. Kamiński ✔ 08-03-2026`, the colon in the phrase;
                    // and within a line when a person follows: `… € 3.595,14. Getekend: D.
                    // Woldu (werkgever) en K. Otten (werknemer), 13-02-2026`.)
                    let colon = text.as_bytes().get(m_end) == Some(&b':')
                        || text.as_bytes().get(m_end.wrapping_sub(1)) == Some(&b':');
                    let rest_of_line = text
                        .get(m_end..)
                        .and_then(|r| r.split('\n').next())
                        .unwrap_or("");
                    let signer_after = spans.iter().any(|s| {
                        s.kind == EntityKind::Person && s.start > m_end && s.start <= m_end + 3
                    });
                    let field = colon
                        && (line_start_before(text, m_start) || signer_after)
                        && rest_of_line.bytes().any(|c| c.is_ascii_digit());
                    let told = told(text, m_start) && !of_itself(text, m_start);
                    // `Voor akkoord cliënt: (getekend)`: where the signature stands on the copy
                    // of a signed paper, in brackets closing its line after a field's label or
                    // alone (not `stuur het contract (getekend) terug`).
                    let stands_in = m_start > 0
                        && text.as_bytes()[m_start - 1] == b'('
                        && text.as_bytes().get(m_end) == Some(&b')')
                        && text
                            .get(m_end + 1..)
                            .is_some_and(|r| r.split('\n').next().unwrap_or("").trim().is_empty())
                        && text.get(..m_start - 1).is_some_and(|h| {
                            let line = h.rsplit('\n').next().unwrap_or("").trim_end();
                            // Or right after the signer's name (`C. Reitsma (getekend)`).
                            let signer = spans.iter().any(|s| {
                                s.kind == EntityKind::Person && s.end == h.trim_end().len()
                            });
                            line.is_empty() || line.ends_with(':') || signer
                        });
                    if (dated && !told) || alone || field || stands_in {
                        signed = true;
                    }
                }
                Cue::SignatureWord => {
                    // A signature line: "Handtekening: ____", "Handtekening: J. Jansen", or the word
                    // followed by a name/date/line on the same line.
                    let rest = text.get(m_end..).unwrap_or("");
                    let line = rest.split('\n').next().unwrap_or("");
                    let trimmed = line.trim_start_matches([' ', '\t', ':', '(', ')', 's']);
                    // (Not a request for one: `graag uw handtekening onder de overeenkomst`.)
                    let starts_line = text
                        .get(..m_start)
                        .map(|b| b.rsplit('\n').next().unwrap_or(""))
                        .is_some_and(|b| {
                            b.trim().is_empty()
                                || b.trim_end().ends_with(':')
                                || (b.trim().len() < 25 && !asked_for(b))
                        });
                    // Filled in: a date, a name, `w.g.`, `/s/`, `[handtekening]`. Lines of
                    // blanks (`Handtekening huurder: ______  Datum: ______`) are still to sign.
                    // A placeholder in brackets (`[NAAM HUURDER]`, `[DATUM]`) is no fill.
                    let has_fill = line.bytes().any(|b| b.is_ascii_digit())
                        || line.contains('/')
                        || line.contains("w.g.")
                        || bracketed(line).any(|c| !placeholder(c));
                    let colon = line.trim_start().starts_with(':');
                    // `Handtekening namens Bouwbedrijf Smit: __________`: the party named
                    // before the colon is still to sign on the blank after it.
                    let blank_tail = line.rsplit_once(':').is_some_and(|(_, r)| {
                        r.bytes().filter(|&c| c == b'_' || c == b'.').count() >= 3
                            && r.bytes()
                                .all(|c| matches!(c, b'_' | b'.' | b' ' | b'\t' | b'\r'))
                    });
                    let name_after = !blank_tail
                        && spans.iter().any(|s| {
                            s.kind == EntityKind::Person
                                && s.start >= m_end
                                && s.start <= m_end + line.len()
                        });
                    // `[handtekening]`: where the signature stands on a copy of the signed
                    // paper (a form's `(handtekening)` under a blank line is still to sign).
                    // Also a scribble as a scan's text recognition reads it (`~ handtekening
                    // ~`), and a note that it is there (`(handtekening aanwezig)`,
                    // `[handtekening opgeslagen]`).
                    let stands_in = signature_bracket(text, m_start, m_end)
                        || (text[..m_start].ends_with("~ ") && line.starts_with(" ~"))
                        || (text[..m_start].ends_with(['(', '[']) && signature_noted(line));
                    let cue = text.get(m_start..m_end).unwrap_or("");
                    // `the agreement, signed by …`: a mail may send it along.
                    signed_thing |= cue
                        .get(..6)
                        .is_some_and(|c| c.eq_ignore_ascii_case("signed"));
                    // `..E. Demir..(get.)`: getekend, abbreviated after the signer's name on
                    // the copy of a signed paper.
                    let abbreviated = cue.eq_ignore_ascii_case("get.")
                        && m_start > 0
                        && text.as_bytes()[m_start - 1] == b'('
                        && text.as_bytes().get(m_end) == Some(&b')');
                    // `Resultaat: handtekening geldig`: a check of a signature that was made,
                    // closing its line (not `of de handtekening geldig is`).
                    let verdict =
                        cue.eq_ignore_ascii_case("handtekening geldig") && line.trim().is_empty();
                    // `Arjen Bosman   09-04-2025   (handtekening)`: the signer, the date and
                    // where the signature stands closing the line, on the copy of a signed
                    // paper too. A form's `(handtekening)` under or after a line of blanks is
                    // still to sign.
                    let signer_line = m_start > 0
                        && text.as_bytes()[m_start - 1] == b'('
                        && text.as_bytes().get(m_end) == Some(&b')')
                        && line.get(1..).is_some_and(|r| r.trim().is_empty())
                        && signer_dated(text, m_start - 1, spans);
                    // `w.g.` (was getekend) on a line of its own under a signer's name: the
                    // copy of a signed paper.
                    let wg = text
                        .get(m_start..m_end)
                        .is_some_and(|c| c.eq_ignore_ascii_case("w.g."))
                        && starts_line
                        && line.trim().is_empty();
                    // A scan's remark that the signature cannot be read, on a form that is no
                    // agreement (`HANDTEKENING :  (niet leesbaar)` on a sign-up form), signs
                    // no contract.
                    let remark = {
                        let r = line
                            .trim_start_matches([' ', '\t', ':'])
                            .to_ascii_lowercase();
                        r.starts_with('(')
                            && ["leesbaar", "illegible", "unreadable"]
                                .iter()
                                .any(|w| r.contains(w))
                    } && !is_contract(text);
                    if (colon && (has_fill || name_after || !unfilled(trimmed)) && !remark)
                        || (starts_line && (has_fill || name_after))
                        || stands_in
                        || abbreviated
                        || verdict
                        || signer_line
                        || wg
                    {
                        sig_line = true;
                    } else if colon
                        && trimmed.trim().is_empty()
                        && signed_below(text, m_end, spans)
                        && (line.contains('✓')
                            || text.get(m_end..).is_some_and(|r| r.contains('✓')))
                    {
                        // `Handtekeningen:` with the signers ticked off below (`Student: S.
                        // Jagroep  ✓`).
                        sig_line = true;
                    } else if (colon || starts_line) && dated_below(text, m_end) {
                        // `Handtekening koper: ______` with the date it was signed filled in
                        // (`Datum: 6 december 2024`): a contract signed on paper. With the date
                        // blank too it is still to sign.
                        sig_block = true;
                    }
                }
            }
        }
    }
    let money = text.contains('€') || text.contains("EUR") || text.contains("euro");
    // An amount written out, not only its sign: an explanation of the slip with blanks to fill
    // in (`Brutoloon: € ______`) shows no pay.
    let amount = !flags.euro_amounts.is_empty() || money_number(text.as_bytes()).is_some();
    // A mail that the slips are ready ("de loonstroken staan klaar, de vakantietoeslag volgt")
    // names a slip but shows none: a slip holds amounts, more than the one an announcement
    // names ("je ziet de verhoging op je loonstrook; de reiskosten gaan naar € 0,23").
    if (sal_title && (priced_items >= 1 || amount_lines(text, &flags.euro_amounts) >= 2))
        || (sal_weak && priced_items >= 1)
        || (sal_items >= 3 && (priced_items >= 1 || amount_lines(text, &flags.euro_amounts) >= 2))
        || item_lines.len() >= 3
        || (pay_words && payroll_table(text))
        || (pay_words && pay_lines(text))
        || ((sal_title || sal_items >= 2) && ledger_lines(text) >= 3)
        || (sal_items >= 2
            && money
            && amount
            && amount_lines(text, &flags.euro_amounts) >= 1
            && text.to_ascii_lowercase().contains("bruto")
            && text.to_ascii_lowercase().contains("netto"))
    {
        // Unless it is one question that quotes a figure or two from a slip (`Op mijn
        // jaaropgave staat fiscaal loon € 50.721,32 en loonheffing € 12.114,86. Is dat …?`).
        if !asked_about(text, flags.euro_amounts.len()) {
            out.push(BlockReason::SalarySlip);
        }
    }
    // An e-signing service's record (`"signedAt":"18-10-2025 13u45"`) keeps the date each
    // signer signed.
    signed = signed || signed_field(text) || (signed_thing && attached_signed(text));
    // A contract with the signature block of its parties is what the rule means, unless it
    // says it is a draft or a model.
    let contract_with_block = sig_block && is_contract(text) && !is_draft(text);
    if (signed || sig_line || contract_with_block)
        && !not_yet_signed(text)
        && !blank_model(text, spans)
    {
        out.push(BlockReason::SignedContract);
    }
    let enough =
        |rows: usize| rows > LIST_ROWS || (rows == LIST_ROWS && four_are_clients(text, spans));
    if customer_list(text, spans)
        || record_blocks(text, spans) > LIST_ROWS
        || enough(json_records(text, spans))
        || enough(vcards(text))
        || inline_records(text, spans) > LIST_ROWS
    {
        out.push(BlockReason::CustomerList);
    }
    out
}

/// True when a table's header names three pay columns or more (`periode;naam;bruto;
/// loonheffing;pensioen;netto`) and a row under it holds two amounts or more: a payroll export.
/// Only asked when the text holds `bruto`, `netto` or `salaris`.
fn payroll_table(text: &str) -> bool {
    const COLUMNS: &[&str] = &[
        "bruto",
        "netto",
        "loonheffing",
        "pensioen",
        "pensioenpremie",
        "salaris",
        "brutoloon",
        "nettoloon",
        "brutosalaris",
        "nettosalaris",
        "bruto loon",
        "netto loon",
        "uurloon",
        "vakantiegeld",
        "vakantietoeslag",
        "inhoudingen",
        "zvw",
        "loon",
    ];
    let cells = |line: &str| -> Vec<String> {
        let d = [';', '\t', '|', ',']
            .into_iter()
            .max_by_key(|&d| line.matches(d).count())
            .unwrap_or(';');
        line.split(d)
            .map(|c| c.trim().trim_matches('"').to_lowercase())
            .collect()
    };
    let mut lines = text.lines().filter(|l| !l.trim().is_empty()).peekable();
    while let Some(line) = lines.next() {
        let head = cells(line);
        let pay = head
            .iter()
            .filter(|c| COLUMNS.contains(&c.as_str()))
            .count();
        if pay < 3 {
            continue;
        }
        let Some(row) = lines.peek() else {
            return false;
        };
        let amounts = cells(row)
            .iter()
            .filter(|c| {
                let c = c.trim_start_matches(['€', ' ']);
                c.len() >= 3
                    && c.bytes()
                        .all(|x| x.is_ascii_digit() || matches!(x, b'.' | b','))
                    && c.bytes().any(|x| matches!(x, b'.' | b','))
            })
            .count();
        if amounts >= 2 {
            return true;
        }
    }
    false
}

/// True when a signature line holds nothing but blanks and the labels around them
/// (`verhuurder: ______________    Datum: ________`).
fn unfilled(line: &str) -> bool {
    const LABELS: &[&str] = &[
        "datum",
        "plaats",
        "naam",
        "handtekening",
        "verhuurder",
        "huurder",
        "werkgever",
        "werknemer",
        "opdrachtgever",
        "opdrachtnemer",
        "koper",
        "verkoper",
        "partij",
        "voor",
        "akkoord",
        "date",
        "name",
        "signature",
        "en",
        "te",
        "d.d.",
    ];
    line.split(|c: char| c.is_whitespace() || matches!(c, '_' | '.' | ':' | '…' | '-' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .all(|w| LABELS.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// `line` past the means of an electronic signature that may stand before its signers
/// (`via e-sign`, `via DocuSign`, `digitaal`, `elektronisch`, `online`, `met iDIN`); `line`
/// itself when it opens with none.
fn strip_means(line: &str) -> &str {
    const MEANS: &[&str] = &["digitaal ", "elektronisch ", "online ", "digitally "];
    if let Some(rest) = MEANS.iter().find_map(|m| {
        line.get(..m.len())
            .filter(|h| h.eq_ignore_ascii_case(m))
            .map(|_| &line[m.len()..])
    }) {
        return rest.trim_start();
    }
    // `via <tool>`, `met <tool>`, `with <tool>`: one word, then the signers.
    for m in ["via ", "met ", "with "] {
        let Some(rest) = line
            .get(..m.len())
            .filter(|h| h.eq_ignore_ascii_case(m))
            .map(|_| &line[m.len()..])
        else {
            continue;
        };
        let word = rest.find(' ').unwrap_or(rest.len());
        if (2..=16).contains(&word) {
            return rest[word..].trim_start();
        }
    }
    line
}

/// The lines of `b` as (start, end) byte ranges, the last one without its line break too.
pub(crate) fn line_bounds(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', b)
        .chain(std::iter::once(b.len()))
        .map(move |end| {
            let s = start;
            start = end + 1;
            (s, end)
        })
}

/// What the spans that start in `start..end` hold. `si` is a cursor into `spans` (in text
/// order), left past every span that starts before `end`.
#[derive(Default)]
struct Held {
    person: bool,
    /// An e-mail address or a phone number.
    reach: bool,
    address: bool,
    postcode: bool,
}

fn held_in(spans: &[Span], si: &mut usize, start: usize, end: usize) -> Held {
    let mut h = Held::default();
    while *si < spans.len() && spans[*si].start < end {
        if spans[*si].start >= start {
            match spans[*si].kind {
                EntityKind::Person | EntityKind::Employee => h.person = true,
                EntityKind::Email | EntityKind::Phone => h.reach = true,
                EntityKind::Address => h.address = true,
                EntityKind::Postcode => h.postcode = true,
                _ => {}
            }
        }
        *si += 1;
    }
    h
}

/// The longest run of records written over a few lines each, one after the other: a line with a
/// person, then within four more lines an address, postcode, phone number or e-mail address
/// (a condolence register's name, street and town; a YAML export's `- naam:`, `email:`,
/// `telefoon:`). A person without contact details breaks the run, and so does text that
/// follows a person further than a record reaches (the signatures of a mail thread).
fn record_blocks(text: &str, spans: &[Span]) -> usize {
    const REACH: usize = 4;
    // Too few people or contact details for a list: nothing to read.
    let (mut people, mut contacts) = (0, 0);
    for s in spans {
        match s.kind {
            EntityKind::Person | EntityKind::Employee => people += 1,
            EntityKind::Email | EntityKind::Phone | EntityKind::Address | EntityKind::Postcode => {
                contacts += 1
            }
            _ => {}
        }
    }
    if people <= LIST_ROWS || contacts <= LIST_ROWS {
        return 0;
    }
    let b = text.as_bytes();
    let (mut best, mut run) = (0usize, 0usize);
    // The open record: non-blank lines since its person, and whether it holds contact details.
    let mut open: Option<(usize, bool)> = None;
    let mut si = 0usize;
    for (line_start, line_end) in line_bounds(b) {
        let h = held_in(spans, &mut si, line_start, line_end);
        let contact = h.reach || h.address || h.postcode;
        if b[line_start..line_end].iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if h.person {
            // The next line naming a person too goes on with the same record's name (a form's
            // `What's your name? Ivan` ⏎ `And your last name? Nikolov`).
            if let Some((0, c)) = open {
                open = Some((0, c || contact));
                continue;
            }
            match open {
                Some((_, true)) => run += 1,
                Some((_, false)) => run = 0,
                None => {}
            }
            best = best.max(run);
            open = Some((0, contact));
            continue;
        }
        if let Some((n, c)) = open {
            if n < REACH {
                open = Some((n + 1, c || contact));
            } else {
                run += usize::from(c);
                best = best.max(run);
                run = 0;
                open = None;
            }
        }
    }
    if let Some((_, true)) = open {
        run += 1;
    }
    best.max(run)
}

/// True when at least three lines each name a pay item first and end in its amount, one of
/// them the net pay and one the gross pay or the tax (`Eindejaarsuitkering bruto  2.448,40`,
/// `| Loonheffing  | 803,64`, `Netto<TAB><TAB>5.376,69`): a slip laid out in columns, whatever
/// the columns are made of and without a currency sign.
fn pay_lines(text: &str) -> bool {
    const ITEMS: &[&str] = &[
        "bruto",
        "netto",
        "loonheffing",
        "pensioen",
        "salaris",
        "loon",
        "uurloon",
        "eindejaarsuitkering",
        "vakantiegeld",
        "vakantietoeslag",
        "premie",
        "zvw",
        "inhouding",
        "reiskosten",
        "gross",
        "net",
    ];
    // The item opens the line or one of its cells (`Nour;02-2025;Loonheffing;-810,02`), as
    // a word or the start of a longer one (`pensioenpremie`, `reiskostenvergoeding`).
    let item = |cell: &str| {
        let first = cell
            .trim()
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_lowercase();
        ITEMS
            .iter()
            .any(|i| first == *i || (i.len() >= 5 && first.starts_with(i)))
    };
    let (mut lines, mut net, mut gross) = (0, false, false);
    for line in text.lines() {
        let l = line.trim_matches(|c: char| c.is_whitespace() || c == '|');
        if !(item(l) || l.split([';', '\t', '|']).skip(1).any(item)) {
            continue;
        }
        // The line ends in a number written as money (`1.129,66`, `-464,86`).
        let last = l.rsplit([' ', '\t', '|', ';']).next().unwrap_or("");
        let last = last.trim_start_matches(['-', '€']);
        if money_number(last.as_bytes()) != Some(0) || last.len() > 13 {
            continue;
        }
        lines += 1;
        let lower = l.to_lowercase();
        net |= lower.contains("netto") || lower.starts_with("net ");
        gross |= ["bruto", "salaris", "loonheffing", "gross"]
            .iter()
            .any(|w| lower.contains(w));
    }
    lines >= 3 && net && gross
}

/// True when a mail sends the signed agreement along: `Bijgevoegd de getekende
/// huurovereenkomst`, `Hierbij de door beide partijen ondertekende koopovereenkomst`,
/// `Attached you will find the agreement, signed by …`. One sentence holds the word for the
/// attachment, the signing and the agreement; a question (`Heb je de getekende overeenkomst
/// bijgevoegd?`) sends nothing.
fn attached_signed(text: &str) -> bool {
    const ATTACHED: &[&[u8]] = &[
        b"bijgevoegd",
        b"hierbij",
        b"in de bijlage",
        b"als bijlage",
        b"attached",
        b"enclosed",
    ];
    const SIGNED: &[&[u8]] = &[b"getekende ", b"ondertekende ", b"signed "];
    const AGREEMENT: &[&[u8]] = &[b"overeenkomst", b"contract", b"agreement", b"akte"];
    let lower = text.to_ascii_lowercase();
    let lb = lower.as_bytes();
    ATTACHED.iter().any(|w| {
        memchr::memmem::find_iter(lb, w).any(|k| {
            let rest = &lb[k..lb.len().min(k + 200)];
            let end = rest
                .iter()
                .position(|c| matches!(c, b'.' | b'?' | b'!' | b'\n'))
                .unwrap_or(rest.len());
            let sentence = &rest[..end];
            let has = |list: &[&[u8]]| {
                list.iter()
                    .any(|x| memchr::memmem::find(sentence, x).is_some())
            };
            rest.get(end) != Some(&b'?') && has(SIGNED) && has(AGREEMENT)
        })
    })
}

/// True when `b` starts with a date in digits (`01-11-2026`, `3/9/25`, `2026-02-12`).
fn date_at(b: &[u8]) -> bool {
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    (1..=4).contains(&digits)
        && b.get(digits)
            .is_some_and(|c| matches!(c, b'-' | b'/' | b'.'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
}

/// The largest char boundary of `s` at or below `at`.
fn floor_char(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// True when a field named for the moment of signing (`signedAt`, `signed_on`, `dateSigned`,
/// any case, JSON or `key=value`) holds a date or a timestamp: a signer has signed. An empty
/// or `null` field is a signature still to come.
fn signed_field(text: &str) -> bool {
    const KEYS: &[&str] = &[
        "signedat",
        "signed_at",
        "signedon",
        "signed_on",
        "datesigned",
        "date_signed",
        "signed_date",
        "signeddate",
    ];
    // Every key holds `signed`: two substring searches (`igned`, `IGNED`) find them far
    // faster than a case-blind automaton, then the whole key around is compared.
    static FINDERS: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| [&b"igned"[..], b"IGNED"].map(memchr::memmem::Finder::new));
    let b = text.as_bytes();
    let quote_or_blank = |c: &u8| matches!(c, b'"' | b'\'' | b' ' | b'\t');
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let mut keys = FINDERS.iter().flat_map(|f| f.find_iter(b)).filter_map(|k| {
        let s = k - b[..k].iter().rev().take_while(|c| word(c)).count();
        let e = k + b[k..].iter().take_while(|c| word(c)).count();
        let key = &b[s..e];
        KEYS.iter()
            .any(|w| key.eq_ignore_ascii_case(w.as_bytes()))
            .then_some(e)
    });
    keys.any(|end| {
        let rest = &b[end..];
        let k = rest
            .iter()
            .position(|c| !quote_or_blank(c))
            .unwrap_or(rest.len());
        matches!(rest.get(k), Some(b':' | b'='))
            && rest[k + 1..]
                .iter()
                .find(|c| !quote_or_blank(c))
                .is_some_and(u8::is_ascii_digit)
    })
}

/// True when the line before `at` holds a person and a date and no blanks, nor stands under a
/// line of blanks (`Dmytro Bondarenko namens werkgever   09-04-2025   `): a signer's line.
fn signer_dated(text: &str, at: usize, spans: &[Span]) -> bool {
    let b = text.as_bytes();
    let ls = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
    let head = &text[ls..at];
    if head.contains('_') {
        return false;
    }
    // The last line above with text, when it is all blanks to fill in (`____________`).
    let above = text[..ls.saturating_sub(1)]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if !above.is_empty()
        && above
            .bytes()
            .all(|c| matches!(c, b'_' | b'.' | b' ' | b'\t'))
    {
        return false;
    }
    let person = spans
        .iter()
        .any(|s| s.kind == EntityKind::Person && s.start >= ls && s.end <= at);
    person && head.split_whitespace().any(numeric_date)
}

/// True for a date in figures (`09-04-2025`, `9/4/25`, `2025-04-09`), punctuation around it
/// aside.
fn numeric_date(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_ascii_digit());
    let parts: Vec<&str> = w.split(['-', '/', '.']).collect();
    parts.len() == 3
        && parts.iter().all(|p| p.bytes().all(|c| c.is_ascii_digit()))
        && matches!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>().as_slice(),
            [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2]
        )
}

/// What stands between the square brackets of `line` (`[NAAM HUURDER]`, `[handtekening]`).
fn bracketed(line: &str) -> impl Iterator<Item = &str> {
    line.split('[')
        .skip(1)
        .filter_map(|r| r.split_once(']').map(|(inside, _)| inside))
}

/// True when the inside of square brackets is a placeholder to fill in (`NAAM HUURDER`,
/// `DATUM`, `…`): no lowercase letter, and no word for the signature that stands there on a
/// signed copy (`[HANDTEKENING]`).
fn placeholder(inside: &str) -> bool {
    const SIGNS: &[&str] = &["handtekening", "signature", "getekend", "paraaf", "w.g."];
    !inside.chars().any(char::is_lowercase) && !SIGNS.iter().any(|w| inside.eq_ignore_ascii_case(w))
}

/// True when the text is a model to fill in (`MODEL HUUROVEREENKOMST (invullen)`, a template,
/// a concept) holding placeholders or blank lines and no person: its closing formula (`Aldus
/// opgemaakt in tweevoud`) and signature lines are still to sign.
fn blank_model(text: &str, spans: &[Span]) -> bool {
    const MODEL: &[&str] = &[
        "model",
        "template",
        "sjabloon",
        "invullen",
        "in te vullen",
        "concept",
        "fill in",
    ];
    if spans
        .iter()
        .any(|s| matches!(s.kind, EntityKind::Person | EntityKind::Employee))
    {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    MODEL.iter().any(|w| lower.contains(w))
        && (text.contains("____")
            || text
                .lines()
                .any(|l| bracketed(l).any(|c| !c.trim().is_empty() && placeholder(c))))
}

/// True when `s..e` is all its line holds but for punctuation (`Getekend,`).
fn line_alone(text: &str, s: usize, e: usize) -> bool {
    let b = text.as_bytes();
    let ls = memchr::memrchr(b'\n', &b[..s]).map_or(0, |k| k + 1);
    let le = memchr::memchr(b'\n', &b[e..]).map_or(b.len(), |k| e + k);
    b[ls..s].iter().all(|c| c.is_ascii_whitespace())
        && b[e..le]
            .iter()
            .all(|c| matches!(c, b',' | b':' | b'.' | b' ' | b'\t' | b'\r'))
}

/// What follows the first of `words` that `s` starts with (ASCII case ignored).
fn after_word<'a>(s: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| {
        s.get(..w.len())
            .filter(|h| h.eq_ignore_ascii_case(w))
            .map(|_| &s[w.len()..])
    })
}

/// The months in English, as an e-signing service's date starts with one.
const ENGLISH_MONTHS: &[&str] = &[
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

/// The days of the week, Dutch and English, as a signing date may start with one.
pub(crate) const WEEKDAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True when a person or a date stands in the three lines below `at` (the signers of a
/// signature block).
fn signed_below(text: &str, at: usize, spans: &[Span]) -> bool {
    let b = text.as_bytes();
    let mut end = at;
    for _ in 0..4 {
        end = memchr::memchr(b'\n', &b[(end + 1).min(b.len())..]).map_or(b.len(), |k| end + 1 + k);
    }
    b[at..end].iter().any(u8::is_ascii_digit)
        || spans
            .iter()
            .any(|s| s.kind == EntityKind::Person && s.start >= at && s.start < end)
}

/// True when the words before `at` in its sentence tell of a signing rather than record it
/// (`het contract is getekend op`, `heeft getekend`, `moet nog getekend`).
fn told(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let from = at.saturating_sub(24);
    let before = b[from..at].to_ascii_lowercase();
    [
        &b" is "[..],
        b" was ",
        b"has been ",
        b"will be ",
        b"heeft ",
        b"hebben ",
        b" zijn ",
        b"werd ",
        b"wordt ",
        b"moet ",
        b"nog ",
        b"niet ",
    ]
    .iter()
    .any(|w| memchr::memmem::find(&before, w).is_some())
}

/// True when only blanks stand between the start of its line and `at`.
fn line_start_before(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    b[..at]
        .iter()
        .rev()
        .take_while(|&&c| c != b'\n')
        .all(|&c| matches!(c, b' ' | b'\t'))
}

/// True when the sentence before `at` speaks of the text itself (`Deze overeenkomst is door
/// beide partijen ondertekend op …`): the agreement records its own signing.
fn of_itself(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let from = at.saturating_sub(64);
    // Lines broken inside the sentence (a pasted PDF) read as spaces.
    let before: Vec<u8> = b[from..at]
        .iter()
        .map(|&c| match c {
            b'\n' | b'\r' => b' ',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    // From the last sentence end on.
    let start = before
        .windows(2)
        .rposition(|w| w[0] == b'.' && matches!(w[1], b' ' | b'\n'))
        .map_or(0, |k| k + 2);
    let sentence = &before[start..];
    [
        &b"deze overeenkomst"[..],
        b"dit contract",
        b"deze akte",
        b"this agreement",
        b"this contract",
    ]
    .iter()
    .any(|w| memchr::memmem::find(sentence, w).is_some())
}

/// True when the rest of the line from `at`, or the line below, holds a digit (a date filled in).
fn dated_below(text: &str, at: usize) -> bool {
    let b = text.as_bytes();
    let rest = &b[at.min(b.len())..];
    let first = memchr::memchr(b'\n', rest).map_or(rest.len(), |k| k + 1);
    let second = memchr::memchr(b'\n', &rest[first..]).map_or(rest.len(), |k| first + k);
    rest[..second].iter().any(u8::is_ascii_digit)
}

/// True when the text is a contract: it names itself an agreement (`Koopovereenkomst`,
/// `HUUROVEREENKOMST`, `contract`).
fn is_contract(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    ["overeenkomst", "contract", "agreement"]
        .iter()
        .any(|w| lower.contains(w))
}

/// True when the text says it is a draft or a model to fill in (`CONCEPT`, `ontwerp`,
/// `voorbeeld`, `sjabloon`, `template`).
fn is_draft(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    [
        "concept",
        "ontwerp",
        "draft",
        "voorbeeld",
        "sjabloon",
        "template",
        "model",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// True when the text says it is not signed yet (`CONCEPT - niet ondertekend`, `dit concept is
/// nog niet door partijen getekend`, `not signed`): a draft's signature block and closing
/// formula make no signed contract.
fn not_yet_signed(text: &str) -> bool {
    /// A signature still asked for: `de handtekening ontbreekt nog`, `kun je hem laten
    /// tekenen?`, `graag ondertekenen en retour`.
    const ASKED: &[&[u8]] = &[
        b"ontbreekt",
        b"ontbreken",
        b"laten tekenen",
        b"laten ondertekenen",
        b"nog tekenen",
        b"nog ondertekenen",
        b"nog getekend worden",
        b"nog ondertekend worden",
        b"ter ondertekening",
        b"tekenen en retour",
        b"ondertekenen en retour",
        b"please sign",
        b"to be signed",
        b"not for signature",
        b"not yet signed",
        b"unsigned",
    ];
    static ASKED_AC: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| AhoCorasick::new(ASKED).ok());
    let lower = text.to_ascii_lowercase();
    let b = lower.as_bytes();
    if ASKED_AC.as_ref().is_some_and(|ac| ac.is_match(b)) {
        return true;
    }
    ["getekend", "ondertekend", "signed"].iter().any(|w| {
        memchr::memmem::find_iter(b, w.as_bytes()).any(|k| {
            let from = k.saturating_sub(32);
            let before = &b[from..k];
            memchr::memmem::find(before, b"niet ").is_some()
                || memchr::memmem::find(before, b"not ").is_some()
                || before.ends_with(b"on")
                || before.ends_with(b"un")
        })
    })
}

/// True when an amount follows `at` closely on its line: `Brutoloon: € 3.200`, `Nettoloon\t
/// 2.433,57`, `de salarisspecificatie van oktober: € 2.400`, not `het vakantiegeld (8%) wordt
/// in mei betaald` nor `de loonstrook van vorige maand klopte niet: er was € 171,25 …`.
fn priced(text: &str, at: usize, euro: &[(usize, usize)]) -> bool {
    const NEAR: usize = 32;
    let b = text.as_bytes();
    let line_end = b
        .get(at..)
        .and_then(|rest| memchr::memchr(b'\n', rest))
        .map_or(text.len(), |k| at + k);
    let end = line_end.min(at + NEAR);
    let k = euro.partition_point(|&(s, _)| s < at);
    euro.get(k).is_some_and(|&(s, _)| s < end) || money_number(&b[at..end]).is_some()
}

/// True when an amount starts right after `at`, past only a separator (`Netto: € 1.925,-`,
/// `Salaris\t2.536,00`, `Loonheffing: -€ 644`), not `het bruto bedrag stijgt met € 50`.
/// The cells of an export count as such a separator too: `;` and `|` between the columns, the
/// quotes around a cell and a JSON key (`…;Loonheffing;-696,53`, `"gross": "5.411,78"`).
fn priced_tightly(text: &str, at: usize, euro: &[(usize, usize)]) -> bool {
    let b = text.as_bytes();
    let mut i = at;
    while i < b.len()
        && i < at + 8
        && matches!(b[i], b' ' | b'\t' | b':' | b'=' | b'-' | b';' | b'|' | b'"')
    {
        i += 1;
    }
    // One more word of the item's name before its colon (`Bruto uitkering: € 1.556,35`,
    // `Netto slotbetaling: 2.706,20`).
    if i > at && b[i - 1] == b' ' {
        let w = b[i..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        if (3..=16).contains(&w) && b.get(i + w) == Some(&b':') {
            i += w;
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b':' | b'-') {
                i += 1;
            }
        }
    }
    if i == at || i >= b.len() {
        return false;
    }
    let k = euro.partition_point(|&(s, _)| s < i);
    euro.get(k).is_some_and(|&(s, _)| s == i)
        || money_number(&b[i..(i + 16).min(b.len())]) == Some(0)
}

/// Adds the start of the line holding `at` to `lines` (once; matches come in order).
fn note_line(text: &str, at: usize, lines: &mut Vec<usize>) {
    let b = text.as_bytes();
    let start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
    if lines.last() != Some(&start) {
        lines.push(start);
    }
}

/// Where a number written as money without a currency sign starts in `b`: digits with a
/// decimal comma and two decimals (`3.331,33`, `-435,40`), as payslips list their lines.
fn money_number(b: &[u8]) -> Option<usize> {
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
            i += 1;
        }
        // Two decimals, and no percentage (`Vakantiegeld (8,33%)`).
        let decimals = b.get(i) == Some(&b',')
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
            && !b
                .get(i + 3)
                .is_some_and(|c| c.is_ascii_digit() || *c == b'%');
        if decimals {
            return Some(start);
        }
    }
    None
}

/// Lines of an export that hold an amount as a cell or a field's value, written as software
/// writes it, with a decimal point too (`1010;Uurloon;135;21.93;2960.55`, `"bedrag": 5658.72`,
/// `Salaris | 3167.84`): a number with two decimals after a separator. A time (`12.30`) is no
/// amount: two digits before the point and a quarter after it are left out.
fn ledger_lines(text: &str) -> usize {
    let b = text.as_bytes();
    line_bounds(b)
        .filter(|&(s, e)| {
            let line = &b[s..e];
            (0..line.len()).any(|i| {
                if !line[i].is_ascii_digit()
                    || (i > 0
                        && !matches!(
                            line[i - 1],
                            b';' | b'|' | b':' | b'\t' | b'"' | b' ' | b'=' | b'-'
                        ))
                {
                    return false;
                }
                let mut j = i;
                while j < line.len() && line[j].is_ascii_digit() {
                    j += 1;
                }
                let whole = j - i;
                let two = matches!(line.get(j), Some(b'.' | b','))
                    && line.get(j + 1).is_some_and(u8::is_ascii_digit)
                    && line.get(j + 2).is_some_and(u8::is_ascii_digit)
                    && !line.get(j + 3).is_some_and(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, b'%' | b'.' | b',')
                    });
                let quarter = matches!(
                    &line[(j + 1).min(line.len())..(j + 3).min(line.len())],
                    b"00" | b"15" | b"30" | b"45"
                );
                two && (whole >= 3 || !quarter)
            })
        })
        .count()
}

/// Lines that are mostly an amount (`Loonheffing € 610`, `Nettoloon\t2.433,57`): short lines
/// with an amount in euro or a number written as money.
fn amount_lines(text: &str, euro: &[(usize, usize)]) -> usize {
    let b = text.as_bytes();
    let mut n = 0;
    for (s, e) in line_bounds(b) {
        let short = e - s <= 60;
        let k = euro.partition_point(|&(a, _)| a < s);
        let has = euro.get(k).is_some_and(|&(a, _)| a < e) || money_number(&b[s..e]).is_some();
        n += usize::from(short && has);
    }
    n
}

/// Rows with a person or contact detail that make a list "of many people": a team's three
/// on-call numbers or a driver's three stops are not a customer list yet.
const LIST_ROWS: usize = 4;

/// Whether a list of four people is one of customers: only when the text says it lists
/// customers, clients, members or guests (`klanten`, `cliënten`, `leden`, `deelnemers`,
/// `debiteuren`, `customers`), is an export of them (`export uit het CRM`, `bellijst`, a
/// header `naam;email;telefoon`) or holds the birth date of each (a practice's patients).
/// Four stops of a driver or a carer, four viewings or four bank lines are a day's work, not a
/// list of the firm's customers; their details are masked one by one.
fn four_are_clients(text: &str, spans: &[Span]) -> bool {
    const CLIENTS: &[&[u8]] = &[
        b"klant",
        b"client",
        b"cli\xc3\xabnt",
        b"customer",
        b"deelnemer",
        b"abonnee",
        b"debiteur",
        b"relaties",
        b"bewoners",
        b"huurders",
        b"patient",
        b"pati\xc3\xabnt",
        b"members",
        b"bellijst",
        b"adressenlijst",
        b"mailinglijst",
        b"verzendlijst",
    ];
    /// Only at a word's start: `geleden` and `aankleden` hold no `leden`.
    const CLIENTS_WORDS: &[&[u8]] = &[b"leden", b"gast", b"guest", b"export", b"crm"];
    let low = text.as_bytes().to_ascii_lowercase();
    let has = |w: &&[u8]| memchr::memmem::find(&low, w).is_some();
    let word = |w: &&[u8]| {
        memchr::memmem::find_iter(&low, w).any(|k| k == 0 || !low[k - 1].is_ascii_alphabetic())
    };
    CLIENTS.iter().any(has)
        || CLIENTS_WORDS.iter().any(word)
        || contact_header(&low)
        || spans
            .iter()
            .filter(|s| s.kind == EntityKind::BirthDate)
            .nth(LIST_ROWS - 1)
            .is_some()
}

/// True when a line of the (lowercased) text heads a table of names and ways to reach them
/// (`naam;email;telefoon`, `Name<TAB>Phone`): an export of contacts.
fn contact_header(low: &[u8]) -> bool {
    low.split(|&c| c == b'\n').any(|line| {
        let cells = line
            .split(|&c| matches!(c, b';' | b',' | b'\t' | b'|'))
            .map(|c| c.trim_ascii())
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>();
        let named = cells.iter().any(|c| {
            c.ends_with(b"naam") || c.ends_with(b"name") || c.starts_with(b"contactpersoon")
        });
        let reach = cells.iter().any(|c| {
            matches!(
                *c,
                b"email"
                    | b"e-mail"
                    | b"mail"
                    | b"telefoon"
                    | b"tel"
                    | b"tel."
                    | b"phone"
                    | b"mobiel"
                    | b"gsm"
                    | b"telefoonnummer"
            )
        });
        cells.len() >= 2 && cells.len() <= 12 && named && reach
    }) || {
        // The same as the keys of JSON records (`{"naam": …, "email": …}`).
        let key = |k: &[u8]| memchr::memmem::find(low, k).is_some();
        (key(b"\"naam\"") || key(b"\"name\""))
            && (key(b"\"email\"") || key(b"\"telefoon\"") || key(b"\"phone\""))
    }
}

/// Lines of a text looked at together when deciding whether it holds a customer list.
const LIST_WINDOW: usize = 12;

/// Many lines close together that each carry a person or contact detail plus another field, or
/// a table of them. "Close together": within [`LIST_WINDOW`] non-empty lines, so a long report
/// that names someone with an e-mail address now and then is no list.
fn customer_list(text: &str, spans: &[Span]) -> bool {
    // Of the last non-empty lines, which are rows, and how each starts (`1.`, `-`, or plain):
    // the rows of one list start alike, so a numbered route's title line (`Planning maandag -
    // chauffeur Fatma, bus 12-ABC-3`) is no fourth row of its three stops.
    let mut window = [None::<Marker>; LIST_WINDOW];
    let mut clients: Option<bool> = None;
    let mut filled = 0usize;
    let mut si = 0usize;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    let mut line_start = 0usize;
    for line_end in ends {
        let (mut p, mut c, mut addr, mut other) = (0, 0, 0, 0);
        // Personal records besides contact details: a birth date, an IBAN, a BSN (a plate is
        // a car's, as a workshop plans them, not a person's).
        let mut record = 0;
        let mut contact = (0, 0, EntityKind::Email);
        while si < spans.len() && spans[si].start < line_end {
            if spans[si].start >= line_start {
                match spans[si].kind {
                    EntityKind::Person | EntityKind::Employee => p += 1,
                    EntityKind::Email | EntityKind::Phone => {
                        c += 1;
                        contact = (spans[si].start, spans[si].end, spans[si].kind);
                    }
                    EntityKind::Address | EntityKind::Postcode => addr += 1,
                    EntityKind::Iban | EntityKind::BirthDate | EntityKind::Bsn => {
                        other += 1;
                        record += 1;
                    }
                    EntityKind::LicencePlate => other += 1,
                    _ => {}
                }
            }
            si += 1;
        }
        let line = text.get(line_start..line_end).unwrap_or("");
        let ls = line_start;
        line_start = line_end + 1;
        if line.trim().is_empty() {
            continue;
        }
        // A field separator on the line (only looked for when it can matter).
        let delimited = || {
            line.bytes()
                .any(|b| matches!(b, b',' | b';' | b'\t' | b'|'))
        };
        // A person with a way to reach them (a workshop's planning of cars and customers
        // holds no contact details); in a table a contact detail with another field, or with
        // a cell that reads like a name the lists do not know (`Tafsut Bouchtaoui`).
        // A person with a date of birth, an IBAN or a plate is a record too (a consultation
        // list `08:30  Loes van Veldhoven (01-08-1977)`, debtors `Zomer, G.A. | NL32… | €`),
        // and so is a line that is nothing but an e-mail address (a mailing list export).
        let lone_contact = c == 1
            && p == 0
            && addr == 0
            && contact.2 == EntityKind::Email
            && text.get(contact.0..contact.1) == Some(line.trim());
        // A record of three fields or more with an e-mail address or phone number among them
        // (`email,aangemeld_op,bron` exports).
        let fields = || {
            [b',', b';', b'\t', b'|']
                .iter()
                .any(|&d| memchr::memchr_iter(d, line.as_bytes()).nth(1).is_some())
        };
        // A name the lists may not know and then the phone number or address, nothing else
        // (`Efua 0031 6 8769 3534`, `meneer Mazur +31680471769`): a lead list.
        let named_contact = || {
            c == 1
                && p == 0
                && addr == 0
                && contact.1 >= line_end.min(ls + line.trim_end().len())
                && text
                    .get(ls..contact.0)
                    .is_some_and(|head| name_words(head.trim_end_matches([' ', '-', ','])))
        };
        // A mail's header lines (`Van: … <…>`, `Aan:`, `CC:`), in a thread forwarded once or
        // twice, name the few people the mail went between: no rows of a list.
        let row = ((p > 0 && (c > 0 || addr > 0 || record > 0))
            || lone_contact
            || named_contact()
            || (c > 0
                && (p > 0 || addr > 0 || other > 0 || c > 1 || fields() || name_cell(line))
                && delimited()))
            && !mail_header(line);
        let marker = row.then(|| Marker::of(line));
        if let Some(slot) = window.get_mut(filled % LIST_WINDOW) {
            *slot = marker;
        }
        filled += 1;
        if let Some(m) = marker {
            let rows = window.iter().filter(|&&w| w == Some(m)).count();
            // (The text is read for its clients once, not at every row that makes four.)
            if rows > LIST_ROWS
                || (rows == LIST_ROWS
                    && *clients.get_or_insert_with(|| four_are_clients(text, spans)))
            {
                return true;
            }
        }
    }
    false
}

/// True when `line` is a mail header field (`Van: Name <a@b.nl>`, `CC: e@f.nl`, `Sent: …`).
fn mail_header(line: &str) -> bool {
    const FIELDS: &[&str] = &[
        "van",
        "aan",
        "cc",
        "bcc",
        "from",
        "to",
        "verzonden",
        "sent",
        "onderwerp",
        "subject",
        "datum",
        "date",
        "reply-to",
        "antwoord aan",
    ];
    let b = line.trim_start().as_bytes();
    b.iter().take(16).position(|&c| c == b':').is_some_and(|k| {
        let field = b[..k].trim_ascii_end();
        FIELDS
            .iter()
            .any(|f| field.eq_ignore_ascii_case(f.as_bytes()))
    })
}

/// True when `head` is one to four words that read as a name: capitalised words, initials,
/// particles (`van`, `de`) and forms of address (`meneer`, `mw.`), the first not a particle.
fn name_words(head: &str) -> bool {
    const SMALL: &[&str] = &[
        "van", "de", "der", "den", "ter", "ten", "te", "het", "'t", "in", "op", "la", "le", "el",
        "al", "bin", "ben",
    ];
    const TITLES: &[&str] = &[
        "meneer", "mevrouw", "mevr.", "mw.", "dhr.", "dhr", "mw", "mr.",
    ];
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .skip(1)
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
            && w.chars().skip(1).any(char::is_lowercase) | w.ends_with('.')
    };
    let first = words[0];
    let title = TITLES.iter().any(|t| first.eq_ignore_ascii_case(t));
    (capital(first) || title)
        && words[1..]
            .iter()
            .all(|w| capital(w) || SMALL.contains(&&*w.to_lowercase()))
        && (words.len() > 1 || !title)
}

/// The contact cards of a vCard export (`BEGIN:VCARD` … `END:VCARD`).
fn vcards(text: &str) -> usize {
    static CARD: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"BEGIN:VCARD"));
    CARD.find_iter(text.as_bytes()).count()
}

/// The records of a list written on one line, `;` between them (`Ontvangers: Yfke Dingemans
/// <yfke@…>; Brahim Oulad Ali <…>; …`): the most, on any line, of the parts that hold a
/// person and a way to reach them. One more than [`LIST_ROWS`] is asked, as a mail's line of
/// addressees also reads like this.
fn inline_records(text: &str, spans: &[Span]) -> usize {
    let b = text.as_bytes();
    if memchr::memchr_iter(b';', b).nth(LIST_ROWS - 1).is_none() {
        return 0;
    }
    let mut best = 0;
    let mut si = 0;
    for (line_start, line_end) in line_bounds(b) {
        let line = &b[line_start..line_end];
        if memchr::memchr_iter(b';', line).nth(LIST_ROWS - 1).is_some() {
            let mut n = 0;
            let mut part_start = line_start;
            let parts = memchr::memchr_iter(b';', line)
                .map(|k| line_start + k)
                .chain(std::iter::once(line_end));
            for part_end in parts {
                let h = held_in(spans, &mut si, part_start, part_end);
                n += usize::from(h.person && (h.reach || h.address));
                part_start = part_end + 1;
            }
            best = best.max(n);
        }
        while si < spans.len() && spans[si].start < line_end {
            si += 1;
        }
    }
    best
}

/// The records of a JSON export (`{"naam": "…", "email": "…"}`, on one line or many) that hold
/// a person or a second contact detail besides a phone number or e-mail address.
fn json_records(text: &str, spans: &[Span]) -> usize {
    let b = text.as_bytes();
    if memchr::memchr(b'{', b).is_none() || memchr::memmem::find(b, b"\":").is_none() {
        return 0;
    }
    let mut n = 0;
    let mut from = 0;
    while let Some(open) = memchr::memchr(b'{', &b[from..]).map(|k| from + k) {
        let Some(close) = memchr::memchr(b'}', &b[open..]).map(|k| open + k) else {
            break;
        };
        let k = spans.partition_point(|s| s.start < open);
        let inside = spans[k..].iter().take_while(|s| s.end <= close);
        let (mut p, mut c) = (0, 0);
        for s in inside {
            match s.kind {
                EntityKind::Person | EntityKind::Employee => p += 1,
                EntityKind::Email | EntityKind::Phone | EntityKind::Address => c += 1,
                _ => {}
            }
        }
        if c > 0 && (p > 0 || c > 1) {
            n += 1;
        }
        from = close + 1;
    }
    n
}

/// True when a cell of a delimited line is two or three capitalised words (a name, a business).
fn name_cell(line: &str) -> bool {
    let b = line.as_bytes();
    let mut from = 0;
    let cells = std::iter::from_fn(move || {
        if from > b.len() {
            return None;
        }
        let end = b[from..]
            .iter()
            .position(|&c| matches!(c, b';' | b'\t' | b'|' | b','))
            .map_or(b.len(), |k| from + k);
        let cell = &line[from..end];
        from = end + 1;
        Some(cell)
    });
    cells.map(str::trim).any(|cell| {
        // Word by word, stopping at the fourth or at the first that is no capitalised
        // word: in prose a "cell" is a whole clause.
        let mut n = 0;
        for w in cell.split(' ') {
            n += 1;
            let mut cs = w.chars();
            if n > 3 || !(cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_alphabetic))
            {
                return false;
            }
        }
        n >= 2
    })
}

/// How a line of a list starts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Marker {
    /// `1.`, `12)`, `3:`
    Number,
    /// `-`, `*`, `•`, `–`
    Bullet,
    /// Anything else (a table row, a CSV line, a name).
    Plain,
}

impl Marker {
    fn of(line: &str) -> Marker {
        let t = line.trim_start();
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        let after = t.as_bytes().get(digits).copied();
        if digits > 0 && digits <= 3 && matches!(after, Some(b'.' | b')' | b':')) {
            Marker::Number
        } else if t.starts_with(['-', '*', '•', '–']) {
            Marker::Bullet
        } else {
            Marker::Plain
        }
    }
}
