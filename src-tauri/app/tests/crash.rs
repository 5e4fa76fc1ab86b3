//! The autosave crash test: a writer process autosaves a draft as fast as it can, acknowledging
//! each save on stdout once the core has returned (as the UI's "saved" does), and is killed
//! with SIGKILL at a random moment, again and again on the same database. After each kill the
//! database must pass `PRAGMA integrity_check`, and hold every save that was acknowledged.
//! After the last kill (a hot WAL left behind), a wrong key must leave every file byte for byte.
//!
//! Runs: `KANTA_CRASH_RUNS` (40 by default, which CI affords). For the long run:
//!   KANTA_CRASH_RUNS=1000 cargo test --release -p kanta-app --test crash -- --nocapture
//!
//! It has its own `main` (Cargo.toml: `harness = false`), because the same binary is the writer
//! (`--writer`), and prints its outcome in libtest's words so the test script counts it.

use std::{
    io::{BufRead, BufReader},
    path::{Path, PathBuf},
    process::{Command, Stdio},
    sync::mpsc,
    time::{Duration, Instant},
};

use kanta_app::{
    draft_editor::StepAction,
    workspace::{ActingFor, Who},
    DraftEditor,
};
use kanta_domain::{
    model::{ConnectionPoint, Service},
    step::StepId,
    wizard::input::StepInput,
};
use kanta_storage::{Database, DatabaseKey, StorageError};

const NAME: &str = "autosave_survives_sigkill_at_random_moments";
const KEY_VAR: &str = "KANTA_CRASH_KEY";
const PREFIX: &str = "1.2.246.10.31415938.10.";

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--writer") {
        writer(Path::new(&args[2]));
        return;
    }
    // libtest's filter: run only when no filter is given or it names this test.
    let filter = args.iter().skip(1).find(|a| !a.starts_with('-'));
    if filter.is_some_and(|f| !NAME.contains(f.as_str())) {
        println!("\nrunning 0 tests\n\ntest result: ok. 0 passed; 0 failed; 0 ignored; 0 measured; 1 filtered out; finished in 0.00s\n");
        return;
    }
    println!("\nrunning 1 test");
    let started = Instant::now();
    let outcome = std::panic::catch_unwind(crash_test);
    let took = started.elapsed().as_secs_f64();
    match outcome {
        Ok(()) => println!(
            "test {NAME} ... ok\n\ntest result: ok. 1 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in {took:.2}s\n"
        ),
        Err(_) => {
            println!("test {NAME} ... FAILED\n\ntest result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in {took:.2}s\n");
            std::process::exit(101);
        }
    }
}

/// The writer: opens the database, puts the test organisation's Client Data Archive draft on
/// its connection points step, then autosaves a growing counter in the OID until killed.
fn writer(dir: &Path) {
    let key = DatabaseKey::from_hex(&std::env::var(KEY_VAR).expect("the key in the environment")).unwrap();
    let db = Database::open_in(dir, &key).expect("the database opens");
    let acting = ActingFor::current(&db, Who::LOGGED_OUT_TEST_ENVIRONMENT).unwrap();
    let editor = DraftEditor::new(&db, &acting);
    let mut view = editor.open_service(Service::ClientDataArchive).unwrap();
    if view.current == StepId::Instructions {
        view = editor
            .submit(view.draft_id, StepInput::Instructions, StepAction::Continue)
            .unwrap();
    }
    let mut n = stored_counter(&view.application.connection_points).unwrap_or(0);
    println!("ready {}", view.draft_id);
    loop {
        n += 1;
        let points = vec![ConnectionPoint {
            oid: format!("{PREFIX}{n}"),
            systems: vec!["sample-abilita".into()],
            renewal_requests: false,
        }];
        editor
            .autosave(view.draft_id, StepInput::ConnectionPoints { points })
            .unwrap();
        // Acknowledged only after the core returned: what the UI shows as "saved".
        println!("ack {n}");
    }
}

fn stored_counter(points: &[ConnectionPoint]) -> Option<u64> {
    points.first()?.oid.strip_prefix(PREFIX)?.parse().ok()
}

/// A small xorshift generator seeded from the clock: the moments differ from run to run, and
/// the seed is printed so a failing sequence can be told apart.
struct Moments(u64);

impl Moments {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

struct Run {
    acked: u64,
    stored: u64,
    saves: u64,
    /// Killed at any moment from the start, not only while saving.
    anywhere: bool,
}

fn crash_test() {
    let runs: usize = std::env::var("KANTA_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        | 1;
    let mut moments = Moments(seed);
    let dir = tempfile::tempdir().unwrap();
    let key = DatabaseKey::generate().unwrap();
    let hex = key.to_hex().unwrap();
    let mut results = Vec::new();
    let mut last_acked = 0;
    let started = Instant::now();

    for run in 0..runs {
        // A quarter of the runs are killed anywhere, opening included; the others while saving.
        let anywhere = moments.next(4) == 0;
        let delay = Duration::from_micros(moments.next(120_000));
        let (acked, saves) = kill_writer(dir.path(), hex.as_str(), anywhere, delay, last_acked);
        let stored = check(dir.path(), &key, run);
        assert!(
            stored >= acked,
            "run {run} (seed {seed}): save {acked} was acknowledged but the database holds {stored}"
        );
        assert!(
            stored <= acked + 1,
            "run {run}: stored {stored} was never written ({acked} acknowledged)"
        );
        last_acked = stored;
        results.push(Run {
            acked,
            stored,
            saves,
            anywhere,
        });
    }

    // One more kill mid-save leaves a hot WAL; a wrong key must not touch it.
    let (acked, _) = kill_writer(dir.path(), hex.as_str(), false, Duration::from_millis(30), last_acked);
    wrong_key_changes_nothing(dir.path());
    assert!(check(dir.path(), &key, runs) >= acked);

    let mut per_run: Vec<u64> = results.iter().filter(|r| !r.anywhere).map(|r| r.saves).collect();
    per_run.sort_unstable();
    let anywhere = results.iter().filter(|r| r.anywhere).count();
    let unacked = results.iter().filter(|r| r.stored == r.acked + 1).count();
    println!(
        "crash test: {runs} kills (seed {seed}) in {:.1} s, {anywhere} of them at any moment from the start; \
         {} saves acknowledged, median {} per run killed while saving; every acknowledged save present; \
         {unacked} runs also kept a save killed before its acknowledgement; integrity_check ok after every kill",
        started.elapsed().as_secs_f64(),
        results.last().map_or(0, |r| r.acked),
        per_run.get(per_run.len() / 2).copied().unwrap_or(0),
    );
}

/// Starts the writer and kills it `delay` after its start (`anywhere`) or after it is ready.
/// Returns the last save it acknowledged (or `acked_before`) and how many it acknowledged.
fn kill_writer(dir: &Path, hex: &str, anywhere: bool, delay: Duration, acked_before: u64) -> (u64, u64) {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--writer", &dir.to_string_lossy()])
        .env(KEY_VAR, hex)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let (lines, acks) = mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                break;
            }
        }
    });
    let spawned = Instant::now();
    if !anywhere {
        let ready = acks.recv_timeout(Duration::from_secs(30)).expect("the writer starts");
        assert!(ready.starts_with("ready"), "{ready}");
    }
    let deadline = if anywhere { spawned } else { Instant::now() } + delay;
    let (mut acked, mut saves) = (acked_before, 0);
    let mut count = |line: String| {
        if let Some(n) = line.strip_prefix("ack ") {
            acked = n.parse().unwrap();
            saves += 1;
        }
    };
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        match acks.recv_timeout(left) {
            Ok(line) => count(line),
            Err(mpsc::RecvTimeoutError::Timeout) => break,
            Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the writer died by itself"),
        }
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    // Acknowledgements written to the pipe before the kill count too.
    while let Ok(line) = acks.recv_timeout(Duration::from_millis(100)) {
        count(line);
    }
    (acked, saves)
}

/// Opens the database after a kill: it must be sound, and the counter is what it holds.
fn check(dir: &Path, key: &DatabaseKey, run: usize) -> u64 {
    let db = Database::open_in(dir, key).unwrap_or_else(|e| panic!("run {run}: the database does not open: {e}"));
    assert_eq!(db.integrity_check().unwrap(), "ok", "run {run}");
    let acting = ActingFor::current(&db, Who::LOGGED_OUT_TEST_ENVIRONMENT).unwrap();
    let listed = db.summaries_of(acting.key()).unwrap();
    assert!(listed.len() <= 1, "run {run}: one draft, never a second");
    listed
        .first()
        .map(|d| db.draft(d.id).unwrap())
        .and_then(|d| stored_counter(&d.content.application.connection_points))
        .unwrap_or(0)
}

/// After one more kill mid-save (a hot WAL on disk), opening with a wrong key fails and leaves
/// the database file and its WAL byte for byte as they were.
fn wrong_key_changes_nothing(dir: &Path) {
    let files = |dir: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| !p.to_string_lossy().ends_with("-shm")) // SQLite's shared-memory index
            .map(|p| {
                let bytes = std::fs::read(&p).unwrap();
                (p, bytes)
            })
            .collect();
        files.sort();
        files
    };
    let before = files(dir);
    let wrong = DatabaseKey::generate().unwrap();
    assert!(matches!(Database::open_in(dir, &wrong), Err(StorageError::WrongKey)));
    assert!(files(dir) == before, "a wrong key changed a file");
}
