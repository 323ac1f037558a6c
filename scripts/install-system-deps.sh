#!/usr/bin/env bash
# System packages the pipeline and its tests need, from Debian's registry.  Idempotent: installs
# only what is missing, so a machine that has them pays nothing.
#   --runtime   only what `protokoll build` needs (Tesseract with its Swedish model, for scans);
#               without it, also what the tests and benchmarks need (chromium, which the page
#               tests drive; poppler's pdftotext, the floor benchmarks/bench_engines.py compares with).
set -euo pipefail
need=()
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
# The Swedish model ships apart from the engine; `tesseract --list-langs` names installed models.
if ! { command -v tesseract >/dev/null 2>&1 && tesseract --list-langs 2>/dev/null | grep -qx swe; }; then
    need+=(tesseract-ocr-swe)
fi
if [ "${1:-}" != "--runtime" ]; then
    command -v chromium >/dev/null 2>&1 || need+=(chromium)
    command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "installing system packages: ${need[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
