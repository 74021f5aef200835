"""The program at work, to be killed at a random moment by the crash campaign.

    python -m tests.proof.crash_worker JOURNAL WORKDIR SEED PASSPHRASE OTHER_PASSPHRASE

Unlocks the journal with PASSPHRASE through the same services the app and the command line
use, then works until killed: saves incidents, imports JSON files of incidents, takes in
attachments of several MB, and changes the passphrase to OTHER_PASSPHRASE and back. After each
call returns, and only then, it prints what that call reported saved, one line each:

    ready
    incident ID SHA256-OF-TITLE-AND-DESCRIPTION
    attachment ID SHA256-OF-CONTENT
    passphrase N           (N: 0 for PASSPHRASE, 1 for OTHER_PASSPHRASE, now in force)
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

from hrjournal.domain.incident import Incident
from hrjournal.services import interchange
from hrjournal.services import journal as journal_service
from hrjournal.services.records import add_attachment, new_id, save_incident


def fingerprint(title: str, description: str) -> str:
    return hashlib.sha256(f"{title}\n{description}".encode()).hexdigest()


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _text(rng: random.Random, words: int) -> str:
    vocabulary = ("detención", "amenaza", "اعتقال", "تهديد", "задержание", "полиция", "法院")
    return " ".join(rng.choice(vocabulary) for _ in range(words))


def main() -> None:
    journal_dir, work = Path(sys.argv[1]), Path(sys.argv[2])
    seed, passphrases = int(sys.argv[3]), (sys.argv[4], sys.argv[5])
    rng = random.Random(seed)
    current = 0
    journal = journal_service.unlock(journal_dir, passphrases[current])
    _say("ready")
    saved: list[str] = []
    step = 0
    while True:
        step += 1
        action = rng.choices(("save", "import", "attach", "passphrase"), (5, 2, 2, 1))[0]
        if action == "save":
            title, description = f"crash {seed}-{step}", _text(rng, 200)
            incident = save_incident(
                journal, Incident(id=new_id("incident"), title=title, description=description)
            )
            saved.append(incident.id)
            _say(f"incident {incident.id} {fingerprint(title, description)}")
        elif action == "import":
            document = {
                "format": "hrjournal/1",
                "incidents": [
                    {"id": f"w{seed}-{step}-{n}", "title": f"imported {seed}-{step}-{n}",
                     "description": _text(rng, 100)}
                    for n in range(25)
                ],
            }  # fmt: skip
            path = work / f"import-{seed}-{step}.json"
            path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
            interchange.import_json(journal, path)
            for record in document["incidents"]:
                _say(f"incident {record['id']} "
                     f"{fingerprint(record['title'], record['description'])}")  # fmt: skip
        elif action == "attach" and saved:
            content = os.urandom(rng.randint(1, 6) * 1024 * 1024)
            source = work / f"evidence-{seed}-{step}.bin"
            source.write_bytes(content)
            info = add_attachment(journal, rng.choice(saved), source)
            _say(f"attachment {info.id} {hashlib.sha256(content).hexdigest()}")
        elif action == "passphrase":
            journal.close()
            journal_service.change_passphrase(
                journal_dir, passphrases[current], passphrases[1 - current]
            )
            current = 1 - current
            _say(f"passphrase {current}")
            journal = journal_service.unlock(journal_dir, passphrases[current])


if __name__ == "__main__":
    main()
