#!/usr/bin/env python3
"""Fits factdiff's confidence model (rules/confidence.toml) on judged findings.

    EVAL_FEATURES=target/clusters.tsv cargo run --release --example eval_clusters
    EVAL_FEATURES=target/injection.tsv cargo run --release --example eval_injection
    scripts/fit_confidence.py target/clusters.tsv target/injection.tsv \
        [--fit-on clusters,untouched,injected] [--write rules/confidence.toml]

A features file has one row per judged finding (the examples' audit files give the
verdicts; an injected disagreement is real): part (tune or held), check, verdict (real or
false), the severity the check set, the confidence signals (see
src/checks/shared/confidence.rs), and for eval_injection the source (injected, or
untouched: a finding on an unchanged pair). The model is a
logistic regression, fitted on the `tune` rows only, one bias per check and one weight per
signal (never below 0: more evidence never lowers confidence), with an L2 penalty that pulls each check's bias towards the shared one (few
findings of a check are judged). Then it reports, on both parts, how the rule set's
`[confidence]` caps change precision at error and at warning and above, so the held-out
figure is one the model never saw. Standard library only; deterministic.
"""
import csv
import math
import sys

SIGNALS = ["alignment", "anchor", "exact", "shared_fact"]
# The checks the model rates (every registered check needs a bias).
CHECKS = [
    "attribution-mismatch",
    "count-mismatch",
    "date-mismatch",
    "figure-mismatch",
    "name-spelling",
    "quote-mismatch",
    "typo",
]
L2_WEIGHTS = 0.5  # penalty on the signal weights
L2_BIAS = 2.0  # penalty on each check's bias away from the shared bias
STEPS = 20000
RATE = 0.05
SEVERITY = {"info": 0, "warning": 1, "error": 2}


# Injected disagreements (eval_injection) are many and all real: each counts this much in
# the fit, so that the judged findings on real coverage keep their say.
INJECTED_WEIGHT = 0.02


def read(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for r in rows:
        r["x"] = [float(r[s]) for s in SIGNALS]
        r["y"] = 1.0 if r["verdict"] == "real" else 0.0
        r.setdefault("source", None)
        r["source"] = r["source"] or "clusters"
        r["w"] = INJECTED_WEIGHT if r["source"] == "injected" else 1.0
    return [r for r in rows if r["verdict"] in ("real", "false")]


def predict(model, row):
    shared, bias, weights = model
    z = shared + bias.get(row["check"], 0.0)
    z += sum(w * x for w, x in zip(weights, row["x"]))
    return 1.0 / (1.0 + math.exp(-z))


def fit(rows):
    shared, bias, weights = 0.0, {c: 0.0 for c in CHECKS}, [0.0] * len(SIGNALS)
    n = max(sum(r["w"] for r in rows), 1)
    for _ in range(STEPS):
        g_shared, g_bias, g_w = 0.0, {c: 0.0 for c in CHECKS}, [0.0] * len(SIGNALS)
        for r in rows:
            err = (predict((shared, bias, weights), r) - r["y"]) * r["w"]
            g_shared += err
            g_bias[r["check"]] += err
            for i, x in enumerate(r["x"]):
                g_w[i] += err * x
        shared -= RATE * g_shared / n
        for c in CHECKS:
            bias[c] -= RATE * (g_bias[c] / n + L2_BIAS * bias[c] / n)
        # Weights stay at or above 0: more evidence never lowers a finding's confidence.
        for i in range(len(weights)):
            weights[i] = max(0.0, weights[i] - RATE * (g_w[i] / n + L2_WEIGHTS * weights[i] / n))
    return shared, bias, weights


def capped(severity, confidence, error_at, warning_at):
    most = 0 if confidence < warning_at else 1 if confidence < error_at else 2
    return min(SEVERITY[severity], most)


def report_injected(label, rows, model, error_at, warning_at):
    """Injected disagreements: how many keep their check's severity once capped."""
    print(f"{label}: {len(rows)} injected disagreements found")
    for check in CHECKS:
        mine = [r for r in rows if r["check"] == check]
        if not mine:
            continue
        kept = sum(
            1
            for r in mine
            if capped(r["severity"], predict(model, r), error_at, warning_at)
            == SEVERITY[r["severity"]]
        )
        print(f"  {check:<22} {len(mine):>5}, kept at {mine[0]['severity']}: {kept / len(mine):.2f}")


def report(label, rows, model, error_at, warning_at):
    loss = 0.0
    for r in rows:
        p = min(max(predict(model, r), 1e-9), 1 - 1e-9)
        loss -= r["y"] * math.log(p) + (1 - r["y"]) * math.log(1 - p)
    print(f"{label}: {len(rows)} judged findings, log loss {loss / max(len(rows), 1):.3f}")
    for name, sev in [
        ("as the checks set severity", lambda r: SEVERITY[r["severity"]]),
        (
            f"capped (error_at {error_at}, warning_at {warning_at})",
            lambda r: capped(r["severity"], predict(model, r), error_at, warning_at),
        ),
    ]:
        parts = []
        for level, at in [("errors", 2), ("warning and above", 1)]:
            real = sum(1 for r in rows if sev(r) >= at and r["y"] == 1)
            false = sum(1 for r in rows if sev(r) >= at and r["y"] == 0)
            prec = f"{real / (real + false):.2f}" if real + false else "-"
            parts.append(f"{level} {real} real / {false} false (precision {prec})")
        print(f"  {name}: " + "; ".join(parts))


def toml(model, rows):
    shared, bias, weights = model
    tune = [r for r in rows if r["part"] == "tune"]
    judged = [r for r in tune if r["source"] != "injected"]
    injected = len(tune) - len(judged)
    real = sum(1 for r in judged if r["y"] == 1)
    out = [
        "# factdiff confidence model: how sure a finding is, from its evidence (see",
        "# src/checks/shared/confidence.rs). Embedded in the binary. Fitted by",
        "# scripts/fit_confidence.py (logistic regression) on the tuning parts of",
        "# examples/eval_clusters.rs and examples/eval_injection.rs: "
        f"{len(judged)} judged findings ({real} real)",
        f"# and {injected} injected disagreements (weight {INJECTED_WEIGHT} each). Do not edit by hand.",
        "[weights]",
    ]
    out += [f"{s} = {w:.4f}" for s, w in zip(SIGNALS, weights)]
    out += ["", "[bias]"]
    out += [f"{c} = {shared + bias[c]:.4f}" for c in CHECKS]
    return "\n".join(out) + "\n"


def main():
    args = sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    files = [a for a in args if not a.startswith("--")]
    sources = ["clusters", "untouched", "injected"]
    for flag in ["--write", "--fit-on"]:
        if flag in args:
            files.remove(args[args.index(flag) + 1])
    if "--fit-on" in args:
        sources = args[args.index("--fit-on") + 1].split(",")
    rows = [r for path in files for r in read(path)]
    error_at, warning_at = 0.5, 0.25
    model = fit([r for r in rows if r["part"] == "tune" and r["source"] in sources])
    for part in ["tune", "held"]:
        for source in ["clusters", "untouched"]:
            mine = [r for r in rows if r["part"] == part and r["source"] == source]
            if mine:
                report(f"{part} part, {source}", mine, model, error_at, warning_at)
        mine = [r for r in rows if r["part"] == part and r["source"] == "injected"]
        if mine:
            report_injected(f"{part} part, injected", mine, model, error_at, warning_at)
    text = toml(model, rows)
    if "--write" in args:
        path = args[args.index("--write") + 1]
        with open(path, "w") as f:
            f.write(text)
        print(f"wrote {path}")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
