//! Throughput of `Engine::anonymize` on realistic Dutch business text, in bytes per second.
//!
//! Input: the texts of `../../shared/data/pii-dev.jsonl` when that file exists beside the
//! workspace, otherwise texts generated here from templates. Run with
//! `cargo bench -p veilig-anonymize`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
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

fn dev_texts() -> Option<Vec<String>> {
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

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Options::default());
    let mut sets: Vec<(&str, Vec<String>)> = vec![("generated", generated())];
    if let Some(d) = dev_texts() {
        sets.push(("dev_set", d));
    }
    let mut g = c.benchmark_group("anonymize");
    for (name, texts) in &sets {
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function(format!("messages/{name}"), |b| {
            b.iter(|| {
                for t in texts {
                    let mut map = Mapping::default();
                    black_box(engine.anonymize(black_box(t), &mut map));
                }
            })
        });
    }
    // One long document (prose), as when a user pastes a report.
    let doc: String = generated()
        .iter()
        .filter(|t| !t.contains('\n'))
        .take(1500)
        .cloned()
        .collect::<Vec<_>>()
        .join(" ");
    g.throughput(Throughput::Bytes(doc.len() as u64));
    g.bench_function("document", |b| {
        b.iter(|| {
            let mut map = Mapping::default();
            black_box(engine.anonymize(black_box(&doc), &mut map));
        })
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
