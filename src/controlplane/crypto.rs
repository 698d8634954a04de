//! Seed storage as pb-nats does it: plaintext, or `enc::` + base64(nonce[12] ||
//! AES-256-GCM ciphertext+tag) with a 32-byte key (PocketBase `security.Encrypt`), and
//! the nkeys `P...` private key encoding that pb-nats stores beside each seed.

use crate::error::{Error, Result};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

/// The prefix of encrypted values.
pub const ENC_PREFIX: &str = "enc::";

/// A 32-byte AES-256-GCM key (the raw bytes of pb-nats' `EncryptionKey` string).
#[derive(Clone)]
pub struct EncryptionKey([u8; 32]);

impl std::fmt::Debug for EncryptionKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EncryptionKey(<redacted>)")
    }
}

impl EncryptionKey {
    /// The key from the text of an environment variable: exactly 32 bytes, as pb-nats
    /// requires.
    pub fn from_text(name: &str, text: &str) -> Result<EncryptionKey> {
        let bytes: [u8; 32] = text.as_bytes().try_into().map_err(|_| {
            Error::usage(format!(
                "the encryption key in ${name} must be exactly 32 bytes, it has {}",
                text.len()
            ))
            .hint("pb-nats uses the 32 raw bytes of its EncryptionKey option")
        })?;
        Ok(EncryptionKey(bytes))
    }

    fn key(&self) -> Result<LessSafeKey> {
        UnboundKey::new(&AES_256_GCM, &self.0)
            .map(LessSafeKey::new)
            .map_err(|_| Error::failed("cannot set up AES-256-GCM"))
    }

    /// `enc::` + base64(nonce || ciphertext || tag).
    pub fn encrypt(&self, plain: &str) -> Result<String> {
        let key = self.key()?;
        let mut nonce = [0u8; NONCE_LEN];
        SystemRandom::new()
            .fill(&mut nonce)
            .map_err(|_| Error::failed("no randomness for the encryption nonce"))?;
        let mut buf = plain.as_bytes().to_vec();
        key.seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut buf)
            .map_err(|_| Error::failed("encryption failed"))?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&buf);
        Ok(format!("{ENC_PREFIX}{}", STANDARD.encode(out)))
    }

    /// Decrypt an `enc::` value (values without the prefix pass through).
    pub fn decrypt(&self, value: &str) -> Result<String> {
        let Some(b64) = value.strip_prefix(ENC_PREFIX) else {
            return Ok(value.to_string());
        };
        let bad = || {
            Error::failed("cannot decrypt an enc:: value: wrong encryption key or corrupt data")
                .hint("pass the key pb-nats uses with --encryption-key-env VAR")
        };
        let raw = STANDARD.decode(b64.trim()).map_err(|_| bad())?;
        if raw.len() < NONCE_LEN + 16 {
            return Err(bad());
        }
        let (nonce, ct) = raw.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().map_err(|_| bad())?;
        let mut buf = ct.to_vec();
        let plain = self
            .key()?
            .open_in_place(Nonce::assume_unique_for_key(nonce), Aad::empty(), &mut buf)
            .map_err(|_| bad())?;
        String::from_utf8(plain.to_vec()).map_err(|_| bad())
    }
}

/// Read a stored secret: decrypt `enc::` values with `key`, pass plaintext through.
pub fn reveal(value: &str, key: Option<&EncryptionKey>, what: &str) -> Result<String> {
    if !value.starts_with(ENC_PREFIX) {
        return Ok(value.to_string());
    }
    match key {
        Some(k) => k.decrypt(value).map_err(|e| e.context(what)),
        None => Err(Error::failed(format!("{what} is encrypted (enc::)"))
            .hint("pass the 32-byte key pb-nats was configured with: --encryption-key-env VAR")),
    }
}

/// Store a secret: encrypted when a key is given, else plaintext (pb-nats' default).
pub fn conceal(value: &str, key: Option<&EncryptionKey>) -> Result<String> {
    match key {
        Some(k) if !value.is_empty() => k.encrypt(value),
        _ => Ok(value.to_string()),
    }
}

fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for b in data {
        crc ^= (*b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// The nkeys `PrivateKey()` encoding of a seed: base32(prefix 'P' (15<<3) || ed25519
/// private key (seed || public) || crc16 LE), no padding.
pub fn private_key_of(seed: &str) -> Result<String> {
    let (_, raw) =
        nkeys::decode_seed(seed.trim()).map_err(|e| Error::failed(format!("invalid seed: {e}")))?;
    let kp = crate::nats::keys::KeyPair::from_seed(seed)?;
    let (_, public) = nkeys::from_public_key(kp.public_key())
        .map_err(|e| Error::failed(format!("invalid public key: {e}")))?;
    let mut data = Vec::with_capacity(67);
    data.push(15u8 << 3);
    data.extend_from_slice(&raw);
    data.extend_from_slice(&public);
    let crc = crc16(&data);
    data.extend_from_slice(&crc.to_le_bytes());
    Ok(data_encoding::BASE32_NOPAD.encode(&data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encrypt_round_trip_and_plain_passthrough() {
        let k = EncryptionKey::from_text("K", "0123456789abcdef0123456789abcdef").unwrap();
        let enc = k.encrypt("SUAB").unwrap();
        assert!(enc.starts_with("enc::"));
        assert_eq!(k.decrypt(&enc).unwrap(), "SUAB");
        assert_eq!(k.decrypt("plain").unwrap(), "plain");
        let other = EncryptionKey::from_text("K", "x123456789abcdef0123456789abcdef").unwrap();
        assert!(other.decrypt(&enc).is_err());
        assert!(EncryptionKey::from_text("K", "short").is_err());
        assert!(reveal(&enc, None, "seed").is_err());
        assert_eq!(reveal(&enc, Some(&k), "seed").unwrap(), "SUAB");
    }

    #[test]
    fn private_key_encoding() {
        let kp = crate::nats::keys::KeyPair::new_user();
        let seed = kp.seed().unwrap();
        let p = private_key_of(seed.expose_secret()).unwrap();
        assert!(p.starts_with('P'));
        assert_eq!(p.len(), 108);
        // Known vector check: crc16 of "123456789" (XMODEM) is 0x31C3.
        assert_eq!(crc16(b"123456789"), 0x31C3);
    }
}
