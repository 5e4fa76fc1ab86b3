//! The Kanta service's answer, after login, to "whom may this person act for, and on what
//! grounds": `GET {service}/v1/organisations` with the access token as a bearer. The service
//! (not the app) checks the responsible-person role and the Suomi.fi mandate.

use serde::Deserialize;

use super::{Http, LoginError};
use kanta_domain::{identity::Representation, validation::business_id::BusinessId};

/// The most organisations one person is taken to act for: a broker for a chain of pharmacies has
/// tens; beyond this the answer is not believed to be meant.
pub const MAX_ORGANISATIONS: usize = 500;

/// The most characters of an organisation's name or OID: anything longer is not a register's.
const MAX_CHARS: usize = 500;

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
    Ok(checked(answer.organisations))
}

/// The organisations whose data can be used as it is: a business ID with a right check digit,
/// written the one way (`1234567-8`), since it becomes a key in the database, a part of a
/// service URL and of a file name, and a name and OID of a sane length; at most
/// [`MAX_ORGANISATIONS`]. Anything else is left out (and counted in the log), never used.
fn checked(organisations: Vec<Representation>) -> Vec<Representation> {
    let offered = organisations.len();
    let usable: Vec<Representation> = organisations
        .into_iter()
        .filter(|rep| {
            let register = &rep.organisation;
            BusinessId::parse(&register.business_id).is_ok_and(|id| id.to_string() == register.business_id)
                && register.name.chars().count() <= MAX_CHARS
                && register.oid.chars().count() <= MAX_CHARS
        })
        .take(MAX_ORGANISATIONS)
        .collect();
    if usable.len() < offered {
        tracing::warn!(
            offered,
            usable = usable.len(),
            "organisations left out of the service's answer"
        );
    }
    usable
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Business IDs become keys, URL paths and file names: one that is not a Y-tunnus in its one
    /// form never gets that far.
    #[test]
    fn only_organisations_with_a_proper_business_id_are_taken() {
        let good = kanta_domain::test_environment::tiina().representations()[0].clone();
        let with_id = |id: &str| {
            let mut rep = good.clone();
            rep.organisation.business_id = id.into();
            rep
        };
        let mut long_name = good.clone();
        long_name.organisation.name = "x".repeat(MAX_CHARS + 1);
        let answer = vec![
            with_id("../../etc/passwd"),
            with_id("3141593-8/../x"),
            with_id(" 3141593-8"),
            with_id("314159-38"),
            with_id("3141593-9"),
            long_name,
            good.clone(),
        ];
        assert_eq!(checked(answer), vec![good.clone()]);
        assert_eq!(checked(vec![good; MAX_ORGANISATIONS + 10]).len(), MAX_ORGANISATIONS);
    }
}
