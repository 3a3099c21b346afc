//! Writes about `MB` megabytes (default 100) of the bench's Dutch prose to stdout, for measuring
//! the CLI on a large file: `cargo run --release -p veilig-anonymize --example prose -- 100 > big.txt`.

use std::io::Write as _;

#[path = "../benches/corpus/mod.rs"]
mod corpus;

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(100);
    let block = corpus::prose();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut written = 0;
    let mut n = 0usize;
    while written < mb * 1_000_000 {
        // A different client per block, so the mapping grows as in a real file.
        let text = block.replace("Jansen", &format!("Jansen{}", corpus::letters(n)));
        if out.write_all(text.as_bytes()).is_err() {
            return;
        }
        written += text.len();
        n += 1;
    }
    let _ = out.flush();
}
