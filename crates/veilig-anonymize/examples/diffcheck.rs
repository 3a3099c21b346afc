//! Differential check for engine changes that must not change behaviour:
//! `diffcheck OUT_FILE` writes one line per input text with everything the engine returns
//! (text, blocked, reasons, replacements, mapping). Run it before and after a change and
//! compare the files (`cmp`), e.g.
//! `diffcheck /tmp/anon-ref.txt` once, then `diffcheck /tmp/anon-new.txt && cmp /tmp/anon-ref.txt /tmp/anon-new.txt`.
//!
//! Inputs: every text of `../shared/data/pii-dev.jsonl`, the texts of the throughput bench,
//! the bench document, and a few thousand generated texts (bench templates with random names
//! and numbers, random fragment soups, random character soups biased to digits and separators),
//! short and long (the engine treats texts over 512 bytes differently).
//! `DIFFCHECK_SHOW=TAG` also prints the input of the record `TAG` on stderr.

use std::fmt::Write as _;
use std::io::Write as _;
use veilig_anonymize::{BsnPolicy, Engine, Mapping, Options, TermKind};

static FIRST_NAMES: &str = include_str!("../data/first_names.txt");
static SURNAMES: &str = include_str!("../data/surnames.txt");
static PLACES: &str = include_str!("../data/places.txt");
static ORDINARY: &str = include_str!("../data/ordinary_words.txt");
static RARE: &str = include_str!("../data/first_names_rare.txt");

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use corpus::{FIRST as BFIRST, LAST as BLAST, TEMPLATES};

/// Templates with random numbers: {N} name, {E} e-mail, {D} digits, {P} phone, {I} IBAN,
/// {B} bsn-like, {C} postcode, {K} plate, {A} amount, {S} street, {X} secret-ish, {W} password.
const RTEMPLATES: &[&str] = &[
    "Beste {N}, uw BSN {B} en IBAN {I} zijn genoteerd. Bel {P}.",
    "Klant {N} woont op {S}, {C} {PL} en is bereikbaar op {P} of {E}. Saldo: {A}.",
    "Factuurnummer {D}, bedrag {A}, kenteken {K}, KvK {D}, btw NL{D}B{D2}.",
    "geboren op {DATE}, geb. {DATE}, dob: {DATE}. Afspraak op {DATE} om 12:00.",
    "{W}: {X} en token={X}. api_key: {X}",
    "Adres: {S}, {C} {PL}. Woonadres: {S}. kenteken: {K}",
    "IP {IP} en 2001:db8::1, server {IP}:8080, versie {D}.{D}.{D}",
    "Kaart {CARD}, {CARD}, ordernummer {D}, ref {D}, dossier {B}",
    "{N} ({E}) - {P} - {C} - {I}\n",
    "Mevrouw {N} en dhr. {N} spraken met {N} bij Bakkerij {N} in {PL}.",
    "Het bedrag van € {D},- en {D}% korting, EUR {D}.{D3},{D2} en {D} euro.",
    "Laan van {N} {D}, Weg der {N} {D}b, Burgemeester {N}straat {D}-{D2}",
];

const FRAGMENTS: &[&str] = &[
    "Jan de Vries",
    "J.P. van der Berg",
    "Mevrouw ",
    "Beste ",
    "dhr. ",
    "Ayşe Yılmaz",
    "Van Northeim",
    "Jansen-Bakker",
    " ",
    "\n",
    ", ",
    ". ",
    ": ",
    "(",
    ")",
    "[",
    "]",
    "_",
    "-",
    "€ 1.234,56",
    "EUR 250",
    "45 euro",
    "€ 45,-",
    "06-12345678",
    "+31 6 1234 5678",
    "(020) 123 45 67",
    "0031 6 63 204 361",
    "NL91 ABNA 0417 1643 00",
    "NL91ABNA0417164300",
    "111222333",
    "1112.22.333",
    "BSN ",
    "burgerservicenummer ",
    "1234 AB",
    "1234AB",
    "Kerkstraat 12a",
    "Sennahof 85 bis",
    "jan@example.nl",
    "12-ABC-3",
    "XX-99-99",
    "KvK 12345678",
    "NL123456789B01",
    "4111 1111 1111 1111",
    "192.168.1.20",
    "geboren op 12-03-1985",
    "wachtwoord: Geheim!42",
    "sk-proj-ghx56hz57TWmlijnoyewE5gIiRVkaaRH2aE7SQbkNLU9ClpG",
    "ghp_fbhv86AEye63WYB1Ne9asNbJNC3LLZ4JQ8Bx",
    "AKIAIOSFODNN7EXAMPLE",
    "xoxb-1234567890-abcdefghij",
    "AIzaSyA1234567890abcdefghijklmnopqrstu",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----",
    "sk_live_abcdefghijklmnop1234",
    "[KLANT_A]",
    "KLANT_B",
    "[klant_c]",
    "[EMAIL_A",
    "GEHEIM_",
    "maandag 18 februari",
    "Bank",
    "Team",
    "Roos",
    "Getekend voor akkoord",
    "Handtekening: ____",
    "Salarisspecificatie",
    "bruto salaris",
    "loonheffing",
    "netto loon",
    "Zeemeeuw",
    "Acme",
    "Visser",
    "é",
    "😀",
    "'t",
    "ß",
    "İ",
    "\u{0}",
    "\t",
    "ww ",
    "pw=",
    "password ",
    "pincode 1234",
    "adres ",
    "kenteken ",
    "geb. ",
    "kvk ",
    "Laan van Meerdervoort 12",
    "te Utrecht",
    "uit Polen",
    "Garage ",
    "Installatiebedrijf ",
    "Het Zoete Leven",
    " & ",
    "%",
    "@",
    "/",
    ".",
    "12",
    "0",
    "2024",
    "19",
];

/// Character soup alphabet: biased to the bytes the number and secret scanners care about.
const SOUP: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    " ",
    " ",
    " ",
    "-",
    ".",
    ",",
    "/",
    ":",
    "+",
    "(",
    ")",
    "A",
    "B",
    "N",
    "L",
    "Z",
    "X",
    "a",
    "e",
    "n",
    "r",
    "t",
    "s",
    "@",
    "€",
    "é",
    "\n",
    "_",
    "=",
    "%",
    "'",
    "\t",
    "'t ",
    "BSN ",
    "kvk ",
    "geb. ",
    "wachtwoord ",
    "kenteken ",
    "adres ",
    "IBAN ",
    "sk-",
    "EUR ",
    "euro",
    "NL",
    "B",
    "straat ",
    "laan ",
    "Jan ",
    "de ",
    "van ",
    "Mevrouw ",
    "tel ",
    "nr ",
    "::",
    "0031",
    "+31",
    "06",
    "020",
    "ß",
    "İ",
    "😀",
    "\u{a0}",
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.below(v.len())]
    }
    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }
    fn upper(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'A' + self.below(26) as u8))
            .collect()
    }
    fn alnum(&mut self, n: usize) -> String {
        const A: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-";
        (0..n).map(|_| char::from(A[self.below(A.len())])).collect()
    }
}

fn cap(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

struct Lists {
    first: Vec<&'static str>,
    sur: Vec<&'static str>,
    places: Vec<&'static str>,
    ord: Vec<&'static str>,
    rare: Vec<&'static str>,
}

fn name(r: &mut Rng, l: &Lists) -> String {
    let tv = [
        "", "", "", "van ", "de ", "van der ", "van den ", "ter ", "'t ",
    ];
    match r.below(6) {
        0 => format!("{} {}", r.pick(BFIRST), r.pick(BLAST)),
        1 => format!(
            "{} {}{}",
            cap(r.pick(&l.first)),
            tv[r.below(tv.len())],
            r.pick(&l.sur)
        ),
        2 => format!(
            "{}. {}{}",
            r.upper(1),
            tv[r.below(tv.len())],
            r.pick(&l.sur)
        ),
        3 => format!("{} {}", cap(r.pick(&l.rare)), cap(r.pick(&l.ord))),
        4 => cap(r.pick(&l.first)),
        _ => format!("{}-{}", r.pick(&l.sur), r.pick(&l.sur)),
    }
}

fn number_like(r: &mut Rng, key: &str, l: &Lists) -> String {
    match key {
        "N" => name(r, l),
        "E" => format!("{}.{}@example.nl", r.alnum(5), r.below(100)),
        "D" => {
            let n = 1 + r.below(9);
            r.digits(n)
        }
        "D2" => r.digits(2),
        "D3" => r.digits(3),
        "P" => match r.below(5) {
            0 => format!("06-{}", r.digits(8)),
            1 => format!("+31 6 {} {}", r.digits(4), r.digits(4)),
            2 => format!("(020) {} {} {}", r.digits(3), r.digits(2), r.digits(2)),
            3 => format!("0{} {}", r.digits(2), r.digits(7)),
            _ => format!("0031 6 {} {} {}", r.digits(2), r.digits(3), r.digits(3)),
        },
        "I" => match r.below(3) {
            0 => "NL91 ABNA 0417 1643 00".to_string(),
            1 => format!("NL{}{}{}", r.digits(2), r.upper(4), r.digits(10)),
            _ => format!(
                "NL{} {} {} {} {}",
                r.digits(2),
                r.upper(4),
                r.digits(4),
                r.digits(4),
                r.digits(2)
            ),
        },
        "B" => match r.below(4) {
            0 => "111222333".to_string(),
            1 => r.digits(9),
            2 => format!("{}.{}.{}", r.digits(4), r.digits(2), r.digits(3)),
            _ => format!("{} {} {}", r.digits(3), r.digits(3), r.digits(3)),
        },
        "C" => format!(
            "{}{}{}{}",
            1 + r.below(9),
            r.digits(3),
            if r.below(2) == 0 { " " } else { "" },
            r.upper(2)
        ),
        "PL" => cap(r.pick(&l.places)),
        "K" => match r.below(4) {
            0 => format!("{}-{}-{}", r.digits(2), r.upper(3), r.digits(1)),
            1 => format!("{}-{}-{}", r.upper(2), r.digits(2), r.upper(2)),
            2 => format!("{}-{}-{}", r.digits(1), r.upper(3), r.digits(2)),
            _ => format!("{}{}{}", r.upper(2), r.digits(3), r.upper(1)),
        },
        "A" => match r.below(5) {
            0 => format!("€ {}.{},{}", r.digits(1), r.digits(3), r.digits(2)),
            1 => format!("EUR {}", r.digits(3)),
            2 => format!("{} euro", r.digits(2)),
            3 => format!("€ {},-", r.digits(2)),
            _ => format!("{}%", r.digits(2)),
        },
        "S" => format!(
            "{}{} {}{}",
            cap(r.pick(&l.ord)),
            ["straat", "laan", "weg", "plein", "hof", "gracht"][r.below(6)],
            1 + r.below(300),
            ["", "a", " bis", "-2", "B", " hs"][r.below(6)]
        ),
        "X" => match r.below(4) {
            0 => format!("sk-proj-{}", r.alnum(30)),
            1 => format!("ghp_{}", r.alnum(36).replace(['_', '-'], "x")),
            2 => format!("{}{}", r.alnum(20), r.digits(6)),
            _ => r.alnum(8),
        },
        "W" => [
            "wachtwoord",
            "ww",
            "password",
            "pw",
            "pincode",
            "Wachtwoord is",
        ][r.below(6)]
        .to_string(),
        "DATE" => match r.below(3) {
            0 => format!("{}-{}-19{}", 1 + r.below(28), 1 + r.below(12), r.digits(2)),
            1 => format!("{} maart 19{}", 1 + r.below(28), r.digits(2)),
            _ => format!("20{}-0{}-1{}", r.digits(2), 1 + r.below(9), r.below(10)),
        },
        "IP" => format!(
            "{}.{}.{}.{}",
            r.below(300),
            r.below(256),
            r.below(256),
            r.below(256)
        ),
        "CARD" => format!(
            "4{} {} {} {}",
            r.digits(3),
            r.digits(4),
            r.digits(4),
            r.digits(4)
        ),
        _ => String::new(),
    }
}

fn fill(r: &mut Rng, t: &str, l: &Lists) -> String {
    let mut out = String::new();
    let mut rest = t;
    while let Some(p) = rest.find('{') {
        out.push_str(&rest[..p]);
        let Some(q) = rest[p..].find('}') else { break };
        let key = &rest[p + 1..p + q];
        out.push_str(&number_like(r, key, l));
        rest = &rest[p + q + 1..];
    }
    out.push_str(rest);
    out
}

fn random_texts(l: &Lists) -> Vec<String> {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::new();
    for k in 0..6000usize {
        let parts = match k % 4 {
            0 => 1,
            1 => 1 + r.below(3),
            2 => 3 + r.below(6),
            _ => 8 + r.below(20),
        };
        let mut s = String::new();
        for _ in 0..parts {
            match r.below(5) {
                0 => {
                    let t = r.pick(TEMPLATES);
                    s.push_str(&fill(&mut r, t, l));
                }
                1 | 2 => {
                    let t = r.pick(RTEMPLATES);
                    s.push_str(&fill(&mut r, t, l));
                }
                3 => {
                    for _ in 0..(1 + r.below(30)) {
                        s.push_str(r.pick(FRAGMENTS));
                    }
                }
                _ => {
                    for _ in 0..(1 + r.below(80)) {
                        s.push_str(r.pick(SOUP));
                    }
                }
            }
            s.push_str([" ", "\n", ". ", ", ", ""][r.below(5)]);
        }
        out.push(s);
    }
    out
}

fn record(out: &mut String, tag: &str, engine: &Engine, text: &str, map: &mut Mapping) {
    // `DIFFCHECK_SHOW=rnd497` prints that record's input, to look into a difference.
    if std::env::var("DIFFCHECK_SHOW").is_ok_and(|t| t == tag) {
        eprintln!(
            "{tag} input: {}",
            serde_json::to_string(text).unwrap_or_default()
        );
    }
    let o = engine.anonymize(text, map);
    let reasons: Vec<&str> = o.reasons.iter().map(|r| r.code()).collect();
    let reps: Vec<String> = o
        .replacements
        .iter()
        .map(|r| format!("{}-{}{}{:?}", r.start, r.end, r.placeholder, r.kind))
        .collect();
    let _ = writeln!(
        out,
        "{tag}\t{}\t{}\t{}\t{}\t{}",
        serde_json::to_string(&o.text).unwrap_or_default(),
        o.blocked,
        reasons.join(","),
        reps.join(" "),
        serde_json::to_string(&*map).unwrap_or_default()
    );
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: diffcheck OUT_FILE");
        std::process::exit(2);
    };
    let lists = Lists {
        first: FIRST_NAMES.lines().filter(|l| !l.is_empty()).collect(),
        sur: SURNAMES
            .lines()
            .filter_map(|l| l.split('\t').next())
            .filter(|l| !l.is_empty())
            .collect(),
        places: PLACES.lines().filter(|l| !l.is_empty()).collect(),
        ord: ORDINARY.lines().filter(|l| !l.is_empty()).collect(),
        rare: RARE.lines().filter(|l| !l.is_empty()).collect(),
    };
    let engine = Engine::new(Options::default());
    let org = Engine::new(Options {
        bsn_policy: BsnPolicy::Mask,
        always_mask: vec![
            ("Zeemeeuw".into(), TermKind::Project),
            ("Acme".into(), TermKind::Client),
            ("Jansen".into(), TermKind::Employee),
        ],
        allow: vec!["Visser".into(), "Bakkerij".into()],
        mask_business_ids: true,
    });
    let dev = corpus::dev_texts().unwrap_or_default();
    let gen = corpus::generated();
    let doc = gen
        .iter()
        .filter(|t| !t.contains('\n'))
        .take(1500)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    let rnd = random_texts(&lists);
    let mut out = String::new();
    for (i, t) in dev.iter().enumerate() {
        record(
            &mut out,
            &format!("dev{i}"),
            &engine,
            t,
            &mut Mapping::new(),
        );
    }
    for (i, t) in gen.iter().enumerate() {
        record(
            &mut out,
            &format!("gen{i}"),
            &engine,
            t,
            &mut Mapping::new(),
        );
    }
    record(&mut out, "doc", &engine, &doc, &mut Mapping::new());
    let prose = corpus::prose();
    record(&mut out, "prose", &engine, &prose, &mut Mapping::new());
    for (i, p) in prose.split("\n\n").take(200).enumerate() {
        record(
            &mut out,
            &format!("para{i}"),
            &engine,
            p,
            &mut Mapping::new(),
        );
    }
    // Long documents made of dev texts (the engine handles texts over 512 bytes differently).
    for (i, chunk) in dev.chunks(25).enumerate() {
        record(
            &mut out,
            &format!("devdoc{i}"),
            &engine,
            &chunk.join("\n\n"),
            &mut Mapping::new(),
        );
    }
    for (i, t) in rnd.iter().enumerate() {
        record(
            &mut out,
            &format!("rnd{i}"),
            &engine,
            t,
            &mut Mapping::new(),
        );
        if i % 5 == 0 {
            record(&mut out, &format!("org{i}"), &org, t, &mut Mapping::new());
        }
    }
    // Conversations: one mapping over several texts.
    for (i, chunk) in rnd.chunks(7).take(300).enumerate() {
        let mut map = Mapping::new();
        for (j, t) in chunk.iter().enumerate() {
            record(&mut out, &format!("conv{i}.{j}"), &engine, t, &mut map);
        }
    }
    let n = out.lines().count();
    match std::fs::File::create(&path).and_then(|mut f| f.write_all(out.as_bytes())) {
        Ok(()) => eprintln!("{n} records written to {path}"),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
