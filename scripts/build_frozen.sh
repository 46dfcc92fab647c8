#!/usr/bin/env bash
# Build the one-folder program with PyInstaller (build.spec) and start it once with
# --smoke-test: exit status 0 and a JSON line {"ok": true, ...} or the build fails. Then the
# console program beside it (melayani-desk-cli) must print: --help, `search ktp`, and the
# `sync --json` report the window's child-process sync reads (not enrolled: exit 3).
#
#   scripts/build_frozen.sh [PYTHON]        (default: .venv/bin/python, else python3)
#
# Build and work folders go to a temporary directory, removed afterwards (KEEP_BUILD=1 keeps
# it; BUILD_ROOT=DIR builds there and keeps it); the folder it built is printed last.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:-}"
if [ -z "$PY" ]; then
    if [ -x .venv/bin/python ]; then PY=.venv/bin/python; else PY=python3; fi
fi
"$PY" -m PyInstaller --version >/dev/null 2>&1 || "$PY" -m pip install -q "pyinstaller>=6.10"

if [ -n "${BUILD_ROOT:-}" ]; then
    ROOT="$BUILD_ROOT"
else  # a temporary folder, removed at the end unless KEEP_BUILD=1
    ROOT="$(mktemp -d -t melayani-build-XXXXXX)"
    [ "${KEEP_BUILD:-}" = 1 ] || trap 'rm -rf "$ROOT"' EXIT
fi
mkdir -p "$ROOT"
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/work" build.spec
built=$(( $(date +%s) - start ))

APP="$ROOT/dist/melayani-desk"
EXE="$APP/melayani-desk"
[ -x "$EXE" ] || EXE="$APP/melayani-desk.exe"
for need in resources/sample/services.csv resources/translations/melayani_id.qm \
            melayani_desk/storage/migrations/desk/env.py \
            melayani_core/storage/migrations/directory/env.py; do
    found=$(find "$APP" -path "*/$need" -print -quit)
    [ -n "$found" ] || { echo "build_frozen: $need missing from the build" >&2; exit 1; }
done

DATA="$ROOT/smoke-data"
rm -rf "$DATA"
start=$(date +%s)
set +e
out=$(QT_QPA_PLATFORM=offscreen timeout 120 "$EXE" --smoke-test --data-dir "$DATA" 2>"$ROOT/smoke.err")
rc=$?
set -e
ran=$(( $(date +%s) - start ))
line=$(printf '%s\n' "$out" | grep -E '^\{' | tail -n 1 || true)
if [ "$rc" -ne 0 ] || ! printf '%s' "$line" | "$PY" -c \
    'import json,sys; d=json.loads(sys.stdin.read()); sys.exit(0 if d.get("ok") is True else 1)'; then
    echo "build_frozen: smoke test FAILED (exit $rc)" >&2
    printf '%s\n' "$out" >&2
    tail -n 40 "$ROOT/smoke.err" >&2
    exit 1
fi

CLI="$APP/melayani-desk-cli"
[ -x "$CLI" ] || CLI="$APP/melayani-desk-cli.exe"
[ -x "$CLI" ] || { echo "build_frozen: the console program melayani-desk-cli is missing" >&2; exit 1; }
cli_check() {  # cli_check WANT_RC PATTERN ARGS...: the console program prints PATTERN
    local want="$1" pattern="$2"; shift 2
    set +e
    out=$(timeout 120 "$CLI" --data-dir "$DATA" "$@" 2>"$ROOT/cli.err")
    rc=$?
    set -e
    if [ "$rc" -ne "$want" ] || ! printf '%s\n' "$out" | grep -q -- "$pattern"; then
        echo "build_frozen: melayani-desk-cli $* FAILED (exit $rc, wanted $want and '$pattern')" >&2
        printf '%s\n' "$out" >&2
        tail -n 40 "$ROOT/cli.err" >&2
        exit 1
    fi
}
cli_check 0 "usage: melayani-desk" --help
cli_check 0 "Dispendukcapil" search ktp
cli_check 3 '"enrolled": false' sync --json
size=$(du -sm "$APP" | cut -f1)
echo "build_frozen: ok: built in ${built}s, ${size} MB; smoke test ${ran}s: $line"
echo "build_frozen: ok: the console program prints --help, search ktp and sync --json"
echo "$APP"
