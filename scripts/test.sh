#!/usr/bin/env bash
# Installs what a fresh machine lacks (Dovecot for the IMAP tests, the Python packages), then runs the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dovecot >/dev/null 2>&1 && [ ! -x /usr/sbin/dovecot ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq dovecot-imapd openssl >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'

# Lint and types first: cheap, and a failure here is a real defect.
python3 -m ruff check .
python3 -m mypy

# Extra arguments go to pytest.
set +e
python3 -m pytest -q "$@"
code=$?
set -e
if [ "$code" -eq 5 ]; then
  echo "no tests were collected" >&2
  exit 1
fi
exit "$code"
