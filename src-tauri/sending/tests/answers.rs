//! The client's reading of the Kanta service's answers, fuzzed with proptest: any status with any
//! body (problem documents with codes of any length, status documents with reasons of any
//! length, malformed, truncated and large JSON, raw bytes) ends in one of the outcomes the
//! retry policy names, never a panic, with the server's words cut to their bounds and never
//! quoted into an error.

use kanta_domain::{
    delivery::{ServerStatus, StatusDocument, MAX_REASON_CHARS},
    model::{ChangeStatusView, Service},
};
use kanta_sending::{
    fetch::{read_answer, FetchError},
    policy::MAX_CODE_CHARS,
    Backoff, Next, Outcome,
};
use proptest::prelude::*;

/// Bodies a service might send: a problem document with any code, a status document with any
/// reason, JSON cut anywhere, deeply nested or long arrays, and raw bytes.
fn body() -> impl Strategy<Value = Vec<u8>> {
    let text = ".{0,3000}";
    prop_oneof![
        text.prop_map(|code| serde_json::json!({ "code": code }).to_string().into_bytes()),
        (
            text,
            prop::sample::select(vec!["received", "in-processing", "approved", "returned", "draft", "x"])
        )
            .prop_map(|(reason, status)| serde_json::json!({
                "applicationId": "0f0c1a52-7c1c-4a4e-9a43-56a4b1c8e001",
                "changeId": "0f0c1a52-7c1c-4a4e-9a43-56a4b1c8e001",
                "status": status,
                "reason": reason,
                "updatedAt": "2026-11-23T10:00:00Z"
            })
            .to_string()
            .into_bytes()),
        (any::<u16>(), 0usize..400).prop_map(|(seed, cut)| {
            let text = serde_json::json!({ "code": seed.to_string(), "service": "prescription", "contacts": [{}] })
                .to_string();
            text.as_bytes()[..cut.min(text.len())].to_vec()
        }),
        (1usize..20_000).prop_map(|depth| format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes()),
        prop::collection::vec(any::<u8>(), 0..4096),
    ]
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![100u16..600, any::<u16>()]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn every_answer_leads_to_a_named_outcome(status in status(), body in body(), attempt in 1u32..40) {
        let now = 1_000_000;
        let outcome = Outcome::Answered { status, body: body.clone(), retry_after_s: None };
        match Backoff::default().next(outcome, attempt, now, 0.5) {
            Next::Delivered { answer } => {
                prop_assert!((200..300).contains(&status));
                prop_assert_eq!(answer, body);
            }
            Next::NeedsLogin => prop_assert_eq!(status, 401),
            Next::NeedsAnotherPerson => prop_assert!(false, "only for another person's 403"),
            Next::Refused { status: refused, code } => {
                prop_assert!((400..500).contains(&status) && ![401, 408, 429].contains(&status));
                prop_assert_eq!(refused, status);
                prop_assert!(code.is_none_or(|c| c.chars().count() <= MAX_CODE_CHARS));
            }
            Next::RetryAt { at_ms, .. } => {
                prop_assert!(!(200..300).contains(&status) && status != 401);
                prop_assert!(at_ms >= now && at_ms <= now + 3_600_000);
            }
        }
    }

    #[test]
    fn another_person_s_403_never_fails_an_item(body in body()) {
        let outcome = Outcome::Answered { status: 403, body, retry_after_s: None };
        let next = Backoff::default().next_for(outcome, 1, 0, 0.5, (Some("anna"), "bertil"));
        prop_assert_eq!(next, Next::NeedsAnotherPerson);
    }

    #[test]
    fn a_status_document_is_read_or_not_and_its_reason_is_bounded(body in body()) {
        if let Some(status) = ServerStatus::read(&body) {
            prop_assert!(status.reason.is_none_or(|r| r.chars().count() <= MAX_REASON_CHARS + 1));
        }
        if let Some(view) = ChangeStatusView::read(&body) {
            prop_assert!(view.reason.is_none_or(|r| r.chars().count() <= MAX_REASON_CHARS + 1));
        }
    }

    #[test]
    fn a_service_in_use_answer_never_panics_and_never_quotes_the_body(status in status(), marker in "[A-Za-z]{12}") {
        let body = format!(r#"{{"service":"prescription","contacts":[{{"firstName":"{marker}"}}],"x":"{marker}"}}"#);
        match read_answer(status, body.as_bytes(), Service::Prescription) {
            Ok(_) => prop_assert_eq!(status, 200),
            Err(FetchError::Unreadable(why)) => {
                prop_assert_eq!(status, 200);
                prop_assert!(!why.contains(&marker), "the body quoted: {}", why);
            }
            Err(FetchError::LoginRequired) => prop_assert_eq!(status, 401),
            Err(FetchError::NotInUse(s)) => prop_assert!(s == 403 || s == 404),
            Err(FetchError::Unavailable) => prop_assert!(![200, 401, 403, 404].contains(&status)),
        }
    }

    #[test]
    fn any_bytes_as_a_service_in_use_are_an_outcome(body in body()) {
        let _ = read_answer(200, &body, Service::Prescription);
    }
}
