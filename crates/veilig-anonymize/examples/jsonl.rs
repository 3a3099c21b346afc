//! JSONL filter for the scorer: `jsonl anonymize` or `jsonl restore`, stdin → stdout.
use std::io::{BufRead, BufWriter, Write};
use veilig_anonymize::{jsonl, Engine, Options};

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let engine = Engine::new(Options::default());
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut code = 0;
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        if line.trim().is_empty() {
            continue;
        }
        let res = match mode.as_str() {
            "anonymize" => jsonl::anonymize_line(&engine, &line),
            "restore" => jsonl::restore_line(&line),
            _ => {
                eprintln!("usage: jsonl anonymize|restore < in.jsonl > out.jsonl");
                std::process::exit(2);
            }
        };
        match res {
            Ok(s) => {
                if writeln!(out, "{s}").is_err() {
                    break;
                }
            }
            Err(e) => {
                eprintln!("{e}");
                code = 3;
            }
        }
    }
    let _ = out.flush();
    std::process::exit(code);
}
