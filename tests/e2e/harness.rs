//! Drives the real app binary through tauri-driver and WebKitWebDriver.
//!
//! Each [`App`] gets its own tauri-driver, started inside its own D-Bus session
//! (`dbus-run-session`, so GTK's helpers end with it), on free loopback ports, with the app's
//! data folder and OS locale set through the environment the driver passes on to the app.
//! Without `DISPLAY`, one Xvfb server is started for the whole test binary.

use std::{
    net::TcpListener,
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{Mutex, MutexGuard, OnceLock},
    time::{Duration, Instant},
};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long to wait for the app to show what a test expects.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The apps are heavy (WebKit) and the machines small: one test drives the app at a time.
pub fn one_at_a_time() -> MutexGuard<'static, ()> {
    static LOCK: Mutex<()> = Mutex::new(());
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

/// The X display the apps open their windows on.
pub fn display() -> String {
    static DISPLAY: OnceLock<String> = OnceLock::new();
    DISPLAY
        .get_or_init(|| match std::env::var("DISPLAY") {
            Ok(d) if !d.is_empty() => d,
            _ => start_xvfb(),
        })
        .clone()
}

fn start_xvfb() -> String {
    let n = (90..200)
        .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .expect("a free X display number");
    // Xvfb must end with this test process, which has no teardown hook: a small shell watches
    // the process and stops the server when it is gone.
    let watch = format!(
        "Xvfb :{n} -screen 0 1280x800x24 -nolisten tcp & x=$!; while kill -0 {} 2>/dev/null; do sleep 1; done; kill $x",
        std::process::id()
    );
    let child = Command::new("sh")
        .args(["-c", &watch])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("sh and Xvfb are needed for the end-to-end tests (apt-get install xvfb, or run tests/dev/test.sh)");
    drop(child);
    let socket = format!("/tmp/.X11-unix/X{n}");
    let start = Instant::now();
    while !Path::new(&socket).exists() {
        assert!(start.elapsed() < Duration::from_secs(10), "Xvfb :{n} did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    format!(":{n}")
}

/// Waits until these processes are gone, or zombies their parent has not reaped yet.
fn wait_until_gone(pids: &[String]) {
    let alive = |pid: &String| {
        std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|stat| stat.rsplit_once(") ").is_some_and(|(_, rest)| !rest.starts_with('Z')))
    };
    let start = Instant::now();
    while pids.iter().any(alive) {
        assert!(start.elapsed() < PATIENCE, "the app did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Where screenshots go: `KANTA_E2E_SCREENSHOTS`, else `target/e2e-screenshots`.
pub fn screenshot_dir() -> PathBuf {
    let dir = std::env::var_os("KANTA_E2E_SCREENSHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots"));
    std::fs::create_dir_all(&dir).unwrap();
    dir.canonicalize().unwrap()
}

/// One run of the app, from start to quit.
pub struct App {
    pub client: Client,
    driver: Child,
}

impl App {
    /// Starts the app with `data_dir` as its data folder and `locale` as the OS locale, and waits
    /// for the start screen.
    pub async fn start(data_dir: &Path, locale: &str) -> App {
        let app = App::start_with(data_dir, locale, &[]).await;
        app.wait_for("start-heading").await;
        app
    }

    /// Starts the app on a computer without a usable OS keychain (no Secret Service), where the
    /// database asks for a passphrase.
    pub async fn start_without_keychain(data_dir: &Path, locale: &str) -> App {
        let app = App::start_with(data_dir, locale, &[("KANTA_E2E_NO_KEYCHAIN", "1")]).await;
        app.wait_for("unlock-heading").await;
        app
    }

    /// Starts the app and waits only for its frame (the language switch), for tests of what
    /// happens when the start screen cannot open. `env`: more environment for the app.
    pub async fn start_with(data_dir: &Path, locale: &str, env: &[(&str, &str)]) -> App {
        let display = display();
        let port = free_port();
        let native_port = free_port();
        // The app keeps its database key in the OS keychain: each run gets GNOME Keyring in its
        // own D-Bus session, unlocked, with its keyring file beside the data (so a restart of
        // the same data folder finds the same key). KANTA_E2E_NO_KEYCHAIN=1 leaves it out, as
        // on a computer without one.
        let keyring_home = data_dir.join("test-keyring");
        // Without a keychain the app gets no session bus at all: with one, D-Bus would start
        // GNOME Keyring on demand, locked, and it would ask for a password.
        let script = format!(
            "if [ -z \"$KANTA_E2E_NO_KEYCHAIN\" ]; then \
               eval \"$(printf kanta-test | gnome-keyring-daemon --unlock --components=secrets)\" >/dev/null; \
             else export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/kanta-no-bus; \
             fi; exec tauri-driver --port {port} --native-port {native_port}"
        );
        let driver = Command::new("dbus-run-session")
            .args(["--", "sh", "-c", &script])
            .env("XDG_DATA_HOME", &keyring_home)
            .env_remove("KANTA_E2E_NO_KEYCHAIN")
            .env("DISPLAY", &display)
            .env("KANTA_EXTRANET_DATA_DIR", data_dir)
            .env_remove("KANTA_EXTRANET_LOG_DIR")
            .env("LC_ALL", locale)
            .env("LANG", locale)
            .env_remove("LANGUAGE")
            .env_remove("LC_MESSAGES")
            // No Kanta service answers here (port 9 refuses at once), so that a sent application
            // stays waiting as the tests expect; `tests/e2e/sending.rs` names a real one.
            .env("KANTA_EXTRANET_SERVICE_URL", "http://127.0.0.1:9")
            // The tests' own test services run in this process: the app's tokens must be made
            // with this process's key for them to take them.
            .env(
                kanta_domain::test_environment::tokens::KEY_VAR,
                kanta_domain::test_environment::tokens::key_hex(),
            )
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group, so that quitting ends the driver, the bus and their children.
            .process_group(0)
            .spawn()
            .expect("tauri-driver and dbus-run-session are needed (cargo install tauri-driver; apt-get install dbus gnome-keyring)");

        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": env!("CARGO_BIN_EXE_kanta-extranet") }),
        );
        let url = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        let client = loop {
            match ClientBuilder::native().capabilities(caps.clone()).connect(&url).await {
                Ok(client) => break client,
                Err(err) if start.elapsed() < PATIENCE => {
                    let _ = err;
                    tokio::time::sleep(Duration::from_millis(200)).await;
                }
                Err(err) => panic!("no WebDriver session with the app: {err}"),
            }
        };
        let app = App { client, driver };
        app.wait_for("language-switch").await;
        app
    }

    /// Quits the app the way a user closing its window would, and waits for it to be gone.
    pub async fn quit(mut self) {
        let pids = self.app_pids();
        let _ = self.client.clone().close().await;
        self.stop_driver();
        wait_until_gone(&pids);
    }

    /// Kills the app's process with SIGKILL, as a crash or a dead battery would: no window
    /// closing, no saving. Then ends the driver.
    pub async fn kill(mut self) {
        let pids = self.app_pids();
        assert!(!pids.is_empty(), "the app's process was not found");
        for pid in &pids {
            let _ = Command::new("kill").args(["-KILL", pid]).status();
        }
        wait_until_gone(&pids);
        self.stop_driver();
    }

    /// The app's processes (tauri-driver's grandchildren, in its process group).
    fn app_pids(&self) -> Vec<String> {
        let found = Command::new("pgrep")
            .args(["-g", &self.driver.id().to_string(), "-x", "kanta-extranet"])
            .output()
            .expect("pgrep (procps) is needed");
        String::from_utf8_lossy(&found.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }

    fn stop_driver(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-TERM", "--", &group]).status();
        let _ = self.driver.wait();
    }

    fn css(testid: &str) -> String {
        format!("[data-testid=\"{testid}\"]")
    }

    pub async fn wait_for(&self, testid: &str) -> Element {
        let css = App::css(testid);
        match self
            .client
            .wait()
            .at_most(PATIENCE)
            .for_element(Locator::Css(&css))
            .await
        {
            Ok(element) => element,
            Err(e) => {
                let shot = self.screenshot(&format!("failure-{testid}")).await;
                let page = self.script("return document.body.innerText").await;
                panic!(
                    "{testid} did not appear: {e}\nscreenshot: {}\npage text:\n{}",
                    shot.display(),
                    page.as_str().unwrap_or("")
                );
            }
        }
    }

    /// Is an element with this test id on the page now? Does not wait.
    pub async fn exists(&self, testid: &str) -> bool {
        self.client
            .find_all(Locator::Css(&App::css(testid)))
            .await
            .map(|found| !found.is_empty())
            .unwrap_or(false)
    }

    pub async fn text(&self, testid: &str) -> String {
        self.read(testid, |element| async move { element.text().await })
            .await
            .trim()
            .to_owned()
    }

    /// Finds the element and reads from it; when Svelte replaced the node between the two (a
    /// stale element), finds it again. Any other WebDriver error fails the test.
    async fn read<T, F, Fut>(&self, testid: &str, read: F) -> T
    where
        F: Fn(Element) -> Fut,
        Fut: std::future::Future<Output = Result<T, fantoccini::error::CmdError>>,
    {
        let start = Instant::now();
        loop {
            match read(self.wait_for(testid).await).await {
                Ok(value) => return value,
                Err(e) if is_stale(&e) && start.elapsed() < PATIENCE => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(e) => panic!("reading {testid}: {e}"),
            }
        }
    }

    pub async fn click(&self, testid: &str) {
        self.wait_for(testid)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("clicking {testid}: {e}"));
    }

    pub async fn value(&self, testid: &str) -> String {
        self.read(testid, |element| async move { element.prop("value").await })
            .await
            .unwrap_or_default()
    }

    pub async fn type_into(&self, testid: &str, text: &str) {
        let input = self.wait_for(testid).await;
        input.clear().await.unwrap();
        input.send_keys(text).await.unwrap();
    }

    /// Chooses a file in a file input, as the OS's file chooser would (WebDriver types the path).
    pub async fn choose_file(&self, testid: &str, path: &Path) {
        let input = self.wait_for(testid).await;
        input
            .send_keys(&path.canonicalize().unwrap().to_string_lossy())
            .await
            .unwrap_or_else(|e| panic!("choosing {} in {testid}: {e}", path.display()));
    }

    /// Is the checkbox or radio button ticked?
    pub async fn is_checked(&self, testid: &str) -> bool {
        self.wait_for(testid).await.prop("checked").await.unwrap().as_deref() == Some("true")
    }

    /// Picks an option of a `<select>` by its value.
    pub async fn select(&self, testid: &str, value: &str) {
        self.wait_for(testid)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("selecting {value} in {testid}: {e}"));
    }

    /// Presses keys in the focused element, as a keyboard would (`keys` may hold
    /// `fantoccini::key::Key` characters).
    pub async fn press(&self, keys: &str) {
        let focused = self.client.active_element().await.expect("a focused element");
        focused.send_keys(keys).await.expect("keys reach the focused element");
    }

    /// Moves the focus with the Tab key until the element with `testid` has it, as a keyboard
    /// user would; panics if it is not reached within `max` presses.
    pub async fn tab_to(&self, testid: &str, max: usize) {
        let tab = String::from(char::from(fantoccini::key::Key::Tab));
        for _ in 0..max {
            if self.focused().await.as_deref() == Some(testid) {
                return;
            }
            self.press(&tab).await;
        }
        assert_eq!(
            self.focused().await.as_deref(),
            Some(testid),
            "{testid} was not reached with {max} presses of Tab"
        );
    }

    pub async fn attr(&self, testid: &str, name: &str) -> Option<String> {
        self.read(testid, |element| async move { element.attr(name).await })
            .await
    }

    pub async fn script(&self, js: &str) -> Value {
        self.client.execute(js, vec![]).await.unwrap()
    }

    /// The `data-testid` of the focused element.
    pub async fn focused(&self) -> Option<String> {
        self.script("return document.activeElement && document.activeElement.getAttribute('data-testid')")
            .await
            .as_str()
            .map(str::to_owned)
    }

    /// Waits until `check` holds, re-evaluating it; panics with `what` if it never does.
    pub async fn eventually<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let start = Instant::now();
        while !check().await {
            assert!(start.elapsed() < PATIENCE, "never happened: {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element's text is `expected`.
    pub async fn expect_text(&self, testid: &str, expected: &str) {
        self.expect_text_where(testid, &format!("{expected:?}"), |text| text == expected)
            .await
    }

    /// Waits until the element's text contains `expected`.
    pub async fn expect_text_contains(&self, testid: &str, expected: &str) {
        self.expect_text_where(testid, &format!("to contain {expected:?}"), |text| {
            text.contains(expected)
        })
        .await
    }

    async fn expect_text_where(&self, testid: &str, what: &str, matches: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let text = self.text(testid).await;
            if matches(&text) {
                return;
            }
            assert!(start.elapsed() < PATIENCE, "{testid}: expected {what}, found {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs axe-core (the copy the UI's npm packages hold) on the page as WebKit renders it, with
    /// every rule on, colour contrast included; returns the violations as `rule: targets` lines.
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&axe)
            .unwrap_or_else(|e| panic!("{}: {e} (run tests/dev/test.sh once)", axe.display()));
        let script = format!(
            "const done = arguments[arguments.length - 1];\n{source}\n\
             axe.run(document, {{ resultTypes: ['violations'] }})\
               .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))\
               .catch(e => done(['axe failed: ' + e]));"
        );
        let value = self.client.execute_async(&script, vec![]).await.unwrap();
        serde_json::from_value(value).unwrap()
    }

    /// Fails with the violations, naming the screen.
    pub async fn expect_accessible(&self, screen: &str) {
        let violations = self.axe_violations().await;
        assert!(
            violations.is_empty(),
            "axe-core violations on {screen}:\n{}",
            violations.join("\n")
        );
    }

    /// Saves a screenshot of the window as `<name>.png` and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        // WebKit may hand over the previous frame; the state was checked already, give it a moment.
        tokio::time::sleep(Duration::from_millis(300)).await;
        let png = self.client.screenshot().await.unwrap();
        let path = screenshot_dir().join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap();
        println!("screenshot: {}", path.display());
        path
    }

    /// The title of the app's native window, as the X server knows it.
    pub fn native_window_titles() -> Vec<String> {
        let out = Command::new("xdotool")
            .args([
                "search",
                "--onlyvisible",
                "--class",
                "kanta-extranet",
                "getwindowname",
                "%@",
            ])
            .env("DISPLAY", display())
            .output()
            .expect("xdotool is needed to read native window titles (apt-get install xdotool)");
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

/// The DOM id and test id the UI gives the input of a field path (ui/src/lib/fields.ts,
/// `fieldId`): `organisation.contacts[0].phone` → `f-organisation-contacts-0-phone`.
pub fn field(path: &str) -> String {
    let mut id = String::from("f-");
    let mut gap = false;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() {
            if gap {
                id.push('-');
            }
            id.push(c);
            gap = false;
        } else {
            gap = true;
        }
    }
    id
}

impl Drop for App {
    fn drop(&mut self) {
        // A failed assertion must not leave a driver and an app behind.
        if self.driver.try_wait().ok().flatten().is_none() {
            self.stop_driver();
        }
    }
}

use std::os::unix::process::CommandExt as _;

/// Did WebDriver answer that the element is no longer in the page?
fn is_stale(error: &fantoccini::error::CmdError) -> bool {
    matches!(
        error,
        fantoccini::error::CmdError::Standard(e)
            if e.error == fantoccini::error::ErrorStatus::StaleElementReference
    )
}
