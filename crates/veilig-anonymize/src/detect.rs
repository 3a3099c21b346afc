//! Structured detectors: numbers with checksums, contact details, secrets.
//!
//! Every regex here is ASCII-bounded (`(?-u:\b)`) so the regex crate can stay on its fast DFA
//! paths, and each family is skipped when a cheap byte test shows it cannot occur.

use crate::checks;
use crate::{EntityKind, Span};
use regex::Regex;
use std::sync::LazyLock;

/// Facts found while detecting that matter for blocking.
#[derive(Debug, Default)]
pub(crate) struct Flags {
    pub bsn: bool,
    pub password: bool,
    pub api_key: bool,
    /// Byte offsets where a postcode ends (the word after it is a place, not a name).
    pub postcode_ends: Vec<usize>,
    /// The amounts in euro (`€ 45,-`, `EUR 250`, `45 euro`; not `8%`), in text order.
    pub euro_amounts: Vec<(usize, usize)>,
}

pub(crate) struct Detectors {
    amount: Regex,
    email: Regex,
    iban: Regex,
    phone: Regex,
    bsn: Regex,
    card: Regex,
    btw: Regex,
    kvk: Regex,
    postcode: Regex,
    street: Regex,
    street_lead: Regex,
    street_cue: Regex,
    street_line: Regex,
    plate: Regex,
    plate_cue: Regex,
    ipv4: Regex,
    ipv6: Regex,
    dob: Regex,
    /// A date with a year, alone (what a date of birth after a name looks like).
    date: Regex,
    secret: Regex,
    secret_cue: Regex,
    private_key: Regex,
    password: Regex,
    bsn_cue: Regex,
    nr_cue: Regex,
}

/// Cue families of the regexes that need a cue word before a number, found in one
/// Aho-Corasick pass over the text around the numbers so that regexes without a cue are skipped.
#[derive(Clone, Copy)]
#[repr(u8)]
enum Fam {
    Dob = 0,
    Kvk,
    StreetCue,
    PlateCue,
}

const GATES: &[(&str, Fam)] = &[
    // Not `geb` alone, which `gebruik` and `gebeld` hold: every cue of the dob regex that
    // starts so goes on as one of these three.
    ("geboren", Fam::Dob),
    ("geb.", Fam::Dob),
    ("geb:", Fam::Dob),
    ("geb ", Fam::Dob),
    ("geboorte", Fam::Dob),
    // Broken over two lines in a PDF's text (`Ge-` ⏎ `boortedatum: …`).
    ("boortedatum", Fam::Dob),
    ("birth", Fam::Dob),
    ("dob", Fam::Dob),
    ("born", Fam::Dob),
    ("d.o.b", Fam::Dob),
    ("°", Fam::Dob),
    ("kvk", Fam::Kvk),
    ("k.v.k", Fam::Kvk),
    ("koophandel", Fam::Kvk),
    ("commerce", Fam::Kvk),
    ("coc", Fam::Kvk),
    ("adres", Fam::StreetCue),
    ("street", Fam::StreetCue),
    ("address", Fam::StreetCue),
    ("ophalen", Fam::StreetCue),
    ("leveren op", Fam::StreetCue),
    ("bezorgen op", Fam::StreetCue),
    ("bezorgd op", Fam::StreetCue),
    ("location", Fam::StreetCue),
    // Not `woon` alone, which `gewoon` holds.
    ("woont ", Fam::StreetCue),
    ("woon op", Fam::StreetCue),
    ("woon aan", Fam::StreetCue),
    ("woon zelf ", Fam::StreetCue),
    ("woon nu ", Fam::StreetCue),
    ("wonen op", Fam::StreetCue),
    ("wonen aan", Fam::StreetCue),
    ("woonachtig", Fam::StreetCue),
    ("wonend", Fam::StreetCue),
    ("gevestigd", Fam::StreetCue),
    ("verhuisd", Fam::StreetCue),
    ("kenteken", Fam::PlateCue),
    ("nummerbord", Fam::PlateCue),
    ("plate", Fam::PlateCue),
    // Vehicles, whose plates a line may give without the word `kenteken`.
    ("trailer", Fam::PlateCue),
    ("tankpas", Fam::PlateCue),
    ("vrachtwagen", Fam::PlateCue),
    ("bestelbus", Fam::PlateCue),
    ("bestelwagen", Fam::PlateCue),
    ("oplegger", Fam::PlateCue),
    ("truck", Fam::PlateCue),
    ("auto", Fam::PlateCue),
    ("busje", Fam::PlateCue),
    ("kentken", Fam::PlateCue),
    // Car makes and models a message names its plate beside (`uw Polo (FN57LX) is klaar`).
    ("car", Fam::PlateCue),
    ("volkswagen", Fam::PlateCue),
    ("opel", Fam::PlateCue),
    ("peugeot", Fam::PlateCue),
    ("renault", Fam::PlateCue),
    ("toyota", Fam::PlateCue),
    ("skoda", Fam::PlateCue),
    ("citroen", Fam::PlateCue),
    ("fiat", Fam::PlateCue),
    ("audi", Fam::PlateCue),
    ("bmw", Fam::PlateCue),
    ("mercedes", Fam::PlateCue),
    ("volvo", Fam::PlateCue),
    ("tesla", Fam::PlateCue),
    ("hyundai", Fam::PlateCue),
    ("kia", Fam::PlateCue),
    ("nissan", Fam::PlateCue),
    ("mazda", Fam::PlateCue),
    ("suzuki", Fam::PlateCue),
    ("dacia", Fam::PlateCue),
    ("ford", Fam::PlateCue),
    ("honda", Fam::PlateCue),
    ("polo", Fam::PlateCue),
    ("golf", Fam::PlateCue),
    ("corsa", Fam::PlateCue),
    ("astra", Fam::PlateCue),
    ("clio", Fam::PlateCue),
    ("yaris", Fam::PlateCue),
    ("aygo", Fam::PlateCue),
    ("picanto", Fam::PlateCue),
    ("fiesta", Fam::PlateCue),
    ("octavia", Fam::PlateCue),
    ("fabia", Fam::PlateCue),
    ("caddy", Fam::PlateCue),
    ("transit", Fam::PlateCue),
    ("sprinter", Fam::PlateCue),
    ("vito", Fam::PlateCue),
    ("berlingo", Fam::PlateCue),
    ("kangoo", Fam::PlateCue),
    ("passat", Fam::PlateCue),
    ("tiguan", Fam::PlateCue),
    ("qashqai", Fam::PlateCue),
];

/// The cue words, matched on lowercased text: case-sensitive patterns let the matcher use its
/// SIMD prefilter, which case-insensitive ones rule out.
static GATE_AC: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
    aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(GATES.iter().map(|g| g.0))
        .ok()
});

/// How far before a gate word (`koophandel` in `kamer van koophandel`) a cue regex match can
/// start, and how far after it the match can end.
const CUE_BEFORE: usize = 16;
const CUE_AFTER: usize = 256;

/// Finds the gate words in the window `s..e` of `text` and pushes, per cue family, the window
/// where a match around each can lie. Without the matcher every family gets the whole window.
/// `buf` holds the lowercased window.
fn cue_hits(text: &str, s: usize, e: usize, buf: &mut Vec<u8>, hits: &mut [Vec<(usize, usize)>]) {
    let Some(ac) = GATE_AC.as_ref() else {
        for h in hits.iter_mut() {
            h.push((s, e));
        }
        return;
    };
    buf.clear();
    buf.extend(text.as_bytes()[s..e].iter().map(u8::to_ascii_lowercase));
    for m in ac.find_iter(&buf[..]) {
        if let Some(g) = GATES.get(m.pattern().as_usize()) {
            let at = s + m.start();
            let mut ws = at.saturating_sub(CUE_BEFORE).max(s);
            while !text.is_char_boundary(ws) {
                ws -= 1;
            }
            let we = snap_fwd(text, at + CUE_AFTER).min(e);
            hits[g.1 as usize].push((ws, we));
        }
    }
}

static DETECTORS: LazyLock<Option<Detectors>> = LazyLock::new(Detectors::build);
static EMPTY: LazyLock<Detectors> = LazyLock::new(Detectors::never);

pub(crate) fn detectors() -> &'static Detectors {
    match DETECTORS.as_ref() {
        Some(d) => d,
        None => &EMPTY,
    }
}

const STREET_SUFFIX: &str = "(?i:straat|laan|weg|plein|hof|dreef|singel|pad|baan|ring|kade|gracht|dijk|steeg|park|plantsoen|markt|erf|veld|dam|dal|burg|haven|wal|allee|boulevard|hoek|poort|zijde|kwartier|wijk|akker|gaarde|horst|donk|hoeve|oord|rade|vliet|vaart|stede|lei|heuvel|berg|bos|tuin|wei|weide|kamp|brink|hof|loop|straatweg|rijweg|stationsweg|dwarsstraat|diep|gang|straße|strasse|gasse|platz|strjitte|leane|dyk|paad|kaai|buorren|wyk|lint)(?:-(?i:oost|west|noord|zuid))?";
const STREET_PREFIX: &[&str] = &[
    "Burgemeester",
    "Burg.",
    "Prins",
    "Prinses",
    "Koning",
    "Koningin",
    "Keizer",
    "Keizerin",
    "Sint",
    "St.",
    "Oude",
    "Plantage",
    "Nieuwe",
    "Lange",
    "Korte",
    "Hoge",
    "Lage",
    "Grote",
    "Kleine",
    "Dokter",
    "Dr.",
    "Professor",
    "Prof.",
    "Generaal",
    "Graaf",
    "Gravin",
    "Hertog",
    "Kapitein",
    "Pastoor",
    "Kardinaal",
    "Admiraal",
    "Mr.",
    "Meester",
    "Jonkheer",
    "President",
    "Minister",
    "Wethouder",
    "Dominee",
    "Pater",
    "Noorder",
    "Zuider",
    "Ooster",
    "Wester",
    "Hendrik",
    "Willem",
    "Jan",
    "Johan",
    "Anna",
    "Maria",
    "Eerste",
    "Tweede",
    "Derde",
    "Vierde",
    "Zuster",
    "Broeder",
    "Notaris",
    "Schout",
    "Zuidelijke",
    "Noordelijke",
    "Oostelijke",
    "Westelijke",
    "Verlengde",
    "Kolonel",
    "Majoor",
    "Luitenant",
    "Kapelaan",
    "Deken",
    "Ds.",
    "Juffrouw",
    "Baron",
    "Ridder",
    "Groot",
    "Klein",
    "Binnen",
    "Buiten",
];
/// Street names that start with the street word: `Laan van Meerdervoort`, `Weg der Verenigde
/// Naties`, `Plein 't Zand`.
const STREET_LEAD: &str = "Laan|Weg|Straat|Plein|Kade|Dreef|Singel|Hof|Dijk|Gracht|Park|Markt|Ring|Pad|Steeg|Boulevard|Allee|Burgwal|Wal|Dam|Baan|Kanaal|Haven";
/// The spaces inside a phone number: horizontal ones only, non-breaking ones included, but no
/// tab, which separates a table's columns (`06-51916441<TAB>1.883,92 euro`).
const H: &str = r" \x{A0}\x{202F}";
const MONTHS: &str = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|august|october|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";

impl Detectors {
    fn build() -> Option<Detectors> {
        let r = |s: &str| Regex::new(s).ok();
        let date = format!(
            r"(?:\d{{1,2}}[-/.]\d{{1,2}}[-/.](?:(?:19|20)?\d{{2}}|['’]\d{{2}})|(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}(?:\s+|-)(?i:{MONTHS})\.?(?:\s+|-)(?:(?:19|20)\d{{2}}|['’]\d{{2}}))"
        );
        Some(Detectors {
            // A currency word after a number takes a space at most: in a table the `EUR`
            // after a tab starts the next column's amount (`015 9472354<TAB>EUR 2.637,54`).
            amount: r(
                r"(?:€|(?-u:\b)(?:EUR|eur|Eur))\s?-?\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}))?|(?:€|(?-u:\b)(?:EUR|eur|Eur))\s?-?\d+(?:,(?:\d{1,2}|-{1,2}))?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?[ \x{A0}]?(?:euro|EUR|eur)(?-u:\b)|\d+(?:,\d{1,2})?[ \x{A0}]?(?:euro|EUR|eur)(?-u:\b)|\d+(?:[.,]\d+)?\s?%",
            )?,
            email: r(
                r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}",
            )?,
            // A group may follow a line break (text pasted from a PDF); mod-97 decides.
            iban: r(
                r"(?-u:\b)[A-Za-z]{2}\d{2}(?:[ \-\n]?[A-Za-z0-9]{4}){2,7}(?:[ \-]?[A-Za-z0-9]{1,3})?(?-u:\b)",
            )?,
            // A phone number never runs over a line break (`[\t \x{A0}\x{202F}]`, not `\s`),
            // or a number at a line's end takes digits of the next line and is thrown away.
            // A phone number never runs over a line break (`H`, not `\s`), or a number at a
            // line's end takes digits of the next line and is thrown away.
            phone: r(&format!(
                r"(?:\+|(?-u:\b)00)[{H}]?31[{H}]?(?:\(0\)[{H}]?)?-?[{H}]?[1-9](?: - |[{H}\-.])?\d(?:[{H}\-.]?\d){{6,7}}|\(0\d{{1,3}}\)[{H}]?-?[{H}]?\d(?:[{H}\-.]?\d){{5,7}}|(?-u:\b)0[1-9](?:\d(?: - |[{H}\-./])?|(?: - |[{H}\-./])?\d){{1,3}}(?:[{H}\-.]?\d){{5,7}}|\+[1-9]\d{{0,2}}[{H}\-.]?(?:\(\d{{1,4}}\)[{H}\-.]?)?\d(?:[{H}\-.]?\d){{5,12}}|(?-u:\b)00[1-9]\d{{0,2}}[{H}\-.]?\d(?:[{H}\-.]?\d){{6,12}}"
            ))?,
            bsn: r(
                r"(?-u:\b)(?:\d{9}|\d{8}|\d{3}[ .\-]\d{3}[ .\-]\d{3}|\d{4}[ .]\d{2}[ .]\d{3}|\d{2}[ .]\d{3}[ .]\d{3}|\d{3}[ .]\d{2}[ .]\d{2}[ .]\d{2})(?-u:\b)",
            )?,
            card: r(
                r"(?-u:\b)(?:[2-6]\d{3}(?:[ \-]?\d{4}){2}[ \-]?\d{1,4}(?:[ \-]?\d{1,3})?|3[47]\d{2}[ \-]?\d{6}[ \-]?\d{5})(?-u:\b)",
            )?,
            // Dutch btw-id, and the Belgian enterprise/VAT number (`BE 0555.727.119`).
            btw: r(
                r"(?-u:\b)(?:(?i:NL)\s?\d{9}\s?(?i:B)\s?\d{2}|(?i:BE)[ ]?[01]\d{3}[. ]?\d{3}[. ]?\d{3})(?-u:\b)",
            )?,
            kvk: r(
                r"(?i:kvk|k\.v\.k\.|kamer van koophandel|chamber of commerce|coc)(?:[\s\-]*(?i:nummer|nr\.?|no\.?|number|inschrijving))?[\s:.#]*(\d{8}|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}|\d{4}[ .]\d{4})(?-u:\b)",
            )?,
            postcode: r(r"(?-u:\b)[1-9]\d{3} ?[A-Z]{2}(?-u:\b)")?,
            street: r(&format!(
                r"(?:{STREET_SUFFIX})(?:[ \t]+|[ \t]*\n[ \t]*)\d{{1,5}}(?:-\d{{1,4}}[A-Za-z]?(?-u:\b)|\s-\s?\d{{1,3}}[A-Za-z]?(?-u:\b)|-\s\d{{1,3}}[A-Za-z]?(?-u:\b)|(?:\s?|-)[A-Za-z](?-u:\b)|\s(?:bis|hs|huis|boven|beneden|zw|rd|bg|I{{1,3}}|[1-9] ?hoog|rood)(?-u:\b)|[\-]?(?:III|IV|[A-Z]{{1,2}})(?-u:\b))?"
            ))?,
            street_lead: r(&format!(
                r"(?-u:\b)(?:{STREET_LEAD})[ ](?:(?:van|der|de|den|het|'t|ter|ten|naar|op|in|over|aan|achter|bij|tot|voor|der)[ ]){{1,3}}(?:[A-Z][\p{{L}}'’\-.]*[ ]){{0,2}}[A-Z][\p{{L}}'’\-]*[ \t]+\d{{1,5}}(?:-\d{{1,4}}[A-Za-z]?(?-u:\b)|\s-\s?\d{{1,3}}[A-Za-z]?(?-u:\b)|-\s\d{{1,3}}[A-Za-z]?(?-u:\b)|(?:\s?|-)[A-Za-z](?-u:\b)|\s(?:bis|hs|huis|boven|beneden|zw|rd|bg|I{{1,3}}|[1-9] ?hoog|rood)(?-u:\b)|[\-]?(?:III|IV|[A-Z]{{1,2}})(?-u:\b))?"
            ))?,
            street_cue: r(
                r#"(?:(?i:adres|woonadres|bezoekadres|postadres|afleveradres|factuuradres|woont op|woont aan|(?-u:\b)(?:woon|wonen|woon zelf|woont zelf|woon nu|woont nu) (?:op|aan)|woonachtig (?:op|aan|te)|wonende (?:op|aan)|wonend|gevestigd (?:op|aan)|verhuisd naar|street|address1|address|location|ophalen|bezorgen op|bezorgd op|afleveren op|leveren op)(?: de| het)?[:=\s"']+(?:(?:is|wordt|was)[ ]+(?:(?:nog steeds|nu)[ ]+)?)?)((?:[A-Z][\p{L}'’.\-]*\s(?:(?:van|de|der|den|het|'t|ter|ten)\s)*){0,3}[A-Z][\p{L}'’.\-]*\s+\d{1,5}(?:-\d{1,4}[A-Za-z]?(?-u:\b)|\s-\s?\d{1,3}[A-Za-z]?(?-u:\b)|-\s\d{1,3}[A-Za-z]?(?-u:\b)|\s?[A-Za-z](?-u:\b)|\s(?:bis|hs|huis|boven|beneden|zw|rd|bg)(?-u:\b)|-(?:I{1,3}|IV|hs|HS|H)(?-u:\b))?)"#,
            )?,
            street_line: r(
                r"^[ \t]*((?:[A-Z][\p{L}'’.\-]*[ ](?:(?:van|de|der|den|het|'t|ter|ten|op|aan|in)[ ])*){0,3}[A-Z][\p{L}'’.\-]*[ \t]+\d{1,5}(?:[ ]?[A-Za-z]{1,3}|[\-/ ]?(?:\d{1,4}|[A-Za-z]{1,3})|[ ](?:bis|hs|huis|boven|beneden|bus[ ]\d{1,4}))?)[ \t,]*$",
            )?,
            plate: r(
                r"(?-u:\b)(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d|\d{2}[A-Z]{3}\d|\d[A-Z]{3}\d{2}|[A-Z]{2}\d{3}[A-Z]|[A-Z]\d{3}[A-Z]{2}|[A-Z]{3}\d{2}[A-Z]|[A-Z]\d{2}[A-Z]{3}|\d[A-Z]{2}\d{3}|\d{3}[A-Z]{2}\d)(?-u:\b)",
            )?,
            plate_cue: r(
                r"(?i:kenteken|nummerbord|license plate|licence plate)(?:nummer)?[\s:]+([A-Za-z0-9]{6}|[A-Za-z0-9]{1,3}[ \-][A-Za-z0-9]{2,3}[ \-][A-Za-z0-9]{1,3})(?-u:\b)",
            )?,
            ipv4: r(
                r"(?-u:\b)(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?-u:\b)",
            )?,
            ipv6: r(
                r"(?-u:\b)(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}(?-u:\b)|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4}(?-u:\b)",
            )?,
            date: r(&format!(r"^(?:{date})(?-u:\b)"))?,
            // Also the English order (`June 15, 1997`) and the Flemish `°` right before the
            // date (`Jan Peeters (° 18/11/1961, Kortrijk)`).
            dob: r(&format!(
                r"(?:(?i:geboren(?:\s+op)?|geb\.|geb:|geb[ ]|geboortedatum|ge-\r?\nboortedatum|geb\.datum|geboortedag|date of birth|birth date|birthdate|dob|born(?:\s+on)?|d\.o\.b\.)(?:[ ]?\([^()\n0-9]{{1,30}}\)|[ \t]*\.{{3,}}[ \t]*)?(?:(?i:d\.d\.)|[^\n.!?;()\d]|\.[^\s\d]){{0,48}}?|°[ ]?)({date}|(?i:{MONTHS})\.?[ ]\d{{1,2}}(?:st|nd|rd|th)?,?[ ](?:19|20)\d{{2}})(?-u:\b)"
            ))?,
            secret: r(
                r"sk-ant-[A-Za-z0-9_\-]{16,}|(?-u:\b)sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}|(?-u:\b)(?:AKIA|ASIA)[0-9A-Z]{16}(?-u:\b)|(?-u:\b)gh[pousr]_[A-Za-z0-9]{30,}|(?-u:\b)github_pat_[A-Za-z0-9_]{30,}|(?-u:\b)AIza[0-9A-Za-z_\-]{30,}|(?-u:\b)(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}|(?-u:\b)xox[abposre]-[A-Za-z0-9\-]{10,}|(?-u:\b)eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}|(?-u:\b)glpat-[A-Za-z0-9_\-]{20,}|(?-u:\b)hf_[A-Za-z0-9]{30,}|(?-u:\b)AccountKey=[A-Za-z0-9+/=]{30,}|(?-u:\b)SG\.[A-Za-z0-9_\-]{16,}\.[A-Za-z0-9_\-]{16,}|(?-u:\b)SK[0-9a-f]{32}(?-u:\b)|(?-u:\b)(?:live|test)_[A-Za-z0-9]{30,}(?-u:\b)|(?-u:\b)[0-9a-f]{32}-us[0-9]{1,2}(?-u:\b)|(?-u:\b)key-[0-9a-z]{32}(?-u:\b)|(?-u:\b)shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}(?-u:\b)|(?-u:\b)npm_[A-Za-z0-9]{36}(?-u:\b)|(?-u:\b)pypi-AgE[A-Za-z0-9_\-]{50,}|(?-u:\b)dop_v1_[0-9a-f]{64}(?-u:\b)|(?-u:\b)[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}(?-u:\b)|(?-u:\b)lin_api_[A-Za-z0-9]{40}(?-u:\b)|(?-u:\b)(?:secret|ntn)_[A-Za-z0-9]{43,}(?-u:\b)|(?-u:\b)sbp_[0-9a-f]{40}(?-u:\b)|(?-u:\b)ya29\.[0-9A-Za-z_\-]{20,}|(?-u:\b)[A-Za-z0-9_\-.]{3}[0-9]Q~[A-Za-z0-9_\-.~]{31,34}|(?-u:\b)sl\.(?:u\.)?[A-Za-z0-9_\-]{100,}|(?-u:\b)gl(?:sa|c)_[A-Za-z0-9_\-]{30,}|(?-u:\b)ATATT[A-Za-z0-9_\-=]{60,}|(?-u:\b)whsec_[A-Za-z0-9+/=]{24,}|hooks\.slack\.com/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/[A-Za-z0-9]{16,}|(?-u:\b)xapp-[0-9]-[A-Za-z0-9\-]{20,}|(?-u:\b)(?:pk|sk)_live_[0-9A-Za-z]{16,}|discord(?:app)?\.com/api/webhooks/\d{10,}/[A-Za-z0-9_\-]{30,}|[?&]sig=[A-Za-z0-9%/+=]{20,}",
            )?,
            secret_cue: r(
                r#"(?i:api[_\- ]?key|apikey|api[_\- ]?sleutel|secret[_\- ]?key|client[_\- ]?secret|access[_\- ]?token|auth[_\- ]?token|bearer|token|secret|sleutel|initclient)(?:[ \t]+[a-z]{1,8}){0,4}["']?\s*(?:[:=(]|>(?:[^<>\n]{0,8}<[^<>\n]{1,30}>){1,4})?\s*["']?([A-Za-z0-9_\-./+=]{24,})"#,
            )?,
            private_key: r(
                r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?s:.*?)(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|\z)",
            )?,
            password: r(
                r#"(?i:wachtwoord|wachtoord|wachwoord|paswoord|password|passwd|passwort|pass|pwd|psw|pw|ww|wachtw\.|pincode|inlogcode|toegangscode|passcode)["']?(?:\s+(?i:(?:(?:voor|van|bij|op|in|for|of)(?:\s+\S+){1,3}?\s+)?(?:is|was|luidt|wordt|blijft|reset to|set to|changed to|is now|gereset naar|gewijzigd in|veranderd in)))?(?:\s*([:=])\s*|(?:\s+[^\s:=\->→]+){0,3}?\s*(?:->|=>|→)\s*|\s+)["'“]?(\S+)"#,
            )?,
            bsn_cue: r(
                r"(?i:bsn|burger[\s-]?service[\s-]?(?:nummer|nr)|sofi[\s-]?(?:nummer|nr)|citizen service number|persoonsnummer|social security number)",
            )?,
            nr_cue: r(
                r"(?i:factuur|order|bestel|klant|referentie|ref|dossier|artikel|zaak|ticket|polis|contract|lid|pakket|zending|track|tracking|nummer|nr|kenmerk|transactie|rekening)[^\n]{0,12}$",
            )?,
        })
    }

    fn never() -> Detectors {
        // Only reachable if a built-in pattern failed to compile (caught by the tests).
        let n = || Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!());
        Detectors {
            amount: n(),
            email: n(),
            iban: n(),
            phone: n(),
            bsn: n(),
            card: n(),
            btw: n(),
            kvk: n(),
            postcode: n(),
            street: n(),
            street_lead: n(),
            street_cue: n(),
            street_line: n(),
            plate: n(),
            plate_cue: n(),
            ipv4: n(),
            ipv6: n(),
            dob: n(),
            date: n(),
            secret: n(),
            secret_cue: n(),
            private_key: n(),
            password: n(),
            bsn_cue: n(),
            nr_cue: n(),
        }
    }

    #[cfg(test)]
    pub(crate) fn all(&self) -> Vec<(&'static str, &Regex)> {
        vec![
            ("amount", &self.amount),
            ("email", &self.email),
            ("iban", &self.iban),
            ("phone", &self.phone),
            ("bsn", &self.bsn),
            ("card", &self.card),
            ("btw", &self.btw),
            ("kvk", &self.kvk),
            ("postcode", &self.postcode),
            ("street", &self.street),
            ("street_lead", &self.street_lead),
            ("street_cue", &self.street_cue),
            ("street_line", &self.street_line),
            ("plate", &self.plate),
            ("plate_cue", &self.plate_cue),
            ("ipv4", &self.ipv4),
            ("ipv6", &self.ipv6),
            ("dob", &self.dob),
            ("secret", &self.secret),
            ("secret_cue", &self.secret_cue),
            ("private_key", &self.private_key),
            ("password", &self.password),
            ("bsn_cue", &self.bsn_cue),
        ]
    }

    /// The date on a birth notice's line (`Geboren: Sem, zoon van Anouk Verbeek en Thijs de
    /// Graaf, op 20 december 2025.`): the parents' names come first, further from the label
    /// than the birth-date pattern reaches. The first number of the line, before the sentence
    /// ends, when it is a date.
    fn birth_notices(&self, text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        for label in [&b"Geboren"[..], b"GEBOREN"] {
            for k in memchr::memmem::find_iter(b, label) {
                let line_start = b[..k].iter().rev().take_while(|&&c| c == b' ').count();
                if k - line_start != 0 && b[k - line_start - 1] != b'\n' {
                    continue;
                }
                let mut i = k + label.len();
                while b.get(i) == Some(&b' ') {
                    i += 1;
                }
                if b.get(i) != Some(&b':') {
                    continue;
                }
                let Some(d) = b[i..]
                    .iter()
                    .position(|c| {
                        c.is_ascii_digit() || matches!(c, b'\n' | b'.' | b'!' | b'?' | b';')
                    })
                    .map(|p| i + p)
                    .filter(|&p| b[p].is_ascii_digit())
                else {
                    continue;
                };
                if let Some(m) = text.get(d..).and_then(|r| self.date.find(r)) {
                    out.push((d, d + m.end()));
                }
            }
        }
        out
    }

    /// The date of a birth announcement (`Hoera, Sem is geboren!` ⏎ `Sem de Vries` ⏎
    /// `2025-07-03, 3460 gram`): after `geboren` that ends its sentence or line, the first date
    /// within the next few lines that starts a line or follows `, `, `: `, `- ` or `(`. A date
    /// in a sentence (`het kraambezoek is op 12-03-2026`) is no such date. Only the windows
    /// `wins` around the birth-date cue words are read.
    fn announced_births(&self, text: &str, wins: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut done = 0;
        for (ws, we) in merge_with(wins.to_vec(), |s, e| (s, e)) {
            let lower = b[ws..we].to_ascii_lowercase();
            for k in memchr::memmem::find_iter(&lower, b"geboren").map(|k| ws + k + 7) {
                let mut i = k;
                while b.get(i) == Some(&b' ') {
                    i += 1;
                }
                // Ends its sentence or line (an emoji's lead byte counts as an end too).
                if k < done || !matches!(b.get(i), Some(b'!' | b'.' | b'\n' | b'\r' | 0xF0)) {
                    continue;
                }
                let end = snap_fwd(text, i + 200);
                let lines = text[i..end].split('\n').count();
                let end = if lines > 4 {
                    // No further than three lines on.
                    let mut e = i;
                    for _ in 0..4 {
                        e += memchr::memchr(b'\n', &b[e..end]).map_or(end - e, |j| j + 1);
                    }
                    e
                } else {
                    end
                };
                for d in i..end {
                    if !b[d].is_ascii_digit() || (d > 0 && b[d - 1].is_ascii_alphanumeric()) {
                        continue;
                    }
                    let before = &b[..d];
                    let opens = before.is_empty()
                        || before.ends_with(b"\n")
                        || [&b", "[..], b": ", b"- ", "– ".as_bytes(), b"("]
                            .iter()
                            .any(|p| before.ends_with(p));
                    if !opens {
                        continue;
                    }
                    if let Some(m) = text.get(d..).and_then(|r| self.date.find(r)) {
                        let de = d + m.end();
                        if !b.get(de).is_some_and(u8::is_ascii_digit) {
                            out.push((d, de));
                            done = de;
                            break;
                        }
                    }
                }
            }
        }
        out
    }

    /// The answer to a question for someone's date of birth, on the next line (`…heb ik haar
    /// geboortedatum nodig.` ⏎ `Yara: Dat is 20 oktober 1939.`): the first full date there
    /// whose year lies well before today's meetings (before 2012). Only the windows `wins`
    /// around the birth-date cue words are read (every cue below holds one of them).
    fn answered_birth_dates(&self, text: &str, wins: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        for (ws, we) in merge_with(wins.to_vec(), |s, e| (s, e)) {
            let lower = b[ws..we].to_ascii_lowercase();
            let hits = [
                "geboortedatum",
                "date of birth",
                "birth date",
                "geboortedag",
            ]
            .into_iter()
            .flat_map(|cue| memchr::memmem::find_iter(&lower, cue.as_bytes()).map(|k| ws + k))
            .collect::<Vec<_>>();
            for k in hits {
                let Some(le) = memchr::memchr(b'\n', &b[k..]).map(|j| k + j) else {
                    continue;
                };
                let line_start = memchr::memrchr(b'\n', &b[..k]).map_or(0, |j| j + 1);
                let line = text[line_start..le].to_ascii_lowercase();
                let asked = line.contains('?')
                    || ["nodig", "graag", "wat is", "what is", "need"]
                        .iter()
                        .any(|w| line.contains(w));
                if !asked {
                    continue;
                }
                let ne = memchr::memchr(b'\n', &b[le + 1..]).map_or(b.len(), |j| le + 1 + j);
                let Some(next) = text.get(le + 1..ne) else {
                    continue;
                };
                // The first date at a number's start (the regex is anchored).
                let nb = next.as_bytes();
                let found = (0..nb.len())
                    .filter(|&i| {
                        nb[i].is_ascii_digit() && (i == 0 || !nb[i - 1].is_ascii_alphanumeric())
                    })
                    .find_map(|i| self.date.find(&next[i..]).map(|m| (i, i + m.end())));
                let Some((ds, de)) = found else {
                    continue;
                };
                let year = next[ds..de]
                    .split(|c: char| !c.is_ascii_digit())
                    .filter_map(|x| x.parse::<u32>().ok())
                    .find(|&y| y >= 1900);
                if year.is_some_and(|y| y < 2012) {
                    out.push((le + 1 + ds, le + 1 + de));
                }
            }
        }
        out
    }

    pub(crate) fn detect(&self, text: &str, spans: &mut Vec<Span>, flags: &mut Flags) {
        let bytes = text.as_bytes();
        let scan = Scan::of(text);

        // Secrets (any text), but a provider's prefix filled up with `x` (`test_xxxx…` in an
        // `.env.example`) or words (`xoxb-your-bot-token`), and the documentation's examples
        // (`AKIAIOSFODNN7EXAMPLE`), are no keys.
        for m in matches_in(&self.secret, text, &scan.secret_runs) {
            if key_stand_in(&m.as_str().to_ascii_lowercase()) {
                continue;
            }
            flags.api_key = true;
            spans.push(Span {
                start: m.start(),
                end: m.end(),
                kind: EntityKind::Secret,
                prio: 100,
            });
        }
        static PRIVATE: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new("PRIVATE KEY"));
        if PRIVATE.find(bytes).is_some() {
            for m in self.private_key.find_iter(text) {
                // A key holds lines of base64; a placeholder between the markers (`<hier
                // staat je eigen sleutel>`, `...`) shows only what such a file looks like.
                if !m.as_str().split_whitespace().any(|w| {
                    w.len() >= 12
                        && w.bytes()
                            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'='))
                        && !filler(&w.to_ascii_lowercase())
                }) {
                    continue;
                }
                flags.api_key = true;
                spans.push(Span {
                    start: m.start(),
                    end: m.end(),
                    kind: EntityKind::Secret,
                    prio: 100,
                });
            }
        }
        for (gs, ge) in group1_in(&self.secret_cue, text, &scan.cue_runs) {
            let v = text.get(gs..ge).unwrap_or("");
            let has_d = v.bytes().any(|b| b.is_ascii_digit());
            let has_l = v.bytes().any(|b| b.is_ascii_alphabetic());
            if has_d && has_l && !host_name(v) && !key_stand_in(&v.to_ascii_lowercase()) {
                flags.api_key = true;
                spans.push(Span {
                    start: gs,
                    end: ge,
                    kind: EntityKind::Secret,
                    prio: 99,
                });
            }
        }
        let mut pw_done = 0;
        let mut pw_locs = None;
        // A password keyword at the end of a compound (`Startwachtwoord:`, `adminpassword=`).
        let needles = Needles::of(bytes);
        let glued = glued_password_words(bytes, &needles);
        let mut at_all = scan.password_at.clone();
        if !glued.is_empty() {
            at_all.extend(glued.iter().copied());
            at_all.sort_unstable();
        }
        for &at in &at_all {
            if at < pw_done {
                continue;
            }
            if let Some((s, e)) = command_password(text, at) {
                flags.password = true;
                spans.push(given_secret(s, e));
                pw_done = e;
                continue;
            }
            let hay = &text[..snap_fwd(text, at + 256)];
            if captures_at(&self.password, &mut pw_locs, hay, at).is_none() {
                continue;
            }
            let (Some(kw), Some(v)) = (group(&pw_locs, 0), group(&pw_locs, 2)) else {
                continue;
            };
            let (kw, v) = (Sub::of(text, kw), Sub::of(text, v));
            if kw.start() != at {
                continue;
            }
            pw_done = kw.end();
            let compound = glued.binary_search(&at).is_ok();
            if !compound
                && text
                    .get(..kw.start())
                    .and_then(|s| s.chars().next_back())
                    .is_some_and(crate::is_word_char)
            {
                continue;
            }
            // A colon or equals sign, or an arrow after a few words (`password Zoom -> …`).
            let between = text.get(kw.end()..v.start()).unwrap_or("");
            let sep = group(&pw_locs, 1).is_some()
                || between.contains("->")
                || between.contains("=>")
                || between.contains('→');
            let kwtext = kw.as_str().to_ascii_lowercase();
            let mut v_start = v.start();
            let mut end = v.end();
            let mut val = v.as_str();
            // A router's `password 0 <value>` (and `password 7 …`): the digit is the type
            // of what follows, `0` in clear. Such a configuration holds `secret 0 …` too.
            if matches!(val, "0" | "7") && kw.as_str().starts_with("password ") {
                let Some((s, e)) = typed_value(text, end) else {
                    continue;
                };
                (v_start, end, val) = (s, e, &text[s..e]);
                for (s, e) in typed_secrets(text) {
                    spans.push(given_secret(s, e));
                }
            }
            // Trailing sentence punctuation is not part of the password.
            while let Some(last) = val.chars().last() {
                // (A `]` closes a bracket the value did not open: `[Nieuw wachtwoord
                // instellen]`, a button.)
                if (matches!(last, '.' | ',' | ';' | ')' | '"' | '\'' | '”')
                    || (last == ']' && !val.contains('[')))
                    && val.chars().count() > 1
                {
                    end -= last.len_utf8();
                    val = &val[..val.len() - last.len_utf8()];
                } else {
                    break;
                }
            }
            // In an HTML table the value stands in the next cell, inside tags
            // (`<td>Wachtwoord:</td><td><strong>Appel2026*</strong></td>`).
            if val.starts_with("</") {
                let Some((s, e)) = tag_inner(text, v_start) else {
                    continue;
                };
                (v_start, end, val) = (s, e, &text[s..e]);
                if !password_shaped(val) {
                    continue;
                }
            }
            // Too short, a password hidden behind stars or dots (`**********`), or a
            // placeholder to fill in (`<jouw wachtwoord>`).
            if val.chars().count() < 4
                || val
                    .chars()
                    .all(|c| matches!(c, '*' | '•' | '●' | '·' | '.' | 'x' | 'X'))
                || val.starts_with(['<', '{', '['])
                || variable_reference(val)
            {
                continue;
            }
            // A question mark closes the sentence (`Wachtwoord vergeten?`): it makes no word
            // a password.
            let core = val.trim_end_matches('?');
            let has_d = core.bytes().any(|b| b.is_ascii_digit());
            let has_sym = core.chars().any(|ch| !ch.is_alphanumeric());
            let has_up = core.chars().skip(1).any(char::is_uppercase);
            let strong = has_d || has_sym || has_up;
            let weak_kw = kwtext.starts_with("pass")
                && !kwtext.starts_with("passw")
                && !kwtext.starts_with("passc");
            if kw.as_str().starts_with("WW") && !sep {
                continue;
            }
            let is_word = !strong;
            let accept = if weak_kw {
                sep && strong
            } else if kwtext.starts_with("ww") || kwtext.starts_with("pw") {
                strong
            } else {
                (sep && !(is_word && val.chars().count() < 6 && crate::lexicon::is_ordinary(val)))
                    || strong
            };
            // "wachtwoord vergeten" and friends: an ordinary lowercase word after no separator.
            if !accept || (is_word && crate::lexicon::is_ordinary(core)) {
                continue;
            }
            if val.contains('[') && val.contains(']') && crate::restore::label_of(val).is_some() {
                continue;
            }
            if code_expression(val) || meeting_code(text, kw.start(), &kwtext) {
                continue;
            }
            flags.password = true;
            spans.push(Span {
                start: v_start,
                end,
                kind: EntityKind::Secret,
                prio: 98,
            });
        }

        for &at in &scan.config_at {
            if let Some((s, e, password)) = config_secret(text, at) {
                if password {
                    flags.password = true;
                } else {
                    flags.api_key = true;
                }
                spans.push(given_secret(s, e));
            }
        }
        // A code is a run of four to six digits of its own.
        let code_digits = scan
            .groups
            .iter()
            .any(|g| (4..=6).contains(&g.digits) && g.end - g.start == g.digits);
        let codes = if code_digits {
            let mut c = access_codes(text);
            c.extend(labelled_codes(text));
            c
        } else {
            Vec::new()
        };
        for (s, e) in codes {
            flags.password = true;
            spans.push(given_secret(s, e));
        }
        let auth = if memchr::memchr(b':', bytes).is_some() {
            basic_auth(text, &needles)
        } else {
            Vec::new()
        };
        for (s, e) in auth {
            flags.password = true;
            spans.push(given_secret(s, e));
        }
        for (s, e) in introduced_keys(text, &needles) {
            flags.api_key = true;
            spans.push(given_secret(s, e));
        }
        let mut lines = login_lines(text, &needles);
        if memchr::memmem::find(bytes, b" / ").is_some() || memchr::memchr(b'@', bytes).is_some() {
            let about = !scan.password_at.is_empty()
                || [&b"ogin"[..], b"OGIN", b"nlog", b"NLOG"]
                    .iter()
                    .any(|n| !needles.hits(n).is_empty());
            lines.extend(credential_pairs(text, about));
        }
        if !scan.password_at.is_empty() {
            lines.extend(listed_passwords(text));
        }
        lines.extend(spelled_keywords(text, &needles));
        lines.extend(wifi_keys(text, &needles));
        let quoted = if memchr::memchr2(b'\'', b'"', bytes).is_some() {
            quoted_logins(text)
        } else {
            Vec::new()
        };
        for (s, e) in lines.into_iter().chain(quoted) {
            flags.password = true;
            spans.push(given_secret(s, e));
        }
        if let Some((s, e)) = login_pair(text) {
            flags.password = true;
            spans.push(given_secret(s, e));
        }

        for (s, e) in introduced_passwords(text, &at_all) {
            flags.password = true;
            spans.push(given_secret(s, e));
        }

        for (s, e, kind) in typed_columns(text) {
            let kind = match kind {
                Column::BirthDate => EntityKind::BirthDate,
                Column::Bsn => {
                    flags.bsn = true;
                    EntityKind::Bsn
                }
                Column::Password | Column::AskedPassword => {
                    flags.password = true;
                    EntityKind::Secret
                }
                Column::Plate => EntityKind::LicencePlate,
                Column::Address => EntityKind::Address,
                Column::Person => EntityKind::Person,
            };
            spans.push(Span {
                start: s,
                end: e,
                kind,
                prio: 97,
            });
        }

        if let Some((s, e)) = answered_password(text, &scan.password_at) {
            flags.password = true;
            spans.push(given_secret(s, e));
        }

        {
            for m in matches_in(&self.email, text, &scan.at_windows) {
                spans.push(Span {
                    start: m.start(),
                    end: m.end(),
                    kind: EntityKind::Email,
                    prio: 90,
                });
            }
        }

        if scan.groups.is_empty() {
            return;
        }
        let w = Windows::new(text, &scan.groups);

        // Amounts are protected: no number detector may eat them.
        let amounts: Vec<(usize, usize)> = matches_in(&self.amount, text, &w.amount)
            .map(|m| (m.start(), m.end()))
            .collect();
        flags.euro_amounts = amounts
            .iter()
            .copied()
            .filter(|&(s, e)| !bytes[s..e].ends_with(b"%"))
            .collect();
        // Amount matches do not overlap and come in order: the last one starting before `e` is
        // the only candidate.
        let in_amount = |s: usize, e: usize| {
            let k = amounts.partition_point(|&(a, _)| a < e);
            k > 0 && amounts[k - 1].1 > s
        };

        // A match may run on into the next word and a second IBAN (`van BE95 2920 0731 2058
        // naar NL86 INGB …`): the search goes on right after the part that checked out.
        let mut iban_matches = Vec::new();
        for &(ws, we) in &w.iban {
            let hay = text.get(..we).unwrap_or("");
            let mut pos = ws;
            while pos < hay.len() {
                let Some(m) = self.iban.find_at(hay, pos) else {
                    break;
                };
                let end = iban_end(m.as_str());
                pos = match end {
                    Some(e) if e < m.len() => snap_fwd(text, m.start() + e),
                    _ => m.end().max(m.start() + 1),
                };
                iban_matches.push(m);
            }
        }
        for m in iban_matches {
            let s = m.as_str();
            // The prefix that has the country's length and checks out.
            let chosen = iban_end(s);
            if let Some(end) = chosen {
                spans.push(Span {
                    start: m.start(),
                    end: m.start() + end,
                    kind: EntityKind::Iban,
                    prio: 85,
                });
            } else if &s[..2] == "NL" && s.len() >= 18 {
                // Dutch-looking IBAN with a typo: still mask it.
                let n: usize = s.bytes().filter(|b| b.is_ascii_alphanumeric()).count();
                if n == 18 && s.as_bytes()[4..8].iter().all(u8::is_ascii_alphabetic) {
                    spans.push(Span {
                        start: m.start(),
                        end: m.end(),
                        kind: EntityKind::Iban,
                        prio: 84,
                    });
                }
            }
        }

        for m in matches_in(&self.btw, text, &w.btw) {
            // A Belgian number in its dotted notation after `BE` is one; else its check digits
            // must hold (a phone number may follow a country code in a list).
            let v = m.as_str();
            if v[..2].eq_ignore_ascii_case("be")
                && !(v.matches('.').count() == 2 || checks::be_enterprise_valid(v))
            {
                continue;
            }
            spans.push(Span {
                start: m.start(),
                end: m.end(),
                kind: EntityKind::Btw,
                prio: 83,
            });
        }

        for m in matches_in(&self.card, text, &w.card) {
            if !in_amount(m.start(), m.end())
                && checks::luhn_valid(m.as_str())
                && !glued_digit(bytes, m.start(), m.end())
            {
                spans.push(Span {
                    start: m.start(),
                    end: m.end(),
                    kind: EntityKind::CreditCard,
                    prio: 82,
                });
            }
        }

        for (gs, ge) in group1_at_cues(&self.dob, Lead::DigitOrMonth, text, w.cue_for(Fam::Dob)) {
            spans.push(Span {
                start: gs,
                end: ge,
                kind: EntityKind::BirthDate,
                prio: 81,
            });
        }
        if !w.cue_for(Fam::Dob).is_empty() {
            for (gs, ge) in self
                .birth_notices(text)
                .into_iter()
                .chain(self.answered_birth_dates(text, w.cue_for(Fam::Dob)))
                .chain(self.announced_births(text, w.cue_for(Fam::Dob)))
            {
                spans.push(Span {
                    start: gs,
                    end: ge,
                    kind: EntityKind::BirthDate,
                    prio: 81,
                });
            }
        }

        for (gs, ge) in group1_at_cues(&self.kvk, Lead::FirstDigit, text, w.cue_for(Fam::Kvk)) {
            spans.push(Span {
                start: gs,
                end: ge,
                kind: EntityKind::Kvk,
                prio: 80,
            });
        }

        // Whether the text names a BSN anywhere; only looked up for a valid candidate.
        let mut bsn_context: Option<bool> = None;
        for m in matches_in(&self.bsn, text, &w.bsn) {
            if in_amount(m.start(), m.end()) || glued_digit(bytes, m.start(), m.end()) {
                continue;
            }
            let s = m.as_str();
            if !checks::bsn_valid(s) || after_country_code(bytes, m.start()) {
                continue;
            }
            let nd = s.bytes().filter(u8::is_ascii_digit).count();
            let bsn_context =
                *bsn_context.get_or_insert_with(|| self.bsn_cue.is_match(&unbroken(text)));
            if nd == 8 && !bsn_context {
                continue;
            }
            let before = window_before(text, m.start(), 40);
            let near_cue = bsn_context && self.bsn_cue.is_match(&unbroken(before));
            if !bsn_context && self.nr_cue.is_match(before) {
                continue;
            }
            // Without any BSN word, a plain 9-digit number after a phone-ish start is a phone.
            if !near_cue && !bsn_context && s.starts_with('0') {
                continue;
            }
            flags.bsn = true;
            spans.push(Span {
                start: m.start(),
                end: m.end(),
                kind: EntityKind::Bsn,
                prio: 79,
            });
        }

        for m in matches_in(&self.phone, text, &w.phone) {
            let (s, e) = (m.start(), m.end());
            // A comma and a digit after a number written with a `+`, a dash or a space, or
            // with dots from a leading zero (`06-98116201,3 personen`, `06.77.25.73.70,1`) is
            // the next cell of a CSV row: no amount has those.
            let st = m.as_str();
            let cell_after = bytes.get(e) == Some(&b',')
                && (st.bytes().any(|c| matches!(c, b'+' | b'-' | b' '))
                    || (st.starts_with('0') && st.contains('.')))
                && !bytes
                    .get(e + 1..e + 3)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit));
            // The same before it: a mobile number of ten digits, or one written with a `+`,
            // a dash or a space, right after the comma that ends a cell with a house number
            // (`Kerkstraat 14,0640737110`). No amount has ten decimals.
            let cell_before = s > 1
                && bytes[s - 1] == b','
                && (st.bytes().any(|c| matches!(c, b'+' | b'-' | b' '))
                    || (st.len() == 10
                        && st.starts_with("06")
                        && st.bytes().all(|c| c.is_ascii_digit())));
            let glued_before = (s > 0 && bytes[s - 1].is_ascii_digit())
                || (s > 1 && matches!(bytes[s - 1], b'.' | b',') && bytes[s - 2].is_ascii_digit());
            let glued_after = (e < bytes.len() && bytes[e].is_ascii_digit())
                || (e + 1 < bytes.len()
                    && matches!(bytes[e], b'.' | b',')
                    && bytes[e + 1].is_ascii_digit());
            // The cell's digits across the comma do not count; those on the other side still do.
            let glued = (glued_before && !cell_before) || (glued_after && !cell_after);
            if in_amount(s, e) || glued {
                continue;
            }
            // The rest of a date and a time (`11-09-2025 13.30`): a number joined to the
            // digits before it by a dash, slash or dot is no phone number of its own.
            if s >= 2 && matches!(bytes[s - 1], b'-' | b'/' | b'.') && bytes[s - 2].is_ascii_digit()
            {
                continue;
            }
            let nd = st.bytes().filter(u8::is_ascii_digit).count();
            if !(9..=15).contains(&nd) {
                continue;
            }
            // A date such as 06-02-1971 12:00 is not a phone number.
            if looks_like_date(st) {
                continue;
            }
            spans.push(Span {
                start: s,
                end: e,
                kind: EntityKind::Phone,
                prio: 78,
            });
        }

        for m in matches_in(&self.ipv4, text, &w.ipv4) {
            if !glued_dot_digit(bytes, m.start(), m.end()) {
                spans.push(Span {
                    start: m.start(),
                    end: m.end(),
                    kind: EntityKind::IpAddress,
                    prio: 77,
                });
            }
        }
        // Every IPv6 match holds a colon right after a hex digit and no whitespace: the regex
        // runs on the words around such colons only (prose has colons enough, `Let op:`).
        let hex_colons: Vec<(usize, usize)> = memchr::memchr_iter(b':', bytes)
            .filter(|&i| i > 0 && bytes[i - 1].is_ascii_hexdigit())
            .map(|i| (snap(text, i, 64, false), snap(text, i, 64, true)))
            .collect();
        if !hex_colons.is_empty() {
            for m in matches_in(&self.ipv6, text, &merge_all(text, hex_colons)) {
                if m.as_str().len() >= 6 {
                    spans.push(Span {
                        start: m.start(),
                        end: m.end(),
                        kind: EntityKind::IpAddress,
                        prio: 77,
                    });
                }
            }
        }

        for m in matches_in(&self.postcode, text, &w.postcode) {
            let s = m.as_str();
            if in_amount(m.start(), m.end()) {
                continue;
            }
            // Glued to a number before (e.g. "12 1234 AB" is fine, "1.2345 AB" not a postcode).
            if m.start() > 0 && matches!(bytes[m.start() - 1], b'.' | b',' | b'-' | b'/') {
                continue;
            }
            // Nor glued to more after a dash: a type number (`Growatt MIN 3600TL-X`).
            if bytes.get(m.end()) == Some(&b'-')
                && bytes
                    .get(m.end() + 1)
                    .is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
            let letters = &s[s.len() - 2..];

            let year_like = s.starts_with("19") || s.starts_with("20");
            if year_like && s.contains(' ') && matches!(letters, "AI" | "EU" | "NL" | "BV") {
                continue;
            }
            flags.postcode_ends.push(m.end());
            // The line before a postcode that starts its line is the street of an address
            // block (`Tsjerkestrjitte 258` / `8921 AB  Leeuwarden`), whatever its suffix.
            if let Some(st) = self.street_before(text, m.start()) {
                spans.push(Span {
                    start: st.0,
                    end: st.1,
                    kind: EntityKind::Address,
                    prio: 74,
                });
            }
            spans.push(Span {
                start: m.start(),
                end: m.end(),
                kind: EntityKind::Postcode,
                prio: 76,
            });
        }
        // Typed in lowercase after the word (`postcode 2900dx`, `postcode is 7310br`).
        let near = near_groups(&scan.groups, text.len(), 8 + POSTCODE_GAP + 3, 0);
        for (ps, pe) in lowercase_postcodes(text, &near) {
            spans.push(Span {
                start: ps,
                end: pe,
                kind: EntityKind::Postcode,
                prio: 76,
            });
        }
        // A Belgian postcode (four digits and the town: `9200 Dendermonde`) marks the street
        // before it the same way; the postcode itself names only the town and stays.
        for g in &scan.groups {
            // The group's last run of digits (`218, 9200` is one group).
            let pc = g.last_run;
            let alone = pc == g.start || matches!(bytes[pc - 1], b' ' | b'\n');
            if g.end - pc != 4 || bytes[pc] == b'0' || !alone {
                continue;
            }
            let town = bytes.get(g.end) == Some(&b' ')
                && bytes.get(g.end + 1).is_some_and(u8::is_ascii_uppercase)
                && bytes.get(g.end + 2).is_some_and(u8::is_ascii_lowercase);
            if !town || in_amount(pc, g.end) {
                continue;
            }
            if let Some(st) = self.street_before(text, pc) {
                spans.push(Span {
                    start: st.0,
                    end: st.1,
                    kind: EntityKind::Address,
                    prio: 74,
                });
            }
        }

        for m in matches_in(&self.street, text, &w.street) {
            if !pdf_number_line(bytes, m.start(), m.end()) || month_after(bytes, m.end()) {
                continue;
            }
            // A number that goes on after a dot or colon is a time or a decimal, no house
            // number (`Wei 8.05: op SharePoint`, a chat sender named like a street word).
            if matches!(bytes.get(m.end()), Some(b'.' | b':'))
                && bytes.get(m.end() + 1).is_some_and(u8::is_ascii_digit)
            {
                continue;
            }
            if let Some(st) = street_start(text, m.start()) {
                if !in_amount(st, m.end()) {
                    spans.push(Span {
                        start: st,
                        end: m.end(),
                        kind: EntityKind::Address,
                        prio: 75,
                    });
                }
            }
        }
        for (s, e) in self.streets_before_contacts(text, spans) {
            spans.push(Span {
                start: s,
                end: e,
                kind: EntityKind::Address,
                prio: 74,
            });
        }
        for (s, e) in self.streets_above_places(text) {
            spans.push(Span {
                start: s,
                end: e,
                kind: EntityKind::Address,
                prio: 74,
            });
        }
        // A street before a town needs a house number: only a text with digits is read.
        // (` in ` at most twelve bytes after a digit, ` bus ` two.)
        let near = near_groups(&scan.groups, text.len(), 0, 16);
        let towns = streets_before_towns(text, &near);
        for (s, e) in lowercase_streets(text, &scan.groups)
            .into_iter()
            .chain(streets_after_prepositions(text, &scan.groups))
        {
            spans.push(Span {
                start: s,
                end: e,
                kind: EntityKind::Address,
                prio: 73,
            });
        }
        for (s, e) in belgian_streets(text, &near).into_iter().chain(towns) {
            spans.push(Span {
                start: s,
                end: e,
                kind: EntityKind::Address,
                prio: 75,
            });
        }
        for m in matches_in(&self.street_lead, text, &w.street_lead) {
            if !in_amount(m.start(), m.end()) {
                spans.push(Span {
                    start: m.start(),
                    end: m.end(),
                    kind: EntityKind::Address,
                    prio: 75,
                });
            }
        }
        for (gs, ge) in group1_at_cues(
            &self.street_cue,
            Lead::AfterCue(STREET_CUES, ""),
            text,
            w.cue_for(Fam::StreetCue),
        ) {
            if !in_amount(gs, ge) {
                spans.push(Span {
                    start: gs,
                    end: ge,
                    kind: EntityKind::Address,
                    prio: 74,
                });
            }
        }

        for m in matches_in(&self.plate, text, &w.plate) {
            let s = m.as_str();
            if s.bytes().any(|b| b.is_ascii_alphabetic()) && !glued_dash(bytes, m.start(), m.end())
            {
                spans.push(Span {
                    start: m.start(),
                    end: m.end(),
                    kind: EntityKind::LicencePlate,
                    prio: 73,
                });
            }
        }
        for (gs, ge) in group1_at_cues(
            &self.plate_cue,
            Lead::AfterCue(PLATE_CUES, "nummer"),
            text,
            w.cue_for(Fam::PlateCue),
        ) {
            let v = text.get(gs..ge).unwrap_or("");
            if v.bytes().any(|b| b.is_ascii_digit()) && v.bytes().any(|b| b.is_ascii_alphabetic()) {
                spans.push(Span {
                    start: gs,
                    end: ge,
                    kind: EntityKind::LicencePlate,
                    prio: 72,
                });
            }
        }
        for (s, e) in plain_plates_on_cue_lines(bytes, w.cue_for(Fam::PlateCue)) {
            spans.push(Span {
                start: s,
                end: e,
                kind: EntityKind::LicencePlate,
                prio: 71,
            });
        }
        if !scan.short_mixed.is_empty() {
            let found: Vec<(usize, usize)> = spans
                .iter()
                .filter(|s| s.kind == EntityKind::LicencePlate)
                .map(|s| (s.start, s.end))
                .collect();
            for (s, e) in vehicle_plates(text, &scan.short_mixed, &found) {
                spans.push(Span {
                    start: s,
                    end: e,
                    kind: EntityKind::LicencePlate,
                    prio: 71,
                });
            }
        }
        spans.retain(|s| s.kind != EntityKind::Address || !number_is_time(bytes, s.end));
        for s in spans.iter_mut() {
            if s.kind == EntityKind::Address {
                s.end = addition_end(bytes, s.end);
            }
        }
    }
}

/// Where an address's addition that the patterns leave out ends, from `end` (the end of the
/// house number as found): `-huis`, `-HS`, ` hoog` after `26-3`, ` 2-hoog`, ` 1e etage`,
/// ` 2e verdieping`. `end` itself when none follows.
pub(crate) fn addition_end(b: &[u8], end: usize) -> usize {
    const DASHED: &[&[u8]] = &[b"huis", b"hs", b"bis", b"boven", b"beneden", b"hoog", b"zw"];
    let rest = &b[end.min(b.len())..];
    let word_ends = |k: usize| !rest.get(k).is_some_and(u8::is_ascii_alphanumeric);
    let starts = |at: usize, w: &[u8]| {
        rest.get(at..at + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
            && word_ends(at + w.len())
    };
    if !b[..end].last().is_some_and(u8::is_ascii_digit) {
        return end;
    }
    // `40-HUIS`, `21-huis`
    if rest.first() == Some(&b'-') {
        if let Some(w) = DASHED.iter().find(|w| starts(1, w)) {
            return end + 1 + w.len();
        }
        return end;
    }
    if rest.first() != Some(&b' ') {
        return end;
    }
    // `26-3 hoog`: the floor after a dashed number.
    let dashed = b[..end]
        .iter()
        .rev()
        .find(|c| !c.is_ascii_digit())
        .is_some_and(|&c| c == b'-');
    if dashed && starts(1, b"hoog") {
        return end + 5;
    }
    // ` 2-hoog`, ` 2 hoog`, ` 1e etage`, ` 2e verdieping`
    let Some(&d) = rest.get(1) else {
        return end;
    };
    if !(b'1'..=b'9').contains(&d) {
        return end;
    }
    if matches!(rest.get(2), Some(b'-' | b' ')) && starts(3, b"hoog") {
        return end + 7;
    }
    if rest
        .get(2..4)
        .is_some_and(|x| x.eq_ignore_ascii_case(b"e "))
    {
        for w in [&b"etage"[..], b"verdieping"] {
            if starts(4, w) {
                return end + 4 + w.len();
            }
        }
    }
    end
}

/// True when the house number that ends an address at `end` is the hour of a time
/// (`Petra Bakker  09:00`): a colon and two digits follow it.
pub(crate) fn number_is_time(b: &[u8], end: usize) -> bool {
    end > 0
        && b[end - 1].is_ascii_digit()
        && b.get(end) == Some(&b':')
        && b.get(end + 1).is_some_and(u8::is_ascii_digit)
        && b.get(end + 2).is_some_and(u8::is_ascii_digit)
}

/// The street words a street typed in lowercase is read by.
const LOWER_STREET_ENDS: &[&[u8]] = &[
    b"straat",
    b"weg",
    b"laan",
    b"kade",
    b"gracht",
    b"plein",
    b"singel",
    b"dijk",
    b"steeg",
    b"dreef",
    b"burgwal",
    b"plantsoen",
    b"hof",
    b"pad",
    b"baan",
];

/// The start of the lowercase ASCII word of three letters or more that ends at `end`, when it
/// starts the text, a line or follows a space, tab or colon.
fn lower_word_before(b: &[u8], end: usize) -> Option<usize> {
    let start = end
        - b[..end]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_lowercase())
            .count();
    let bounded = start == 0 || matches!(b[start - 1], b' ' | b'\n' | b':' | b'\t');
    (end - start >= 3 && bounded).then_some(start)
}

/// Words after a number that count something: no house number stands before them.
const UNITS: &[&[u8]] = &[
    b"keer",
    b"km",
    b"kilometer",
    b"meter",
    b"m",
    b"min",
    b"minuten",
    b"uur",
    b"dagen",
    b"weken",
    b"maanden",
    b"jaar",
    b"euro",
    b"eur",
    b"procent",
    b"x",
    b"stuks",
    b"personen",
    b"mensen",
    b"kg",
    b"auto",
    b"autos",
    b"files",
    b"rijstroken",
    b"banen",
];

/// Streets typed in lowercase, as chats do (`groningerstraat 2 kerkrade toch?`, `adres is` ⏎
/// `sluiskade 24`, `oude gracht 14 ii`): a lowercase word ending in a street word right before
/// a house number of one to four digits, with its addition. A bare street word (`gracht`)
/// takes the lowercase word before it along; a word alone that is only the street word
/// (`weg 2`) is none.
fn lowercase_streets(text: &str, groups: &[Group]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for g in groups {
        let (gs, ge) = (g.start, g.last_run);
        if g.digits > 4 || ge != gs || gs < 2 || b[gs - 1] != b' ' || b[gs] == b'0' {
            continue;
        }
        let we = gs - 1;
        let Some(ws) = lower_word_before(b, we) else {
            continue;
        };
        let word = &b[ws..we];
        // Only the plain street words: `loop`, `veld`, `ring`, `zijde` end other words too
        // (`sponsorloop 2025`, `langs veld 1`, `reservering 8%`, `bladzijde 29`).
        if !LOWER_STREET_ENDS.iter().any(|s| word.ends_with(s)) {
            continue;
        }
        // A year is no house number.
        if g.digits == 4 && (b[gs..].starts_with(b"19") || b[gs..].starts_with(b"20")) {
            continue;
        }
        // The street word alone: the word before belongs to the name (`oude gracht`).
        let bare = LOWER_STREET_ENDS.contains(&word);
        let start = if bare {
            let pe = ws.saturating_sub(1);
            match lower_word_before(b, pe) {
                Some(ps) if ws > 0 && b[pe] == b' ' => ps,
                _ => continue,
            }
        } else {
            ws
        };
        // The number, not a time or a date or an amount (`12:30`, `12-03`, `14,50`).
        let mut e = g.start
            + b[g.start..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
        if matches!(b.get(e), Some(b':' | b',' | b'.'))
            && b.get(e + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        // Its addition: letters glued on (`224bis`, `12a`), or after a dash or a space (`39-hs`,
        // `31-12`, `33 ii`, `43 a`).
        let glued = b[e..].iter().take_while(|c| c.is_ascii_lowercase()).count();
        if (1..=3).contains(&glued) && !b.get(e + glued).is_some_and(u8::is_ascii_alphabetic) {
            e += glued;
        } else if matches!(b.get(e), Some(b'-' | b' ')) {
            let a = e + 1;
            let n = b[a..]
                .iter()
                .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
                .count();
            let addition = &b[a..a + n];
            let ok = match b[e] {
                b'-' => (1..=4).contains(&n),
                _ => matches!(
                    addition,
                    b"a" | b"b" | b"c" | b"d" | b"ii" | b"iii" | b"hs" | b"bis" | b"rd" | b"zw"
                ),
            };
            if ok && !b.get(a + n).is_some_and(u8::is_ascii_alphanumeric) {
                e = a + n;
            }
        }
        // A count of something is no house number (`de snelweg 12 keer`, `fietspad 3 km`).
        let next = b[e.min(b.len())..].trim_ascii_start();
        let unit = next
            .split(|c| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or_default();
        if UNITS.iter().any(|u| unit.eq_ignore_ascii_case(u))
            || matches!(b.get(e), Some(b'%' | b']' | b')'))
        {
            continue;
        }
        out.push((start, e));
    }
    out
}

/// Streets without a street word between `op`/`aan` and the town (`riool op Watermolen 5b in
/// Amersfoort`, `wonende aan de Achterom 202-1 te Schiedam`): one to three capitalised words
/// and a house number (with its addition) right before ` in ` or ` te ` and a capital.
fn streets_before_towns(text: &str, near: &[(usize, usize)]) -> Vec<(usize, usize)> {
    static IN: LazyLock<[memchr::memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        [
            memchr::memmem::Finder::new(b" in "),
            memchr::memmem::Finder::new(b" te "),
        ]
    });
    let b = text.as_bytes();
    let mut out = Vec::new();
    for f in IN.iter() {
        for k in find_near(f, b, near) {
            // Most ` in ` follow a word: a house number ends within the few bytes before.
            if !b[k.saturating_sub(12)..k].iter().any(u8::is_ascii_digit) {
                continue;
            }
            let town_capital = b.get(k + 4).is_some_and(u8::is_ascii_uppercase);
            if !town_capital && !b.get(k + 4).is_some_and(u8::is_ascii_lowercase) {
                continue;
            }
            // The house number and its addition, back from `k`.
            let e = k;
            let mut i = k;
            for add in [&b" bis"[..], b" hs", b" huis", b" boven", b" rd", b" zw"] {
                if b[..i].ends_with(add) {
                    i -= add.len();
                    break;
                }
            }
            while i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'-') && k - i <= 10 {
                i -= 1;
            }
            let number = &b[i..k];
            if !number
                .first()
                .is_some_and(|c| c.is_ascii_digit() && *c != b'0')
                || i == 0
                || b[i - 1] != b' '
            {
                continue;
            }
            // The street's words before it: capitalised, or typed in lowercase when the last
            // one ends in a street word (`duinkade 121 in barendrecht`, `koningin
            // wilhelminaweg 267`).
            let Some(head) = text.get(..i - 1) else {
                continue;
            };
            let mut s = head.len();
            let mut words = 0;
            let mut suffixed = false;
            // The street starts the text, a line, or follows `op`, `aan`, a label or a chat
            // sender (`Kim: duinkade 121 …`).
            let mut lead = true;
            let mut at_start = true;
            for tok in head.rsplit(' ') {
                let (w, line_start) = match tok.rfind('\n') {
                    Some(p) => (&tok[p + 1..], true),
                    None => (tok, false),
                };
                let cap = w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .skip(1)
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '.'));
                let particle = STREET_PARTICLES.contains(&w);
                let lower = !w.is_empty() && w.bytes().all(|c| c.is_ascii_lowercase());
                if words == 0 && lower && ends_in_street_word(w.as_bytes()) {
                    suffixed = true;
                }
                let leading =
                    matches!(w, "op" | "aan" | "Op" | "Aan" | "naar" | "in") || w.ends_with(':');
                let take = words < 4
                    && !leading
                    && (cap
                        || (particle && words > 0)
                        || (lower && suffixed && words < 3 && !matches!(w, "de" | "het")));
                if !take {
                    lead = leading || (w == "de" && head[..s].trim_end().ends_with(" aan"));
                    at_start = false;
                    break;
                }
                s -= w.len() + usize::from(s < head.len());
                words += 1;
                if line_start {
                    break;
                }
            }
            let mut start = s + usize::from(s > 0 && b[s] == b' ');
            // `aan de Achterom 202-1`: the article is no part of the street.
            for art in ["de ", "het "] {
                if text[start..i].starts_with(art) {
                    start += art.len();
                }
            }
            // At a line's start only a street typed in lowercase counts (`Kees Jansen 12 in
            // Utrecht` is no address).
            if lead
                && words > 0
                && (town_capital || suffixed)
                && (!at_start || suffixed)
                && !counted_place(&text[start..i - 1])
            {
                out.push((start, e));
            }
        }
    }
    out
}

/// Particles inside a street's name (`Van der Helstlaan`, `aan de Achterom`).
const STREET_PARTICLES: &[&str] = &["van", "de", "der", "den", "het", "'t"];

/// True when `words` (before a number) count something rather than name a street: a
/// calendar or ordinary word the lists mark as never a name (`Dinsdag 12`, `Week 12`), or a
/// room, page or step (`Zaal 3`, `Hoofdstuk 4`).
fn counted_place(words: &str) -> bool {
    const COUNTED: &[&str] = &[
        "pagina",
        "hoofdstuk",
        "artikel",
        "tafel",
        "kamer",
        "zaal",
        "stap",
        "fase",
        "ronde",
        "versie",
        "niveau",
        "level",
        "lokaal",
        "spoor",
        "perron",
        "gate",
        "hal",
        "verdieping",
        "etage",
        "plek",
        "blok",
        "groep",
        "klas",
        "lijn",
        "bus",
        "tram",
        "route",
        "afrit",
        "uitgang",
        "ingang",
        "deur",
        "stand",
        "veld",
        "baan",
        "paal",
        "pier",
        "box",
        "unit",
    ];
    let first = words
        .split(' ')
        .find(|w| !STREET_PARTICLES.contains(w))
        .unwrap_or(words);
    let mut buf = String::new();
    COUNTED.iter().any(|c| first.eq_ignore_ascii_case(c))
        || crate::lexicon::lexicon().flags(first, &mut buf)
            & (crate::lexicon::STOP | crate::lexicon::HARD)
            != 0
}

/// Belgian addresses, whose street name often has no street word and whose flat number
/// follows `bus` (`Kouter 80 bus 12`, `Steenhouwersvest 66 bus 12`): the capitalised words
/// (and particles) before a house number and `bus` and a number.
fn belgian_streets(text: &str, near: &[(usize, usize)]) -> Vec<(usize, usize)> {
    static BUS: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" bus "));
    let b = text.as_bytes();
    let mut out = Vec::new();
    for k in find_near(&BUS, b, near) {
        // The flat number after `bus`.
        let ns = k + 5;
        let ne = ns + b[ns..].iter().take_while(|c| c.is_ascii_digit()).count();
        if ne == ns || ne - ns > 4 || b.get(ne).is_some_and(u8::is_ascii_alphanumeric) {
            continue;
        }
        // The house number before it, with a letter maybe (`80`, `12a`).
        let mut hs = k;
        if hs > 0 && b[hs - 1].is_ascii_alphabetic() {
            hs -= 1;
        }
        let digits_end = hs;
        while hs > 0 && b[hs - 1].is_ascii_digit() {
            hs -= 1;
        }
        if hs == digits_end || digits_end - hs > 4 || hs == 0 || b[hs - 1] != b' ' {
            continue;
        }
        // Capitalised words (a particle between them) before the number; the street's last
        // word is no short ordinary word (`Lijn 3 bus 4`).
        let mut firsts: Vec<(usize, bool)> = Vec::new();
        let mut we = hs - 1;
        while firsts.len() < 4 {
            let mut ws = we;
            while ws > 0
                && (b[ws - 1].is_ascii_alphabetic()
                    || b[ws - 1] >= 0x80
                    || matches!(b[ws - 1], b'-' | b'\'' | b'.'))
            {
                ws -= 1;
            }
            let Some(w) = text.get(ws..we) else {
                break;
            };
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            let particle = matches!(w, "van" | "de" | "der" | "den" | "ter" | "ten" | "het");
            if ws == we || !(cap || (particle && !firsts.is_empty())) {
                break;
            }
            if firsts.is_empty() && w.chars().count() < 5 {
                break;
            }
            firsts.push((ws, cap));
            if ws == 0 || b[ws - 1] != b' ' {
                break;
            }
            we = ws - 1;
        }
        // The street starts at its first capitalised word.
        while firsts.last().is_some_and(|&(_, cap)| !cap) {
            firsts.pop();
        }
        if let Some(&(start, _)) = firsts.last() {
            out.push((start, ne));
        }
    }
    out
}

/// True when a month's name follows `at` after a space: the number before it was a day
/// (`Uitvoering 11 augustus`, `Vergadering 3 mrt`), no house number.
fn month_after(b: &[u8], at: usize) -> bool {
    let Some(rest) = b.get(at..).and_then(|r| r.strip_prefix(b" ")) else {
        return false;
    };
    let n = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let w = rest[..n].to_ascii_lowercase();
    n >= 3 && MONTHS.split('|').any(|m| m.as_bytes() == &w[..])
}

/// For a street whose house number opens the next line (`Meidoornlaan⏎334-h`, a PDF's line
/// break), whether that number is a house number: not a time (`'t Veld⏎14.30u Toost`,
/// `14:30`, `14 uur`) nor a year that starts a period (`Stadsgracht⏎2019 - heden`).
fn pdf_number_line(b: &[u8], start: usize, end: usize) -> bool {
    let Some(nl) = memchr::memrchr(b'\n', &b[start..end]).map(|k| start + k) else {
        return true;
    };
    let mut d = nl + 1;
    while d < end && matches!(b[d], b' ' | b'\t') {
        d += 1;
    }
    let mut de = d;
    while de < end && b[de].is_ascii_digit() {
        de += 1;
    }
    let rest = &b[de..];
    let at = |k: usize| rest.get(k).copied().unwrap_or(b'\n');
    let time = (matches!(at(0), b'.' | b':') && at(1).is_ascii_digit())
        || (at(0) == b'u' && !at(1).is_ascii_alphabetic())
        || rest.starts_with(b" uur");
    let year = de - d == 4 && matches!(&b[d..d + 2], b"19" | b"20");
    let period = rest.starts_with(b" - ") || rest.starts_with(" – ".as_bytes()) || at(0) == b'-';
    !(time || (year && period))
}

/// A run of ASCII digits joined by short separators (`1.234,56`, `06 - 1234 5678`, `(020) 12`).
#[derive(Debug, Clone, Copy)]
struct Group {
    start: usize,
    end: usize,
    digits: usize,
    /// Start of the last digit run in the group.
    last_run: usize,
    /// The group holds a `.` or a `-` between digits.
    dot: bool,
    dash: bool,
}

/// What one cheap walk over the bytes finds: where each detector family can possibly match.
/// Every regex below is then run only on windows around these places, so long prose without
/// numbers, `@` or key-like tokens costs a single pass.
struct Scan {
    groups: Vec<Group>,
    /// Whitespace-bounded windows around each `@`.
    at_windows: Vec<(usize, usize)>,
    /// Token runs (`[A-Za-z0-9_\-./+=]`) long enough and mixed enough to hold a provider key
    /// (a byte after the first that is not a lowercase letter or a full stop).
    secret_runs: Vec<(usize, usize)>,
    /// Token runs long enough to be a key value after a cue word (`token: ...`), with lead-in.
    cue_runs: Vec<(usize, usize)>,
    /// Word starts where a password keyword (`wachtwoord`, `pw`, `ww`, `pass...`) begins.
    password_at: Vec<usize>,
    /// Where a secret's keyword ends a configuration key (`POSTGRES_PASSWORD`, `db.pass`).
    config_at: Vec<usize>,
    /// Short token runs with letters and digits (six to eight bytes), which may be licence
    /// plates (`sk7646`, `1-frn-20`).
    short_mixed: Vec<usize>,
}

/// Byte classes for the scan, one table load per byte instead of a chain of range tests.
const TOKEN: u8 = 1;
/// ASCII letter, digit or `_`.
const WORD: u8 = 2;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0usize;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            t[c] = TOKEN | WORD;
        } else if matches!(b, b'-' | b'.' | b'/' | b'+' | b'=') {
            t[c] = TOKEN;
        }
        c += 1;
    }
    t
};

fn is_token_byte(c: u8) -> bool {
    CLASS[c as usize] & TOKEN != 0
}

/// The stretches from `before` bytes before each digit group to `after` bytes past it,
/// merged: where a keyword search that needs a number close by has to look.
fn near_groups(groups: &[Group], n: usize, before: usize, after: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for g in groups {
        let (s, e) = (g.start.saturating_sub(before), (g.end + after).min(n));
        match out.last_mut() {
            Some(last) if last.1 >= s => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Where a sentence says at which house someone is (`Ik sta voor de deur aan de Ravelijn
/// 30-3.`, `bij je voordeur op de Achterom 84-12.`, `de woning aan de Kouter 7,`): `aan`/`op`
/// and `de`/`het`, one to three capitalised words and a house number with its addition, then
/// the sentence or clause ends. Not a year (`op de Beurs 2026.`), a weekday or month, a
/// product's model (`op de Tesla Model 3.`, `op de Dell Latitude 5440.`), nor a number a word
/// follows (`op de Veluwe 3 dagen`).
fn streets_after_prepositions(text: &str, groups: &[Group]) -> Vec<(usize, usize)> {
    const PREPS: [&str; 4] = [" aan de ", " op de ", " aan het ", " op het "];
    let b = text.as_bytes();
    let mut out = Vec::new();
    for g in groups {
        let gs = g.start;
        // Right after a word and a space (most numbers follow a colon, a sign or a digit).
        if g.dot
            || gs < 4
            || b[gs - 1] != b' '
            || !(b[gs - 2].is_ascii_alphabetic() || b[gs - 2] >= 0x80)
        {
            continue;
        }
        // The house number and its addition, then an end of the clause.
        let digits = b[gs..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=4).contains(&digits) {
            continue;
        }
        let mut e = gs + digits;
        let year = digits == 4 && matches!(&b[gs..gs + 2], b"19" | b"20");
        if year {
            continue;
        }
        let rest = &text[e..];
        let addition = [
            "-hs", "-HS", "-bis", "-III", "-II", "-IV", "-I", "-H", " hs", " bis", " huis",
        ]
        .iter()
        .find(|a| rest.starts_with(**a))
        .map(|a| a.len())
        .or_else(|| {
            // `-3`, `-12`, `-2a`, or a letter glued on (`30c`, `38A`).
            let r = rest.as_bytes();
            if r.first() == Some(&b'-') {
                let n = r[1..].iter().take_while(|c| c.is_ascii_digit()).count();
                ((1..=4).contains(&n))
                    .then(|| 1 + n + usize::from(r.get(1 + n).is_some_and(u8::is_ascii_alphabetic)))
            } else {
                r.first().is_some_and(u8::is_ascii_alphabetic).then_some(1)
            }
        })
        .unwrap_or(0);
        e += addition;
        let ends = match b.get(e) {
            // (Not the decimals of an amount: `op de API EUR 166,50`.)
            Some(b'.' | b',') => !b.get(e + 1).is_some_and(u8::is_ascii_digit),
            None | Some(b'\n' | b'\r' | b'!' | b'?' | b')' | b'"' | b';') => true,
            Some(b' ') => b.get(e + 1) == Some(&b'('),
            _ => false,
        };
        // (A model's number has four digits more often than a house: `Latitude 5440`.)
        if !ends || (digits == 4 && addition == 0) {
            continue;
        }
        // The words before the number, back to the preposition.
        let head = window_before(text, gs - 1, 64);
        let Some((k, prep)) = PREPS
            .iter()
            .filter_map(|p| head.rfind(p).map(|k| (k, p)))
            .max_by_key(|&(k, _)| k)
        else {
            continue;
        };
        let name = &head[k + prep.len()..];
        let words: Vec<&str> = name.split(' ').collect();
        let ok = (1..=3).contains(&words.len()) && words.iter().all(|w| street_name_word(w));
        if ok {
            let start = gs - 1 - name.len();
            out.push((start, e));
        }
    }
    out
}

/// True when `w` may be a word of a street's name before its house number: capitalised, not
/// an abbreviation in capitals (`API`, `EUR`), no month or weekday, nor a word that numbers a
/// version, page or model (`Latitude 5440`, `Week 12`).
fn street_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().skip(1).any(char::is_lowercase)
        && w.chars().count() >= 2
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && !MONTHS.split('|').any(|m| m.eq_ignore_ascii_case(w))
        && !crate::blocks::WEEKDAYS
            .iter()
            .chain(&[
                "week", "versie", "pagina", "stap", "fase", "model", "serie", "series", "type",
                "pro", "max", "plus", "mini", "air", "ultra", "order", "factuur", "dossier",
                "ticket", "klant", "artikel", "hoofdstuk", "bijlage", "polis", "contract",
                "project", "offerte", "referentie", "ref", "kamer", "lid",
            ])
            .any(|d| d.eq_ignore_ascii_case(w))
        // (`Klantnummer 70315`, `Ordernr 4411`.)
        && !["nummer", "nr", "nr."]
            .iter()
            .any(|x| {
                w.len() > x.len()
                    && w
                        .get(w.len() - x.len()..)
                        .is_some_and(|t| t.eq_ignore_ascii_case(x))
            })
}

/// The starts of the needle of `f` that lie wholly within one of `windows` (sorted, apart), in
/// order.
fn find_near(f: &memchr::memmem::Finder<'_>, b: &[u8], windows: &[(usize, usize)]) -> Vec<usize> {
    windows
        .iter()
        .flat_map(|&(s, e)| f.find_iter(&b[s..e]).map(move |k| s + k))
        .collect()
}

/// Spaces and colons read between `postcode` and its digits.
const POSTCODE_GAP: usize = 32;

fn is_sep(c: u8) -> bool {
    matches!(
        c,
        b' ' | b'\t' | b'\n' | b'\r' | b'.' | b',' | b'-' | b'/' | b'(' | b')'
    )
}

/// What a table's column holds, by its header.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Column {
    BirthDate,
    Bsn,
    Password,
    /// A form's question that asks for one (`Kies een wachtwoord voor de app`).
    AskedPassword,
    Plate,
    /// A street and a house number (`| Klant | Adres |`).
    Address,
    /// A person (`Klant`, `Gast`, `Patiënt`; `Naam` beside a column of contact details).
    Person,
}

/// Header cells that name what their column holds.
const COLUMN_HEADERS: &[(&str, Column)] = &[
    ("geboortedatum", Column::BirthDate),
    ("geb.datum", Column::BirthDate),
    ("geb. datum", Column::BirthDate),
    ("geboren", Column::BirthDate),
    ("dob", Column::BirthDate),
    ("date of birth", Column::BirthDate),
    ("birthdate", Column::BirthDate),
    ("birth date", Column::BirthDate),
    ("geboortedag", Column::BirthDate),
    ("bsn", Column::Bsn),
    ("bsn-nummer", Column::Bsn),
    ("bsn nummer", Column::Bsn),
    ("burgerservicenummer", Column::Bsn),
    ("sofinummer", Column::Bsn),
    ("wachtwoord", Column::Password),
    ("password", Column::Password),
    ("passwd", Column::Password),
    ("psw", Column::Password),
    ("pincode", Column::Password),
    ("pin", Column::Password),
    ("ww", Column::Password),
    ("kenteken", Column::Plate),
    ("nummerplaat", Column::Plate),
    ("license plate", Column::Plate),
    ("licence plate", Column::Plate),
    ("registration", Column::Plate),
    ("adres", Column::Address),
    ("address", Column::Address),
    ("straat", Column::Address),
    ("straat + huisnummer", Column::Address),
    ("straat en huisnummer", Column::Address),
    ("woonadres", Column::Address),
    ("bezoekadres", Column::Address),
    ("afleveradres", Column::Address),
    ("leveradres", Column::Address),
    ("bezorgadres", Column::Address),
    ("postadres", Column::Address),
    ("huisadres", Column::Address),
    ("street", Column::Address),
    ("street address", Column::Address),
    ("home address", Column::Address),
    ("delivery address", Column::Address),
    ("klant", Column::Person),
    ("klantnaam", Column::Person),
    ("naam klant", Column::Person),
    ("contactpersoon", Column::Person),
    ("gast", Column::Person),
    ("naam gast", Column::Person),
    ("patiënt", Column::Person),
    ("patient", Column::Person),
    ("cliënt", Column::Person),
    ("client", Column::Person),
    ("leerling", Column::Person),
    ("deelnemer", Column::Person),
    ("huurder", Column::Person),
    ("bewoner", Column::Person),
    ("medewerker", Column::Person),
    ("customer", Column::Person),
    ("guest", Column::Person),
];

/// Header cells of contact details: beside one, a `Naam` column holds people, not products.
const CONTACT_HEADERS: &[&str] = &[
    "telefoon",
    "tel",
    "tel.",
    "mobiel",
    "gsm",
    "e-mail",
    "email",
    "mail",
    "adres",
    "geboortedatum",
    "geb.datum",
    "bsn",
    "phone",
    "address",
];

/// The cells of a table's rows under a header that names what they hold (`naam,bsn,
/// geboortedatum`, `| Systeem | Gebruiker | Wachtwoord |`): the spans of the values that look
/// the part (a date, an 11-proef number, a word without spaces, a plate).
fn typed_columns(text: &str) -> Vec<(usize, usize, Column)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    if memchr::memchr(b'\n', b).is_none() {
        return out;
    }
    let delim_of = |line: &[u8]| {
        [b'\t', b'|', b';', b',']
            .into_iter()
            .map(|d| (memchr::memchr_iter(d, line).count(), d))
            .filter(|&(n, _)| n >= 1)
            .max()
            .map(|(_, d)| d)
    };
    // Cells of `line` (starting at `at` in the text) split at `d`: (start, end) trimmed.
    let cells = |at: usize, line: &[u8], d: u8| -> Vec<(usize, usize)> {
        let mut v = Vec::new();
        let mut s = 0;
        for e in memchr::memchr_iter(d, line).chain(std::iter::once(line.len())) {
            let mut cs = s;
            let mut ce = e;
            while cs < ce && matches!(line[cs], b' ' | b'"' | b'\'' | b'*') {
                cs += 1;
            }
            while ce > cs && matches!(line[ce - 1], b' ' | b'"' | b'\'' | b'*' | b'\r') {
                ce -= 1;
            }
            v.push((at + cs, at + ce));
            s = e + 1;
        }
        v
    };
    let mut header: Option<(u8, Vec<(usize, Column)>)> = None;
    let mut start = 0;
    for nl in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        let line = &b[start..nl];
        let at = start;
        start = nl + 1;
        if let Some((d, cols)) = &header {
            if line.iter().all(|c| c.is_ascii_whitespace()) || memchr::memchr(*d, line).is_none() {
                header = None;
            } else {
                let row = cells(at, line, *d);
                for &(k, kind) in cols {
                    let Some(&(cs, ce)) = row.get(k) else {
                        continue;
                    };
                    let Some(v) = text.get(cs..ce) else {
                        continue;
                    };
                    if column_value(v, kind) {
                        // An address cell may go on with the postcode and place after a comma:
                        // those are found on their own.
                        let ce = match kind {
                            Column::Address => v.find(',').map_or(ce, |k| cs + k),
                            _ => ce,
                        };
                        out.push((cs, ce, kind));
                    }
                }
                continue;
            }
        }
        if line.len() > 200 {
            continue;
        }
        let Some(d) = delim_of(line) else {
            continue;
        };
        let mut cols = Vec::new();
        let heads = cells(at, line, d);
        let contact = heads.iter().any(|&(cs, ce)| {
            CONTACT_HEADERS
                .iter()
                .any(|h| b[cs..ce].eq_ignore_ascii_case(h.as_bytes()))
        });
        for (k, &(cs, ce)) in heads.iter().enumerate() {
            let cell = &b[cs..ce];
            if let Some(&(_, kind)) = COLUMN_HEADERS
                .iter()
                .find(|(h, _)| cell.eq_ignore_ascii_case(h.as_bytes()))
            {
                cols.push((k, kind));
            } else if contact
                && (cell.eq_ignore_ascii_case(b"naam") || cell.eq_ignore_ascii_case(b"name"))
            {
                cols.push((k, Column::Person));
            } else if asks_password(cell) {
                cols.push((k, Column::AskedPassword));
            }
        }
        if !cols.is_empty() {
            header = Some((d, cols));
        }
    }
    out
}

/// True for a header cell that asks for a password in a few words, as a form's export heads
/// its columns with the questions (`Kies een wachtwoord voor de rooster-app`).
fn asks_password(cell: &[u8]) -> bool {
    let words = || {
        cell.split(|c| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
    };
    cell.len() <= 80
        && words().count() <= 10
        && words().any(|w| {
            [&b"wachtwoord"[..], b"password", b"paswoord"]
                .iter()
                .any(|k| w.eq_ignore_ascii_case(k))
        })
}

/// True when `v` looks like what its column holds.
fn column_value(v: &str, kind: Column) -> bool {
    let digits = v.bytes().filter(u8::is_ascii_digit).count();
    match kind {
        Column::BirthDate => {
            v.len() <= 24
                && digits >= 4
                && v.bytes().any(|c| matches!(c, b'-' | b'/' | b'.' | b' '))
        }
        Column::Bsn => (8..=9).contains(&digits) && v.len() <= 11 && checks::bsn_valid(v),
        // Answers to a question may be words (`ja`, `akkoord`): only a value that is no
        // ordinary word is the password asked for.
        Column::AskedPassword => {
            column_value(v, Column::Password)
                && !crate::lexicon::is_ordinary(v)
                && v.bytes().any(|c| !c.is_ascii_lowercase())
        }
        Column::Password => {
            v.chars().count() >= 4
                && !v.contains(' ')
                && !PLACEHOLDER_VALUES
                    .iter()
                    .any(|p| v.to_ascii_lowercase().contains(p))
                && !matches!(v, "-" | "n.v.t." | "nvt" | "???")
        }
        Column::Plate => {
            let alnum: Vec<u8> = v.bytes().filter(u8::is_ascii_alphanumeric).collect();
            alnum.len() == 6
                && digits >= 1
                && alnum.iter().any(u8::is_ascii_alphabetic)
                && v.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
        }
        // A street and a house number: a capitalised word first, a number after it
        // (`Schoolhoven 16-H`, `Kouter 37, Gent`); no amount, mail address or time.
        // One to four words, each capitalised or a tussenvoegsel (`De Wit`, `Griffioen`,
        // `van der Berg, Anna`); no word that says the cell is empty or sums up.
        Column::Person => {
            const NOT_NAMES: &[&str] = &[
                "totaal", "geen", "onbekend", "leeg", "vrij", "nvt", "n.v.t.", "idem", "diversen",
                "nieuw", "anoniem", "gesloten", "pauze", "ja", "nee",
            ];
            let words: Vec<&str> = v.split([' ', ',']).filter(|w| !w.is_empty()).collect();
            (1..=4).contains(&words.len())
                && v.len() <= 48
                && words[0].chars().next().is_some_and(char::is_alphabetic)
                && words.iter().all(|w| {
                    w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                        && (w.chars().next().is_some_and(char::is_uppercase)
                            || crate::lexicon::lexicon().flags(w, &mut String::new())
                                & crate::lexicon::TV
                                != 0)
                })
                && !(words.len() == 1 && NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(v)))
                && !MONTHS.split('|').any(|m| m.eq_ignore_ascii_case(words[0]))
                && !crate::blocks::WEEKDAYS
                    .iter()
                    .any(|d| d.eq_ignore_ascii_case(words[0]))
        }
        Column::Address => {
            let mut words = v.split([' ', ',']).filter(|w| !w.is_empty());
            let first = words.next().unwrap_or("");
            v.len() <= 64
                && first.chars().next().is_some_and(char::is_uppercase)
                && first
                    .chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                && words.any(|w| w.len() <= 6 && w.starts_with(|c: char| c.is_ascii_digit()))
                && !v.contains(['€', '@', ':'])
        }
    }
}

/// Values of a configuration key that stand in for the real one.
const PLACEHOLDER_VALUES: &[&str] = &[
    "changeme",
    "change-me",
    "change_me",
    "your-",
    "your_",
    "jouw-",
    "jouw_",
    "example",
    "voorbeeld",
    "placeholder",
    "dummy",
    "invullen",
    "fill-in",
    "zelf-in",
    "zelf_in",
    "todo",
    "replace",
];

/// True when `v` names a variable that holds the value instead of giving it: `$DB_PASS`,
/// `${SECRET}`, `$(cat pw.txt)`, `$dbpass`, `$dbPassword`, `%APPDATA%`, `%(password)s`. A
/// value that only starts with `$` or `%` (`$XGz9nKbJHmGE%`, `$r17YEHYPqY`: capitals, small
/// letters and digits mixed as no one names a variable) is given.
fn variable_reference(v: &str) -> bool {
    let ident = |s: &str| {
        let has = |f: fn(&u8) -> bool| s.bytes().any(|c| f(&c));
        !s.is_empty()
            && s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
            && !(has(u8::is_ascii_lowercase)
                && has(u8::is_ascii_uppercase)
                && has(u8::is_ascii_digit))
    };
    if let Some(rest) = v.strip_prefix('$') {
        return rest.is_empty() || rest.starts_with(['{', '(']) || ident(rest);
    }
    if let Some(rest) = v.strip_prefix('%') {
        return rest.is_empty()
            || rest.starts_with('(')
            || ident(rest.strip_suffix('%').unwrap_or(rest));
    }
    false
}

/// The password a command line or a connection string hands over at `at`, where
/// [`password_kw_at`] found its start: `net user jan W3lkom!2 /add` (the second word after
/// `net user`), `mysqldump -u app -p'…'` (quoted and glued to its flag) and the `P:` field of
/// a wifi QR code's text (`WIFI:T:WPA;S:Gasten;P:…;;`), and SQL's `IDENTIFIED BY '…'`.
fn command_password(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let head = b.get(at..(at + 9).min(b.len()))?;
    let line_end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |k| at + k);
    let plain = |s: usize, e: usize| {
        let v = text.get(s..e)?;
        let lower = v.to_ascii_lowercase();
        let reference =
            variable_reference(v) || v.starts_with(['<', '{', '[', '*', '/']) || stand_in(&lower);
        (v.chars().count() >= 4 && !reference).then_some((s, e))
    };
    if head.eq_ignore_ascii_case(b"net user ") {
        // The account's name, then the password (not a switch such as `/delete`).
        let token = |from: usize| {
            let s = from + b[from..line_end].iter().take_while(|&&c| c == b' ').count();
            let e = s + b[s..line_end]
                .iter()
                .take_while(|c| !c.is_ascii_whitespace())
                .count();
            (s, e)
        };
        let (_, user_end) = token(at + 9);
        let (s, e) = token(user_end);
        return if user_end > at + 9 && e > s {
            plain(s, e)
        } else {
            None
        };
    }
    if head.len() >= 2 && head[0] == b'p' && matches!(head[1], b'\'' | b'"') {
        // `-p'…'` after a space: a flag, not a word that happens to hold `p'`.
        let flag = at >= 2 && b[at - 1] == b'-' && b[at - 2] == b' ';
        let s = at + 2;
        let close = memchr::memchr(head[1], &b[s..line_end])? + s;
        return if flag { plain(s, close) } else { None };
    }
    if b.get(at..at + 14)
        .is_some_and(|h| h.eq_ignore_ascii_case(b"identified by "))
    {
        // The quoted password of an SQL account.
        let q = *b.get(at + 14).filter(|&&q| matches!(q, b'\'' | b'"'))?;
        let s = at + 15;
        let close = memchr::memchr(q, &b[s..line_end])? + s;
        return plain(s, close);
    }
    if head.len() >= 5 && head[..5].eq_ignore_ascii_case(b"wifi:") {
        // Fields `T:…;S:…;P:…;` up to `;;`; a `\;` inside a value is an escaped `;`.
        let mut k = at + 5;
        while k < line_end {
            let mut e = k;
            while e < line_end && b[e] != b';' {
                e += if b[e] == b'\\' { 2 } else { 1 };
            }
            let e = e.min(line_end);
            if b.get(k..k + 2)
                .is_some_and(|f| f.eq_ignore_ascii_case(b"p:"))
            {
                return plain(k + 2, e);
            }
            k = e + 1;
        }
    }
    None
}

/// The word after `password 0` or `secret 7` (a space, then the value up to the next
/// whitespace), `at` being just past the type digit.
fn typed_value(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b' ') {
        return None;
    }
    let s = at + 1;
    let e = s + b[s..]
        .iter()
        .take_while(|c| !c.is_ascii_whitespace())
        .count();
    (e - s >= 4).then_some((s, e))
}

/// The values of a router configuration's `secret 0 …` / `secret 7 …` lines (`enable secret
/// 0 …`, `username beheer secret 0 …`). Only read in a text that has `password 0 …`.
fn typed_secrets(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for needle in [&b"secret 0"[..], b"secret 7"] {
        for k in memchr::memmem::find_iter(text.as_bytes(), needle) {
            if let Some(v) = typed_value(text, k + needle.len()) {
                out.push(v);
            }
        }
    }
    out
}

/// True when `v` is a host name (`mail.eu-west-1.rds.amazonaws.com`): labels between dots,
/// the last a short word of letters. A key is one random run (a JWT's parts are long).
fn host_name(v: &str) -> bool {
    let labels = v.split('.').count();
    let tld = v.rsplit('.').next().unwrap_or("");
    labels >= 3 && (2..=6).contains(&tld.len()) && tld.bytes().all(|c| c.is_ascii_lowercase())
}

/// The span of a password or key given in the text (after its keyword, in a configuration,
/// a command or a table): ranked below a provider's key pattern, above everything else.
fn given_secret(start: usize, end: usize) -> Span {
    Span {
        start,
        end,
        kind: EntityKind::Secret,
        prio: 98,
    }
}

/// True when a value is code that fetches the secret, not the secret itself:
/// `os.environ["DB_PASSWORD"]`, `get_secret("db-password")`, `os.getenv(`.
fn code_expression(value: &str) -> bool {
    let b = value.as_bytes();
    let name = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.'))
        .count();
    name >= 3
        && b[0].is_ascii_alphabetic()
        && matches!(b.get(name), Some(b'(' | b'['))
        && matches!(b.get(name + 1), None | Some(b'"' | b'\'' | b')' | b']'))
}

/// The first two bytes (lowercased) of every keyword [`password_kw_at`] knows, one bit per
/// pair: by the low five bits of each, which for letters and the quotes of `p'`/`p"` differ.
const KW_PAIRS: [u32; 32] = {
    const PAIRS: [&[u8; 2]; 14] = [
        b"wa", b"ww", b"wp", b"pa", b"pw", b"ps", b"pi", b"in", b"to", b"ne", b"wi", b"p'", b"p\"",
        b"id",
    ];
    let mut t = [0u32; 32];
    let mut i = 0;
    while i < PAIRS.len() {
        let [a, b] = *PAIRS[i];
        t[(a & 31) as usize] |= 1 << (b & 31);
        i += 1;
    }
    t
};

/// True when a password keyword (`wachtwoord`, `pw`, `ww`, `pass...`, `pincode`,
/// `netwerksleutel`), or a command that takes a password (`net user`, `-p'…'`), starts at `i`; a keyword glued to a letter before it is rejected later.
/// Called at every word start of the text, so the first two letters pick the keywords to
/// compare.
#[inline(always)]
fn password_kw_at(b: &[u8], i: usize) -> bool {
    let (Some(&d), Some(&e)) = (b.get(i), b.get(i + 1)) else {
        return false;
    };
    // Most words start with two letters no keyword starts with: one table bit says so.
    let pair = [d | 0x20, e | 0x20];
    if KW_PAIRS[usize::from(pair[0] & 31)] >> (pair[1] & 31) & 1 == 0 {
        return false;
    }
    let candidates: &[&[u8]] = match &pair {
        // (Also typed with a letter missing: `wachtoord`, `wachwoord`.)
        b"wa" => &[b"wachtw", b"wachtzin", b"wachtoord", b"wachwoord"],
        b"ww" => &[b"ww"],
        b"wp" => &[b"wpa"],
        b"pa" => &[b"pass", b"paswo"],
        b"pw" => &[b"pw"],
        b"ps" => &[b"psw"],
        b"pi" => &[b"pincode"],
        b"in" => &[b"inlog"],
        b"to" => &[b"toegangscode"],
        b"ne" => &[b"netwerksleutel", b"net user "],
        b"wi" => &[b"wifi", b"wi-fi"],
        // `mysqldump -u app -p'…'`: the password glued to its flag, quoted.
        b"p'" => &[b"p'"],
        b"p\"" => &[b"p\""],
        // SQL's `CREATE USER … IDENTIFIED BY '…'`.
        b"id" => &[b"identified by '", b"identified by \""],
        _ => return false,
    };
    let tail = &b[i..b.len().min(i + 16)];
    candidates
        .iter()
        .any(|kw| tail.len() >= kw.len() && tail[..kw.len()].eq_ignore_ascii_case(kw))
}

/// Skips ordinary prose, lowercase letters and spaces, eight bytes at a time, from the space
/// at `i`. Nothing there can belong to a number, an address, a key or a digit group; only a
/// password keyword at a word start matters, and those are noted (for the words that end in
/// the skipped part). Returns the last space passed, where the byte-wise scan resumes with a
/// clean state (`i` itself when nothing could be skipped).
fn skip_prose(b: &[u8], i: usize, password_at: &mut Vec<usize>) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut resume = i;
    let mut p = i;
    // A keyword start in the word still open at the end of the skipped part.
    let mut pending: Option<usize> = None;
    let mut prev_space = false;
    while let Some(chunk) = b.get(p..p + 8) {
        let Some(space) = crate::prose_spaces(chunk) else {
            break;
        };
        let lower = !space & HIGH;
        // Word starts: a letter after a space (the byte before the chunk for the first one).
        let mut starts = lower & ((space << 8) | if prev_space { 0x80 } else { 0 });
        let last_space = (space != 0).then(|| p + 7 - (space.leading_zeros() / 8) as usize);
        if last_space.is_some() {
            if let Some(q) = pending.take() {
                password_at.push(q);
            }
        }
        while starts != 0 {
            let q = p + (starts.trailing_zeros() / 8) as usize;
            starts &= starts - 1;
            if password_kw_at(b, q) {
                match last_space {
                    Some(l) if q < l => password_at.push(q),
                    _ => pending = Some(q),
                }
            }
        }
        if let Some(l) = last_space {
            resume = l;
        }
        prev_space = space >> 63 != 0;
        p += 8;
    }
    resume
}

impl Scan {
    fn of(text: &str) -> Scan {
        let b = text.as_bytes();
        let n = b.len();
        let mut s = Scan {
            groups: Vec::new(),
            at_windows: Vec::new(),
            secret_runs: Vec::new(),
            cue_runs: Vec::new(),
            password_at: Vec::new(),
            config_at: Vec::new(),
            short_mixed: Vec::new(),
        };
        let mut i = 0;
        while i < n {
            let c = b[i];
            if is_token_byte(c) {
                // A token run: digits inside it form groups, its start may be a password word.
                let rs = i;
                // A quoted key (`'api_key' => …`, `"password": …`), an XML element's name
                // (`<Pass>…</Pass>`) or a KeePass entry's key (`<Key>Password</Key>`).
                if rs > 0
                    && matches!(b[rs - 1], b'\'' | b'"' | b'<' | b'>')
                    && config_kw_at(b, rs).is_some()
                {
                    s.config_at.push(rs);
                }
                let mut mixed = false;
                let mut has_d = false;
                let mut has_l = false;
                while i < n && is_token_byte(b[i]) {
                    let d = b[i];
                    if d.is_ascii_digit() {
                        has_d = true;
                        i = s.group_at(b, i);
                        mixed = true;
                        continue;
                    }
                    if d.is_ascii_alphabetic() {
                        has_l = true;
                        let word_start = i == 0 || CLASS[b[i - 1] as usize] & WORD == 0;
                        if word_start && password_kw_at(b, i) {
                            s.password_at.push(i);
                        }
                    } else if matches!(d, b'_' | b'.' | b'-') && config_kw_at(b, i + 1).is_some() {
                        s.config_at.push(i + 1);
                    }
                    // A camelCase key in quotes (`"afasToken"`, `"clientSecret"`).
                    if d.is_ascii_uppercase()
                        && i > rs
                        && b[i - 1].is_ascii_lowercase()
                        && b[rs.saturating_sub(1)] == b'"'
                        && config_kw_at(b, i).is_some()
                    {
                        s.config_at.push(i);
                    }
                    // Every provider key pattern holds a capital, digit or `_-+=/` after its
                    // first byte; a long word with a full stop (`personeelszaken.`) is no key.
                    if i > rs && !d.is_ascii_lowercase() && d != b'.' {
                        mixed = true;
                    }
                    i += 1;
                    if d.is_ascii_alphabetic() {
                        // The lowercase letters that follow are no word start and change
                        // nothing: skip them in one go.
                        i = crate::skip_lowercase(b, i);
                    }
                }
                // A group may have run past the token (over spaces); the run ends where the
                // token bytes end.
                let re = i.min(n);
                let len = re - rs;
                if len >= 15 && mixed {
                    s.secret_runs.push((rs, re));
                }
                if len >= 24 && has_d && has_l {
                    s.cue_runs.push((rs.saturating_sub(64), re));
                }
                if (6..=9).contains(&len) && has_d && has_l {
                    s.short_mixed.push(rs);
                }
            } else if c.is_ascii_digit() {
                i = s.group_at(b, i);
            } else if c == b' ' {
                // Ordinary prose goes eight bytes at a time.
                i = skip_prose(b, i, &mut s.password_at) + 1;
            } else {
                if c == b'@' && s.at_windows.last().is_none_or(|w| w.1 <= i) {
                    // An address holds no whitespace: the window is the whole token.
                    let ws = snap(text, i, usize::MAX, false);
                    let we = snap(text, i + 1, usize::MAX, true);
                    match s.at_windows.last_mut() {
                        Some(last) if last.1 >= ws => last.1 = last.1.max(we),
                        _ => s.at_windows.push((ws, we)),
                    }
                }
                i += 1;
            }
        }
        // Runs of one key-like token must not overlap once snapped.
        s.secret_runs = merge(text, s.secret_runs);
        s.cue_runs = merge(text, s.cue_runs);
        s
    }

    /// Reads the digit group starting at `i` (or continues the last one), returns the index
    /// just past its last digit.
    fn group_at(&mut self, b: &[u8], i: usize) -> usize {
        if let Some(g) = self.groups.last() {
            if g.end > i {
                // Already part of the last group (a token run re-entered it).
                return g.end;
            }
        }
        let n = b.len();
        let mut g = Group {
            start: i,
            end: i,
            digits: 0,
            last_run: i,
            dot: false,
            dash: false,
        };
        let mut j = i;
        loop {
            g.last_run = j;
            while j < n && b[j].is_ascii_digit() {
                j += 1;
                g.digits += 1;
            }
            g.end = j;
            // Up to four separator bytes, then another digit, continue the group.
            let mut k = j;
            while k < n && k < j + 4 && is_sep(b[k]) {
                k += 1;
            }
            if k > j && k < n && b[k].is_ascii_digit() {
                let sep = &b[j..k];
                g.dot |= sep.contains(&b'.');
                g.dash |= sep.contains(&b'-');
                j = k;
            } else {
                break;
            }
        }
        self.groups.push(g);
        g.end
    }
}

/// Sorts and merges windows that are already snapped, whatever the text's length.
fn merge_all(text: &str, w: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    merge_with(w, |s, e| (s, e.min(text.len())))
}

/// Sorts, snaps to whitespace and merges windows.
fn merge(text: &str, mut w: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    if w.is_empty() {
        return w;
    }
    // Short texts: one pass over the whole text is cheaper than several windows.
    if text.len() <= 512 {
        w.clear();
        w.push((0, text.len()));
        return w;
    }
    merge_with(w, |s, e| (snap_back(text, s), snap_fwd(text, e)))
}

/// Sorts the windows, moves each with `adjust`, and merges those that touch, in place.
fn merge_with(
    mut w: Vec<(usize, usize)>,
    adjust: impl Fn(usize, usize) -> (usize, usize),
) -> Vec<(usize, usize)> {
    w.sort_unstable();
    // `k` windows are kept, each made of those before `j`.
    let mut k = 0;
    for j in 0..w.len() {
        let (s, e) = adjust(w[j].0, w[j].1);
        if k > 0 && w[k - 1].1 >= s {
            w[k - 1].1 = w[k - 1].1.max(e);
        } else {
            w[k] = (s, e);
            k += 1;
        }
    }
    w.truncate(k);
    w
}

/// Moves `i` back to just after ASCII whitespace (at most 64 bytes), onto a char boundary.
fn snap_back(text: &str, i: usize) -> usize {
    snap(text, i, 64, false)
}

/// Moves `i` forward to ASCII whitespace (at most 64 bytes), onto a char boundary.
fn snap_fwd(text: &str, i: usize) -> usize {
    snap(text, i, 64, true)
}

/// Moves `i` to the nearest ASCII whitespace (just after it going back, onto it going
/// forward), at most `limit` bytes, and then onto a char boundary.
fn snap(text: &str, i: usize, limit: usize, forward: bool) -> usize {
    let b = text.as_bytes();
    let mut p = i.min(b.len());
    if forward {
        let ceil = p.saturating_add(limit).min(b.len());
        while p < ceil && !b[p].is_ascii_whitespace() {
            p += 1;
        }
        while p < b.len() && !text.is_char_boundary(p) {
            p += 1;
        }
    } else {
        let floor = p.saturating_sub(limit);
        while p > floor && !b[p - 1].is_ascii_whitespace() {
            p -= 1;
        }
        while p > 0 && !text.is_char_boundary(p) {
            p -= 1;
        }
    }
    p
}

fn ends_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.len() >= needle.len() && hay[hay.len() - needle.len()..].eq_ignore_ascii_case(needle)
}

/// Street suffixes of `STREET_SUFFIX`, for the cheap test before the street regex runs.
const STREET_ENDS: &[&[u8]] = &[
    b"straat",
    b"laan",
    b"weg",
    b"plein",
    b"hof",
    b"dreef",
    b"singel",
    b"pad",
    b"baan",
    b"ring",
    b"kade",
    b"gracht",
    b"dijk",
    b"steeg",
    b"park",
    b"plantsoen",
    b"markt",
    b"erf",
    b"veld",
    b"dam",
    b"dal",
    b"burg",
    b"haven",
    b"wal",
    b"allee",
    b"boulevard",
    b"hoek",
    b"poort",
    b"zijde",
    b"kwartier",
    b"wijk",
    b"akker",
    b"gaarde",
    b"horst",
    b"donk",
    b"hoeve",
    b"oord",
    b"rade",
    b"vliet",
    b"vaart",
    b"stede",
    b"lei",
    b"heuvel",
    b"berg",
    b"bos",
    b"tuin",
    b"wei",
    b"weide",
    b"kamp",
    b"brink",
    b"loop",
    b"diep",
    b"gang",
    // German and Frisian streets, Flemish quays.
    b"stra\xc3\x9fe",
    b"strasse",
    b"gasse",
    b"platz",
    b"strjitte",
    b"leane",
    b"dyk",
    b"paad",
    b"kaai",
    b"buorren",
    b"wyk",
    b"lint",
    b"oost",
    b"west",
    b"noord",
    b"zuid",
];

/// True when `word` ends in one of [`STREET_ENDS`], ASCII case-insensitive. The suffixes are
/// kept by their last byte, so a word is compared with the few that end like it (there are
/// sixty-odd, and every number after a word asks).
fn ends_in_street_word(word: &[u8]) -> bool {
    static BY_LAST: LazyLock<[Vec<&'static [u8]>; 256]> = LazyLock::new(|| {
        let mut t: [Vec<&'static [u8]>; 256] = std::array::from_fn(|_| Vec::new());
        for s in STREET_ENDS {
            if let Some(&last) = s.last() {
                t[usize::from(last.to_ascii_lowercase())].push(s);
            }
        }
        t
    });
    let Some(&last) = word.last() else {
        return false;
    };
    BY_LAST[usize::from(last.to_ascii_lowercase())]
        .iter()
        .any(|s| ends_with_ci(word, s))
}

/// Per detector, the windows of the text where it can match.
struct Windows {
    amount: Vec<(usize, usize)>,
    iban: Vec<(usize, usize)>,
    btw: Vec<(usize, usize)>,
    card: Vec<(usize, usize)>,
    bsn: Vec<(usize, usize)>,
    phone: Vec<(usize, usize)>,
    ipv4: Vec<(usize, usize)>,
    postcode: Vec<(usize, usize)>,
    street: Vec<(usize, usize)>,
    street_lead: Vec<(usize, usize)>,
    plate: Vec<(usize, usize)>,
    /// Per cue family, in text order, the windows around its gate words inside the wide
    /// windows around the numbers.
    cue: [Vec<(usize, usize)>; 4],
}

impl Windows {
    fn new(text: &str, groups: &[Group]) -> Windows {
        let b = text.as_bytes();
        let n = b.len();
        let mut w = Windows {
            amount: Vec::new(),
            iban: Vec::new(),
            btw: Vec::new(),
            card: Vec::new(),
            bsn: Vec::new(),
            phone: Vec::new(),
            ipv4: Vec::new(),
            postcode: Vec::new(),
            street: Vec::new(),
            street_lead: Vec::new(),
            plate: Vec::new(),
            cue: Default::default(),
        };
        let mut wide = Vec::with_capacity(groups.len());
        for g in groups {
            let (gs, ge) = (g.start, g.end);
            let back = |k: usize| gs.saturating_sub(k);
            let fwd = |k: usize| (ge + k).min(n);
            wide.push((back(200), fwd(64)));
            // Amount: a currency sign or word before, or euro/% after.
            let mut k = gs;
            while k > 0 && gs - k < 4 && matches!(b[k - 1], b' ' | b'\t' | b'-' | 0xC2 | 0xA0) {
                k -= 1;
            }
            let pre = &b[k.saturating_sub(3)..k];
            let mut a = ge;
            while a < n && a - ge < 6 && !b[a].is_ascii_alphanumeric() && b[a] != b'%' {
                a += 1;
            }
            let post = &b[a..(a + 3).min(n)];
            if pre.ends_with("€".as_bytes())
                || ends_with_ci(pre, b"eur")
                || post.first() == Some(&b'%')
                || (post.len() == 3 && post.eq_ignore_ascii_case(b"eur"))
            {
                w.amount.push((back(8), fwd(8)));
            }
            let letters_before =
                gs >= 2 && b[gs - 1].is_ascii_alphabetic() && b[gs - 2].is_ascii_alphabetic();
            if letters_before {
                w.iban.push((back(2), fwd(48)));
            }
            let vat = |cc: &[u8; 2]| {
                (letters_before && b[gs - 2..gs].eq_ignore_ascii_case(cc))
                    || (gs >= 3 && b[gs - 3..gs - 1].eq_ignore_ascii_case(cc) && b[gs - 1] == b' ')
            };
            if vat(b"nl") || vat(b"be") {
                w.btw.push((back(3), fwd(8)));
            }
            if g.digits >= 13 {
                w.card.push((gs, ge));
            }
            if g.digits >= 8 {
                w.bsn.push((gs, ge));
                w.phone.push((back(8), ge));
            }
            if g.dot && g.digits >= 4 {
                w.ipv4.push((gs, ge));
            }
            if ge - g.last_run == 4
                && (b.get(ge).is_some_and(u8::is_ascii_uppercase)
                    || (b.get(ge) == Some(&b' ')
                        && b.get(ge + 1).is_some_and(u8::is_ascii_uppercase)))
            {
                w.postcode.push((g.last_run, fwd(4)));
            }
            // Street: `<...suffix> 12`, the number perhaps on the next line.
            let mut k = gs;
            while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
                k -= 1;
            }
            if k > 0 && b[k - 1] == b'\n' {
                k -= 1;
                while k > 0 && matches!(b[k - 1], b' ' | b'\t' | b'\r') {
                    k -= 1;
                }
            }
            if k < gs && k > 0 && b[k - 1].is_ascii_alphabetic() {
                let word = &b[k.saturating_sub(12)..k];
                if ends_in_street_word(word) {
                    w.street.push((k.saturating_sub(24), fwd(12)));
                }
                // A capitalised word before the number may end `Laan van Meerdervoort`.
                let mut ws = k;
                while ws > 0
                    && k - ws < 40
                    && (b[ws - 1].is_ascii_alphabetic() || b[ws - 1] >= 0x80)
                {
                    ws -= 1;
                }
                if b[ws].is_ascii_uppercase() || b[ws] >= 0x80 {
                    w.street_lead.push((k.saturating_sub(100), fwd(12)));
                }
            }
            // Dashed plates, and the newer sidecodes written without dashes (`9DJL54`).
            let glued_caps = (gs > 0 && b[gs - 1].is_ascii_uppercase())
                || b.get(ge).is_some_and(u8::is_ascii_uppercase);
            if g.dash || (gs > 0 && b[gs - 1] == b'-') || b.get(ge) == Some(&b'-') || glued_caps {
                w.plate.push((back(8), fwd(8)));
            }
        }
        w.amount = merge(text, w.amount);
        w.iban = merge(text, w.iban);
        w.btw = merge(text, w.btw);
        w.card = merge(text, w.card);
        w.bsn = merge(text, w.bsn);
        w.phone = merge(text, w.phone);
        w.ipv4 = merge(text, w.ipv4);
        w.postcode = merge(text, w.postcode);
        w.street = merge(text, w.street);
        w.street_lead = merge(text, w.street_lead);
        w.plate = merge(text, w.plate);
        let mut low = Vec::new();
        for (s, e) in merge(text, wide) {
            cue_hits(text, s, e, &mut low, &mut w.cue);
        }
        w
    }

    /// The windows around the gate words of family `f`.
    fn cue_for(&self, f: Fam) -> &[(usize, usize)] {
        &self.cue[f as usize]
    }
}

/// The matches of `re` inside the windows, with offsets into `text`. Each window is searched
/// as `text[..end]` from its start, so `\b` sees the real text before the window.
fn matches_in<'h>(
    re: &'h Regex,
    text: &'h str,
    wins: &'h [(usize, usize)],
) -> impl Iterator<Item = regex::Match<'h>> + 'h {
    wins.iter().flat_map(move |&(s, e)| {
        let hay = text.get(..e).unwrap_or("");
        let mut pos = s;
        std::iter::from_fn(move || {
            if pos > hay.len() {
                return None;
            }
            let m = re.find_at(hay, pos)?;
            pos = if m.end() > m.start() {
                m.end()
            } else {
                next_boundary(hay, m.end())
            };
            Some(m)
        })
    })
}

/// Like [`matches_in`], giving the span of capture group 1 of each match that has one. One
/// set of capture slots serves every search, so no match allocates.
fn group1_in(re: &Regex, text: &str, wins: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut locs = None;
    for &(s, e) in wins {
        let hay = text.get(..e).unwrap_or("");
        let mut pos = s;
        while pos <= hay.len() {
            let Some(m) = captures_at(re, &mut locs, hay, pos) else {
                break;
            };
            pos = if m.end() > m.start() {
                m.end()
            } else {
                next_boundary(hay, m.end())
            };
            if let Some(g) = group(&locs, 1) {
                out.push(g);
            }
        }
    }
    out
}

/// Like [`group1_in`] for the windows around gate words, in text order and possibly
/// overlapping: one search per window, from its start or the end of the previous match.
/// Every match holds a gate word near its start, so each match is found from the window of
/// its gate word. Group 1 ends where the match ends in every cue regex; `lead` finds where it
/// starts without a capture search (see [`Lead`]).
fn group1_at_cues(
    re: &Regex,
    lead: Lead,
    text: &str,
    wins: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut locs = None;
    let mut done = 0;
    for &(s, e) in wins {
        let pos = s.max(done);
        if pos >= e {
            continue;
        }
        let hay = text.get(..e).unwrap_or("");
        let Some(m) = re.find_at(hay, pos) else {
            continue;
        };
        done = m.end().max(m.start() + 1);
        let g = match lead.start(m.as_str()) {
            Some(k) => Some((m.start() + k, m.end())),
            None => captures_at(re, &mut locs, hay, m.start()).and_then(|_| group(&locs, 1)),
        };
        if cfg!(debug_assertions) {
            let mut check = None;
            captures_at(re, &mut check, hay, m.start());
            debug_assert_eq!(g, group(&check, 1), "group 1 of {:?}", m.as_str());
        }
        if let Some(g) = g {
            out.push(g);
        }
    }
    out
}

/// Where capture group 1 of a cue regex starts inside its match, read off the match itself.
/// A capture search runs the bounded backtracker, whose set of visited states is cleared for
/// every search (thousands of instructions for the `\p{L}` classes of the street pattern),
/// while the match alone says it: in each of these regexes group 1 is the rest of the match
/// after a prefix that can end in one place only.
#[derive(Clone, Copy)]
enum Lead {
    /// Group 1 starts at the match's first digit: the prefix is cue words, spaces and
    /// punctuation (`geboren op:`, `KvK-nummer`), and the group starts with `\d` (dates, KvK).
    FirstDigit,
    /// Group 1 follows one of the cue words (ASCII case-insensitive), the literal (possibly
    /// empty) after it, and the run of spaces and colons: the group's first byte is an ASCII
    /// letter or digit, so the greedy `[\s:]+` before it ends at the first byte that is
    /// neither. Where one cue word starts another (`address1`, `address`) the longer is listed
    /// first, as in the regex's alternation, so both take the same. A street
    /// cue may be followed by a lowercase article (`de`, `het`), skipped as the regex does.
    AfterCue(&'static [&'static str], &'static str),
    /// As `FirstDigit`, but a month name right before that digit starts the group (a date of
    /// birth in English order, `June 15, 1997`).
    DigitOrMonth,
}

impl Lead {
    /// The offset of group 1 in the match `m`, or `None` when the match holds something
    /// outside ASCII where it matters (a Unicode digit or space, a case-folded letter such
    /// as `ſ`); the caller then asks the regex for the group.
    fn start(self, m: &str) -> Option<usize> {
        let b = m.as_bytes();
        match self {
            Lead::DigitOrMonth => {
                let k = b.iter().position(|c| c.is_ascii_digit() || !c.is_ascii())?;
                if !b[k].is_ascii_digit() {
                    return None;
                }
                // The word before the digit, past one space.
                let Some(sp) = k.checked_sub(1).filter(|&j| b[j] == b' ') else {
                    return Some(k);
                };
                // `Sept. 3`: a full stop may close the month.
                let we = if sp > 0 && b[sp - 1] == b'.' {
                    sp - 1
                } else {
                    sp
                };
                let mut ws = we;
                while ws > 0 && b[ws - 1].is_ascii_alphabetic() {
                    ws -= 1;
                }
                let word = &m[ws..we];
                let month = ws < we
                    && MONTHS.split('|').any(|mo| mo.eq_ignore_ascii_case(word))
                    && (ws == 0 || !b[ws - 1].is_ascii_alphanumeric());
                Some(if month { ws } else { k })
            }
            Lead::FirstDigit => {
                let k = b.iter().position(|c| c.is_ascii_digit() || !c.is_ascii())?;
                b[k].is_ascii_digit().then_some(k)
            }
            Lead::AfterCue(cues, then) => {
                let cue = cues.iter().find(|c| {
                    b.get(..c.len())
                        .is_some_and(|w| w.eq_ignore_ascii_case(c.as_bytes()))
                })?;
                let mut k = cue.len();
                if !then.is_empty() && b.get(k..k + then.len()) == Some(then.as_bytes()) {
                    k += then.len();
                }
                // The street cues may take an article (`woont op de Scholekster 167`), in
                // lowercase: the street's own `De` starts the group.
                if std::ptr::eq(cues, STREET_CUES) {
                    for art in [&b" de"[..], b" het"] {
                        if b.get(k..k + art.len()) == Some(art)
                            && b.get(k + art.len()).is_some_and(|&c| {
                                c.is_ascii_whitespace() || matches!(c, b':' | 0x0b | b'"' | b'\'')
                            })
                        {
                            k += art.len();
                            break;
                        }
                    }
                }
                // `\s` in ASCII: the vertical tab too, which `is_ascii_whitespace` leaves out;
                // the street cues also take quotes (`"street": "Akkerwinde 257"`).
                let quotes = std::ptr::eq(cues, STREET_CUES);
                while b.get(k).is_some_and(|&c| {
                    c == b':'
                        || c == 0x0b
                        || c.is_ascii_whitespace()
                        || (quotes && matches!(c, b'"' | b'\'' | b'='))
                }) {
                    k += 1;
                }
                // And a verb, as a sentence gives the address (`adres is nog steeds …`,
                // `mijn nieuwe adres wordt …`), in lowercase.
                if quotes {
                    let word = |k: usize, w: &[u8]| {
                        b.get(k..k + w.len()) == Some(w) && b.get(k + w.len()) == Some(&b' ')
                    };
                    let skip = |mut k: usize| {
                        while b.get(k) == Some(&b' ') {
                            k += 1;
                        }
                        k
                    };
                    if let Some(w) = [&b"is"[..], b"wordt", b"was"]
                        .into_iter()
                        .find(|w| word(k, w))
                    {
                        let mut j = skip(k + w.len());
                        if let Some(w) =
                            [&b"nog steeds"[..], b"nu"].into_iter().find(|w| word(j, w))
                        {
                            j = skip(j + w.len());
                        }
                        k = j;
                    }
                }
                b.get(k).is_some_and(u8::is_ascii_alphanumeric).then_some(k)
            }
        }
    }
}

/// The cue words of the `street_cue` regex, each alternative spelled out.
const STREET_CUES: &[&str] = &[
    "adres",
    "woonadres",
    "bezoekadres",
    "postadres",
    "afleveradres",
    "factuuradres",
    "woont op",
    "woont aan",
    "woon op",
    "woon aan",
    "wonen op",
    "wonen aan",
    "woon zelf op",
    "woon zelf aan",
    "woont zelf op",
    "woont zelf aan",
    "woon nu op",
    "woon nu aan",
    "woont nu op",
    "woont nu aan",
    "woonachtig op",
    "woonachtig aan",
    "woonachtig te",
    "wonende op",
    "wonende aan",
    "gevestigd op",
    "gevestigd aan",
    "verhuisd naar",
    "wonend",
    "street",
    // (A web shop's `address1`, before `address`: the first cue that fits is taken.)
    "address1",
    "address",
    "ophalen",
    "bezorgen op",
    "bezorgd op",
    "location",
    "afleveren op",
    "leveren op",
];

/// The cue words of the `plate_cue` regex.
const PLATE_CUES: &[&str] = &["kenteken", "nummerbord", "license plate", "licence plate"];

/// Right after a word for plates (`kenteken`, `kentekens`) on its line, the plates written without dashes
/// in the older sidecodes, which alone look like any code (`BZ0490`, `TL17KH`, `12AB34`):
/// `… voor de kentekens 45-KLM-3 en BZ0490`.
/// `cues` are the windows the scan found around the plate cue words, in text order.
fn plain_plates_on_cue_lines(b: &[u8], cues: &[(usize, usize)]) -> Vec<(usize, usize)> {
    static CUE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"enteken"));
    let mut out = Vec::new();
    let mut done = 0;
    let at_cues = cues
        .iter()
        .flat_map(|&(ws, we)| CUE.find_iter(&b[ws..we]).map(move |k| ws + k));
    for k in at_cues {
        if k < done || k == 0 || !b[k - 1].eq_ignore_ascii_case(&b'k') {
            continue;
        }
        // The plates follow the cue, close by on its line.
        let win = &b[k..b.len().min(k + 120)];
        let mut le = k + memchr::memchr(b'\n', win).unwrap_or(win.len());
        // A question for it (`welke auto? kenteken?`): the answer's line below holds it, typed
        // as a chat types it, in lowercase too (`gv83xl`, `72nxt2`).
        let mut answer = usize::MAX;
        if b[k..le].trim_ascii_end().ends_with(b"?") && le < b.len() {
            answer = le + 1;
            let next = &b[answer..b.len().min(answer + 120)];
            le = answer + memchr::memchr(b'\n', next).unwrap_or(next.len());
        }
        done = le;
        for (i, j) in words6(b, k, le) {
            if old_sidecode(&b[i..j]) || (i >= answer && lowercase_plate(&b[i..j])) {
                out.push((i, j));
            }
        }
    }
    out.extend(plates_beside_vehicles(b, cues, done));
    out
}

/// Words for a vehicle (`trailer`, `tankpas`, `vrachtwagen`) that a line may name its plate
/// beside, without the word `kenteken`.
const VEHICLES: &[&[u8]] = &[
    b"trailer",
    b"tankpas",
    b"vrachtwagen",
    b"bestelbus",
    b"bestelwagen",
    b"oplegger",
    b"truck",
    b"auto",
    b"busje",
    // (`kenteken` typed in a hurry.)
    b"kentken",
    // Car makes and models (`golf` and `transit` too, but only beside a plate's shape).
    b"car",
    b"volkswagen",
    b"opel",
    b"peugeot",
    b"renault",
    b"toyota",
    b"skoda",
    b"citroen",
    b"fiat",
    b"audi",
    b"bmw",
    b"mercedes",
    b"volvo",
    b"tesla",
    b"hyundai",
    b"kia",
    b"nissan",
    b"mazda",
    b"suzuki",
    b"dacia",
    b"ford",
    b"honda",
    b"polo",
    b"golf",
    b"corsa",
    b"astra",
    b"clio",
    b"yaris",
    b"aygo",
    b"picanto",
    b"fiesta",
    b"octavia",
    b"fabia",
    b"caddy",
    b"transit",
    b"sprinter",
    b"vito",
    b"berlingo",
    b"kangoo",
    b"passat",
    b"tiguan",
    b"qashqai",
];

/// The runs of exactly six ASCII letters and digits in `b[s..e]`.
fn words6(b: &[u8], s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < e && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        if j - i == 6 {
            out.push((i, j));
        }
        i = j;
    }
    out
}

/// The plates in capitals without dashes (`BGTD21`, `WF50LT`) on a line that names a vehicle
/// ([`VEHICLES`]) in one of the windows `cues`; lines that end before `done` were read for
/// `kenteken` already.
fn plates_beside_vehicles(b: &[u8], cues: &[(usize, usize)], done: usize) -> Vec<(usize, usize)> {
    // The windows overlap (one per cue word): merged, each byte is read once.
    let merged = merge_with(cues.to_vec(), |s, e| (s, e));
    static AC: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
        aho_corasick::AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(VEHICLES)
            .ok()
    });
    let Some(ac) = AC.as_ref() else {
        return Vec::new();
    };
    let mut hits: Vec<usize> = Vec::new();
    for (ws, we) in merged {
        for m in ac.find_iter(&b[ws..we]) {
            let (k, end) = (ws + m.start(), ws + m.end());
            // A whole word (`auto`, not `automatisch`), or a vehicle compound's end.
            if !((k > 0 && b[k - 1].is_ascii_alphabetic())
                || (end - k <= 5 && b.get(end).is_some_and(u8::is_ascii_alphabetic)))
            {
                hits.push(k);
            }
        }
    }
    hits.sort_unstable();
    let mut out = Vec::new();
    // Each line is read once, also when it names several vehicles.
    let mut read_to = done;
    for k in hits {
        if k < read_to {
            continue;
        }
        let ls = memchr::memrchr(b'\n', &b[..k]).map_or(0, |j| j + 1);
        let le = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |j| k + j);
        read_to = le;
        for (i, j) in words6(b, ls, le) {
            if old_sidecode(&b[i..j]) {
                out.push((i, j));
            }
        }
        // A plate with its dashes typed in lowercase (`mijn Peugeot 208 9-pnj-58`), or in
        // capitals with spaces for dashes (`een grijze Skoda, 18 XLF 1`).
        out.extend(dashed_lowercase_plates(b, ls, le));
        out.extend(spaced_plates(b, ls, le));
        // The answer on the next line of a chat, when the line asks for it (`welke auto?
        // kentken?`) or the answer is the plate alone (`is mijn auto al klaar? de` ⏎
        // `r32lrd`), also typed in lowercase.
        let ns = le + 1;
        if ns >= b.len() {
            continue;
        }
        let ne = memchr::memchr(b'\n', &b[ns..]).map_or(b.len(), |j| ns + j);
        let asks = b[ls..le].trim_ascii_end().ends_with(b"?");
        let alone = b[ns..ne].trim_ascii().len() == 6;
        if asks || alone {
            for (i, j) in words6(b, ns, ne) {
                if old_sidecode(&b[i..j]) || lowercase_plate(&b[i..j]) {
                    out.push((i, j));
                }
            }
        }
    }
    out
}

/// The tokens of `b[s..e]` that are a plate with its dashes in lowercase (`9-pnj-58`,
/// `gv-83-xl`): eight bytes in one of the sidecodes' shapes, not glued to a letter or digit.
fn dashed_lowercase_plates(b: &[u8], s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        let tok = |c: u8| c.is_ascii_alphanumeric() || c == b'-';
        if !b[i].is_ascii_alphanumeric() || (i > 0 && tok(b[i - 1])) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < e && tok(b[j]) {
            j += 1;
        }
        let t = &b[i..j];
        if t.len() == 8
            && t.iter().any(u8::is_ascii_lowercase)
            && !t.iter().any(u8::is_ascii_uppercase)
            && plate_shape(t).is_some_and(|shape| PLATE_SHAPES.contains(&shape.as_str()))
        {
            out.push((i, j));
        }
        i = j.max(i + 1);
    }
    out
}

/// Three groups of capitals and digits apart by single spaces in `b[s..e]` that make a plate
/// when the spaces are read as its dashes (`18 XLF 1`, `NH 48 79`), not glued to more.
fn spaced_plates(b: &[u8], s: usize, e: usize) -> Vec<(usize, usize)> {
    let group = |c: &u8| c.is_ascii_uppercase() || c.is_ascii_digit();
    // The groups of the line: (start, end).
    let mut groups: Vec<(usize, usize)> = Vec::new();
    let mut i = s;
    while i < e {
        if !group(&b[i]) || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let j = i + b[i..e].iter().take_while(|c| group(c)).count();
        if !b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            groups.push((i, j));
        }
        i = j.max(i + 1);
    }
    let mut out = Vec::new();
    let mut k = 0;
    while k + 2 < groups.len() {
        let [(a, ae), (m, me), (z, ze)] = [groups[k], groups[k + 1], groups[k + 2]];
        let spaced = ae + 1 == m && me + 1 == z && b[ae] == b' ' && b[me] == b' ';
        let mut t = Vec::with_capacity(8);
        t.extend_from_slice(&b[a..ae]);
        t.push(b'-');
        t.extend_from_slice(&b[m..me]);
        t.push(b'-');
        t.extend_from_slice(&b[z..ze]);
        if spaced
            && t.iter().any(u8::is_ascii_uppercase)
            && plate_shape(&t).is_some_and(|shape| PLATE_SHAPES.contains(&shape.as_str()))
        {
            out.push((a, ze));
            k += 3;
        } else {
            k += 1;
        }
    }
    out
}

/// True when six lowercase letters and digits have the shape of a sidecode, dashes left out
/// (`gv83xl` as `LL-DD-LL`, `72nxt2` as `DD-LLL-D`).
fn lowercase_plate(t: &[u8]) -> bool {
    let Some(shape) = plate_shape(t) else {
        return false;
    };
    t.iter()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && PLATE_SHAPES
            .iter()
            .any(|p| p.bytes().filter(|&c| c != b'-').eq(shape.bytes()))
}

/// The shapes of the fourteen Dutch sidecodes (`LL-DD-DD` … `DDD-LL-D`).
const PLATE_SHAPES: [&str; 14] = [
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D", "D-LLL-DD",
    "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
];

/// The shape of a token written as a plate: `L` per letter, `D` per digit, `-` kept; `None`
/// for anything else or letters in mixed case (`sk7646` → `LLDDDD`).
fn plate_shape(t: &[u8]) -> Option<String> {
    let upper = t.iter().any(u8::is_ascii_uppercase);
    let lower = t.iter().any(u8::is_ascii_lowercase);
    if upper && lower {
        return None;
    }
    t.iter()
        .map(|&c| match c {
            b'0'..=b'9' => Some('D'),
            b'-' => Some('-'),
            c if c.is_ascii_alphabetic() => Some('L'),
            _ => None,
        })
        .collect()
}

/// True when `shape` ([`plate_shape`]) is a sidecode, with its dashes or without.
fn is_sidecode(shape: &str) -> bool {
    if shape.contains('-') {
        PLATE_SHAPES.contains(&shape)
    } else {
        PLATE_SHAPES.iter().any(|p| p.replace('-', "") == shape)
    }
}

/// Words after which a plate follows on its line: vehicles and makes of car.
const VEHICLE_WORDS: &[&[u8]] = &[
    b"auto",
    b"auto's",
    b"wagen",
    b"bus",
    b"busje",
    b"bestelbus",
    b"bestelwagen",
    b"bestelauto",
    b"caddy",
    b"voertuig",
    b"leaseauto",
    b"poolauto",
    b"vrachtwagen",
    b"truck",
    b"aanhanger",
    b"camper",
    b"scooter",
    b"car",
    b"vehicle",
    b"registration",
    b"ford",
    b"peugeot",
    b"kia",
    b"bmw",
    b"volkswagen",
    b"vw",
    b"opel",
    b"toyota",
    b"renault",
    b"fiat",
    b"skoda",
    b"volvo",
    b"mercedes",
    b"audi",
    b"citroen",
    b"nissan",
    b"hyundai",
    b"tesla",
    b"seat",
    b"mazda",
    b"dacia",
    b"suzuki",
    b"mitsubishi",
    b"honda",
    b"lexus",
    b"porsche",
    b"iveco",
    b"daf",
    b"cupra",
    b"polestar",
    b"jeep",
    b"subaru",
    b"mini",
    b"smart",
];

/// Licence plates that only their place tells apart from other codes: a dashed sidecode in
/// lowercase (`1-frn-20`, `pb-38-kj`) anywhere; one without dashes (`sk7646`, `78zhk4`,
/// `NVVS44`) close after a vehicle or a make of car on its line (`de blauwe caddy 78zhk4`,
/// `Uw Škoda Enyaq (DH83HP)`), or in a text where a plate was found already (a gate's log).
/// `starts` are where the scan saw short tokens with letters and digits; `found` the plates
/// found so far.
fn vehicle_plates(text: &str, starts: &[usize], found: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for &s in starts {
        if s > 0
            && (b[s - 1].is_ascii_alphanumeric()
                || matches!(b[s - 1], b'-' | b'@' | b'/' | b'.' | b'_'))
        {
            continue;
        }
        let mut e = s;
        while e < b.len() && (b[e].is_ascii_alphanumeric() || b[e] == b'-') {
            e += 1;
        }
        // Not glued to more of a token (`x.nl`, `ab12cd@…`, a path).
        if b.get(e).is_some_and(|&c| {
            matches!(c, b'@' | b'/' | b'_' | b'=' | b'+' | b'&')
                || (c == b'.' && b.get(e + 1).is_some_and(u8::is_ascii_alphanumeric))
        }) {
            continue;
        }
        let Some(shape) = plate_shape(&b[s..e]) else {
            continue;
        };
        if !is_sidecode(&shape) || found.iter().any(|&(fs, fe)| fs < e && s < fe) {
            continue;
        }
        let dashed = shape.contains('-');
        let plate = if dashed {
            b[s..e].iter().any(u8::is_ascii_lowercase)
        } else {
            !found.is_empty() || after_vehicle(b, s)
        };
        if plate {
            out.push((s, e));
        }
    }
    out
}

/// True when a vehicle word ([`VEHICLE_WORDS`]) stands in the 40 bytes before `at` on its line,
/// no sentence end between.
fn after_vehicle(b: &[u8], at: usize) -> bool {
    let line_start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
    let from = at.saturating_sub(40).max(line_start);
    let before = &b[from..at];
    // From the last sentence end on.
    let from = before
        .windows(2)
        .rposition(|w| matches!(w[0], b'.' | b'?' | b'!') && w[1] == b' ')
        .map_or(0, |k| k + 2);
    before[from..]
        .split(|&c| !(c.is_ascii_alphanumeric() || c == b'\'' || c >= 0x80))
        .any(|w| {
            // `Škoda`: the make's first letter is two bytes in UTF-8.
            VEHICLE_WORDS.iter().any(|v| w.eq_ignore_ascii_case(v))
                || (w.len() == 6 && w[0] == 0xc5 && w[2..].eq_ignore_ascii_case(b"koda"))
        })
}

/// `XX9999`, `9999XX`, `99XX99`, `XX99XX`, `XXXX99`, `99XXXX` (capital letters, digits).
fn old_sidecode(t: &[u8]) -> bool {
    let shape: Vec<bool> = t.iter().map(u8::is_ascii_digit).collect();
    let letters_ok = t
        .iter()
        .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    let pair = |k: usize| shape[k] == shape[k + 1];
    letters_ok
        && pair(0)
        && pair(2)
        && pair(4)
        && shape.iter().any(|&d| d)
        && shape.iter().any(|&d| !d)
        && !(shape[0] && shape[2] && shape[4])
}

impl Detectors {
    /// The street and number before a postcode at `at`: the line before when the postcode
    /// starts its line (`Overtoom 470-II` / `1054 HK Amsterdam`), or the words before the
    /// comma right before it (`… op Tussen de Bruggen 178, 5141 AB Waalwijk`): the longest
    /// stretch from the line's start, a colon or a word for where that is only a street and a
    /// number.
    fn street_before(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        if let Some(st) = self.street_line_before(text, at) {
            return Some(st);
        }
        let b = text.as_bytes();
        let mut k = at;
        while k > 0 && b[k - 1] == b' ' {
            k -= 1;
        }
        // A comma, or a bar between columns (`Rijksweg Zuid 101 | 9201 AB Drachten`).
        // (Or a bracket round the postcode and place: `Súdein 19 C (8621 LM Sneek)`.)
        let comma = k
            .checked_sub(1)
            .filter(|&c| matches!(b[c], b',' | b'|' | b'('))?;
        let comma = if matches!(b[comma], b'|' | b'(') {
            let mut c = comma;
            while c > 0 && b[c - 1] == b' ' {
                c -= 1;
            }
            c
        } else {
            comma
        };
        // A house number ends the street: a digit, or up to three letters after one (`90a`,
        // `29bis`, `2 rd`).
        let tail_digit = (1..=5).any(|d| comma >= d && b[comma - d].is_ascii_digit());
        if !tail_digit || !b[comma - 1].is_ascii_alphanumeric() {
            return None;
        }
        // A street and number take at most four words and the number: 64 bytes suffice.
        let mut from = comma.saturating_sub(64);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        let line_start = memchr::memrchr(b'\n', &b[from..comma]).map_or(from, |j| from + j + 1);
        let seg = text.get(line_start..comma)?;
        // (Also after the comma that closes a name before it: `Catering Smaakvol, Grutto 88-12`.)
        let marks = seg
            .match_indices([':', ' ', '(', ','])
            .filter_map(|(i, _)| {
                let word_before = seg[..i].rsplit([' ', ':', '(', ',']).next().unwrap_or("");
                let marks = seg.as_bytes()[i] != b' '
                    || matches!(
                        word_before,
                        "op" | "aan" | "naar" | "te" | "in" | "bij" | "adres" | "at"
                    );
                marks.then_some(i + 1)
            });
        // The street starts with a capital (after spaces): only such starts are tried.
        let capital = |s: &usize| {
            seg.get(*s..)
                .map(|p| p.trim_start_matches([' ', '\t']))
                .and_then(|p| p.chars().next())
                .is_some_and(char::is_uppercase)
        };
        std::iter::once(0)
            .chain(marks)
            .filter(capital)
            .find_map(|s| {
                let part = seg.get(s..)?;
                let m = self.street_line.find(part)?;
                let lead = part.len() - part.trim_start_matches([' ', '\t']).len();
                let tail = part.trim_end_matches([' ', '\t', ',']).len();
                let first = part[lead..].chars().next()?;
                (m.start() == 0 && m.end() == part.len() && first.is_uppercase())
                    .then_some((line_start + s + lead, line_start + s + tail))
            })
    }

    /// The street and house number that a record's line puts right before a phone number or
    /// mail address, apart by commas (`Sjoerd ter Maat (Kapsalon Krul), Tolbrug 34a, tel
    /// 0031 …`, `Ilse Kok - Kouter 37 - 06-…`): the part before the contact, when it is
    /// only a street and a number.
    fn streets_before_contacts(&self, text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
        const LABELS: &[&str] = &[
            "tel.",
            "tel:",
            "tel",
            "telefoon:",
            "telefoon",
            "T:",
            "T",
            "t.",
            "t:",
            "mob.",
            "mob:",
            "mobiel:",
            "mobiel",
            "gsm:",
            "gsm",
            "M:",
            "M",
            "e-mail:",
            "e-mail",
            "mail:",
            "E:",
            "E",
        ];
        let b = text.as_bytes();
        let mut out = Vec::new();
        for sp in spans
            .iter()
            .filter(|s| matches!(s.kind, EntityKind::Phone | EntityKind::Email))
        {
            // A street, a label and the separators take few bytes: a long line (a document
            // pasted as one) is read no further back than that.
            let mut from = sp.start.saturating_sub(96);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let line_start =
                memchr::memrchr(b'\n', &b[from..sp.start]).map_or(from, |k| from + k + 1);
            let Some(head) = text.get(line_start..sp.start) else {
                continue;
            };
            let mut head = head.trim_end_matches([' ', '\t']);
            if let Some(h) = LABELS.iter().find_map(|l| {
                head.strip_suffix(l)
                    .filter(|h| h.ends_with([' ', ',']))
                    .map(|h| h.trim_end_matches(' '))
            }) {
                head = h;
            }
            let Some(h) = head
                .strip_suffix(',')
                .or_else(|| head.strip_suffix(" -"))
                .or_else(|| head.strip_suffix(" |"))
            else {
                continue;
            };
            let h = h.trim_end_matches(' ');
            let from = h.rfind([',', '(', ')', ':', '|']).map_or(0, |k| k + 1);
            let from = h[from..].rfind(" - ").map_or(from, |k| from + k + 3);
            let part = &h[from..];
            let lead = part.len() - part.trim_start().len();
            let words: Vec<&str> = part.trim().split(' ').collect();
            let Some((number, name)) = words.split_last() else {
                continue;
            };
            // The number may carry an addition of its own word (`19 C`, `160 bis`).
            let name = if number.starts_with(|c: char| c.is_ascii_digit()) {
                name
            } else {
                match name.split_last() {
                    Some((n, rest)) if n.starts_with(|c: char| c.is_ascii_digit()) => rest,
                    _ => continue,
                }
            };
            let whole = self
                .street_line
                .find(part)
                .is_some_and(|m| m.start() == 0 && m.end() == part.len());
            let house = words
                .iter()
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                .is_some_and(|n| n.bytes().take_while(u8::is_ascii_digit).count() <= 4);
            if whole && house && (1..=3).contains(&name.len()) && street_name_word(name[0]) {
                out.push((line_start + from + lead, line_start + h.len()));
            }
        }
        out
    }

    /// A line that is only a street and a number above a line that is only a known place
    /// (`Kouter 73` ⏎ `Gent`), as an address block without a postcode is written.
    fn streets_above_places(&self, text: &str) -> Vec<(usize, usize)> {
        let b = text.as_bytes();
        let lex = crate::lexicon::lexicon();
        let mut buf = String::new();
        let mut out = Vec::new();
        let mut line_start = 0;
        let mut prev: Option<(usize, usize)> = None;
        for nl in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
            let (s, e) = (line_start, nl);
            line_start = nl + 1;
            let line = text.get(s..e).unwrap_or("").trim_end_matches('\r');
            let place = line.trim();
            let is_place = prev.is_some()
                && !place.is_empty()
                && place.len() <= 32
                && place.split(' ').all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && lex.flags(w, &mut buf) & crate::lexicon::PLACE != 0
                });
            if is_place {
                if let Some((ps, pe)) = prev {
                    if let Some(m) = text.get(ps..pe).and_then(|l| self.street_line.find(l)) {
                        let l = &text[ps..pe];
                        let lead = l.len() - l.trim_start().len();
                        let tail = l.trim_end_matches([' ', '\t', ',', '\r']).len();
                        if m.start() == 0 && m.end() >= tail {
                            out.push((ps + lead, ps + tail));
                        }
                    }
                }
            }
            let short_with_digit = line.len() <= 60 && line.bytes().any(|c| c.is_ascii_digit());
            prev = short_with_digit.then_some((s, s + line.len()));
        }
        out
    }

    /// Dates of birth written right after a person, in brackets or after a comma, as lists
    /// of patients or members give them (`08:30  Loes van Veldhoven (01-08-1977)`, `Jan de
    /// Vries, 12 maart 1961`, `Lieke Mertens – 20 april 1966`): a full date whose year lies well before today's meetings
    /// (before 2012).
    pub(crate) fn dates_after_people(&self, text: &str, spans: &[Span]) -> Vec<Span> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        let mut cands: Vec<(usize, usize, bool, bool)> = Vec::new();
        for p in spans.iter().filter(|s| s.kind == EntityKind::Person) {
            // (Or a space alone on a list's line: `B. el Hadioui 19-03-1950 +31 6 …`.)
            // (Or after a dash or colon: `Lieke Mertens – 20 april 1966`.)
            let rest = &text[p.end..];
            let open = match b.get(p.end..p.end + 2) {
                Some(b" (") | Some(b", ") | Some(b": ") => p.end + 2,
                Some([b' ', d]) if d.is_ascii_digit() => p.end + 1,
                _ => match [" – ", " - "].iter().find(|d| rest.starts_with(**d)) {
                    Some(d) => p.end + d.len(),
                    None => continue,
                },
            };
            let Some(rest) = text.get(open..(open + 24).min(text.len())) else {
                continue;
            };
            let Some(m) = self.date.find(rest) else {
                continue;
            };
            // The whole of a number, not the start of a longer one (`06.12.67.39`).
            let after = &b[(open + m.end()).min(b.len())..];
            if after.first().is_some_and(u8::is_ascii_digit)
                || (matches!(after.first(), Some(b'.' | b'-' | b'/'))
                    && after.get(1).is_some_and(u8::is_ascii_digit))
            {
                continue;
            }
            let d = m.as_str();
            let digits: Vec<u32> = d
                .split(|c: char| !c.is_ascii_digit())
                .filter(|x| !x.is_empty())
                .filter_map(|x| x.parse().ok())
                .collect();
            let year = digits.iter().copied().find(|&y| y >= 1900).or_else(|| {
                // A two-digit year (`'85`, `12-03-85`): the last number.
                digits.last().map(|&y| if y < 100 { 1900 + y } else { y })
            });
            let closed = b.get(p.end + 1) == Some(&b'(') && b.get(open + m.end()) == Some(&b')');
            cands.push((
                open,
                open + m.end(),
                year.is_some_and(|y| (1900..2012).contains(&y)),
                closed,
            ));
        }
        // Once a person's date in brackets is a birth date (the text found one, or its year is
        // long past), so are the other people's in that text (`Hamza (12-03-1984) en Lina
        // (06-03-2016)`, a family on a waiting list).
        let born = spans.iter().any(|s| s.kind == EntityKind::BirthDate)
            || cands.iter().any(|c| c.2 && c.3);
        for (s, e, old, closed) in cands {
            if old || (born && closed) {
                out.push(Span {
                    start: s,
                    end: e,
                    kind: EntityKind::BirthDate,
                    prio: 81,
                });
            }
        }
        out
    }

    /// Streets without a street word right after a person and a comma (`eerst meneer Bos,
    /// Korenschoof 33, daarna …`): the words up to the next comma or the line's end, when they
    /// are only a street and a house number.
    pub(crate) fn streets_after_people(&self, text: &str, spans: &[Span]) -> Vec<Span> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        for p in spans.iter().filter(|s| s.kind == EntityKind::Person) {
            if b.get(p.end..p.end + 2) != Some(b", ") {
                continue;
            }
            let s = p.end + 2;
            let rest = &b[s..(s + 64).min(b.len())];
            let e = s + rest
                .iter()
                .position(|&c| matches!(c, b',' | b'\n' | b'(' | b';'))
                .unwrap_or(rest.len());
            // `Kouter 6 te Aalst`, `Kanaalweg 14 - 7511 AB`: the town or postcode after it.
            let e = [&b" te "[..], b" in ", b" - "]
                .iter()
                .filter_map(|w| memchr::memmem::find(&b[s..e], w))
                .min()
                .map_or(e, |k| s + k);
            let Some(part) = text.get(s..e) else {
                continue;
            };
            // Only a street and a number: the whole stretch matches, and it ends in a digit
            // or a short addition.
            if self
                .street_line
                .find(part)
                .is_some_and(|m| m.start() == 0 && m.end() == part.len())
            {
                let t = part.trim_end_matches([' ', '\t']).len();
                out.push(Span {
                    start: s,
                    end: s + t,
                    kind: EntityKind::Address,
                    prio: 74,
                });
            }
        }
        out
    }

    /// The street and number on the line before `at` when `at` starts its line (after
    /// spaces) and that line is nothing but a street and a number.
    fn street_line_before(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let b = text.as_bytes();
        let mut k = at;
        while k > 0 && matches!(b[k - 1], b' ' | b'\t') {
            k -= 1;
        }
        let line_end = k.checked_sub(1).filter(|&e| b[e] == b'\n')?;
        let line_end = if line_end > 0 && b[line_end - 1] == b'\r' {
            line_end - 1
        } else {
            line_end
        };
        let from = line_end.saturating_sub(80);
        let line_start = memchr::memrchr(b'\n', &b[from..line_end]).map_or(from, |j| from + j + 1);
        if line_start == from && from > 0 {
            return None;
        }
        let line = text.get(line_start..line_end)?;
        let m = self.street_line.find(line)?;
        // Group 1 is the whole line but the spaces before it and the spaces and commas
        // after: it starts with a capital and ends in a letter or digit.
        let lead = m.as_str().len() - m.as_str().trim_start_matches([' ', '\t']).len();
        let tail = m.as_str().trim_end_matches([' ', '\t', ',']).len();
        let (s, e) = (m.start() + lead, m.start() + tail);
        if cfg!(debug_assertions) {
            let mut locs = None;
            captures_at(&self.street_line, &mut locs, line, 0);
            debug_assert_eq!(group(&locs, 1), Some((s, e)), "street line {line:?}");
        }
        Some((line_start + s, line_start + e))
    }
}

/// The match of `re` in `hay` from `pos`, with its groups in `locs`. The DFA finds the match;
/// the slower capture search then runs on the match alone, not on the rest of the haystack.
/// That gives the same groups: the leftmost-first match from its start is still there, and
/// no pattern here looks past its match's end at a boundary (every one ends in a word byte,
/// a `\S` run or nothing at all).
///
/// `locs` is made on the first match: most searches find nothing, and making it allocates.
fn captures_at<'h>(
    re: &Regex,
    locs: &mut Option<regex::CaptureLocations>,
    hay: &'h str,
    pos: usize,
) -> Option<regex::Match<'h>> {
    let m = re.find_at(hay, pos)?;
    let locs = locs.get_or_insert_with(|| re.capture_locations());
    re.captures_read_at(locs, &hay[..m.end()], m.start())?;
    Some(m)
}

/// The span of group `i` after a successful [`captures_at`].
fn group(locs: &Option<regex::CaptureLocations>, i: usize) -> Option<(usize, usize)> {
    locs.as_ref()?.get(i)
}

/// A part of the text by its offsets, with the accessors of `regex::Match`.
#[derive(Clone, Copy)]
struct Sub<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Sub<'t> {
    fn of(text: &'t str, (start, end): (usize, usize)) -> Sub<'t> {
        Sub { start, end, text }
    }
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or("")
    }
}

fn next_boundary(s: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < s.len() && !s.is_char_boundary(j) {
        j += 1;
    }
    j
}

/// Start of a street name that ends at `suffix_at` (inside the word): the word must be
/// capitalised; up to three capitalised words or tussenvoegsels before it join
/// ("Burgemeester de Vlugtlaan", "Van Goghstraat").
fn street_start(text: &str, suffix_at: usize) -> Option<usize> {
    let before = text.get(..suffix_at)?;
    // Start of the word holding the suffix.
    let mut ws = suffix_at;
    for (i, c) in before.char_indices().rev() {
        if c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.') {
            ws = i;
        } else {
            break;
        }
    }
    let word = text.get(ws..suffix_at)?;
    let first = text.get(ws..)?.chars().next()?;
    if !first.is_uppercase() {
        // Typed in lowercase after a word for where someone lives (`ze woont op meeslaan
        // 43-a02`, `ophalen aan beatrixkade 32b`): the street word, with a title before it
        // (`dr. schaepmanstraat 10`).
        let head = text.get(..ws)?.trim_end_matches(' ');
        let (head, titled) = match head
            .strip_suffix("dr.")
            .or_else(|| head.strip_suffix("st."))
        {
            Some(h) => (h.trim_end_matches(' '), true),
            None => (head, false),
        };
        // A lowercase title or particle of the street's name (`sint pieterskade`, `van
        // goghstraat`) comes along.
        let (head, titled) = match head
            .strip_suffix("sint")
            .or_else(|| head.strip_suffix("van"))
            .filter(|h| h.is_empty() || h.ends_with(' '))
        {
            Some(h) if !titled => (h.trim_end_matches(' '), true),
            _ => (head, titled),
        };
        let where_word = head.rsplit([' ', '\n']).next().unwrap_or("");
        let lower_where = matches!(
            where_word,
            "op" | "aan" | "adres" | "adres:" | "naar" | "bij" | "ja,"
        );
        if word.len() >= 3 && lower_where && first.is_lowercase() {
            return Some(if titled { head.len() + 1 } else { ws });
        }
        return None;
    }
    let mut start = ws;
    // Extend over preceding words separated by one space: tussenvoegsels, and capitalised words
    // that are a street prefix (Burgemeester, Prins, Sint, ...) or come before a tussenvoegsel.
    // The start of the word that ends one space before `at` (`None` when there is none).
    let word_left = |at: usize| -> Option<usize> {
        let h = text.get(..at)?.strip_suffix(' ')?;
        let ps = h
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
            .last()?
            .0;
        Some(ps)
    };
    let mut prev_tv = false;
    for _ in 0..4 {
        let Some(ps) = word_left(start) else {
            break;
        };
        let w = &text[ps..start - 1];
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let tv = matches!(
            w,
            "van"
                | "de"
                | "der"
                | "den"
                | "het"
                | "'t"
                | "ter"
                | "ten"
                | "la"
                | "le"
                | "Van"
                | "De"
                | "Der"
                | "Den"
                | "Ter"
                | "Ten"
        );
        let prefix = STREET_PREFIX.contains(&w);
        // A name between a title and the street word (`Professor Kamerlingh Onneslaan`,
        // `Burgemeester Hogguerstraat`): the title before it vouches for it.
        let titled = || word_left(ps).is_some_and(|t| STREET_PREFIX.contains(&&text[t..ps - 1]));
        if !(tv || (cap && (prev_tv || prefix || titled()))) {
            break;
        }
        prev_tv = tv;
        start = ps;
    }
    // A street named after someone (`Piet Heinstraat`, `Professor Kamerlingh Onneslaan`,
    // `Plantage Middenlaan`): capitalised words that are all the line holds before the street
    // word, or all that follows a colon (`Adres: …`), belong to it.
    if let Some(s) = caps_since_line_start(text, start) {
        start = s;
    }
    // Never start on a tussenvoegsel.
    while let Some(rest) = text.get(start..) {
        let w: &str = rest.split(' ').next().unwrap_or("");
        if matches!(
            w,
            "van" | "de" | "der" | "den" | "het" | "'t" | "ter" | "ten" | "op" | "la" | "le"
        ) && start + w.len() < ws
        {
            start += w.len() + 1;
        } else {
            break;
        }
    }
    Some(start)
}

/// The start of the one to three capitalised words (or tussenvoegsels after the first)
/// before `at`, one space apart, when only a line start, the text's start or a colon and
/// spaces come before them; `None` otherwise.
fn caps_since_line_start(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?;
    let mut start = at;
    let mut words = 0;
    let mut rest = head;
    while let Some(h) = rest.strip_suffix(' ') {
        let w_start = h
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
            .last()
            .map(|(i, _)| i)?;
        let w = &h[w_start..];
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let tv = matches!(w, "van" | "de" | "der" | "den" | "ter" | "ten" | "het");
        if !(cap || tv) || words == 3 {
            return None;
        }
        words += 1;
        start = w_start;
        rest = &h[..w_start];
        let before = rest.trim_end_matches([' ', '\t']);
        if before.is_empty() || before.ends_with(['\n', ':']) {
            break;
        }
    }
    let first_cap = text
        .get(start..)?
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    let before = text.get(..start)?.trim_end_matches([' ', '\t']);
    if !(words > 0 && first_cap && (before.is_empty() || before.ends_with(['\n', ':']))) {
        return None;
    }
    // A first name and a surname before the street (`Ruben Steenbergen Esdoornstraat 20`, a
    // row of a call list) are a person; a street named after someone has a first name and
    // its surname glued to the street word (`Piet Heinstraat`) or more first names (`Jan
    // Pieter Heijestraat`).
    if words >= 2 {
        use crate::lexicon::{CURATED, FIRST, FIRST_RARE, SUR};
        let lex = crate::lexicon::lexicon();
        let mut buf = String::new();
        let names = text.get(start..at)?.trim_end();
        let (Some(first), Some(last)) = (names.split(' ').next(), names.rsplit(' ').next()) else {
            return None;
        };
        let f = lex.flags(first, &mut buf);
        let l = lex.flags(last, &mut buf);
        if f & (FIRST | CURATED) != 0 && l & SUR != 0 && l & (FIRST | FIRST_RARE | CURATED) == 0 {
            return None;
        }
    }
    Some(start)
}

/// `text` with words broken over two lines put together again (`burgerser-` ⏎ `vicenummer`,
/// as text copied out of a PDF reads): borrowed as it is when nothing is broken.
fn unbroken(text: &str) -> std::borrow::Cow<'_, str> {
    if memchr::memmem::find(text.as_bytes(), b"-\n").is_none()
        && memchr::memmem::find(text.as_bytes(), b"-\r\n").is_none()
    {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.replace("-\r\n", "").replace("-\n", ""))
}

/// Up to `n` bytes of `text` before `pos`, cut at a char boundary.
fn window_before(text: &str, pos: usize, n: usize) -> &str {
    let mut s = pos.saturating_sub(n);
    while s < pos && !text.is_char_boundary(s) {
        s += 1;
    }
    text.get(s..pos).unwrap_or("")
}

/// True when the match touches another digit (it is part of a longer number).
fn glued_digit(b: &[u8], s: usize, e: usize) -> bool {
    let before = s > 0 && b[s - 1].is_ascii_digit();
    let before2 = s > 1 && matches!(b[s - 1], b'.' | b',') && b[s - 2].is_ascii_digit();
    let after = e < b.len() && b[e].is_ascii_digit();
    let after2 = e + 1 < b.len() && matches!(b[e], b'.' | b',') && b[e + 1].is_ascii_digit();
    before || after || before2 || after2
}

fn glued_dot_digit(b: &[u8], s: usize, e: usize) -> bool {
    (s > 1 && b[s - 1] == b'.' && b[s - 2].is_ascii_digit())
        || (e + 1 < b.len() && b[e] == b'.' && b[e + 1].is_ascii_digit())
}

fn glued_dash(b: &[u8], s: usize, e: usize) -> bool {
    (s > 1 && b[s - 1] == b'-' && b[s - 2].is_ascii_alphanumeric())
        || (e + 1 < b.len() && b[e] == b'-' && b[e + 1].is_ascii_alphanumeric())
}

/// The length of the longest prefix of `s` (an IBAN regex match) that is an IBAN of its
/// country's length with valid check digits.
fn iban_end(s: &str) -> Option<usize> {
    let want = checks::iban_len(&s.get(..2)?.to_ascii_uppercase())?;
    let mut n = 0;
    let mut best = None;
    for (i, c) in s.char_indices() {
        if c.is_ascii_alphanumeric() {
            n += 1;
            let end = i + 1;
            if n == want && checks::iban_valid(&s[..end]) {
                best = Some(end);
            }
        }
    }
    best
}

/// Words after which the value of a password follows in a sentence about it: `het ww van de
/// gedeelde mailbox is veranderd in Regen&Dijk695#x`, `… is nu Zomer2024!`.
const VALUE_INTRO: &[&[u8]] = &[
    b"is", b"in", b"naar", b"nu", b"wordt", b"werd", b"luidt", b"was", b"blijft", b"op",
];

/// Product names with a number that follow a password keyword without being one (`het
/// wachtwoord staat in 1Password`, `het ww voor Office365`).
const PRODUCT_WORDS: &[&[u8]] = &[
    b"office",
    b"microsoft",
    b"windows",
    b"win",
    b"m",
    b"password",
    b"ios",
    b"android",
    b"teams",
    b"exchange",
    b"onedrive",
    b"sharepoint",
    b"keepass",
    b"keepassxc",
    b"macos",
    b"ubuntu",
];

/// A token that can only be a password: six characters or more, two letters or more, and a
/// digit or a symbol among them; no web or mail address, placeholder, product name with a
/// version (`Office365`) or compound word (`2FA-beveiligd`).
fn password_shaped(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let digit = w.bytes().any(|c| c.is_ascii_digit());
    // A symbol inside the word: one that only closes it (`bericht:`, `Welkom!`) is
    // punctuation.
    let last = w.chars().next_back().map_or(0, char::len_utf8);
    // Nor does one that opens it (`(staat`, `"Welkom`).
    let first = match w.chars().next() {
        Some(c @ ('(' | '"' | '\'' | '“' | '‘' | '[')) => c.len_utf8(),
        _ => 0,
    };
    let symbol = w
        .get(first.min(w.len() - last)..w.len() - last)
        .unwrap_or("")
        .chars()
        .any(|c| !c.is_alphanumeric() && !matches!(c, '-' | '\'' | '’'));
    if w.chars().count() < 6 || letters < 2 || !(digit || symbol) || variable_reference(w) {
        return false;
    }
    // A postcode (`2779WJ`) is no password.
    let pc = w.as_bytes();
    if pc.len() == 6
        && pc[..4].iter().all(u8::is_ascii_digit)
        && pc[4..].iter().all(u8::is_ascii_uppercase)
    {
        return false;
    }
    if w.contains("://")
        || w.starts_with("www.")
        || w.contains('[')
        || w.rsplit_once('@').is_some_and(|(_, d)| d.contains('.'))
    {
        return false;
    }
    let alpha: Vec<u8> = w
        .bytes()
        .filter(u8::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if !symbol && PRODUCT_WORDS.contains(&&alpha[..]) {
        return false;
    }
    // `2FA-beveiligd`, `wifi-gast`: a word joined to a lowercase word (not the last of
    // three groups or more, `5euz-v7bm-azus`).
    if let Some((head, tail)) = w.rsplit_once('-') {
        if tail.len() >= 4 && tail.bytes().all(|c| c.is_ascii_lowercase()) && !head.contains('-') {
            return false;
        }
    }
    true
}

/// Passwords given in a sentence about a password, after a word that introduces the value
/// (`het ww van de mailbox is veranderd in Regen&Dijk695#x`), or alone on the line after a
/// line about it that ends in a colon (`… het wachtwoord in een apart bericht:` ⏎
/// `c+XHF1CG@uF`). Only tokens shaped like a password count ([`password_shaped`]).
fn introduced_passwords(text: &str, password_at: &[usize]) -> Vec<(usize, usize)> {
    const REACH: usize = 120;
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for &p in password_at {
        let word_len = b[p..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let word = b[p..p + word_len].to_ascii_lowercase();
        if !(ASKED_SHORT.contains(&&word[..]) || ASKED_LONG.iter().any(|k| word.starts_with(k))) {
            continue;
        }
        if out.last().is_some_and(|&(_, e)| e > p) {
            continue;
        }
        let end = snap_fwd(text, (p + word_len + REACH).min(b.len()));
        let Some(rest) = text.get(p + word_len..end) else {
            continue;
        };
        let line = rest.split('\n').next().unwrap_or("");
        let mut offset = p + word_len;
        let mut found = None;
        // Once a word that introduces the value has come (`is`, `wordt`, a colon, an equals
        // sign or arrow), the first token shaped like a password in the sentence is it
        // (`… is sinds vandaag 7a@sb4mpSS`, `voor Y. van Egmond: fe49OOMQ53LB`), or in the
        // sentence after it, where only a word (not a field's label) introduces it (`… vraagt
        // om het wachtwoord. Volgens mij was het Kassa123`).
        let mut introduced = false;
        let mut next_sentence = false;
        // `Set password to Welkom926%SL`: after a verb of setting, `to` gives the value.
        let set_before = text[..p]
            .trim_end()
            .rsplit([' ', '\n'])
            .next()
            .is_some_and(|w| {
                ["set", "reset", "changed", "updated", "change"]
                    .iter()
                    .any(|v| w.eq_ignore_ascii_case(v))
            });
        for tok in line.split(' ') {
            let at = offset;
            offset += tok.len() + 1;
            if tok.is_empty() {
                continue;
            }
            let value = tok.trim_end_matches(['.', ',', ';', ')', '"', '\'', '”']);
            if introduced && password_shaped(value) {
                found = Some((at, at + value.len()));
                break;
            }
            introduced = introduced
                || VALUE_INTRO
                    .iter()
                    .any(|w| tok.as_bytes().eq_ignore_ascii_case(w))
                || (!next_sentence && tok.ends_with(':'))
                || matches!(tok, "=" | "->" | "=>" | "→")
                || (set_before && tok.eq_ignore_ascii_case("to"));
            // The sentence ends here (not at an initial, `Y.`).
            let initial = tok.len() == 2 && tok.as_bytes()[0].is_ascii_uppercase();
            if tok.ends_with(['.', '?', '!']) && value.len() == tok.len() - 1 && !initial {
                if next_sentence {
                    break;
                }
                next_sentence = true;
                introduced = false;
            }
        }
        if found.is_none() && line.trim_end().ends_with(':') {
            let next_start = p + word_len + line.len() + 1;
            let next = text
                .get(next_start..)
                .and_then(|r| r.split('\n').next())
                .unwrap_or("");
            let value = next.trim();
            let lead = next.len() - next.trim_start().len();
            if !value.contains(' ') && password_shaped(value) {
                found = Some((next_start + lead, next_start + lead + value.len()));
            }
        }
        if let Some(f) = found {
            let kw = String::from_utf8_lossy(&word);
            if !meeting_code(text, p, &kw) {
                out.push(f);
            }
        }
    }
    out
}

/// A password given as the answer to a question for it on the line before, as in a chat:
/// `wat is het wifi-wachtwoord?` or `wat is het ww ook alweer` and then `[11:20] Fleur: het is
/// Zomer2025$`. The question is a line with a password keyword (at `password_at`, the keyword
/// starts the scan found) and a question mark or a question word. The answer's last word counts
/// when it looks like a password (six characters or more, with a digit, a symbol or a capital
/// after the first letter).
fn answered_password(text: &str, password_at: &[usize]) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    // Lines are looked at up to `REACH` bytes around the keyword, so a long text on one line
    // with many keywords costs no more than a short one per keyword.
    const REACH: usize = 200;
    let mut last_line = usize::MAX;
    for &p in password_at {
        // The keyword's word: a short one (`ww`, `pw`, `pass`) on its own, not `passen`.
        let word_len = b[p..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        let word = b[p..p + word_len].to_ascii_lowercase();
        if !(ASKED_SHORT.contains(&&word[..]) || ASKED_LONG.iter().any(|k| word.starts_with(k))) {
            continue;
        }
        let from = p.saturating_sub(REACH);
        let line_start = memchr::memrchr(b'\n', &b[from..p]).map_or(from, |k| from + k + 1);
        if line_start == last_line {
            continue;
        }
        last_line = line_start;
        let near = &b[p..(p + REACH).min(b.len())];
        let Some(line_end) = memchr::memchr(b'\n', near).map(|k| p + k) else {
            continue;
        };
        let line = b[line_start..line_end].to_ascii_lowercase();
        // A table's header that names the column (`Tijd,Naam,Wachtwoord gewijzigd?`) asks
        // nothing: its rows are read by column.
        let header = [b',', b';', b'\t']
            .iter()
            .any(|&d| line.iter().filter(|&&c| c == d).count() >= 2);
        if header {
            continue;
        }
        // A question word asks (`kun je het wachtwoord sturen`, `ff vraagje wat was het ww`);
        // after its subject it states something (`ik kan niet inloggen, mijn wachtwoord is
        // verlopen`), and the line below answers nothing.
        let asked = line.contains(&b'?') || asks(&line);
        if !asked {
            continue;
        }
        let mut next_start = line_end + 1;
        let line_after = |start: usize| {
            let near = &b[start.min(b.len())..(start + REACH).min(b.len())];
            memchr::memchr(b'\n', near).map_or(start + near.len(), |k| start + k)
        };
        let mut next_end = line_after(next_start);
        // In a chat copied with the sender and the time above each message (`Murat Kılıç
        // 13:54`), the answer is the line under that header.
        if text
            .get(next_start..next_end)
            .is_some_and(|h| chat_header(h.trim_end()))
        {
            next_start = next_end + 1;
            next_end = line_after(next_start);
        }
        let Some(answer) = text.get(next_start..next_end).map(str::trim_end) else {
            continue;
        };
        // The answer's last word (past the last whitespace, which may be wider than a byte:
        // a non-breaking space), or the first word of a message after its sender and time
        // (`Seppe 16:48: Vuurtoren!10! , staat in de kluis`).
        let last_start = answer
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(k, c)| k + c.len_utf8());
        let body_start = answer
            .get(..answer.len().min(48))
            .and_then(|h| h.find(": "))
            .filter(|&k| {
                let head = &answer[..k];
                // Or a plain chat's sender, one word (`olivier: is …`).
                chat_sender(head) || (k <= 24 && head.chars().all(char::is_alphabetic))
            })
            .map(|k| k + 2);
        // Past a word or two that lead it in (`is Tr3kk3r96% hoofdletter gevoelig`, `het is …`).
        let first = body_start.map(|mut s| {
            let word_end = |s: usize| {
                answer[s..]
                    .find(char::is_whitespace)
                    .map_or(answer.len(), |k| s + k)
            };
            let mut e = word_end(s);
            for _ in 0..2 {
                // (Or any short lowercase word, a typo of these too: `iis`, `ja`.)
                let w = &answer[s..e];
                let lead = ["is", "het", "was", "die", "dat"]
                    .iter()
                    .any(|l| w.eq_ignore_ascii_case(l))
                    || (w.len() <= 3 && w.bytes().all(|c| c.is_ascii_lowercase()));
                if !lead || e >= answer.len() {
                    break;
                }
                // Past the whole whitespace character (a narrow no-break space is three
                // bytes).
                s = e + answer[e..].chars().next().map_or(1, char::len_utf8);
                e = word_end(s);
            }
            (s, e)
        });
        for (word_start, word_end) in first.into_iter().chain([(last_start, answer.len())]) {
            // Sentence punctuation after the word is no part of it (`… vraag het Jan.`).
            let word =
                answer[word_start..word_end].trim_end_matches(['.', ',', '!', '?', ';', ')', '"']);
            // Strong: a digit, a symbol, or a capital inside a part (`FZrE-mZYX-OLZy`), but not
            // a double name (`Jan-Willem`); or letters typed at random, with hardly a vowel
            // (`yrwnfmganvzg`).
            let strong = word.bytes().any(|c| c.is_ascii_digit())
                || word
                    .chars()
                    .any(|c| !c.is_alphanumeric() && !matches!(c, '-' | '\'' | '’'))
                || word
                    .split('-')
                    .any(|part| part.chars().skip(1).any(char::is_uppercase))
                || random_letters(word);
            if word.chars().count() >= 6
                && strong
                && !word.contains("://")
                && !word.starts_with("www.")
                && !word
                    .rsplit_once('@')
                    .is_some_and(|(_, domain)| domain.contains('.'))
            {
                let s = next_start + word_start;
                return Some((s, s + word.len()));
            }
        }
    }
    None
}

/// True when `head` is a chat message's sender with the time (`Seppe 16:48`, `Sibel 8u30`,
/// `[12:03] Jan de Vries`): a few name words and a clock time, nothing else.
fn chat_sender(head: &str) -> bool {
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches(['[', ']', ',']))
        .collect();
    // A whole word that is a time with its minutes (`16:48`, `8u36`).
    let clock = |w: &str| crate::clock_len(w.as_bytes()) == Some(w.len()) && !w.ends_with('u');
    (2..=6).contains(&words.len())
        && words.iter().filter(|w| clock(w)).count() == 1
        && words
            .iter()
            .all(|w| clock(w) || w.chars().all(|c| c.is_alphabetic() || "-'’".contains(c)))
}

/// True when `line` is a chat message's header: a sender of one to five words and the time
/// (`Ivanildo Janga  14:39`, `[14:39] Ivanildo Janga:`), nothing else.
fn chat_header(line: &str) -> bool {
    let b = line.as_bytes();
    let time_at = |k: usize| {
        b.get(k..k + 5).is_some_and(|t| {
            t[0].is_ascii_digit() && t[1].is_ascii_digit() && t[2] == b':' && t[3].is_ascii_digit()
        }) && b.get(k + 4).is_some_and(u8::is_ascii_digit)
    };
    let words = |s: &str| {
        let n = s.split_whitespace().count();
        (1..=5).contains(&n)
            && s.split_whitespace()
                .all(|w| w.chars().all(|c| c.is_alphabetic() || "-'’().".contains(c)))
    };
    if b.len() < 7 || b.len() > 60 {
        return false;
    }
    // `Name  3:58 PM`: the same with a 12-hour clock.
    if let Some(h) = ["AM", "PM", "am", "pm"]
        .iter()
        .find_map(|m| line.strip_suffix(m))
        .and_then(|h| h.strip_suffix(' '))
    {
        return chat_header(h);
    }
    // `Name  14:39`, `Name  8:05`
    if time_at(b.len() - 5) && b[b.len() - 6] == b' ' {
        return words(&line[..b.len() - 5]);
    }
    let n = b.len();
    if b[n - 4].is_ascii_digit()
        && b[n - 3] == b':'
        && b[n - 2].is_ascii_digit()
        && b[n - 1].is_ascii_digit()
        && b[n - 5] == b' '
    {
        return words(&line[..n - 4]);
    }
    // `[14:39] Name:`, `[14:39] Name`
    if b[0] == b'[' && time_at(1) && b[6] == b']' {
        return words(line[7..].strip_suffix(':').unwrap_or(&line[7..]));
    }
    false
}

/// Keywords that end a configuration key holding a secret, after `_`, `.` or `-`
/// (`POSTGRES_PASSWORD`, `db.pass`, `STRIPE_SECRET_KEY`, `api-token`), and whether the value is
/// a password (else a key). Longer ones first: the first that fits wins.
const CONFIG_KW: &[(&[u8], bool)] = &[
    (b"password", true),
    (b"passphrase", true),
    (b"passwd", true),
    (b"pwd", true),
    (b"pass", true),
    (b"secret_key", false),
    (b"secret", false),
    (b"access_key", false),
    (b"private_key", false),
    (b"api_key", false),
    (b"apikey", false),
    (b"token", false),
    (b"key", false),
];

/// The value of a configuration line that puts a space between key and value, as routers and
/// daemons write them (`wpa_passphrase DFtMyYM7cDCX582oyswq`, `admin_password Trekker2022#`):
/// a key of two parts (`_` or `.`) that starts its line, and one token shaped like a password
/// ending the line. `start` is where the value begins.
fn spaced_config_value(
    text: &str,
    name_start: usize,
    start: usize,
    password: bool,
) -> Option<(usize, usize, bool)> {
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..name_start]).map_or(0, |k| k + 1);
    if !b[line_start..name_start]
        .iter()
        .all(|&c| c == b' ' || c == b'\t')
    {
        return None;
    }
    let name = &b[name_start..start];
    if !name.iter().any(|&c| c == b'_' || c == b'.') {
        return None;
    }
    let end = memchr::memchr(b'\n', &b[start..]).map_or(b.len(), |k| start + k);
    let value = text.get(start..end)?.trim_end();
    let ok = !value.is_empty()
        && !value.contains([' ', '\t'])
        && if password {
            password_shaped(value) && !stand_in(&value.to_ascii_lowercase())
        } else {
            value.len() >= 16 && !key_stand_in(&value.to_ascii_lowercase())
        };
    ok.then_some((start, start + value.len(), password))
}

/// The configuration keyword starting at `i` that ends its key there (the next byte is no
/// letter, digit or `_`), and whether it names a password.
fn config_kw_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    let first = b.get(i)? | 0x20;
    if !matches!(first, b'p' | b's' | b'a' | b't' | b'k') {
        return None;
    }
    CONFIG_KW.iter().find_map(|&(kw, pw)| {
        let end = i + kw.len();
        let fits = b.get(i..end).is_some_and(|w| w.eq_ignore_ascii_case(kw))
            && !b
                .get(end)
                .is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_');
        fits.then_some((end, pw))
    })
}

/// The value of a configuration line whose key ends in a secret keyword at `at`:
/// `POSTGRES_PASSWORD: s3cret`, `DB_PASS="x"`, `"client.secret" = "…"`. Not references
/// (`${DB_PASSWORD}`, `<wachtwoord>`), empty or boolean values, and no key shorter than 8
/// characters for tokens and secrets. Gives the value's span and whether it is a password.
fn config_secret(text: &str, at: usize) -> Option<(usize, usize, bool)> {
    let b = text.as_bytes();
    let (mut k, password) = config_kw_at(b, at)?;
    // A reference to the key (`${DB_PASSWORD:?zet het in .env}`, `$API_KEY`), not the key.
    let name_start = at
        - b[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
            .count();
    if name_start > 0 && matches!(b[name_start - 1], b'$' | b'{') {
        return None;
    }
    if name_start > 0 && matches!(b[name_start - 1], b'<' | b'>') {
        return xml_secret(text, name_start, k, password);
    }
    let quoted = b.get(k).is_some_and(|&c| c == b'"' || c == b'\'');
    if quoted {
        k += 1;
    }
    // A header as a name and a value (`{"key": "x-api-key", "value": "…"}`, as API tools
    // export them): the value's field.
    if quoted {
        let rest = &b[k..b.len().min(k + 16)];
        let skip = rest
            .iter()
            .take_while(|&&c| matches!(c, b',' | b' ' | b'\t'))
            .count();
        if skip > 0 && rest[skip..].starts_with(b"\"value\"") {
            k += skip + "\"value\"".len();
        }
    }
    let key_end = k;
    while b.get(k).is_some_and(|&c| c == b' ' || c == b'\t') {
        k += 1;
    }
    // `KEY=…`, `key: …`, PHP's `'api_key' => '…'` and `define( 'API_KEY', '…' )`.
    if !b
        .get(k)
        .is_some_and(|&c| c == b':' || c == b'=' || (c == b',' && quoted))
    {
        return if quoted || k == key_end {
            None
        } else {
            spaced_config_value(text, name_start, k, password)
        };
    }
    k += 1;
    while b
        .get(k)
        .is_some_and(|&c| c == b' ' || c == b'\t' || c == b'=' || c == b'>')
    {
        k += 1;
    }
    if b.get(k).is_some_and(|&c| c == b'"' || c == b'\'') {
        k += 1;
    }
    let start = k;
    while b
        .get(k)
        .is_some_and(|&c| !c.is_ascii_whitespace() && !matches!(c, b'"' | b'\'' | b',' | b';'))
    {
        k += 1;
    }
    let value = text.get(start..k)?;
    let chars = value.chars().count();
    let lower = value.to_ascii_lowercase();
    // A reference or a placeholder to fill in (`${DB_PASSWORD}`, `changeme`,
    // `your-api-key`, `xxxxx`), not a value.
    let reference = variable_reference(value)
        || value.starts_with(['<', '{', '*', '[', '('])
        // Only a provider's prefix (`sk_live_`, `xoxb-`), the rest left out.
        || (value.ends_with(['_', '-'])
            && value.len() <= 12
            && value
                .bytes()
                .all(|c| c.is_ascii_lowercase() || matches!(c, b'_' | b'-')))
        || value.ends_with(['(', '['])
        || ["null", "none", "true", "false", "nil"]
            .iter()
            .any(|w| value.eq_ignore_ascii_case(w))
        || stand_in(&lower)
        // Words to read, not a key (`MOLLIE_API_KEY=test_or_live_key_here`).
        || (!password && described(value));
    // A bare `KEY` (`AZURE_OPENAI_KEY=…`) names many things; only a long random value counts
    // (not `SSH_KEY=~/.ssh/id_rsa` nor `SORT_KEY=created_at`).
    let bare_key = b
        .get(at..at + 3)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"key"))
        && !b.get(at + 3).is_some_and(u8::is_ascii_alphabetic);
    let random = chars >= 16
        && value.bytes().any(|c| c.is_ascii_digit())
        && value.bytes().any(|c| c.is_ascii_alphabetic())
        && value
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'+' | b'/' | b'='))
        && !value.starts_with('/');
    let long_enough = chars >= if password { 4 } else { 8 };
    (long_enough && !reference && (!bare_key || random)).then_some((start, k, password))
}

/// The value of a secret in XML: an element named for it (`<Pass>…</Pass>`, as FileZilla keeps
/// its sites) or a KeePass export's entry, the key's name in `<Key>` and the secret in the
/// `<Value>` after it. `name` starts the key's name and `k` ends the keyword.
fn xml_secret(
    text: &str,
    name: usize,
    mut k: usize,
    password: bool,
) -> Option<(usize, usize, bool)> {
    let b = text.as_bytes();
    let starts_ci = |at: usize, w: &[u8]| {
        b.get(at..at + w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
    };
    if b[name - 1] == b'<' {
        // The element itself: `<Password>` holds the value.
        if b.get(k) != Some(&b'>') {
            return None;
        }
        k += 1;
    } else {
        // `<Key>Password</Key><Value ProtectInMemory="True">…</Value>`.
        if !(name >= 5 && starts_ci(name - 5, b"<key>") && starts_ci(k, b"</key>")) {
            return None;
        }
        k += "</key>".len();
        if !starts_ci(k, b"<value") {
            return None;
        }
        k += memchr::memchr(b'>', &b[k..])? + 1;
    }
    let start = k;
    let end = start + memchr::memchr2(b'<', b'\n', &b[start..])?;
    if b.get(end) != Some(&b'<') {
        return None;
    }
    let value = text.get(start..end)?;
    let lower = value.to_ascii_lowercase();
    // A key or token is long and mixes digits and letters (`<Key>Password</Key>` is
    // KeePass's own structure, not a key).
    let long_enough = if password {
        value.chars().count() >= 4
    } else {
        value.len() >= 16
            && value.bytes().any(|c| c.is_ascii_digit())
            && value.bytes().any(|c| c.is_ascii_alphabetic())
    };
    (long_enough && !value.contains(char::is_whitespace) && !stand_in(&lower))
        .then_some((start, end, password))
}

/// True when `lower` (a value in lowercase) stands in for a secret: a placeholder to fill in
/// (`changeme`, `vul-zelf-in`) or a provider's prefix filled up (`sk-ant-xxxx`).
fn stand_in(lower: &str) -> bool {
    PLACEHOLDER_VALUES.iter().any(|w| lower.contains(w))
        || redacted(lower)
        || filler(lower)
        || variable_reference(lower)
        // Cut short to show which one it is (`sk_live_...`, `sk-…f3a9`).
        || lower.contains("...")
        || lower.contains('…')
}

/// True when `v` is words in brackets, as a value taken out or to be filled in is written:
/// `[verwijderd]`, `<wachtwoord>`, `{password}`, `[REDACTED]`, `(zie kluis)`.
fn redacted(v: &str) -> bool {
    let inner = match v.as_bytes() {
        [b'[', .., b']'] | [b'<', .., b'>'] | [b'{', .., b'}'] | [b'(', .., b')'] => {
            &v[1..v.len() - 1]
        }
        _ => return false,
    };
    !inner.is_empty()
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '_'))
}

/// True when the code after the keyword at `at` (`kw` lowercased) only lets one into one
/// meeting: an online meeting's passcode beside its ID, as every invitation shows it
/// (`Vergadering-ID: 172 927 486 790 - Wachtwoordcode: Ab3xYz`). A login code sent by SMS
/// still opens an account and stays a password.
fn meeting_code(text: &str, at: usize, kw: &str) -> bool {
    let b = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |k| k + 1);
    let line_end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |k| at + k);
    let line = b[line_start..line_end].to_ascii_lowercase();
    let has = |w: &[u8]| memchr::memmem::find(&line, w).is_some();
    (kw.starts_with("wachtwoordcode") || kw.starts_with("passcode"))
        && (has(b"vergadering-id") || has(b"meeting id") || has(b"meeting-id"))
}

/// True when `value` is lowercase words joined by `_` or `-` (three or more), no digit: a
/// description of what to fill in (`test_or_live_key_here`, `your-bot-token`), not a key.
fn described(value: &str) -> bool {
    value
        .bytes()
        .all(|c| c.is_ascii_lowercase() || matches!(c, b'_' | b'-'))
        && value.split(['_', '-']).filter(|w| !w.is_empty()).count() >= 3
}

/// [`stand_in`] for a value shaped like a provider's key, which holds random letters: only
/// the placeholder words of five letters or more count (a random key may hold `todo`, as
/// `…jtOdOhy…` does).
fn key_stand_in(lower: &str) -> bool {
    PLACEHOLDER_VALUES
        .iter()
        .any(|w| w.len() >= 5 && lower.contains(w))
        || filler(lower)
}

/// True when `lower` (a value in lowercase) is a provider's prefix and then only `x`, dots or
/// stars (`sk-ant-xxxx`, `sk_live_...`, `xxxxx`): an example, not a key.
fn filler(lower: &str) -> bool {
    let tail = lower.rsplit(['-', '_']).next().unwrap_or(lower);
    let tail = if tail.is_empty() { lower } else { tail };
    tail.len() >= 3 && tail.bytes().all(|c| c == b'x' || c == b'.' || c == b'*')
}

/// What the password detectors that read a whole text look for anywhere in it: found
/// together in one pass of one automaton instead of a substring search each.
const NEEDLES: [&[u8]; 20] = [
    // login_lines: `login`, `inlog` without their first letter (any case of it).
    b"ogin",
    b"OGIN",
    b"nlog",
    b"NLOG",
    // basic_auth
    b"-u ",
    b"--user ",
    b"://",
    // glued_password_words
    b"achtwoord",
    b"assword",
    // spelled_keywords
    b"O R D",
    b"o r d",
    // wifi_keys: `sleutel`, `key:` without their first letter (`key:` is found as `key`).
    b"leutel",
    b"ey:",
    // introduced_keys
    b"api",
    b"API",
    b"Api",
    b"token",
    b"Token",
    b"secret",
    b"key",
];

static NEEDLE_AC: LazyLock<Option<aho_corasick::AhoCorasick>> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(NEEDLES)
        .ok()
});

/// Where each of [`NEEDLES`] starts in a text, in order. Where two would overlap (`nlog` and
/// `ogin` in `inlogin`) only the first is found: no detector needs both.
struct Needles([Vec<usize>; NEEDLES.len()]);

impl Needles {
    fn of(b: &[u8]) -> Needles {
        let mut at: [Vec<usize>; NEEDLES.len()] = Default::default();
        match NEEDLE_AC.as_ref() {
            Some(ac) => {
                for m in ac.find_iter(b) {
                    if let Some(v) = at.get_mut(m.pattern().as_usize()) {
                        v.push(m.start());
                    }
                }
            }
            None => {
                for (v, n) in at.iter_mut().zip(NEEDLES) {
                    v.extend(memchr::memmem::find_iter(b, n));
                }
            }
        }
        Needles(at)
    }

    /// The starts of `needle`; for `ey:` also those inside a `key:`, which the automaton
    /// finds as `key`.
    fn with_key_colon(&self, needle: &[u8], b: &[u8]) -> Vec<usize> {
        let mut v = self.hits(needle).to_vec();
        if needle == b"ey:" {
            v.extend(
                self.hits(b"key")
                    .iter()
                    .filter(|&&k| b.get(k + 3) == Some(&b':'))
                    .map(|k| k + 1),
            );
            v.sort_unstable();
        }
        v
    }

    /// The starts of `needle`, one of [`NEEDLES`].
    fn hits(&self, needle: &[u8]) -> &[usize] {
        NEEDLES
            .iter()
            .position(|n| *n == needle)
            .and_then(|i| self.0.get(i))
            .map_or(&[], Vec::as_slice)
    }
}

/// Where `wachtwoord` or `password` ends a longer word (`Startwachtwoord`, `Wifiwachtwoord`,
/// `adminpassword`): the keyword's start, in order. At a word's start the scan finds them.
fn glued_password_words(b: &[u8], needles: &Needles) -> Vec<usize> {
    let mut out = Vec::new();
    for (kw, back) in [(&b"achtwoord"[..], 1), (b"assword", 1)] {
        for &k in needles.hits(kw) {
            let Some(at) = k.checked_sub(back) else {
                continue;
            };
            let lead = b[at] | 0x20;
            let glued = at > 0 && b[at - 1].is_ascii_alphabetic();
            if glued && (lead == b'w' || lead == b'p') {
                out.push(at);
            }
        }
    }
    out.sort_unstable();
    out
}

/// Codes that open a door, a key safe or an alarm, and PINs (`sleutelkluisje naast de
/// achterdeur, code 1166`, `Alarmcode pand Goes: 0788`, `PIN bedrijfspas (Dewi Kanhai): 5783`,
/// `De pincode van de tankpas is 8467`): four to six digits standing alone after a code word,
/// in its sentence, right after the word, a colon or `is`. A code word is `pin`, `pincode`,
/// a compound ending in `code` of something that opens (`toegangscode`, `deurcode`), or
/// `code` with such a word in its sentence (`Code van het fietsenhok is veranderd: 9122`).
/// Those are passwords too.
fn access_codes(text: &str) -> Vec<(usize, usize)> {
    const OPENS: &[&[u8]] = &[
        b"alarm",
        b"kluis",
        b"sleutel",
        b"deur",
        b"poort",
        b"hek",
        b"toegang",
        b"slot",
        b"garage",
        b"fietsenhok",
        b"fietsenstalling",
        b"berging",
        b"kast",
        b"locker",
        b"pand",
        b"ingang",
        b"entree",
        b"kantoor",
        b"safe",
        b"brievenbus",
        b"pas",
    ];
    const REACH: usize = 64;
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let lower_at = |i: usize, w: &[u8]| {
        b.get(i..i + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w))
    };
    // The spellings looked for: a few exact substring searches run far faster than one
    // case-insensitive automaton over the whole text.
    static WORDS: LazyLock<[memchr::memmem::Finder<'static>; 6]> = LazyLock::new(|| {
        [&b"code"[..], b"Code", b"CODE", b"pin", b"Pin", b"PIN"].map(memchr::memmem::Finder::new)
    });
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for f in WORDS.iter() {
        hits.extend(f.find_iter(b).map(|k| (k, k + f.needle().len())));
    }
    hits.sort_unstable();
    let mut last_word = usize::MAX;
    for (hit_start, hit_end) in hits {
        // The whole word (its ASCII letters) around the hit, once per word.
        let mut i = hit_start;
        while i > 0 && b[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        if i == last_word {
            continue;
        }
        last_word = i;
        let mut we = hit_end;
        while we < b.len() && b[we].is_ascii_alphabetic() {
            we += 1;
        }
        let word = b[i..we].to_ascii_lowercase();
        let pin = word == b"pin" || word == b"pincode" || word == b"pinnummer";
        let code = word.ends_with(b"code") && word.as_slice() != b"postcode";
        let (ws, wend) = (i, we);
        if !(pin || code) {
            continue;
        }
        if out.last().is_some_and(|&(_, e)| e > ws) {
            continue;
        }
        // The sentence around the word: from the line's start (or the last sentence end) up to
        // REACH bytes on, not past a line break or a sentence end.
        let line_from = memchr::memrchr(b'\n', &b[..ws]).map_or(0, |n| n + 1);
        let from = ws.saturating_sub(48).max(line_from);
        let mut to = (wend + REACH).min(b.len());
        if let Some(n) = memchr::memchr(b'\n', &b[wend..to]) {
            to = wend + n;
        }
        let opens_in = |s: usize, e: usize| {
            let hay = b[s..e].to_ascii_lowercase();
            OPENS
                .iter()
                .any(|o| memchr::memmem::find(&hay, o).is_some())
        };
        let prefix = &word[..word.len().saturating_sub(4)];
        let keyword = pin
            || (word.len() > 4 && OPENS.iter().any(|o| prefix.starts_with(o)))
            || (word.as_slice() == b"code" && (opens_in(from, ws) || opens_in(wend, to)));
        if !keyword {
            continue;
        }
        // The first number of four to six digits on, that stands alone and follows the word,
        // a colon or `is` (`… is veranderd: 9122`).
        let mut v = wend;
        while v < to {
            if !b[v].is_ascii_digit() || b[v - 1].is_ascii_alphanumeric() {
                // A sentence ends here, but not at an initial (`van R. Barbosa is 8467`).
                let initial = b[v] == b'.'
                    && b[v - 1].is_ascii_uppercase()
                    && (v < 2 || !b[v - 2].is_ascii_alphabetic());
                if matches!(b[v], b'.' | b'?' | b'!')
                    && !initial
                    && b.get(v + 1).is_none_or(|c| c.is_ascii_whitespace())
                {
                    break;
                }
                v += 1;
                continue;
            }
            let digits = b[v..].iter().take_while(|c| c.is_ascii_digit()).count();
            let glued = b.get(v + digits).is_some_and(|&c| {
                c.is_ascii_alphanumeric()
                    || c == b'-'
                    || c == b'/'
                    || (matches!(c, b'.' | b',')
                        && b.get(v + digits + 1).is_some_and(u8::is_ascii_digit))
                    || c == b':'
            });
            let mut p = v;
            while p > wend && b[p - 1] == b' ' {
                p -= 1;
            }
            // `… is trouwens 2720`: a filler word or two between `is` and the code.
            for _ in 0..2 {
                let mut q = p;
                while q > wend && b[q - 1].is_ascii_lowercase() {
                    q -= 1;
                }
                if q < p && q > wend + 1 && b[q - 1] == b' ' && FILLERS.contains(&&b[q..p]) {
                    p = q - 1;
                    while p > wend && b[p - 1] == b' ' {
                        p -= 1;
                    }
                }
            }
            let lead = p == wend
                || b[p - 1] == b':'
                || (p >= wend + 2
                    && lower_at(p - 2, b"is")
                    && (p - 2 == wend || !b[p - 3].is_ascii_alphabetic()));
            if (4..=6).contains(&digits) && !glued && lead {
                out.push((v, v + digits));
                break;
            }
            v += digits;
        }
    }
    out
}

/// Keys and tokens given in a sentence about them, after the word that introduces them
/// (`here's the production Postmark API key for staging: 9144cbd0-4db7-…`, `het token is
/// …`): the first token in the sentence of 20 characters or more with letters and digits.
fn introduced_keys(text: &str, needles: &Needles) -> Vec<(usize, usize)> {
    const WORDS: [&[u8]; 7] = [
        b"api", b"API", b"Api", b"token", b"Token", b"secret", b"key",
    ];
    const REACH: usize = 120;
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut starts: Vec<usize> = WORDS
        .iter()
        .flat_map(|w| needles.hits(w).iter().copied())
        .collect();
    starts.sort_unstable();
    for k in starts {
        if out.last().is_some_and(|&(_, e)| e > k) || (k > 0 && b[k - 1].is_ascii_alphanumeric()) {
            continue;
        }
        let end = snap_fwd(text, (k + REACH).min(b.len()));
        let Some(rest) = text.get(k..end) else {
            continue;
        };
        let line = rest.split('\n').next().unwrap_or("");
        let mut offset = k;
        let mut introduced = false;
        let mut after_secret = false;
        for tok in line.split(' ') {
            let at = offset;
            offset += tok.len() + 1;
            let value = tok.trim_end_matches(['.', ',', ';', ')', '"', '\'']);
            let has = |f: fn(&u8) -> bool| value.bytes().any(|c| f(&c));
            let mixed = has(u8::is_ascii_digit) && has(u8::is_ascii_alphabetic);
            let keyish = (value.len() >= 20
                && mixed
                && value.bytes().all(|c| {
                    c.is_ascii_alphanumeric()
                        || matches!(c, b'-' | b'_' | b'.' | b'+' | b'/' | b'=')
                })
                // A client secret is shorter (`Client secret: gbeVIrLzReQ1`), a refresh
                // token longer and of any printable signs.
                || (after_secret
                    && value.len() >= 10
                    && has(u8::is_ascii_uppercase)
                    && has(u8::is_ascii_lowercase)
                    && has(u8::is_ascii_digit)
                    && value.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_')))
                || (value.len() >= 40 && mixed && value.bytes().all(|c| c.is_ascii_graphic())))
                && !value.contains("://")
                && !value.contains("..")
                && !key_stand_in(&value.to_ascii_lowercase());
            after_secret = tok.eq_ignore_ascii_case("secret:");
            if introduced && keyish {
                out.push((at, at + value.len()));
                break;
            }
            // `werkt met key 6113…`: `met` gives the value after a bare `key`.
            introduced = introduced
                || tok.ends_with(':')
                || matches!(tok, "is" | "=" | "wordt" | "luidt" | "->" | "→")
                || (at == k && tok == "key");
            if tok.ends_with(['.', '?', '!']) && !keyish {
                break;
            }
        }
    }
    out
}

/// Postcodes typed in lowercase right after the word `postcode` (`postcode 2900dx`,
/// `Postcode is 7310 br`); the capitals form is found everywhere by the postcode pattern.
fn lowercase_postcodes(text: &str, near: &[(usize, usize)]) -> Vec<(usize, usize)> {
    static WORD: LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        LazyLock::new(|| [&b"postcode"[..], b"Postcode"].map(memchr::memmem::Finder::new));
    let b = text.as_bytes();
    let mut out = Vec::new();
    for f in WORD.iter() {
        for k in find_near(f, b, near) {
            let mut v = k + 8;
            // Up to a line's worth of spaces and colons before the digits.
            while v < k + 8 + POSTCODE_GAP && b.get(v).is_some_and(|c| matches!(c, b' ' | b':')) {
                v += 1;
            }
            if b.get(v..v + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"is "))
            {
                v += 3;
            }
            let d = b[v.min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if d != 4 || b[v] == b'0' {
                continue;
            }
            let mut l = v + 4;
            if b.get(l) == Some(&b' ') {
                l += 1;
            }
            let letters = b
                .get(l..l + 2)
                .is_some_and(|w| w.iter().all(u8::is_ascii_lowercase));
            let end = l + 2;
            if letters && !b.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                out.push((v, end));
            }
        }
    }
    out
}

/// Codes written as a label for what they open and the code (`- alarm: 7501`,
/// `sleutelkastje: 8617`, `Kluis: 2580`): four to six digits right after the colon.
fn labelled_codes(text: &str) -> Vec<(usize, usize)> {
    const LABELS: &[&[u8]] = &[
        b"alarm",
        b"kluis",
        b"kluisje",
        b"sleutelkastje",
        b"sleutelkluis",
        b"sleutelkluisje",
        b"deur",
        b"voordeur",
        b"achterdeur",
        b"poort",
        b"hek",
        b"garage",
        b"fietsenhok",
        b"brievenbus",
        b"pin",
        b"safe",
        b"locker",
    ];
    let b = text.as_bytes();
    let mut out = Vec::new();
    for c in memchr::memchr_iter(b':', b) {
        let mut ws = c;
        while ws > 0 && b[ws - 1].is_ascii_alphabetic() {
            ws -= 1;
        }
        if ws == c || (ws > 0 && b[ws - 1].is_ascii_alphanumeric()) {
            continue;
        }
        if !LABELS.iter().any(|l| b[ws..c].eq_ignore_ascii_case(l)) {
            continue;
        }
        let mut v = c + 1;
        while b.get(v) == Some(&b' ') {
            v += 1;
        }
        let n = b[v.min(b.len())..]
            .iter()
            .take_while(|d| d.is_ascii_digit())
            .count();
        let glued = b
            .get(v + n)
            .is_some_and(|d| d.is_ascii_alphanumeric() || matches!(d, b'-' | b':' | b'/' | b','));
        if (4..=6).contains(&n) && !glued {
            out.push((v, v + n));
        }
    }
    out
}

/// A password given with a user name as `user:password`: after curl's `-u`/`--user`
/// (`curl -u admin:Kerst2025@ https://…`), or inside a web address (`https://jan:geheim99@host`).
fn basic_auth(text: &str, needles: &Needles) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut push_value = |colon: usize, end: usize| {
        if end > colon + 4 {
            out.push((colon + 1, end));
        }
    };
    for flag in [&b"-u "[..], b"--user "] {
        for &k in needles.hits(flag) {
            if k > 0 && !b[k - 1].is_ascii_whitespace() {
                continue;
            }
            let s = k + flag.len();
            let e = s + b[s..]
                .iter()
                .take_while(|c| !c.is_ascii_whitespace())
                .count();
            if let Some(c) = memchr::memchr(b':', &b[s..e]) {
                if c > 0 {
                    push_value(s + c, e);
                }
            }
        }
    }
    for &k in needles.hits(b"://") {
        let s = k + 3;
        let e = s + b[s..]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace() && **c != b'/')
            .count();
        let Some(at) = memchr::memrchr(b'@', &b[s..e]) else {
            continue;
        };
        if let Some(c) = memchr::memchr(b':', &b[s..s + at]) {
            if c > 0 {
                push_value(s + c, s + at);
            }
        }
    }
    out
}

/// The text that follows the HTML tags starting at `start` (`</td><td><strong>Appel2026*<`):
/// up to the next tag or space; `None` when there is none.
fn tag_inner(text: &str, start: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = start;
    for _ in 0..8 {
        if b.get(i) != Some(&b'<') {
            break;
        }
        i += memchr::memchr(b'>', &b[i..b.len().min(i + 64)])? + 1;
    }
    let e = i + b[i..]
        .iter()
        .take_while(|&&c| c != b'<' && !c.is_ascii_whitespace())
        .count();
    (e > i && b.get(i) != Some(&b'<')).then_some((i, e))
}

/// Accounts listed as `service: user / password`, a line each (`- WordPress: juliana /
/// 1Us0MfatfPR39hQ!?9`, `AllUnited: penningmeester@… / pu1PDOz…`, `Gebruik de mijne: suzanne
/// / Kompas.walrus70. Morgen …`): the token after the slash when it is shaped like a password
/// and the user one token too. In a text that speaks of no login or password (`about`
/// false), only a user that is an e-mail address counts. Also a mailbox handed over as
/// `address met password` (`evi@hotmail.nl met TZBZ-73dh-L2GV`), when the value mixes three
/// of capitals, small letters, digits and symbols.
fn credential_pairs(text: &str, about: bool) -> Vec<(usize, usize)> {
    let slashes = memchr::memmem::find(text.as_bytes(), b" / ").is_some();
    // The token at `at` (up to whitespace), without a full stop or comma that ends the
    // sentence it closes: `(start, end)`.
    let token = |line: &str, at: usize| -> (usize, usize) {
        let rest = &line[at..];
        let len = rest.find([' ', '\t']).unwrap_or(rest.len());
        let t = &rest[..len];
        let t = t.strip_suffix(['.', ',', ';']).unwrap_or(t);
        (at, at + t.len())
    };
    let mail = |u: &str| {
        u.rsplit_once('@')
            .is_some_and(|(l, d)| !l.is_empty() && d.contains('.'))
    };
    let mut out = Vec::new();
    // Without a ` / ` only a line with an `@` can hold a pair: those lines alone, found from
    // the `@`s, not every line of a long text.
    let lines: Vec<(usize, usize)> = if slashes {
        crate::blocks::line_bounds(text.as_bytes()).collect()
    } else {
        lines_holding(text.as_bytes(), b'@')
    };
    for (ls, le) in lines {
        let line = &text[ls..le];
        if let Some(colon) = line
            .get(..line.len().min(48))
            .filter(|_| slashes)
            .and_then(|h| h.find(": "))
        {
            let rest = &line[colon + 2..];
            if let Some(slash) = rest.find(" / ") {
                let user = rest[..slash].trim();
                let (ps, pe) = token(line, colon + 2 + slash + 3);
                let pass = &line[ps..pe];
                if !user.is_empty()
                    && !user.contains(' ')
                    && (about || mail(user))
                    && password_shaped(pass)
                    && !stand_in(&pass.to_ascii_lowercase())
                {
                    out.push((ls + ps, ls + pe));
                }
            }
        }
        if memchr::memchr(b'@', line.as_bytes()).is_none() {
            continue;
        }
        for sep in [" met ", " with "] {
            for (k, _) in line.match_indices(sep) {
                let user = line[..k].rsplit([' ', '\t', '(', '<']).next().unwrap_or("");
                let (ps, pe) = token(line, k + sep.len());
                let pass = &line[ps..pe];
                // A word and a number (`Offerte2026`, `Factuur-118`) may name a file sent
                // along: only in a text about a login or password.
                let letters = pass.bytes().take_while(u8::is_ascii_alphabetic).count();
                let tail = pass[letters..].trim_start_matches(['-', '_']);
                let word_number = letters >= 2
                    && pass.as_bytes()[1..letters]
                        .iter()
                        .all(u8::is_ascii_lowercase)
                    && (1..=4).contains(&tail.len())
                    && tail.bytes().all(|c| c.is_ascii_digit());
                if mail(user)
                    && char_classes(pass) >= 3
                    && (about || !word_number)
                    && password_shaped(pass)
                    && !stand_in(&pass.to_ascii_lowercase())
                {
                    out.push((ls + ps, ls + pe));
                }
            }
        }
    }
    out
}

/// The lines of `b` that hold `byte`, each once, in order, as (start, end before its `\n`).
fn lines_holding(b: &[u8], byte: u8) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for k in memchr::memchr_iter(byte, b) {
        if out.last().is_some_and(|&(_, e)| k < e) {
            continue;
        }
        let s = memchr::memrchr(b'\n', &b[..k]).map_or(0, |j| j + 1);
        let e = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |j| k + j);
        out.push((s, e));
    }
    out
}

/// How many of capitals, small letters, digits and other characters `v` mixes (0 to 4).
fn char_classes(v: &str) -> usize {
    [
        v.bytes().any(|c| c.is_ascii_uppercase()),
        v.bytes().any(|c| c.is_ascii_lowercase()),
        v.bytes().any(|c| c.is_ascii_digit()),
        v.bytes().any(|c| !c.is_ascii_alphanumeric()),
    ]
    .iter()
    .filter(|&&c| c)
    .count()
}

/// A list of accounts and their passwords, a line each (`Bank zakelijk: Wortel2026?` ⏎
/// `PostNL zakelijk: Kameel_oester6` ⏎ `Alarm app: H@v3n!889`), in a text that speaks of
/// passwords: a label of one to four words, then one token that mixes three of capitals,
/// small letters, digits and symbols. Two such lines or more make the list (one alone may be
/// a browser or a version in a notice about a changed password).
fn listed_passwords(text: &str) -> Vec<(usize, usize)> {
    // Labels of an example, or of what a login names besides its password (a user, a
    // network, a host).
    const NOT_SECRETS: &[&str] = &[
        "voorbeeld",
        "bijvoorbeeld",
        "bijv",
        "bv",
        "example",
        "e.g",
        "gebruikersnaam",
        "gebruiker",
        "user",
        "username",
        "login",
        "inlog",
        "inlognaam",
        "account",
        "e-mail",
        "email",
        "mail",
        "ssid",
        "netwerk",
        "network",
        "netwerknaam",
        "host",
        "hostname",
        "server",
        "database",
        "db",
        "domein",
        "domain",
        "url",
        "naam",
        "name",
        "port",
        "poort",
    ];
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let ls = at;
        at += line.len() + 1;
        let body = line.trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, ' ' | '\t' | '-' | '*' | '•' | '.' | ')')
        });
        let Some(colon) = body.get(..body.len().min(40)).and_then(|h| h.find(": ")) else {
            continue;
        };
        let label = &body[..colon];
        let words = label.split(' ').count();
        let label_ok = (1..=4).contains(&words)
            && label.chars().next().is_some_and(char::is_alphabetic)
            && label
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '(' | ')' | '-' | '.'))
            && !NOT_SECRETS
                .iter()
                .any(|e| label.to_ascii_lowercase().trim_end_matches('.') == *e);
        let value = body[colon + 2..].trim_end();
        // Not a browser or a file (`Chrome/118.0`, `offerte_2026.pdf`) nor a version.
        // (Nor a host, `db01.intern`, `backup01.office.local`.)
        let file = value
            .rsplit_once('.')
            .is_some_and(|(_, x)| !x.is_empty() && x.bytes().all(|c| c.is_ascii_lowercase()));
        let version =
            value.starts_with(['v', 'V']) && value[1..].starts_with(|c: char| c.is_ascii_digit());
        if label_ok
            && !value.is_empty()
            && !value.contains([' ', '\t', '/'])
            && value.bytes().any(|c| c.is_ascii_lowercase())
            && char_classes(value) >= 3
            && !file
            && !version
            && password_shaped(value)
            && !stand_in(&value.to_ascii_lowercase())
        {
            let vs = ls + (line.len() - body.len()) + colon + 2;
            out.push((vs, vs + value.len()));
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// A password alone on its line under a line about a login (`login: wim@…` ⏎ `Fr1ts!99`, or
/// `login simplicate:` ⏎ `noor@…` ⏎ `paars-bezem-tegel-41`): within the two lines after one
/// that starts with a login word, the first line holding one token shaped like a password.
fn login_lines(text: &str, needles: &Needles) -> Vec<(usize, usize)> {
    // Without their first letter, so that one search finds `login` and `Login`, another
    // `inlog` and `Inlog` (and two more the capitals).
    let b = text.as_bytes();
    let mut out = Vec::new();
    for needle in [&b"ogin"[..], b"OGIN", b"nlog", b"NLOG"] {
        let lead = if needle[0] | 0x20 == b'o' { b'l' } else { b'i' };
        for &k in needles.hits(needle) {
            let Some(k) = k.checked_sub(1).filter(|&k| b[k] | 0x20 == lead) else {
                continue;
            };
            let line_start = memchr::memrchr(b'\n', &b[..k]).map_or(0, |n| n + 1);
            if b[line_start..k]
                .iter()
                .any(|&c| !matches!(c, b' ' | b'\t' | b'-' | b'*' | b'#'))
            {
                continue;
            }
            let line_end = memchr::memchr(b'\n', &b[k..]).map_or(b.len(), |n| k + n);
            if line_end - line_start > 80 {
                continue;
            }
            let mut at = line_end + 1;
            for _ in 0..2 {
                if at >= b.len() {
                    break;
                }
                let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |n| at + n);
                let Some(line) = text.get(at..end) else {
                    break;
                };
                let value = line.trim();
                if value.is_empty() || value.contains(' ') {
                    break;
                }
                if password_shaped(value) {
                    let lead = line.len() - line.trim_start().len();
                    out.push((at + lead, at + lead + value.len()));
                    break;
                }
                at = end + 1;
            }
        }
    }
    out
}

/// The value after a password keyword spelled out letter by letter, as a scan's text
/// recognition reads wide type (`W A C H T W O O R D  :  Kantoor!@`).
fn spelled_keywords(text: &str, needles: &Needles) -> Vec<(usize, usize)> {
    const WORDS: &[&[u8]] = &[b"wachtwoord", b"password", b"paswoord", b"passwoord"];
    let b = text.as_bytes();
    let mut out = Vec::new();
    for ord in [&b"O R D"[..], b"o r d"] {
        for &k in needles.hits(ord) {
            // Back over `X ` pairs to where the spelled word starts.
            let mut s = k;
            while s >= 2 && b[s - 1] == b' ' && b[s - 2].is_ascii_alphabetic() {
                if s >= 3 && b[s - 3].is_ascii_alphanumeric() {
                    break;
                }
                s -= 2;
            }
            let e = k + 5;
            if b.get(e).is_some_and(u8::is_ascii_alphanumeric) {
                continue;
            }
            let word: Vec<u8> = b[s..e]
                .iter()
                .step_by(2)
                .map(u8::to_ascii_lowercase)
                .collect();
            if !WORDS.contains(&&word[..]) {
                continue;
            }
            let mut v = e;
            while v < b.len() && matches!(b[v], b' ' | b'\t' | b':' | b'=') {
                v += 1;
            }
            if !b[e..v].iter().any(|&c| matches!(c, b':' | b'=')) {
                continue;
            }
            out.extend(shaped_value(text, v));
        }
    }
    out
}

/// The token from `v` to the next whitespace, when it is shaped like a password.
fn shaped_value(text: &str, v: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let ve = b[v.min(b.len())..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(b.len(), |n| v + n);
    text.get(v..ve)
        .is_some_and(password_shaped)
        .then_some((v, ve))
}

/// A wifi network's key written as `sleutel:` beside the network (`Netwerk: Ziggo9718
/// sleutel: 5euz-v7bm-azus`, `SSID Gasten, key: …`): on a line that names the network.
fn wifi_keys(text: &str, needles: &Needles) -> Vec<(usize, usize)> {
    // Without their first letter, so one search finds both cases (`sleutel`, `Sleutel`).
    const NETWORK: &[&[u8]] = &[b"netwerk", b"wifi", b"wi-fi", b"ssid", b"wlan"];
    let b = text.as_bytes();
    let mut out = Vec::new();
    for needle in [&b"leutel"[..], b"ey:"] {
        let lead = if needle == b"ey:" { b'k' } else { b's' };
        for k in needles.with_key_colon(needle, b) {
            let Some(k) = k.checked_sub(1).filter(|&k| b[k] | 0x20 == lead) else {
                continue;
            };
            let mut v = k + 1 + needle.len();
            if !needle.ends_with(b":") {
                while v < b.len() && b[v] == b' ' {
                    v += 1;
                }
                if b.get(v) != Some(&b':') {
                    continue;
                }
                v += 1;
            }
            if k > 0 && b[k - 1].is_ascii_alphabetic() {
                continue;
            }
            let line_start = memchr::memrchr(b'\n', &b[..k]).map_or(0, |n| n + 1);
            let head = b[line_start..k].to_ascii_lowercase();
            if !NETWORK
                .iter()
                .any(|w| memchr::memmem::find(&head, w).is_some())
            {
                continue;
            }
            while v < b.len() && matches!(b[v], b' ' | b'\t') {
                v += 1;
            }
            out.extend(shaped_value(text, v));
        }
    }
    out
}

/// Passwords written down as `'Service: value'` in quotes (`post-it met 'Outlook: 6-KCGbKS@6'
/// en 'Exact: Welkom24!!'`): a label of one or two words and a value with three of capitals,
/// small letters, digits and symbols, the whole between quotes.
fn quoted_logins(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    static COLON: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b": "));
    for k in COLON.find_iter(b) {
        // The label: letters (and one space) back to an opening quote.
        let mut i = k;
        let mut spaces = 0;
        while i > 0 && (b[i - 1].is_ascii_alphanumeric() || (b[i - 1] == b' ' && spaces == 0)) {
            spaces += usize::from(b[i - 1] == b' ');
            i -= 1;
        }
        if i == k || i == 0 || !matches!(b[i - 1], b'\'' | b'"') {
            continue;
        }
        let quote = b[i - 1];
        let vs = k + 2;
        let Some(ve) = memchr::memchr(quote, &b[vs..(vs + 64).min(b.len())]).map(|n| vs + n) else {
            continue;
        };
        let Some(value) = text.get(vs..ve) else {
            continue;
        };
        if !value.contains(' ') && char_classes(value) >= 3 && password_shaped(value) {
            out.push((vs, ve));
        }
    }
    out
}

/// A login written as `user / password` (`admin / Paraplu.99`, `root / Zomer!2024`): a login
/// word before a slash and a strong value after it (six or more characters with a digit, a
/// symbol or a capital inside), as installers note router and till logins.
fn login_pair(text: &str) -> Option<(usize, usize)> {
    const LOGIN: &[&str] = &[
        "admin",
        "administrator",
        "root",
        "beheerder",
        "gebruiker",
        "user",
        "username",
    ];
    // Words that make a line about a login, whatever the user's name is (`Inlog: kassa /
    // Tijdelijk093#`, `inlog voor Exact: saskia@… / Vakantie2026#`, `wifi → GastNet / …`).
    const LOGIN_LINE: &[&[u8]] = &[
        b"inlog",
        b"login",
        b"log in",
        b"wifi",
        b"wi-fi",
        b"credentials",
        b"gebruikersnaam",
        b"account",
        b"username",
    ];
    let b = text.as_bytes();
    for slash in memchr::memchr_iter(b'/', b) {
        let line_start = memchr::memrchr(b'\n', &b[..slash]).map_or(0, |n| n + 1);
        let on_login_line = || {
            let head = b[line_start..slash].to_ascii_lowercase();
            LOGIN_LINE
                .iter()
                .any(|w| memchr::memmem::find(&head, w).is_some())
        };
        let mut e = slash;
        while e > 0 && b[e - 1] == b' ' {
            e -= 1;
        }
        let mut w = e;
        while w > 0 && b[w - 1].is_ascii_alphabetic() {
            w -= 1;
        }
        let bounded = w == 0 || !b[w - 1].is_ascii_alphanumeric() && b[w - 1] != b'/';
        let login_word = w < e
            && bounded
            && LOGIN
                .iter()
                .any(|l| b[w..e].eq_ignore_ascii_case(l.as_bytes()));
        // On a login line the user may be anything without a space (an e-mail address too).
        let user_token = e > line_start
            && b[e - 1] != b'/'
            && !b[e - 1].is_ascii_whitespace()
            && e < slash
            && on_login_line();
        if !(login_word || user_token) {
            continue;
        }
        // The token after `from` and its spaces: its start and end.
        let token = |from: usize| {
            let mut s = from;
            while b.get(s) == Some(&b' ') {
                s += 1;
            }
            let mut v = s;
            while b.get(v).is_some_and(|&c| !c.is_ascii_whitespace()) {
                v += 1;
            }
            (s, v)
        };
        let (mut s, mut v) = token(slash + 1);
        let mut value = text.get(s..v)?.trim_end_matches([',', ';', ')']);
        // A label between (`login: saskia@… / wachtwoord: Zomer2026!`): its value follows.
        if value.ends_with(':') {
            (s, v) = token(v);
            value = text.get(s..v)?.trim_end_matches([',', ';', ')']);
        }
        if stand_in(&value.to_ascii_lowercase()) {
            continue;
        }
        let strong = value.bytes().any(|c| c.is_ascii_digit())
            || value.chars().any(|c| !c.is_alphanumeric())
            || value.chars().skip(1).any(char::is_uppercase);
        if value.chars().count() >= 6 && strong && !value.contains('/') {
            return Some((s, s + value.len()));
        }
    }
    None
}

/// Words that may stand between `is` and the code it gives (`het alarm is trouwens 2720`).
const FILLERS: &[&[u8]] = &[
    b"trouwens",
    b"nu",
    b"nog",
    b"steeds",
    b"gewoon",
    b"voortaan",
    b"tegenwoordig",
    b"sindsdien",
    b"weer",
    b"dus",
    b"altijd",
];

/// Letters typed at random, as generated passwords are: eight or more lowercase ASCII
/// letters of which fewer than a quarter are vowels (`yrwnfmganvzg`); Dutch and English words
/// have far more.
fn random_letters(w: &str) -> bool {
    let vowels = w
        .bytes()
        .filter(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
        .count();
    w.len() >= 8 && w.bytes().all(|c| c.is_ascii_lowercase()) && vowels * 4 < w.len()
}

/// Password keywords that ask for one as a word of their own, and as the start of a word.
const ASKED_SHORT: &[&[u8]] = &[b"ww", b"pw", b"pwd", b"psw", b"pass", b"inlog"];
const ASKED_LONG: &[&[u8]] = &[
    b"wachtw",
    b"wachtoord",
    b"wachwoord",
    b"passw",
    b"passco",
    b"passp",
    b"pincode",
    b"paswo",
    b"toegangscode",
    b"netwerksleutel",
    b"wachtzin",
    b"wpa",
    b"wifi",
    b"wi-fi",
];

/// Words that make a line a question without a question mark (`wat is het ww ook alweer`).
/// True when a question word of [`QUESTION_WORDS`] in `line` (lowercase) asks: not after
/// a subject that makes it a statement (`ik kan niet inloggen`, `dat kan`), while `kun je …`
/// and `ff vraagje wat was het ww` ask.
fn asks(line: &[u8]) -> bool {
    const SUBJECTS: &[&[u8]] = &[
        b"ik", b"we", b"wij", b"hij", b"zij", b"ze", b"men", b"het", b"dat", b"die", b"dit",
    ];
    let mut prev: &[u8] = b"";
    for w in line
        .split(|c| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        if QUESTION_WORDS.contains(&w) && !SUBJECTS.contains(&prev) {
            return true;
        }
        prev = w;
    }
    false
}

const QUESTION_WORDS: &[&[u8]] = &[
    b"wat", b"hoe", b"welk", b"welke", b"weet", b"mag", b"kun", b"kan", b"heb", b"wie",
];

/// True when a country calling code (`+32 `, `0032 `) stands right before `start`: the number
/// is the rest of a foreign phone number (`0032 468 944 680`), not a BSN.
fn after_country_code(b: &[u8], start: usize) -> bool {
    // `+31 (0)614081579`: the trunk zero in brackets between the code and the number.
    let start = if start >= 3 && &b[start - 3..start] == b"(0)" {
        start - 3
    } else {
        start
    };
    let Some(space) = start.checked_sub(1).filter(|&k| b[k] == b' ') else {
        return false;
    };
    let mut k = space;
    while k > 0 && b[k - 1].is_ascii_digit() && space - k < 4 {
        k -= 1;
    }
    let code = &b[k..space];
    let plus = k > 0 && b[k - 1] == b'+';
    (plus && (1..=3).contains(&code.len())) || (code.len() >= 3 && code.starts_with(b"00"))
}

/// True for a date (`06-02-1971`), also with the hour of a time after it (`03-12-2025 08`, as
/// in a WhatsApp export's `03-12-2025 08:14 - Naam:`).
fn looks_like_date(s: &str) -> bool {
    let s = s.split(' ').next().unwrap_or(s);
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    if parts.len() == 3 && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        let l: Vec<usize> = parts.iter().map(|p| p.len()).collect();
        return matches!(l.as_slice(), [1 | 2, 1 | 2, 2 | 4] | [4, 1 | 2, 1 | 2]);
    }
    false
}

/// True when every built-in pattern compiled (checked by the tests).
#[cfg(test)]
pub(crate) fn detectors_ok() -> bool {
    DETECTORS.is_some()
}

#[cfg(test)]
mod timing {
    use super::*;

    #[test]
    #[ignore]
    fn regex_timing() {
        let d = detectors();
        let doc = "Klant Jan de Vries woont op Kerkstraat 12a, 1234 AB Utrecht en is bereikbaar op 06-12345678 of jan@example.nl. Openstaand saldo: € 1.234,56. Notulen van het overleg: de begroting voor het volgende kwartaal is besproken, de marketingcampagne start in mei en het team werkt aan een nieuwe versie van de website. ".repeat(4000);
        let res: Vec<(&str, &Regex)> = vec![
            ("amount", &d.amount),
            ("email", &d.email),
            ("iban", &d.iban),
            ("phone", &d.phone),
            ("bsn", &d.bsn),
            ("card", &d.card),
            ("btw", &d.btw),
            ("kvk", &d.kvk),
            ("postcode", &d.postcode),
            ("street", &d.street),
            ("street_cue", &d.street_cue),
            ("plate", &d.plate),
            ("plate_cue", &d.plate_cue),
            ("ipv4", &d.ipv4),
            ("ipv6", &d.ipv6),
            ("dob", &d.dob),
            ("secret", &d.secret),
            ("secret_cue", &d.secret_cue),
            ("private_key", &d.private_key),
            ("password", &d.password),
            ("bsn_cue", &d.bsn_cue),
        ];
        for (name, re) in res {
            let t = std::time::Instant::now();
            let n = re.find_iter(&doc).count();
            let dt = t.elapsed();
            eprintln!(
                "{name:12} {n:6} {:8.1} MB/s",
                doc.len() as f64 / dt.as_secs_f64() / 1e6
            );
        }
        let mut spans = Vec::new();
        let mut f = Flags::default();
        d.detect("Kerkstraat 12 warm-up Jan", &mut spans, &mut f);
        let _ = crate::lexicon::is_ordinary("warm");
        let t = std::time::Instant::now();
        let mut spans = Vec::new();
        let mut f = Flags::default();
        d.detect(&doc, &mut spans, &mut f);
        eprintln!(
            "detect all {:8.1} MB/s",
            doc.len() as f64 / t.elapsed().as_secs_f64() / 1e6
        );
        let t = std::time::Instant::now();
        let ctx = crate::names::NameContext {
            claimed: &crate::resolve(spans),
            postcode_ends: &f.postcode_ends,
        };
        let n = crate::names::find_names(&doc, &ctx).spans.len();
        eprintln!(
            "names {n} {:8.1} MB/s",
            doc.len() as f64 / t.elapsed().as_secs_f64() / 1e6
        );
    }
}
