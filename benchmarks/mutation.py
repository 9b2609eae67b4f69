"""What the rules' tests guard: mutation testing of every feature's rules.

    .venv/bin/pip install -c constraints.txt -e '.[mutation]'
    .venv/bin/python benchmarks/mutation.py [--feature group] [--jobs 2] [--survivors]

Each feature's rules (``app/<feature>/rules.py``, or every module of
``app/<feature>/rules/``) are mutated one slip at a time by Cosmic Ray, and the
feature's own rule tests (``tests/<feature>/test_rules*.py``) are run against each
mutant: a mutant the tests still pass is a slip nobody would see. A feature is
found by where its rules stand, not by a list kept here.

Cosmic Ray writes each mutant into the files it mutates, so every feature works
in a copy of the tracked tree of its own, and features run side by side
(``--jobs``). It takes minutes, not seconds: this is a benchmark, not a CI step.
It prints the score per feature, the goal (90 % of mutants killed), and with
``--survivors`` each surviving mutant's diff.
"""

from __future__ import annotations

import argparse
import ast
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 0.90
TIMEOUT_S = 10.0  # a rule test runs in about a second; a mutant that loops is cut


@dataclass
class Score:
    feature: str
    modules: list[str]
    killed: int = 0
    survived: int = 0
    other: int = 0  # an incompetent mutant (it does not even import) or a time-out
    annotations: int = 0  # mutants of a type annotation: never run, so never counted
    survivors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return self.killed + self.survived

    @property
    def ratio(self) -> float:
        return self.killed / self.total if self.total else 1.0


def features() -> dict[str, list[str]]:
    """Each feature's rules modules, found where they stand."""
    found: dict[str, list[str]] = {}
    for folder in sorted((ROOT / "app").iterdir()):
        single, package = folder / "rules.py", folder / "rules"
        if single.is_file():
            found[folder.name] = [str(single.relative_to(ROOT))]
        elif package.is_dir():
            modules = sorted(
                str(p.relative_to(ROOT)) for p in package.glob("*.py") if p.name != "__init__.py"
            )
            found[folder.name] = modules
    return found


def _copy_tree(target: Path) -> None:
    """The tracked files, as they are in the working tree (no build, no venv)."""
    files = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    for name in files:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_bytes(source.read_bytes())


def _config(module: str, tests: str) -> str:
    # Rule tests need neither Qt nor Hypothesis's plugin: a third of the time a mutant.
    plugins = "-p no:cacheprovider -p no:pytestqt -p no:hypothesispytest"
    command = f"{sys.executable} -m pytest -x -q {plugins} {tests}"
    return (
        "[cosmic-ray]\n"
        f'module-path = "{module}"\n'
        f"timeout = {TIMEOUT_S}\n"
        "excluded-modules = []\n"
        f'test-command = "{command}"\n\n'
        '[cosmic-ray.distributor]\nname = "local"\n'
    )


def measure(feature: str, modules: list[str]) -> Score:
    score = Score(feature, modules)
    tests = " ".join(
        str(p.relative_to(ROOT)) for p in sorted((ROOT / "tests" / feature).glob("test_rules*.py"))
    )
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix=f"mutants-{feature}-") as tmp:
        tree = Path(tmp)
        _copy_tree(tree)
        if not tests:
            score.other = -1  # no rule tests at all
            return score
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(tree), TDT_MUTATION="1")
        cosmic = Path(sys.executable).with_name("cosmic-ray")
        for index, module in enumerate(modules):
            config, session = tree / f"cr{index}.toml", tree / f"cr{index}.sqlite"
            config.write_text(_config(module, tests), encoding="utf-8")
            run = [str(cosmic), "init", str(config), str(session)]
            subprocess.run(run, cwd=tree, env=env, check=True, capture_output=True)
            score.annotations += _drop_annotation_mutants(session, tree / module)
            run[1] = "exec"
            subprocess.run(run, cwd=tree, env=env, check=True, capture_output=True)
            _read(session, module, score)
    score.seconds = time.perf_counter() - started
    return score


def _annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the module's type annotations stand. Under ``from __future__ import
    annotations`` they are never evaluated, so a mutant there (``str | None`` made
    ``str / None``) changes nothing that runs: it is not a slip a test could see."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        found: list[ast.expr | None] = []
        if isinstance(node, ast.arg):
            found.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            found.append(node.annotation)
        for expr in found:
            if expr is not None and expr.end_lineno is not None and expr.end_col_offset is not None:
                spans.append(
                    ((expr.lineno, expr.col_offset), (expr.end_lineno, expr.end_col_offset))
                )
    return spans


def _drop_annotation_mutants(session: Path, module: Path) -> int:
    source = module.read_text(encoding="utf-8")
    if "from __future__ import annotations" not in source:
        return 0
    spans = _annotation_spans(source)
    db = sqlite3.connect(session)
    jobs = db.execute("SELECT job_id, start_pos_row, start_pos_col FROM mutation_specs").fetchall()
    dropped = [
        job for job, row, col in jobs if any(start <= (row, col) < end for start, end in spans)
    ]
    for job in dropped:
        db.execute("DELETE FROM mutation_specs WHERE job_id = ?", (job,))
        db.execute("DELETE FROM work_items WHERE job_id = ?", (job,))
    db.commit()
    db.close()
    return len(dropped)


def _read(session: Path, module: str, score: Score) -> None:
    db = sqlite3.connect(session)
    rows = db.execute(
        "SELECT r.test_outcome, r.worker_outcome, r.diff, s.operator_name, s.start_pos_row "
        "FROM work_results r JOIN mutation_specs s ON s.job_id = r.job_id "
        "ORDER BY s.start_pos_row"
    ).fetchall()
    db.close()
    for test_outcome, worker_outcome, diff, operator, line in rows:
        # Cosmic Ray writes its outcomes in capitals ("NORMAL", "KILLED").
        if str(worker_outcome).lower() != "normal":
            score.other += 1
        elif str(test_outcome).lower() == "killed":
            score.killed += 1
        elif str(test_outcome).lower() == "survived":
            score.survived += 1
            changed = [
                d for d in diff.splitlines() if d[:1] in "+-" and d[:3] not in ("+++", "---")
            ]
            score.survivors.append(f"{module}:{line} {operator}\n      " + "\n      ".join(changed))
        else:
            score.other += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feature", action="append", help="only this feature (repeatable)")
    parser.add_argument(
        "--module", action="append", help="only the rules modules whose path holds this"
    )
    parser.add_argument("--jobs", type=int, default=2, help="features measured side by side")
    parser.add_argument("--survivors", action="store_true", help="print each surviving mutant")
    args = parser.parse_args()
    chosen = {
        name: [m for m in modules if not args.module or any(part in m for part in args.module)]
        for name, modules in features().items()
        if not args.feature or name in args.feature
    }
    chosen = {name: modules for name, modules in chosen.items() if modules}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        scores = list(pool.map(lambda item: measure(*item), chosen.items()))
    print(f"{'feature':<10} {'killed':>7} {'mutants':>8} {'score':>7}  goal {GOAL:.0%}  time")
    for s in scores:
        if s.other == -1:
            print(f"{s.feature:<10} no tests/{s.feature}/test_rules.py")
            continue
        mark = "ok" if s.ratio >= GOAL else "BELOW"
        print(
            f"{s.feature:<10} {s.killed:>7} {s.total:>8} {s.ratio:>7.1%}  {mark:<5}  "
            f"{s.seconds:.0f} s ({s.other} incompetent or timed out, "
            f"{s.annotations} in annotations not run)"
        )
    if args.survivors:
        for s in scores:
            for survivor in s.survivors:
                print(f"[{s.feature}] survived {survivor}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
