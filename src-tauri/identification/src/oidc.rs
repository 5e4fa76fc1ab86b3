//! The OpenID Connect login of a native app (RFC 8252) through the openidconnect crate: the
//! authorization code flow with PKCE (S256) in the system browser, the loopback redirect, and
//! every check on what comes back: the state on the redirect; the ID token's signature against
//! the issuer's JWKS, its issuer, audience, expiry and nonce. Nothing is kept until all pass.

use openidconnect::{
    core::{CoreAuthenticationFlow, CoreClient, CoreProviderMetadata, CoreTokenResponse},
    AuthorizationCode, ClaimsVerificationError, ClientId, CsrfToken, EndpointMaybeSet, EndpointNotSet, EndpointSet,
    IssuerUrl, Nonce, OAuth2TokenResponse, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, Scope, TokenResponse as _,
};

use super::{http::Http, loopback::Redirect, LoginError, Tokens};

/// Where to log in: the issuer (discovered from its `.well-known/openid-configuration`) and
/// this app's client id there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OidcSettings {
    pub issuer: String,
    pub client_id: String,
}

type Client =
    CoreClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointMaybeSet, EndpointMaybeSet>;

/// Who logged in, from the verified ID token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identified {
    /// The issuer's stable id of the person.
    pub subject: String,
    /// The name to show and to sign with.
    pub name: String,
}

/// One login attempt, from the authorization URL to the verified tokens.
pub struct Login {
    client: Client,
    http: Http,
    pub(super) verifier: Option<PkceCodeVerifier>,
    state: CsrfToken,
    pub(super) nonce: Nonce,
    authorize_url: openidconnect::url::Url,
}

impl Login {
    /// Discovers the issuer and makes the URL to open in the system browser, with a fresh
    /// PKCE verifier, state and nonce.
    pub fn begin(settings: &OidcSettings, redirect_uri: &str, http: Http) -> Result<Login, LoginError> {
        let issuer = IssuerUrl::new(settings.issuer.clone()).map_err(|e| LoginError::Settings(e.to_string()))?;
        let metadata = CoreProviderMetadata::discover(&issuer, &|r| http.call(r))
            .map_err(|e| LoginError::Discovery(with_causes(&e)))?;
        // Before any is used or opened: the browser is sent to the authorization endpoint, the
        // code and verifier to the token endpoint, and the keys that prove the ID token come
        // from the JWKS. A discovery document naming any of them on plain http elsewhere (or
        // another scheme) is refused whole.
        let endpoints = [
            (
                "authorization_endpoint",
                Some(metadata.authorization_endpoint().as_str()),
            ),
            ("token_endpoint", metadata.token_endpoint().map(|u| u.as_str())),
            ("jwks_uri", Some(metadata.jwks_uri().as_str())),
            ("userinfo_endpoint", metadata.userinfo_endpoint().map(|u| u.as_str())),
        ];
        for (name, url) in endpoints {
            if url.is_some_and(|url| !super::settings::is_safe_url(url)) {
                return Err(LoginError::Discovery(format!(
                    "the issuer's {name} is not https (plain http only on this machine)"
                )));
            }
        }
        let redirect = RedirectUrl::new(redirect_uri.to_owned()).map_err(|e| LoginError::Settings(e.to_string()))?;
        let client = CoreClient::from_provider_metadata(metadata, ClientId::new(settings.client_id.clone()), None)
            .set_redirect_uri(redirect);
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let (authorize_url, state, nonce) = client
            .authorize_url(
                CoreAuthenticationFlow::AuthorizationCode,
                CsrfToken::new_random,
                Nonce::new_random,
            )
            .add_scope(Scope::new("profile".into()))
            .set_pkce_challenge(challenge)
            .url();
        Ok(Login {
            client,
            http,
            verifier: Some(verifier),
            state,
            nonce,
            authorize_url,
        })
    }

    /// The state this attempt sent: the loopback takes only the redirect that carries it.
    pub fn state(&self) -> &str {
        self.state.secret()
    }

    /// The URL to open in the system browser.
    pub fn authorize_url(&self) -> &openidconnect::url::Url {
        &self.authorize_url
    }

    /// Checks the redirect, exchanges its code (with the PKCE verifier) and verifies the ID
    /// token. The tokens are returned only when every check passed.
    pub fn complete(mut self, redirect: &Redirect) -> Result<(Identified, Tokens), LoginError> {
        let code = self.check_redirect(redirect)?;
        let response = self.exchange(code)?;
        let identified = self.verify(&response)?;
        Ok((identified, tokens(&response)))
    }

    /// The state must be the one this attempt sent (compared in constant time): anything else
    /// is a forged or crossed response, refused before the code is used.
    pub(crate) fn check_redirect(&self, redirect: &Redirect) -> Result<AuthorizationCode, LoginError> {
        if let Some(error) = &redirect.error {
            return Err(LoginError::Denied(error.clone()));
        }
        if !super::loopback::same_secret(redirect.state.as_deref().unwrap_or(""), self.state.secret()) {
            return Err(LoginError::StateMismatch);
        }
        redirect
            .code
            .clone()
            .map(AuthorizationCode::new)
            .ok_or_else(|| LoginError::TokenExchange("the redirect has no code".into()))
    }

    pub(crate) fn exchange(&mut self, code: AuthorizationCode) -> Result<CoreTokenResponse, LoginError> {
        let verifier = self
            .verifier
            .take()
            .ok_or(LoginError::TokenExchange("the code was used already".into()))?;
        let http = &self.http;
        self.client
            .exchange_code(code)
            .map_err(|e| LoginError::Discovery(e.to_string()))?
            .set_pkce_verifier(verifier)
            .request(&|r| http.call(r))
            .map_err(|e| LoginError::TokenExchange(e.to_string()))
    }

    /// The ID token's checks: signature (JWKS), issuer, audience, expiry, nonce.
    pub(crate) fn verify(&self, response: &CoreTokenResponse) -> Result<Identified, LoginError> {
        let id_token = response
            .id_token()
            .ok_or(LoginError::IdToken(IdTokenProblem::Missing))?;
        let claims = id_token
            .claims(&self.client.id_token_verifier(), &self.nonce)
            .map_err(|e| LoginError::IdToken(IdTokenProblem::from(&e)))?;
        let name = claims
            .name()
            .and_then(|n| n.get(None))
            .map(|n| n.as_str().to_owned())
            .unwrap_or_default();
        Ok(Identified {
            subject: claims.subject().as_str().to_owned(),
            name,
        })
    }
}

fn tokens(response: &CoreTokenResponse) -> Tokens {
    Tokens {
        access_token: response.access_token().secret().clone(),
        refresh_token: response.refresh_token().map(|t| t.secret().clone()),
        id_token: response.id_token().map(|t| t.to_string()).unwrap_or_default(),
        expires_in_s: response.expires_in().map(|d| d.as_secs()),
    }
}

/// Which of the ID token's checks failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdTokenProblem {
    Missing,
    Signature,
    Issuer,
    Audience,
    Expired,
    Nonce,
    Other,
}

impl From<&ClaimsVerificationError> for IdTokenProblem {
    fn from(e: &ClaimsVerificationError) -> IdTokenProblem {
        match e {
            ClaimsVerificationError::SignatureVerification(_) => IdTokenProblem::Signature,
            ClaimsVerificationError::InvalidIssuer(_) => IdTokenProblem::Issuer,
            ClaimsVerificationError::InvalidAudience(_) => IdTokenProblem::Audience,
            ClaimsVerificationError::Expired(_) => IdTokenProblem::Expired,
            ClaimsVerificationError::InvalidNonce(_) => IdTokenProblem::Nonce,
            _ => IdTokenProblem::Other,
        }
    }
}

/// An error with what caused it, for the log: openidconnect's own messages ("Request failed")
/// leave the cause out.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}
