//! Profiling driver with the inputs of `benches/throughput.rs`:
//! `profile dev|gen|doc|prose [LOOPS]`, e.g. under
//! `valgrind --tool=callgrind target/release/examples/profile doc 3`.

use veilig_anonymize::{Engine, Mapping, Options};

#[path = "../benches/corpus/mod.rs"]
mod corpus;

use corpus::{dev_texts, document, generated, prose};

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_else(|| "dev".to_string());
    let loops: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let texts: Vec<String> = match mode.as_str() {
        "gen" => generated(),
        "doc" => vec![document()],
        "prose" => vec![prose()],
        _ => dev_texts().unwrap_or_default(),
    };
    let engine = Engine::new(Options::default());
    let mut warm = Mapping::default();
    let _ = engine.anonymize("Jan de Vries, 06-12345678, 1234 AB", &mut warm);
    let bytes: usize = texts.iter().map(String::len).sum();
    // One pass outside the measured loop, so that the regex engines' lazily built
    // automata are warm and a profile shows the steady state.
    if std::env::var_os("PROFILE_WARM").is_some() {
        warm_up(&engine, &texts);
    }
    let t = std::time::Instant::now();
    run(&engine, &texts, loops);
    eprintln!(
        "{mode}: {} texts, {} bytes x {loops}: {:.1} MB/s",
        texts.len(),
        bytes,
        (bytes * loops) as f64 / t.elapsed().as_secs_f64() / 1e6
    );
}

/// The measured loop, apart so that `valgrind --tool=callgrind --collect-atstart=no
/// --toggle-collect=profile::run` counts it without the one-time setup.
#[inline(never)]
fn run(engine: &Engine, texts: &[String], loops: usize) {
    for _ in 0..loops {
        for s in texts {
            let mut m = Mapping::default();
            std::hint::black_box(engine.anonymize(s, &mut m));
        }
    }
}

#[inline(never)]
fn warm_up(engine: &Engine, texts: &[String]) {
    run_once(engine, texts);
}

#[inline(never)]
fn run_once(engine: &Engine, texts: &[String]) {
    for s in texts {
        let mut m = Mapping::default();
        std::hint::black_box(engine.anonymize(s, &mut m));
    }
}
