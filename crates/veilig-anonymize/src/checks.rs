//! Checksums: 11-proef (BSN), mod-97 (IBAN), Luhn (credit cards).

/// Digits of `s`, ignoring everything else.
pub(crate) fn digits(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// BSN 11-proef on 8 or 9 digits: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 ≡ 0 (mod 11).
pub(crate) fn bsn_valid(s: &str) -> bool {
    let mut d = digits(s);
    if d.len() == 8 {
        d.insert(0, 0);
    }
    if d.len() != 9 || d.iter().all(|&x| x == 0) {
        return false;
    }
    // A run of one digit (111111110) is technically valid but never a real BSN.
    if d[..8].iter().all(|&x| x == d[0]) {
        return false;
    }
    let mut sum: i64 = 0;
    for (i, &x) in d.iter().enumerate().take(8) {
        sum += (9 - i as i64) * x as i64;
    }
    sum -= d[8] as i64;
    sum % 11 == 0
}

/// IBAN mod-97 on an IBAN with or without spaces.
pub(crate) fn iban_valid(s: &str) -> bool {
    let compact: Vec<u8> = s
        .bytes()
        .filter(|b| !b.is_ascii_whitespace() && *b != b'-')
        .collect();
    if compact.len() < 15 || compact.len() > 34 {
        return false;
    }
    if !compact[..2].iter().all(u8::is_ascii_alphabetic)
        || !compact[2..4].iter().all(u8::is_ascii_digit)
    {
        return false;
    }
    let mut rem: u32 = 0;
    for &b in compact[4..].iter().chain(compact[..4].iter()) {
        let v = match b {
            b'0'..=b'9' => (b - b'0') as u32,
            b'A'..=b'Z' => (b - b'A') as u32 + 10,
            b'a'..=b'z' => (b - b'a') as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// Expected IBAN length per country (every country of the IBAN registry); `None` for a
/// code that is no IBAN country.
pub(crate) fn iban_len(cc: &str) -> Option<usize> {
    Some(match cc {
        "NL" => 18,
        "BE" => 16,
        "DE" => 22,
        "FR" | "IT" | "MC" => 27,
        "ES" | "SE" | "SK" | "CZ" => 24,
        "GB" | "IE" => 22,
        "LU" => 20,
        "AT" => 20,
        "CH" | "LI" => 21,
        "DK" | "FI" => 18,
        "NO" => 15,
        "PL" => 28,
        "PT" => 25,
        "TR" => 26,
        "MA" => 28,
        "GR" => 27,
        "HU" => 28,
        "RO" => 24,
        "BG" => 22,
        "HR" => 21,
        "SI" => 19,
        "LT" | "EE" => 20,
        "LV" => 21,
        "FO" | "GL" | "SD" | "FK" => 18,
        "MK" => 19,
        "BA" | "KZ" | "XK" | "MN" => 20,
        "AE" | "GI" | "IL" | "IQ" | "TL" | "SO" | "OM" => 23,
        "BH" | "CR" | "GE" | "ME" | "RS" | "VA" => 22,
        "AD" | "MD" | "PK" | "SA" | "TN" | "VG" => 24,
        "ST" | "LY" => 25,
        "IS" => 26,
        "MR" | "SM" | "BI" | "DJ" => 27,
        "AL" | "AZ" | "BY" | "CY" | "DO" | "GT" | "LB" | "SV" | "NI" | "HN" => 28,
        "BR" | "EG" | "PS" | "QA" | "UA" => 29,
        "JO" | "KW" | "MU" | "YE" => 30,
        "MT" | "SC" => 31,
        "LC" => 32,
        "RU" => 33,
        // No IBAN country: `WO903792` is a work order's number, whatever mod 97 says.
        _ => return None,
    })
}

/// Luhn check for card numbers (13-19 digits).
pub(crate) fn luhn_valid(s: &str) -> bool {
    let d = digits(s);
    if d.len() < 13 || d.len() > 19 {
        return false;
    }
    let mut sum = 0u32;
    for (i, &x) in d.iter().rev().enumerate() {
        let mut v = x as u32;
        if i % 2 == 1 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    sum % 10 == 0
}

/// Belgian enterprise (and VAT) number: ten digits, the last two 97 minus the first eight
/// modulo 97 (`BE 0555.727.119`).
pub(crate) fn be_enterprise_valid(s: &str) -> bool {
    let d: Vec<u64> = s
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|c| u64::from(c - b'0'))
        .collect();
    if d.len() != 10 {
        return false;
    }
    let base = d[..8].iter().fold(0, |n, &x| n * 10 + x);
    let check = d[8] * 10 + d[9];
    97 - base % 97 == check
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bsn() {
        assert!(bsn_valid("111222333"));
        assert!(bsn_valid("123456782"));
        assert!(bsn_valid("1234.56.782"));
        assert!(bsn_valid("123 456 782"));
        assert!(!bsn_valid("123456789"));
        assert!(!bsn_valid("000000000"));
        assert!(!bsn_valid("12345"));
    }

    #[test]
    fn iban() {
        assert!(iban_valid("NL91ABNA0417164300"));
        assert!(iban_valid("NL91 ABNA 0417 1643 00"));
        assert!(iban_valid("nl91abna0417164300"));
        assert!(iban_valid("NL91-ABNA-0417-1643-00"));
        assert!(iban_valid("DE89370400440532013000"));
        assert!(iban_valid("BE68539007547034"));
        assert!(!iban_valid("NL91ABNA0417164301"));
        assert!(!iban_valid("NL"));
        assert_eq!(iban_len("NL"), Some(18));
    }

    #[test]
    fn luhn() {
        assert!(luhn_valid("4111 1111 1111 1111"));
        assert!(luhn_valid("5500-0000-0000-0004"));
        assert!(!luhn_valid("4111 1111 1111 1112"));
        assert!(!luhn_valid("4111"));
    }
}
