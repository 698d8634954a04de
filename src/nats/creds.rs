//! Creds files: byte-exact generation (Go `jwt.FormatUserConfig`) and a
//! strict, panic-free parser.
//!
//! ```text
//! -----BEGIN NATS USER JWT-----
//! <user JWT>
//! ------END NATS USER JWT------
//!
//! ************************* IMPORTANT *************************
//! NKEY Seed printed below can be used to sign and prove identity.
//! NKEYs are sensitive and should be treated as secrets.
//!
//! -----BEGIN USER NKEY SEED-----
//! <SU… seed>
//! ------END USER NKEY SEED------
//!
//! *************************************************************
//! ```
//! BEGIN lines have 5 dashes on each side, END lines 6.

use std::fmt;

use super::claims::UserClaims;
use super::error::{Error, Result};
use super::jwt::{VerifyOptions, decode};
use super::keys::{KeyKind, KeyPair, Seed};

/// `-----BEGIN NATS USER JWT-----`
pub const JWT_BEGIN: &str = "-----BEGIN NATS USER JWT-----";
/// `------END NATS USER JWT------`
pub const JWT_END: &str = "------END NATS USER JWT------";
/// `-----BEGIN USER NKEY SEED-----`
pub const SEED_BEGIN: &str = "-----BEGIN USER NKEY SEED-----";
/// `------END USER NKEY SEED------`
pub const SEED_END: &str = "------END USER NKEY SEED------";
/// Largest creds input the parser accepts (a JWT is at most 1 MiB).
pub const MAX_CREDS_SIZE: usize = 2 * 1024 * 1024;

const BANNER_TOP: &str = "************************* IMPORTANT *************************";
const BANNER_LINE1: &str = "NKEY Seed printed below can be used to sign and prove identity.";
const BANNER_LINE2: &str = "NKEYs are sensitive and should be treated as secrets.";
const BANNER_BOTTOM: &str = "*************************************************************";

/// Wrap a JWT in `-----BEGIN NATS <TYPE> JWT-----` … `------END NATS <TYPE> JWT------`
/// followed by a blank line (Go `formatJwt`/`DecorateJWT`). `claim_type` is
/// e.g. "user" or "account" and is upper-cased.
pub fn decorate_jwt(jwt: &str, claim_type: &str) -> String {
    let t = claim_type.to_uppercase();
    format!("-----BEGIN NATS {t} JWT-----\n{jwt}\n------END NATS {t} JWT------\n\n")
}

/// Wrap a seed in `-----BEGIN <KIND> NKEY SEED-----` … (Go `DecorateSeed`).
pub fn decorate_seed(seed: &Seed) -> String {
    let kind = match seed.kind() {
        KeyKind::Operator => "OPERATOR",
        KeyKind::Account => "ACCOUNT",
        KeyKind::User => "USER",
    };
    format!(
        "-----BEGIN {kind} NKEY SEED-----\n{}\n------END {kind} NKEY SEED------\n",
        seed.expose_secret()
    )
}

fn creds_verify_options() -> VerifyOptions {
    // A creds file stays a valid file when the JWT expires; signature and
    // structure are what matter here. jti is not checked so that creds from
    // other tools can be read.
    VerifyOptions {
        check_time: false,
        check_jti: false,
        ..Default::default()
    }
}

/// A user JWT with its seed. `Debug` never prints the seed.
#[derive(Clone)]
pub struct Creds {
    jwt: String,
    seed: Seed,
    claims: UserClaims,
}

impl fmt::Debug for Creds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Creds")
            .field("user", &self.claims.sub)
            .field("name", &self.claims.name)
            .field("seed", &"<redacted>")
            .finish()
    }
}

impl Creds {
    /// Pair a user JWT with its seed, checking that the JWT is a validly
    /// signed user JWT, the seed is a user seed (`SU…`) and that the seed's
    /// public key is the JWT subject. Expiry is not checked.
    pub fn new(jwt: &str, seed: &str) -> Result<Creds> {
        let jwt = jwt.trim();
        let claims: UserClaims = decode(jwt, &creds_verify_options())?;
        let kp = KeyPair::from_seed(seed)?;
        if kp.kind() != KeyKind::User {
            return Err(Error::WrongKeyKind {
                what: "creds seed".into(),
                expected: "a user seed (SU...)".into(),
                found: format!("{} seed ({}...)", kp.kind(), kp.kind().seed_prefix()),
            });
        }
        if kp.public_key() != claims.sub {
            return Err(Error::CredsSeedMismatch {
                seed_public_key: kp.public_key().to_string(),
                jwt_subject: claims.sub.clone(),
            });
        }
        Ok(Creds {
            jwt: jwt.to_string(),
            seed: kp.seed()?,
            claims,
        })
    }

    /// Parse a creds file (see the module docs). Strict about the section
    /// markers (5 dashes on BEGIN lines, 6 on END lines), tolerant of CRLF,
    /// surrounding whitespace and the banner text. Never panics.
    pub fn parse(text: &str) -> Result<Creds> {
        let (jwt, seed) = parse_sections(text)?;
        Creds::new(&jwt, &seed)
    }

    /// The user JWT.
    pub fn jwt(&self) -> &str {
        &self.jwt
    }
    /// The user seed (secret).
    pub fn seed(&self) -> &Seed {
        &self.seed
    }
    /// The decoded user claims.
    pub fn claims(&self) -> &UserClaims {
        &self.claims
    }
    /// The user key pair (for signing connect nonces).
    pub fn key_pair(&self) -> Result<KeyPair> {
        KeyPair::from_seed(self.seed.expose_secret())
    }
    /// The creds file text, byte-exact as Go `FormatUserConfig`.
    pub fn to_creds_string(&self) -> String {
        render(&self.jwt, self.seed.expose_secret())
    }
}

fn render(jwt: &str, seed: &str) -> String {
    format!(
        "{JWT_BEGIN}\n{jwt}\n{JWT_END}\n\n{BANNER_TOP}\n{BANNER_LINE1}\n{BANNER_LINE2}\n\n\
         {SEED_BEGIN}\n{seed}\n{SEED_END}\n\n{BANNER_BOTTOM}\n"
    )
}

/// Build a creds file from a user JWT and its `SU…` seed, byte-exact as Go
/// `jwt.FormatUserConfig`. Refuses a non-user JWT, a non-user seed, or a seed
/// that does not match the JWT subject.
pub fn format_user_creds(jwt: &str, seed: &Seed) -> Result<String> {
    Ok(Creds::new(jwt, seed.expose_secret())?.to_creds_string())
}

/// Like [`format_user_creds`] without decoding the JWT again: for callers that
/// just minted `jwt` for `seed` themselves (bulk minting), where a second
/// signature verification per user would halve the throughput. The caller
/// guarantees that `jwt` is a user JWT whose subject is the seed's public key.
pub fn format_user_creds_unchecked(jwt: &str, seed: &Seed) -> String {
    render(jwt, seed.expose_secret())
}

#[derive(PartialEq)]
enum Marker {
    JwtBegin,
    JwtEnd,
    SeedBegin,
    SeedEnd,
}

fn classify(line: &str, n: usize) -> Result<Option<Marker>> {
    match line {
        JWT_BEGIN => return Ok(Some(Marker::JwtBegin)),
        JWT_END => return Ok(Some(Marker::JwtEnd)),
        SEED_BEGIN => return Ok(Some(Marker::SeedBegin)),
        SEED_END => return Ok(Some(Marker::SeedEnd)),
        _ => {}
    }
    if !(line.starts_with("--") || line.ends_with("--")) {
        return Ok(None);
    }
    let inner = line.trim_matches('-').trim();
    let lead = line.len() - line.trim_start_matches('-').len();
    let trail = line.len() - line.trim_end_matches('-').len();
    let shown: String = line.chars().take(80).collect();
    if inner.starts_with("BEGIN NATS ") && inner.ends_with(" JWT") && inner != "BEGIN NATS USER JWT"
    {
        return Err(Error::creds(format!(
            "line {n}: {shown:?}: expected a USER JWT section, this creds file holds another kind of JWT"
        )));
    }
    if (inner.starts_with("BEGIN ") || inner.starts_with("END "))
        && inner.ends_with(" NKEY SEED")
        && !inner.contains(" USER ")
    {
        return Err(Error::creds(format!(
            "line {n}: {shown:?}: expected a USER NKEY SEED section"
        )));
    }
    let expected = match inner {
        "BEGIN NATS USER JWT" => JWT_BEGIN,
        "END NATS USER JWT" => JWT_END,
        "BEGIN USER NKEY SEED" => SEED_BEGIN,
        "END USER NKEY SEED" => SEED_END,
        _ => {
            return Err(Error::creds(format!(
                "line {n}: unrecognized marker line {shown:?}"
            )));
        }
    };
    Err(Error::creds(format!(
        "line {n}: malformed marker {shown:?} ({lead} leading and {trail} trailing dashes); \
         expected exactly {expected:?} (BEGIN lines have 5 dashes on each side, END lines 6)"
    )))
}

/// Extract the JWT and seed texts from a creds file.
fn parse_sections(text: &str) -> Result<(String, String)> {
    if text.len() > MAX_CREDS_SIZE {
        return Err(Error::creds(format!(
            "input is too large ({} bytes, maximum {MAX_CREDS_SIZE})",
            text.len()
        )));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut jwt: Option<String> = None;
    let mut seed: Option<String> = None;
    let mut i = 0;
    while i < lines.len() {
        let n = i + 1;
        let line = lines.get(i).copied().unwrap_or("");
        match classify(line, n)? {
            None => {
                i += 1;
            }
            Some(Marker::JwtEnd) => {
                return Err(Error::creds(format!(
                    "line {n}: {JWT_END:?} without a preceding {JWT_BEGIN:?}"
                )));
            }
            Some(Marker::SeedEnd) => {
                return Err(Error::creds(format!(
                    "line {n}: {SEED_END:?} without a preceding {SEED_BEGIN:?}"
                )));
            }
            Some(begin) => {
                let (name, end_marker, end_text, slot, valid): (_, _, _, _, fn(u8) -> bool) =
                    if begin == Marker::JwtBegin {
                        ("JWT", Marker::JwtEnd, JWT_END, &mut jwt, |b| {
                            b.is_ascii_alphanumeric() || b"-_.=".contains(&b)
                        })
                    } else {
                        ("seed", Marker::SeedEnd, SEED_END, &mut seed, |b| {
                            b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)
                        })
                    };
                if slot.is_some() {
                    return Err(Error::creds(format!(
                        "line {n}: the {name} section appears more than once"
                    )));
                }
                let content = lines.get(i + 1).copied().unwrap_or("");
                if content.is_empty() || classify(content, n + 1)?.is_some() {
                    return Err(Error::creds(format!(
                        "line {}: the {name} section is empty (expected the {name} on the line after the BEGIN marker)",
                        n + 1
                    )));
                }
                if let Some(bad) = content.bytes().find(|b| !valid(*b)) {
                    return Err(Error::creds(format!(
                        "line {}: the {name} contains an invalid character {:?}",
                        n + 1,
                        char::from(bad)
                    )));
                }
                let end_line = lines.get(i + 2).copied().unwrap_or("");
                match classify(end_line, n + 2)? {
                    Some(m) if m == end_marker => {}
                    _ => {
                        // Never echo lines of the seed section: they may be secret.
                        let found = if begin == Marker::JwtBegin {
                            format!("{:?}", end_line.chars().take(80).collect::<String>())
                        } else {
                            "another line".to_string()
                        };
                        return Err(Error::creds(format!(
                            "line {}: expected {end_text:?} after the {name}, found {found}",
                            n + 2
                        )));
                    }
                }
                *slot = Some(content.to_string());
                i += 3;
            }
        }
    }
    let jwt = jwt.ok_or_else(|| Error::creds(format!("missing the {JWT_BEGIN:?} section")))?;
    let seed = seed.ok_or_else(|| Error::creds(format!("missing the {SEED_BEGIN:?} section")))?;
    Ok((jwt, seed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nats::jwt::encode;

    fn user_creds() -> (String, KeyPair) {
        let acct = KeyPair::from_raw_seed(KeyKind::Account, [7; 32]).unwrap();
        let user = KeyPair::from_raw_seed(KeyKind::User, [8; 32]).unwrap();
        let mut c = UserClaims::new(user.public_key(), "u");
        let jwt = encode(&mut c, &acct).unwrap();
        (jwt, user)
    }

    #[test]
    fn byte_exact_format() {
        let (jwt, user) = user_creds();
        let seed = user.seed().unwrap();
        let text = format_user_creds(&jwt, &seed).unwrap();
        let expected = format!(
            "-----BEGIN NATS USER JWT-----\n{jwt}\n------END NATS USER JWT------\n\n\
************************* IMPORTANT *************************\n\
NKEY Seed printed below can be used to sign and prove identity.\n\
NKEYs are sensitive and should be treated as secrets.\n\n\
-----BEGIN USER NKEY SEED-----\n{}\n------END USER NKEY SEED------\n\n\
*************************************************************\n",
            seed.expose_secret()
        );
        assert_eq!(text, expected);
        assert!(text.ends_with("*\n") && !text.ends_with("\n\n"));
        assert_eq!(BANNER_TOP.len(), 61);
        assert_eq!(BANNER_BOTTOM.len(), 61);
        let parsed = Creds::parse(&text).unwrap();
        assert_eq!(parsed.jwt(), jwt);
        assert_eq!(parsed.seed(), &seed);
        assert_eq!(parsed.key_pair().unwrap().public_key(), user.public_key());
        assert_eq!(parsed.to_creds_string(), text);
        assert!(!format!("{parsed:?}").contains(seed.expose_secret()));
    }

    #[test]
    fn decorations() {
        assert_eq!(
            decorate_jwt("X", "account"),
            "-----BEGIN NATS ACCOUNT JWT-----\nX\n------END NATS ACCOUNT JWT------\n\n"
        );
        let s = KeyPair::new_operator().seed().unwrap();
        assert!(decorate_seed(&s).starts_with("-----BEGIN OPERATOR NKEY SEED-----\nSO"));
    }

    #[test]
    fn crlf_and_whitespace_tolerated() {
        let (jwt, user) = user_creds();
        let text = format_user_creds(&jwt, &user.seed().unwrap()).unwrap();
        let crlf = text.replace('\n', "\r\n");
        assert!(Creds::parse(&crlf).is_ok());
        let indented = text.replace('\n', "\n   ");
        assert!(Creds::parse(&indented).is_ok());
        // Without banners.
        let bare = format!(
            "{JWT_BEGIN}\n{jwt}\n{JWT_END}\n{SEED_BEGIN}\n{}\n{SEED_END}",
            user.seed().unwrap().expose_secret()
        );
        assert!(Creds::parse(&bare).is_ok());
    }

    #[test]
    fn rejects_bad_input_clearly() {
        let (jwt, user) = user_creds();
        let seed = user.seed().unwrap();
        let good = format_user_creds(&jwt, &seed).unwrap();
        let other = KeyPair::new_user().seed().unwrap();
        let cases: Vec<(String, &str)> = vec![
            (
                good.replace(
                    "-----BEGIN NATS USER JWT-----",
                    "----BEGIN NATS USER JWT----",
                ),
                "malformed marker",
            ),
            (
                good.replace(
                    "------END NATS USER JWT------",
                    "-----END NATS USER JWT-----",
                ),
                "malformed marker",
            ),
            (
                good.replace(
                    "------END USER NKEY SEED------",
                    "----END USER NKEY SEED----",
                ),
                "malformed marker",
            ),
            (
                good.replace(seed.expose_secret(), other.expose_secret()),
                "does not match",
            ),
            (
                good.replace("USER JWT", "ACCOUNT JWT"),
                "another kind of JWT",
            ),
            (good.replace(&jwt, ""), "section is empty"),
            (good.replace(&jwt, &jwt[..jwt.len() - 3]), "signature"),
            (
                good.replace(
                    &format!("{SEED_BEGIN}\n{}\n{SEED_END}", seed.expose_secret()),
                    "",
                ),
                "missing",
            ),
            (
                good.replace(&format!("{JWT_BEGIN}\n{jwt}\n{JWT_END}"), ""),
                "missing",
            ),
            (
                format!("{good}{JWT_BEGIN}\n{jwt}\n{JWT_END}\n"),
                "more than once",
            ),
            (
                good.replace(
                    &format!("{jwt}\n{JWT_END}"),
                    &format!("{jwt}\nfoo\n{JWT_END}"),
                ),
                "expected",
            ),
            (good.replace(&jwt, &format!("{jwt} x")), "invalid character"),
            (String::new(), "missing"),
            ("just some text".into(), "missing"),
            (format!("{JWT_END}\n"), "without a preceding"),
            ("x".repeat(MAX_CREDS_SIZE + 1), "too large"),
        ];
        for (text, needle) in cases {
            let err = Creds::parse(&text).unwrap_err().to_string();
            assert!(err.contains(needle), "expected {needle:?} in {err:?}");
        }
        // Errors about the seed section never echo seed lines.
        let s = seed.expose_secret();
        let dup = good.replace(
            &format!("{s}\n{SEED_END}"),
            &format!("{s}\n{s}\n{SEED_END}"),
        );
        let err = Creds::parse(&dup).unwrap_err().to_string();
        assert!(err.contains("expected") && !err.contains(s), "{err}");
        // Seed of the wrong kind.
        let acct_seed = KeyPair::new_account().seed().unwrap();
        let err = Creds::new(&jwt, acct_seed.expose_secret()).unwrap_err();
        assert!(err.to_string().contains("user seed"), "{err}");
        // Non-user JWT.
        let op = KeyPair::new_operator();
        let acct = KeyPair::new_account();
        let mut a = crate::nats::claims::AccountClaims::new(acct.public_key(), "a");
        let ajwt = encode(&mut a, &op).unwrap();
        assert!(format_user_creds(&ajwt, &seed).is_err());
    }

    #[test]
    fn parser_never_panics_on_mutations() {
        let (jwt, user) = user_creds();
        let good = format_user_creds(&jwt, &user.seed().unwrap()).unwrap();
        let bytes = good.as_bytes();
        let alphabet = b"-\n\r *SUA=\xe2\x82\xac";
        for m in crate::fuzz::mutations(bytes, alphabet, 5, 0xDEADBEEFCAFEBABE, 3000) {
            let _ = Creds::parse(&String::from_utf8_lossy(&m));
        }
        for n in 0..good.len() {
            if let Some(prefix) = good.get(..n) {
                let _ = Creds::parse(prefix);
            }
        }
    }
}
