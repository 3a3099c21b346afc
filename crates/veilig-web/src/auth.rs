//! Credentials: argon2id password hashes, random tokens, TOTP codes (RFC 6238, SHA-1, 30 s,
//! 6 digits: what every authenticator app speaks) and recovery codes.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

/// Minimum password length for every login.
pub const MIN_PASSWORD_LEN: usize = 12;

/// Hashes a password with argon2id and a random salt.
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// Checks a password against a stored hash; a malformed hash never matches.
pub fn verify_password(password: &str, hash: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// [`hash_password`] on the blocking pool: argon2 takes tens of milliseconds and must not stall
/// the request threads.
pub async fn hash_password_off_thread(password: String) -> Result<String, crate::errors::AppError> {
    use crate::errors::AppError;
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))
}

/// [`verify_password`] on the blocking pool.
pub async fn verify_password_off_thread(
    password: String,
    hash: String,
) -> Result<bool, crate::errors::AppError> {
    tokio::task::spawn_blocking(move || verify_password(&password, &hash))
        .await
        .map_err(|e| crate::errors::AppError::Internal(e.to_string()))
}

/// A hash of a random password, verified against when the e-mail address is unknown so that the
/// response time does not reveal which addresses have an account.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_password(&random_token()).unwrap_or_default());
    &DUMMY
}

/// 32 random bytes, URL-safe base64 without padding.
pub fn random_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    data_encoding::BASE64URL_NOPAD.encode(&b)
}

/// A new TOTP secret: 20 random bytes in base32 (no padding).
pub fn new_totp_secret() -> String {
    let mut b = [0u8; 20];
    rand::rngs::OsRng.fill_bytes(&mut b);
    data_encoding::BASE32_NOPAD.encode(&b)
}

/// The TOTP time step of a unix time.
pub fn totp_step(unix: i64) -> i64 {
    unix.div_euclid(30)
}

/// The six-digit code of a base32 secret at a time step.
pub fn totp_code(secret_b32: &str, step: i64) -> Option<String> {
    let key = data_encoding::BASE32_NOPAD
        .decode(secret_b32.trim().to_ascii_uppercase().as_bytes())
        .ok()?;
    let mut mac = Hmac::<Sha1>::new_from_slice(&key).ok()?;
    mac.update(&step.to_be_bytes());
    let h = mac.finalize().into_bytes();
    let offset = usize::from(h[h.len() - 1] & 0x0f);
    let bin = (u32::from(h[offset] & 0x7f) << 24)
        | (u32::from(h[offset + 1]) << 16)
        | (u32::from(h[offset + 2]) << 8)
        | u32::from(h[offset + 3]);
    Some(format!("{:06}", bin % 1_000_000))
}

/// Checks a code against the current step ±1 (clock drift); returns the matching step.
pub fn totp_check(secret_b32: &str, code: &str, unix: i64) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let now = totp_step(unix);
    (now - 1..=now + 1).find(|&s| totp_code(secret_b32, s).is_some_and(|c| c == code))
}

/// The otpauth URI authenticator apps read from the QR code.
pub fn totp_uri(secret_b32: &str, account: &str) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/veilig:{}?secret={}&issuer=veilig&algorithm=SHA1&digits=6&period=30",
        enc(account),
        secret_b32
    )
}

/// The QR code of a URI as an inline SVG.
pub fn qr_svg(data: &str) -> Option<String> {
    let code = qrcode::QrCode::new(data.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color>()
            .min_dimensions(220, 220)
            .quiet_zone(true)
            .build(),
    )
}

/// Ten recovery codes such as `k3x9p-7hq2m`.
pub fn new_recovery_codes() -> Vec<String> {
    (0..10)
        .map(|_| {
            let mut b = [0u8; 7];
            rand::rngs::OsRng.fill_bytes(&mut b);
            let s = data_encoding::BASE32_NOPAD.encode(&b).to_ascii_lowercase();
            format!("{}-{}", &s[0..5], &s[5..10])
        })
        .collect()
}

/// Normalises a typed recovery code (case, spaces, dashes) before hashing.
pub fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_with_the_right_password() {
        let h = hash_password("correct horse battery").expect("hash");
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("wrong horse battery", &h));
        assert!(!verify_password("x", "not a hash"));
    }

    #[test]
    fn totp_matches_the_rfc_6238_test_vector() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 s → 94287082 (8 digits).
        let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(totp_code(&secret, totp_step(59)).as_deref(), Some("287082"));
        assert_eq!(
            totp_code(&secret, totp_step(1_111_111_109)).as_deref(),
            Some("081804")
        );
        assert_eq!(totp_check(&secret, "287 082", 59), Some(1));
        assert_eq!(totp_check(&secret, "287082", 59 + 30), Some(1));
        assert_eq!(totp_check(&secret, "287082", 59 + 90), None);
        assert_eq!(totp_check(&secret, "abcdef", 59), None);
    }

    #[test]
    fn recovery_codes_are_unique_and_normalise() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let mut dedup = codes.clone();
        dedup.sort();
        dedup.dedup();
        assert_eq!(dedup.len(), 10);
        assert_eq!(normalise_recovery_code(" AbCDe-fGhij "), "abcdefghij");
    }

    #[test]
    fn uri_and_qr_are_built() {
        let s = new_totp_secret();
        let uri = totp_uri(&s, "eva@bakkerij.nl");
        assert!(uri.starts_with("otpauth://totp/veilig:eva@bakkerij.nl?secret="));
        assert!(qr_svg(&uri).is_some_and(|svg| svg.contains("<svg")));
    }
}
