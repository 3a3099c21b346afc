//! `veilig anonymize` and `veilig restore`: the anonymizer engine on files and pipes.
//!
//! Plain mode streams: input is processed in chunks that end at a line break, with one mapping for
//! the whole input so a name keeps its placeholder throughout. The anonymized text is spooled to a
//! temporary file and only written to stdout when nothing was blocked, so memory stays flat for
//! large files and a blocked text never reaches stdout. `--jsonl` is the batch contract of the
//! scoring script: one JSON object per line in, one per line out.

use anyhow::{bail, Context};
use clap::Args;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use veilig_anonymize::{jsonl, BsnPolicy, Engine, Mapping, Options, StreamRestorer};

/// Exit status of a blocked text.
pub const EXIT_BLOCKED: u8 = 3;
/// Size of a plain-mode chunk before it is cut at the next line break.
const CHUNK: usize = 1 << 20;

#[derive(Args, Debug)]
pub struct AnonymizeArgs {
    /// Input file (standard input when absent or `-`).
    pub file: Option<PathBuf>,
    /// Write the mapping (placeholder → original) as JSON to this file.
    #[arg(long, value_name = "FILE")]
    pub map: Option<PathBuf>,
    /// Batch mode: JSON lines {"id","text"} in, {"id","text","blocked","reasons","map"} out.
    #[arg(long)]
    pub jsonl: bool,
    /// Mask BSNs with a placeholder instead of refusing the text.
    #[arg(long)]
    pub mask_bsn: bool,
    /// Mask KvK and BTW numbers as well (by default they stay: they name a business).
    #[arg(long)]
    pub mask_business_ids: bool,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// Input file with the AI's answer (standard input when absent or `-`).
    pub file: Option<PathBuf>,
    /// The mapping written by `veilig anonymize --map`.
    #[arg(long, value_name = "FILE", required_unless_present = "jsonl")]
    pub map: Option<PathBuf>,
    /// Batch mode: JSON lines {"id","text","map"} in, {"id","text"} out.
    #[arg(long)]
    pub jsonl: bool,
}

fn open_input(file: &Option<PathBuf>) -> anyhow::Result<Box<dyn BufRead>> {
    match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(p).with_context(|| format!("cannot open {}", p.display()))?;
            Ok(Box::new(BufReader::with_capacity(1 << 16, f)))
        }
        _ => Ok(Box::new(BufReader::with_capacity(1 << 16, io::stdin()))),
    }
}

/// Reads the next chunk: at least `CHUNK` bytes (unless the input ends), cut after a line break
/// and never inside a UTF-8 sequence.
fn next_chunk(input: &mut dyn BufRead, buf: &mut Vec<u8>) -> io::Result<bool> {
    buf.clear();
    while buf.len() < CHUNK {
        let n = input.read_until(b'\n', buf)?;
        if n == 0 {
            break;
        }
    }
    Ok(!buf.is_empty())
}

fn engine(args: &AnonymizeArgs) -> Engine {
    Engine::new(Options {
        bsn_policy: if args.mask_bsn {
            BsnPolicy::Mask
        } else {
            BsnPolicy::Block
        },
        mask_business_ids: args.mask_business_ids,
        ..Options::default()
    })
}

pub fn run_anonymize(args: AnonymizeArgs) -> anyhow::Result<ExitCode> {
    let engine = engine(&args);
    let mut input = open_input(&args.file)?;
    let stdout = io::stdout();
    if args.jsonl {
        let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
        let mut line = String::new();
        let mut n = 0usize;
        loop {
            line.clear();
            if input.read_line(&mut line).context("cannot read input")? == 0 {
                break;
            }
            n += 1;
            if line.trim().is_empty() {
                continue;
            }
            let o = jsonl::anonymize_line(&engine, line.trim_end_matches(['\n', '\r']))
                .with_context(|| format!("line {n}: not a JSON object with \"id\" and \"text\""))?;
            out.write_all(o.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut map = Mapping::default();
    let mut spool = tempfile::tempfile().context("cannot create a temporary file")?;
    let mut reasons: Vec<&'static str> = vec![];
    let mut explanations: Vec<&'static str> = vec![];
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    {
        let mut w = BufWriter::with_capacity(1 << 16, &mut spool);
        while next_chunk(&mut *input, &mut buf).context("cannot read input")? {
            let text = match std::str::from_utf8(&buf) {
                Ok(t) => t,
                Err(e) => bail!(
                    "the input is not UTF-8 text (invalid byte near offset {})",
                    e.valid_up_to()
                ),
            };
            let outcome = engine.anonymize(text, &mut map);
            for r in &outcome.reasons {
                if !reasons.contains(&r.code()) {
                    reasons.push(r.code());
                    explanations.push(r.explain("nl"));
                }
            }
            w.write_all(outcome.text.as_bytes())?;
        }
        w.flush()?;
    }
    if let Some(path) = &args.map {
        let json = serde_json::to_string_pretty(&map)?;
        std::fs::write(path, json)
            .with_context(|| format!("cannot write the mapping to {}", path.display()))?;
    }
    if !reasons.is_empty() {
        eprintln!("veilig: geweigerd / refused: {}", reasons.join(", "));
        for e in explanations {
            eprintln!("  - {e}");
        }
        return Ok(ExitCode::from(EXIT_BLOCKED));
    }
    spool.rewind()?;
    let mut out = stdout.lock();
    io::copy(&mut spool, &mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

pub fn run_restore(args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let mut input = open_input(&args.file)?;
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if args.jsonl {
        let mut line = String::new();
        let mut n = 0usize;
        loop {
            line.clear();
            if input.read_line(&mut line).context("cannot read input")? == 0 {
                break;
            }
            n += 1;
            if line.trim().is_empty() {
                continue;
            }
            let o =
                jsonl::restore_line(line.trim_end_matches(['\n', '\r'])).with_context(|| {
                    format!("line {n}: not a JSON object with \"id\", \"text\" and \"map\"")
                })?;
            out.write_all(o.as_bytes())?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(map_path) = &args.map else {
        bail!("--map FILE is required");
    };
    let mut text = String::new();
    File::open(map_path)
        .with_context(|| format!("cannot open the mapping {}", map_path.display()))?
        .read_to_string(&mut text)?;
    let map: Mapping = serde_json::from_str(&text).with_context(|| {
        format!(
            "{} is not a mapping written by veilig anonymize --map",
            map_path.display()
        )
    })?;
    let mut restorer = StreamRestorer::new(&map);
    let mut buf = Vec::with_capacity(CHUNK + 4096);
    while next_chunk(&mut *input, &mut buf).context("cannot read input")? {
        let chunk = match std::str::from_utf8(&buf) {
            Ok(t) => t,
            Err(e) => bail!(
                "the input is not UTF-8 text (invalid byte near offset {})",
                e.valid_up_to()
            ),
        };
        out.write_all(restorer.push(chunk).as_bytes())?;
    }
    out.write_all(restorer.finish().as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
