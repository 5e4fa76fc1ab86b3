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

    /// Whether the service answers (`GET /v1/health`, no token): the online indicator.
    pub fn reachable(&self) -> bool {
        matches!(
            outcome(self.http.get(format!("{}/v1/health", self.service_url))),
            Outcome::Answered { .. }
        )
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
    // A body cut off mid-way is as good as no answer: the try is repeated.
    match response.bytes() {
        Ok(body) => Outcome::Answered {
            status,
            body: body.to_vec(),
            retry_after_s,
        },
        Err(_) => Outcome::NoAnswer,
    }
}
