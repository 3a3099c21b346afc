//! Profiling driver with the inputs of `benches/throughput.rs`:
//! `profile dev|gen|doc [LOOPS]`, e.g. under
//! `valgrind --tool=callgrind target/release/examples/profile doc 3`.

use veilig_anonymize::{Engine, Mapping, Options};

const FIRST: &[&str] = &[
    "Jan", "Sanne", "Mohammed", "Ayşe", "Pieter", "Emma", "Daan", "Fatima", "Lucas", "Noor",
];
const LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "van der Berg",
    "Yılmaz",
    "Bakker",
    "El Amrani",
    "Visser",
    "de Jong",
];
const TEMPLATES: &[&str] = &[
    "Hallo team, {N} is vandaag ziek. Vragen? Mail naar {E}. We schuiven de planning van dinsdag 12 maart door.",
    "Beste {N},\n\nHierbij de factuur van € 1.234,56 voor de werkzaamheden aan de Kerkstraat 12a in Utrecht. Graag overmaken naar NL91 ABNA 0417 1643 00 onder vermelding van het factuurnummer.\n\nMet vriendelijke groet,\nHet team",
    "Klant {N} woont op Stationsweg 3-2, 1234 AB Amsterdam en is bereikbaar op 06-12345678 of {E}. Openstaand saldo: EUR 250.",
    "Kun je {N} even terugbellen op +31 6 1234 5678? Het gaat om de bestelling van 45 euro die woensdag 3 april geleverd wordt.",
    "De bestelbus met kenteken 12-ABC-3 staat bij {N} voor de deur. Reparatie kost € 45,-. Daarna gaan we verder met het onderhoud van de machines in hal 2 en het inwerken van de nieuwe collega's.",
    "Notulen van het overleg: de begroting voor het volgende kwartaal is besproken, de marketingcampagne start in mei en het team werkt aan een nieuwe versie van de website. Actiepunten: offerte opvragen bij twee leveranciers, planning bijwerken, klanttevredenheid meten.",
];

fn generated() -> Vec<String> {
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

fn dev_texts() -> Vec<String> {
    let p = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/data/pii-dev.jsonl"
    );
    let raw = std::fs::read_to_string(p).unwrap_or_default();
    raw.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
        .collect()
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "dev".to_string());
    let loops: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let texts: Vec<String> = match mode.as_str() {
        "gen" => generated(),
        "doc" => vec![generated()
            .iter()
            .filter(|t| !t.contains('\n'))
            .take(1500)
            .cloned()
            .collect::<Vec<_>>()
            .join(" ")],
        _ => dev_texts(),
    };
    let engine = Engine::new(Options::default());
    let mut warm = Mapping::default();
    let _ = engine.anonymize("Jan de Vries, 06-12345678, 1234 AB", &mut warm);
    let bytes: usize = texts.iter().map(String::len).sum();
    let t = std::time::Instant::now();
    for _ in 0..loops {
        for s in &texts {
            let mut m = Mapping::default();
            std::hint::black_box(engine.anonymize(s, &mut m));
        }
    }
    eprintln!(
        "{mode}: {} texts, {} bytes x {loops}: {:.1} MB/s",
        texts.len(),
        bytes,
        (bytes * loops) as f64 / t.elapsed().as_secs_f64() / 1e6
    );
}
