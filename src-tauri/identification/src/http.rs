//! The HTTP client openidconnect calls: the core's (`http_client`), which follows no redirects
//! (an identity provider's endpoints must not bounce a token request elsewhere) and gives up
//! after a timeout, so a dead network is an error, never a hang.

use std::time::Duration;

use openidconnect::{HttpRequest, HttpResponse};
use thiserror::Error;

#[derive(Debug, Error)]
#[error("HTTP: {0}")]
pub struct HttpError(String);

/// The most of any answer read here: a provider's discovery document, token answer and keys
/// are a few kilobytes, the service's list of organisations some hundreds of bytes each.
pub const MAX_ANSWER_BYTES: u64 = 1024 * 1024;

#[derive(Clone)]
pub struct Http(reqwest::blocking::Client);

impl Http {
    pub fn new() -> Result<Http, HttpError> {
        kanta_http::blocking(Duration::from_secs(30))
            .map(Http)
            .map_err(|e| HttpError(e.to_string()))
    }

    /// One request, as openidconnect's `SyncHttpClient` makes it: only over https, or plain
    /// http to this machine, whatever URL the issuer's discovery named (the JWKS is fetched
    /// during discovery itself, before the app could look at the document).
    pub fn call(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let (parts, body) = request.into_parts();
        let uri = parts.uri.to_string();
        if !super::settings::is_safe_url(&uri) {
            return Err(HttpError(format!("{uri} refused: not https")));
        }
        let response = self
            .0
            .request(parts.method, parts.uri.to_string())
            .headers(parts.headers)
            .body(body)
            .send()
            .map_err(|e| HttpError(e.to_string()))?;
        let mut builder = openidconnect::http::Response::builder().status(response.status());
        for (name, value) in response.headers() {
            builder = builder.header(name, value);
        }
        let body = kanta_http::read_at_most(response, MAX_ANSWER_BYTES).map_err(|e| HttpError(e.to_string()))?;
        builder.body(body).map_err(|e| HttpError(e.to_string()))
    }

    /// A GET with the access token as a bearer, answering the status and the body. The token
    /// is sent only over https or to loopback (settings refuse anything else).
    pub fn get_with_token(&self, url: &str, access_token: &str) -> Result<(u16, Vec<u8>), HttpError> {
        let response = self
            .0
            .get(url)
            .bearer_auth(access_token)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .map_err(|e| HttpError(e.to_string()))?;
        let status = response.status().as_u16();
        let body = kanta_http::read_at_most(response, MAX_ANSWER_BYTES).map_err(|e| HttpError(e.to_string()))?;
        Ok((status, body))
    }
}

#[cfg(test)]
mod tests {
    use kanta_http::test_support::serving;

    use super::*;

    /// A provider (discovery, token, keys) or a service (organisations) answering 64 MiB: the
    /// call fails at the bound instead of reading it all; an answer within the bound reads.
    #[test]
    fn an_answer_over_the_bound_is_an_error_not_read_whole() {
        let http = Http::new().unwrap();
        let huge = serving(200, 64 * 1024 * 1024);
        assert!(http.get_with_token(&format!("{huge}/v1/organisations"), "t").is_err());
        let request = openidconnect::http::Request::builder()
            .uri(format!("{huge}/.well-known/openid-configuration"))
            .body(Vec::new())
            .unwrap();
        assert!(http.call(request).is_err());
        let small = serving(200, 1_000);
        assert_eq!(http.get_with_token(&small, "t").unwrap().1.len(), 1_000);
    }
}
