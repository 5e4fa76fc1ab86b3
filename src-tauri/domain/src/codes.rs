//! Codes: unit enums (services, steps, states, validation and error codes) whose serialised
//! kebab-case name is their identity everywhere: in JSON, in the database and in message ids.

use serde::{de::DeserializeOwned, Serialize};

/// The code's serialised name, e.g. `client-data-archive`.
pub fn name<T: Serialize>(code: &T) -> String {
    match serde_json::to_value(code) {
        Ok(serde_json::Value::String(name)) => name,
        _ => panic!("a code serialises as a string"),
    }
}

/// The Fluent id of a code: `<prefix>-<code as serialised>`, e.g. `validation-postal-code` for
/// `ValidationCode::PostalCode`. Every id built from a code goes through here.
pub fn code_message_id<T: Serialize>(prefix: &str, code: &T) -> String {
    format!("{prefix}-{}", name(code))
}

/// The code with this serialised name, if there is one.
pub fn parse<T: DeserializeOwned>(name: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

#[cfg(test)]
mod tests {
    use crate::{model::Service, step::StepId};

    #[test]
    fn names_round_trip() {
        assert_eq!(super::name(&Service::ClientDataArchive), "client-data-archive");
        assert_eq!(super::parse::<StepId>("customer-data"), Some(StepId::CustomerData));
        assert_eq!(super::parse::<Service>("no-such-service"), None);
    }
}
