"""Long commands say how far they are on stderr: one line rewritten in place on a
terminal, plain lines when stderr is a pipe or a file (import, publish, a directory update
installed by ``sync``)."""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys

from conftest_import_helpers import good_sheets, write_xlsx
from hub_fixtures import fresh_hub_fixture  # noqa: F401
from test_sync_support import snapshot_csvs

from melayani_desk.cli import main
from melayani_desk.sync.enroll import enroll
from melayani_hub import publish, signing
from melayani_hub.desks import new_code

STAGES = ("Membaca v1.xlsx…", "Menyiapkan indeks pencarian…", "Menulis dan memeriksa")


def command(data_dir, *argv):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return [sys.executable, "-m", "melayani_desk", "--data-dir", str(data_dir), *argv], env


def test_import_to_a_pipe_prints_one_plain_line_per_stage(data_dir, tmp_path):
    book = write_xlsx(tmp_path / "v1.xlsx", good_sheets())
    argv, env = command(data_dir, "import", str(book))
    done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    for stage in STAGES:
        assert sum(line.startswith(stage) for line in lines) == 1, lines
    assert "\r" not in done.stderr and "\x1b" not in done.stderr
    assert "Impor berhasil" in done.stdout


def test_import_on_a_terminal_rewrites_one_line(data_dir, tmp_path):
    book = write_xlsx(tmp_path / "v1.xlsx", good_sheets())
    argv, env = command(data_dir, "import", str(book))
    main_fd, child_fd = pty.openpty()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=child_fd)
    os.close(child_fd)
    seen = b""
    while True:
        try:
            chunk = os.read(main_fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen += chunk
    os.close(main_fd)
    assert proc.wait(timeout=120) == 0
    proc.stdout.close()
    text = seen.decode("utf-8")
    for stage in STAGES:
        assert f"\r{stage}" in text, text
    assert "\x1b[K" in text
    assert text.count("\n") == 1 and text.endswith("\n")  # one line, ended when done


def test_publish_and_the_update_sync_installs_tell_their_stages(
    fresh_hub, tmp_path, sample_dir, capsys
):
    from melayani_hub.cli import main as hub_main

    key, pub, _ = signing.keygen(tmp_path / "keys")
    csv = tmp_path / "csv"
    csv.mkdir()
    for name, body in snapshot_csvs("kupukupu").items():
        (csv / name).write_text(body, encoding="utf-8")
    hub_cli = ["publish", str(csv), "--key", str(key), "--db", fresh_hub.db_url]
    assert hub_main(hub_cli) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[:3] == [
        "Membaca csv…",
        "Menulis snapshot…",
        "Menandatangani dan menyimpan versi baru…",
    ]
    folder = tmp_path / "desk"
    shutil.copytree(sample_dir, folder)
    code, _ = new_code(fresh_hub.engine, "Meja Kemajuan")
    enroll(folder, fresh_hub.base_url, code, str(pub))
    assert main(["--data-dir", str(folder), "sync"]) == 0
    out, err = capsys.readouterr()
    assert "diperbarui ke v1" in out
    lines = err.splitlines()
    assert any(line.startswith("Mengunduh direktori dari hub… 100%") for line in lines), lines
    for stage in ("Membuka snapshot…", "Membaca direktori v1…", "Menulis dan memeriksa"):
        assert any(line.startswith(stage) for line in lines), lines
    publish.publish(fresh_hub.engine, csv, key)  # v2; the window's child pass is quiet
    assert main(["--data-dir", str(folder), "sync", "--json"]) == 0
    assert capsys.readouterr().err == ""
