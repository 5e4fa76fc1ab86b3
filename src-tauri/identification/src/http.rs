//! The HTTP client openidconnect calls: the core's (`http_client`), which follows no redirects
//! (an identity provider's endpoints must not bounce a token request elsewhere) and gives up
//! after a timeout, so a dead network is an error, never a hang.

use std::time::Duration;

use openidconnect::{HttpRequest, HttpResponse};
use thiserror::Error;

#[derive(Debug, Error)]
#[error("HTTP: {0}")]
pub struct HttpError(String);

#[derive(Clone)]
pub struct Http(reqwest::blocking::Client);

impl Http {
    pub fn new() -> Result<Http, HttpError> {
        kanta_http::blocking(Duration::from_secs(30))
            .map(Http)
            .map_err(|e| HttpError(e.to_string()))
    }

    /// One request, as openidconnect's `SyncHttpClient` makes it.
    pub fn call(&self, request: HttpRequest) -> Result<HttpResponse, HttpError> {
        let (parts, body) = request.into_parts();
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
        let body = response.bytes().map_err(|e| HttpError(e.to_string()))?.to_vec();
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
        let body = response.bytes().map_err(|e| HttpError(e.to_string()))?.to_vec();
        Ok((status, body))
    }
}
