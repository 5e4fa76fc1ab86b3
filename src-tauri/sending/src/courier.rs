//! The HTTP calls of the Kanta service API (`src-tauri/service/openapi.json`): those the outbox
//! makes (submit an application, ask for its status, ask whether the service answers at all)
//! and the one the summary of a service in use makes (its current data, `fetch`).
//! Every call ends within the timeout, so a dead network is an outcome, never a hang; redirects
//! are not followed (see `http_client`).

use std::time::Duration;

use thiserror::Error;

use kanta_domain::delivery::OutboxKind;
use kanta_storage::outbox::{OutboxItem, Payload, StatusCheck};

use super::Outcome;

#[derive(Debug, Error)]
#[error("the HTTP client cannot be built: {0}")]
pub struct CourierError(String);

/// A client of one Kanta service.
#[derive(Clone)]
pub struct Courier {
    http: reqwest::blocking::Client,
    service_url: String,
}

impl Courier {
    /// The timeout a try has in the app: long enough for a slow mobile connection.
    pub const TIMEOUT: Duration = Duration::from_secs(20);

    /// A client of the service at `service_url` (no trailing slash needed), each call ending
    /// after `timeout`.
    pub fn new(service_url: &str, timeout: Duration) -> Result<Courier, CourierError> {
        let http = kanta_http::blocking(timeout).map_err(|e| CourierError(e.to_string()))?;
        Ok(Courier {
            http,
            service_url: service_url.trim_end_matches('/').to_owned(),
        })
    }

    pub fn service_url(&self) -> &str {
        &self.service_url
    }

    /// One try of delivering `item`, with its idempotency key: an application
    /// (`POST /v1/applications`) or a change notification
    /// (`POST /v1/customers/{businessId}/changes`).
    pub fn submit(&self, access_token: &str, item: &OutboxItem) -> Outcome {
        let (url, body) = match &item.payload {
            Payload::Application(file) => (format!("{}/v1/applications", self.service_url), file.to_json_pretty()),
            Payload::Change(change) => (
                format!("{}/v1/customers/{}/changes", self.service_url, change.business_id),
                serde_json::to_string(change).expect("a change notification serialises"),
            ),
        };
        let request = self
            .http
            .post(url)
            .bearer_auth(access_token)
            .header("Idempotency-Key", &item.idempotency_key)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body);
        outcome(request)
    }

    /// The service's status of a delivered item: an application's
    /// (`GET /v1/applications/{id}`) or a change notification's
    /// (`GET /v1/customers/{businessId}/changes/{id}`).
    pub fn status(&self, access_token: &str, check: &StatusCheck) -> Outcome {
        let key = &check.idempotency_key;
        let url = match check.kind {
            OutboxKind::Application => format!("{}/v1/applications/{key}", self.service_url),
            OutboxKind::Change => format!("{}/v1/customers/{}/changes/{key}", self.service_url, check.organisation),
        };
        outcome(self.http.get(url).bearer_auth(access_token))
    }

    /// A service the customer uses, as the service holds it now
    /// (`GET /v1/customers/{businessId}/services/{service}`).
    pub fn customer_service(&self, access_token: &str, business_id: &str, service: &str) -> Outcome {
        let request = self
            .http
            .get(format!(
                "{}/v1/customers/{business_id}/services/{service}",
                self.service_url
            ))
            .bearer_auth(access_token);
        outcome(request)
    }

    /// The service's health (`GET /v1/health`, no token): its status code, or `None` when
    /// nothing answers.
    pub fn health(&self) -> Option<u16> {
        match outcome(self.http.get(format!("{}/v1/health", self.service_url))) {
            Outcome::Answered { status, .. } => Some(status),
            Outcome::NoAnswer => None,
        }
    }

    /// Whether the service answers at all: the online indicator.
    pub fn reachable(&self) -> bool {
        self.health().is_some()
    }
}

fn outcome(request: reqwest::blocking::RequestBuilder) -> Outcome {
    let response = match request.header(reqwest::header::ACCEPT, "application/json").send() {
        Ok(response) => response,
        Err(err) => {
            // The error names the host only; no token or personal data is in it.
            tracing::debug!(timeout = err.is_timeout(), connect = err.is_connect(), "no answer");
            return Outcome::NoAnswer;
        }
    };
    let status = response.status().as_u16();
    let retry_after_s = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok());
    // At most MAX_BODY_BYTES are read, whatever the server sends: a longer body is cut there
    // (its JSON then cannot be read, which each caller handles as an unreadable answer). A body
    // cut off mid-way by the connection is as good as no answer: the try is repeated.
    let mut body = Vec::new();
    match std::io::Read::read_to_end(&mut std::io::Read::take(response, MAX_BODY_BYTES), &mut body) {
        Ok(_) => Outcome::Answered {
            status,
            body,
            retry_after_s,
        },
        Err(_) => Outcome::NoAnswer,
    }
}

/// The most of an answer's body that is read: the service's answers are a few kilobytes (a
/// service in use with its contacts and 20 changes included).
pub const MAX_BODY_BYTES: u64 = 1024 * 1024;

#[cfg(test)]
mod tests {
    use kanta_http::test_support::serving;

    use super::*;

    #[test]
    fn a_huge_answer_is_read_only_up_to_its_bound_and_a_redirect_is_not_followed() {
        let courier = Courier::new(&serving(200, 64 * 1024 * 1024), Duration::from_secs(10)).unwrap();
        match courier.customer_service("token", "2718282-8", "prescription") {
            Outcome::Answered { status, body, .. } => {
                assert_eq!(status, 200);
                assert_eq!(body.len() as u64, MAX_BODY_BYTES, "cut at the bound, not 64 MiB");
            }
            other => panic!("{other:?}"),
        }
        let courier = Courier::new(&serving(307, 2), Duration::from_secs(10)).unwrap();
        assert!(
            matches!(
                courier.status(
                    "token",
                    &StatusCheck {
                        kind: OutboxKind::Application,
                        draft_id: None,
                        idempotency_key: "k".into(),
                        organisation: "o".into()
                    }
                ),
                Outcome::Answered { status: 307, .. }
            ),
            "the 307 itself is the outcome"
        );
    }
}
