"""Command line: ``python -m calculators list | run <id> | schema <id> | example <id>``.

``run`` reads the input JSON on stdin and prints the result JSON; invalid input prints
``{"error": {"code", "field", "message"}}`` and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import sys

from calculators.i18n import LANGS
from calculators.registry import calculators, run_json


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m calculators", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="print the ids of the calculators")
    for name in ("run", "schema", "example"):
        cmd = sub.add_parser(name)
        cmd.add_argument("id")
        if name == "run":
            cmd.add_argument("--lang", choices=LANGS, help="how to read amounts typed with a comma (en: thousands)")
    args = parser.parse_args(argv)
    found = calculators()
    if args.command == "list":
        print("\n".join(found))
        return 0
    if args.command == "run":
        out = run_json(args.id, sys.stdin.read(), args.lang)
        print(out)
        return 2 if json.loads(out).get("error") else 0
    calc = found.get(args.id)
    if calc is None:
        print(run_json(args.id, "{}"))
        return 2
    doc = calc.schema_json() if args.command == "schema" else calc.example
    print(json.dumps(doc, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
