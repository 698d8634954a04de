//! Tests of encoding/decoding, including known-good vectors minted by the Go library.

use super::*;
use crate::nats::claims::*;

/// Payloads minted by Go nats-io/jwt 2.3.0 (and nsc), byte-exact.
const OPERATOR_PAYLOAD: &str = r#"{"jti":"CNZ4N5CTBCFXVGAB7HPWOOAHRREAVHB7QIWTV43XRDCRM27EZC4Q","iat":1795935197,"iss":"ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG","name":"OP","sub":"ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG","nats":{"signing_keys":["OB6CDMCM7K4RLWSJUWUVKKYQGPWZEDQ5GA74F24RYH3G2NCO76ACM365"],"account_server_url":"nats://127.0.0.1:14222","operator_service_urls":["nats://127.0.0.1:14222"],"system_account":"ADHDNY3O5FMOGDELXCSHGHWEQGQKZAABYEIREDG6JRJMP4NZ35TJSKII","type":"operator","version":2}}"#;
const SYS_ACCOUNT_PAYLOAD: &str = r#"{"jti":"3HWEFCQCDCSIUCD2PC4U6NQV4D65PEN37E2W2CY4RIOULRTOEPWA","iat":1795935197,"iss":"ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG","name":"SYS","sub":"ADHDNY3O5FMOGDELXCSHGHWEQGQKZAABYEIREDG6JRJMP4NZ35TJSKII","nats":{"exports":[{"name":"account-monitoring-streams","subject":"$SYS.ACCOUNT.*.\u003e","type":"stream","account_token_position":3,"description":"Account specific monitoring stream","info_url":"https://docs.nats.io/nats-server/configuration/sys_accounts"},{"name":"account-monitoring-services","subject":"$SYS.REQ.ACCOUNT.*.*","type":"service","response_type":"Stream","account_token_position":4,"description":"Request account specific monitoring services for: SUBSZ, CONNZ, LEAFZ, JSZ and INFO","info_url":"https://docs.nats.io/nats-server/configuration/sys_accounts"}],"limits":{"subs":-1,"data":-1,"payload":-1,"imports":-1,"exports":-1,"wildcards":true,"conn":-1,"leaf":-1},"signing_keys":["AA4EIYYEYNQF7EGGH4JFPI2OSUMZEGVQKGJ6QGB2Z4CAZHHCU3IKJ7HS"],"default_permissions":{"pub":{},"sub":{}},"type":"account","version":2}}"#;
const ACCOUNT_PAYLOAD: &str = r#"{"jti":"JYN6KRK3GS2WZ7MHZ6436ZNFRHCIPGWEUT2K4BNY43LARAVYIPRA","iat":1795935197,"iss":"ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG","name":"A","sub":"ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB","nats":{"limits":{"subs":-1,"data":-1,"payload":-1,"imports":-1,"exports":-1,"wildcards":true,"conn":-1,"leaf":-1},"default_permissions":{"pub":{},"sub":{}},"type":"account","version":2}}"#;
const USER_PAYLOAD: &str = r#"{"jti":"YVS22MR5BI3GRU5ASTNQ5QTCFZTLE2EXJNZ2OSDKGIVK72ZMGU5Q","iat":1795935197,"iss":"ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB","name":"U","sub":"UBYCTONYZJUIFTNBD6XESW4YIZLD3QLRM4IVR4KX2TZOMPRT7LY4WXN5","nats":{"pub":{},"sub":{},"subs":-1,"data":-1,"payload":-1,"type":"user","version":2}}"#;
const USER_FULL_PAYLOAD: &str = r#"{"exp":1796021597,"jti":"MTMANV5LMCDUZFUH3X6Q2XJXMPJF4ZA44YWH3GIEK3EIF4XP4Z7Q","iat":1795935197,"iss":"ADDEYWUAE4UAKWVOUJVKKXE5LAHVZALQ7CDYOS2ZSLZS2T5P6WMVT4IQ","name":"U2","nbf":1795935137,"sub":"UBPL6MOUIKTQXR5DPDYWPDJU35N4NOWLQ5ASQOXQ5VS7N2FMK7H65YHF","nats":{"pub":{"allow":["a.\u003e","_INBOX.\u003e"],"deny":["a.secret"]},"sub":{"allow":["a.\u003e","q.* workers"]},"resp":{"max":1,"ttl":1000000000},"src":["127.0.0.1/32","10.0.0.0/8"],"times":[{"start":"08:00:00","end":"17:00:00"}],"times_location":"UTC","subs":10,"data":1048576,"payload":1024,"bearer_token":true,"allowed_connection_types":["STANDARD","WEBSOCKET"],"issuer_account":"ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB","tags":["dev"],"type":"user","version":2}}"#;
const SCOPED_USER_PAYLOAD: &str = r#"{"jti":"5RRAFLZP6BENP72AGUIA2BROEBRGK6PAUHOVQLFTK3ZHV2GAKTLA","iat":1795935197,"iss":"AALSBFM3OTIDDS2LD763JNIOU4W4ILTQVIKGALENQ37Q6BRTM65TDUP4","name":"U3","sub":"UBPL6MOUIKTQXR5DPDYWPDJU35N4NOWLQ5ASQOXQ5VS7N2FMK7H65YHF","nats":{"pub":{},"sub":{},"issuer_account":"ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB","type":"user","version":2}}"#;
const DELETE_PAYLOAD: &str = r#"{"jti":"WQCMJXY2U6XSHHOCJ7O7DEI2XIV22V5PD6DSR4QMCDODT6T4E7LA","iat":1795935197,"iss":"ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG","sub":"ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG","nats":{"accounts":["ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB"],"version":2}}"#;

/// Parse a Go-minted payload, re-serialize it, check bytes and jti.
fn check_vector<N: ClaimBody>(payload: &str) -> Claims<N> {
    let claims: Claims<N> = serde_json::from_str(payload).expect("vector parses");
    let again = to_go_json(&claims).unwrap();
    assert_eq!(
        std::str::from_utf8(&again).unwrap(),
        payload,
        "byte-exact re-encode"
    );
    assert_eq!(compute_jti(&claims).unwrap(), claims.jti, "jti recomputes");
    assert_eq!(claims.jti.len(), 52);
    claims
}

#[test]
fn reference_vectors_roundtrip_and_jti() {
    let op = check_vector::<Operator>(OPERATOR_PAYLOAD);
    assert_eq!(op.nats.signing_keys.len(), 1);
    let sys = check_vector::<Account>(SYS_ACCOUNT_PAYLOAD);
    assert_eq!(sys.nats.exports[0].account_token_position, 3);
    assert_eq!(sys.nats.exports[0].subject, "$SYS.ACCOUNT.*.>");
    assert_eq!(
        sys.nats.exports[1].response_type,
        Some(ResponseType::Stream)
    );
    let acct = check_vector::<Account>(ACCOUNT_PAYLOAD);
    assert_eq!(acct.nats.limits, OperatorLimits::unlimited());
    assert_eq!(acct.nats.authorization, None);
    let user = check_vector::<User>(USER_PAYLOAD);
    assert_eq!(user.nats.limits, UserPermissionLimits::unlimited());
    let full = check_vector::<User>(USER_FULL_PAYLOAD);
    assert_eq!(full.nats.limits.resp.as_ref().unwrap().ttl, 1_000_000_000);
    assert_eq!(full.nats.limits.subscribe.allow[1], "q.* workers");
    assert!(full.nats.limits.bearer_token);
    let scoped = check_vector::<User>(SCOPED_USER_PAYLOAD);
    assert!(scoped.nats.limits.is_empty());
    let del = check_vector::<Generic>(DELETE_PAYLOAD);
    assert_eq!(
        del.accounts().unwrap(),
        vec!["ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB"]
    );
}

#[test]
fn reference_vectors_rebuilt_from_api() {
    // The plain account and user, built with the API, give the same bytes
    // (except `authorization:{}`, which jwt >= 2.4 adds).
    let mut a = AccountClaims::new(
        "ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB",
        "A",
    );
    a.nats.authorization = None;
    a.iat = 1795935197;
    a.iss = "ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG".into();
    a.jti = compute_jti(&a).unwrap();
    assert_eq!(
        String::from_utf8(to_go_json(&a).unwrap()).unwrap(),
        ACCOUNT_PAYLOAD
    );

    let mut u = UserClaims::new(
        "UBYCTONYZJUIFTNBD6XESW4YIZLD3QLRM4IVR4KX2TZOMPRT7LY4WXN5",
        "U",
    );
    u.iat = 1795935197;
    u.iss = "ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB".into();
    u.jti = compute_jti(&u).unwrap();
    assert_eq!(
        String::from_utf8(to_go_json(&u).unwrap()).unwrap(),
        USER_PAYLOAD
    );

    let mut d = GenericClaims::delete_accounts(
        "ODD7AE5MGDVD76BVC5VPMT6CWOI4V3627PLEDA264N2GUPDZTS3F6QTG",
        &["ABP4L6LAJ6BOHTY34RRSTXGQCOBY3ZSSJICERUKADGBYEEMXHKPMH5DB".to_string()],
    )
    .unwrap();
    d.nats.prepare_for_encode();
    d.iat = 1795935197;
    d.iss = d.sub.clone();
    d.jti = compute_jti(&d).unwrap();
    assert_eq!(
        String::from_utf8(to_go_json(&d).unwrap()).unwrap(),
        DELETE_PAYLOAD
    );
}

#[test]
fn header_constant() {
    assert_eq!(URL_SAFE_NO_PAD.encode(HEADER_JSON), HEADER_B64);
}

#[test]
fn go_escaping() {
    let v = serde_json::json!({"s": "a.> <b> & \u{2028}x\u{2029}"});
    assert_eq!(
        String::from_utf8(to_go_json(&v).unwrap()).unwrap(),
        r#"{"s":"a.\u003e \u003cb\u003e \u0026 \u2028x\u2029"}"#
    );
}

fn kp(kind: KeyKind, n: u8) -> KeyPair {
    KeyPair::from_raw_seed(kind, [n; 32]).unwrap()
}

/// Sign an arbitrary payload string (to build malformed-but-signed tokens).
fn sign_raw(payload: &str, signer: &KeyPair) -> String {
    let input = format!("{HEADER_B64}.{}", URL_SAFE_NO_PAD.encode(payload));
    let sig = signer.sign(input.as_bytes()).unwrap();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(sig))
}

struct Fixture {
    op: KeyPair,
    op_sk: KeyPair,
    acct: KeyPair,
    acct_sk: KeyPair,
    scoped_sk: KeyPair,
    user: KeyPair,
    op_claims: OperatorClaims,
    acct_claims: AccountClaims,
}

fn fixture() -> Fixture {
    let op = kp(KeyKind::Operator, 1);
    let op_sk = kp(KeyKind::Operator, 2);
    let acct = kp(KeyKind::Account, 3);
    let acct_sk = kp(KeyKind::Account, 4);
    let scoped_sk = kp(KeyKind::Account, 5);
    let user = kp(KeyKind::User, 6);
    let mut op_claims = OperatorClaims::new(op.public_key(), "OP");
    op_claims.nats.signing_keys.push(op_sk.public_key().into());
    encode(&mut op_claims, &op).unwrap();
    let mut acct_claims = AccountClaims::new(acct.public_key(), "A");
    acct_claims.nats.add_signing_key(acct_sk.public_key());
    let mut tpl = UserPermissionLimits::unlimited();
    tpl.publish.allow.push("svc.>".into());
    acct_claims
        .nats
        .add_scoped_signing_key(ScopedSigningKey::new(scoped_sk.public_key(), "svc", tpl));
    encode(&mut acct_claims, &op_sk).unwrap();
    Fixture {
        op,
        op_sk,
        acct,
        acct_sk,
        scoped_sk,
        user,
        op_claims,
        acct_claims,
    }
}

#[test]
fn encode_decode_roundtrip_all_types() {
    let f = fixture();
    let tok = encode(&mut f.op_claims.clone(), &f.op).unwrap();
    assert!(tok.starts_with(HEADER_B64));
    let op = decode_operator(&tok).unwrap();
    assert_eq!(op.nats.signing_keys, vec![f.op_sk.public_key().to_string()]);
    assert_eq!(op.nats.common.claim_type, "operator");
    verify_operator_self_signed(&op).unwrap();

    let mut a = f.acct_claims.clone();
    a.nats.limits.conn = 100;
    a.nats.limits.jetstream = JetStreamLimits::unlimited();
    a.nats.exports.push(Export::service("help", "help.>"));
    a.nats.exports.push(Export::stream("events", "events.>"));
    a.nats
        .imports
        .push(Import::new("x", "ANOTAKEY", "x.>", ExportType::Stream));
    // bogus import account -> validation error
    assert!(encode(&mut a.clone(), &f.op).is_err());
    a.nats.imports.clear();
    a.nats.revoke_at(f.user.public_key(), 1_700_000_000);
    a.nats.mappings.insert(
        "foo".into(),
        vec![WeightedMapping {
            subject: "bar".into(),
            weight: 100,
            cluster: String::new(),
        }],
    );
    let tok = encode(&mut a, &f.op_sk).unwrap();
    let back = decode_account(&tok).unwrap();
    assert_eq!(back, a);
    assert_eq!(
        back.nats.exports[0].subject, "events.>",
        "exports sorted by subject"
    );
    assert!(back.nats.limits.jetstream_enabled());
    // signing keys are sorted by key
    let keys: Vec<&str> = back.nats.signing_keys.iter().map(|k| k.key()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
    // payload carries authorization:{} and scoped description:""
    let (_, payload) = decode_unverified(&tok).unwrap();
    assert_eq!(payload["nats"]["authorization"], serde_json::json!({}));
    assert!(payload.to_string().contains(r#""description":"""#));
    // wire has Go escaping
    let raw_payload = URL_SAFE_NO_PAD
        .decode(tok.split('.').nth(1).unwrap())
        .unwrap();
    assert!(
        String::from_utf8(raw_payload)
            .unwrap()
            .contains(r#""events.\u003e""#)
    );

    let mut u = UserClaims::new(f.user.public_key(), "u");
    u.nats.limits.publish.allow.push("a.>".into());
    u.nats.limits.publish.deny.push("b.>".into());
    u.nats.limits.resp = Some(ResponsePermission {
        max: 1,
        ttl: 5_000_000_000,
    });
    u.exp = now_unix() + 3600;
    let tok = encode(&mut u, &f.acct).unwrap();
    let back = decode_user(&tok).unwrap();
    assert_eq!(back, u);
    assert_eq!(back.account(), f.acct.public_key());

    match decode_any(&tok, &VerifyOptions::default()).unwrap() {
        AnyClaims::User(x) => assert_eq!(x, u),
        other => panic!("wrong kind {other:?}"),
    }
}

#[test]
fn zero_limits_are_never_emitted_by_default() {
    let f = fixture();
    let mut u = UserClaims::new(f.user.public_key(), "u");
    let tok = encode(&mut u, &f.acct).unwrap();
    let (_, p) = decode_unverified(&tok).unwrap();
    assert_eq!(p["nats"]["subs"], -1);
    assert_eq!(p["nats"]["data"], -1);
    assert_eq!(p["nats"]["payload"], -1);
    let mut a = AccountClaims::new(f.acct.public_key(), "a");
    let tok = encode(&mut a, &f.op).unwrap();
    let (_, p) = decode_unverified(&tok).unwrap();
    for k in [
        "subs", "data", "payload", "imports", "exports", "conn", "leaf",
    ] {
        assert_eq!(p["nats"]["limits"][k], -1, "{k}");
    }
    assert_eq!(p["nats"]["limits"]["wildcards"], true);
}

#[test]
fn tampered_signature_and_payload() {
    let f = fixture();
    let tok = encode(&mut f.acct_claims.clone(), &f.op).unwrap();
    let parts: Vec<&str> = tok.split('.').collect();
    // Flip the first signature char.
    let mut sig = parts[2].to_string();
    let c = if sig.starts_with('A') { "B" } else { "A" };
    sig.replace_range(0..1, c);
    let bad = format!("{}.{}.{}", parts[0], parts[1], sig);
    let err = decode_account(&bad).unwrap_err();
    assert!(matches!(err, Error::BadSignature { .. }), "{err}");
    assert!(err.to_string().contains("signature verification failed"));
    // Re-encode a modified payload but keep the old signature.
    let mut p: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap();
    p["nats"]["limits"]["conn"] = Value::from(1_000_000);
    let bad = format!(
        "{}.{}.{}",
        parts[0],
        URL_SAFE_NO_PAD.encode(p.to_string()),
        parts[2]
    );
    assert!(matches!(
        decode_account(&bad),
        Err(Error::BadSignature { .. })
    ));
    // Signed by someone else than iss.
    let forged = sign_raw(
        &String::from_utf8(URL_SAFE_NO_PAD.decode(parts[1]).unwrap()).unwrap(),
        &f.op_sk,
    );
    assert!(matches!(
        decode_account(&forged),
        Err(Error::BadSignature { .. })
    ));
    // Truncated signature.
    let bad = format!("{}.{}.{}", parts[0], parts[1], &parts[2][..40]);
    assert!(decode_account(&bad).is_err());
}

#[test]
fn wrong_jti() {
    let f = fixture();
    let mut a = AccountClaims::new(f.acct.public_key(), "A");
    a.nats.prepare_for_encode();
    a.iss = f.op.public_key().into();
    a.iat = 1_700_000_000;
    a.jti = "NOTTHERIGHTJTI".into();
    let tok = sign_raw(&String::from_utf8(to_go_json(&a).unwrap()).unwrap(), &f.op);
    let err = decode_account(&tok).unwrap_err();
    assert!(matches!(err, Error::JtiMismatch { .. }), "{err}");
    assert!(err.to_string().contains("jti"));
    let opts = VerifyOptions {
        check_jti: false,
        ..Default::default()
    };
    assert!(decode::<Account>(&tok, &opts).is_ok());
}

#[test]
fn bad_base64_and_structure() {
    let f = fixture();
    let tok = encode(&mut f.acct_claims.clone(), &f.op).unwrap();
    let parts: Vec<&str> = tok.split('.').collect();
    let cases = [
        (
            format!("{}.{}!.{}", parts[0], parts[1], parts[2]),
            "base64url",
        ),
        (
            format!("{}=.{}.{}", parts[0], parts[1], parts[2]),
            "base64url",
        ),
        (format!("{}.{}", parts[0], parts[1]), "3 dot-separated"),
        (format!("{tok}.x"), "3 dot-separated"),
        (format!("{}..{}", parts[0], parts[2]), "empty"),
        (String::new(), "empty"),
        ("garbage".to_string(), "3 dot-separated"),
        (
            format!("{}.{}.{}", URL_SAFE_NO_PAD.encode("{}"), parts[1], parts[2]),
            "header type",
        ),
        (
            format!(
                "{}.{}.{}",
                URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"HS256"}"#),
                parts[1],
                parts[2]
            ),
            "algorithm",
        ),
        (
            format!(
                "{}.{}.{}",
                URL_SAFE_NO_PAD.encode(r#"{"typ":"JWT","alg":"ed25519"}"#),
                parts[1],
                parts[2]
            ),
            "v1",
        ),
        (
            format!(
                "{}.{}.{}",
                parts[0],
                URL_SAFE_NO_PAD.encode("[1,2]"),
                parts[2]
            ),
            "not a JSON object",
        ),
        (
            format!(
                "{}.{}.{}",
                parts[0],
                URL_SAFE_NO_PAD.encode("{nope"),
                parts[2]
            ),
            "JSON",
        ),
    ];
    for (t, needle) in cases {
        let err = decode_account(&t).unwrap_err().to_string();
        assert!(err.contains(needle), "{t:?}: {err}");
    }
}

#[test]
fn oversized_token_is_rejected_cleanly() {
    let big = "a".repeat(2 * 1024 * 1024);
    let err = decode_account(&big).unwrap_err();
    assert!(
        matches!(err, Error::TokenTooLarge { size, max } if size == 2 * 1024 * 1024 && max == MAX_TOKEN_SIZE)
    );
    assert!(err.to_string().contains("too large"));
    let big = format!("{HEADER_B64}.{}.{}", "e".repeat(2 * 1024 * 1024), "x");
    assert!(matches!(
        decode_user(&big),
        Err(Error::TokenTooLarge { .. })
    ));
    assert!(matches!(
        decode_unverified(&big),
        Err(Error::TokenTooLarge { .. })
    ));
}

#[test]
fn wrong_prefixes_and_types() {
    let f = fixture();
    // Encoding refuses wrong signer kinds and subjects.
    let mut u = UserClaims::new(f.user.public_key(), "u");
    let err = encode(&mut u, &f.op).unwrap_err();
    assert!(matches!(err, Error::IssuerNotAllowed { .. }), "{err}");
    let mut u = UserClaims::new(f.acct.public_key(), "u");
    let err = encode(&mut u, &f.acct).unwrap_err();
    assert!(err.to_string().contains("expected a user key"), "{err}");
    let mut a = AccountClaims::new(f.acct.public_key(), "a");
    assert!(matches!(
        encode(&mut a, &f.user),
        Err(Error::IssuerNotAllowed { .. })
    ));
    let mut o = OperatorClaims::new(f.op.public_key(), "o");
    assert!(encode(&mut o, &f.acct).is_err());
    let pub_only = KeyPair::from_public_key(f.op.public_key()).unwrap();
    assert!(matches!(encode(&mut o, &pub_only), Err(Error::Sign(_))));

    // Decoding refuses a user JWT signed (validly) by an operator key.
    let mut u = UserClaims::new(f.user.public_key(), "u");
    u.nats.prepare_for_encode();
    u.iss = f.op.public_key().into();
    u.iat = 1;
    u.jti = compute_jti(&u).unwrap();
    let tok = sign_raw(&String::from_utf8(to_go_json(&u).unwrap()).unwrap(), &f.op);
    let err = decode_user(&tok).unwrap_err();
    assert!(matches!(err, Error::IssuerNotAllowed { .. }), "{err}");

    // Wrong claim type.
    let tok = encode(&mut f.acct_claims.clone(), &f.op).unwrap();
    let err = decode_user(&tok).unwrap_err();
    assert!(
        matches!(
            err,
            Error::WrongClaimType {
                expected: "user",
                ..
            }
        ),
        "{err}"
    );
    assert!(decode_generic(&tok).is_ok());

    // Newer version.
    let mut a = AccountClaims::new(f.acct.public_key(), "A");
    a.nats.prepare_for_encode();
    a.nats.common.version = 3;
    a.iss = f.op.public_key().into();
    a.iat = 1;
    a.jti = compute_jti(&a).unwrap();
    let tok = sign_raw(&String::from_utf8(to_go_json(&a).unwrap()).unwrap(), &f.op);
    let err = decode_account(&tok).unwrap_err();
    assert!(
        matches!(err, Error::UnsupportedVersion { found: 3, .. }),
        "{err}"
    );

    // v1 token (top-level type).
    let tok = sign_raw(
        &format!(
            r#"{{"iss":"{}","sub":"{}","type":"account"}}"#,
            f.op.public_key(),
            f.acct.public_key()
        ),
        &f.op,
    );
    assert!(matches!(
        decode_any(&tok, &VerifyOptions::default()),
        Err(Error::UnsupportedVersion { found: 1, .. })
    ));

    // iss is not a key.
    let tok = sign_raw(r#"{"iss":"nope","sub":"x","nats":{}}"#, &f.op);
    assert!(
        decode_generic(&tok)
            .unwrap_err()
            .to_string()
            .contains("issuer")
    );
    let tok = sign_raw(r#"{"sub":"x","nats":{}}"#, &f.op);
    assert!(matches!(
        decode_generic(&tok),
        Err(Error::MissingClaim("iss"))
    ));
}

#[test]
fn expiry_and_not_before() {
    let f = fixture();
    let mut u = UserClaims::new(f.user.public_key(), "u");
    u.exp = 1000;
    let tok = encode(&mut u, &f.acct).unwrap();
    let err = decode_user(&tok).unwrap_err();
    assert!(matches!(err, Error::Expired { exp: 1000, .. }), "{err}");
    assert!(err.to_string().contains("expired"));
    assert!(decode::<User>(&tok, &VerifyOptions::ignore_time()).is_ok());
    let opts = VerifyOptions {
        now: Some(999),
        ..Default::default()
    };
    assert!(decode::<User>(&tok, &opts).is_ok());

    let mut u = UserClaims::new(f.user.public_key(), "u");
    u.nbf = now_unix() + 3600;
    let tok = encode(&mut u, &f.acct).unwrap();
    let err = decode_user(&tok).unwrap_err();
    assert!(matches!(err, Error::NotYetValid { .. }), "{err}");
    assert!(err.to_string().contains("not valid before"));
    // Times in the message are dates, not raw unix seconds.
    assert!(err.to_string().contains("Z (now "), "{err}");
    let opts = VerifyOptions {
        clock_skew: 7200,
        ..Default::default()
    };
    assert!(decode::<User>(&tok, &opts).is_ok());
}

#[test]
fn account_issuer_chain() {
    let f = fixture();
    let acct = decode_account(&encode(&mut f.acct_claims.clone(), &f.op_sk).unwrap()).unwrap();
    assert_eq!(
        verify_account_issuer(&f.op_claims, &acct, SigningKeyPolicy::Strict).unwrap(),
        AccountIssuer::OperatorSigningKey(f.op_sk.public_key().into())
    );
    let by_identity = decode_account(&encode(&mut f.acct_claims.clone(), &f.op).unwrap()).unwrap();
    assert_eq!(
        verify_account_issuer(&f.op_claims, &by_identity, SigningKeyPolicy::Strict).unwrap(),
        AccountIssuer::OperatorIdentity
    );
    let mut strict_op = f.op_claims.clone();
    strict_op.nats.strict_signing_key_usage = true;
    let err =
        verify_account_issuer(&strict_op, &by_identity, SigningKeyPolicy::Strict).unwrap_err();
    assert!(err.to_string().contains("signing keys"), "{err}");
    assert!(verify_account_issuer(&strict_op, &by_identity, SigningKeyPolicy::Lenient).is_ok());
    assert!(verify_account_issuer(&strict_op, &acct, SigningKeyPolicy::Strict).is_ok());

    // Rogue operator.
    let rogue = kp(KeyKind::Operator, 9);
    let rogue_acct = decode_account(&encode(&mut f.acct_claims.clone(), &rogue).unwrap()).unwrap();
    let err =
        verify_account_issuer(&f.op_claims, &rogue_acct, SigningKeyPolicy::Lenient).unwrap_err();
    assert!(matches!(err, Error::UntrustedIssuer { .. }));
    // Self-signed account.
    let selfsigned = decode_account(&encode(&mut f.acct_claims.clone(), &f.acct).unwrap()).unwrap();
    let err =
        verify_account_issuer(&f.op_claims, &selfsigned, SigningKeyPolicy::Lenient).unwrap_err();
    assert!(err.to_string().contains("self-signed"));
}

#[test]
fn user_issuer_chain() {
    let f = fixture();
    let acct = &f.acct_claims;
    // identity
    let u = decode_user(&encode(&mut UserClaims::new(f.user.public_key(), "u"), &f.acct).unwrap())
        .unwrap();
    assert_eq!(
        verify_user_issuer(acct, &u, false).unwrap(),
        UserIssuer::AccountIdentity
    );
    assert!(verify_user_issuer(acct, &u, true).is_err());
    // plain signing key with issuer_account
    let mut c = UserClaims::new(f.user.public_key(), "u");
    c.nats.issuer_account = f.acct.public_key().into();
    let u = decode_user(&encode(&mut c, &f.acct_sk).unwrap()).unwrap();
    assert_eq!(
        verify_user_issuer(acct, &u, true).unwrap(),
        UserIssuer::SigningKey(f.acct_sk.public_key().into())
    );
    // signing key without issuer_account
    let u =
        decode_user(&encode(&mut UserClaims::new(f.user.public_key(), "u"), &f.acct_sk).unwrap())
            .unwrap();
    let err = verify_user_issuer(acct, &u, false).unwrap_err();
    assert!(
        err.to_string().contains("issuer_account is not set"),
        "{err}"
    );
    // scoped: must be empty
    let mut c = UserClaims::new_scoped(f.user.public_key(), "u", f.acct.public_key());
    let u = decode_user(&encode(&mut c, &f.scoped_sk).unwrap()).unwrap();
    assert_eq!(
        verify_user_issuer(acct, &u, true).unwrap(),
        UserIssuer::ScopedSigningKey {
            key: f.scoped_sk.public_key().into(),
            role: "svc".into()
        }
    );
    let mut c = UserClaims::new(f.user.public_key(), "u");
    c.nats.issuer_account = f.acct.public_key().into();
    let u = decode_user(&encode(&mut c, &f.scoped_sk).unwrap()).unwrap();
    assert!(
        verify_user_issuer(acct, &u, false)
            .unwrap_err()
            .to_string()
            .contains("scoped")
    );
    // unrelated account
    let other = kp(KeyKind::Account, 42);
    let u = decode_user(&encode(&mut UserClaims::new(f.user.public_key(), "u"), &other).unwrap())
        .unwrap();
    assert!(matches!(
        verify_user_issuer(acct, &u, false),
        Err(Error::UntrustedIssuer { .. })
    ));
    // issuer_account mismatch
    let mut c = UserClaims::new(f.user.public_key(), "u");
    c.nats.issuer_account = other.public_key().into();
    let u = decode_user(&encode(&mut c, &f.acct_sk).unwrap()).unwrap();
    assert!(verify_user_issuer(acct, &u, false).is_err());
}

#[test]
fn delete_request_checks() {
    let f = fixture();
    let accts = vec![f.acct.public_key().to_string()];
    let mut d = GenericClaims::delete_accounts(f.op_sk.public_key(), &accts).unwrap();
    let tok = encode(&mut d, &f.op_sk).unwrap();
    let back = decode_generic(&tok).unwrap();
    assert_eq!(back.iss, back.sub);
    assert_eq!(
        verify_delete_request(&f.op_claims, &back, SigningKeyPolicy::Strict).unwrap(),
        accts
    );
    // not self signed
    let mut d = GenericClaims::delete_accounts(f.op_sk.public_key(), &accts).unwrap();
    let back = decode_generic(&encode(&mut d, &f.op).unwrap()).unwrap();
    assert!(verify_delete_request(&f.op_claims, &back, SigningKeyPolicy::Lenient).is_err());
    // untrusted
    let rogue = kp(KeyKind::Operator, 77);
    let mut d = GenericClaims::delete_accounts(rogue.public_key(), &accts).unwrap();
    let back = decode_generic(&encode(&mut d, &rogue).unwrap()).unwrap();
    assert!(verify_delete_request(&f.op_claims, &back, SigningKeyPolicy::Lenient).is_err());
    // bad accounts
    assert!(GenericClaims::delete_accounts(f.op.public_key(), &[]).is_err());
    assert!(
        GenericClaims::delete_accounts(f.op.public_key(), &[f.user.public_key().into()]).is_err()
    );
}

/// Cheap deterministic fuzzing: mutated tokens never panic.
#[test]
fn mutations_never_panic() {
    let f = fixture();
    let tok = encode(&mut f.acct_claims.clone(), &f.op).unwrap();
    let bytes = tok.as_bytes();
    let alphabet = b"AZaz09-_.=!\xc3\xa9 ";
    for m in crate::fuzz::mutations(bytes, alphabet, 4, 0x9E3779B97F4A7C15, 3000) {
        let s = String::from_utf8_lossy(&m);
        let _ = decode_any(&s, &VerifyOptions::default());
        let _ = decode_unverified(&s);
    }
}

#[test]
fn null_members_decode_like_go() {
    let f = fixture();
    let payload = format!(
        r#"{{"iat":1,"iss":"{}","sub":"{}","nats":{{"pub":{{"allow":null}},"sub":null,"src":null,"subs":-1,"tags":null,"type":"user","version":2}}}}"#,
        f.acct.public_key(),
        f.user.public_key()
    );
    let tok = sign_raw(&payload, &f.acct);
    let u = decode::<User>(
        &tok,
        &VerifyOptions {
            check_jti: false,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(u.nats.limits.subs, -1);
    assert!(u.nats.limits.publish.allow.is_empty());
}

/// Tokens minted by the Go library (nats-io/jwt 2.3.0, see `scripts/go-jwt-vectors.go`;
/// keys from the fixed raw seeds 1..6: operator, exporter, exporter signing key, importer,
/// scoped role key, user):
/// activations (identity- and signing-key-issued), an account with a scoped signing key,
/// a private export, an import carrying a token, tiered JetStream limits and weighted
/// and per-cluster mappings, and a user with time windows, a locale and `nbf`.
const GO_VECTORS: &str = include_str!("go-2.3.0-vectors.txt");

fn go_vector(name: &str) -> &'static str {
    GO_VECTORS
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("vector {name}"))
}

/// Decode a Go token (signature, jti), and check that re-encoding its payload gives
/// the same bytes.
fn check_go_token<N: ClaimBody>(name: &str) -> Claims<N> {
    let token = go_vector(name);
    let claims: Claims<N> = decode(token, &VerifyOptions::ignore_time()).expect(name);
    let payload = URL_SAFE_NO_PAD
        .decode(token.split('.').nth(1).unwrap())
        .unwrap();
    assert_eq!(
        std::str::from_utf8(&to_go_json(&claims).unwrap()).unwrap(),
        std::str::from_utf8(&payload).unwrap(),
        "{name}: byte-exact re-encode"
    );
    assert_eq!(compute_jti(&claims).unwrap(), claims.jti, "{name}: jti");
    claims
}

fn seeded(kind: KeyKind, b: u8) -> KeyPair {
    KeyPair::from_raw_seed(kind, [b; 32]).unwrap()
}

#[test]
fn go_activation_vectors() {
    let exporter = seeded(KeyKind::Account, 2);
    let exporter_sk = seeded(KeyKind::Account, 3);
    let importer = seeded(KeyKind::Account, 4);
    let act = check_go_token::<Activation>("ACTIVATION");
    assert_eq!(act.sub, importer.public_key());
    assert_eq!(act.iss, exporter.public_key());
    assert_eq!(act.nats.kind, Some(ExportType::Service));
    assert_eq!(act.nats.subject, "help.>");
    assert!(act.exp > 0);
    let sk = check_go_token::<Activation>("ACTIVATION_SK");
    assert_eq!(sk.iss, exporter_sk.public_key());
    assert_eq!(sk.exporter(), exporter.public_key());

    // The exporter's account (also Go-minted) trusts both issuers.
    let acct = check_go_token::<Account>("ACCOUNT_FEATURES");
    let opts = VerifyOptions::ignore_time();
    let imp = importer.public_key();
    verify_activation(
        go_vector("ACTIVATION"),
        &opts,
        &acct,
        imp,
        "help.>",
        ExportType::Service,
    )
    .unwrap();
    verify_activation(
        go_vector("ACTIVATION_SK"),
        &opts,
        &acct,
        imp,
        "events.x",
        ExportType::Stream,
    )
    .unwrap();
    // Wrong kind, wrong importer, subject not covered.
    let tok = go_vector("ACTIVATION");
    assert!(verify_activation(tok, &opts, &acct, imp, "help.>", ExportType::Stream).is_err());
    assert!(
        verify_activation(
            tok,
            &opts,
            &acct,
            exporter.public_key(),
            "help.>",
            ExportType::Service
        )
        .is_err()
    );
    assert!(verify_activation(tok, &opts, &acct, imp, "other.>", ExportType::Service).is_err());

    // Our own encoder makes the same bytes from the same claims.
    let mut mine = ActivationClaims::new(imp, "help.>", ExportType::Service);
    mine.exp = act.exp;
    let t = encode_at(&mut mine, &exporter, act.iat).unwrap();
    assert_eq!(
        t.split('.').nth(1),
        go_vector("ACTIVATION").split('.').nth(1)
    );
}

#[test]
fn go_account_with_scopes_tiers_and_mappings() {
    let acct = check_go_token::<Account>("ACCOUNT_FEATURES");
    let n = &acct.nats;
    let scope = n.scope_by_role("orders").expect("scoped key");
    assert_eq!(scope.key, seeded(KeyKind::Account, 5).public_key());
    assert_eq!(scope.template.publish.allow, vec!["a.>"]);
    assert_eq!(scope.template.times_location, "Europe/Berlin");
    assert_eq!(n.limits.tiered_limits["R1"].mem_storage, 1_048_576);
    assert_eq!(n.limits.tiered_limits["R3"].max_ack_pending, 100);
    assert!(n.limits.jetstream_enabled());
    let m = &n.mappings["orders.*"];
    assert_eq!(m[0].subject, "orders.v2.{{wildcard(1)}}");
    assert_eq!(m[0].weight, 50);
    assert_eq!(n.mappings["q"][1].cluster, "west");
    assert!(n.exports.iter().any(|e| e.token_req));
    assert!(!n.imports[0].token.is_empty());
    acct.nats.validate().unwrap();

    // Rebuilt with the API, re-signed by the same key at the same time: same payload.
    let op = seeded(KeyKind::Operator, 1);
    let mut again = AccountClaims::new(acct.sub.clone(), "exp");
    again.nats.authorization = None;
    again.nats.limits.tiered_limits = n.limits.tiered_limits.clone();
    let mut scope2 = ScopedSigningKey::new(scope.key.clone(), "orders", scope.template.clone());
    scope2.description = None;
    again.nats.add_scoped_signing_key(scope2);
    again
        .nats
        .add_signing_key(seeded(KeyKind::Account, 3).public_key());
    again.nats.exports = n.exports.clone();
    again.nats.imports = n.imports.clone();
    again.nats.set_mapping(
        "orders.*",
        vec![
            WeightedMapping::new("orders.v2.{{wildcard(1)}}", 50, ""),
            WeightedMapping::new("orders.v1.{{wildcard(1)}}", 50, ""),
        ],
    );
    again.nats.set_mapping(
        "q",
        vec![
            WeightedMapping::new("q.east", 0, "east"),
            WeightedMapping::new("q.west", 40, "west"),
        ],
    );
    let t = encode_at(&mut again, &op, acct.iat).unwrap();
    assert_eq!(
        t.split('.').nth(1),
        go_vector("ACCOUNT_FEATURES").split('.').nth(1)
    );
}

#[test]
fn go_user_with_time_windows_and_nbf() {
    let u = check_go_token::<User>("USER_TIMES");
    assert_eq!(u.nats.limits.times.len(), 2);
    assert_eq!(
        u.nats.limits.times[1],
        TimeRange::parse("13:00:00-17:00:00").unwrap()
    );
    assert_eq!(u.nats.limits.times_location, "America/New_York");
    assert!(u.nbf > u.iat);
    // Not yet valid when time is checked.
    assert!(matches!(
        decode::<User>(go_vector("USER_TIMES"), &VerifyOptions::default()),
        Err(Error::NotYetValid { .. })
    ));
}

#[test]
fn mapping_weights_and_time_windows_are_validated() {
    let mut a = Account::default();
    a.set_mapping(
        "a",
        vec![
            WeightedMapping::new("b", 60, ""),
            WeightedMapping::new("c", 50, ""),
        ],
    );
    assert!(a.validate().is_err());
    a.set_mapping(
        "a",
        vec![
            WeightedMapping::new("b", 60, "x"),
            WeightedMapping::new("c", 50, "y"),
        ],
    );
    a.validate().unwrap();
    a.set_mapping(
        "a",
        vec![
            WeightedMapping::new("b", 0, ""),
            WeightedMapping::new("c", 1, ""),
        ],
    );
    assert!(a.validate().is_err(), "0 counts as 100");
    assert!(a.remove_mapping("a"));
    assert!(!a.remove_mapping("a"));
    for bad in [
        "8:00:00-17:00:00",
        "08:00-17:00",
        "24:00:00-01:00:00",
        "08:00:00",
        "08:00:60-09:00:00",
    ] {
        assert!(TimeRange::parse(bad).is_err(), "{bad}");
    }
    assert_eq!(
        TimeRange::parse(" 22:00:00-06:00:00 ").unwrap().end,
        "06:00:00"
    );
}

#[test]
fn subject_coverage() {
    assert!(subject_covers("help.>", "help.>"));
    assert!(subject_covers("help.>", "help.x.y"));
    assert!(subject_covers("a.*", "a.b"));
    assert!(!subject_covers("a.*", "a.>"));
    assert!(!subject_covers("a.b", "a.>"));
    assert!(!subject_covers("help.>", "help"));
    assert!(subject_covers("a.b", "a.b"));
}
