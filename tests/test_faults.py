"""kill -9 at random moments of an ingestion run, three times, then a resume: every document once, and the store
(entities, aliases, mentions, quotes) exactly as an uninterrupted run left it. `make faults` runs it on 1,000."""

import json
import os
import random
import signal
import subprocess
import sys
import time

import duckdb

DOCUMENTS = int(os.environ.get("HRONIKA_FAULT_DOCUMENTS", "400"))
KILLS = 3
SEED = int(os.environ.get("HRONIKA_FAULT_SEED", "9"))
# Surnames alone and full names, in changing order: the store renames "Rāviņš" to "Andris Rāviņš" mid-run.
PEOPLE = [("Andris", "Rāviņš", "Rāviņa"), ("Valdis", "Zatlers", "Zatlera"), ("Evika", "Siliņa", "Siliņas"),
          ("Edgars", "Rinkēvičs", "Rinkēviča"), ("Krišjānis", "Kariņš", "Kariņa"), ("Ainārs", "Šlesers", "Šlesera"),
          ("Inese", "Lībiņa-Egnere", "Lībiņas-Egneres"), ("Andris", "Sprūds", "Sprūda")]
TEMPLATES = [
    "„Lēmums par budžetu tiks pieņemts līdz {n}. novembrim,“ žurnālistiem sacīja {surname}.",
    "Politiķis {first} {surname} otrdien paziņoja, ka Saeima {n}. sēdē skatīs grozījumus likumā.",
    "Pēc {genitive} teiktā, Rīgas domē iesniegti {n} priekšlikumi par sabiedrisko transportu.",
    "{first} {surname} uzsvēra, ka Latvijas Banka un Finanšu ministrija vienojušās par {n} miljonu eiro aizņēmumu.",
]


def corpus_lines(count: int, seed: int) -> list[str]:
    """`count` short news items about the same people, named now in full, now by surname."""
    chooser = random.Random(seed)
    lines = []
    for n in range(count):
        first, surname, genitive = chooser.choice(PEOPLE)
        text = chooser.choice(TEMPLATES).format(n=n + 1, first=first, surname=surname, genitive=genitive)
        lines.append(json.dumps({"text": text, "url": f"https://example.lv/{n}"}, ensure_ascii=False))
    return lines


def ingest_command(corpus, db) -> list[str]:
    return [sys.executable, "-m", "hronika", "ingest", str(corpus), "--db", str(db)]


def wait_for_commits(process: subprocess.Popen, db, commits: int, timeout: float = 300) -> None:
    """Until the process has committed `commits` transactions (each one grows the store's write-ahead log)."""
    wal, sizes, deadline = db.with_name(db.name + ".wal"), set(), time.monotonic() + timeout
    while len(sizes) <= commits and process.poll() is None and time.monotonic() < deadline:
        if wal.exists():
            sizes.add(wal.stat().st_size)
        time.sleep(0.005)


def store_contents(db) -> dict[str, list]:
    """Every table that a resumed run must leave as an uninterrupted one does (quote ids are a sequence's)."""
    con = duckdb.connect(str(db), read_only=True)
    queries = {
        "documents": "SELECT id, url, hash FROM documents ORDER BY id",
        "entities": "SELECT id, type, name, surname FROM entities ORDER BY id",
        "entity_names": "SELECT entity_id, name FROM entity_names ORDER BY ALL",
        "aliases": "SELECT entity_id, alias FROM aliases ORDER BY ALL",
        "mentions": "SELECT * FROM mentions ORDER BY ALL",
        "quotes": "SELECT * EXCLUDE (id) FROM quotes ORDER BY ALL",
    }
    try:
        return {table: con.execute(sql).fetchall() for table, sql in queries.items()}
    finally:
        con.close()


def test_kill_at_random_moments_then_resume_equals_an_uninterrupted_run(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("\n".join(corpus_lines(DOCUMENTS, SEED)), encoding="utf-8")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "TMPDIR": str(temporary)}
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "env": env}
    whole, killed = tmp_path / "whole.duckdb", tmp_path / "killed.duckdb"
    subprocess.run(ingest_command(corpus, whole), check=True, timeout=900, **quiet)
    chooser = random.Random(SEED)
    stored_after_kills = []
    for _ in range(KILLS):
        process = subprocess.Popen(ingest_command(corpus, killed), **quiet)
        # a random moment: after a few commits of this run, somewhere in the window being analysed or written
        wait_for_commits(process, killed, chooser.randint(1, 6))
        time.sleep(chooser.uniform(0, 0.6))
        process.send_signal(signal.SIGKILL)
        process.wait()
        stored_after_kills.append(store_contents(killed)["documents"])
    print(f"{DOCUMENTS} documents, seed {SEED}: stored after each kill", [len(d) for d in stored_after_kills])
    subprocess.run(ingest_command(corpus, killed), check=True, timeout=900, **quiet)
    resumed, uninterrupted = store_contents(killed), store_contents(whole)
    assert len(uninterrupted["documents"]) == DOCUMENTS
    assert len({hash_ for _, _, hash_ in resumed["documents"]}) == DOCUMENTS
    assert any(0 < len(docs) < DOCUMENTS for docs in stored_after_kills), [len(d) for d in stored_after_kills]
    for table in uninterrupted:
        assert resumed[table] == uninterrupted[table], table
    assert list(temporary.iterdir()) == []
