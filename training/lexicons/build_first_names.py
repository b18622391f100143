"""Build src/hronika/lang/lv/first_names.tsv from the Latvian name-day calendar of the `lv-namedays` package."""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parents[2] / "src/hronika/lang/lv/first_names.tsv"
CALENDAR = "paplasinatais_saraksts.json"  # the extended calendar: every name with a name day
HEADER = """# Latvian first names with their grammatical gender, from the extended name-day calendar of
# lv-namedays (https://github.com/CaptSolo/lv-namedays, MIT licence). Rebuild:
#   pip download lv-namedays --no-deps -d /tmp/nd && unzip -o /tmp/nd/*.whl -d /tmp/nd
#   python training/lexicons/build_first_names.py /tmp/nd/lv_namedays/data/paplasinatais_saraksts.json
# Gender from the ending, as Latvian declension gives it: -a, -e feminine; -s, -š, -is, -us, -o masculine; else none.
"""


def gender(name: str) -> str:
    """masc, fem or - from the nominative ending."""
    if name.endswith(("a", "e")):
        return "fem"
    if name.endswith(("s", "š", "o")):
        return "masc"
    return "-"


def main(calendar: Path) -> None:
    """Write one name and its gender a line, sorted."""
    days = json.loads(calendar.read_text(encoding="utf-8"))
    names = sorted({name for day in days.values() for name in day if name.isalpha()})
    lines = [f"{name}\t{gender(name)}" for name in names]
    OUTPUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} names → {OUTPUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(CALENDAR))
