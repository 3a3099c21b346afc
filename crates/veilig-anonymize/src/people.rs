//! Names that stand where only a person stands, found from the shape of the text around them
//! rather than from the words before and after: the cells of a roster or a table, a name in
//! brackets after a task, the line under a greeting, a caller's "met … hier", names written in
//! capitals, a first name with an initial, a chat's senders. The first pass ([`crate::names`])
//! reads names word by word; this one reads lines, and only those that hold such a shape.
//!
//! Every word found here still has to look like a name: a first name or surname from the
//! lists that is no ordinary word, or, where the slot leaves no doubt (a sign-off, a chat
//! sender, a name field in capitals), a word the lists do not know at all.

use crate::lexicon::{
    self, CUE, CURATED, FIRST, FIRST_RARE, HARD, ORD, PLACE, STOP, SUR, TRADE, TV,
};
use crate::{EntityKind, Span};

/// Priority of the names found here: those of the first pass (50) give way when longer.
const PRIO: u8 = 50;

/// What the lists say of one word.
#[derive(Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    flags: u16,
}

impl Word {
    /// A first name that is no ordinary word, place or calendar word (a curated one may be).
    fn first(&self) -> bool {
        (self.flags & CURATED != 0 && self.flags & HARD == 0)
            || (self.flags & (FIRST | FIRST_RARE) != 0
                && self.flags & (ORD | PLACE | STOP | HARD) == 0)
    }
    /// A first name, also one that is an ordinary word too (`Merel`, `Lieve`, `Job`), for a
    /// slot that holds nothing but a name.
    fn first_loose(&self) -> bool {
        self.flags & (FIRST | FIRST_RARE | CURATED) != 0 && self.flags & (STOP | HARD | PLACE) == 0
    }
    /// A surname that is no ordinary word or place.
    fn sur(&self) -> bool {
        self.flags & SUR != 0 && self.flags & (ORD | PLACE | STOP | HARD) == 0
    }
    fn name(&self) -> bool {
        self.first() || self.sur()
    }
    /// A word the lists do not know as anything else: a name where the slot says so.
    fn unknown(&self) -> bool {
        self.flags & (ORD | PLACE | STOP | HARD | CUE | TRADE | TV) == 0
    }
    fn tv(&self) -> bool {
        self.flags & TV != 0
    }
}

/// The people found by the shape of their lines. `claimed` are the structured spans (in
/// text order), `names` the names found so far.
pub(crate) fn find(text: &str, claimed: &[Span], names: &[Span]) -> Vec<Span> {
    let mut f = Finder {
        text,
        b: text.as_bytes(),
        taken: claimed,
        names,
        buf: String::new(),
        out: Vec::new(),
        timed: Vec::new(),
        table_lines: Vec::new(),
        spaced_lines: Vec::new(),
    };
    f.run();
    let mut out = f.out;
    out.sort_unstable_by_key(|s| (s.start, s.end));
    out.dedup_by_key(|s| (s.start, s.end));
    out
}

struct Finder<'t> {
    text: &'t str,
    b: &'t [u8],
    /// The structured spans chosen (addresses, phone numbers, …), in text order.
    taken: &'t [Span],
    /// The names found by the first pass.
    names: &'t [Span],
    buf: String,
    out: Vec<Span>,
    /// The senders of lines that hold a sender and a time only (`eva  11:00`), in text order.
    timed: Vec<(usize, usize)>,
    /// The lines (start, end before the `\n`) that hold a cell delimiter (`|`, a tab, `;`),
    /// in text order: the only lines tables are made of.
    table_lines: Vec<(usize, usize)>,
    /// Lines with a gap of two spaces or more (columns typed apart, as a roster is).
    spaced_lines: Vec<(usize, usize)>,
}

/// Greetings and thanks after which a name signs off (`Groet,` / `Jurich`, `thx, todor`).
const GREETINGS: &[&str] = &[
    "groet",
    "groeten",
    "groetjes",
    "gr",
    "grt",
    "mvg",
    "vg",
    "vriendelijke groet",
    "vriendelijke groeten",
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "hartelijke groet",
    "hartelijke groeten",
    "met hartelijke groet",
    "beste groet",
    "beste groeten",
    "hoogachtend",
    "liefs",
    "dank",
    "dank je",
    "bedankt",
    "thx",
    "thnx",
    "tnx",
    "thanx",
    "dankje",
    "dankjewel",
    "merci",
    "thanks",
    "cheers",
    "regards",
    "kind regards",
    "best regards",
    "best",
    "met collegiale groet",
    "tot morgen",
    "tot snel",
];

/// Words for a role in a chat that are no names (`Bot: Welkom!`, `Klant: …`).
const ROLES: &[&str] = &[
    "bot",
    "bezoeker",
    "klant",
    "agent",
    "medewerker",
    "assistent",
    "support",
    "systeem",
    "operator",
    "klantenservice",
    "helpdesk",
    "chatbot",
    "admin",
    "beheerder",
    "team",
    "iedereen",
    "allen",
    "you",
    "me",
    "ik",
    "wij",
    // Field labels that look like a chat line (`Tel: 06-…`).
    "tel",
    "mob",
    "gsm",
    "fax",
    "email",
    "mail",
    "adres",
    "datum",
    "tijd",
    "ref",
    "nb",
    "ps",
    "re",
    "fw",
    "fwd",
    "cc",
    "bcc",
    "aan",
    "van",
    "onderwerp",
    "betreft",
    "subject",
    "from",
    "to",
    "sent",
    "date",
    "web",
    "kvk",
    "btw",
    "iban",
    "opmerking",
    "notitie",
];

/// Verbs after a caller's surname in phone notes.
const CALLED: &[&str] = &[
    " belde",
    " mailde",
    " appte",
    " heeft gebeld",
    " liet weten",
];

/// JSON keys whose value is a person's name.
const NAME_KEYS: &[&str] = &[
    "first_name",
    "last_name",
    "firstname",
    "lastname",
    "firstName",
    "lastName",
    "full_name",
    "fullname",
    "name",
    "naam",
    "voornaam",
    "achternaam",
    "customer_name",
    "contact_name",
    "contactpersoon",
    "klantnaam",
    "given_name",
    "family_name",
    "surname",
];

/// The trimmed cells of `b[s..e]` apart by the first of `delims` the line holds, without
/// the empty edges of `| a | b |`.
/// The cells of a line typed in columns: apart by a tab or by two spaces or more.
fn gapped_cells(b: &[u8], s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut i, mut cs) = (s, s);
    while i < e {
        if b[i] == b'\t' || (b[i] == b' ' && b.get(i + 1) == Some(&b' ')) {
            if i > cs {
                out.push((cs, i));
            }
            while i < e && matches!(b[i], b' ' | b'\t') {
                i += 1;
            }
            cs = i;
        } else {
            i += 1;
        }
    }
    if e > cs {
        out.push((cs, e));
    }
    out
}

fn cells(b: &[u8], s: usize, e: usize, delims: &[u8; 3]) -> Vec<(usize, usize)> {
    let line = &b[s..e];
    // Most lines hold no delimiter at all: one pass says so.
    let [d0, d1, d2] = *delims;
    if memchr::memchr3(d0, d1, d2, line).is_none() {
        return Vec::new();
    }
    let Some(d) = delims
        .iter()
        .copied()
        .find(|&d| memchr::memchr(d, line).is_some())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut cs = s;
    for ce in memchr::memchr_iter(d, line)
        .map(|k| s + k)
        .chain(std::iter::once(e))
    {
        out.push(trim(b, cs, ce));
        cs = ce + 1;
    }
    if d == b'|' {
        if out.first().is_some_and(|&(a, z)| a >= z) {
            out.remove(0);
        }
        if out.last().is_some_and(|&(a, z)| a >= z) {
            out.pop();
        }
    }
    out
}

/// Headings of a table column that holds who does a task.
const OWNER_HEADS: &[&str] = &[
    "eigenaar",
    "owner",
    "wie",
    "actiehouder",
    "verantwoordelijke",
    "verantwoordelijk",
    "door",
    "trekker",
    "actie door",
    "uitvoerder",
    "assignee",
    "who",
    "behandelaar",
    "contactpersoon",
];

/// Words that open a letter or mail before the name (`Dag Lieve,`).
const SALUTES: &[&str] = &[
    "dag",
    "beste",
    "hoi",
    "hallo",
    "hai",
    "hey",
    "hi",
    "dear",
    "hello",
    "goedemorgen",
    "goedemiddag",
    "goedenavond",
    "geachte",
    "welkom",
    "lieve",
];

/// Family members who write in a family chat by their role (`mam: lieverds, …`).
pub(crate) const KIN: &[&str] = &[
    "mam", "mama", "pap", "papa", "opa", "oma", "oom", "tante", "zus", "broer", "schat", "lief",
];

/// Labels of a roster's shifts and days (`vroeg: Lander   laat: …`).
const SHIFT_LABELS: &[&str] = &[
    "vroeg",
    "laat",
    "nacht",
    "ochtend",
    "middag",
    "avond",
    "dag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// Values of a name field that say there is no name (`NAAM: ONBEKEND`).
const NO_NAME_VALUES: &[&str] = &[
    "onbekend", "anoniem", "geen", "nvt", "n.v.t", "unknown", "none",
];

/// Labels of a field that holds a person's name (`KLANT: SANJAY MANGROE`, `Victim …`).
pub(crate) const NAME_LABELS: &[&str] = &[
    "naam",
    "achternaam",
    "voornaam",
    "voornamen",
    "roepnaam",
    "verzekeringnemer",
    "verzekerde",
    "afgegeven aan",
    "uitgereikt aan",
    "naam op pas",
    "naam op de pas",
    "naam op kaart",
    "klant",
    "contactpersoon",
    "contact",
    "patiënt",
    "patient",
    "cliënt",
    "client",
    "huurder",
    "verhuurder",
    "koper",
    "verkoper",
    "kandidaat",
    "sollicitant",
    "werknemer",
    "medewerker",
    "melder",
    "aanvrager",
    "gast",
    "bewoner",
    "ouder",
    "leerling",
    "behandelaar",
    "monteur",
    "chauffeur",
    "opdrachtgever",
    "debiteur",
    "victim",
    "name",
    "tenant",
    "guest",
    "kind",
    "deelnemer",
    "cursist",
    "student",
    "stagiair",
    "stagiaire",
    "leidinggevende",
    "vervanger",
    "ondernemer",
    "instructeur",
    "begeleider",
    "mentor",
    "bestuurder",
    "ontvanger",
    "geadresseerde",
    "toegewezen aan",
    "assigned to",
    "aangever",
    "makelaar",
    "notaris",
    "adviseur",
    "boekhouder",
    "docent",
    "trainer",
    "coach",
    "invalkracht",
    "vervanging",
    "aanmelder",
    "speler",
];

/// Particles inside a surname that join two names (`Tarik Oulad Ali`, `Said Ait Taleb`).
const PARTICLES: &[&str] = &[
    "oulad", "ould", "ait", "aït", "bou", "abou", "abu", "bin", "ibn",
];

/// Verbs after which a first name at the start of a sentence is the subject.
/// (A `match`, not a list: it is asked at every sentence start.)
fn is_copula(verb: &str) -> bool {
    matches!(
        verb,
        "is" | "was"
            | "heeft"
            | "had"
            | "gaat"
            | "ging"
            | "zit"
            | "zat"
            | "werkt"
            | "staat"
            | "stond"
            | "wil"
            | "kan"
            | "moet"
            | "mag"
            | "zal"
            | "doet"
            | "neemt"
            | "meldt"
            | "zet"
            | "stuurt"
            | "belt"
            | "komt"
            | "regelt"
            | "maakt"
            | "haalt"
            | "brengt"
            | "plant"
            | "krijgt"
    )
}

/// A substring searcher built once per process for each connector and cue this pass looks
/// for (`" en "`, `"met "`, `" van "`, …): `str::match_indices` is several times slower.
/// Indexed by a match on the needle, not a search through a list, as it runs for every line.
fn finder(needle: &'static str) -> &'static memchr::memmem::Finder<'static> {
    use memchr::memmem::Finder;
    use std::sync::LazyLock;
    const NEEDLES: [&str; 13] = [
        " + ",
        " & ",
        " → ",
        " -> ",
        " en ",
        "met ",
        " van ",
        ": ",
        "  ",
        "€",
        "EUR",
        "euro",
        "\u{0}\u{0}\u{0}",
    ];
    static ALL: LazyLock<Vec<Finder<'static>>> =
        LazyLock::new(|| NEEDLES.into_iter().map(Finder::new).collect());
    let k = match needle {
        " + " => 0,
        " & " => 1,
        " → " => 2,
        " -> " => 3,
        " en " => 4,
        "met " => 5,
        " van " => 6,
        ": " => 7,
        "  " => 8,
        "€" => 9,
        "EUR" => 10,
        "euro" => 11,
        _ => 12,
    };
    &ALL[k]
}

/// Of each word in `list`, its last byte in lowercase: a cheap test before comparing words.
const fn last_bytes(list: &[&str]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut i = 0;
    while i < list.len() {
        let w = list[i].as_bytes();
        if let Some(&c) = w.last() {
            set[c.to_ascii_lowercase() as usize] = true;
        }
        i += 1;
    }
    set
}

/// The length of the longest of [`GREETINGS`].
const GREETING_MAX: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < GREETINGS.len() {
        if GREETINGS[i].len() > max {
            max = GREETINGS[i].len();
        }
        i += 1;
    }
    max
};

/// The last word of each of [`GREETINGS`] (`groet` of `met vriendelijke groet`).
static GREETING_LAST_WORDS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        let mut v: Vec<&str> = GREETINGS
            .iter()
            .filter_map(|g| g.rsplit(' ').next())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    });

/// The last bytes of [`GREETINGS`].
static GREETING_ENDS: [bool; 256] = last_bytes(GREETINGS);

pub(crate) fn in_list(list: &[&str], w: &str) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || c == '\'' || c == '’'
}

impl<'t> Finder<'t> {
    fn run(&mut self) {
        let text = self.text;
        let mut prev_line: Option<(usize, usize)> = None;
        let mut senders: Vec<(usize, usize)> = Vec::new();
        let mut start = 0;
        while start <= text.len() {
            let end = memchr::memchr(b'\n', &self.b[start..]).map_or(text.len(), |k| start + k);
            let line_end = if end > start && self.b[end - 1] == b'\r' {
                end - 1
            } else {
                end
            };
            let table = memchr::memchr3(b'|', b'\t', b';', &self.b[start..end]).is_some();
            if table {
                self.table_lines.push((start, end));
            }
            if line_end > start {
                self.line(start, line_end, prev_line, table, &mut senders);
                prev_line = Some((start, line_end));
            }
            start = end + 1;
        }
        self.chat(&senders);
        self.signed_by_first_name();
        self.initials_acting();
        self.timed_senders();
        self.account_holders();
        self.caps_before_address();
        self.owner_columns();
        self.name_columns();
        self.spaced_columns();
        self.json_fields();
        self.join_particles();
        self.first_after_caps_surname();
        self.inverted_names();
    }

    /// In minutes, initials that do something (`Actiepunten: LS belt de klant, JB past het
    /// rooster aan`, `Rondvraag: MF is … afwezig`): the person who acts.
    fn initials_acting(&mut self) {
        let b = self.b;
        let minutes = ["ctiepunt", "otulen", "ondvraag"]
            .iter()
            .any(|w| memchr::memmem::find(b, w.as_bytes()).is_some());
        if !minutes {
            return;
        }
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_uppercase() || (i > 0 && b[i - 1].is_ascii_alphanumeric()) {
                i += 1;
                continue;
            }
            let we = i + b[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let (ws, next) = (i, we);
            i = we.max(i + 1);
            if b.get(we) != Some(&b' ') || !initials_alias(&b[ws..we]) {
                continue;
            }
            let ve = we
                + 1
                + b[we + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_lowercase())
                    .count();
            let verb = &self.text[we + 1..ve];
            let acts = is_copula(verb)
                || matches!(
                    verb,
                    "zoekt"
                        | "past"
                        | "mailt"
                        | "vraagt"
                        | "checkt"
                        | "pakt"
                        | "zorgt"
                        | "bestelt"
                        | "informeert"
                        | "overlegt"
                        | "levert"
                        | "bekijkt"
                        | "controleert"
                );
            if acts && !b.get(ve).is_some_and(u8::is_ascii_alphanumeric) {
                self.initials_person(ws, next);
            }
        }
    }

    /// A message signed with a first name alone, on the last line after a blank one
    /// (`Bel me als er iets is.` ⏎ ⏎ `Fleur`): any first name, also one that is a word.
    fn signed_by_first_name(&mut self) {
        let body = self.text.trim_end();
        let Some(k) = body.rfind('\n') else {
            return;
        };
        let last = body[k + 1..].trim();
        let blank_before = body[..k]
            .trim_end_matches(['\r', ' ', '\t'])
            .ends_with('\n');
        if !blank_before || last.is_empty() {
            return;
        }
        let a = k + 1 + (body[k + 1..].len() - body[k + 1..].trim_start().len());
        let z = a + last.trim_end_matches(['.', '!']).len();
        if self.word_end(a) == z && self.capital(a) && self.word(a, z).first_loose() {
            self.push(a, z);
        }
    }

    /// Who to call, right before a phone number after a comma, a dash or in brackets, as a
    /// list or a note names them (`Vragen? Bram, 06-…`, `- Fleur (06-…)`, `zo: Aya - 06-…`):
    /// the part before, after a bullet, label or question, when it is a name alone.
    fn before_phone(&mut self, s: usize, e: usize) {
        let k = self.taken.partition_point(|t| t.end <= s);
        let phones: Vec<usize> = self.taken[k..]
            .iter()
            .take_while(|t| t.start < e)
            .filter(|t| t.kind == EntityKind::Phone && t.start > s)
            .map(|t| t.start)
            .collect();
        for at in phones {
            let head = &self.text[s..at];
            let Some(z) = [", ", " (", " - ", " – "]
                .iter()
                .find_map(|sep| head.strip_suffix(sep))
                .map(|h| s + h.trim_end().len())
            else {
                continue;
            };
            let from = self.text[s..z]
                .rfind([':', '?', ';', '|', '\t', '(', ','])
                .map_or(s, |j| s + j + 1);
            let lead = self.text[from..z]
                .find(|c: char| !matches!(c, ' ' | '-' | '*' | '•'))
                .map_or(z, |j| from + j);
            if lead >= z {
                continue;
            }
            // One word: a first name. More: a name with a known part, whose first word is a
            // name too, or one the lists do not know after a label or bullet (not a sentence's
            // start: `Klacht van Ronald Oudshoorn (06-…)`).
            let we = self.word_end(lead);
            let first = self.word(lead, we);
            if we == z {
                if self.capital(lead) && (first.first_loose() || first.name()) {
                    self.push(lead, z);
                }
            } else if first.name() || first.first_loose() || (lead > s && first.unknown()) {
                if let Some((x, y)) = self.name_in(lead, z, true) {
                    self.push(x, y);
                }
            }
        }
    }

    /// A name written surname first, as address labels and exports do (`Lungu, Florin` ⏎
    /// `Dorpsstraat 4`, `Naam: Santos, Rodel`): when one part is a person and the other a
    /// capitalised word the lists know as no ordinary word or place, at a line's, cell's or
    /// field's start and closing it, the whole is the person.
    fn inverted_names(&mut self) {
        let b = self.b;
        let people = self.persons();
        let starts_field = |k: usize| {
            let ls = memchr::memrchr(b'\n', &b[..k]).map_or(0, |j| j + 1);
            let head = self.text[ls..k].trim_end();
            head.is_empty() || head.ends_with([':', ';', '|', '\t'])
        };
        let closes =
            |k: usize| matches!(b.get(k), None | Some(b'\n' | b'\r' | b';' | b'|' | b'\t'));
        // A surname: no first name (`Sanne, Mark` are two people), greeting or role.
        let surname = |me: &mut Self, a: usize, z: usize| {
            let w = me.word(a, z);
            let t = &me.text[a..z];
            me.capital(a)
                && w.flags & (ORD | PLACE | STOP | HARD | CUE | FIRST | FIRST_RARE | CURATED) == 0
                && !in_list(GREETINGS, t)
                && !in_list(SALUTES, t)
                && !in_list(ROLES, t)
        };
        for p in people {
            // `Lungu, [Florin]`: the surname before.
            if p.start >= 2 && &b[p.start - 2..p.start] == b", " && closes(p.end) {
                let ws = self.word_before(0, p.start - 2);
                if ws < p.start - 2 && starts_field(ws) && surname(self, ws, p.start - 2) {
                    self.push(ws, p.end);
                }
            }
            // `[Santos], Rodel`: the first name after.
            if b.get(p.end..p.end + 2) == Some(b", ")
                && starts_field(p.start)
                && self.word_end(p.start) == p.end
                && (surname(self, p.start, p.end) || {
                    let f = self.word(p.start, p.end).flags;
                    f & SUR != 0 && f & (FIRST | CURATED) == 0
                })
            {
                let ws = p.end + 2;
                let we = self.word_end(ws);
                let w = self.word(ws, we);
                if we > ws
                    && closes(we)
                    && self.capital(ws)
                    && w.flags & (ORD | PLACE | STOP | HARD | CUE) == 0
                {
                    self.push(p.start, we);
                }
            }
        }
    }

    /// The people found so far, by the first pass and by this one.
    fn persons(&self) -> Vec<Span> {
        self.names
            .iter()
            .chain(&self.out)
            .filter(|s| s.kind == EntityKind::Person)
            .copied()
            .collect()
    }

    /// The first name after a surname in capitals and a comma, as registers and order forms
    /// write a customer (`KLANT     : DE HAAN, LOTTE`): one word in capitals that the lists know
    /// as a first name, closing its line or cell.
    fn first_after_caps_surname(&mut self) {
        let b = self.b;
        let people = self.persons();
        for p in people {
            let sur = &self.text[p.start..p.end];
            if b.get(p.end..p.end + 2) != Some(b", ")
                || sur.chars().any(char::is_lowercase)
                || !sur.chars().any(char::is_uppercase)
            {
                continue;
            }
            let ws = p.end + 2;
            let we = self.word_end(ws);
            let word = &self.text[ws..we];
            let closes = match b.get(we) {
                None | Some(b'\n' | b'\r' | b'\t' | b'|' | b';') => true,
                Some(b' ') => b.get(we + 1).is_none_or(|c| matches!(c, b' ' | b'\n')),
                _ => false,
            };
            if we > ws + 1 && closes && !word.chars().any(char::is_lowercase) {
                let f = self.word(ws, we);
                if f.flags & (FIRST | FIRST_RARE | CURATED) != 0 && f.flags & (STOP | HARD) == 0 {
                    self.push(ws, we);
                }
            }
        }
    }

    /// The account holder a bank statement writes after the IBAN, in capitals and often
    /// without dots in the initials (`NL91ABNA0417164300  LJ NOORDHOEK  terugbetaling`,
    /// `… KGL IN 'T VELD  huur`): the words in capitals up to the next wide gap or cell border.
    /// A name in capitals right before its address, after a field's label or at the line's
    /// start, as order forms and mail merges print it (`BETREFT: WILLEM MARTENS, Kerkstraat
    /// 12, GORINCHEM`): two to five words in capitals, the first a first name the lists know.
    fn caps_before_address(&mut self) {
        let b = self.b;
        for k in 0..self.taken.len() {
            let t = self.taken[k];
            if t.kind != EntityKind::Address
                || t.start < 4
                || b.get(t.start - 2..t.start) != Some(b", ")
            {
                continue;
            }
            let ne = t.start - 2;
            let line_start = memchr::memrchr(b'\n', &b[..ne]).map_or(0, |n| n + 1);
            // The value after a label's colon, or the whole line before the comma.
            let ns = memchr::memrchr(b':', &b[line_start..ne])
                .map_or(line_start, |c| line_start + c + 1);
            let (ns, ne) = trim(b, ns, ne);
            let Some(value) = self.text.get(ns..ne) else {
                continue;
            };
            let words: Vec<&str> = value.split(' ').collect();
            if !(2..=5).contains(&words.len())
                || value.chars().any(char::is_lowercase)
                || !words.iter().all(|w| {
                    !w.is_empty()
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                })
            {
                continue;
            }
            let first = self.word(ns, ns + words[0].len());
            if first.first() {
                self.push(ns, ne);
            }
        }
    }

    fn account_holders(&mut self) {
        let b = self.b;
        for k in 0..self.taken.len() {
            let t = self.taken[k];
            if t.kind != EntityKind::Iban {
                continue;
            }
            let mut s = t.end;
            while s < b.len() && matches!(b[s], b' ' | b'\t' | b'|' | b';' | b',') {
                s += 1;
            }
            if s == t.end || s >= b.len() {
                continue;
            }
            // The cell: up to a tab, a cell border, two spaces or the line's end.
            let mut e = s;
            while e < b.len()
                && !matches!(b[e], b'\t' | b'|' | b';' | b'\n' | b'\r')
                && !(b[e] == b' ' && b.get(e + 1) == Some(&b' '))
            {
                e += 1;
            }
            let Some(cell) = self.text.get(s..e) else {
                continue;
            };
            let cell = cell.trim_end_matches([' ', ',', '.']);
            let words: Vec<&str> = cell.split(' ').collect();
            let capitals = words.iter().all(|w| {
                !w.is_empty()
                    && w.chars().any(char::is_alphabetic)
                    && w.chars()
                        .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
            });
            let surname = words.iter().any(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                    && !crate::names::CAPITAL_CODES.contains(w)
            }) && !words
                .iter()
                .any(|w| crate::names::CAPITAL_CODES.contains(w));
            if capitals && surname && words.len() <= 5 {
                self.push(s, s + cell.len());
            }
        }
    }

    /// The flags of `text[s..e]`.
    fn word(&mut self, s: usize, e: usize) -> Word {
        let w = self.text.get(s..e).unwrap_or("");
        let flags = lexicon::lexicon().flags(w, &mut self.buf);
        Word {
            start: s,
            end: e,
            flags,
        }
    }

    /// True when a structured span (an address, a phone number, …) touches `s..e`. Names
    /// found before may overlap: the longer one wins when the spans are resolved.
    fn claimed(&self, s: usize, e: usize) -> bool {
        let k = self.taken.partition_point(|t| t.end <= s);
        self.taken.get(k).is_some_and(|t| t.start < e)
    }

    fn push(&mut self, s: usize, e: usize) {
        if s < e && !self.claimed(s, e) {
            self.out.push(Span {
                start: s,
                end: e,
                kind: EntityKind::Person,
                prio: PRIO,
            });
        }
    }

    /// The word starting at `i` (letters, inner apostrophes and hyphens): its end.
    fn word_end(&self, i: usize) -> usize {
        // ASCII letters (lowercase runs eight bytes at a time); anything else (accents,
        // hyphens, apostrophes) by char.
        let mut j = i;
        while self.b.get(j).is_some_and(u8::is_ascii_alphabetic) {
            j = crate::skip_lowercase(self.b, j + 1);
        }
        if !self
            .b
            .get(j)
            .is_some_and(|&c| c >= 0x80 || matches!(c, b'-' | b'\''))
        {
            return j;
        }
        let rest = self.text.get(i..).unwrap_or("");
        let mut end = i;
        let mut it = rest.char_indices().peekable();
        while let Some((k, c)) = it.next() {
            if is_word_char(c) {
                end = i + k + c.len_utf8();
            } else if c == '-' && it.peek().is_some_and(|&(_, n)| n.is_alphabetic()) && end > i {
                end = i + k + 1;
            } else {
                break;
            }
        }
        end
    }

    /// The words of `s..e` (a cell, a short line), at most `max` (up to four), or `None` when
    /// something else is in it or there are more.
    fn words_of(&self, s: usize, e: usize, max: usize) -> Option<Words> {
        let mut out = Words::default();
        let mut i = s;
        while i < e {
            while i < e && self.b[i] == b' ' {
                i += 1;
            }
            if i >= e {
                break;
            }
            let we = self.word_end(i);
            if we == i || we > e || out.n == max.min(out.w.len()) {
                return None;
            }
            out.w[out.n] = (i, we);
            out.n += 1;
            i = we;
        }
        (out.n > 0).then_some(out)
    }

    /// True when `w` starts with a capital (or is written in capitals).
    fn capital(&self, s: usize) -> bool {
        self.text
            .get(s..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// The words of a name standing alone in `s..e`: one to three words that each look like a
    /// name part and start with a capital (tussenvoegsels may be lowercase), at least one of
    /// them a known name; with `loose`, words the lists do not know also count.
    fn name_in(&mut self, s: usize, e: usize, loose: bool) -> Option<(usize, usize)> {
        let ws = self.words_of(s, e, 4)?;
        let ws = ws.as_slice();
        let mut known = false;
        let mut parts = 0;
        for &(a, b) in ws {
            let w = self.word(a, b);
            if w.tv() && parts > 0 {
                continue;
            }
            if !self.capital(a) {
                return None;
            }
            let ok = w.name() || (loose && w.unknown() && !in_list(ROLES, &self.text[a..b]));
            if !ok {
                return None;
            }
            known |= w.name();
            parts += 1;
        }
        let last = ws.last()?;
        // A word the lists do not know is a name on its own (`Jurich`); two of them are as
        // often a business signing off (`Autoservice Remweg`).
        (known || (loose && parts == 1)).then_some((ws[0].0, last.1))
    }

    /// In a slot that holds nothing but a name (a field's value, a cell, the line under a
    /// greeting): the name of [`Self::name_in`], or one first name that is also a word.
    fn name_or_first(&mut self, a: usize, z: usize) {
        if let Some((x, y)) = self.name_in(a, z, true) {
            self.push(x, y);
        } else if self.word_end(a) == z && self.capital(a) && self.word(a, z).first_loose() {
            self.push(a, z);
        }
    }

    /// Initials that stand for a person where a person's name goes (`| SS |`, `- HBR: …`):
    /// no ordinary word, shop, place or department.
    fn initials_person(&mut self, a: usize, z: usize) {
        let f = self.word(a, z).flags;
        if initials_alias(&self.b[a..z])
            && f & (ORD | TRADE | PLACE | STOP | HARD) == 0
            && !in_list(ROLE_ABBR, &self.text[a..z])
        {
            self.push(a, z);
        }
    }

    fn line(
        &mut self,
        s: usize,
        e: usize,
        prev: Option<(usize, usize)>,
        table: bool,
        senders: &mut Vec<(usize, usize)>,
    ) {
        let line = &self.text[s..e];
        let lb = line.as_bytes();
        // Table and CSV cells.
        let cs = if table {
            cells(self.b, s, e, b";\t|")
        } else {
            Vec::new()
        };
        for (a, z) in cs {
            if a < z {
                if let Some((x, y)) = self.name_in(a, z, false) {
                    self.push(x, y);
                }
            }
        }
        // A roster's pairs and arrows: `Maandag: Gizem + Sanne`, `Donderdag: Hanane → …`.
        // (`→` is E2 86 92: its first byte is rare outside such arrows.)
        let connectors = memchr::memchr3(b'+', b'&', b'>', lb).is_some()
            || (memchr::memchr(0xe2, lb).is_some() && line.contains('→'));
        if connectors {
            for sep in [" + ", " & ", " → ", " -> ", " en "] {
                for k in finder(sep).find_iter(lb).map(|k| s + k) {
                    self.single_before(s, k);
                    self.single_after(k + sep.len(), e);
                    if matches!(sep, " & " | " en ") {
                        self.partner_before(s, k, k + sep.len());
                    }
                }
            }
        } else {
            // `Tolga en Sanne gaan …`: `en` after a line's first word (in prose the word
            // before an `en` is hardly ever a name standing alone).
            let we = self.word_end(s);
            self.pair_with_en(s, we, e);
            // The same after a roster's label or date (`Team: Mahmoud en Ilse Kok`,
            // `zaterdag 23 mei: Dwight en Joyce`): the first word after the colon.
            if let Some(k) = memchr::memchr(b':', &lb[..lb.len().min(40)]) {
                let ws = s + k + 2;
                if self.b.get(s + k + 1) == Some(&b' ') && ws < e {
                    let we = self.word_end(ws);
                    if we > ws {
                        self.pair_with_en(s, we, e);
                    }
                }
            }
        }
        // A name in brackets: `(Sjoukje)`, `(Helen Bakker)`.
        for k in memchr::memchr_iter(b'(', lb).map(|k| s + k) {
            if let Some(c) = memchr::memchr(b')', &self.b[k..e]).map(|j| k + j) {
                if c - k <= 40 {
                    // The whole, or each part apart by commas: `(11-12-2026, Sharmila)`.
                    let mut parts = vec![(k + 1, c)];
                    let mut from = k + 1;
                    for j in memchr::memchr_iter(b',', &self.b[k + 1..c]).map(|j| k + 1 + j) {
                        parts.push((from, j));
                        from = j + 1;
                    }
                    if from > k + 1 {
                        parts.push((from, c));
                    }
                    for (a, z) in parts {
                        let (a, z) = trim(self.b, a, z);
                        if a >= z {
                            continue;
                        }
                        if let Some((x, y)) = self.name_in(a, z, false) {
                            let one = self.words_of(x, y, 1).is_some();
                            let w = self.word(x, self.word_end(x));
                            if !one || w.first() {
                                self.push(x, y);
                                break;
                            }
                        }
                    }
                }
            }
        }
        if finder("  ").find(lb).is_some() {
            self.wide_record(s, e);
            self.spaced_lines.push((s, e));
        }
        self.subject(s, e);
        self.lead(s, e);
        self.capitals(s, e);
        self.initial_after_first(s, e);
        self.caller(s, e);
        self.of_department(s, e);
        self.sign_off(s, e, prev);
        self.salutation(s, e);
        self.labelled(s, e);
        self.name_question(s, e);
        self.before_phone(s, e);
        self.mentions(s, e);
        self.caps_line(s, e);
        self.caller_verb(s, e);
        self.roster_pairs(s, e);
        self.owner_initials(s, e);
        self.initials_signed(s, e);
        if memchr::memchr(b',', &self.b[s..e]).is_some() {
            self.inverted_name(s, e);
        }
        if memchr::memchr(b',', lb).is_some() {
            self.resident(s, e);
        }
        // A sender and a time, nothing else: short lines only.
        let timed = (e - s <= 48).then(|| self.time_sender(s, e)).flatten();
        if let Some(w) = self.sender(s, e, timed) {
            senders.push(w);
        }
        // `Rudy Soemantri  08:45`: a full name in capitals over its message.
        if let Some((a, z)) = timed {
            self.timed.push((a, z));
            let words = self.text[a..z].split(' ').count();
            if words >= 2 && self.name_in(a, z, false) == Some((a, z)) {
                self.push(a, z);
            }
        }
    }

    /// A record typed in columns apart by wide gaps, as a scan of a customer book reads
    /// (`MARLOES POLS   ZWALUWSTRAAT 218   2394 MG   06-19324506`): with a phone number,
    /// postcode or e-mail address in a later column, the first column of two to six
    /// capitalised words is the person, and the column before a postcode (a street and a
    /// house number, `ACHTER DE HOVEN 20`) the address, whole.
    fn wide_record(&mut self, s: usize, e: usize) {
        let cells = gapped_cells(self.b, s, e);
        if cells.len() < 3 {
            return;
        }
        let (n0, n1) = cells[0];
        let record = self.taken.iter().any(|t| {
            t.start >= n1
                && t.end <= e
                && matches!(
                    t.kind,
                    EntityKind::Phone | EntityKind::Postcode | EntityKind::Email
                )
        });
        if !record {
            return;
        }
        let words: Vec<&str> = self.text[n0..n1].split(' ').collect();
        let lex = lexicon::lexicon();
        let named = (2..=6).contains(&words.len())
            && words[0].chars().next().is_some_and(char::is_uppercase)
            && words.iter().all(|w| {
                !w.is_empty()
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
                    && (w.chars().next().is_some_and(char::is_uppercase)
                        || lex.flags(w, &mut self.buf) & TV != 0)
            });
        if named {
            self.push(n0, n1);
        }
        // The street before the postcode: words, then a house number.
        for k in 1..cells.len() - 1 {
            let (a, z) = cells[k];
            let before_postcode = self
                .taken
                .iter()
                .any(|t| t.kind == EntityKind::Postcode && t.start == cells[k + 1].0);
            let cell = &self.text[a..z];
            let mut ws = cell.split(' ');
            let street = ws.next().is_some_and(|w| {
                w.len() >= 3 && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
            }) && cell
                .split(' ')
                .skip(1)
                .any(|w| w.as_bytes().first().is_some_and(u8::is_ascii_digit))
                && !cell.contains(['€', '@']);
            let other = self
                .taken
                .iter()
                .any(|t| t.start < z && a < t.end && t.kind != EntityKind::Address);
            if before_postcode && street && !other {
                self.out.push(Span {
                    start: a,
                    end: z,
                    kind: EntityKind::Address,
                    prio: 76,
                });
            }
        }
    }

    /// A first name that starts a sentence and is its subject: `Radjesh is woensdag vrij`,
    /// `Sharon heeft het overgenomen`.
    fn subject(&mut self, s: usize, e: usize) {
        let text = self.text;
        let line = &text[s..e];
        let starts = std::iter::once(0).chain(
            memchr::memchr_iter(b'.', line.as_bytes())
                .filter(|&k| line.as_bytes().get(k + 1) == Some(&b' '))
                .map(|k| k + 2),
        );
        for k in starts {
            let ws = s + k;
            if !self
                .b
                .get(ws)
                .is_some_and(|c| c.is_ascii_uppercase() || *c >= 0x80)
            {
                continue;
            }
            let we = self.word_end(ws);
            if we == ws || self.b.get(we) != Some(&b' ') || !self.capital(ws) {
                continue;
            }
            // The verb first: it is cheaper to read than the word is to look up.
            let ve = self.word_end(we + 1);
            let verb = &text[we + 1..ve];
            if is_copula(verb) && self.word(ws, we).first() {
                self.push(ws, we);
            }
        }
    }

    /// The two people of `<word> en <person>` when ` en ` follows the word that ends at `we`
    /// (on the line `s..e`): the name on either side, and the word before as the partner of
    /// a person after.
    fn pair_with_en(&mut self, s: usize, we: usize, e: usize) {
        if self.text[we..e].starts_with(" en ") {
            self.single_before(s, we);
            self.single_after(we + 4, e);
            self.partner_before(s, we, we + 4);
        }
    }

    /// A single first name right before `k` (a connector), after a label or the line's start.
    fn single_before(&mut self, s: usize, k: usize) {
        let ws = self.word_before(s, k);
        if ws == k {
            return;
        }
        let before = self.text[s..ws].trim_end();
        if !(before.is_empty() || before.ends_with([':', ',', '+', '&', '-', '→', '>'])) {
            return;
        }
        let w = self.word(ws, k);
        if self.capital(ws) && w.first() {
            self.push(ws, k);
        }
    }

    /// Where the word (letters, `'`, `-`) that ends at `k` starts, not before `s`; `k` when
    /// none ends there.
    fn word_before(&self, s: usize, k: usize) -> usize {
        self.text[s..k]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| is_word_char(c) || c == '-')
            .last()
            .map_or(k, |(i, _)| s + i)
    }

    /// The capitalised word before `Jan en <person>` / `Marites & <person>` (`k` ends it, a
    /// person starts at `p`): one of a pair of people, also a first name that is a word or
    /// one the lists do not know.
    fn partner_before(&mut self, s: usize, k: usize, p: usize) {
        // `names` is in text order; what this line just pushed is at the end of `out`.
        let at = self.names.partition_point(|n| n.start < p);
        let partner = self.names.get(at).is_some_and(|n| n.start == p)
            || self.out.iter().rev().take(4).any(|n| n.start == p);
        if !partner {
            return;
        }
        let ws = self.word_before(s, k);
        if ws == k || !self.capital(ws) {
            return;
        }
        let w = self.word(ws, k);
        if w.flags & FIRST != 0 || w.first_loose() || w.flags == 0 {
            self.push(ws, k);
        }
    }

    /// A single first name right after a connector at `k`, up to the line's end or a separator.
    fn single_after(&mut self, k: usize, e: usize) {
        let we = self.word_end(k);
        if we == k {
            return;
        }
        let rest = self.text[we..e].trim_start();
        let ends = rest.is_empty() || rest.starts_with([',', '(', '-', '+', '&', '→', ';', '.']);
        let w = self.word(k, we);
        if ends && self.capital(k) && w.first() {
            self.push(k, we);
        }
    }

    /// The first field of a list line (after a number, a time or a bullet), one to three words
    /// before a dash or comma, in any case: `1. Haddouchi - …`, `07:50 carolien hazelaar -
    /// douchen`, `10:20 AL-ALI, Yusuf`.
    fn lead(&mut self, s: usize, e: usize) {
        let mut i = s;
        while i < e && (self.b[i].is_ascii_digit() || matches!(self.b[i], b':' | b'.' | b')')) {
            i += 1;
        }
        let marked = i > s;
        while i < e && matches!(self.b[i], b' ' | b'\t' | b'-' | b'*') {
            i += 1;
        }
        let bullet = i > s && matches!(self.b[s], b'-' | b'*');
        if !(marked || bullet) {
            return;
        }
        let line = &self.text[i..e];
        // After a time, cells may be set apart by wide gaps (`19:00  Georgiev  (2p)  06-…`).
        let timed = marked && self.b[s..i].iter().any(|&c| matches!(c, b':' | b'.'));
        let stop = line
            .find(" - ")
            .or_else(|| line.find(" – "))
            .or_else(|| line.find(','))
            .or_else(|| line.find("  ").filter(|_| timed))
            .map(|k| i + k);
        let Some(stop) = stop else {
            return;
        };
        let Some(ws) = self.words_of(i, stop, 3) else {
            return;
        };
        let ws = ws.as_slice();
        // Beside a known name, a surname that is also a word (`hazelaar`) or an unknown word
        // is the rest of it.
        let (mut all, mut some) = (true, false);
        for &(a, b) in ws {
            let w = self.word(a, b);
            all &= w.name() || w.tv() || w.flags & SUR != 0 || w.unknown();
            some |= w.name();
        }
        if all && some {
            self.push(ws[0].0, ws[ws.len() - 1].1);
            return;
        }
        // A record of a person: one or two capitalised words the lists do not know, and an
        // address or phone number after the dash (`1. Romanenko - Poorterf 11, Nunspeet`).
        let record = self.taken.iter().any(|t| {
            t.start >= stop
                && t.end <= e
                && matches!(t.kind, EntityKind::Address | EntityKind::Phone)
        });
        if record
            && ws.len() <= 2
            && ws.iter().all(|&(a, b)| {
                let w = self.word(a, b);
                (self.capital(a) && w.unknown() && w.flags & FIRST == 0)
                    || (w.flags & (SUR | FIRST_RARE) != 0
                        && w.flags & (ORD | PLACE | STOP | HARD) == 0)
            })
        {
            self.push(ws[0].0, ws[ws.len() - 1].1);
        }
    }

    /// Names written in capitals: two or three words in capitals of which one is a known name
    /// and none an ordinary word (`SANJAY MANGROE`, `UIT DEN BOGAARD`), or any after a name
    /// field's label (`KLANT: VIKRAM REDDY`, `Victim SOUFIANE BENALI`).
    fn capitals(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        let Some(mut i) = upper_pair(lb, 0) else {
            return;
        };
        while i + 1 < lb.len() {
            if lb[i].is_ascii_lowercase() {
                match upper_pair(lb, i) {
                    Some(k) => i = k,
                    None => return,
                }
                continue;
            }
            if !(lb[i].is_ascii_uppercase() && lb[i + 1].is_ascii_uppercase())
                || (i > 0 && lb[i - 1].is_ascii_alphanumeric())
            {
                i += 1;
                continue;
            }
            // A run of capital words from here.
            let mut words = Vec::new();
            let mut j = s + i;
            loop {
                let we = self.word_end(j);
                let w = &self.text[j..we];
                if we == j || w.chars().any(char::is_lowercase) || w.chars().count() < 2 {
                    break;
                }
                words.push((j, we));
                if self.b.get(we) == Some(&b' ') && words.len() < 4 {
                    j = we + 1;
                } else {
                    break;
                }
            }
            let next = words.last().map_or(s + i + 1, |w| w.1);
            if words.len() >= 2 || (words.len() == 1 && self.label_before(s, s + i)) {
                let label = self.label_before(s, s + i);
                let flags: Vec<Word> = words.iter().map(|&(a, b)| self.word(a, b)).collect();
                let ok = flags.iter().all(|w| {
                    // After a name label (`Victim WANG`) a surname that is a word too.
                    w.tv()
                        || w.name()
                        || (label
                            && (w.unknown() || w.flags & (SUR | FIRST) != 0)
                            && w.flags & (STOP | HARD) == 0
                            && !in_list(NO_NAME_VALUES, &self.text[w.start..w.end]))
                }) && flags.iter().any(|w| !w.tv())
                    && (label || flags.iter().any(|w| w.name()));
                // The rest of a line all in capitals is a heading, not a name (unless labelled).
                let rest = &self.text[next..e];
                let shouting = !label
                    && rest.chars().filter(|c| c.is_lowercase()).count() == 0
                    && rest.chars().filter(|c| c.is_uppercase()).count() > 3;
                if ok && !shouting {
                    self.push(words[0].0, next);
                }
            }
            i = next - s + 1;
        }
    }

    /// True when a name field's label ends right before `at` on its line (`KLANT: `,
    /// `Naam:`, `Victim `).
    fn label_before(&self, s: usize, at: usize) -> bool {
        let head = self.text[s..at].trim_end();
        let head = head.strip_suffix(':').unwrap_or(head).trim_end();
        let w = head
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        !w.is_empty() && in_list(NAME_LABELS, w)
    }

    /// A first name with the initial of the surname: `Grzegorz K.`, `Derya Ü.`.
    fn initial_after_first(&mut self, s: usize, e: usize) {
        let line = &self.text[s..e];
        for k in memchr::memchr_iter(b'.', line.as_bytes()) {
            let at = s + k;
            // Mostly the end of a sentence, after a lowercase letter.
            if k > 0 && self.b[at - 1] < 0x80 && !self.b[at - 1].is_ascii_uppercase() {
                continue;
            }
            let Some(ini) = self.text[s..at].chars().next_back() else {
                continue;
            };
            let is = at - ini.len_utf8();
            if !ini.is_uppercase() || is < s + 2 || self.b[is - 1] != b' ' {
                continue;
            }
            // Not an initial of a longer run (`J.P.`), nor a word after the full stop.
            let after = self.text[at + 1..e].chars().next();
            if after.is_some_and(|c| c.is_alphabetic()) {
                continue;
            }
            let fe = is - 1;
            let fs = self.word_before(s, fe);
            if fs == fe || !self.capital(fs) {
                continue;
            }
            let w = self.word(fs, fe);
            if w.first() {
                self.push(fs, at + 1);
            }
        }
    }

    /// A caller's name after `met`: `hallo met anna woźniak ik bel over`, `hoi met griet
    /// sikkema hier`, `Goedemorgen, met Jan de Vries.`
    fn caller(&mut self, s: usize, e: usize) {
        const OPENERS: &[&str] = &[
            "hallo",
            "hoi",
            "hey",
            "hee",
            "hai",
            "ja",
            "dag",
            "goedemorgen",
            "goedemiddag",
            "goedenavond",
            "morgen",
            "middag",
        ];
        // A caller says who they are at the start of the line.
        let mut cut = (s + 64).min(e);
        while !self.text.is_char_boundary(cut) {
            cut -= 1;
        }
        let line = &self.text[s..cut];
        // (`met Bram` after a greeting; `dit is bram`, `ik ben Bram`, `mijn naam is Bram` at
        // the line's start or after a greeting: read there only, not searched for.)
        let lead = {
            let first = line.split([' ', ',', '!']).next().unwrap_or("");
            let k = if in_list(OPENERS, first) {
                let rest = &line[first.len()..];
                first.len() + rest.len() - rest.trim_start_matches([' ', ',', '!']).len()
            } else {
                0
            };
            ["dit is ", "ik ben ", "mijn naam is "]
                .into_iter()
                .find(|intro| line[k..].starts_with(intro))
                .map(|intro| (k, intro))
        };
        let intros = finder("met ")
            .find_iter(line.as_bytes())
            .map(|k| (k, "met "))
            .chain(lead);
        for (k, intro) in intros {
            let head = line[..k].trim_end().trim_end_matches([',', '!']);
            let opener = head.rsplit(' ').next().unwrap_or("");
            let opens = in_list(OPENERS, opener) || (intro != "met " && head.is_empty());
            if k > 0 && !line[..k].ends_with(' ') || !opens {
                continue;
            }
            let mut i = s + k + intro.len();
            let mut last = None;
            let mut known = false;
            for _ in 0..4 {
                let we = self.word_end(i);
                if we == i {
                    break;
                }
                let w = self.word(i, we);
                let part = w.name()
                    || (last.is_some() && (w.tv() || in_list(PARTICLES, &self.text[i..we])));
                if !part {
                    break;
                }
                known |= w.name();
                last = Some(we);
                if self.b.get(we) != Some(&b' ') {
                    break;
                }
                i = we + 1;
            }
            if let (true, Some(end)) = (known, last) {
                self.push(s + k + intro.len(), end);
            }
        }
    }

    /// A first name before `van` and a department: `Kees van IT`, `Sanne van personeelszaken`.
    fn of_department(&mut self, s: usize, e: usize) {
        let line = &self.text[s..e];
        for k in finder(" van ").find_iter(line.as_bytes()) {
            let at = s + k;
            let after = s + k + 5;
            // The word before first: in prose it is mostly lowercase, and then nothing else
            // needs reading (its last letters tell when it is plain ASCII and lowercase).
            let mut q = at;
            while q > s && self.b[q - 1].is_ascii_lowercase() {
                q -= 1;
            }
            if q < at
                && (q == s
                    || !(self.b[q - 1].is_ascii_alphanumeric()
                        || self.b[q - 1] >= 0x80
                        || self.b[q - 1] == b'_'))
            {
                continue;
            }
            let fs = self.text[s..at]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_word_char(c))
                .last()
                .map_or(at, |(i, _)| s + i);
            if fs == at || !self.capital(fs) {
                continue;
            }
            let we = self.word_end(after);
            if we == after {
                continue;
            }
            let dept = &self.text[after..we];
            let acronym = dept.len() <= 4 && dept.chars().all(|c| c.is_ascii_uppercase());
            let lower = dept.chars().next().is_some_and(char::is_lowercase)
                && self.word(after, we).flags & TV == 0;
            if !(acronym || lower) {
                continue;
            }
            if self.word(fs, at).first() {
                self.push(fs, at);
            }
        }
    }

    /// The name under a greeting (`Met vriendelijke groet,` / `Jurich`), or after one on the
    /// same line at the end (`Gr Lucia`, `thx, todor`, `groetjes zineb`).
    fn sign_off(&mut self, s: usize, e: usize, prev: Option<(usize, usize)>) {
        let line = self.text[s..e].trim();
        if let Some((ps, pe)) = prev {
            let p = self.text[ps..pe].trim().trim_end_matches([',', '!', '.']);
            // `Tot donderdag!` closes a letter as a greeting does, also as the last sentence
            // of a line (`… ter ondertekening. Tot donderdag!`).
            // Only the end of the line matters (prose has long lines).
            let mut from = p.len().saturating_sub(20);
            while !p.is_char_boundary(from) {
                from += 1;
            }
            let tail = &p[from..];
            let last = tail
                .rfind(['.', '!', '?'])
                .map_or(if from == 0 { tail } else { "" }, |k| {
                    tail[k + 1..].trim_start()
                });
            let see_you = last.len() <= 16
                && last
                    .get(..4)
                    .is_some_and(|t| t.eq_ignore_ascii_case("tot "))
                && last[4..].chars().all(char::is_alphabetic);
            if line.len() <= 40 && ((pe - ps <= 32 && in_list(GREETINGS, p)) || see_you) {
                let (a, z) = trim(self.b, s, e);
                // The name may be followed by a title or company after a comma or dash.
                let stop = self.text[a..z]
                    .find([',', '|', '(', '–'])
                    .or_else(|| self.text[a..z].find(" - "))
                    .map_or(z, |k| a + k);
                let (a, z) = trim(self.b, a, stop);
                // `Groet,\nMerel`: a first name that is also a word, alone on its line.
                self.name_or_first(a, z);
            }
        }
        // `… Groet, Lucia` at the line's end: the line's last word, after a greeting and a
        // comma or space. On a long line (a paragraph) the greeting must open a sentence of
        // its own: `… de hypotheekaanvraag. thx, todor`.
        let long = line.len() > 80;
        // Trailing punctuation and emoji (`thnx merel ❤️`) are not part of the name.
        let ne = s + self.text[s..e]
            .trim_end_matches(|c: char| {
                matches!(c, ' ' | '.' | '!' | '\t' | '\u{2764}' | '\u{fe0f}') || c as u32 >= 0x1F300
            })
            .len();
        let ns = self.word_before(s, ne);
        if ns == ne || ns == s {
            return;
        }
        let head = self.text[s..ns].trim_end_matches([' ', ',', '!']);
        if head.len() == ns - s {
            return;
        }
        // The head's last word is a greeting's last word (`groet`, `mvg`, `bedankt`): on
        // either path below the greeting is all the head ends with.
        let ends_as_greeting = head
            .as_bytes()
            .last()
            .is_some_and(|&c| GREETING_ENDS[c.to_ascii_lowercase() as usize])
            && {
                let hb = head.as_bytes();
                let from = hb
                    .iter()
                    .rposition(|c| !c.is_ascii_alphabetic())
                    .map_or(0, |p| p + 1);
                let last = &hb[from..];
                GREETING_LAST_WORDS
                    .iter()
                    .any(|w| w.as_bytes().eq_ignore_ascii_case(last))
            };
        // A greeting ends the head in either case: in a long line it is all that follows the
        // last sentence's end.
        let greeted = if long && ends_as_greeting {
            // The greeting is all that follows the last sentence's end (or an emoji), after
            // a space: one comparison per greeting, not a suffix search on a paragraph.
            // Read back from the end, no further than a greeting is long.
            let hb = head.as_bytes();
            let mut k = hb.len();
            let mut inside = 0;
            let stop = loop {
                let Some(&c) = k.checked_sub(1).and_then(|j| hb.get(j)) else {
                    break None;
                };
                k -= 1;
                // `.`, `?`, `!`, `)`, or the lead byte of a four-byte character (an emoji).
                if matches!(c, b'.' | b'?' | b'!' | b')' | 0xF0..) {
                    break head[k..].chars().next();
                }
                if !c.is_ascii_whitespace() {
                    inside += 1;
                    if inside > GREETING_MAX + 8 {
                        break None;
                    }
                }
            };
            let emoji = |c: char| c as u32 >= 0x1F300;
            stop.is_some_and(|c| {
                let rest = &head[k + c.len_utf8()..];
                let g = rest.trim_start();
                (matches!(c, '.' | '?' | '!' | ')') && g.len() < rest.len() || emoji(c))
                    && in_list(GREETINGS, g)
            })
        } else {
            !long
                && ends_as_greeting
                && GREETINGS.iter().any(|g| {
                    head.len() >= g.len()
                        && head.as_bytes()[head.len() - g.len()..]
                            .eq_ignore_ascii_case(g.as_bytes())
                        && !head[..head.len() - g.len()].ends_with(|c: char| c.is_alphabetic())
                })
        };
        if greeted {
            // The last word right after a greeting: a first name, also one that is a word
            // (`thnx merel`), or a capitalised word the lists do not know.
            let w = self.word(ns, ne);
            if w.first_loose() || (self.capital(ns) && w.unknown() && w.flags == 0) {
                self.push(ns, ne);
            }
        } else if head.ends_with(" -") || head.ends_with(" –") {
            // A header that ends in who it is for: `route ochtend vr 21/3 - chiara`. Only a
            // first name that is no word at all (`- rood`, `- roos` stay).
            let w = self.word(ns, ne);
            if w.flags & (FIRST | FIRST_RARE) != 0 && w.flags & (ORD | PLACE | STOP | HARD) == 0 {
                self.push(ns, ne);
            }
        }
    }

    /// A salutation alone on its line, `Dag Lieve,` or `Beste Merel!`: the name may be a word
    /// too (the first pass leaves such names alone).
    fn salutation(&mut self, s: usize, e: usize) {
        let line = self.text[s..e].trim_end();
        let Some(body) = line.strip_suffix([',', '!']) else {
            return;
        };
        let Some(sp) = body.find(' ') else {
            return;
        };
        if !in_list(SALUTES, &body[..sp]) {
            return;
        }
        let a = s + sp + 1;
        let z = s + body.len();
        // Any first name, even one that is a function word elsewhere (`Dag Lieve,`).
        let f = self.word(a, z).flags;
        let first = f & (FIRST | FIRST_RARE | CURATED) != 0 && f & PLACE == 0;
        if self.word_end(a) == z && self.capital(a) && first {
            self.push(a, z);
        }
    }

    /// A roster's cells, `ma  vroeg: Sanne     laat: Beata     nacht: Job`: pairs of a label
    /// and one capitalised word, apart by two spaces or a tab. When one of the words is a
    /// known name, all of them that may be first names are.
    fn roster_pairs(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        if finder(": ").find(lb).is_none() || finder("  ").find(lb).is_none() {
            return;
        }
        let mut vals: Vec<(usize, usize)> = Vec::new();
        let mut shifts: Vec<bool> = Vec::new();
        let mut at = 0;
        while let Some(k) = finder(": ").find(&lb[at..]).map(|k| at + k) {
            let mut a = k + 2;
            while a < lb.len() && lb[a] == b' ' {
                a += 1;
            }
            let z = self.word_end(s + a) - s;
            let rest = &lb[z..];
            let ends = rest.is_empty() || rest.starts_with(b"  ") || rest[0] == b'\t';
            if z > a && ends {
                vals.push((s + a, s + z));
                let ls = lb[..k]
                    .iter()
                    .rposition(|c| !c.is_ascii_alphabetic())
                    .map_or(0, |p| p + 1);
                shifts.push(in_list(SHIFT_LABELS, &self.text[s + ls..s + k]));
            }
            at = k + 2;
        }
        if vals.len() < 2 {
            return;
        }
        let words: Vec<Word> = vals.iter().map(|&(a, z)| self.word(a, z)).collect();
        let known = words.iter().any(|w| w.name())
            || vals
                .iter()
                .any(|&(a, z)| self.names.iter().any(|n| n.start <= a && z <= n.end));
        if !known {
            return;
        }
        for (w, shift) in words.into_iter().zip(shifts) {
            // A roster's shift beside names: also a surname that is a word (`nacht: Lieven`).
            let sur = shift && w.flags & SUR != 0 && w.flags & (STOP | HARD | PLACE) == 0;
            if self.capital(w.start) && (w.first_loose() || w.name() || w.unknown() || sur) {
                self.push(w.start, w.end);
            }
        }
    }

    /// The cells under an owner's heading in a table (`| Actie | Eigenaar | Deadline |`):
    /// initials (`| SS |`) or a name, also one the lists do not know.
    fn owner_columns(&mut self) {
        let b = self.b;
        let mut col: Option<usize> = None;
        let lines = std::mem::take(&mut self.table_lines);
        let mut next = 0;
        for &(start, end) in &lines {
            if start != next {
                // A line without cells came between.
                col = None;
            }
            next = end + 1;
            let cells = cells(b, start, end, b"|\t;");
            if cells.len() < 2 {
                col = None;
            } else if let Some(c) = col {
                if let Some(&(a, z)) = cells.get(c) {
                    let w = &b[a..z];
                    let rule = w.iter().all(|&c| matches!(c, b'-' | b':' | b' '));
                    if rule {
                        // The line under the heading.
                    } else if initials_alias(w) {
                        self.initials_person(a, z);
                    } else if let Some((x, y)) = self.name_in(a, z, true) {
                        self.push(x, y);
                    }
                }
            } else {
                col = cells
                    .iter()
                    .position(|&(a, z)| in_list(OWNER_HEADS, &self.text[a..z]));
            }
        }
        self.table_lines = lines;
    }

    /// A name field's value, `Contact: Dries 0470 …`, `Melder: Rien Winter <…>`: the words
    /// up to a number, bracket, comma or dash; one first name alone may be a word too.
    fn labelled(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        if memchr::memchr(b':', lb).is_none() {
            return;
        }
        self.label_value(s, e);
        // Further fields after a wide gap: `Datum: 11-09-2026   Monteur: Steven`.
        if memchr::memchr(b'\t', lb).is_none() && finder("  ").find(lb).is_none() {
            return;
        }
        let mut k = 0;
        while k < lb.len() {
            let gap = if lb[k] == b'\t' {
                1
            } else if lb[k..].starts_with(b"  ") {
                2
            } else {
                k += 1;
                continue;
            };
            let mut a = k + gap;
            while a < lb.len() && matches!(lb[a], b' ' | b'\t') {
                a += 1;
            }
            if a < lb.len() && lb[a].is_ascii_alphabetic() {
                self.label_value(s + a, e);
            }
            k = a.max(k + 1);
        }
    }

    /// The answer on a form's line that asks for a name (`What's your name? Ivan`, `And your
    /// last name? van 't Hof`, `Achternaam? Nikolov`): one to four words, each capitalised or
    /// a particle, the line's rest.
    fn name_question(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        let Some(q) = memchr::memchr(b'?', &lb[..lb.len().min(40)]) else {
            return;
        };
        let label = self.text[s..s + q].trim_end().to_ascii_lowercase();
        if !(label.ends_with("name") || label.ends_with("naam")) || lb.get(q + 1) != Some(&b' ') {
            return;
        }
        let (a, z) = trim(self.b, s + q + 1, e);
        let value = &self.text[a..z];
        let words: Vec<&str> = value.split(' ').collect();
        let ok = (1..=4).contains(&words.len())
            && words
                .iter()
                .any(|w| w.chars().next().is_some_and(char::is_uppercase))
            && words.iter().all(|w| {
                let mut cs = w.chars();
                let lead = cs.next();
                (lead.is_some_and(char::is_uppercase) || in_list(PARTICLES, w) || *w == "'t")
                    && cs.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
            })
            && !(words.len() == 1 && {
                // One word: no ordinary one (`Onbekend`) unless it is a name as well.
                let f = self.word(a, z).flags;
                f & (STOP | HARD) != 0 || (f & ORD != 0 && f & (FIRST | SUR | CURATED) == 0)
            });
        if ok {
            self.push(a, z);
        }
    }

    /// The value after `Label:` where `s` starts the label, when it is a label for a person.
    fn label_value(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        let Some(c) = lb.iter().take(20).position(|&c| c == b':') else {
            return;
        };
        // A booking's name as a field of its own (`Reservering: ZWANENBURG (5p)`); without
        // a colon `Reservering SR-66483` names the booking, so this label is no NAME_LABEL.
        let label = self.text[s..s + c].trim();
        if !in_list(NAME_LABELS, label) && !label.eq_ignore_ascii_case("reservering") {
            return;
        }
        let a = s + c + 1;
        // A name is short: look no further than this (a document may be one long line).
        let mut e = e.min(a + 120);
        while !self.text.is_char_boundary(e) {
            e -= 1;
        }
        let value = &self.text[a..e];
        let lead = value.len() - value.trim_start().len();
        let stop = value
            .find(|ch: char| {
                ch.is_ascii_digit() || matches!(ch, '(' | '<' | ',' | '|' | '\t' | '+' | '–' | '[')
            })
            .into_iter()
            .chain(value.find(" - "))
            // A wide gap after the value starts the next field.
            .chain(value[lead..].find("  ").map(|k| k + lead))
            .min()
            .map_or(e, |k| a + k);
        let (a, z) = trim(self.b, a, stop);
        if a >= z {
            return;
        }
        self.name_or_first(a, z);
        self.lowercase_name(a, z);
        self.capitals_value(a, z);
    }

    /// A name in capitals where a form asks for one (`Naam op pas: MARLOES VAN 'T HOF`,
    /// `Reservering: ZWANENBURG`): one to five words in capitals, particles among them; a
    /// single word only when the lists know it as a name or not at all, and of four letters
    /// or more (`Klant: KPN` is a company).
    fn capitals_value(&mut self, a: usize, z: usize) {
        let Some(v) = self.text.get(a..z) else {
            return;
        };
        let words: Vec<(usize, usize)> = {
            let mut out = Vec::new();
            let mut from = a;
            for part in v.split(' ') {
                out.push((from, from + part.len()));
                from += part.len() + 1;
            }
            out
        };
        if !(1..=5).contains(&words.len()) {
            return;
        }
        let mut named = 0;
        let mut flags = 0;
        for &(x, y) in &words {
            let w = &self.text[x..y];
            if w.is_empty()
                || !w
                    .chars()
                    .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’'))
            {
                return;
            }
            let f = self.word(x, y).flags;
            flags = f;
            if f & TV != 0 || w == "'T" || w == "’T" {
                continue;
            }
            if f & (STOP | HARD | CUE | TRADE) != 0
                || (f & (ORD | PLACE) != 0 && f & (FIRST | SUR | CURATED) == 0)
                || w.chars().count() < 2
                || crate::names::CAPITAL_CODES.contains(&w)
            {
                return;
            }
            named += 1;
        }
        // (With one word, `flags` are its own.)
        let single_ok = words.len() > 1
            || (v.chars().count() >= 4 && (flags & (FIRST | SUR | CURATED) != 0 || flags == 0));
        if named > 0 && single_ok {
            self.push(a, z);
        }
    }

    /// A name typed in lowercase where a form asks for one (`Naam: bregje ter haar`): one to
    /// four words of letters, the first a first name the lists know or the last a surname.
    fn lowercase_name(&mut self, a: usize, z: usize) {
        let Some(v) = self.text.get(a..z) else {
            return;
        };
        let words: Vec<&str> = v.split(' ').collect();
        if !(1..=4).contains(&words.len())
            || !v
                .chars()
                .all(|c| c.is_lowercase() || matches!(c, ' ' | '-' | '\'' | '’'))
            || words.iter().any(|w| w.len() < 2)
        {
            return;
        }
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return;
        };
        let f = self.word(a, a + first.len()).flags;
        let l = self.word(z - last.len(), z).flags;
        let known = f & (FIRST | FIRST_RARE | CURATED) != 0 || (words.len() > 1 && l & SUR != 0);
        if known && f & (STOP | HARD) == 0 {
            self.push(a, z);
        }
    }

    /// A mention with a capital, `@Joop kun jij …`, `| @Lolke |`: a person unless a role;
    /// and a user handle of two names, `@hilde.cools` (no domain follows).
    fn mentions(&mut self, s: usize, e: usize) {
        for k in memchr::memchr_iter(b'@', &self.b[s..e]).map(|k| s + k) {
            if k > 0 && self.b[k - 1].is_ascii_alphanumeric() {
                continue;
            }
            let a = k + 1;
            let h = self.word_end(a);
            if h > a && self.b.get(h) == Some(&b'.') {
                let z = self.word_end(h + 1);
                let ends = self
                    .b
                    .get(z)
                    .is_none_or(|&c| !(c == b'.' || c == b'@' || c.is_ascii_alphanumeric()));
                let w = self.word(a, h);
                let tld = [
                    "nl", "be", "com", "org", "net", "de", "eu", "io", "uk", "fr", "info",
                ]
                .iter()
                .any(|t| self.text[h + 1..z].eq_ignore_ascii_case(t));
                if z > h + 1 && ends && !tld && (w.first_loose() || w.flags & SUR != 0) {
                    self.push(a, z);
                    continue;
                }
            }
            let z = self.word_end(a);
            if z == a
                || !self.capital(a)
                || self.b.get(z).is_some_and(|&c| c == b'.' || c == b'@')
                    && self.b.get(z + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                continue;
            }
            let w = self.word(a, z);
            if !in_list(ROLES, &self.text[a..z]) && (w.first_loose() || w.name() || w.unknown()) {
                self.push(a, z);
            }
        }
    }

    /// A line that is nothing but a name in capitals (`PATRICK VISSER`, `SUZANNE VAN DAM`,
    /// the head of a CV): a first name, then surname words that may be words too.
    fn caps_line(&mut self, s: usize, e: usize) {
        let (a, z) = trim(self.b, s, e);
        let line = &self.text[a..z];
        if line.chars().any(char::is_lowercase) {
            return;
        }
        if line.len() > 48 || line.bytes().any(|c| c.is_ascii_digit()) {
            self.caps_run(a, z);
            return;
        }
        let Some(ws) = self.words_of(a, z, 4) else {
            return;
        };
        let ws = ws.as_slice();
        if ws.len() < 2 || ws.last().is_some_and(|&(_, y)| y != z) {
            return;
        }
        let first = self.word(ws[0].0, ws[0].1);
        let ok = first.first_loose()
            && ws[1..].iter().all(|&(x, y)| {
                let w = self.word(x, y);
                w.tv() || w.flags & SUR != 0 || w.unknown()
            });
        if ok {
            self.push(a, z);
        }
    }

    /// In a line typed in capitals, a first name (no word) and its surname among other words
    /// (`REACTIES NAAR FENNA VAN WAGENINGEN TEL …`): the first name, tussenvoegsels and one
    /// surname the lists know or do not know as a word.
    fn caps_run(&mut self, a: usize, z: usize) {
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut i = a;
        while i < z {
            let we = self.word_end(i);
            if we > i {
                words.push((i, we));
                i = we;
            } else {
                i += 1;
            }
        }
        let mut k = 0;
        while k + 1 < words.len() {
            let (fs, fe) = words[k];
            if fe - fs < 3 || !self.word(fs, fe).first() {
                k += 1;
                continue;
            }
            let mut j = k + 1;
            let mut tv = false;
            while j < words.len() && self.word(words[j].0, words[j].1).tv() {
                tv = true;
                j += 1;
            }
            let Some(&(ss, se)) = words.get(j) else {
                break;
            };
            let w = self.word(ss, se);
            // One space between the words: a run of one name, not two columns.
            let joined = words[k..=j].windows(2).all(|p| p[1].0 == p[0].1 + 1);
            if joined && se - ss >= 2 && (w.sur() || w.unknown() || (tv && w.flags & SUR != 0)) {
                self.push(fs, se);
                k = j + 1;
            } else {
                k += 1;
            }
        }
    }

    /// A caller noted by surname, `Bakker belde: …`, `Keizer mailde`: the surname may be a
    /// word too.
    fn caller_verb(&mut self, s: usize, e: usize) {
        let we = self.word_end(s);
        if we == s || !self.capital(s) {
            return;
        }
        let rest = &self.text[we..e];
        if !CALLED.iter().any(|v| rest.starts_with(v)) {
            return;
        }
        let w = self.word(s, we);
        if w.flags & (SUR | FIRST | FIRST_RARE) != 0 && w.flags & (STOP | HARD | PLACE) == 0 {
            self.push(s, we);
        }
    }

    /// A column of a table (cells apart by `|`, a tab or `;`) where most cells are names
    /// found already: the other cells of that column that may be names are too
    /// (`| Muntadher | Kantoor | za |` among rows of known names).
    fn name_columns(&mut self) {
        let b = self.b;
        let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
        let lines = std::mem::take(&mut self.table_lines);
        let mut next = 0;
        for &(start, end) in &lines {
            if start != next {
                // A line without cells came between: the table before it ends.
                self.column_names(&rows, false);
                rows.clear();
            }
            next = end + 1;
            let cs = cells(b, start, end, b"|\t;");
            let same = rows.last().is_some_and(|r| r.len() == cs.len());
            if cs.len() >= 2 && (rows.is_empty() || same) {
                rows.push(cs);
            } else {
                self.column_names(&rows, false);
                rows.clear();
                if cs.len() >= 2 {
                    rows.push(cs);
                }
            }
        }
        self.table_lines = lines;
        self.column_names(&rows, false);
    }

    /// The columns of lines typed apart by wide gaps, one under the other (`Martijn  10:00 -
    /// 11:15  afwas` ⏎ `Fokke  15:00 - 18:30  bar`): as a table's, a column most of whose
    /// cells are people holds people in the others too.
    fn spaced_columns(&mut self) {
        let lines = std::mem::take(&mut self.spaced_lines);
        let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut next: Option<usize> = None;
        for &(start, end) in &lines {
            // The next line, also after a `\r`.
            let follows = next.is_some_and(|n| start == n || start == n + 1);
            let cs = gapped_cells(self.b, start, end);
            if !(follows && rows.last().is_some_and(|r| r.len() == cs.len())) {
                self.column_names(&rows, true);
                rows.clear();
            }
            if cs.len() >= 2 {
                rows.push(cs);
            }
            next = Some(end + 1);
        }
        self.column_names(&rows, true);
    }

    /// A table's columns of people: where at least half the rows hold a person in a column
    /// (one row may be its header), every cell of it that holds a name alone is one. With
    /// `gapped` (columns apart by wide gaps, less surely columns than a table's bars) a column
    /// counts only cells that are a person whole, and its first row (a header, `Naam
    /// Telefoon`) is left as it is.
    fn column_names(&mut self, rows: &[Vec<(usize, usize)>], gapped: bool) {
        if rows.len() < 3 {
            return;
        }
        let found: Vec<Span> = self.names.iter().chain(&self.out).copied().collect();
        let person = |a: usize, z: usize| {
            found
                .iter()
                .any(|n| n.kind == EntityKind::Person && n.start < z && a < n.end)
        };
        let counts = |a: usize, z: usize| {
            if gapped {
                found
                    .iter()
                    .any(|n| n.kind == EntityKind::Person && n.start == a && n.end == z)
            } else {
                person(a, z)
            }
        };
        let (need, body) = if gapped {
            (rows.len(), &rows[1..])
        } else {
            (rows.len() - 1, rows)
        };
        for c in 0..rows[0].len() {
            let n = rows.iter().filter(|r| counts(r[c].0, r[c].1)).count();
            if n * 2 < need {
                continue;
            }
            for r in body {
                let (a, z) = r[c];
                if a < z && !person(a, z) {
                    self.name_or_first(a, z);
                }
            }
        }
    }

    /// The values of a person's fields in JSON: `"first_name": "Jana"`, `"naam": "…"`.
    fn json_fields(&mut self) {
        let b = self.b;
        for k in memchr::memchr_iter(b'"', b) {
            let Some(kl) = memchr::memchr(b'"', &b[k + 1..]).map(|j| k + 1 + j) else {
                continue;
            };
            if kl - k > 24 || !in_list(NAME_KEYS, &self.text[k + 1..kl]) {
                continue;
            }
            let mut i = kl + 1;
            while i < b.len() && matches!(b[i], b' ' | b'\t') {
                i += 1;
            }
            if b.get(i) != Some(&b':') {
                continue;
            }
            i += 1;
            while i < b.len() && matches!(b[i], b' ' | b'\t') {
                i += 1;
            }
            if b.get(i) != Some(&b'"') {
                continue;
            }
            let a = i + 1;
            let Some(z) = memchr::memchr(b'"', &b[a..]).map(|j| a + j) else {
                continue;
            };
            let v = &self.text[a..z];
            let (x, y) = trim(b, a, z);
            let plain = v.len() <= 60
                && v.chars().any(char::is_alphabetic)
                && !v
                    .chars()
                    .any(|c| c.is_ascii_digit() || matches!(c, '@' | '[' | '\\' | '/'));
            if plain && x < y {
                self.push(x, y);
            }
        }
    }

    /// The owner of an action in minutes, by initials: `- HBR: evaluatie pilot`.
    fn owner_initials(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        let Some(body) = lb.strip_prefix(b"- ").or_else(|| lb.strip_prefix(b"* ")) else {
            return;
        };
        let Some(c) = body.iter().take(7).position(|&c| c == b':') else {
            return;
        };
        // Not a shop or brand on an expense line (`- IKEA: bureaustoel € 139,50`).
        let money = finder("€").find(lb).is_some()
            || finder("EUR").find(lb).is_some()
            || finder("euro").find(lb).is_some();
        if body.get(c + 1) == Some(&b' ') && !money {
            self.initials_person(s + 2, s + 2 + c);
        }
    }

    /// The party of a legal paper, named before where it lives or was born (`RIANNE
    /// WESTERVELD, wonende te …`, `de heer P. Visser, geboren te Delft`): a name in capitals,
    /// or one the name rules accept, from the line's start or its label to the comma.
    fn resident(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        // Every cue is a comma, a space and `w` or `g`: most lines have no such comma.
        if !memchr::memchr_iter(b',', lb)
            .any(|k| lb.get(k + 1) == Some(&b' ') && matches!(lb.get(k + 2), Some(b'w' | b'g')))
        {
            return;
        }
        for cue in [
            &b", wonende te "[..],
            b", wonend te ",
            b", geboren te ",
            b", won. te ",
        ] {
            // Each cue opens with a comma: a look at the line's few commas, not a substring
            // search (built anew for each cue) through every line.
            let Some(k) = memchr::memchr_iter(b',', lb).find(|&k| lb[k..].starts_with(cue)) else {
                continue;
            };
            let head = &lb[..k];
            let from = head
                .iter()
                .rposition(|&c| matches!(c, b':' | b'(' | b';' | b'\t'))
                .map_or(0, |p| p + 1);
            let (a, z) = trim(self.b, s + from, s + k);
            if a >= z || z - a > 60 {
                continue;
            }
            if self.text[a..z].chars().any(char::is_lowercase) {
                if let Some((x, y)) = self.name_in(a, z, true) {
                    self.push(x, y);
                }
            } else {
                self.capitals_value(a, z);
            }
        }
    }

    /// A name in administrative order at the start of a line or a field: the surname, a comma
    /// and the first name in capitals (`Van: VAN DER POL, RENSKE <…>`, `BENALI, ABDELKADER`),
    /// or a capitalised surname and initials (`1. Huisman, L.L., 06-…`, `- Maas, S. - …`).
    fn inverted_name(&mut self, s: usize, e: usize) {
        let b = self.b;
        let lb = &b[s..e];
        // Where the name may start: the line's start after a list marker, or a field's value.
        let mut from = lb
            .iter()
            .take_while(|&&c| c.is_ascii_digit() || matches!(c, b'.' | b')' | b'-' | b'*' | b' '))
            .count();
        let head = &lb[..lb.len().min(26)];
        if let Some(k) = head.windows(2).position(|w| w == b": ") {
            if k < 24
                && lb[..k]
                    .iter()
                    .all(|c| c.is_ascii_alphabetic() || *c == b' ')
            {
                from = k + 2;
            }
        }
        let rest = &lb[from..];
        // A letter opens it and a comma follows within a few words: most lines end here.
        if !rest
            .first()
            .is_some_and(|&c| c.is_ascii_alphabetic() || c >= 0x80)
        {
            return;
        }
        let Some(comma) = memchr::memchr(b',', &rest[..rest.len().min(42)]) else {
            return;
        };
        if rest.get(comma + 1) != Some(&b' ') || comma == 0 || comma > 40 {
            return;
        }
        let left = &self.text[s + from..s + from + comma];
        let after = s + from + comma + 2;
        let words: Vec<&str> = left.split(' ').collect();
        if words.len() > 4 || words.iter().any(|w| w.is_empty()) {
            return;
        }
        let caps = |w: &str| {
            w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\''))
        };
        let lex = lexicon::lexicon();
        let last = words[words.len() - 1];
        let last_flags = lex.flags(last, &mut self.buf);
        if words.iter().all(|w| caps(w) && w.chars().count() >= 2) {
            // `VAN DER POL, RENSKE`: the first name in capitals up to the line's end, `<` or
            // `(`.
            let tail = &self.text[after..e];
            let stop = tail
                .find([' ', '<', '(', ',', '\t'])
                .map_or(tail.len(), |k| k);
            let first = &tail[..stop];
            let closed = tail[stop..].trim_start().is_empty()
                || tail[stop..].trim_start().starts_with(['<', '(']);
            let ff = lex.flags(first, &mut self.buf);
            if closed
                && first.chars().count() >= 2
                && caps(first)
                && ff & (FIRST | FIRST_RARE | CURATED) != 0
                && ff & (STOP | HARD | PLACE) == 0
                && last_flags & (STOP | HARD | PLACE) == 0
            {
                self.push(s + from, after + stop);
            }
            return;
        }
        // `Huisman, L.L.`: one capitalised surname (particles before it in lowercase), then
        // initials.
        let surname = words.iter().enumerate().all(|(i, w)| {
            if i + 1 == words.len() {
                let mut cs = w.chars();
                cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
            } else {
                in_list(PARTICLES, w)
            }
        });
        let ib = &b[after..e];
        let mut n = 0;
        while ib.get(2 * n).is_some_and(u8::is_ascii_uppercase) && ib.get(2 * n + 1) == Some(&b'.')
        {
            n += 1;
        }
        let end_ok = ib
            .get(2 * n)
            .is_none_or(|c| matches!(c, b' ' | b',' | b'\t'));
        // (A company's form is no initials: `Bakkerij Prins, B.V.`)
        let firm = matches!(&ib[..2 * n], b"B.V." | b"N.V." | b"C.V.");
        if surname
            && (1..=4).contains(&n)
            && end_ok
            && !firm
            && last_flags & (STOP | HARD | CUE) == 0
        {
            // The particles follow the initials in this order (`Dijk, M. van`, `Heuvel, H. van
            // den`).
            let mut end = after + 2 * n;
            for p in [
                " van den", " van der", " van de", " van", " de", " ten", " ter", " te",
            ] {
                let r = &b[end..e];
                if r.starts_with(p.as_bytes())
                    && r.get(p.len()).is_none_or(|c| !c.is_ascii_alphabetic())
                {
                    end += p.len();
                    break;
                }
            }
            self.push(s + from, end);
        }
    }

    /// Initials that sign a note (`… onderzoek gestart. - MvdH`, `Belnotitie 16-8-2024 09:30 -
    /// SVH`, `CRM-notitie | 2026-11-27 | LB`) or name its writer (`Notitie (TdV): …`, `Interne
    /// notitie (TdL)`, `Notitie CvR: …`). Capitals alone only where a note or a sentence
    /// closes before them: `Lisse - NL` or `prijslijst - PDF` sign nothing.
    fn initials_signed(&mut self, s: usize, e: usize) {
        let lb = &self.b[s..e];
        let end = lb.trim_ascii_end().len();
        let lb = &lb[..end];
        if lb.len() < 4 {
            return;
        }
        // (Lowercased on the stack: this runs for every line.)
        let mut low = [0u8; 24];
        let n = lb.len().min(24);
        low[..n].copy_from_slice(&lb[..n]);
        low[..n].make_ascii_lowercase();
        let low_start = &low[..n];
        let note = [
            &b"notitie"[..],
            b"belnotitie",
            b"crm-notitie",
            b"interne notitie",
            b"aantekening",
            b"memo",
            b"gespreksnotitie",
        ]
        .iter()
        .any(|w| low_start.starts_with(w));
        let mixed = |w: &[u8]| w.iter().any(u8::is_ascii_lowercase);
        // At the line's end, after ` - ` or ` | `.
        let k = lb.iter().rposition(|&c| c == b' ').unwrap_or(0);
        let (a, z) = (k + 1, lb.len());
        if k >= 2 && matches!(lb[k - 1], b'-' | b'|') && lb[k - 2] == b' ' {
            let w = &lb[a..z];
            let closed = k >= 3 && matches!(lb[k - 3], b'.' | b'!' | b')');
            if initials_alias(w) && (mixed(w) || note || closed) {
                self.initials_person(s + a, s + z);
            }
        }
        if !note {
            return;
        }
        // After the note's word: `Notitie (TdV):`, `Notitie CvR:`.
        let Some(sp) = memchr::memchr(b' ', lb) else {
            return;
        };
        let rest = &lb[sp + 1..];
        let (a, z) = if rest.first() == Some(&b'(') {
            match rest.iter().take(9).position(|&c| c == b')') {
                Some(c) => (sp + 2, sp + 1 + c),
                None => return,
            }
        } else {
            match rest.iter().take(8).position(|&c| c == b':') {
                Some(c) => (sp + 1, sp + 1 + c),
                None => return,
            }
        };
        if a < z && initials_alias(&lb[a..z]) {
            self.initials_person(s + a, s + z);
        }
    }

    /// The sender of a chat line, `Griet: sorry!` or `[10:14] Griet: …`: its word's span.
    fn sender(&self, s: usize, e: usize, timed: Option<(usize, usize)>) -> Option<(usize, usize)> {
        // A chat export that puts the sender and the time on a line of their own (`wim 10:45`,
        // `Rudy Soemantri  08:45`): the first word is the sender.
        if let Some((a, _)) = timed {
            let we = self.word_end(a);
            return (we > a).then_some((a, we));
        }
        let mut i = s;
        if self.b.get(i) == Some(&b'[') {
            i += memchr::memchr(b']', &self.b[i..e])? + 1;
        }
        // A date and a time (`17/9/26, 14:05 - `) only before a sender: a line that starts
        // with digits.
        let stamp = self.b.get(i).is_some_and(u8::is_ascii_digit);
        while i < e
            && (self.b[i].is_ascii_digit()
                || matches!(self.b[i], b' ' | b':' | b'.')
                || (stamp && matches!(self.b[i], b'/' | b',' | b'-')))
        {
            i += 1;
        }
        let we = self.word_end(i);
        let colon = self.b.get(we) == Some(&b':') && self.b.get(we + 1) == Some(&b' ');
        // The time after the sender: `Ghada om 12:10: Dat kan`, or a date and time in
        // brackets over the message (`Habtom (5 jun. 08:37):`).
        let timed_after = time_after(&self.b[we..e]);
        (we > i && (colon || (timed_after && i == s))).then_some((i, we))
    }

    /// The line's bytes from its start to `a`.
    fn line_head(&self, a: usize) -> &'t [u8] {
        let ls = memchr::memrchr(b'\n', &self.b[..a]).map_or(0, |k| k + 1);
        &self.b[ls..a]
    }

    /// The line's bytes from `z` to its end.
    fn line_rest(&self, z: usize) -> &'t [u8] {
        let le = memchr::memchr(b'\n', &self.b[z..]).map_or(self.b.len(), |k| z + k);
        &self.b[z..le]
    }

    /// A chat export with the sender and the time over each message (`eva  11:00` ⏎
    /// `gert-jan  12:00`): with two such lines or more, every sender that is no ordinary or
    /// calendar word and no role is a person, in lowercase too, and so is the same word
    /// wherever it stands in the chat.
    fn timed_senders(&mut self) {
        let b = self.b;
        let heads = std::mem::take(&mut self.timed);
        // One message copied with its header above it (`lotte  3:30 PM`): a first name the
        // lists know, written as one types a handle.
        if let [(0, z)] = heads[..] {
            let f = self.word(0, z);
            if z == self.word_end(0)
                && f.flags & (FIRST | FIRST_RARE | CURATED) != 0
                && f.flags & (STOP | HARD | PLACE | ORD) == 0
            {
                self.push(0, z);
            }
        }
        if heads.len() < 2 {
            return;
        }
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut known = 0;
        for (a, z) in heads {
            let mut k = a;
            for w in self.text[a..z].split(' ') {
                let (ws, we) = (k, k + w.len());
                k = we + 1;
                let f = self.word(ws, we);
                let role = in_list(ROLES, w) || in_list(KIN, w);
                let plain =
                    f.flags & (STOP | HARD | PLACE) == 0 && (f.flags & ORD == 0 || f.first_loose());
                if !w.is_empty() && !role && plain && !f.tv() {
                    let lower = b[ws].is_ascii_lowercase();
                    // A double first name (`gert-jan`): each part a first name.
                    let double = w.contains('-') && {
                        let mut p = ws;
                        w.split('-').all(|part| {
                            let f = self.word(p, p + part.len());
                            p += part.len() + 1;
                            f.flags & (FIRST | FIRST_RARE | CURATED) != 0
                        })
                    };
                    known += usize::from(
                        f.name()
                            || double
                            || (lower && f.flags & (FIRST | FIRST_RARE | CURATED) != 0),
                    );
                    words.push((ws, we));
                }
            }
        }
        // Senders the lists know as names; an agenda (`Lunch 12:30`, `Pauze 15:00`) has none.
        if known < 2 {
            return;
        }
        let mut lowered: Vec<String> = Vec::new();
        for &(a, z) in &words {
            self.push(a, z);
            if b[a].is_ascii_lowercase() {
                lowered.push(self.text[a..z].to_string());
            }
        }
        lowered.sort_unstable();
        lowered.dedup();
        for name in lowered {
            // `gert-jan` is one name: `jan` inside it is not found again.
            self.push_everywhere(&name, |c| is_word_char(c) || c == '-');
        }
    }

    /// Every occurrence of `name` as a word of its own (`glued` tells the characters that
    /// may not stand on either side): a name a chat gave in lowercase, wherever it stands.
    fn push_everywhere(&mut self, name: &str, glued: impl Fn(char) -> bool) {
        for k in memchr::memmem::find_iter(self.b, name.as_bytes()) {
            let e = k + name.len();
            let before = self.text[..k].chars().next_back();
            let after = self.text[e..].chars().next();
            if !before.is_some_and(&glued) && !after.is_some_and(&glued) {
                self.push(k, e);
            }
        }
    }

    /// The words before the time on a line that holds nothing else (`wim 10:45`, `Rudy
    /// Soemantri  08:45`, `Jan de Vries 9:05 AM`): one to four words of letters.
    fn time_sender(&self, s: usize, e: usize) -> Option<(usize, usize)> {
        let b = self.b;
        let mut t = e;
        while t > s && b[t - 1] == b' ' {
            t -= 1;
        }
        let line = &b[s..t];
        let line = line
            .strip_suffix(b" AM")
            .or_else(|| line.strip_suffix(b" PM"))
            .unwrap_or(line);
        let n = line.len();
        // `H:MM` or `HH:MM` at the end, after a space.
        if n < 6 || !line[n - 2..].iter().all(u8::is_ascii_digit) || line[n - 3] != b':' {
            return None;
        }
        let mut k = n - 3;
        let digits = line[..k]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if !(1..=2).contains(&digits) {
            return None;
        }
        k -= digits;
        if k == 0 || line[k - 1] != b' ' {
            return None;
        }
        let mut he = k;
        while he > 0 && line[he - 1] == b' ' {
            he -= 1;
        }
        let head = self.text.get(s..s + he)?;
        let words: Vec<&str> = head.split(' ').collect();
        let wordy = |w: &str| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        };
        (!words.is_empty() && words.len() <= 4 && words.iter().all(|w| wordy(w)))
            .then_some((s, s + he))
    }

    /// In a chat (two senders or more, one of them a known name), every sender is a person
    /// unless it is a role (`Bot`, `Klant`) or an ordinary word (`Let op:`). A family or team
    /// chat written in lowercase (`roel: nee die heeft thomas`) counts its senders that are
    /// first names, when two of them or more are, and then the same words wherever they
    /// stand in the chat (`bij ewout`, `@thomas`).
    fn chat(&mut self, senders: &[(usize, usize)]) {
        if let [(a, z)] = senders[..] {
            // One message of a phone's export, stamped with its date and time (`30-09-2025
            // 17:28 - Anita: …`): a sender the lists know as a first name.
            let stamped = export_stamp(self.line_head(a));
            let w = self.word(a, z);
            if stamped
                && w.flags & (FIRST | FIRST_RARE | CURATED) != 0
                && w.flags & (STOP | HARD | PLACE) == 0
            {
                self.push(a, z);
            }
        }
        if senders.len() < 2 {
            return;
        }
        let text = self.text;
        let words: Vec<Word> = senders.iter().map(|&(a, b)| self.word(a, b)).collect();
        let (upper, lower): (Vec<Word>, Vec<Word>) =
            words.into_iter().partition(|w| self.capital(w.start));
        let mut names: Vec<&str> = upper
            .iter()
            .filter(|w| w.name())
            .map(|w| &self.text[w.start..w.end])
            .collect();
        let mut small: Vec<&'t str> = lower
            .iter()
            .filter(|w| {
                w.flags & (FIRST | FIRST_RARE | CURATED) != 0
                    && w.flags & (STOP | HARD) == 0
                    && !in_list(ROLES, &text[w.start..w.end])
                    && !in_list(KIN, &text[w.start..w.end])
            })
            .map(|w| &text[w.start..w.end])
            .collect();
        small.sort_unstable();
        small.dedup();
        // An export that stamps every message with its date or time (`[11-3-26, 09:52:48]
        // Jianguo: …`, `27-02-26 09:36 - jet: …`) between two people or more: one sender the
        // lists know is enough to read the others as people too.
        // (Or the time right after each sender: `Ghada om 12:10: …`, `Habtom (5 jun. 08:37):`.)
        let stamped = senders.iter().all(|&(a, z)| {
            self.line_head(a)
                .first()
                .is_some_and(|&c| c == b'[' || c.is_ascii_digit())
                || time_after(self.line_rest(z))
        });
        let mut distinct: Vec<&str> = senders.iter().map(|&(a, b)| &text[a..b]).collect();
        distinct.sort_unstable();
        distinct.dedup();
        // A phone's export stamps each message with its date and time, then the sender and a
        // colon (`17/9/26, 14:05 - fleur: …`, `[12-03-26 08:52] Golnaz: …`): whoever stands
        // there sent a message, a name that is a word too (`fleur`) or none the lists know.
        let full_stamp = distinct.len() >= 2
            && senders.iter().all(|&(a, _)| {
                let head = self.line_head(a);
                export_stamp(head) && head.iter().any(|&c| matches!(c, b'/' | b'-' | b'.'))
            });
        if full_stamp {
            for w in &lower {
                let word = &text[w.start..w.end];
                if w.flags & (STOP | HARD) == 0
                    && word.len() >= 2
                    && !in_list(ROLES, word)
                    && !in_list(KIN, word)
                    && !small.contains(&word)
                {
                    small.push(word);
                }
            }
        }
        let known = names.len() + small.len();
        if small.len() < 2 && !(stamped && known >= 1) {
            small.clear();
        }
        names.extend(small.iter().copied());
        names.sort_unstable();
        names.dedup();
        if names.len() < 2 && !(stamped && names.len() == 1 && distinct.len() >= 2) && !full_stamp {
            return;
        }
        for w in upper {
            let role = in_list(ROLES, &self.text[w.start..w.end]);
            if !role && (w.name() || w.unknown()) {
                self.push(w.start, w.end);
            }
        }
        for name in small {
            self.push_everywhere(name, is_word_char);
        }
    }

    /// Two parts of a name around a particle (`Tarik Oulad Ali`): one name.
    fn join_particles(&mut self) {
        let mut all = self.persons();
        all.sort_unstable_by_key(|s| s.start);
        // A capitalised word and a particle right before a name: `Tarik Oulad [Ali]`.
        for p in &all {
            let head = &self.text[..p.start];
            let Some(h) = head.strip_suffix(' ') else {
                continue;
            };
            let ps = h.rfind(' ').map_or(0, |k| k + 1);
            if !in_list(PARTICLES, &h[ps..]) {
                continue;
            }
            let Some(h2) = h[..ps].strip_suffix(' ') else {
                continue;
            };
            let ws = h2
                .char_indices()
                .rev()
                .take_while(|&(_, c)| is_word_char(c) || c == '-')
                .last()
                .map_or(ps, |(i, _)| i);
            let w = self.word(ws, h2.len());
            if ws < h2.len() && self.capital(ws) && (w.name() || w.unknown()) {
                self.out.push(Span {
                    start: ws,
                    end: p.end,
                    kind: EntityKind::Person,
                    prio: PRIO + 5,
                });
            }
        }
        for pair in all.windows(2) {
            let gap = self.text.get(pair[0].end..pair[1].start).unwrap_or("");
            let word = gap.trim();
            if gap.len() == word.len() + 2 && gap.starts_with(' ') && in_list(PARTICLES, word) {
                self.out.push(Span {
                    start: pair[0].start,
                    end: pair[1].end,
                    kind: EntityKind::Person,
                    prio: PRIO + 5,
                });
            }
        }
    }
}

/// The first index at or after `from` where two ASCII capitals follow each other, eight bytes
/// at a time: most lines hold none, and then [`Finder::capitals`] has nothing to read.
fn upper_pair(b: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let upper = |x: u64| {
        // High bit of each byte in `A..=Z` (no carry crosses out of a byte below 0x80).
        let ge_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
        let gt_z = x.wrapping_add(0x2525_2525_2525_2525);
        ge_a & !gt_z & !x & HIGH
    };
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let u = upper(u64::from_le_bytes(w));
        // A capital whose next byte is one too; the chunk's last byte is checked against the
        // next chunk by the overlap below.
        let pair = u & (u >> 8);
        if pair != 0 {
            return Some(i + (pair.trailing_zeros() / 8) as usize);
        }
        i += 7;
    }
    (i..b.len().saturating_sub(1))
        .find(|&k| b[k].is_ascii_uppercase() && b[k + 1].is_ascii_uppercase())
}

/// True when `head` (a line up to its sender) is a phone export's stamp: a date or time, then
/// ` - ` or `] ` (`30-09-2025 17:28 - `, `[12-03-26 08:52] `).
fn export_stamp(head: &[u8]) -> bool {
    head.first()
        .is_some_and(|&c| c == b'[' || c.is_ascii_digit())
        && (head.ends_with(b" - ") || head.ends_with(b"] "))
        && head.contains(&b':')
}

/// True when `rest` (what follows a sender's first name on its line) gives the time before
/// the message: `Ghada om 12:10: Dat kan`, `Imane O. om 11:36: hoi` (an initial may follow the
/// name), or a date and time in brackets over the message (`Habtom (5 jun. 08:37):`).
fn time_after(rest: &[u8]) -> bool {
    let rest = match rest {
        [b' ', c, b'.', ..] if c.is_ascii_uppercase() => &rest[3..],
        _ => rest,
    };
    rest.strip_prefix(b" om ")
        .is_some_and(|r| crate::clock_len(r).is_some_and(|n| r.get(n) == Some(&b':')))
        || (rest.starts_with(b" (")
            && rest.ends_with(b"):")
            && rest.len() <= 24
            && rest
                .windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit()))
}

/// Up to four words' spans, without allocating.
#[derive(Default, Clone, Copy)]
struct Words {
    w: [(usize, usize); 4],
    n: usize,
}

impl Words {
    fn as_slice(&self) -> &[(usize, usize)] {
        &self.w[..self.n]
    }
}

/// `s..e` without spaces at either end.
fn trim(b: &[u8], mut s: usize, mut e: usize) -> (usize, usize) {
    while s < e && matches!(b[s], b' ' | b'\t') {
        s += 1;
    }
    while e > s && matches!(b[e - 1], b' ' | b'\t') {
        e -= 1;
    }
    (s, e)
}

/// Abbreviations after a person that are a department or a role, not initials
/// (`Sanne (HR)`, `Jan de Vries (CFO)`).
const ROLE_ABBR: &[&str] = &[
    "hr", "ict", "it", "or", "mt", "ceo", "cfo", "cto", "coo", "cio", "ciso", "dpo", "fg", "po",
    "pm", "qa", "bhv", "dga", "zzp", "avg", "kvk", "btw", "vog", "cv", "nl", "be", "uk", "eu",
    "us", "seo", "ux", "ui", "mkb", "bv", "nv", "vof", "ok", "ai", "pr", "cs", "sm", "gmbh", "ggd",
    "uwv", "svb", "ind", "ww", "wia", "wga", "vvd", "cda", "pvv", "sp", "tbv", "nb", "vve", "pva",
    "pve", "rvb", "rvc", "rvt", "cvb", "ovj", "mvt", "rvs",
];

/// Initials in brackets after a person (`Willem Kok (WK)`, `Tom de Vries (TdV)`): 2 to 6
/// letters, capitals with at most three lowercase tussenvoegsel letters between them.
fn initials_alias(w: &[u8]) -> bool {
    let upper = w.iter().filter(|c| c.is_ascii_uppercase()).count();
    let lower = w.len() - upper;
    (2..=6).contains(&w.len())
        && upper >= 2
        && lower <= 3
        && w[0].is_ascii_uppercase()
        && w[w.len() - 1].is_ascii_uppercase()
        && w.iter()
            .all(|c| c.is_ascii_uppercase() || matches!(c, b'v' | b'd' | b'e' | b'n' | b'r' | b't'))
}

/// The initials that minutes give a person in brackets, and the same initials wherever else
/// they stand as a word (`HBR: evaluatie pilot`, `| SS | 18 maart |`). `chosen` are the
/// spans picked so far, in text order; none of the spans returned overlaps them.
pub(crate) fn aliases(text: &str, chosen: &[Span]) -> Vec<Span> {
    let b = text.as_bytes();
    let mut abbrs: Vec<&str> = Vec::new();
    for p in chosen.iter().filter(|s| s.kind == EntityKind::Person) {
        let Some(rest) = b.get(p.end..) else {
            continue;
        };
        let rest = rest.strip_prefix(b" ").unwrap_or(rest);
        let Some(inner) = rest.strip_prefix(b"(") else {
            continue;
        };
        let Some(close) = inner.iter().take(8).position(|&c| c == b')') else {
            continue;
        };
        let w = &inner[..close];
        if !initials_alias(w) {
            continue;
        }
        let Ok(word) = std::str::from_utf8(w) else {
            continue;
        };
        if !in_list(ROLE_ABBR, word) {
            abbrs.push(word);
        }
    }
    if abbrs.is_empty() {
        return Vec::new();
    }
    abbrs.sort_unstable();
    abbrs.dedup();
    let mut out = Vec::new();
    for a in abbrs {
        for k in memchr::memmem::find_iter(b, a.as_bytes()) {
            let e = k + a.len();
            let bounded = (k == 0 || !b[k - 1].is_ascii_alphanumeric())
                && b.get(e).is_none_or(|c| !c.is_ascii_alphanumeric());
            let i = chosen.partition_point(|s| s.end <= k);
            let free = chosen.get(i).is_none_or(|s| s.start >= e);
            if bounded && free {
                out.push(Span {
                    start: k,
                    end: e,
                    kind: EntityKind::Person,
                    prio: PRIO,
                });
            }
        }
    }
    out.sort_unstable_by_key(|s| s.start);
    out
}

/// For `Surname, <name>  10:13` alone on its line (a chat export's author line), the start of
/// the capitalised surname that ends at `ce` and opens the line; `end` ends the name.
fn chat_export_surname(text: &str, ce: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    // The word before the comma, which must open its line (looked at word-long, not
    // line-long: a document on one line must not be read back to its start per name).
    let ls = text[..ce]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '-' || c == '\'')
        .last()
        .map(|(k, _)| k)?;
    if ls > 0 && b[ls - 1] != b'\n' {
        return None;
    }
    let word = &text[ls..ce];
    if !(word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() >= 3) {
        return None;
    }
    // Then only spaces and a time up to the line's end: `  10:13`.
    let tail = &b[end..b.len().min(end + 12)];
    let sp = tail.iter().take_while(|&&c| c == b' ').count();
    let t = &tail[sp..];
    let h = t.iter().take_while(|c| c.is_ascii_digit()).count();
    let time = sp > 0
        && (1..=2).contains(&h)
        && t.get(h) == Some(&b':')
        && t.get(h + 1..h + 3)
            .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && t.get(h + 3)
            .is_none_or(|&c| matches!(c, b'\n' | b'\r' | b' '));
    time.then_some(ls)
}

/// A first name right before a person's span that the lists know as a word too (`Berk
/// Ozturk`, `Rien Winter`), or a short unknown word before a known surname: the span takes
/// it in. (A longer unknown word is as often a product or shop, `Stuurtas Basil`.) `chosen` stays in
/// text order without overlaps; a name found apart that joins the next is dropped.
pub(crate) fn widen_left(text: &str, chosen: &mut Vec<Span>) {
    let b = text.as_bytes();
    let lex = lexicon::lexicon();
    let mut buf = String::new();
    for i in 0..chosen.len() {
        let p = chosen[i];
        if p.kind != EntityKind::Person || p.start < 3 || b[p.start - 1] != b' ' {
            continue;
        }
        let prev_end = if i > 0 { chosen[i - 1].end } else { 0 };
        if b[p.start - 2] == b',' {
            // `YILDIZ, Serkan` in a list: a surname in capitals before the first name.
            let ce = p.start - 2;
            let cs = text[..ce]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_uppercase() || c == '-')
                .last()
                .map_or(ce, |(k, _)| k);
            let alone = cs == 0 || matches!(b[cs - 1], b' ' | b'\n' | b'\t' | b'|');
            let f = lex.flags(&text[cs..ce], &mut buf);
            if ce - cs >= 2 && cs >= prev_end && alone && f & (STOP | HARD | PLACE | CUE) == 0 {
                chosen[i].start = cs;
            } else if let Some(ts) = chat_export_surname(text, ce, p.end) {
                // `Al-Masri, Anas  10:13`: a chat export's author line, surname first.
                if ts >= prev_end
                    && lex.flags(&text[ts..ce], &mut buf) & (STOP | HARD | PLACE | CUE) == 0
                {
                    chosen[i].start = ts;
                }
            }
            continue;
        }
        let we = p.start - 1;
        let word_start = |end: usize| {
            text[..end]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_alphabetic())
                .last()
                .map_or(end, |(k, _)| k)
        };
        // `Hendrik uit den Bogaard`: `uit` is a particle the lists do not hold as one (it is
        // a preposition far more often); before `de`, `den` or `het` and after a first name
        // it belongs to the surname.
        let head = &b[..p.start];
        const UIT: [&[u8]; 5] = [
            b"uit den ",
            b"uit de ",
            b"uit het ",
            b"Uit den ",
            b"Uit de ",
        ];
        let uit = UIT.iter().find(|u| head.ends_with(u));
        if let Some(u) = uit {
            let us = p.start - u.len();
            if us >= 2 && b[us - 1] == b' ' {
                let fs = word_start(us - 1);
                let f = lex.flags(&text[fs..us - 1], &mut buf);
                // The first name may be found already, as a name of its own.
                let joined = i > 0
                    && chosen[i - 1].kind == EntityKind::Person
                    && chosen[i - 1].start == fs
                    && chosen[i - 1].end == us - 1;
                if joined {
                    chosen[i].start = fs;
                    chosen[i - 1].end = fs;
                } else if fs < us - 1
                    && fs >= prev_end
                    && f & (FIRST | CURATED) != 0
                    && f & (STOP | HARD | PLACE | CUE) == 0
                    && (fs == 0 || matches!(b[fs - 1], b' ' | b'\n' | b'\t' | b'"' | b';'))
                {
                    chosen[i].start = fs;
                }
            }
            continue;
        }
        let mut ws = word_start(we);
        if ws == we || ws < prev_end || we - ws < 2 {
            continue;
        }
        let w = &text[ws..we];
        let capitalised = |w: &str| {
            let mut cs = w.chars();
            cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
        };
        if !capitalised(w) {
            // Typed in lowercase (`kofi Mensah: 06-…`, `hanneke de Groot`): a first name the
            // lists know and that is no word, with a tussenvoegsel between or not.
            let lower_first = |s: usize, e: usize| {
                let w = &text[s..e];
                let f = lex.flags(w, &mut String::new());
                w.chars().all(char::is_lowercase)
                    && (f & CURATED != 0 || (f & (FIRST | FIRST_RARE) != 0 && f & ORD == 0))
                    && f & (STOP | HARD | PLACE | CUE | TV) == 0
            };
            let mut fs = ws;
            if lex.flags(w, &mut buf) & TV != 0 && ws >= 2 && b[ws - 1] == b' ' {
                fs = word_start(ws - 1);
            }
            let fe = if fs == ws { we } else { ws - 1 };
            let alone = fs == 0 || matches!(b[fs - 1], b' ' | b'\n' | b'\t' | b'(');
            if fs < fe && fs >= prev_end && alone && lower_first(fs, fe) {
                chosen[i].start = fs;
            }
            continue;
        }
        // A double first name, `Chi-Wai Zhang`: the part before the hyphen comes along.
        if ws > 2 && b[ws - 1] == b'-' {
            let fs = word_start(ws - 1);
            if fs < ws - 1 && fs >= prev_end && capitalised(&text[fs..ws - 1]) {
                ws = fs;
            }
        }
        // Glued to what comes before (`x-Rien`, `@Rien`) is no first name of this person.
        if ws > 0 && !matches!(b[ws - 1], b' ' | b'\n' | b'\t' | b'|' | b'(' | b'"' | b':') {
            continue;
        }
        // A field's label is no first name (`Victim WANG`).
        if in_list(NAME_LABELS, w) {
            continue;
        }
        let f = lex.flags(w, &mut buf);
        let first = f & (FIRST | FIRST_RARE | CURATED) != 0 && f & (STOP | HARD | PLACE | CUE) == 0;
        // A short word the lists do not know before a surname (`Amnay Essafi`); Dutch compounds
        // of a product or shop are longer (`Speelgoedpaleis Tol`) and end in a consonant, an
        // `e` or `ie` (`Renovatie Bakker`) far more often than the first names of other
        // languages do (`Svitlana`, `Freweyni`).
        let len = w.chars().count();
        let vowel_end = w.ends_with(['a', 'i', 'o', 'u', 'y']) && !w.ends_with("ie");
        let unknown = f == 0
            && (len <= 7 || (len <= 10 && vowel_end))
            && lex.flags(&text[p.start..p.end], &mut buf) & SUR != 0;
        if first || unknown {
            chosen[i].start = ws;
        }
    }
    // A first name that went into the surname after it left an empty span.
    chosen.retain(|s| s.start < s.end);
}
