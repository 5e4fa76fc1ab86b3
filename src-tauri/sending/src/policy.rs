//! The retry policy: what one delivery attempt's outcome means, and when the next try is due.
//!
//! - 2xx: delivered; the server's answer is kept.
//! - 401: the session ran out; the item waits for the next login, then goes on.
//! - 403 under a session other than the sender's: this person may not send it, which says
//!   nothing of the item; it waits for a login by someone who may (`Next::NeedsAnotherPerson`).
//! - 408, 429 and 5xx, a timeout or a dropped connection: tried again later, with capped
//!   exponential backoff and jitter (so that many pharmacies coming back online at once do not
//!   all knock at the same second). A 429's `Retry-After` is honoured.
//! - 1xx and 3xx: not an answer to act on (redirects are not followed: a redirected POST
//!   would lose its body), so a service error tried again, never a refusal that loses the item.
//! - Any other 4xx: refused, never retried; the server's code says why (at most
//!   `MAX_CODE_CHARS` of it), and the user is told in their language.
//!
//! Nothing is ever dropped silently: an item is delivered, refused with a reason, or waiting.

use kanta_domain::delivery::{DeliveryProblem, StatusDocument, TryResult};

/// What came back from one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The server answered with this status; `retry_after_s` from its `Retry-After` header.
    Answered {
        status: u16,
        body: Vec<u8>,
        retry_after_s: Option<u64>,
    },
    /// No answer: a timeout, a refused or dropped connection, no network.
    NoAnswer,
}

/// What the outbox does next with the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Delivered; the server's answer (its status document) is kept.
    Delivered { answer: Vec<u8> },
    /// Waits for a new login, then is tried again.
    NeedsLogin,
    /// Refused to this person, who did not send it: waits for a login by someone else.
    NeedsAnotherPerson,
    /// Refused for good; the server's problem code, if it gave one.
    Refused { status: u16, code: Option<String> },
    /// Tried again at `at_ms` (milliseconds since the Unix epoch), `because` of what this try met.
    RetryAt { at_ms: i64, because: DeliveryProblem },
}

impl Next {
    /// What the outbox records of this try: the service's status document of a delivery, or
    /// why it waits or failed.
    pub fn recorded<S: StatusDocument>(&self) -> TryResult<S> {
        match self {
            Next::Delivered { answer } => TryResult::Delivered {
                server: S::read(answer),
            },
            Next::NeedsLogin => TryResult::Waiting {
                until: None,
                because: DeliveryProblem::LoginRequired,
            },
            Next::NeedsAnotherPerson => TryResult::Waiting {
                until: None,
                because: DeliveryProblem::AnotherPersonRequired,
            },
            Next::Refused { status, code } => TryResult::Failed {
                because: DeliveryProblem::Refused {
                    status: *status,
                    code: code.clone(),
                },
            },
            Next::RetryAt { at_ms, because } => TryResult::Waiting {
                until: Some(*at_ms),
                because: because.clone(),
            },
        }
    }
}

/// Capped exponential backoff with jitter: `base × 2^attempt`, at most `cap`, then ± `jitter`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backoff {
    pub base_ms: i64,
    pub cap_ms: i64,
    /// The share of the delay the jitter may add or take away (0.2: ±20 %).
    pub jitter: f64,
}

impl Default for Backoff {
    fn default() -> Backoff {
        Backoff::STANDARD
    }
}

impl Backoff {
    /// 1 s, 2 s, 4 s … up to 5 minutes, ±20 %.
    pub const STANDARD: Backoff = Backoff {
        base_ms: 1_000,
        cap_ms: 300_000,
        jitter: 0.2,
    };

    /// The delay before try number `attempt + 1` (`attempt` tries have failed so far, at least
    /// one), given `random` in [0, 1).
    pub fn delay_ms(&self, attempt: u32, random: f64) -> i64 {
        let exponent = attempt.saturating_sub(1).min(30);
        let plain = self.base_ms.saturating_mul(1_i64 << exponent).min(self.cap_ms);
        let spread = (plain as f64 * self.jitter * (2.0 * random.clamp(0.0, 1.0) - 1.0)) as i64;
        (plain + spread).max(0)
    }

    /// What to do after the `attempt`-th try (1-based) of an item sent by `sender` ended in
    /// `outcome` at `now_ms` under `person`'s session.
    pub fn next_for(
        &self,
        outcome: Outcome,
        attempt: u32,
        now_ms: i64,
        random: f64,
        (sender, person): (Option<&str>, &str),
    ) -> Next {
        match outcome {
            // Not known who sent it (queued before that was kept), or someone else did.
            Outcome::Answered { status: 403, .. } if sender != Some(person) => Next::NeedsAnotherPerson,
            outcome => self.next(outcome, attempt, now_ms, random),
        }
    }

    /// What to do after the `attempt`-th try (1-based) ended in `outcome` at `now_ms`, by the
    /// person who sent the item.
    pub fn next(&self, outcome: Outcome, attempt: u32, now_ms: i64, random: f64) -> Next {
        let retry = |because, extra_ms: Option<i64>| {
            let delay = self.delay_ms(attempt, random);
            Next::RetryAt {
                at_ms: now_ms + extra_ms.map_or(delay, |extra| extra.max(delay)),
                because,
            }
        };
        match outcome {
            Outcome::NoAnswer => retry(DeliveryProblem::NoAnswer, None),
            Outcome::Answered { status, body, .. } if (200..300).contains(&status) => Next::Delivered { answer: body },
            Outcome::Answered { status: 401, .. } => Next::NeedsLogin,
            Outcome::Answered {
                status: 429,
                retry_after_s,
                ..
            } => retry(
                DeliveryProblem::ServiceError { status: 429 },
                retry_after_s.map(|s| (s.min(3_600) * 1_000) as i64),
            ),
            Outcome::Answered { status, .. } if !(400..500).contains(&status) || status == 408 => {
                retry(DeliveryProblem::ServiceError { status }, None)
            }
            Outcome::Answered { status, body, .. } => Next::Refused {
                status,
                code: serde_json::from_slice::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(short_code)),
            },
        }
    }
}

/// The most of a refusal's `code` that is kept and shown: the service's codes are short words;
/// anything longer is cut, so a misbehaving server cannot fill the database or the screen.
pub const MAX_CODE_CHARS: usize = 64;

fn short_code(code: &str) -> String {
    code.chars().take(MAX_CODE_CHARS).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(status: u16, body: &str) -> Outcome {
        Outcome::Answered {
            status,
            body: body.as_bytes().to_vec(),
            retry_after_s: None,
        }
    }

    #[test]
    fn delays_double_up_to_the_cap_and_the_jitter_stays_within_its_share() {
        let backoff = Backoff::default();
        let middle: Vec<i64> = (1..=10).map(|attempt| backoff.delay_ms(attempt, 0.5)).collect();
        assert_eq!(
            middle,
            vec![1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000, 300_000]
        );
        assert_eq!(backoff.delay_ms(1_000, 0.5), 300_000, "no overflow, still the cap");
        for attempt in 1..=12 {
            let plain = backoff.delay_ms(attempt, 0.5) as f64;
            let (low, high) = (
                backoff.delay_ms(attempt, 0.0) as f64,
                backoff.delay_ms(attempt, 0.999_999) as f64,
            );
            assert!(
                low >= plain * 0.8 - 1.0 && high <= plain * 1.2 + 1.0,
                "{attempt}: {low} {high}"
            );
            assert!(high - low > plain * 0.3, "{attempt}: the jitter spreads");
        }
    }

    #[test]
    fn each_answer_leads_where_it_should() {
        let backoff = Backoff::default();
        let now = 1_000_000;
        let next = |outcome, attempt| backoff.next(outcome, attempt, now, 0.5);
        assert_eq!(
            next(answered(201, r#"{"status":"received"}"#), 1),
            Next::Delivered {
                answer: br#"{"status":"received"}"#.to_vec()
            }
        );
        assert_eq!(next(answered(200, "{}"), 3), Next::Delivered { answer: b"{}".to_vec() });
        assert_eq!(next(answered(401, ""), 1), Next::NeedsLogin);
        // 1xx and 3xx too: a service error tried again, never a refusal that loses the item.
        for status in [500, 502, 503, 504, 408, 100, 199, 301, 302, 303, 307, 308, 399, 600] {
            assert_eq!(
                next(answered(status, ""), 2),
                Next::RetryAt {
                    at_ms: now + 2_000,
                    because: DeliveryProblem::ServiceError { status }
                },
                "{status}"
            );
        }
        assert_eq!(
            next(Outcome::NoAnswer, 4),
            Next::RetryAt {
                at_ms: now + 8_000,
                because: DeliveryProblem::NoAnswer
            }
        );
        assert_eq!(
            next(answered(422, r#"{"code":"invalid"}"#), 1),
            Next::Refused {
                status: 422,
                code: Some("invalid".into())
            }
        );
        assert_eq!(
            next(answered(403, "not json"), 1),
            Next::Refused {
                status: 403,
                code: None
            }
        );
        let long = format!(r#"{{"code":"{}"}}"#, "x".repeat(10_000));
        assert_eq!(
            next(answered(400, &long), 1),
            Next::Refused {
                status: 400,
                code: Some("x".repeat(MAX_CODE_CHARS))
            },
            "a code is cut to its bound"
        );
        let busy = Outcome::Answered {
            status: 429,
            body: Vec::new(),
            retry_after_s: Some(120),
        };
        assert_eq!(
            next(busy, 1),
            Next::RetryAt {
                at_ms: now + 120_000,
                because: DeliveryProblem::ServiceError { status: 429 }
            },
            "Retry-After wins when longer"
        );
    }

    /// On a shared workstation B's 403 for A's application says B may not send it, not that
    /// the service refuses it: it waits for another login. The sender's own 403 is a refusal.
    #[test]
    fn a_403_fails_an_item_only_under_its_sender_s_session() {
        let backoff = Backoff::default();
        let next =
            |sender, person| backoff.next_for(answered(403, r#"{"code":"forbidden"}"#), 1, 0, 0.5, (sender, person));
        assert_eq!(next(Some("anna"), "bertil"), Next::NeedsAnotherPerson);
        assert_eq!(next(None, "bertil"), Next::NeedsAnotherPerson, "sender not known");
        assert_eq!(
            next(Some("anna"), "anna"),
            Next::Refused {
                status: 403,
                code: Some("forbidden".into())
            }
        );
        assert_eq!(
            backoff.next_for(answered(201, "{}"), 1, 0, 0.5, (Some("anna"), "bertil")),
            Next::Delivered { answer: b"{}".to_vec() },
            "anyone who may act for it delivers it"
        );
    }
}
