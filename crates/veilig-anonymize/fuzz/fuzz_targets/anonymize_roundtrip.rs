//! `cargo +nightly fuzz run anonymize_roundtrip` (from crates/veilig-anonymize): any UTF-8 input
//! must anonymize without panicking and restore to itself exactly.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::LazyLock;
use veilig_anonymize::{restore, Engine, Mapping, Options, StreamRestorer};

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(Options::default()));

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut map = Mapping::default();
    let out = ENGINE.anonymize(text, &mut map);
    assert_eq!(restore(&out.text, &map), text);
    let mut s = StreamRestorer::new(&map);
    let mut streamed = String::new();
    for chunk in out.text.as_bytes().chunks(7) {
        // Feed whole chars only.
        if let Ok(c) = std::str::from_utf8(chunk) {
            streamed += &s.push(c);
        } else {
            streamed += &s.push(&String::from_utf8_lossy(chunk));
        }
    }
    streamed += &s.finish();
    if out.text.is_ascii() {
        assert_eq!(streamed, text);
    }
});
