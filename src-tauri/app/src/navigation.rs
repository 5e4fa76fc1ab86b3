//! Where the webview may go: only the app's own pages. The shell's navigation guard asks
//! [`is_own_page`] for every navigation and refuses the rest; the rule is here, where it is
//! tested without a window.

/// Whether the webview may show `url`: only the app's own pages, as Tauri serves them
/// (`tauri://localhost` on Linux and macOS, `http(s)://tauri.localhost` on Windows). No remote
/// page, no file, no other scheme: a link that slipped into a text, or a script, leads nowhere.
pub fn is_own_page(url: &str) -> bool {
    let Some((scheme, rest)) = url.split_once("://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    matches!(
        (scheme, host),
        ("tauri", "localhost") | ("http" | "https", "tauri.localhost")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_webview_shows_only_the_app_s_own_pages() {
        for own in [
            "tauri://localhost",
            "tauri://localhost/index.html",
            "http://tauri.localhost/",
            "https://tauri.localhost/assets/x.js?v=1#top",
        ] {
            assert!(is_own_page(own), "{own}");
        }
        for other in [
            "https://kanta.fi/",
            "https://tauri.localhost.evil.example/",
            "http://localhost:1420/",
            "tauri://localhost.evil/",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "data:text/html,<script>",
            "https://user@tauri.localhost@evil.example/",
            "",
        ] {
            assert!(!is_own_page(other), "{other}");
        }
    }
}
