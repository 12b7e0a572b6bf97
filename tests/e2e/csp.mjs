// The strict Content-Security-Policy every end-to-end page is served under (server.mjs,
// and host pages a test makes up): Folio's own files, wasm compiled from them, its own
// stylesheets, pictures from itself or https, content from its own origin; and Trusted
// Types required with no policy at all, so that any HTML or script sink used by Folio,
// its dependencies or the generated JavaScript throws.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; connect-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
