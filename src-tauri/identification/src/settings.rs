//! Where the app logs in. The embedded default is the built-in test environment (no network, no
//! account). A real issuer is configured by environment variables or by `settings.json` in the
//! data folder; the environment wins:
//!
//! - `KANTA_EXTRANET_OIDC_ISSUER`: the issuer's URL (https; plain http only on loopback);
//! - `KANTA_EXTRANET_OIDC_CLIENT_ID`: this app's client id there (default `kanta-extranet-desktop`);
//! - `settings.json`: `{"identification": {"issuer": "https://…", "clientId": "…"}}`.

use std::path::Path;

use serde::Deserialize;
use thiserror::Error;

use super::OidcSettings;

pub const ISSUER_VAR: &str = "KANTA_EXTRANET_OIDC_ISSUER";
pub const CLIENT_ID_VAR: &str = "KANTA_EXTRANET_OIDC_CLIENT_ID";
pub const SERVICE_URL_VAR: &str = "KANTA_EXTRANET_SERVICE_URL";
pub const SETTINGS_FILE: &str = "settings.json";
pub const DEFAULT_CLIENT_ID: &str = "kanta-extranet-desktop";

/// How the app identifies its user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentificationSettings {
    /// The built-in test environment: fictional persons and organisations, no network.
    TestEnvironment,
    /// A real issuer, and the Kanta service that answers whom the person may act for.
    Oidc { oidc: OidcSettings, service_url: String },
}

#[derive(Debug, Clone, Error, PartialEq, Eq)]
pub enum SettingsError {
    #[error("{file} cannot be read as settings: {reason}")]
    File { file: String, reason: String },
    #[error("the issuer {0:?} must be an https URL (plain http only on 127.0.0.1 or localhost)")]
    Issuer(String),
    #[error("the service URL {0:?} must be an https URL (plain http only on 127.0.0.1 or localhost)")]
    ServiceUrl(String),
    #[error("an issuer is set but no service URL ({SERVICE_URL_VAR} or identification.serviceUrl)")]
    NoServiceUrl,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct File {
    #[serde(default)]
    identification: Option<FileIdentification>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct FileIdentification {
    issuer: String,
    #[serde(default)]
    client_id: Option<String>,
    #[serde(default)]
    service_url: Option<String>,
}

impl IdentificationSettings {
    /// From the process environment and the data folder's settings file.
    pub fn load(data_dir: &Path) -> Result<IdentificationSettings, SettingsError> {
        IdentificationSettings::from_sources(&|name| std::env::var(name).ok(), data_dir)
    }

    /// From `env` (a variable's value by name) and the settings file in `data_dir`.
    pub fn from_sources(
        env: &dyn Fn(&str) -> Option<String>,
        data_dir: &Path,
    ) -> Result<IdentificationSettings, SettingsError> {
        let set = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        let path = data_dir.join(SETTINGS_FILE);
        let file = match std::fs::read_to_string(&path) {
            Ok(text) => {
                serde_json::from_str::<File>(&text)
                    .map_err(|e| SettingsError::File {
                        file: path.display().to_string(),
                        reason: e.to_string(),
                    })?
                    .identification
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(SettingsError::File {
                    file: path.display().to_string(),
                    reason: e.to_string(),
                })
            }
        };
        let (file_issuer, file_client, file_service) = match file {
            Some(f) => (Some(f.issuer), f.client_id, f.service_url),
            None => (None, None, None),
        };
        let Some(issuer) = set(ISSUER_VAR).or(file_issuer) else {
            return Ok(IdentificationSettings::TestEnvironment);
        };
        if !is_safe_url(&issuer) {
            return Err(SettingsError::Issuer(issuer));
        }
        let service_url = set(SERVICE_URL_VAR)
            .or(file_service)
            .ok_or(SettingsError::NoServiceUrl)?;
        if !is_safe_url(&service_url) {
            return Err(SettingsError::ServiceUrl(service_url));
        }
        let client_id = set(CLIENT_ID_VAR)
            .or(file_client)
            .unwrap_or_else(|| DEFAULT_CLIENT_ID.to_owned());
        Ok(IdentificationSettings::Oidc {
            oidc: OidcSettings { issuer, client_id },
            service_url,
        })
    }
}

/// Tokens travel only over https, or over plain http to this machine (tests, a local broker):
/// the issuer, the service, and every endpoint the issuer's discovery names.
pub(crate) fn is_safe_url(text: &str) -> bool {
    let Ok(url) = openidconnect::url::Url::parse(text) else {
        return false;
    };
    let loopback = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    url.scheme() == "https" || (url.scheme() == "http" && loopback)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn load(env: &[(&str, &str)], file: Option<&str>) -> Result<IdentificationSettings, SettingsError> {
        let dir = tempfile::tempdir().unwrap();
        if let Some(text) = file {
            std::fs::write(dir.path().join(SETTINGS_FILE), text).unwrap();
        }
        let env: HashMap<String, String> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        IdentificationSettings::from_sources(&|name| env.get(name).cloned(), dir.path())
    }

    const SERVICE: &str = "https://palvelu.example.fi/kanta";

    fn oidc(issuer: &str, client_id: &str) -> IdentificationSettings {
        IdentificationSettings::Oidc {
            oidc: OidcSettings {
                issuer: issuer.into(),
                client_id: client_id.into(),
            },
            service_url: SERVICE.into(),
        }
    }

    #[test]
    fn nothing_configured_is_the_built_in_test_environment() {
        assert_eq!(load(&[], None), Ok(IdentificationSettings::TestEnvironment));
        assert_eq!(
            load(&[(ISSUER_VAR, " ")], Some("{}")),
            Ok(IdentificationSettings::TestEnvironment)
        );
    }

    #[test]
    fn the_environment_wins_over_the_file() {
        let file = r#"{"identification": {"issuer": "https://tunnistus.example.fi", "clientId": "from-file",
                       "serviceUrl": "https://palvelu.example.fi/kanta"}}"#;
        assert_eq!(
            load(&[], Some(file)),
            Ok(oidc("https://tunnistus.example.fi", "from-file"))
        );
        assert_eq!(
            load(&[(ISSUER_VAR, "https://other.example.fi")], Some(file)),
            Ok(oidc("https://other.example.fi", "from-file"))
        );
        assert_eq!(
            load(
                &[
                    (ISSUER_VAR, "http://127.0.0.1:4000"),
                    (CLIENT_ID_VAR, "test"),
                    (SERVICE_URL_VAR, SERVICE)
                ],
                None
            ),
            Ok(oidc("http://127.0.0.1:4000", "test"))
        );
        assert_eq!(
            load(
                &[(ISSUER_VAR, "https://x.example.fi"), (SERVICE_URL_VAR, SERVICE)],
                None
            ),
            Ok(oidc("https://x.example.fi", DEFAULT_CLIENT_ID))
        );
    }

    #[test]
    fn a_plain_http_issuer_elsewhere_or_a_broken_file_is_refused_with_its_reason() {
        assert_eq!(
            load(&[(ISSUER_VAR, "http://tunnistus.example.fi")], None),
            Err(SettingsError::Issuer("http://tunnistus.example.fi".into()))
        );
        assert!(matches!(
            load(&[(ISSUER_VAR, "not a url")], None),
            Err(SettingsError::Issuer(_))
        ));
        assert!(matches!(load(&[], Some("{ not json")), Err(SettingsError::File { .. })));
        assert_eq!(
            load(&[(ISSUER_VAR, "https://x.example.fi")], None),
            Err(SettingsError::NoServiceUrl)
        );
        assert_eq!(
            load(
                &[
                    (ISSUER_VAR, "https://x.example.fi"),
                    (SERVICE_URL_VAR, "http://palvelu.example.fi")
                ],
                None
            ),
            Err(SettingsError::ServiceUrl("http://palvelu.example.fi".into()))
        );
        assert!(matches!(
            load(&[], Some(r#"{"identification": {"isuer": "https://typo.example.fi"}}"#)),
            Err(SettingsError::File { .. })
        ));
    }
}
