//! The Kanta service's answer, after login, to "whom may this person act for, and on what
//! grounds": `GET {service}/v1/organisations` with the access token as a bearer. The service
//! (not the app) checks the responsible-person role and the Suomi.fi mandate.

use serde::Deserialize;

use super::{Http, LoginError};
use kanta_domain::identity::Representation;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Answer {
    organisations: Vec<Representation>,
}

/// The organisations the person with `access_token` may act for. An empty list is an answer
/// (the person gets the advice), not an error.
pub fn representations(http: &Http, service_url: &str, access_token: &str) -> Result<Vec<Representation>, LoginError> {
    let url = format!("{}/v1/organisations", service_url.trim_end_matches('/'));
    let (status, body) = http
        .get_with_token(&url, access_token)
        .map_err(|e| LoginError::Service(e.to_string()))?;
    if status != 200 {
        return Err(LoginError::Service(format!("HTTP status {status}")));
    }
    let answer: Answer = serde_json::from_slice(&body).map_err(|e| LoginError::Service(e.to_string()))?;
    Ok(answer.organisations)
}
