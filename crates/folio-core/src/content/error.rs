//! What can go wrong with one content file, for the loader to report and the views to show.

/// What went wrong with one file; `file` is its path under the endpoint.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    NotFound { file: String },
    Server { file: String, status: u16 },
    Unreachable { file: String },
    Timeout { file: String },
    Invalid { file: String, detail: String },
}
