//! Prometheus metrics of the gateway (text format 0.0.4), kept in atomics.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

const BUCKETS_MS: [u64; 12] = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 5000, 30000];

#[derive(Default)]
pub(crate) struct Metrics {
    /// (api, status class or code) → count.
    requests: Mutex<BTreeMap<(&'static str, u16), u64>>,
    errors: Mutex<BTreeMap<(&'static str, &'static str), u64>>,
    spend_micro: AtomicU64,
    input_tokens: AtomicU64,
    output_tokens: AtomicU64,
    replacements: AtomicU64,
    hist: [AtomicU64; BUCKETS_MS.len()],
    hist_count: AtomicU64,
    hist_sum_us: AtomicU64,
}

impl Metrics {
    pub fn request(&self, api: &'static str, status: u16, latency: std::time::Duration) {
        if let Ok(mut m) = self.requests.lock() {
            *m.entry((api, status)).or_default() += 1;
        }
        let ms = latency.as_millis() as u64;
        for (i, b) in BUCKETS_MS.iter().enumerate() {
            if ms <= *b {
                self.hist[i].fetch_add(1, Ordering::Relaxed);
            }
        }
        self.hist_count.fetch_add(1, Ordering::Relaxed);
        self.hist_sum_us
            .fetch_add(latency.as_micros() as u64, Ordering::Relaxed);
    }

    pub fn error(&self, api: &'static str, code: &'static str) {
        if let Ok(mut m) = self.errors.lock() {
            *m.entry((api, code)).or_default() += 1;
        }
    }

    pub fn spend(&self, micro: i64, input: i64, output: i64) {
        self.spend_micro
            .fetch_add(micro.max(0) as u64, Ordering::Relaxed);
        self.input_tokens
            .fetch_add(input.max(0) as u64, Ordering::Relaxed);
        self.output_tokens
            .fetch_add(output.max(0) as u64, Ordering::Relaxed);
    }

    pub fn replacements(&self, n: usize) {
        self.replacements.fetch_add(n as u64, Ordering::Relaxed);
    }

    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "# HELP veilig_gateway_requests_total Requests by API and HTTP status."
        );
        let _ = writeln!(s, "# TYPE veilig_gateway_requests_total counter");
        if let Ok(m) = self.requests.lock() {
            for ((api, status), n) in m.iter() {
                let _ = writeln!(
                    s,
                    "veilig_gateway_requests_total{{api=\"{api}\",status=\"{status}\"}} {n}"
                );
            }
        }
        let _ = writeln!(
            s,
            "# HELP veilig_gateway_errors_total Errors by API and code."
        );
        let _ = writeln!(s, "# TYPE veilig_gateway_errors_total counter");
        if let Ok(m) = self.errors.lock() {
            for ((api, code), n) in m.iter() {
                let _ = writeln!(
                    s,
                    "veilig_gateway_errors_total{{api=\"{api}\",code=\"{code}\"}} {n}"
                );
            }
        }
        let _ = writeln!(
            s,
            "# HELP veilig_gateway_spend_euros_total Settled spend in euros."
        );
        let _ = writeln!(s, "# TYPE veilig_gateway_spend_euros_total counter");
        let _ = writeln!(
            s,
            "veilig_gateway_spend_euros_total {:.6}",
            self.spend_micro.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(s, "# TYPE veilig_gateway_tokens_total counter");
        let _ = writeln!(
            s,
            "veilig_gateway_tokens_total{{kind=\"input\"}} {}",
            self.input_tokens.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            s,
            "veilig_gateway_tokens_total{{kind=\"output\"}} {}",
            self.output_tokens.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            s,
            "# TYPE veilig_gateway_anonymized_replacements_total counter"
        );
        let _ = writeln!(
            s,
            "veilig_gateway_anonymized_replacements_total {}",
            self.replacements.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            s,
            "# HELP veilig_gateway_request_duration_seconds Time to response headers."
        );
        let _ = writeln!(
            s,
            "# TYPE veilig_gateway_request_duration_seconds histogram"
        );
        for (i, b) in BUCKETS_MS.iter().enumerate() {
            let _ = writeln!(
                s,
                "veilig_gateway_request_duration_seconds_bucket{{le=\"{}\"}} {}",
                *b as f64 / 1000.0,
                self.hist[i].load(Ordering::Relaxed)
            );
        }
        let count = self.hist_count.load(Ordering::Relaxed);
        let _ = writeln!(
            s,
            "veilig_gateway_request_duration_seconds_bucket{{le=\"+Inf\"}} {count}"
        );
        let _ = writeln!(
            s,
            "veilig_gateway_request_duration_seconds_sum {:.6}",
            self.hist_sum_us.load(Ordering::Relaxed) as f64 / 1e6
        );
        let _ = writeln!(s, "veilig_gateway_request_duration_seconds_count {count}");
        s
    }
}
