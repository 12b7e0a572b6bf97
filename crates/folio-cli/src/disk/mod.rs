//! How `folio-cli` touches the disk. Every file it writes goes through `write` (whole
//! or untouched, never half written); a write that fails is a `WriteError`, which stops
//! the command with its reason in plain words (`failure`); every run that writes a
//! content tree or a publish's output holds that folder's `lock`, so two runs never mix
//! their files and a run killed half-way is tidied after by the next; `stamp` is how a
//! file was seen (size, time, hash), so a later run knows what changed.

pub mod failure;
pub mod lock;
pub mod remove;
pub mod stamp;
pub mod write;
