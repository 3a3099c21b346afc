//! Dutch PII anonymizer engine for veilig (rule 02 of "de 12 regels": anonymise before you paste).
//!
//! This crate owns everything between a user's text and what may be sent to an AI model:
//!
//! * **detection** of personal data in Dutch business text: person names (name lists plus context:
//!   salutations, initials, tussenvoegsels, double names), street addresses, postcodes, e-mail
//!   addresses, phone numbers, IBANs (mod-97), BSNs (11-proef), dates of birth (by context),
//!   licence plates (all sidecodes), KvK and BTW numbers (kept unless
//!   [`Options::mask_business_ids`]), credit cards (Luhn), IP addresses, API keys and passwords,
//!   plus the organisation's own always-masked terms;
//! * **masking** with readable placeholders (`[KLANT_A]`, `[IBAN_B]`, ...) that stay the same for
//!   the same value within one conversation ([`Mapping`]) and never collide with the input;
//! * **blocking**: texts with a BSN, password, API key, salary slip, signed contract or customer
//!   list are refused ([`BlockReason`], with a Dutch and English explanation);
//! * **restoring** placeholders in AI answers ([`restore`], [`StreamRestorer`] for streams), also
//!   when the model changed their case or dropped the brackets;
//! * **re-masking** text that was restored ([`remask`]), so it goes back exactly as it was;
//! * the JSONL batch contract ([`jsonl`]), as pure string functions.
//!
//! The crate does no I/O. Name and word lists are embedded at compile time (see `data/SOURCES.md`)
//! and the matchers are built once per process.

mod blocks;
mod checks;
mod detect;
pub mod jsonl;
mod lexicon;
mod names;
mod people;
mod restore;

pub use restore::{remask, restore, StreamRestorer};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What to do with a BSN (burgerservicenummer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BsnPolicy {
    /// Refuse the whole text (the default, as the guide says: never paste a BSN).
    #[default]
    Block,
    /// Replace the BSN by a placeholder and let the text through.
    Mask,
}

/// Kind of an organisation term that must always be masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// A client's name: masked as `[KLANT_x]`.
    Client,
    /// An employee's name: masked as `[MEDEWERKER_x]`.
    Employee,
    /// A project name: masked as `[PROJECT_x]`.
    Project,
    /// A company name: masked as `[BEDRIJF_x]`.
    Company,
}

/// Engine settings, usually per organisation.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Block (default) or mask BSNs.
    pub bsn_policy: BsnPolicy,
    /// Terms that are always masked, whatever the detectors say.
    pub always_mask: Vec<(String, TermKind)>,
    /// Terms that are never masked (own company name, product names).
    pub allow: Vec<String>,
    /// Mask KvK and BTW numbers too. They are found either way (so no other detector reads
    /// them as a phone number or a BSN), but by default they stay: they name a business in a
    /// public register, not a person, and an invoice or a quote is checked better with them.
    pub mask_business_ids: bool,
}

/// What a replaced span was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    Employee,
    Address,
    Postcode,
    Email,
    Phone,
    Iban,
    Bsn,
    BirthDate,
    LicencePlate,
    Kvk,
    Btw,
    CreditCard,
    IpAddress,
    Secret,
    Company,
    Project,
}

impl EntityKind {
    /// The placeholder label, e.g. `KLANT` for [`EntityKind::Person`].
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "KLANT",
            EntityKind::Employee => "MEDEWERKER",
            EntityKind::Address => "ADRES",
            EntityKind::Postcode => "POSTCODE",
            EntityKind::Email => "EMAIL",
            EntityKind::Phone => "TELEFOON",
            EntityKind::Iban => "IBAN",
            EntityKind::Bsn => "BSN",
            EntityKind::BirthDate => "GEBOORTEDATUM",
            EntityKind::LicencePlate => "KENTEKEN",
            EntityKind::Kvk => "KVK",
            EntityKind::Btw => "BTW",
            EntityKind::CreditCard => "CREDITCARD",
            EntityKind::IpAddress => "IP",
            EntityKind::Secret => "GEHEIM",
            EntityKind::Company => "BEDRIJF",
            EntityKind::Project => "PROJECT",
        }
    }
}

/// All placeholder labels (used by [`restore`]).
pub(crate) const LABELS: &[&str] = &[
    "KLANT",
    "MEDEWERKER",
    "ADRES",
    "POSTCODE",
    "EMAIL",
    "TELEFOON",
    "IBAN",
    "BSN",
    "GEBOORTEDATUM",
    "KENTEKEN",
    "KVK",
    "BTW",
    "CREDITCARD",
    "IP",
    "GEHEIM",
    "BEDRIJF",
    "PROJECT",
];

/// Why a text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BlockReason {
    Bsn,
    Password,
    ApiKey,
    SalarySlip,
    SignedContract,
    CustomerList,
}

impl BlockReason {
    /// Stable machine code: `BSN`, `PASSWORD`, `API_KEY`, `SALARY_SLIP`, `SIGNED_CONTRACT`,
    /// `CUSTOMER_LIST`.
    pub fn code(&self) -> &'static str {
        match self {
            BlockReason::Bsn => "BSN",
            BlockReason::Password => "PASSWORD",
            BlockReason::ApiKey => "API_KEY",
            BlockReason::SalarySlip => "SALARY_SLIP",
            BlockReason::SignedContract => "SIGNED_CONTRACT",
            BlockReason::CustomerList => "CUSTOMER_LIST",
        }
    }

    /// A short explanation for the user, `lang` is `"nl"` (default) or `"en"`.
    pub fn explain(&self, lang: &str) -> &'static str {
        let en = lang.eq_ignore_ascii_case("en");
        match (self, en) {
            (BlockReason::Bsn, false) => "De tekst bevat een burgerservicenummer (BSN). Een BSN plak je nooit in een AI-tool.",
            (BlockReason::Bsn, true) => "The text contains a Dutch citizen service number (BSN). Never paste a BSN into an AI tool.",
            (BlockReason::Password, false) => "De tekst bevat een wachtwoord. Wachtwoorden horen niet in een prompt; verander het als het al gedeeld is.",
            (BlockReason::Password, true) => "The text contains a password. Passwords do not belong in a prompt; change it if it was already shared.",
            (BlockReason::ApiKey, false) => "De tekst bevat een API-sleutel of privésleutel. Deel sleutels nooit met een AI-tool; trek hem in als dat al gebeurd is.",
            (BlockReason::ApiKey, true) => "The text contains an API key or private key. Never share keys with an AI tool; revoke it if that already happened.",
            (BlockReason::SalarySlip, false) => "De tekst lijkt op een loonstrook of salarisspecificatie. Salarisgegevens plak je niet in een AI-tool.",
            (BlockReason::SalarySlip, true) => "The text looks like a salary slip. Do not paste payroll data into an AI tool.",
            (BlockReason::SignedContract, false) => "De tekst lijkt op een ondertekend contract (handtekening of 'getekend voor akkoord'). Ondertekende contracten plak je niet.",
            (BlockReason::SignedContract, true) => "The text looks like a signed contract (signature block or 'signed for approval'). Do not paste signed contracts.",
            (BlockReason::CustomerList, false) => "De tekst lijkt op een klantenlijst met contactgegevens van meerdere personen. Klantenlijsten plak je niet in een AI-tool.",
            (BlockReason::CustomerList, true) => "The text looks like a customer list with contact details of several people. Do not paste customer lists into an AI tool.",
        }
    }
}

/// One replacement in [`Outcome::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replacement {
    /// Byte offset of the placeholder in [`Outcome::text`].
    pub start: usize,
    /// Byte offset just past the placeholder in [`Outcome::text`].
    pub end: usize,
    /// The placeholder, e.g. `[KLANT_A]`.
    pub placeholder: String,
    /// What was replaced.
    pub kind: EntityKind,
}

/// Result of [`Engine::anonymize`].
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The masked text (also when blocked, for display).
    pub text: String,
    /// True when the text must not be sent at all.
    pub blocked: bool,
    /// Why it was blocked (empty when not blocked).
    pub reasons: Vec<BlockReason>,
    /// The placeholders in `text`, in order.
    pub replacements: Vec<Replacement>,
}

/// Placeholder → original value, for one conversation. Serialises as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mapping(pub BTreeMap<String, String>);

impl Mapping {
    /// An empty mapping.
    pub fn new() -> Mapping {
        Mapping::default()
    }
    /// The original value of a placeholder (`[KLANT_A]`).
    pub fn get(&self, placeholder: &str) -> Option<&str> {
        self.0.get(placeholder).map(String::as_str)
    }
    /// Number of placeholders.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// True when no placeholder was handed out yet.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Placeholder/original pairs in placeholder order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// A detected span in the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// Higher wins on overlap.
    pub prio: u8,
}

/// The anonymizer. Build once (it compiles its matchers), share via `Arc`; it is `Send + Sync`.
pub struct Engine {
    opts: Options,
    det: &'static detect::Detectors,
    terms: Option<(AhoCorasick, Vec<TermKind>)>,
    allow: Option<AhoCorasick>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Engine").field("opts", &self.opts).finish()
    }
}

fn ci_matcher(pats: &[&str]) -> Option<AhoCorasick> {
    if pats.is_empty() {
        return None;
    }
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(pats)
        .ok()
}

impl Engine {
    /// Builds an engine with the organisation's options.
    pub fn new(opts: Options) -> Engine {
        let det = detect::detectors();
        let mut tpats: Vec<&str> = Vec::new();
        let mut tkinds = Vec::new();
        for (t, k) in &opts.always_mask {
            let t = t.trim();
            if !t.is_empty() {
                tpats.push(t);
                tkinds.push(*k);
            }
        }
        let terms = ci_matcher(&tpats).map(|ac| (ac, tkinds));
        let apats: Vec<&str> = opts
            .allow
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        let allow = ci_matcher(&apats);
        Engine {
            opts,
            det,
            terms,
            allow,
        }
    }

    /// The options this engine was built with.
    pub fn options(&self) -> &Options {
        &self.opts
    }

    /// Detects, masks and (when needed) blocks `text`. `map` is the conversation's mapping: values
    /// already in it keep their placeholder, new ones are added.
    pub fn anonymize(&self, text: &str, map: &mut Mapping) -> Outcome {
        let mut spans: Vec<Span> = Vec::new();
        let mut flags = detect::Flags::default();
        self.det.detect(text, &mut spans, &mut flags);

        // Organisation terms.
        if let Some((ac, kinds)) = &self.terms {
            for m in ac.find_iter(text) {
                if is_word_bounded(text, m.start(), m.end()) {
                    let kind = match kinds.get(m.pattern().as_usize()) {
                        Some(TermKind::Client) | None => EntityKind::Person,
                        Some(TermKind::Employee) => EntityKind::Employee,
                        Some(TermKind::Project) => EntityKind::Project,
                        Some(TermKind::Company) => EntityKind::Company,
                    };
                    spans.push(Span {
                        start: m.start(),
                        end: m.end(),
                        kind,
                        prio: 95,
                    });
                }
            }
        }

        // Structured spans first so names do not fight over e-mail local parts or streets.
        let mut chosen = resolve(spans);
        let ctx = names::NameContext {
            claimed: &chosen,
            postcode_ends: &flags.postcode_ends,
        };
        let mut found = names::find_names(text, &ctx);
        // Names known by the shape of their line (rosters, tables, sign-offs, capitals).
        let more = people::find(text, &chosen, &found.spans);
        found.spans.extend(more);
        // A name is never glued to digits (`F20269782` is a number, not `F`), nor the name of
        // an XML element (`<Key>`, `</Name>`).
        let b = text.as_bytes();
        found.spans.retain(|s| {
            s.kind != EntityKind::Person
                || !(b.get(s.end).is_some_and(u8::is_ascii_digit)
                    || (s.start > 0 && b[s.start - 1].is_ascii_digit())
                    || (s.start > 0
                        && matches!(b[s.start - 1], b'<' | b'/')
                        && b.get(s.end) == Some(&b'>'))
                    || title_only(&text[s.start..s.end])
                    || date_part(b, s.start, s.end))
        });
        if !found.spans.is_empty() {
            chosen = resolve_onto(chosen, found.spans);
            let mut more = self.det.streets_after_people(text, &chosen);
            more.extend(self.det.dates_after_people(text, &chosen));
            more.extend(people::aliases(text, &chosen));
            if !more.is_empty() {
                chosen.extend(more);
                chosen = resolve(chosen);
            }
            people::widen_left(text, &mut chosen);
        }

        // Allow-list: never mask these (secrets and numbers still are).
        if let Some(ac) = &self.allow {
            let allowed: Vec<(usize, usize)> = ac
                .find_iter(text)
                .filter(|m| is_word_bounded(text, m.start(), m.end()))
                .map(|m| (m.start(), m.end()))
                .collect();
            if !allowed.is_empty() {
                chosen.retain(|s| {
                    !matches!(
                        s.kind,
                        EntityKind::Person
                            | EntityKind::Company
                            | EntityKind::Project
                            | EntityKind::Address
                    ) || !allowed.iter().any(|&(a, b)| a < s.end && s.start < b)
                        || s.prio >= 95
                });
            }
        }

        // Block reasons.
        let mut reasons = blocks::reasons(text, &chosen, &flags, found.phrase_starts.as_deref());
        if flags.bsn && self.opts.bsn_policy == BsnPolicy::Block {
            reasons.push(BlockReason::Bsn);
        }
        reasons.sort();
        reasons.dedup();

        if !self.opts.mask_business_ids {
            chosen.retain(|s| !matches!(s.kind, EntityKind::Kvk | EntityKind::Btw));
        }
        let (out, replacements) = apply(text, &chosen, map);
        Outcome {
            text: out,
            blocked: !reasons.is_empty(),
            reasons,
            replacements,
        }
    }
}

/// True when `word` is a title or salutation and nothing else (`Ms`, `Mevrouw`): it stands
/// before a name, it is none (`Dear Mr./Ms. Boukhari`); or an abbreviation such as `ID`.
fn title_only(word: &str) -> bool {
    /// Abbreviations in capitals that follow a role word and name no one (`Client ID`).
    const ABBREVIATIONS: &[&str] = &[
        "ID", "IT", "HR", "ICT", "CEO", "CFO", "CTO", "BV", "NV", "VOF", "PDF", "URL", "API",
        "FAQ", "BTW", "KVK", "IBAN", "BSN",
    ];
    word.len() <= 8
        && !word.contains(' ')
        && (ABBREVIATIONS.contains(&word) || {
            // `Lieve` greets and is a first name too.
            let f = lexicon::lexicon().flags(word, &mut String::new());
            f & lexicon::CUE != 0 && f & (lexicon::FIRST | lexicon::CURATED) == 0
        })
}

/// True when `b[s..e]` is an English weekday or month abbreviation inside a date, which
/// `Thu` and `Jan` are as first names too: `Thu 6 Aug 2026`, `26 Jan 2026`, `Mar 3, 2026`.
fn date_part(b: &[u8], s: usize, e: usize) -> bool {
    const DAYS: &[&[u8]] = &[b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
    const MONTHS: &[&[u8]] = &[
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Sept", b"Oct",
        b"Okt", b"Nov", b"Dec", b"June", b"July",
    ];
    let w = &b[s..e];
    let rest = &b[e..];
    // The digits after one space (and a comma before it), and what follows them.
    let day_after = |r: &[u8]| -> Option<usize> {
        let r = r.strip_prefix(b",").unwrap_or(r).strip_prefix(b" ")?;
        let d = r.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
        (1..=2).contains(&d).then_some(d)
    };
    let year_at = |r: &[u8]| {
        r.len() >= 4
            && r[..4].iter().all(u8::is_ascii_digit)
            && !r.get(4).is_some_and(u8::is_ascii_alphanumeric)
    };
    if DAYS.contains(&w) {
        // `Thu 6 Aug`, `Thu, 6 August`: a day's number and a month's name follow.
        let r = rest.strip_prefix(b",").unwrap_or(rest);
        let Some(d) = day_after(r) else {
            return false;
        };
        let r = &r[1 + d..];
        return r.first() == Some(&b' ') && r.get(1).is_some_and(u8::is_ascii_alphabetic);
    }
    if !MONTHS.contains(&w) {
        return false;
    }
    // `26 Jan 2026`: a day's number before, a year after.
    let before = s >= 2 && b[s - 1] == b' ' && b[s - 2].is_ascii_digit();
    if before && rest.first() == Some(&b' ') && year_at(&rest[1..]) {
        return true;
    }
    // `Jan 26, 2026`, `Jan 26 2026`.
    match day_after(rest) {
        Some(d) => {
            let r = &rest[1 + d..];
            let r = r.strip_prefix(b",").unwrap_or(r);
            r.first() == Some(&b' ') && year_at(&r[1..])
        }
        None => false,
    }
}

/// Of eight bytes of UTF-8 text, the high bit of each that is a lowercase ASCII letter. Bytes
/// with the high bit set are excluded; an addition can only carry out of a multi-byte lead
/// byte, into a continuation byte that is excluded as well.
#[inline]
fn lower_mask(x: u64) -> u64 {
    let ge_a = x.wrapping_add(0x1f1f_1f1f_1f1f_1f1f);
    let gt_z = x.wrapping_add(0x0505_0505_0505_0505);
    ge_a & !gt_z & !x & 0x8080_8080_8080_8080
}

/// The index of the first byte at or after `i` that is not a lowercase ASCII letter, eight
/// bytes at a time (most of a Dutch text is lowercase words).
#[inline]
pub(crate) fn skip_lowercase(b: &[u8], mut i: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let lower = lower_mask(u64::from_le_bytes(w));
        if lower == HIGH {
            i += 8;
            continue;
        }
        return i + ((!lower & HIGH).trailing_zeros() / 8) as usize;
    }
    while i < b.len() && b[i].is_ascii_lowercase() {
        i += 1;
    }
    i
}

/// The length of the clock time that `b` starts with: one or two digits, then `:`, `.` or `u`
/// and two digits (`7:02`, `19.51`, `16u09`), or a bare `u` (`11u`).
pub(crate) fn clock_len(b: &[u8]) -> Option<usize> {
    let d = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if !(1..=2).contains(&d) {
        return None;
    }
    let minutes = b
        .get(d + 1..d + 3)
        .is_some_and(|m| m.iter().all(u8::is_ascii_digit));
    match b.get(d) {
        Some(b':' | b'.' | b'u') if minutes => Some(d + 3),
        Some(b'u') => Some(d + 1),
        _ => None,
    }
}

/// For eight bytes that are all lowercase ASCII letters or spaces, the mask with the high bit
/// of each space byte set; `None` when any other byte is among them.
#[inline]
pub(crate) fn prose_spaces(chunk: &[u8]) -> Option<u64> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut w = [0u8; 8];
    w.copy_from_slice(chunk.get(..8)?);
    let x = u64::from_le_bytes(w);
    let lower = lower_mask(x);
    // High bit set for each byte equal to a space (exact: no carry crosses a byte).
    let t = x ^ 0x2020_2020_2020_2020;
    let space = !((t & LOW7).wrapping_add(LOW7) | t) & HIGH;
    (lower | space == HIGH).then_some(space)
}

pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// True when `text[start..end]` is not glued to letters or digits on either side.
pub(crate) fn is_word_bounded(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    let first = text.get(start..end).and_then(|s| s.chars().next());
    let last = text.get(start..end).and_then(|s| s.chars().next_back());
    let ok_b = match (before, first) {
        (Some(b), Some(f)) => !(is_word_char(b) && is_word_char(f)),
        _ => true,
    };
    let ok_a = match (after, last) {
        (Some(a), Some(l)) => !(is_word_char(a) && is_word_char(l)),
        _ => true,
    };
    ok_b && ok_a
}

/// Picks non-overlapping spans: higher priority first, then longer, then earlier (then in
/// the order given).
pub(crate) fn resolve(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| s.start < s.end);
    let words = spans.iter().map(|s| s.end).max().unwrap_or(0) / 64 + 1;
    let mut taken = vec![0u64; words];
    let mut out = Vec::with_capacity(spans.len());
    take_greedily(spans, &mut taken, &mut out);
    out.sort_unstable_by_key(|s| s.start);
    out
}

/// [`resolve`] of `base` and `extra` together, where `base` is already resolved. When every
/// span of `extra` ranks below every span of `base` (names below the structured detectors),
/// all of `base` stays, so only `extra` is sorted, against the bytes `base` holds.
pub(crate) fn resolve_onto(base: Vec<Span>, mut extra: Vec<Span>) -> Vec<Span> {
    let lowest = base.iter().map(|s| s.prio).min().unwrap_or(u8::MAX);
    if extra.iter().any(|s| s.prio >= lowest) {
        let mut all = base;
        all.extend(extra);
        return resolve(all);
    }
    extra.retain(|s| s.start < s.end);
    let end = base.iter().chain(&extra).map(|s| s.end).max().unwrap_or(0);
    let mut taken = vec![0u64; end / 64 + 1];
    for s in &base {
        bits_set(&mut taken, s.start, s.end);
    }
    let mut won = Vec::with_capacity(extra.len());
    take_greedily(extra, &mut taken, &mut won);
    won.sort_unstable_by_key(|s| s.start);
    // Both lists are in text order and do not overlap: merge them.
    let mut out = Vec::with_capacity(base.len() + won.len());
    let (mut a, mut b) = (base.into_iter().peekable(), won.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.start <= y.start => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some(s) => out.push(s),
            None => return out,
        }
    }
}

/// Takes the spans in rank order (priority, then length, then start, then given order) into
/// `out`, each one none of whose bytes is taken yet; `taken` has one bit per byte of the text.
fn take_greedily(spans: Vec<Span>, taken: &mut [u64], out: &mut Vec<Span>) {
    // One packed key per span sorts faster than a chain of comparisons; the index keeps the
    // order of equal spans as given, as a stable sort would. Offsets above 2^40 saturate.
    let cap = |x: usize| (x as u128).min((1 << 40) - 1);
    let mut keys: Vec<u128> = spans
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (u128::from(u8::MAX - s.prio) << 120)
                | ((cap(usize::MAX >> 24) - cap(s.end - s.start)) << 80)
                | (cap(s.start) << 40)
                | cap(i)
        })
        .collect();
    keys.sort_unstable();
    for k in keys {
        let Some(&s) = spans.get((k & ((1 << 40) - 1)) as usize) else {
            continue;
        };
        if !bits_any(taken, s.start, s.end) {
            bits_set(taken, s.start, s.end);
            out.push(s);
        }
    }
}

/// The mask of bits `from..to` (within one 64-bit word, `from < to <= 64`).
fn bit_mask(from: usize, to: usize) -> u64 {
    let high = if to >= 64 { u64::MAX } else { (1u64 << to) - 1 };
    high & !((1u64 << from) - 1)
}

/// Calls `f` with each word index of `bits` and the mask of the bits `start..end` in it.
fn for_bits(start: usize, end: usize, mut f: impl FnMut(usize, u64) -> bool) -> bool {
    let mut i = start;
    while i < end {
        let w = i / 64;
        let to = (end - w * 64).min(64);
        if f(w, bit_mask(i % 64, to)) {
            return true;
        }
        i = (w + 1) * 64;
    }
    false
}

fn bits_any(bits: &[u64], start: usize, end: usize) -> bool {
    for_bits(start, end, |w, m| bits.get(w).is_some_and(|x| x & m != 0))
}

fn bits_set(bits: &mut [u64], start: usize, end: usize) {
    for_bits(start, end, |w, m| {
        if let Some(x) = bits.get_mut(w) {
            *x |= m;
        }
        false
    });
}

/// Letters for the n-th placeholder: A..Z, AA..AZ, BA.. (bijective base 26).
#[cfg(test)]
pub(crate) fn letters(n: usize) -> String {
    let mut s = String::new();
    push_letters(&mut s, n);
    s
}

/// Appends the letters of the n-th placeholder (see `letters`).
fn push_letters(s: &mut String, mut n: usize) {
    // Least significant letter first, then reversed; 14 letters cover any usize.
    let mut buf = [0u8; 14];
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'A' + (n % 26) as u8;
        if n < 26 || k == 0 {
            break;
        }
        n = n / 26 - 1;
    }
    s.extend(buf[k..].iter().map(|&c| char::from(c)));
}

/// The n-th placeholder of a label, `[KLANT_C]`.
fn placeholder(label: &str, n: usize) -> String {
    let mut s = String::with_capacity(label.len() + 6);
    s.push('[');
    s.push_str(label);
    s.push('_');
    push_letters(&mut s, n);
    s.push(']');
    s
}

/// A map for the few keys one text holds: a linear scan while it is small (no hashing at
/// all), a hash index once it grows (a long conversation's mapping, a long document). The
/// index hashes with foldhash, several times faster than SipHash on these short keys and
/// still seeded per process.
struct SmallMap<K, V> {
    items: Vec<(K, V)>,
    index: Option<HashMap<K, usize, foldhash::fast::RandomState>>,
}

impl<K, V> Default for SmallMap<K, V> {
    fn default() -> Self {
        SmallMap {
            items: Vec::new(),
            index: None,
        }
    }
}

impl<K: Eq + std::hash::Hash + Copy, V: Copy> SmallMap<K, V> {
    const LINEAR: usize = 24;

    fn get(&self, k: &K) -> Option<V> {
        match &self.index {
            Some(ix) => ix.get(k).map(|&i| self.items[i].1),
            None => self.items.iter().find(|(key, _)| key == k).map(|e| e.1),
        }
    }

    /// Adds `k` unless it is there already (the first value stays).
    fn insert_new(&mut self, k: K, v: V) {
        if self.get(&k).is_some() {
            return;
        }
        self.items.push((k, v));
        match &mut self.index {
            Some(ix) => {
                ix.insert(k, self.items.len() - 1);
            }
            None if self.items.len() > Self::LINEAR => {
                let ix = self.items.iter().enumerate().map(|(i, e)| (e.0, i));
                self.index = Some(ix.collect());
            }
            None => {}
        }
    }
}

fn apply(text: &str, spans: &[Span], map: &mut Mapping) -> (String, Vec<Replacement>) {
    if spans.is_empty() {
        return (text.to_string(), Vec::new());
    }
    /// A placeholder from the mapping so far, or one handed out for this text.
    #[derive(Clone, Copy)]
    enum Ph<'a> {
        Old(&'a str),
        New(usize),
    }
    // Placeholders that already occur in the input (in any spelling) are never handed out, so
    // restoring our own output gives back the input exactly.
    let taken: HashSet<String> = restore::placeholders_in(text);
    // (label, original) -> placeholder. The mapping is only read here; what this text adds
    // goes in afterwards, so the keys can borrow from the mapping and the text.
    let mut reverse: SmallMap<(&'static str, &str), Ph<'_>> = SmallMap::default();
    for (ph, orig) in &map.0 {
        if let Some(label) = restore::label_of(ph) {
            reverse.insert_new((label, orig.as_str()), Ph::Old(ph.as_str()));
        }
    }
    let mut fresh: Vec<(String, &str)> = Vec::new();
    // Next letters to try, per entity kind.
    let mut next = [0usize; 32];
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut reps = Vec::with_capacity(spans.len());
    let mut pos = 0;
    for s in spans {
        let (Some(orig), Some(gap)) = (text.get(s.start..s.end), text.get(pos..s.start)) else {
            continue;
        };
        out.push_str(gap);
        let label = s.kind.label();
        let ph = match reverse.get(&(label, orig)) {
            Some(ph) => ph,
            None => {
                let mut n = next.get(s.kind as usize).copied().unwrap_or(0);
                let cand = loop {
                    let cand = placeholder(label, n);
                    n += 1;
                    if !map.0.contains_key(&cand) && !taken.contains(&cand) {
                        break cand;
                    }
                };
                if let Some(x) = next.get_mut(s.kind as usize) {
                    *x = n;
                }
                fresh.push((cand, orig));
                let ph = Ph::New(fresh.len() - 1);
                reverse.insert_new((label, orig), ph);
                ph
            }
        };
        let ph: &str = match ph {
            Ph::Old(p) => p,
            Ph::New(k) => fresh.get(k).map_or("", |f| f.0.as_str()),
        };
        let start = out.len();
        out.push_str(ph);
        reps.push(Replacement {
            start,
            end: out.len(),
            placeholder: ph.to_string(),
            kind: s.kind,
        });
        pos = s.end;
    }
    out.push_str(text.get(pos..).unwrap_or(""));
    drop(reverse);
    for (ph, orig) in fresh {
        map.0.insert(ph, orig.to_string());
    }
    (out, reps)
}

#[cfg(test)]
mod tests;
