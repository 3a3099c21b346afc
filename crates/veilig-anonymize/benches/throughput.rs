//! Throughput of `Engine::anonymize` on realistic Dutch business text, in bytes per second.
//!
//! Input: ordinary Dutch business prose (`corpus::prose`, about 250 kB with a name every few
//! paragraphs), a document and 2,000 messages dense in personal data (generated from
//! templates), and the texts of `../../shared/data/pii-dev.jsonl` when that file exists beside
//! the workspace. Run with
//! `cargo bench -p veilig-anonymize`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use veilig_anonymize::{Engine, Mapping, Options};

mod corpus;

use corpus::{dev_texts, document, generated, prose};

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
    // Long texts: ordinary prose with a name or address here and there, and a document as
    // dense in personal data as the generated messages.
    for (name, doc) in [("prose", prose()), ("document", document())] {
        g.throughput(Throughput::Bytes(doc.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                let mut map = Mapping::default();
                black_box(engine.anonymize(black_box(&doc), &mut map));
            })
        });
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = bench
}
criterion_main!(benches);
