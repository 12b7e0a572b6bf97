#!/usr/bin/env python3
"""Fails when code under crates/*/src/ writes a file other than through folio-cli's one
helper, crates/folio-cli/src/disk/write.rs (a temporary file beside the target, flushed,
renamed over it): no `fs::write`, `File::create` or `fs::copy` elsewhere. Test modules
(from a file's first `#[cfg(test)]` on) are left out.
Usage: python3 scripts/writes.py
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELPER = ROOT / "crates" / "folio-cli" / "src" / "disk" / "write.rs"
WRITES = re.compile(r"\b(fs::write|File::create|fs::copy)\s*\(")

found = []
for path in sorted(ROOT.glob("crates/*/src/**/*.rs")):
    if path == HELPER:
        continue
    code = path.read_text().split("#[cfg(test)]", 1)[0]
    code = re.sub(r"//[^\n]*", "", code)
    for number, line in enumerate(code.splitlines(), 1):
        if WRITES.search(line):
            found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
if found:
    print(f"files written outside {HELPER.relative_to(ROOT)} (use its write or write_if_changed):")
    print("\n".join(found))
    sys.exit(1)
print(f"writes: every file under crates/*/src/ is written through {HELPER.relative_to(ROOT)}")
