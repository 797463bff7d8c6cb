//! The `marsad` command line: extract, eval (and, as they land, ingest, query,
//! export, serve).

mod config;
mod input;
mod table;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use marsad_extract::Extractor;
use marsad_model::{Date, Extraction};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "marsad", version, about = "Turn conflict-monitor reports into a verified record of incidents.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Table,
}

#[derive(Subcommand)]
enum Command {
    /// Extract events, casualty figures and tallies from reports.
    Extract {
        /// Text files (one report each), .jsonl files, directories, or "-" for standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// The report date (YYYY-MM-DD) for inputs that do not give one.
        #[arg(long)]
        published: Option<String>,
        /// Gazetteer directory (else MARSAD_GAZETTEER, else the config file).
        #[arg(long)]
        gazetteer: Option<PathBuf>,
    },
    /// Score extraction against gold readings, ACLED's coded events or FA-KES labels.
    Eval {
        #[arg(long)]
        gold: Option<PathBuf>,
        #[arg(long)]
        acled: Option<PathBuf>,
        #[arg(long)]
        fakes: Option<PathBuf>,
        /// Seed reports the gold file names (default: ../seeds beside the gold file).
        #[arg(long)]
        seeds: Option<PathBuf>,
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Score only the first N rows (ACLED, FA-KES).
        #[arg(long)]
        limit: Option<usize>,
        /// Print this many misses of each kind.
        #[arg(long, default_value_t = 0)]
        misses: usize,
        /// Write the report as JSON to this file too.
        #[arg(long)]
        json: Option<PathBuf>,
    },
}

fn main() {
    let cli = Cli::parse();
    let code = match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: {e:#}");
            2
        }
    };
    std::process::exit(code);
}

fn parse_date(s: &str) -> anyhow::Result<Date> {
    Date::parse_iso(s).with_context(|| format!("--published {s:?} is not a YYYY-MM-DD date"))
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Extract { inputs, format, published, gazetteer } => {
            let published = published.as_deref().map(parse_date).transpose()?;
            let gaz = config::gazetteer(gazetteer.as_deref(), false)?;
            let (docs, errors) = input::read_inputs(&inputs, published);
            for e in &errors {
                eprintln!("marsad: {e}");
            }
            if docs.is_empty() {
                eprintln!("marsad: nothing could be read");
                return Ok(1);
            }
            let ex = Extractor::new(&gaz);
            let out: Vec<Extraction> = docs.par_iter().map(|d| ex.extract(d)).collect();
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            match format {
                Format::Json => {
                    serde_json::to_writer_pretty(&mut w, &out)?;
                    writeln!(w)?;
                }
                Format::Jsonl => {
                    for x in &out {
                        serde_json::to_writer(&mut w, x)?;
                        writeln!(w)?;
                    }
                }
                Format::Table => {
                    for x in &out {
                        write!(w, "{}", table::render(x))?;
                    }
                }
            }
            w.flush()?;
            Ok(0)
        }
        Command::Eval { gold, acled, fakes, seeds, gazetteer, limit, misses, json } => {
            let gaz = config::gazetteer(gazetteer.as_deref(), false)?;
            let ex = Extractor::new(&gaz);
            let mut report = serde_json::Map::new();
            if let Some(g) = gold {
                let seeds = seeds.unwrap_or_else(|| g.parent().map(|p| p.join("../seeds")).unwrap_or_default());
                let r = marsad_eval::gold::evaluate(&ex, &g, &seeds)?;
                print!("{}", r.render());
                report.insert("gold".into(), serde_json::to_value(&r)?);
            }
            if let Some(a) = acled {
                let r = marsad_eval::acled::evaluate(&ex, &a, limit)?;
                print!("{}", r.render(misses));
                report.insert("acled".into(), serde_json::to_value(&r)?);
            }
            if let Some(f) = fakes {
                let r = marsad_eval::fakes::evaluate(&ex, &f, limit)?;
                print!("{}", r.render(misses));
                report.insert("fakes".into(), serde_json::to_value(&r)?);
            }
            if report.is_empty() {
                anyhow::bail!("give --gold FILE, --acled FILE or --fakes FILE");
            }
            if let Some(j) = json {
                std::fs::write(&j, serde_json::to_string_pretty(&report)?).with_context(|| format!("writing {}", j.display()))?;
            }
            Ok(0)
        }
    }
}
