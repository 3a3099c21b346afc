//! Embedded name and word knowledge (see `data/SOURCES.md`), built once per process.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A small, fast hasher for short words (FxHash-style); the keys are our own data, not input
/// chosen by an attacker to collide, and lookups are read-only.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(buf))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        self.0 = h;
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Keyed by the lowercase word's bytes, so lookups need no UTF-8 check.
type WordMap = HashMap<Box<[u8]>, Entry, BuildHasherDefault<WordHasher>>;

pub(crate) const FIRST: u16 = 1;
pub(crate) const FIRST_RARE: u16 = 1 << 1;
pub(crate) const SUR: u16 = 1 << 2;
pub(crate) const ORD: u16 = 1 << 3;
pub(crate) const PLACE: u16 = 1 << 4;
pub(crate) const STOP: u16 = 1 << 5;
pub(crate) const TV: u16 = 1 << 6;
pub(crate) const CUE: u16 = 1 << 7;
pub(crate) const WEAK_CUE: u16 = 1 << 8;
pub(crate) const SUR_COMMON: u16 = 1 << 9;
pub(crate) const SUR_VERY: u16 = 1 << 10;
/// Never part of a name, not even after a first name (calendar words, greetings, titles).
pub(crate) const HARD: u16 = 1 << 11;
pub(crate) const PLACE_CUE: u16 = 1 << 12;
/// A trade word that introduces a business name (`Bakkerij`, `Garage`, `Kapsalon`).
pub(crate) const TRADE: u16 = 1 << 13;
/// The first word of a block phrase (`loonstrook`, `getekend voor akkoord`): the tokenizer notes
/// where these words start so the phrases are only looked for there.
pub(crate) const PHRASE: u16 = 1 << 14;
/// A first name from the hand-curated list: a name even when it is also a word (`Kim`, `Roos`),
/// unlike the source list's strong names, which hold words by mistake (`Meer`, `Grote`).
pub(crate) const CURATED: u16 = 1 << 15;
/// The flags that give a lowercase word a role in a name.
pub(crate) const NAME_ROLE: u16 = TV | CUE | WEAK_CUE | PLACE_CUE | TRADE;

static FIRST_NAMES: &str = include_str!("../data/first_names.txt");
static FIRST_NAMES_EXTRA: &str = include_str!("../data/first_names_extra.txt");
static FIRST_NAMES_RARE: &str = include_str!("../data/first_names_rare.txt");
static SURNAMES: &str = include_str!("../data/surnames.txt");
static ORDINARY: &str = include_str!("../data/ordinary_words.txt");
static ORDINARY_EXTRA: &str = include_str!("../data/ordinary_words_extra.txt");
static PLACES: &str = include_str!("../data/places.txt");
static PLACES_EXTRA: &str = include_str!("../data/places_extra.txt");
static COUNTRIES: &str = include_str!("../data/countries.txt");

/// Trade words: a capitalised name after one of these is a business (`Bakkerij Het Zoete
/// Leven`, `Garage Jansen`). Compounds ending in a word of [`TRADE_ENDS`] count as well.
const TRADE_WORDS: &str = "
bakkerij banketbakkerij slagerij viswinkel groenteboer kaasboer garage kapsalon kapper
restaurant café cafe eetcafé eetcafe brasserie bistro pizzeria snackbar cafetaria lunchroom
koffiebar ijssalon hotel pension herberg bloemist bloemisterij drukkerij apotheek drogisterij
makelaardij makelaar boekhandel rijschool dierenkliniek kinderopvang fietsenmaker
fysiotherapie sportschool dansschool muziekschool kwekerij tuincentrum bouwmarkt supermarkt
reisbureau adviesbureau stichting vereniging firma camping zorgboerderij atelier
";

/// Endings of compound trade words (`Installatiebedrijf`, `Advocatenkantoor`).
pub(crate) const TRADE_ENDS: &[&str] = &[
    "bedrijf", "kantoor", "praktijk", "winkel", "salon", "studio", "bureau", "handel", "kliniek",
    "makerij",
];

/// Words that cannot even be a surname after a first name.
const HARD_STOPWORDS: &str = "
januari februari maart april mei juni juli augustus september oktober november december
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
monday tuesday wednesday thursday friday saturday sunday january february march june july october
august may
vandaag morgen gisteren overmorgen
pasen pinksteren kerst kerstmis hemelvaart hemelvaartsdag koningsdag bevrijdingsdag sinterklaas
paasdag paasmaandag pinksterdag pinkstermaandag kerstdag kerstavond oudjaar oudejaarsdag
oudejaarsavond nieuwjaarsdag goede tweede eerste
hallo hoi hey hi beste geachte goedemorgen goedemiddag goedenavond dear hello thanks regards
groet groeten mvg bedankt mevrouw meneer dhr mevr mw
team bank bv nv vof holding inc ltd gmbh
";

/// Words that are never (part of) a name, whatever the lists say: calendar words, greetings,
/// function words, business and tool vocabulary. Lowercase.
const STOPWORDS: &str = "
januari februari maart april mei juni juli augustus september oktober november december
jan. feb mrt apr jun jul aug sep sept okt nov dec
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
monday tuesday wednesday thursday friday saturday sunday january february march june july october
august may
vandaag morgen gisteren overmorgen week maand jaar kwartaal ochtend middag avond nacht
pasen pinksteren kerst kerstmis sinterklaas koningsdag oud nieuw
hallo hoi hey hi dag beste geachte lieve goedemorgen goedemiddag goedenavond dear hello thanks regards
you one love day real girl line will great voice here how sea the and for with from this that your
groet groeten vriendelijke hartelijke met mvg gr bedankt dank alvast tot ciao cheers kind best
mevrouw meneer heer dhr mevr mw mr dr drs ir ing prof ds bc familie fam
de het een dit dat deze die er ik wij we je jij u hij zij ze zijn haar hun ons onze mijn jouw uw
en of maar want dus als omdat toen nu dan ook nog wel niet geen al alle allen iedereen niemand
is was wordt worden heeft hebben had kan kun kunt kunnen zal zullen wil willen moet moeten mag
graag even snel zo wat wie waar wanneer hoe waarom welke welk hierbij bijgaand zie let op
in op aan bij met voor na naar uit over onder door tegen tussen zonder sinds tot om te van
team bank klant klanten adres factuur offerte kenteken email e-mail mail telefoon tel mobiel naam
datum bedrag iban bsn kvk btw totaal subtotaal opmerking onderwerp betreft re fw fwd aw cc bcc
project planning afspraak vergadering overleg meeting agenda notulen actie acties update status
support sales marketing manager office service customer account admin info finance hr legal
directie afdeling gemeente belastingdienst kantoor bedrijf organisatie stichting vereniging
bv nv vof cv holding groep group company inc ltd gmbh
salaris loon bruto netto loonheffing vakantiegeld pensioen contract handtekening akkoord
huur huurprijs prijs korting btw-nummer kvk-nummer rekening rekeningnummer betaling
microsoft google apple amazon teams outlook excel word powerpoint windows linux android iphone
chatgpt openai claude anthropic copilot gemini mistral llama whatsapp linkedin facebook instagram
coolblue postnl mollie shopify hubspot trello bitwarden zendesk docusign zivver moneybird snelstart
twinfield nmbrs afas jumbo lidl aldi hema ikea gamma praxis karwei rabobank abn amro bunq knab
triodos kpn ziggo vodafone odido dhl dpd gls tikkie adyen picnic thuisbezorgd marktplaats dropbox
slack zoom asana jira salesforce mailchimp wordpress canva lastpass heijn
opel kia renault peugeot volkswagen toyota volvo skoda citroën fiat tesla bmw audi nissan hyundai
clio polo corsa yaris astra niro passat fiesta octavia aygo
twitter youtube zoom slack exact moneybird twinfield snelstart afas visma nmbrs
nederland holland belgie belgië duitsland frankrijk europa engeland amerika
nederlands engels duits frans english dutch
the their other our please else third main lead given article additional includes
activity signed initial providing filled historical advance granted academic secondary conduct
ensure cell amstel
mediamarkt bol blokker decathlon kruidvat etos wehkamp zalando action bijenkorf
yuki topdesk parnassys somtoday magister sharepoint loket planon freshdesk exact
logitech philips dyson nintendo lenovo thinkpad fairphone miele garmin sonos nespresso senseo
airfryer playstation xbox macbook ipad galaxy pixel gazelle sparta vanmoof batavus cortina
scrum master owner
funda univé unive inshared allianz achmea interpolis aegon ohra fbto menzis vgz anwb sendcloud
nationale-nederlanden tefal eastpak kobo vertuo kärcher karcher vitamix lego jbl samsung sony asus
acer lenovo airbnb booking teamleader pipedrive personio recruitee homerun simplicate rompslomp
jortt tellow informer e-boekhouden youforce raet
vaillant velux reynaers growatt itho daalderop rockwool gyproc nike adidas dell ubiquiti unifi
jinko remeha nefit intergas daikin panasonic enphase solaredge huawei quooker grohe hansgrohe
siemens aeg makita dewalt hilti festool
ing rabobank abn amro sns asn knab bunq triodos regiobank
euro eur
ja nee oke ok prima goed fijn top super succes gefeliciteerd welkom
vraag vragen antwoord hulp probleem oplossing reactie bericht brief document bijlage bijlagen
zoals volgens namens via per plus min tijdens immers
noord oost zuid west centrum
hoofd senior junior medior stagiair collega collega's medewerker medewerkers eigenaar
inloggen uitloggen gebruiker gebruikersnaam wachtwoord
geboortedatum geboren geb geboorteplaats nationaliteit woonplaats postcode huisnummer straat telefoonnummer
";

/// Words after which a capitalised word is a place, not a person ("te Utrecht", "uit Zwolle").
const PLACE_CUES: &str = "te uit in naar vanuit nabij richting omgeving regio via vanaf langs";

const TUSSENVOEGSELS: &str = "van de der den ter ten te het 't in op la le du da di von del della el al ver vd v.d. d' 's den";

/// Words right before a name that make the next capitalised words a name.
const STRONG_CUES: &str = "mevrouw mevr mevr. mw mw. meneer mr mr. dhr dhr. heer hr hr. ms ms. mrs mrs. miss beste geachte hallo hoi hey hi dag lieve goedemorgen goedemiddag goedenavond dear familie fam fam. naam voornaam achternaam t.a.v. tav t.a.v dr dr. drs drs. ir ir. ing ing. prof prof. contactpersoon collega klant cliënt client medewerker medewerkster huurder verhuurder werknemer werkgever patiënt patient leerling ouder ouders zoon dochter vader moeder man vrouw partner echtgenoot echtgenote sollicitant kandidaat organisator deelnemer berijder bestuurder chauffeur monteur behandelaar beller aanvrager melder cursist buurman buurvrouw tegenpartij verzekeringnemer verzekerde bewoner debiteur opdrachtgever opdrachtnemer koper verkoper uitzendkracht stagiair stagiaire vrijwilliger instructeur begeleider mentor bezorger ontvanger afzender broer zus oom tante opa oma juf juffrouw ds ds.";

/// Words before a name that make an unknown capitalised word likely a name (mid-sentence).
const WEAK_CUES: &str = "met bij door voor aan namens en of van heeft had is was wil bel belt mailt vraagt zegt schreef zei laat gaat komt tegen naast over";

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Entry {
    pub flags: u16,
}

pub(crate) struct Lexicon {
    map: WordMap,
    /// The all-lowercase ASCII words that matter in lowercase (tussenvoegsels, cues, trade and
    /// phrase words).
    func: FuncSet,
    /// One bit per (second-last, last letter) pair that ends a word of [`TRADE_ENDS`].
    trade_pairs: [u32; 32],
}

/// A small set of lowercase ASCII words with their flags, for the lookup done on nearly every
/// word of a text: a bit filter on (length, first and last letter) rejects most words, then an
/// open-addressing table over the word's bytes packed into two integers answers with one
/// multiply and usually one compare. Words over 15 bytes live in a plain map.
struct FuncSet {
    filter: Vec<u64>,
    slots: Vec<(u64, u64, u16)>,
    long: WordMap,
    /// The flags of every lowercase word of one to three letters, at [`short_index`]: most
    /// function words (`de`, `het`, `van`) are answered by one load.
    short: Vec<u16>,
}

/// Entries of [`FuncSet::short`]: words of one, two and three letters, five bits a letter.
const SHORT_SLOTS: usize = 32 + (32 << 5) + (32 << 10);

/// The index in [`FuncSet::short`] of a word of one to three lowercase ASCII letters.
#[inline]
fn short_index(w: &[u8]) -> Option<usize> {
    let l = |c: u8| usize::from(c & 31);
    match *w {
        [a] if a.is_ascii_lowercase() => Some(l(a)),
        [a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Some(32 + (l(a) << 5 | l(b))),
        [a, b, c] if a.is_ascii_lowercase() && b.is_ascii_lowercase() && c.is_ascii_lowercase() => {
            Some(32 + (32 << 5) + (l(a) << 10 | l(b) << 5 | l(c)))
        }
        _ => None,
    }
}

/// A word of 1..=15 bytes as two integers (its length in the last byte, so never zero).
fn pack(w: &[u8]) -> Option<(u64, u64)> {
    if w.is_empty() || w.len() > 15 {
        return None;
    }
    // Byte by byte: a variable-length copy would call memmove for every word.
    let (mut lo, mut hi) = (0u64, (w.len() as u64) << 56);
    for (k, &c) in w.iter().enumerate() {
        if k < 8 {
            lo |= (c as u64) << (8 * k);
        } else {
            hi |= (c as u64) << (8 * (k - 8));
        }
    }
    Some((lo, hi))
}

const FUNC_SLOTS: usize = 1 << 11;

fn slot_of(lo: u64, hi: u64) -> usize {
    ((lo ^ hi.rotate_left(31)).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 53) as usize
        & (FUNC_SLOTS - 1)
}

impl FuncSet {
    fn build<'a>(words: impl Iterator<Item = (&'a [u8], u16)>) -> FuncSet {
        let mut set = FuncSet {
            filter: vec![0u64; FUNC_BITS / 64],
            slots: vec![(0, 0, 0); FUNC_SLOTS],
            long: WordMap::default(),
            short: vec![0; SHORT_SLOTS],
        };
        for (w, flags) in words {
            if w.is_empty() || !w.iter().all(u8::is_ascii_lowercase) {
                continue;
            }
            let Some((lo, hi)) = pack(w) else {
                set.long.insert(w.into(), Entry { flags });
                continue;
            };
            let (Some(&f), Some(&l)) = (w.first(), w.last()) else {
                continue;
            };
            if let Some(x) = short_index(w).and_then(|i| set.short.get_mut(i)) {
                *x |= flags;
            }
            let bit = func_bit(w.len(), f, l);
            if let Some(x) = set.filter.get_mut(bit / 64) {
                *x |= 1 << (bit % 64);
            }
            let mut i = slot_of(lo, hi);
            // The table is far larger than the word list, so a free slot is always found.
            for _ in 0..FUNC_SLOTS {
                match set.slots.get_mut(i) {
                    Some(slot) if slot.1 == 0 || (slot.0 == lo && slot.1 == hi) => {
                        *slot = (lo, hi, slot.2 | flags);
                        break;
                    }
                    _ => i = (i + 1) & (FUNC_SLOTS - 1),
                }
            }
        }
        set
    }

    /// True when the filter lets a word of `len` bytes from letter `first` to `last` through.
    #[inline]
    fn passes(&self, len: usize, first: u8, last: u8) -> bool {
        let bit = func_bit(len, first, last);
        self.filter
            .get(bit / 64)
            .is_some_and(|x| x & (1 << (bit % 64)) != 0)
    }

    /// The flags of a lowercase ASCII word (0 when it is not in the set).
    fn get(&self, w: &[u8]) -> u16 {
        if w.len() > 15 {
            return self.long.get(w).map_or(0, |e| e.flags);
        }
        let (Some(&f), Some(&l)) = (w.first(), w.last()) else {
            return 0;
        };
        if !self.passes(w.len(), f, l) {
            return 0;
        }
        let Some((lo, hi)) = pack(w) else {
            return 0;
        };
        self.probe(lo, hi)
    }

    /// [`FuncSet::get`] for the word `text[start..end]`, reading a short word's bytes in one
    /// load when the text goes on for eight more bytes.
    fn get_in(&self, text: &[u8], start: usize, end: usize) -> u16 {
        let len = end.saturating_sub(start);
        let Some(chunk) = text.get(start..start + 8) else {
            return self.get(text.get(start..end).unwrap_or_default());
        };
        if len == 0 || len > 8 {
            return self.get(text.get(start..end).unwrap_or_default());
        }
        let (Some(&f), Some(&l)) = (text.get(start), text.get(end - 1)) else {
            return 0;
        };
        if !self.passes(len, f, l) {
            return 0;
        }
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let mask = if len == 8 {
            u64::MAX
        } else {
            (1u64 << (8 * len)) - 1
        };
        self.probe(u64::from_le_bytes(w) & mask, (len as u64) << 56)
    }

    fn probe(&self, lo: u64, hi: u64) -> u16 {
        let mut i = slot_of(lo, hi);
        for _ in 0..FUNC_SLOTS {
            match self.slots.get(i) {
                Some(&(a, b, f)) if a == lo && b == hi => return f,
                Some(&(_, 0, _)) | None => return 0,
                _ => i = (i + 1) & (FUNC_SLOTS - 1),
            }
        }
        0
    }
}

/// Index in [`FuncSet`]'s filter of a lowercase ASCII word of `len` bytes from letter `first`
/// to `last` (length mod 16, and a lowercase letter's low five bits, 1..=26: no division).
fn func_bit(len: usize, first: u8, last: u8) -> usize {
    (len & 15) << 10 | ((first & 31) as usize) << 5 | (last & 31) as usize
}

/// Bits in [`FuncSet`]'s filter.
const FUNC_BITS: usize = 16 << 10;

static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::build);

pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

impl Lexicon {
    fn build() -> Lexicon {
        let mut map: WordMap = WordMap::with_capacity_and_hasher(220_000, Default::default());
        let mut add = |w: &str, f: u16| {
            let w = w.trim();
            if w.is_empty() {
                return;
            }
            map.entry(w.to_lowercase().into_bytes().into_boxed_slice())
                .or_default()
                .flags |= f;
        };
        for w in FIRST_NAMES.lines() {
            add(w, FIRST);
        }
        for w in FIRST_NAMES_EXTRA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
        {
            add(w, FIRST | CURATED);
        }
        for w in FIRST_NAMES_RARE.lines() {
            add(w, FIRST_RARE);
        }
        for line in SURNAMES.lines() {
            let mut it = line.split('\t');
            let name = it.next().unwrap_or("");
            let band = it.next().unwrap_or("1");
            let f = match band {
                "3" => SUR | SUR_COMMON | SUR_VERY,
                "2" => SUR | SUR_COMMON,
                _ => SUR,
            };
            add(name, f);
        }
        for w in ORDINARY.lines() {
            add(w, ORD);
        }
        for w in ORDINARY_EXTRA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
        {
            add(w, ORD);
        }
        for w in PLACES.lines() {
            add(w, PLACE);
        }
        for w in PLACES_EXTRA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
        {
            add(w, PLACE);
        }
        // Countries are places and never a name on their own (`uit Polen`, `naar Turkije`);
        // words of multi-word names (`Costa Rica`) only count as places, unless they are a
        // common first name (`Vincent` of `Saint Vincent en de Grenadines`).
        for line in COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
            let words: Vec<&str> = line.split_whitespace().collect();
            if words.len() == 1 {
                add(words[0], PLACE | STOP | ORD);
            } else {
                for w in words
                    .iter()
                    .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                {
                    add(w, PLACE);
                }
            }
        }
        for w in TRADE_WORDS.split_whitespace() {
            add(w, TRADE);
        }
        for w in crate::blocks::phrase_lead_words() {
            add(w, PHRASE);
        }
        for w in STOPWORDS.split_whitespace() {
            add(w, STOP | ORD);
        }
        for w in HARD_STOPWORDS.split_whitespace() {
            add(w, HARD | STOP | ORD);
        }
        for w in TUSSENVOEGSELS.split_whitespace() {
            add(w, TV);
        }
        for w in STRONG_CUES.split_whitespace() {
            add(w, CUE);
        }
        for w in PLACE_CUES.split_whitespace() {
            add(w, PLACE_CUE);
        }
        for w in WEAK_CUES.split_whitespace() {
            add(w, WEAK_CUE);
        }
        // A word of a multi-word country that is a common first name and no Dutch place
        // (`Vincent` of `Saint Vincent en de Grenadines`) is the first name.
        let places: std::collections::HashSet<String> = PLACES
            .lines()
            .chain(PLACES_EXTRA.lines().filter(|l| !l.starts_with('#')))
            .flat_map(str::split_whitespace)
            .map(str::to_lowercase)
            .collect();
        for line in COUNTRIES.lines().filter(|l| !l.starts_with('#')) {
            if !line.trim().contains(' ') {
                continue;
            }
            for w in line.split_whitespace().map(str::to_lowercase) {
                if places.contains(&w) {
                    continue;
                }
                if let Some(e) = map.get_mut(w.as_bytes()) {
                    if e.flags & FIRST != 0 {
                        e.flags &= !PLACE;
                    }
                }
            }
        }
        // The source's strong first-name list holds places by mistake (`Emmen`, `Haarlem`,
        // `Utrecht`): such a place is no strong first name unless it is curated. A surname
        // among them stays a surname (`staat bij Kronenberg voor de deur`), others become
        // rare first names, names only with context.
        for e in map.values_mut() {
            if e.flags & (FIRST | PLACE | CURATED) == FIRST | PLACE {
                e.flags &= !FIRST;
                if e.flags & SUR == 0 {
                    e.flags |= FIRST_RARE;
                }
            }
        }
        let func = FuncSet::build(
            map.iter()
                .filter(|(_, e)| e.flags & (NAME_ROLE | PHRASE) != 0)
                .map(|(k, e)| (&k[..], e.flags)),
        );
        let mut trade_pairs = [0u32; 32];
        for e in TRADE_ENDS {
            if let [.., p, l] = e.as_bytes() {
                if let Some(x) = trade_pairs.get_mut((p & 31) as usize) {
                    *x |= 1 << (l & 31);
                }
            }
        }
        Lexicon {
            map,
            func,
            trade_pairs,
        }
    }

    /// Flags of a word that starts with a lowercase ASCII letter: only function words matter.
    pub(crate) fn flags_lower(&self, word: &str, buf: &mut String) -> u16 {
        let wb = word.as_bytes();
        if wb.iter().all(u8::is_ascii_lowercase) {
            return self.func.get(wb);
        }
        if word.len() > 16 {
            return 0;
        }
        let f = self.flags(word, buf);
        f & (TV | CUE | WEAK_CUE | PLACE_CUE | STOP | ORD | TRADE | PHRASE)
    }

    /// [`Lexicon::lower_flags`] of the lowercase ASCII word `text[start..end]` when
    /// [`Lexicon::may_matter`] lets it through, else 0 (which is then its value anyway).
    #[inline]
    pub(crate) fn plain_word_flags(&self, text: &[u8], start: usize, end: usize) -> u16 {
        if let Some(&f) = text
            .get(start..end)
            .and_then(short_index)
            .and_then(|i| self.func.short.get(i))
        {
            return f & (NAME_ROLE | PHRASE);
        }
        if self.may_matter(text, start, end) {
            self.lower_flags(text, start, end)
        } else {
            0
        }
    }

    /// False when the lowercase ASCII word `text[start..end]` certainly has no
    /// [`Lexicon::lower_flags`]: not let through by the function-word filter (which knows
    /// lengths up to 15), and, if longer than seven letters, not ending in the last two
    /// letters of a trade. A table bit or two, for the words of plain prose.
    #[inline]
    pub(crate) fn may_matter(&self, text: &[u8], start: usize, end: usize) -> bool {
        let len = end.saturating_sub(start);
        let (Some(&f), Some(&l)) = (text.get(start), text.get(end.wrapping_sub(1))) else {
            return true;
        };
        if len > 15 || self.func.passes(len, f, l) {
            return true;
        }
        len > 7
            && text
                .get(end.wrapping_sub(2))
                .is_some_and(|&p| self.may_end_trade(p, l))
    }

    /// False when a word ending in the letters `p`, `l` (any case) certainly ends in none of
    /// [`TRADE_ENDS`]: one table bit.
    #[inline]
    pub(crate) fn may_end_trade(&self, p: u8, l: u8) -> bool {
        p >= 0x80
            || l >= 0x80
            || self
                .trade_pairs
                .get((p & 31) as usize)
                .is_some_and(|x| x >> (l & 31) & 1 == 1)
    }

    /// The flags of a lowercase ASCII word that matter outside a name's own words: its role in
    /// a name ([`NAME_ROLE`], also [`TRADE`] for a compound ending in one of [`TRADE_ENDS`])
    /// and [`PHRASE`]. A word without [`NAME_ROLE`] plays no part in finding names.
    pub(crate) fn lower_flags(&self, text: &[u8], start: usize, end: usize) -> u16 {
        let w = text.get(start..end).unwrap_or_default();
        let trade = match w {
            [.., p, l]
                if w.len() > 7
                    && self
                        .trade_pairs
                        .get((p & 31) as usize)
                        .is_some_and(|x| x >> (l & 31) & 1 == 1)
                    && TRADE_ENDS.iter().any(|e| w.ends_with(e.as_bytes())) =>
            {
                TRADE
            }
            _ => 0,
        };
        trade | (self.func.get_in(text, start, end) & (NAME_ROLE | PHRASE))
    }

    /// Flags of a word (any case). Uses `buf` to avoid allocating.
    pub(crate) fn flags(&self, word: &str, buf: &mut String) -> u16 {
        let wb = word.as_bytes();
        if wb.len() <= 32 && word.is_ascii() {
            // Lowercase into a stack buffer: no allocation, no copy into `buf`.
            let mut low = [0u8; 32];
            let low = &mut low[..wb.len()];
            low.copy_from_slice(wb);
            low.make_ascii_lowercase();
            return self.map.get(&*low).map_or(0, |e| e.flags);
        }
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else {
            for c in word.chars() {
                buf.extend(c.to_lowercase());
            }
        }
        self.map.get(buf.as_bytes()).map_or(0, |e| e.flags)
    }
}

/// True for an ordinary Dutch word or stopword (any case).
pub(crate) fn is_ordinary(word: &str) -> bool {
    let mut buf = String::new();
    lexicon().flags(word, &mut buf) & ORD != 0
}
