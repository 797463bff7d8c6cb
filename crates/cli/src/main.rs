//! The `marsad` command line: extract, eval (and, as they land, ingest, query,
//! export, serve).

mod config;
mod ingest;
mod input;
mod table;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use marsad_extract::Extractor;
use marsad_model::{Date, Extraction};
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;

// Extraction makes many small, short-lived allocations (words, keys, candidate lists);
// mimalloc serves them about an eighth faster than the system allocator on FA-KES.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    about = "Turn conflict-monitor reports into a verified record of incidents."
)]
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

#[derive(Clone, Copy, ValueEnum)]
enum ListFormat {
    Table,
    Jsonl,
    Csv,
}

/// Filters shared by `events` and `export`.
#[derive(clap::Args, Clone, Default)]
struct Filters {
    /// Events on or after this day (YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Events on or before this day.
    #[arg(long)]
    until: Option<String>,
    /// Governorate: a P-code (SY09) or a name (Deir ez-Zor).
    #[arg(long)]
    admin1: Option<String>,
    /// A party (isis, sdf, regime, ...).
    #[arg(long)]
    party: Option<String>,
    /// An event type or sub-event type (battles, air_drone_strike, ...).
    #[arg(long = "type")]
    event_type: Option<String>,
    #[arg(long)]
    min_fatalities: Option<u32>,
    /// Include retold older events.
    #[arg(long)]
    include_earlier: bool,
    #[arg(long)]
    limit: Option<usize>,
}

#[derive(Subcommand)]
enum TokenCmd {
    /// Make a new token; it is printed once and stored only as a hash.
    Create {
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long)]
        label: Option<String>,
    },
}

#[derive(Subcommand)]
enum EventsCmd {
    /// One event with every report that told it and why they were merged.
    Show { id: i64 },
}

#[derive(Subcommand)]
enum Command {
    /// Read reports (files, directories, JSON Lines, HTML pages, RSS/Atom feeds, URLs) into the database.
    Ingest {
        #[arg(required = true)]
        inputs: Vec<String>,
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// The report date for inputs that do not give one.
        #[arg(long)]
        published: Option<String>,
        /// Documents per transaction.
        #[arg(long, default_value_t = 500)]
        batch: usize,
        #[arg(long)]
        quiet: bool,
    },
    /// List linked events.
    Events {
        #[command(subcommand)]
        cmd: Option<EventsCmd>,
        #[command(flatten)]
        filters: Filters,
        #[arg(long, value_enum, default_value = "table")]
        format: ListFormat,
        #[arg(long, global = true)]
        db: Option<PathBuf>,
        #[arg(long, global = true)]
        gazetteer: Option<PathBuf>,
    },
    /// Running tallies as time series, with flagged inconsistencies.
    Tallies {
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Export events as acled-csv, ucdp-csv, geojson or jsonl.
    Export {
        #[arg(long)]
        format: String,
        #[command(flatten)]
        filters: Filters,
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Write here instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Serve the JSON API and the dashboard.
    Serve {
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        #[arg(long)]
        gazetteer: Option<PathBuf>,
        /// Reading needs a token too (also `read_requires_token = true` in marsad.toml).
        #[arg(long)]
        closed: bool,
        /// Requests per second allowed per client address.
        #[arg(long, default_value_t = 200.0)]
        rate: f64,
    },
    /// API tokens for writing.
    Token {
        #[command(subcommand)]
        cmd: TokenCmd,
    },
    /// Counts: documents, events, fatalities, by type and governorate.
    Stats {
        #[arg(long)]
        db: Option<PathBuf>,
    },
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
        /// With --acled: measure linking (every Nth row retold the next day).
        #[arg(long)]
        linking: bool,
        #[arg(long, default_value_t = 10)]
        retell_every: usize,
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
    Date::parse_iso(s).with_context(|| format!("{s:?} is not a YYYY-MM-DD date"))
}

/// Builds a store query from command-line filters; names of governorates are
/// resolved through the gazetteer (or the built-in table).
fn query(
    f: &Filters,
    gazetteer: Option<&std::path::Path>,
) -> anyhow::Result<marsad_store::EventQuery> {
    let admin1 = match &f.admin1 {
        Some(a) if a.len() == 4 && a.to_uppercase().starts_with("SY") => Some(a.to_uppercase()),
        Some(a) => {
            let gaz = config::gazetteer(gazetteer, true)?;
            Some(
                gaz.governorate_named(a)
                    .and_then(|p| p.pcode.clone())
                    .with_context(|| format!("--admin1 {a:?} is no governorate"))?,
            )
        }
        None => None,
    };
    let party = f
        .party
        .as_deref()
        .map(|p| {
            marsad_model::Party::parse(p)
                .with_context(|| format!("--party {p:?} is not a party (isis, sdf, regime, ...)"))
        })
        .transpose()?;
    Ok(marsad_store::EventQuery {
        since: f.since.as_deref().map(parse_date).transpose()?,
        until: f.until.as_deref().map(parse_date).transpose()?,
        admin1_pcode: admin1,
        party,
        event_type: f.event_type.clone(),
        min_fatalities: f.min_fatalities,
        include_earlier: f.include_earlier,
        limit: f.limit,
        ..Default::default()
    })
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Extract {
            inputs,
            format,
            published,
            gazetteer,
        } => {
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
        Command::Ingest {
            inputs,
            db,
            gazetteer,
            published,
            batch,
            quiet,
        } => {
            let published = published.as_deref().map(parse_date).transpose()?;
            let gaz = config::gazetteer(gazetteer.as_deref(), quiet)?;
            let path = config::db_path(db.as_deref());
            let mut store = marsad_store::SqliteStore::open(&path)?;
            let ex = Extractor::new(&gaz);
            let started = std::time::Instant::now();
            let (docs, errors) = ingest::gather(&inputs, published);
            let n = docs.len();
            let s = ingest::run(&mut store, &ex, docs, &errors, batch, quiet)?;
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "marsad: {} added, {} unchanged, {} superseded, {} rejected ({} documents in {:.1} s, {:.0}/s) -> {}",
                s.added,
                s.unchanged,
                s.superseded,
                s.rejected,
                n,
                secs,
                n as f64 / secs.max(1e-9),
                path.display()
            );
            Ok(if n == 0 && s.rejected > 0 { 1 } else { 0 })
        }
        Command::Events {
            cmd,
            filters,
            format,
            db,
            gazetteer,
        } => {
            let store = marsad_store::SqliteStore::open(&config::db_path(db.as_deref()))?;
            use marsad_store::Store;
            if let Some(EventsCmd::Show { id }) = cmd {
                let Some(d) = store.event(id)? else {
                    anyhow::bail!("no event {id} in the database")
                };
                println!("{}", serde_json::to_string_pretty(&d)?);
                return Ok(0);
            }
            let q = query(&filters, gazetteer.as_deref())?;
            let events = store.events(&q)?;
            let out = std::io::stdout();
            let mut w = std::io::BufWriter::new(out.lock());
            match format {
                ListFormat::Jsonl => {
                    for e in &events {
                        serde_json::to_writer(&mut w, e)?;
                        writeln!(w)?;
                    }
                }
                ListFormat::Csv => {
                    let mut c = csv::Writer::from_writer(&mut w);
                    c.write_record([
                        "id",
                        "date",
                        "event_type",
                        "sub_event_type",
                        "location",
                        "pcode",
                        "admin1",
                        "lat",
                        "lon",
                        "geo_precision",
                        "parties",
                        "fatalities",
                        "mentions",
                        "sources",
                    ])?;
                    for e in &events {
                        c.write_record([
                            e.id.to_string(),
                            e.date_start.clone().unwrap_or_default(),
                            e.event_type.clone(),
                            e.sub_event_type.clone(),
                            e.location_name.clone().unwrap_or_default(),
                            e.pcode.clone().unwrap_or_default(),
                            e.admin1.clone().unwrap_or_default(),
                            e.lat.map_or(String::new(), |x| x.to_string()),
                            e.lon.map_or(String::new(), |x| x.to_string()),
                            e.geo_precision.map_or(String::new(), |x| x.to_string()),
                            e.parties.join(";"),
                            e.fatalities.to_string(),
                            e.mentions.to_string(),
                            e.documents.join("; "),
                        ])?;
                    }
                    c.flush()?;
                }
                ListFormat::Table => {
                    for e in &events {
                        writeln!(
                            w,
                            "{:>6}  {}  {:<34}  {:<24} {:<14} fatalities {:>4} ({}-{})  {} report(s)  [{}]",
                            e.id,
                            e.date_start.as_deref().unwrap_or("?"),
                            e.sub_event_type,
                            e.location_name.as_deref().unwrap_or("-"),
                            e.admin1.as_deref().unwrap_or("-"),
                            e.fatalities,
                            e.fatalities_low,
                            e.fatalities_high,
                            e.mentions,
                            e.parties.join(",")
                        )?;
                    }
                    writeln!(w, "{} events", events.len())?;
                }
            }
            w.flush()?;
            Ok(0)
        }
        Command::Tallies { db, json } => {
            use marsad_store::Store;
            let store = marsad_store::SqliteStore::open(&config::db_path(db.as_deref()))?;
            let series = store.tallies()?;
            if json {
                println!("{}", serde_json::to_string_pretty(&series)?);
                return Ok(0);
            }
            for s in &series {
                println!(
                    "{} {} since {} in {}",
                    s.party,
                    s.outcome,
                    s.since.as_deref().unwrap_or("?"),
                    if s.regions.is_empty() {
                        "-".into()
                    } else {
                        s.regions.join(", ")
                    }
                );
                for p in &s.points {
                    println!(
                        "   {}  {:>7} {:<10} {}",
                        p.reported.as_deref().unwrap_or("????-??-??"),
                        p.count.map_or("?".into(), |c| c.to_string()),
                        p.qualifier,
                        p.document
                    );
                }
                for f in &s.flags {
                    println!("   ! {f}");
                }
            }
            Ok(0)
        }
        Command::Export {
            format,
            filters,
            db,
            gazetteer,
            output,
        } => {
            let fmt = marsad_store::ExportFormat::parse(&format).with_context(|| {
                format!("--format {format:?}: use acled-csv, ucdp-csv, geojson or jsonl")
            })?;
            let store = marsad_store::SqliteStore::open(&config::db_path(db.as_deref()))?;
            let q = query(&filters, gazetteer.as_deref())?;
            let n = match output {
                Some(p) => {
                    let mut f = std::io::BufWriter::new(
                        std::fs::File::create(&p)
                            .with_context(|| format!("creating {}", p.display()))?,
                    );
                    let n = marsad_store::export(&store, &q, fmt, &mut f)?;
                    f.flush()?;
                    n
                }
                None => {
                    let out = std::io::stdout();
                    let mut w = std::io::BufWriter::new(out.lock());
                    let n = marsad_store::export(&store, &q, fmt, &mut w)?;
                    w.flush()?;
                    n
                }
            };
            eprintln!("marsad: exported {n} events");
            Ok(0)
        }
        Command::Serve {
            db,
            listen,
            gazetteer,
            closed,
            rate,
        } => {
            let gaz: &'static marsad_places::Gazetteer =
                Box::leak(Box::new(config::gazetteer(gazetteer.as_deref(), false)?));
            let closed =
                closed || config::config_value("read_requires_token").is_some_and(|v| v == "true");
            let cfg = marsad_server::Config {
                db: config::db_path(db.as_deref()),
                read_requires_token: closed,
                rate_per_sec: rate,
                readers: 4,
            };
            let state = marsad_server::AppState::new(cfg, gaz)?;
            let rt = tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()?;
            rt.block_on(marsad_server::serve(&listen, state))?;
            Ok(0)
        }
        Command::Token {
            cmd: TokenCmd::Create { db, label },
        } => {
            let store = marsad_store::SqliteStore::open(&config::db_path(db.as_deref()))?;
            let token = marsad_server::new_token()?;
            store.add_token_hash(&marsad_server::token_hash(&token), label.as_deref())?;
            println!("{token}");
            eprintln!("marsad: token created; it is shown only now. Send it as: Authorization: Bearer <token>");
            Ok(0)
        }
        Command::Stats { db } => {
            use marsad_store::Store;
            let store = marsad_store::SqliteStore::open(&config::db_path(db.as_deref()))?;
            println!("{}", serde_json::to_string_pretty(&store.stats()?)?);
            Ok(0)
        }
        Command::Eval {
            gold,
            acled,
            fakes,
            seeds,
            gazetteer,
            limit,
            misses,
            json,
            linking,
            retell_every,
        } => {
            let gaz = config::gazetteer(gazetteer.as_deref(), false)?;
            let ex = Extractor::new(&gaz);
            let mut report = serde_json::Map::new();
            if let Some(g) = gold {
                let seeds = seeds
                    .unwrap_or_else(|| g.parent().map(|p| p.join("../seeds")).unwrap_or_default());
                let r = marsad_eval::gold::evaluate(&ex, &g, &seeds)?;
                print!("{}", r.render());
                report.insert("gold".into(), serde_json::to_value(&r)?);
            }
            if let (Some(a), true) = (&acled, linking) {
                let r = marsad_eval::linking::evaluate(&ex, a, limit, retell_every)?;
                print!("{}", r.render());
                report.insert("linking".into(), serde_json::to_value(&r)?);
            }
            if let Some(a) = acled.filter(|_| !linking) {
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
                std::fs::write(&j, serde_json::to_string_pretty(&report)?)
                    .with_context(|| format!("writing {}", j.display()))?;
            }
            Ok(0)
        }
    }
}
