//! The built-in test service on its own, for the API's fuzzing (`tests/dev/fuzz-api.sh`, which
//! runs schemathesis against it from `openapi.json`): it starts at a free port on loopback and
//! prints `ready <url> <token>`, a token of Tiina Testaaja issued by this process (the service
//! takes no other), then serves until its standard input closes. Not shipped: an example.

use std::io::Read;

use kanta_domain::test_environment::{self, tokens};
use kanta_service::{TestService, Timing};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let service = TestService::start(Timing::default()).await?;
    let token = tokens::issue(test_environment::tiina());
    println!("ready {} {token}", service.url);
    tokio::task::spawn_blocking(|| {
        let mut rest = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut rest);
    })
    .await
    .ok();
    service.stop();
    Ok(())
}
