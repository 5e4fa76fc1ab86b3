//! Opening the pages the guide names (`kanta_domain::links`) in the system browser, and the
//! support address in the mail program. The UI asks by name; the address is the core's, in the
//! user's language; the host opens it outside the app (the webview navigates nowhere).

use kanta_domain::links::Link;

use super::App;
use crate::error::Error;

impl App {
    /// Opens `link` for the user's language. A failure (no browser on this computer) answers
    /// the address, which the UI shows for the user to open by hand.
    pub fn open_link(&self, link: Link) -> Result<(), Error> {
        let url = link.url(self.language());
        self.host.open_browser(url).map_err(|detail| {
            tracing::warn!(?link, %detail, "a link did not open");
            Error::LinkNotOpened { url, detail }
        })
    }
}
