//! marsad-eval: measuring the extractor.
//!
//! - [`gold`]: the seed reports against their hand reading (`shared/gold`), by
//!   the matching rules in its README;
//! - [`acled`]: ACLED's coders' notes against what they coded;
//! - [`fakes`]: FA-KES articles against their governorate label;
//! - [`linking`]: merging retold incidents without merging distinct ones.
//!
//! Each returns a serialisable report with a `render` for people.

pub mod acled;
pub mod fakes;
pub mod gold;
pub mod linking;

use serde::Serialize;

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    pub fn new(tp: usize, fp: usize, fn_: usize) -> Prf {
        let p = if tp + fp == 0 {
            1.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            1.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        Prf {
            tp,
            fp,
            fn_,
            precision: p,
            recall: r,
            f1: f,
        }
    }
    pub fn add(self, o: Prf) -> Prf {
        Prf::new(self.tp + o.tp, self.fp + o.fp, self.fn_ + o.fn_)
    }
    pub fn line(&self) -> String {
        format!(
            "P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {})",
            self.precision, self.recall, self.f1, self.tp, self.fp, self.fn_
        )
    }
}

/// A share with its counts.
#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Share {
    pub hits: usize,
    pub total: usize,
    pub rate: f64,
}

impl Share {
    pub fn new(hits: usize, total: usize) -> Share {
        Share {
            hits,
            total,
            rate: if total == 0 {
                0.0
            } else {
                hits as f64 / total as f64
            },
        }
    }
    pub fn line(&self) -> String {
        format!("{:6.2}%  ({}/{})", self.rate * 100.0, self.hits, self.total)
    }
}
