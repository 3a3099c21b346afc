//! The texts the throughput bench, the profiler (`examples/profile.rs`) and the differential
//! check (`examples/diffcheck.rs`) share: 2,000 messages from templates, one long document made
//! of them, and the dev set's texts when `../shared/data/pii-dev.jsonl` is beside the workspace.
#![allow(dead_code)]

pub const FIRST: &[&str] = &[
    "Jan", "Sanne", "Mohammed", "Ayşe", "Pieter", "Emma", "Daan", "Fatima", "Lucas", "Noor",
];
pub const LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "van der Berg",
    "Yılmaz",
    "Bakker",
    "El Amrani",
    "Visser",
    "de Jong",
];
pub const TEMPLATES: &[&str] = &[
    "Hallo team, {N} is vandaag ziek. Vragen? Mail naar {E}. We schuiven de planning van dinsdag 12 maart door.",
    "Beste {N},\n\nHierbij de factuur van € 1.234,56 voor de werkzaamheden aan de Kerkstraat 12a in Utrecht. Graag overmaken naar NL91 ABNA 0417 1643 00 onder vermelding van het factuurnummer.\n\nMet vriendelijke groet,\nHet team",
    "Klant {N} woont op Stationsweg 3-2, 1234 AB Amsterdam en is bereikbaar op 06-12345678 of {E}. Openstaand saldo: EUR 250.",
    "Kun je {N} even terugbellen op +31 6 1234 5678? Het gaat om de bestelling van 45 euro die woensdag 3 april geleverd wordt.",
    "De bestelbus met kenteken 12-ABC-3 staat bij {N} voor de deur. Reparatie kost € 45,-. Daarna gaan we verder met het onderhoud van de machines in hal 2 en het inwerken van de nieuwe collega's.",
    "Notulen van het overleg: de begroting voor het volgende kwartaal is besproken, de marketingcampagne start in mei en het team werkt aan een nieuwe versie van de website. Actiepunten: offerte opvragen bij twee leveranciers, planning bijwerken, klanttevredenheid meten.",
];

pub fn generated() -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..2000usize {
        let n = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / 3) % LAST.len()]);
        let e = format!("{}{}@example.nl", FIRST[i % FIRST.len()].to_lowercase(), i);
        out.push(
            TEMPLATES[i % TEMPLATES.len()]
                .replace("{N}", &n)
                .replace("{E}", &e),
        );
    }
    out
}

pub fn dev_texts() -> Option<Vec<String>> {
    let base = env!("CARGO_MANIFEST_DIR");
    let raw = [
        "/../../../shared/data/pii-dev.jsonl",
        "/../../shared/data/pii-dev.jsonl",
    ]
    .iter()
    .find_map(|p| std::fs::read_to_string(format!("{base}{p}")).ok())?;
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

/// One long document (prose), as when a user pastes a report.
pub fn document() -> String {
    generated()
        .iter()
        .filter(|t| !t.contains('\n'))
        .take(1500)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Paragraphs of ordinary Dutch business prose (reports, minutes, e-mails) with personal data
/// here and there, as in most texts employees paste: `{N}` a name, `{E}` an e-mail address.
pub const PROSE: &[&str] = &[
    "In het afgelopen kwartaal is de omzet licht gestegen ten opzichte van dezelfde periode vorig jaar. De groei komt vooral uit het onderhoudswerk bij bestaande klanten; nieuwe opdrachten bleven achter bij de verwachting. We verwachten dat de vraag in het voorjaar weer aantrekt, omdat veel klanten dan hun installaties laten nakijken.",
    "Tijdens het overleg van dinsdag is afgesproken dat de planner het rooster voor de komende weken bijwerkt. Het magazijn wordt opnieuw ingedeeld zodat de bussen sneller geladen kunnen worden. Wie vragen heeft over de nieuwe indeling kan terecht bij de teamleider of een bericht sturen naar {E}.",
    "De offerte voor het nieuwe dak is ontvangen en ligt ter beoordeling bij de directie. Het bedrag van € 18.450,00 is hoger dan begroot, maar de leverancier geeft tien jaar garantie op het werk. We vragen nog een tweede offerte op om de prijzen te kunnen vergelijken voordat we een besluit nemen.",
    "Vanaf volgende maand werken we met een nieuw systeem voor de urenregistratie. Iedereen krijgt een korte uitleg tijdens het werkoverleg, en er komt een handleiding op het intranet. Tot die tijd blijven we de uren op de oude manier invullen, uiterlijk op vrijdag aan het einde van de dag.",
    "Een klant belde gisteren met een klacht over de levering: de onderdelen kwamen twee dagen te laat en één doos was beschadigd. {N} heeft de klant teruggebeld, excuses aangeboden en een nieuwe levering ingepland. We bekijken met de vervoerder hoe dit in de toekomst voorkomen kan worden.",
    "De jaarlijkse controle van de brandblussers en noodverlichting staat gepland voor de tweede week van maart. Zorg ervoor dat de technische ruimte op die dagen goed bereikbaar is en dat er geen dozen voor de meterkast staan. De controleur meldt zich bij de receptie en wordt begeleid door iemand van facilitair.",
    "Voor het personeelsuitje hebben we drie voorstellen ontvangen: een dag zeilen op het meer, een workshop koken of een fietstocht langs de rivier met een lunch onderweg. Laat voor het einde van de week weten welke voorkeur je hebt, dan kunnen we op tijd reserveren. De kosten worden volledig door het bedrijf betaald.",
    "Naar aanleiding van de vragen over thuiswerken is het beleid aangepast. Medewerkers mogen twee dagen per week thuiswerken, in overleg met hun leidinggevende. Voor een goede werkplek thuis is er een eenmalige vergoeding beschikbaar. Bespreek je wensen met {N} van personeelszaken.",
    "Het project voor de renovatie van het kantoorpand loopt volgens planning. De sloopwerkzaamheden zijn afgerond en de aannemer begint volgende week met de nieuwe indeling van de eerste verdieping. Tijdens de werkzaamheden kan er geluidsoverlast zijn; vergaderingen verplaatsen we zoveel mogelijk naar de tweede verdieping.",
    "De cijfers over september laten zien dat de openstaande facturen zijn opgelopen. De administratie stuurt deze week herinneringen naar klanten die langer dan dertig dagen niet betaald hebben. Bij bedragen boven de vijfduizend euro nemen we eerst telefonisch contact op, omdat dat meestal sneller tot betaling leidt.",
    "Beste collega's, volgende week is het kantoor op donderdag gesloten in verband met de verhuizing van de serverkast. Sla je bestanden op woensdagmiddag op in de gedeelde map en sluit je computer netjes af. Bij problemen na de verhuizing kun je bellen met de helpdesk op 020-7654321.",
    "De evaluatie van de nieuwe werkwijze in de werkplaats is positief. Monteurs geven aan dat ze minder tijd kwijt zijn aan het zoeken naar gereedschap en dat de klussen beter verdeeld worden. Een paar punten verdienen nog aandacht: de communicatie bij spoedklussen en het bijhouden van de voorraad kleine onderdelen.",
];

/// One long prose document (about 250 kB) from [`PROSE`], with names and addresses varied.
pub fn prose() -> String {
    let mut out = String::new();
    let mut i = 0usize;
    while out.len() < 250_000 {
        let n = format!("{} {}", FIRST[i % FIRST.len()], LAST[(i / 7) % LAST.len()]);
        let e = format!("{}@bedrijf.nl", FIRST[(i / 3) % FIRST.len()].to_lowercase());
        out.push_str(
            &PROSE[(i * 7) % PROSE.len()]
                .replace("{N}", &n)
                .replace("{E}", &e),
        );
        out.push_str("\n\n");
        i += 1;
    }
    out
}

/// `a`, `b`, ..., `z`, `ba`, ... for varying names.
pub fn letters(mut n: usize) -> String {
    let mut s = String::new();
    loop {
        s.insert(0, (b'a' + (n % 26) as u8) as char);
        n /= 26;
        if n == 0 {
            return s;
        }
    }
}
