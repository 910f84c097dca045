#!/usr/bin/env python3
"""Generates HoloLoom's labelled tool-routing workload.

Writes, next to this script:
  train.jsonl, test.jsonl  one {"query": ..., "tool": ..., "answer": ...} per line ("answer" optional)
  notes.jsonl              seed notes {"text": ..., "tags": [...], "daysAgo": n} that `learn` pre-loads

The output is a pure function of this file (fixed seed, no clock, no network), so running
    python3 generate_workload.py
again reproduces the files byte for byte. Run `python3 generate_workload.py --check` to regenerate
in memory and compare with the files on disk without writing.

Labels:
  calc    arithmetic; "answer" is the value printed the way the calc tool prints it (integers plainly,
          other values rounded to 10 significant digits, trailing zeros stripped). Unit conversions and
          word problems are routing-only (no "answer").
  note    store a note (never has an "answer").
  query   structured questions over stored notes/documents: counts, tags, dates (no "answer": counts
          change as the run stores notes).
  search  find/list documents on a topic covered by the built-in corpus (no "answer").
  answer  a factual question about a topic of the built-in corpus; "answer" is a short string that
          appears verbatim in the corpus and must appear in a correct response (absent for
          open "explain/why" questions).
"""
import json
import math
import os
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP

SEED = 20241027
HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

TARGET = {"calc": 250, "answer": 270, "search": 230, "note": 230, "query": 230}
TRAIN_FRACTION = 0.75
TOOLS = ["calc", "answer", "search", "note", "query"]


# ---------------------------------------------------------------------------------------------
# Formatting of calc results, exactly as the calc tool prints them
# ---------------------------------------------------------------------------------------------

def fmt(x):
    """Integers plainly; others rounded to 10 significant digits, trailing zeros stripped.

    Raises ValueError for values the rule cannot print unambiguously (non-finite, exponent notation,
    or a value whose 10-digit rounding differs between half-up and half-even).
    """
    if isinstance(x, bool):
        raise ValueError("bool")
    if isinstance(x, int):
        if abs(x) >= 2 ** 53:
            raise ValueError("too large")
        return str(x)
    if not math.isfinite(x):
        raise ValueError("not finite")
    if x == int(x):
        if abs(x) >= 2 ** 53:
            raise ValueError("too large")
        return str(int(x))
    if abs(x) < 1e-4 or abs(x) >= 1e9:
        raise ValueError("out of plain range")
    d = Decimal(x)  # the exact binary value
    exp = d.adjusted()  # position of the leading digit
    q = Decimal(1).scaleb(exp - 9)  # keep 10 significant digits
    even = d.quantize(q, rounding=ROUND_HALF_EVEN)
    up = d.quantize(q, rounding=ROUND_HALF_UP)
    if even != up:
        raise ValueError("rounding tie")
    s = "%.10g" % x
    if "e" in s:
        raise ValueError("exponent")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if Decimal(s) != even.normalize():
        raise ValueError("format mismatch")
    if s in ("-0", "0") and x != 0:
        raise ValueError("rounds to zero")
    return s


def evaluate(py):
    """Evaluates a Python expression in double arithmetic with the calc tool's function names."""
    env = {"sqrt": math.sqrt, "abs": abs, "round": round, "floor": math.floor, "ceil": math.ceil,
           "sin": math.sin, "cos": math.cos, "tan": math.tan, "min": min, "max": max,
           "pi": math.pi, "e": math.e, "__builtins__": {}}
    v = eval(py, env)  # noqa: S307 - trusted, generated here
    return float(v)


# ---------------------------------------------------------------------------------------------
# Small text helpers
# ---------------------------------------------------------------------------------------------

def typo(rng, text, protect=()):
    """Swaps two adjacent letters inside one longer word (not in protect), simulating a typing slip."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.lower() not in protect]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return " ".join(words)


def norm(q):
    """The key used to reject duplicates: case, spacing and trailing punctuation ignored."""
    q = q.lower().strip()
    q = re.sub(r"\s+", " ", q)
    return q.rstrip("?!. ")


def restyle(rng, q, lower_p=0.25, cap_p=0.35):
    r = rng.random()
    if r < lower_p:
        return q.lower()
    if r < lower_p + cap_p:
        return q[0].upper() + q[1:]
    return q


# ---------------------------------------------------------------------------------------------
# calc
# ---------------------------------------------------------------------------------------------

CALC_WRAPPERS = [
    "{e}", "{e}?", "what is {e}?", "what's {e}", "whats {e}", "What is {e}", "compute {e}", "calculate {e}",
    "calcualte {e}", "evaluate {e}", "how much is {e}?", "{e} = ?", "{e} equals what?", "what does {e} come to?",
    "could you work out {e} for me?", "can you calculate {e} please", "please compute {e}", "quick math: {e}",
    "hey, quick one: what is {e}?", "I need to know what {e} is", "solve {e}", "what do you get for {e}?",
    "result of {e}?", "tell me {e}", "figure out {e}", "mental math check: {e}", "do the math: {e}",
    "work out {e}", "what would {e} be?", "help me with this sum: {e}", "need a number: {e}",
    "sanity check, {e} is what?", "calc {e}", "what is the value of {e}?", "gimme {e}",
    "I'm stuck on {e}, what is it?", "real quick, {e}?", "can you do {e}", "what's the result of {e}",
]
# for commands such as "divide 100 by 7"
IMPERATIVE_WRAPPERS = ["{e}", "{e}", "{e}, please", "please {e}", "can you {e}?", "{e} for me", "hey, {e}",
                       "could you {e}?", "quick: {e}", "{e} and tell me the result"]


def calc_candidates(rng):
    """Yields (expression text, python expression) pairs."""
    out = []
    R = rng.randint

    def add(text, py, imperative=False):
        out.append((text, py, imperative))

    for _ in range(60):
        a, b = R(2, 999), R(2, 99)
        op = rng.choice(["+", "-", "*", "/"])
        sp = rng.choice([" ", "", " "])
        add(f"{a}{sp}{op}{sp}{b}", f"{a}{op}{b}")
    for _ in range(12):
        a, b = R(11, 99), R(11, 99)
        add(f"{a} * {b}", f"{a}*{b}")
    word_ops = [("plus", "+"), ("minus", "-"), ("times", "*"), ("multiplied by", "*"), ("divided by", "/")]
    for _ in range(45):
        a, b = R(2, 500), R(2, 60)
        w, op = rng.choice(word_ops)
        add(f"{a} {w} {b}", f"{a}{op}{b}")
    for _ in range(10):
        a, b = R(2, 12), R(2, 10)
        add(f"{a} to the power of {b}", f"{a}**{b}")
    for _ in range(8):
        a = R(2, 40)
        add(f"{a} squared", f"{a}**2")
    for _ in range(6):
        a = R(2, 15)
        add(f"{a} cubed", f"{a}**3")
    for _ in range(10):
        a = rng.choice([R(2, 30) ** 2, R(2, 500)])
        add(rng.choice([f"the square root of {a}", f"square root of {a}"]), f"sqrt({a})")
    for _ in range(8):
        a, b = R(10, 1000), R(2, 30)
        add(f"divide {a} by {b}", f"{a}/{b}", True)
    for _ in range(8):
        a, b = R(3, 200), R(3, 50)
        add(f"multiply {a} by {b}", f"{a}*{b}", True)
    for _ in range(8):
        a, b = R(10, 9999), R(10, 9999)
        add(rng.choice([f"add {a} and {b}", f"add {a} to {b}"]), f"{a}+{b}", True)
    for _ in range(8):
        a, b = R(5, 99), R(100, 999)
        add(f"subtract {a} from {b}", f"{b}-{a}", True)
    for _ in range(6):
        a, b = R(2, 999), R(2, 999)
        add(f"the sum of {a} and {b}", f"{a}+{b}")
    for _ in range(6):
        a, b = R(2, 99), R(2, 99)
        add(f"the product of {a} and {b}", f"{a}*{b}")
    for _ in range(5):
        a, b = R(100, 999), R(2, 99)
        add(f"the difference between {a} and {b}", f"{a}-{b}")
    for _ in range(18):
        p = rng.choice([5, 10, 12.5, 15, 18, 20, 25, 30, 33, 40, 7.5, 75, 8, 3])
        n = rng.choice([80, 120, 250, 64, 1500, 49.99, 37, 200, 960, 18.5, 1024, 300, 45])
        ps = ("%g" % p)
        add(rng.choice([f"{ps}% of {n}", f"{ps} percent of {n}"]), f"{p}/100*{n}")
    for k in [8, 10, 12, 16, 20, 24, 32]:
        add(f"2^{k} - 1", f"2**{k}-1")
    for _ in range(6):
        a, b = R(2, 9), R(2, 6)
        add(f"{a}^{b}", f"{a}**{b}")
    for _ in range(8):
        a, k = R(2, 99), R(2, 9)
        add(rng.choice([f"sqrt({a})*{k}", f"sqrt({a}) * {k}", f"{k} * sqrt({a})"]), f"sqrt({a})*{k}")
    for _ in range(5):
        a = R(2, 9999)
        add(f"abs(-{a})", f"abs(-{a})")
    for _ in range(5):
        a, b = R(2, 999), R(2, 99)
        add(f"abs({b} - {a})", f"abs({b}-{a})")
    for _ in range(6):
        x = R(1, 999) + rng.choice([0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9, 0.25, 0.75, 0.49, 0.51])
        add(f"round({x:g})", f"round({x:g})")
    for _ in range(5):
        x = R(1, 999) + rng.choice([0.2, 0.7, 0.99, 0.01, 0.5])
        add(f"floor({x:g})", f"floor({x:g})")
    for _ in range(5):
        x = R(1, 999) + rng.choice([0.2, 0.7, 0.99, 0.01, 0.5])
        add(f"ceil({x:g})", f"ceil({x:g})")
    for _ in range(5):
        xs = [R(1, 500) for _ in range(rng.choice([2, 3, 4]))]
        add("min(" + ", ".join(map(str, xs)) + ")", "min(" + ",".join(map(str, xs)) + ")")
    for _ in range(5):
        xs = [R(1, 500) for _ in range(rng.choice([2, 3]))]
        add("max(" + ", ".join(map(str, xs)) + ")", "max(" + ",".join(map(str, xs)) + ")")
    for _ in range(5):
        r = R(2, 20)
        add(rng.choice([f"pi * {r}^2", f"pi*{r}^2"]), f"pi*{r}**2")
    for _ in range(3):
        r = R(2, 50)
        add(f"2 * pi * {r}", f"2*pi*{r}")
    for t in [("sin(pi/2)", "sin(pi/2)"), ("cos(0)", "cos(0)"), ("cos(pi)", "cos(pi)"),
                  ("sin(pi/6)", "sin(pi/6)"), ("tan(pi/4)", "tan(pi/4)"), ("cos(pi/3)", "cos(pi/3)"),
                  ("sin(1)", "sin(1)"), ("cos(2) + sin(2)", "cos(2)+sin(2)"), ("tan(0.5)", "tan(0.5)"),
                  ("e^2", "e**2"), ("e * 3", "e*3"), ("pi / 2", "pi/2"), ("sqrt(2)*3", "sqrt(2)*3"),
                  ("sqrt(3^2 + 4^2)", "sqrt(3**2+4**2)"), ("sqrt(5^2 + 12^2)", "sqrt(5**2+12**2)"),
                  ("2^10 - 1", "2**10-1"), ("17 * 23", "17*23"), ("100 / 7", "100/7"),
                  ("15% of 80", "15/100*80"), ("2 to the power of 8", "2**8"), ("17 times 23", "17*23"),
                  ("divide 100 by 7", "100/7", True), ("0.99^100", "0.99**100"), ("1 - 0.95", "1-0.95"),
                  ("0.2 * 0.95", "0.2*0.95"), ("3 * 0.6 + 0.3", "3*0.6+0.3"), ("0.6 * 0.8 + 0.3 * 0.5", "0.6*0.8+0.3*0.5"),
                  ("1000 * 0.6", "1000*0.6"), ("50 * 5", "50*5"), ("384 / 4", "384/4"), ("384 / 2", "384/2"),
                  ("64 * 4", "64*4"), ("500 * 60", "500*60"), ("42 * 42", "42*42"), ("3 / 8", "3/8"),
                  ("1 / 3", "1/3"), ("2 / 3", "2/3"), ("22 / 7", "22/7"), ("355 / 113", "355/113")]:
        add(*t)
    for _ in range(30):
        a, b, c = R(2, 99), R(2, 99), R(2, 30)
        form = rng.choice(["({a} + {b}) * {c}", "{a} * {b} + {c}", "{a} + {b} * {c}", "({a} - {b}) / {c}",
                           "{a} / {b} + {c}", "{a} * ({b} - {c})", "({a} + {b}) / ({c} + 1)", "{a} - {b} - {c}",
                           "{a}*{b}-{c}", "({a}+{b})*({c}-1)", "{a} ^ 2 + {b}", "{a} * {b} * {c}"])
        text = form.format(a=a, b=b, c=c)
        add(text, text.replace("^", "**"))
    for _ in range(15):
        a = round(rng.uniform(0.5, 99), rng.choice([1, 2]))
        b = round(rng.uniform(0.5, 40), rng.choice([1, 2]))
        op = rng.choice(["+", "-", "*", "/"])
        add(f"{a:g} {op} {b:g}", f"{a:g}{op}{b:g}")
    for _ in range(6):
        a, b = R(2, 99), R(2, 99)
        add(f"-{a} * {b}", f"-{a}*{b}")
    for _ in range(4):
        a, b = R(2, 30), R(40, 99)
        add(f"{a} - {b}", f"{a}-{b}")
    return out


def unit_problems(rng):
    """Routing-only calc questions (unit conversions, word problems): no "answer" label."""
    R = rng.randint
    out = [
        f"how many seconds in {R(2, 9)} hours",
        "how many seconds in 3 hours",
        f"how many minutes are in {R(2, 9)}.5 hours?",
        "how many hours are there in a week?",
        "how many seconds are in a day",
        f"how many days are in {R(5, 20)} weeks",
        f"how many milliseconds in {R(2, 60)} seconds?",
        f"how many minutes in {R(2, 9)} days",
        f"convert {R(2, 48)} hours to minutes",
        f"convert {R(100, 900)} minutes to hours",
        f"how many weeks is {R(30, 400)} days?",
        f"if a job takes {R(20, 90)} seconds and I run it {R(10, 200)} times, how many minutes is that?",
        f"split a {R(60, 400)} dollar bill between {R(3, 9)} people",
        f"I drove {R(100, 600)} km in {R(2, 7)} hours, what was my average speed?",
        f"what's the average of {R(1, 50)}, {R(1, 50)} and {R(1, 50)}?",
        f"what is a {R(10, 25)}% tip on a {R(20, 150)} dollar bill",
        f"how many bytes are in {R(2, 64)} kilobytes",
        f"how many {R(2, 9)}-minute slots fit into an hour and a half?",
        f"a box holds {R(6, 24)} eggs, how many eggs are in {R(3, 30)} boxes?",
        f"if I save {R(20, 300)} a month, how much do I have after {R(6, 36)} months?",
        f"how many seconds are there in {R(2, 12)} minutes?",
        f"what is {R(2, 10)} hours in seconds",
        f"how many GB is {R(1000, 9000)} MB",
        f"{R(3, 12)} dozen is how many?",
        f"how many minutes is {R(200, 3000)} seconds?",
        f"what is {R(5, 95)} degrees celsius in fahrenheit",
        f"how many days are in {R(2, 9)} years, ignoring leap years?",
        f"if rent is {R(800, 2500)} per month, what is it per year?",
        f"I have {R(50, 500)} requests per second, how many per minute?",
        f"how many hours are in {R(2, 6)} days",
        f"at {R(50, 200)} queries per second, how many queries is that in an hour?",
        f"{R(2, 9)} hours and {R(5, 55)} minutes in minutes?",
        f"what is half of {R(101, 999)}",
        f"double {R(101, 999)}",
        f"what is a third of {R(10, 99) * 3}",
    ]
    return out


def gen_calc(rng):
    rows = []
    for text, py, imperative in calc_candidates(rng):
        try:
            ans = fmt(evaluate(py))
        except (ValueError, ZeroDivisionError, OverflowError):
            continue
        q = rng.choice(IMPERATIVE_WRAPPERS if imperative else CALC_WRAPPERS).replace("{e}", text)
        if rng.random() < 0.15:
            q = restyle(rng, q)
        rows.append({"query": q, "tool": "calc", "answer": ans})
    for q in unit_problems(rng):
        rows.append({"query": restyle(rng, q, 0.0, 0.3), "tool": "calc"})
    return rows


# ---------------------------------------------------------------------------------------------
# note
# ---------------------------------------------------------------------------------------------

NOTE_CONTENTS = [
    ("the staging server is db-7", ["infra"]),
    ("renew the TLS cert friday", ["infra", "security"]),
    ("the answer is 42", []),
    ("17 * 23 is 391", []),
    ("the PPO clip of 0.2 worked better than 0.3 on our workload", ["ml"]),
    ("Maria's birthday is on June 3rd", ["personal"]),
    ("the office wifi password changed on Monday", ["work"]),
    ("buy milk, eggs and coffee", ["personal", "todo"]),
    ("the result cache TTL is 5 minutes", ["infra"]),
    ("the deploy of version 2.4 is planned for Thursday", ["ops"]),
    ("postgres backups run at 02:00 UTC", ["infra"]),
    ("the kubelet on node-4 keeps restarting the ingress pod", ["infra", "ops"]),
    ("call the dentist to move the appointment", ["personal", "todo"]),
    ("the build takes 14 minutes on the old runners", ["work"]),
    ("LinUCB with alpha 0.5 beat epsilon-greedy on the test split", ["ml"]),
    ("Sam prefers the window seat", ["personal"]),
    ("the on-call rotation changes every Monday at noon", ["ops"]),
    ("the API rate limit is 100 requests per minute", ["work"]),
    ("the grafana latency dashboard is under the SRE folder", ["ops"]),
    ("the gateway returns 502 when the auth service restarts", ["ops", "infra"]),
    ("we agreed to use W-TinyLFU for the result cache", ["infra"]),
    ("read the Matryoshka representation learning paper", ["reading", "ml"]),
    ("the quarterly review is on the 14th", ["work", "meeting"]),
    ("the parking code is 4821", ["personal"]),
    ("the DNS TTL for api.example.com is 300 seconds", ["infra"]),
    ("the redis cluster is at 80 percent memory", ["infra", "ops"]),
    ("Priya owns the payments runbook", ["ops"]),
    ("the GAE lambda sweep is still running on gpu-2", ["ml"]),
    ("the flight to Berlin leaves at 7:40", ["personal", "travel"]),
    ("'what is 2 + 2' is a good smoke test for the calc tool", ["work"]),
    ("the reflection buffer filled up after 1000 queries", ["ml"]),
    ("'how many notes mention PPO' is a good test question", ["work"]),
    ("the certificate for the internal dashboard expires in 30 days", ["security"]),
    ("pay the electricity bill before the 20th", ["personal", "todo"]),
    ("the team lunch is on Friday at 12:30", ["work", "meeting"]),
    ("the new embedding model needs 2 GB of heap", ["ml", "infra"]),
    ("the incident review for the checkout outage is Thursday", ["ops", "meeting"]),
    ("use git bisect to find the regression in the parser", ["work", "todo"]),
    ("the search service p99 latency is 180 ms", ["ops"]),
    ("the next kubernetes upgrade is scheduled for the weekend", ["infra"]),
    ("Alex recommended the book Designing Data-Intensive Applications", ["reading"]),
    ("the learning rate 1e-3 diverged, 3e-4 was stable", ["ml"]),
    ("the load balancer health check path is /healthz", ["infra"]),
    ("my library books are due on the 9th", ["personal"]),
    ("the vendor contract renews in March", ["work"]),
    ("rotate the database passwords next sprint", ["security", "todo"]),
    ("the model checkpoint from Tuesday is the best so far", ["ml"]),
    ("the HTTP 429 errors came from the payments API", ["ops"]),
    ("mom's new phone number ends in 5512", ["personal"]),
    ("the hashing embedder is good enough for the unit tests", ["ml"]),
    ("the sprint demo moved to 3 pm", ["work", "meeting"]),
    ("the cron job cleanup runs every 6 hours", ["infra"]),
    ("try Thompson sampling for the new tool", ["ml", "todo"]),
    ("the gym closes at 22:00 on weekdays", ["personal"]),
    ("the canary release caught the memory leak", ["ops"]),
    ("the TLS handshake takes 40 ms from the EU region", ["infra", "security"]),
    ("ask Jordan about the Q3 budget numbers", ["work", "todo"]),
    ("the blue-green switch took 4 minutes", ["ops"]),
    ("the answer to the trivia question was Canberra", ["personal"]),
    ("I left the spare key with the neighbours", ["personal"]),
    ("the FUSED card is too slow for the chat use case", ["ml"]),
    ("water the plants on the balcony", ["personal", "todo"]),
    ("standup moved to 10:15 starting next week", ["work", "meeting"]),
    ("backup restore test passed in 38 minutes", ["infra", "ops"]),
    ("the error budget for October is already half spent", ["ops"]),
    ("our SLO is 99.9 percent over 30 days", ["ops"]),
    ("Lena starts on the platform team next month", ["work"]),
    ("the conference talk proposal is due Sunday", ["work", "todo"]),
    ("the pasta recipe needs 200 g of pecorino", ["personal"]),
    ("the bike needs a new chain", ["personal", "todo"]),
]

NOTE_TEMPLATES = [
    "remember that {c}", "remember {c}", "note: {c}", "note that {c}", "Note to self: {c}",
    "jot down that {c}", "jot this down: {c}", "save a note that {c}", "save a note: {c}",
    "take a note: {c}", "take note: {c}", "make a note that {c}", "add a note: {c}", "write down that {c}",
    "please remember that {c}", "don't let me forget that {c}", "keep in mind that {c}", "log this: {c}",
    "store this note: {c}", "new note: {c}", "can you note that {c}?", "I want to remember that {c}",
    "add to my notes: {c}", "make a note: {c}", "remember for later: {c}", "note down that {c}",
    "pls remember {c}", "quick note - {c}", "save this for me: {c}", "memo: {c}",
    "hey, note that {c}", "could you jot down that {c}?", "put this in my notes: {c}",
    "for the record, {c}", "remember this: {c}", "record a note that {c}",
]


def gen_note(rng):
    rows = []
    for content, tags in NOTE_CONTENTS:
        for t in rng.sample(NOTE_TEMPLATES, 4):
            q = t.replace("{c}", content)
            if tags and rng.random() < 0.55:
                chosen = tags if rng.random() < 0.5 else tags[:1]
                if rng.random() < 0.6:
                    q = q.rstrip("?") + " " + " ".join("#" + x for x in chosen)
                else:
                    q = q.rstrip("?") + " tagged " + " and ".join(chosen)
            if rng.random() < 0.05:
                q = typo(rng, q)
            rows.append({"query": restyle(rng, q, 0.2, 0.3), "tool": "note"})
    return rows


# ---------------------------------------------------------------------------------------------
# query
# ---------------------------------------------------------------------------------------------

NOTE_KEYWORDS = ["PPO", "kubernetes", "cache", "TLS", "postgres", "db-7", "deploy", "meeting", "certificate",
                 "DNS", "incident", "redis", "backup", "git", "lambda", "latency", "GAE", "MiniLM", "HTTP",
                 "dentist", "standup", "on-call", "Thompson", "LinUCB", "reading", "budget", "outage",
                 "rollback", "kubelet", "W-TinyLFU", "grafana", "learning rate", "embedding", "secrets", "bank"]
DOC_KEYWORDS = ["cache", "PPO", "TLS", "kubernetes", "BM25", "LinUCB", "reward", "HTTP/2", "git rebase",
                "W-TinyLFU", "MiniLM", "Thompson sampling", "isolation level", "etcd", "postmortem", "QUIC",
                "GAE", "error budget", "Matryoshka", "ServiceLoader"]
TAGS = ["infra", "ml", "ops", "personal", "work", "reading", "security", "todo", "meeting", "perf"]
TIMES = ["today", "yesterday", "this week", "last week", "in the last 7 days", "in the last 3 days",
         "in the past 30 days", "this month", "in the last 14 days", "over the past 2 days"]


def since(d):
    """The time phrase after "from": "from today", "from the last 7 days"."""
    return re.sub(r"^(in|over) ", "", d)


def gen_query(rng):
    kw, tag, tm = NOTE_KEYWORDS, TAGS, TIMES
    rows = []

    def add(q):
        if rng.random() < 0.04:
            q = typo(rng, q, protect={"notes", "tagged"})
        rows.append({"query": restyle(rng, q, 0.2, 0.35), "tool": "query"})

    count_kw = ["how many notes mention {k}?", "how many of my notes mention {k}", "how many notes contain the word {k}?",
                "count notes mentioning {k}", "count my notes about {k}", "number of notes that mention {k}?",
                "how many notes talk about {k}", "how many times did I write a note about {k}?",
                "hey, how many notes do I have about {k}?", "I need to know how many notes mention {k}",
                "how many notes have {k} in them", "quick count: notes mentioning {k}"]
    count_tag = ["how many notes are tagged {t}?", "count notes tagged {t}", "how many {t} notes do I have?",
                 "number of notes with the tag {t}", "how many notes carry the {t} tag", "count my #{t} notes"]
    list_tag = ["list notes tagged {t}", "list my notes tagged #{t}", "show notes with the tag {t}",
                "show me my {t} notes", "which notes are tagged {t}?", "what notes have the tag {t}",
                "list all notes tagged {t}", "give me all my {t} notes", "list every note with tag {t}",
                "pull up my notes tagged {t}"]
    time_q = ["list notes from {f}", "what notes did I take {d}?", "show my notes from {f}",
              "how many notes did I write {d}?", "notes from {f}?", "list notes created {d}",
              "which notes did I save {d}", "how many notes were added {d}", "show me everything I noted {d}",
              "list my notes from {f} please"]
    about = ["list notes about {k}", "which notes mention {k}?", "show notes that mention {k}",
             "what did I note about {k}?", "list my notes on {k}", "show me the notes mentioning {k}",
             "give me all notes about {k}", "which of my notes are about {k}"]
    totals = ["how many notes do I have", "how many notes have I saved so far?", "count all my notes",
              "total number of notes?", "how many notes are stored", "how many notes are there in memory?",
              "list all my notes", "show all notes", "how many notes in total", "what's my note count",
              "how many documents are there?", "how many documents are loaded", "count the documents",
              "how many notes and documents are stored?", "list my most recent notes", "show my latest notes",
              "how many notes did I take in total?", "number of documents in memory"]
    docs = ["how many documents mention {k}?", "how many docs mention {k}", "count documents that mention {k}",
            "how many documents talk about {k}?", "number of documents mentioning {k}",
            "in how many documents does {k} appear?", "how many docs contain the word {k}"]
    combo = ["how many notes tagged {t} mention {k}?", "list {t} notes from {f}", "how many notes from {f} are tagged {t}?",
             "list notes tagged {t} that mention {k}", "count {t} notes from {f}", "show notes about {k} from {f}",
             "how many notes mention {k} {d}?"]
    for k in kw:
        for t in rng.sample(count_kw, 2):
            add(t.format(k=k))
        add(rng.choice(about).format(k=k))
    for t_ in tag:
        for t in rng.sample(count_tag, 2):
            add(t.format(t=t_))
        for t in rng.sample(list_tag, 3):
            add(t.format(t=t_))
    for d in tm:
        for t in rng.sample(time_q, 4):
            add(t.format(d=d, f=since(d)))
    for t in totals:
        add(t)
    for k in DOC_KEYWORDS:
        add(rng.choice(docs).format(k=k))
    for _ in range(60):
        d = rng.choice(tm)
        add(rng.choice(combo).format(t=rng.choice(tag), k=rng.choice(kw), d=d, f=since(d)))
    return rows


# ---------------------------------------------------------------------------------------------
# search
# ---------------------------------------------------------------------------------------------

SEARCH_TOPICS = [
    "cache eviction", "W-TinyLFU", "LRU caches", "cache stampedes", "consistent hashing", "write-back caching",
    "cache TTLs", "the result cache", "the embedding cache", "PPO clipping", "generalized advantage estimation",
    "the reflection buffer", "the reward function", "reward shaping", "pattern cards", "the FUSED card",
    "Matryoshka retrieval", "MiniLM", "sentence embeddings", "vector search", "HNSW", "BM25", "inverted indexes",
    "hybrid search", "the TLS handshake", "certificate expiry", "mutual TLS", "SNI", "HTTP status codes",
    "HTTP/2 multiplexing", "QUIC", "idempotent HTTP methods", "the TCP handshake", "DNS records", "UDP", "IPv6",
    "load balancers", "Kubernetes probes", "Kubernetes services", "pods", "deployments and rollbacks",
    "secrets in Kubernetes", "git rebase", "git bisect", "merge conflicts", "the git reflog", "Java records",
    "garbage collection in Java", "JIT compilation", "ServiceLoader", "Maven multi-module builds",
    "ACID transactions", "isolation levels", "B-tree indexes", "database replication", "sharding",
    "the CAP theorem", "incident postmortems", "error budgets", "SLOs and SLAs", "on-call rotations", "runbooks",
    "Thompson sampling", "LinUCB", "epsilon-greedy exploration", "offline policy evaluation",
    "inverse propensity scoring", "Q-learning", "policy gradients", "the Bellman equation", "discount factors",
    "CartPole", "plugin configuration", "HoloLoom configuration keys", "the original HoloLoom",
    "the calc tool", "retrieval-augmented generation", "PCA", "recall@k", "nDCG", "PPO", "reinforcement learning",
    "TLS 1.3", "Let's Encrypt", "HTTP caching headers", "connection pools", "write-ahead logging",
    "the hashing embedder", "the weave cycle", "spacetime traces", "the bandit policies", "NoSQL databases",
    "actor-critic methods", "multi-armed bandits", "the kubelet", "observability", "severity levels",
    "the PPO trainer", "cosine similarity", "approximate nearest neighbour search", "two-stage retrieval",
]

SEARCH_TEMPLATES = [
    "find documents about {t}", "find docs on {t}", "search for {t}", "search the docs for {t}",
    "show me docs on {t}", "show me documents about {t}", "which documents talk about {t}?",
    "which docs cover {t}", "look up {t}", "look up documents on {t}", "find the doc about {t}",
    "any docs on {t}?", "pull up the documentation on {t}", "I'm looking for documents about {t}",
    "get me everything we have on {t}", "list documents about {t}", "where can I read about {t}?",
    "search: {t}", "find material on {t}", "documents mentioning {t}", "point me to docs about {t}",
    "can you find the document that covers {t}?", "I need the doc on {t}", "browse docs related to {t}",
    "retrieve documents on {t}", "give me reading material on {t}", "find references to {t}",
    "search the knowledge base for {t}", "find pages about {t}", "is there a doc about {t}?",
    "show me what the docs say about {t}", "find me something to read on {t}", "search {t}",
    "dig up the docs on {t}", "which document explains {t}?", "locate the document about {t}",
    "find articles on {t}", "hey, can you search for {t}", "I want to read up on {t}, find me the docs",
    "look for {t} in the documentation",
]


def gen_search(rng):
    rows = []
    for t in SEARCH_TOPICS:
        for tpl in rng.sample(SEARCH_TEMPLATES, 3):
            q = tpl.replace("{t}", t)
            if rng.random() < 0.04:
                q = typo(rng, q)
            rows.append({"query": restyle(rng, q, 0.2, 0.35), "tool": "search"})
    return rows


# ---------------------------------------------------------------------------------------------
# answer: (question phrasings, expected short answer or None, corpus document)
# ---------------------------------------------------------------------------------------------

FACTS = [
    # HoloLoom caches
    (["what is the default TTL of the result cache?", "how long do entries live in the result cache?",
      "when do result cache entries expire?"], "5 minutes", "hololoom-caches.md"),
    (["how many entries does the result cache hold?", "what is the size of the result cache?"],
     "50 entries", "hololoom-caches.md"),
    (["what is the TTL of the embedding cache?", "how long are embeddings cached?"], "1 hour", "hololoom-caches.md"),
    (["how many entries fit in the embedding cache?", "what's the embedding cache size?"],
     "500 entries", "hololoom-caches.md"),
    (["what eviction policy does Caffeine use?", "which eviction algorithm is behind the caffeine cache plugin?"],
     "W-TinyLFU", "hololoom-caches.md"),
    (["what goes into the result cache key?", "why does the result cache key include the policy version?"],
     "policy version", "hololoom-caches.md"),
    (["how is the cache hit rate computed?", "what is the hit rate of a cache?"],
     "divided by the number of lookups", "hololoom-caches.md"),
    (["how much does a cache hit cost in HoloLoom?", "how fast is a cache hit on a single thread?"],
     "31 nanoseconds", "hololoom-caches.md"),
    (["why does W-TinyLFU beat LRU on traffic with one-time keys?", "explain why W-TinyLFU has a better hit rate than LRU"],
     None, "hololoom-caches.md"),
    (["what expiry do HoloLoom caches use?", "do hololoom caches expire after write or after access?"],
     "expire-after-write", "hololoom-caches.md"),
    # pattern cards
    (["what embedding scale does the BARE card use?", "which scale does the BARE pattern card use?"],
     "96", "hololoom-pattern-cards.md"),
    (["how many shards does the FAST card retrieve?", "what is the retrieval k of the FAST card?"],
     "6", "hololoom-pattern-cards.md"),
    (["what is the time budget of the FUSED card?", "how long may a tool run under the FUSED card?"],
     "8 seconds", "hololoom-pattern-cards.md"),
    (["what is the BARE card's time budget?", "how long can a tool run with the BARE card?"],
     "2 seconds", "hololoom-pattern-cards.md"),
    (["what is the time budget of the FAST pattern card?"], "4 seconds", "hololoom-pattern-cards.md"),
    (["how many context shards does FUSED retrieve?", "what retrieval depth does the FUSED card have?"],
     "10", "hololoom-pattern-cards.md"),
    (["which embedding scales does the FUSED card use?", "what are the FUSED scales?"],
     "96, 192 and 384", "hololoom-pattern-cards.md"),
    (["when does HoloLoom pick the BARE card?", "what query length makes HoloLoom choose the BARE card?"],
     "50 characters", "hololoom-pattern-cards.md"),
    (["how many layers and heads does the BARE card have?"], "1 layer with 2 attention heads",
     "hololoom-pattern-cards.md"),
    (["what scales would the FUSED card use with a 256-dimensional embedder?"], "64, 128 and 256",
     "hololoom-pattern-cards.md"),
    (["which configuration key forces the pattern card?", "how do I force the FUSED pattern card?"],
     "hololoom.card", "hololoom-pattern-cards.md"),
    (["what is a pattern card?", "explain the pattern cards"], None, "hololoom-pattern-cards.md"),
    # reward
    (["what is the reward formula?", "how is the weighted reward computed in HoloLoom?"],
     "0.6 * confidence + 0.3 * quality", "hololoom-reward.md"),
    (["what weight does confidence have in the reward?", "how much does confidence count in the reward formula?"],
     "0.6", "hololoom-reward.md"),
    (["how much does an error cost in the reward?", "what is the error penalty in the reward function?"],
     "0.5", "hololoom-reward.md"),
    (["what is the timeout penalty in the reward function?", "how much does a timeout cost in the reward?"],
     "0.3", "hololoom-reward.md"),
    (["how does a user rating map to a reward?", "what is the rating override formula?",
      "how does a star rating override the reward?"], "rating / 5 * 2 - 1", "hololoom-reward.md"),
    (["what reward does a 3-star rating give?", "what reward does a rating of 3 stars produce?"],
     "0.2", "hololoom-reward.md"),
    (["what reward does a rating of 1 give?", "what reward does a 1-star rating map to?"],
     "-0.6", "hololoom-reward.md"),
    (["what range is the reward clipped to?", "what is the range of the final reward?"],
     "-1 to 1", "hololoom-reward.md"),
    (["what is the efficiency budget in the reward?"], "1 second", "hololoom-reward.md"),
    (["how is efficiency computed in the reward?"], "1 - d/B", "hololoom-reward.md"),
    (["who showed that potential-based shaping preserves the optimal policy?"], "Ng, Harada and Russell",
     "hololoom-reward.md"),
    (["what is potential-based reward shaping?"], "Phi(s')", "hololoom-reward.md"),
    (["what is the default reward function called?", "which reward plugin is the default?"],
     "weighted", "hololoom-reward.md"),
    (["how does the simulated user rate a wrong tool?", "what rating does the simulated user give for the right tool?"],
     None, "hololoom-reward.md"),
    (["why does a user rating override the reward?"], None, "hololoom-reward.md"),
    # reflection buffer
    (["what is the capacity of the reflection buffer?", "how many experiences does the reflection buffer hold?"],
     "1000", "hololoom-reflection-buffer.md"),
    (["how does the reflection buffer decide success?", "what counts as a success in the reflection buffer?"],
     "at least 0.6", "hololoom-reflection-buffer.md"),
    (["how is the reward normalised before the success threshold?"], "(R + 1) / 2", "hololoom-reflection-buffer.md"),
    (["how large is the learning window of the reflection buffer?", "what is the learning window?"],
     "last 100 experiences", "hololoom-reflection-buffer.md"),
    (["how often does the trainer update the policy?", "after how many experiences does training run?"],
     "every 64 experiences", "hololoom-reflection-buffer.md"),
    (["what did the original HoloLoom call the batch method of the buffer?"], "get_ppo_batch",
     "hololoom-reflection-buffer.md"),
    (["what is the propensity of an experience?"], "probability of the chosen tool", "hololoom-reflection-buffer.md"),
    (["why does the buffer log propensities?"], "offline policy evaluation", "hololoom-reflection-buffer.md"),
    (["what happens when the reflection buffer is full?"], "oldest experience is dropped",
     "hololoom-reflection-buffer.md"),
    # PPO
    (["what learning rate does PPO use in HoloLoom?", "what's the PPO learning rate?"], "3e-4", "hololoom-ppo.md"),
    (["what is the PPO clip range?", "what clip value does HoloLoom's PPO use?"], "0.2", "hololoom-ppo.md"),
    (["what does the 0.2 clip in PPO do?", "with a clip of 0.2, what range is the PPO ratio limited to?"],
     "0.8 to 1.2", "hololoom-ppo.md"),
    (["why does PPO clip the ratio?", "why does PPO clip the probability ratio?"], None, "hololoom-ppo.md"),
    (["what discount factor does HoloLoom's PPO use?", "what is gamma in the PPO settings?"], "0.99", "hololoom-ppo.md"),
    (["what is the GAE lambda?", "which lambda does GAE use in HoloLoom?"], "0.95", "hololoom-ppo.md"),
    (["what does GAE stand for?", "GAE stands for what?"], "Generalized Advantage Estimation", "hololoom-ppo.md"),
    (["what is the value coefficient in PPO?", "how is the value loss weighted in PPO?"], "0.5", "hololoom-ppo.md"),
    (["what is the entropy coefficient in PPO?", "what is the entropy bonus coefficient?"], "0.01", "hololoom-ppo.md"),
    (["what is the max grad norm for PPO?", "what norm are PPO gradients clipped to?"], "0.5", "hololoom-ppo.md"),
    (["how many epochs does each PPO update run?"], "4 epochs", "hololoom-ppo.md"),
    (["what minibatch size does PPO use?", "how big are the PPO minibatches?"], "64", "hololoom-ppo.md"),
    (["when does PPO stop early?", "what is the target KL for early stopping?"], "0.01", "hololoom-ppo.md"),
    (["what is PPO?", "what does PPO stand for?"], "Proximal Policy Optimization", "hololoom-ppo.md"),
    (["who introduced PPO?", "who invented proximal policy optimization?"], "John Schulman", "hololoom-ppo.md"),
    (["how is the approximate KL computed in PPO?"], "(r - 1) - log r", "hololoom-ppo.md"),
    (["what metrics does each PPO update report?"], "policy_loss", "hololoom-ppo.md"),
    (["when is CartPole-v1 considered solved?", "what mean return counts as solving CartPole?"], "475",
     "hololoom-ppo.md"),
    (["how long does a random policy last on CartPole?"], "22 steps", "hololoom-ppo.md"),
    (["what does lambda trade off in GAE?"], "bias against variance", "hololoom-ppo.md"),
    (["does the PPO trainer need automatic differentiation?"], "closed form", "hololoom-ppo.md"),
    (["explain generalized advantage estimation", "how does GAE compute the advantage?"], None, "hololoom-ppo.md"),
    # HoloLoom bandits
    (["what epsilon does epsilon-greedy use in HoloLoom?"], "0.1", "hololoom-bandits.md"),
    (["how often does epsilon-greedy explore?"], "10 percent", "hololoom-bandits.md"),
    (["what prior does Thompson sampling start with?", "what are the initial Thompson sampling priors?"],
     "Beta(1,1)", "hololoom-bandits.md"),
    (["how does the Bayesian blend strategy score tools?", "what is the Bayesian blend?"],
     "0.7 times the network", "hololoom-bandits.md"),
    (["what is the default policy of HoloLoom?", "which policy does HoloLoom use by default?"],
     "LinUCB", "hololoom-bandits.md"),
    (["who introduced LinUCB?", "where does LinUCB come from?"], "Lihong Li", "hololoom-bandits.md"),
    (["what is LinTS?"], "Thompson sampling variant", "hololoom-bandits.md"),
    (["how did the original HoloLoom choose tools?", "how often was each tool picked in the original HoloLoom?"],
     "25 percent", "hololoom-bandits.md"),
    (["what was the average confidence of the original HoloLoom?"], "0.30", "hololoom-bandits.md"),
    (["why is tool routing a contextual bandit problem?"], None, "hololoom-bandits.md"),
    (["how does Thompson sampling update a tool after a success?"], "grows by one", "hololoom-bandits.md"),
    (["how does a fresh HoloLoom install start routing sensibly?", "what is the warm start?"],
     "labelled workload", "hololoom-bandits.md"),
    # embedders
    (["how many dimensions does MiniLM produce?", "what is the embedding dimension of all-MiniLM-L6-v2?"],
     "384", "hololoom-embedders.md"),
    (["what pooling does MiniLM use?", "how does MiniLM pool token vectors?"], "mean pooling", "hololoom-embedders.md"),
    (["what is the maximum input length of MiniLM?", "how many tokens can MiniLM read?"], "256",
     "hololoom-embedders.md"),
    (["how many layers does MiniLM have?"], "6 layers", "hololoom-embedders.md"),
    (["how many parameters does all-MiniLM-L6-v2 have?"], "22.7 million", "hololoom-embedders.md"),
    (["what is the vocabulary size of MiniLM?"], "30522", "hololoom-embedders.md"),
    (["what is the default embedder?", "which embedder does HoloLoom use by default?"], "hashing",
     "hololoom-embedders.md"),
    (["what hash function does the hashing embedder use?"], "MurmurHash3", "hololoom-embedders.md"),
    (["how fast is the in-process MiniLM model?", "how long does one MiniLM embedding take?"], "8.78 milliseconds",
     "hololoom-embedders.md"),
    (["how many attention heads does MiniLM have?"], "12 attention heads", "hololoom-embedders.md"),
    (["is the MiniLM model downloaded at run time?"], "Nothing is downloaded at run time", "hololoom-embedders.md"),
    # Matryoshka
    (["what is Matryoshka retrieval?", "how does Matryoshka gating work?"], "coarse to fine",
     "hololoom-matryoshka-retrieval.md"),
    (["what were the thresholds of Matryoshka gating?"], "0.6, 0.75 and 0.85", "hololoom-matryoshka-retrieval.md"),
    (["what recall@10 does a 96-dimensional prefix give alone?"], "0.575", "hololoom-matryoshka-retrieval.md"),
    (["what recall@10 do you get when you shortlist at 96 dimensions and re-rank at 384?"], "0.932",
     "hololoom-matryoshka-retrieval.md"),
    (["who introduced Matryoshka Representation Learning?"], "Kusupati", "hololoom-matryoshka-retrieval.md"),
    (["what is the Fiedler value?", "what does the Fiedler value of the context graph measure?"],
     "algebraic connectivity", "hololoom-matryoshka-retrieval.md"),
    (["what BM25 weight did the original fusion use?"], "0.15", "hololoom-matryoshka-retrieval.md"),
    (["what is the default retrieval transform?"], "pca", "hololoom-matryoshka-retrieval.md"),
    (["how many candidates does each Matryoshka gating stage keep at least?"], "at least 5 candidates",
     "hololoom-matryoshka-retrieval.md"),
    (["why are short embedding prefixes a poor retriever?"], None, "hololoom-matryoshka-retrieval.md"),
    # tools, plugins, history, overview
    (["what did the original calc tool return?", "what did the calc tool always answer in the original HoloLoom?"],
     "42", "hololoom-tools.md"),
    (["how does the calc tool print non-integer results?"], "10 significant digits", "hololoom-tools.md"),
    (["how do I tag a note?", "how are tags given to the note tool?"], "hashtags", "hololoom-tools.md"),
    (["what did the original HoloLoom call the note tool?"], "notion_write", "hololoom-tools.md"),
    (["what is the maximum tool output length?"], "65536", "hololoom-tools.md"),
    (["which functions does the calc tool support?"], "sqrt, abs, round", "hololoom-tools.md"),
    (["what is the difference between the search tool and the answer tool?"], None, "hololoom-tools.md"),
    (["how does HoloLoom discover plugins?", "how are plugins found?"], "ServiceLoader", "hololoom-plugins-config.md"),
    (["what is the default seed?", "what value does hololoom.seed have by default?"], "42", "hololoom-plugins-config.md"),
    (["what is the maximum query length?", "how long can a query be?"], "4096", "hololoom-plugins-config.md"),
    (["how do I set a config key from an environment variable?"], "HOLOLOOM_", "hololoom-plugins-config.md"),
    (["how do I set a config key on the command line?"], "--set KEY=VALUE", "hololoom-plugins-config.md"),
    (["how long did a query take in the original HoloLoom?"], "180 to 210 milliseconds", "hololoom-history.md"),
    (["what was wrong with the original HoloLoom?", "why was the original HoloLoom rewritten?"], None,
     "hololoom-history.md"),
    (["what does weave return?", "what is the result of weave called?"], "Spacetime", "hololoom-overview.md"),
    (["what happens when a tool fails during weave?"], "confidence is 0", "hololoom-overview.md"),
    (["what tools does HoloLoom ship?", "which built-in tools does HoloLoom have?"],
     "answer, search, calc, note and query", "hololoom-overview.md"),
    (["what does a Spacetime contain?"], None, "hololoom-overview.md"),
    (["what is the command to run one query?"], "hololoom weave", "hololoom-overview.md"),
    (["which Java version does HoloLoom run on?"], "Java 17", "hololoom-overview.md"),
    (["what is HoloLoom?", "explain what HoloLoom does"], "learned tool routing", "hololoom-overview.md"),
    # caching
    (["what is LRU?", "what does LRU stand for?"], "least recently used", "caching.md"),
    (["what is Belady's algorithm?", "what is the optimal cache eviction policy?"], "furthest in the future",
     "caching.md"),
    (["who created Caffeine?", "who wrote the Caffeine caching library?"], "Ben Manes", "caching.md"),
    (["what is a cache stampede?"], "thundering herd", "caching.md"),
    (["what hit rate does W-TinyLFU reach on the ARC search trace?"], "43 percent", "caching.md"),
    (["what is write-back caching?", "what is another name for write-back?"], "write-behind", "caching.md"),
    (["what is consistent hashing?", "how does consistent hashing work?"], "ring", "caching.md"),
    (["how big is Caffeine's admission window?"], "1 percent", "caching.md"),
    (["what does TinyLFU use to estimate frequencies?"], "Count-Min Sketch", "caching.md"),
    (["how does W-TinyLFU work?", "explain W-TinyLFU"], None, "caching.md"),
    (["what is the difference between write-through and write-back?"], None, "caching.md"),
    # databases
    (["what does ACID stand for?"], "Atomicity, Consistency, Isolation and Durability", "databases.md"),
    (["what is the default isolation level in PostgreSQL?"], "Read Committed", "databases.md"),
    (["what is the default isolation level in MySQL?"], "Repeatable Read", "databases.md"),
    (["what does WAL stand for?", "what is a WAL in a database?"], "write-ahead log", "databases.md"),
    (["what data structure do most database indexes use?"], "B-tree", "databases.md"),
    (["who stated the CAP theorem?"], "Eric Brewer", "databases.md"),
    (["what does the CAP theorem say?"], "partition tolerance", "databases.md"),
    (["what is sharding?"], "horizontal partitioning", "databases.md"),
    (["what is a phantom read?", "what is a dirty read?"], None, "databases.md"),
    (["what is a popular Java connection pool?"], "HikariCP", "databases.md"),
    (["what is replication lag?"], None, "databases.md"),
    # networking
    (["how long is an IPv6 address?", "how many bits are in an IPv6 address?"], "128 bits", "networking.md"),
    (["how many bits does an IPv4 address have?"], "32 bits", "networking.md"),
    (["what port does DNS use?"], "53", "networking.md"),
    (["what is the TCP three-way handshake?", "how does a TCP connection start?"], "SYN-ACK", "networking.md"),
    (["what does a CNAME record do?"], "alias", "networking.md"),
    (["how many addresses are in a /24 network?"], "256 addresses", "networking.md"),
    (["what is the difference between TCP and UDP?"], None, "networking.md"),
    (["what does an AAAA record map to?"], "IPv6 address", "networking.md"),
    (["what port does SSH use?"], "22", "networking.md"),
    (["what are the private IPv4 ranges?"], "10.0.0.0/8", "networking.md"),
    # HTTP
    (["what does HTTP 429 mean?", "what is status code 429?"], "Too Many Requests", "http.md"),
    (["what does HTTP 503 mean?"], "Service Unavailable", "http.md"),
    (["what is the difference between 401 and 403?"], None, "http.md"),
    (["which HTTP methods are idempotent?"], "GET, PUT and DELETE", "http.md"),
    (["what does a 502 status mean?"], "Bad Gateway", "http.md"),
    (["what does HTTP/3 run over?"], "QUIC", "http.md"),
    (["what header compression does HTTP/2 use?"], "HPACK", "http.md"),
    (["what port does HTTPS use?"], "443", "http.md"),
    (["what does 304 Not Modified mean?", "what does HTTP 304 mean?"], "cached copy is still valid", "http.md"),
    (["when was HTTP/2 standardised?"], "2015", "http.md"),
    (["what is head-of-line blocking?"], None, "http.md"),
    # TLS
    (["how many round trips does a TLS 1.3 handshake take?"], "one round trip", "tls.md"),
    (["how long are Let's Encrypt certificates valid?"], "90 days", "tls.md"),
    (["what is SNI?", "what does SNI stand for?"], "Server Name Indication", "tls.md"),
    (["what is forward secrecy?"], None, "tls.md"),
    (["which RFC defines TLS 1.3?"], "RFC 8446", "tls.md"),
    (["does a wildcard certificate cover the bare domain?"], None, "tls.md"),
    (["what is mTLS?"], "Mutual TLS", "tls.md"),
    (["how do I check a certificate's expiry date with openssl?"], "openssl x509 -noout -dates", "tls.md"),
    (["how does the TLS handshake work?"], None, "tls.md"),
    # Java
    (["what is the default garbage collector since Java 9?", "which GC does Java use by default?"], "G1", "java.md"),
    (["when was Java 17 released?"], "September 2021", "java.md"),
    (["which Java versions are LTS releases?"], "Java 8, Java 11, Java 17 and Java 21", "java.md"),
    (["in which Java version did records become final?"], "Java 16", "java.md"),
    (["when did virtual threads become final?"], "Java 21", "java.md"),
    (["what are C1 and C2 in the JVM?"], "JIT", "java.md"),
    (["how do you set the maximum heap size of the JVM?"], "-Xmx", "java.md"),
    (["what does ServiceLoader need from a provider class?"], "public no-argument constructor", "java.md"),
    (["why do Java programs get faster after warm-up?"], None, "java.md"),
    # Kubernetes
    (["what is a pod in Kubernetes?"], "smallest deployable unit", "kubernetes.md"),
    (["what happens when a liveness probe fails?"], "restarts the container", "kubernetes.md"),
    (["what happens when a readiness probe fails?"], "removed from the endpoints", "kubernetes.md"),
    (["what is the default Kubernetes Service type?"], "ClusterIP", "kubernetes.md"),
    (["what port range does a NodePort service use?"], "30000 to 32767", "kubernetes.md"),
    (["are Kubernetes secrets encrypted?"], "base64-encoded", "kubernetes.md"),
    (["where does Kubernetes store the cluster state?"], "etcd", "kubernetes.md"),
    (["what does the kubelet do?"], None, "kubernetes.md"),
    (["what does CrashLoopBackOff mean?"], None, "kubernetes.md"),
    (["why is Kubernetes called k8s?"], "eight letters", "kubernetes.md"),
    (["what does OOMKilled mean?"], "memory limit", "kubernetes.md"),
    (["what is the difference between a Deployment and a StatefulSet?"], None, "kubernetes.md"),
    # git
    (["how long is a git commit id?"], "40-character", "git.md"),
    (["what does git bisect do?"], "binary search", "git.md"),
    (["how do I recover a commit after a bad git reset?"], "reflog", "git.md"),
    (["what is a fast-forward merge?"], None, "git.md"),
    (["who created git?"], "Linus Torvalds", "git.md"),
    (["what is the golden rule of rebasing?"], None, "git.md"),
    (["how many steps does git bisect need for 1000 commits?"], "10 steps", "git.md"),
    (["what is the git staging area also called?"], "index", "git.md"),
    (["what is the difference between git merge and git rebase?"], None, "git.md"),
    # RL
    (["what is a discount factor in reinforcement learning?"], None, "reinforcement-learning.md"),
    (["what is an MDP?", "what does MDP stand for?"], "Markov decision process", "reinforcement-learning.md"),
    (["who introduced Q-learning?"], "Chris Watkins", "reinforcement-learning.md"),
    (["is Q-learning on-policy or off-policy?"], "off-policy", "reinforcement-learning.md"),
    (["who published REINFORCE?"], "Ronald Williams", "reinforcement-learning.md"),
    (["what is the advantage function?"], "Q(s, a) - V(s)", "reinforcement-learning.md"),
    (["what is reward hacking?"], None, "reinforcement-learning.md"),
    (["at what angle does a CartPole episode end?"], "12 degrees", "reinforcement-learning.md"),
    (["what is the Bellman equation?"], None, "reinforcement-learning.md"),
    (["with gamma 0.99, how much does a reward 100 steps away count?"], "37 percent", "reinforcement-learning.md"),
    (["what is the difference between on-policy and off-policy learning?"], None, "reinforcement-learning.md"),
    # embeddings
    (["what is cosine similarity?"], None, "embeddings-vector-search.md"),
    (["what does HNSW stand for?", "what is HNSW?"], "Hierarchical Navigable Small World", "embeddings-vector-search.md"),
    (["what is recall@k?"], None, "embeddings-vector-search.md"),
    (["how much memory do a million 384-dimensional vectors take?"], "1.5 gigabytes", "embeddings-vector-search.md"),
    (["what is a cross-encoder?"], None, "embeddings-vector-search.md"),
    (["what does RAG stand for?"], "Retrieval-augmented generation", "embeddings-vector-search.md"),
    (["why are documents split into chunks before embedding?"], None, "embeddings-vector-search.md"),
    # search and ranking
    (["what are the default BM25 parameters?", "what value of b does BM25 usually use?"], "b = 0.75",
     "search-ranking.md"),
    (["what does BM25 stand for?"], "Best Matching 25", "search-ranking.md"),
    (["what is an inverted index?"], "posting list", "search-ranking.md"),
    (["how does reciprocal rank fusion combine rankings?"], "1 / (60 + rank)", "search-ranking.md"),
    (["what is MRR?", "what does MRR stand for?"], "mean reciprocal rank", "search-ranking.md"),
    (["what is the difference between search and question answering?"], None, "search-ranking.md"),
    (["what is TF-IDF?"], "inverse document frequency", "search-ranking.md"),
    # incident response
    (["what does an incident commander do?"], None, "incident-response.md"),
    (["how much downtime does a 99.9% SLO allow per 30 days?"], "43.2 minutes", "incident-response.md"),
    (["what is a blameless postmortem?"], None, "incident-response.md"),
    (["what does MTTR stand for?"], "mean time to recovery", "incident-response.md"),
    (["what is an error budget?"], None, "incident-response.md"),
    (["what is the difference between an SLO and an SLA?"], None, "incident-response.md"),
    (["what are the three pillars of observability?"], "metrics", "incident-response.md"),
    (["what is a runbook?"], None, "incident-response.md"),
    (["what is the first priority during an incident?"], "mitigate", "incident-response.md"),
    (["what does MTTD stand for?"], "mean time to detect", "incident-response.md"),
    # bandits and offline evaluation
    (["what is regret in a bandit problem?"], None, "bandits-offline-evaluation.md"),
    (["what epsilon does Vowpal Wabbit use by default?"], "0.05", "bandits-offline-evaluation.md"),
    (["what is IPS?", "what does IPS stand for in offline evaluation?"], "inverse propensity scoring",
     "bandits-offline-evaluation.md"),
    (["who analysed UCB1?"], "Auer", "bandits-offline-evaluation.md"),
    (["what is a doubly robust estimator?"], None, "bandits-offline-evaluation.md"),
    (["when was Thompson sampling first described?"], "1933", "bandits-offline-evaluation.md"),
    (["what is a contextual bandit?"], None, "bandits-offline-evaluation.md"),
]

ANSWER_WRAPPERS = [
    "{q}", "{q}", "{q}", "{q}", "hey, quick one: {q}", "I need to know {s}", "quick question: {q}",
    "can you tell me {s}?", "do you know {s}?", "I was wondering, {q}", "according to the docs, {q}",
    "{q} thanks", "sorry if this is basic, but {q}", "remind me, {q}", "in HoloLoom terms, {q}",
    "one more: {q}", "{q} I keep forgetting", "ok so {q}", "real quick - {q}", "please explain: {q}",
    "Could you tell me {s}?", "I'm curious: {q}",
]

EXPLAIN_TOPICS = [
    "how the reflection buffer works", "the PPO clipped objective", "what GAE does", "how W-TinyLFU admits entries",
    "the difference between BARE, FAST and FUSED", "how Thompson sampling explores", "how LinUCB picks a tool",
    "why the result cache key includes the policy version", "how the rating override works",
    "how Matryoshka retrieval shortlists candidates", "the TLS 1.3 handshake", "HTTP/2 multiplexing",
    "Kubernetes readiness probes", "git rebase", "ACID", "the CAP theorem", "error budgets", "BM25",
    "mean pooling in MiniLM", "the exploration-exploitation trade-off", "inverse propensity scoring",
    "what a Spacetime is", "how feature hashing works in the hashing embedder", "cache stampedes",
    "consistent hashing", "write-ahead logging", "forward secrecy", "the kubelet", "git reflog",
    "Java records", "G1 garbage collection",
]
EXPLAIN_TEMPLATES = ["explain {t}", "can you explain {t}?", "explain {t} in simple terms", "describe {t}",
                     "tell me about {t}", "help me understand {t}", "give me a short explanation of {t}"]


def gen_answer(rng):
    rows = []
    for phrasings, ans, _doc in FACTS:
        for p in phrasings:
            # "{s}" wrappers embed the question in a sentence ("can you tell me ..."): questions only
            question = re.match(r"(what|how|why|when|where|who|which|is|are|does|do|in|with|at|after)\b", p, re.I)
            w = rng.choice([x for x in ANSWER_WRAPPERS if question or "{s}" not in x])
            s = p.rstrip("?")
            if len(s) > 1 and s[0].isupper() and s[1].islower():
                s = s[0].lower() + s[1:]
            q = w.replace("{q}", p).replace("{s}", s)
            if rng.random() < 0.04:
                q = typo(rng, q)
            row = {"query": restyle(rng, q, 0.15, 0.3), "tool": "answer"}
            if ans is not None:
                row["answer"] = ans
            rows.append(row)
    for t in EXPLAIN_TOPICS:
        rows.append({"query": restyle(rng, rng.choice(EXPLAIN_TEMPLATES).replace("{t}", t), 0.15, 0.3),
                     "tool": "answer"})
    return rows


# ---------------------------------------------------------------------------------------------
# seed notes
# ---------------------------------------------------------------------------------------------

SEED_NOTES = [
    ("The staging server is db-7, the production primary is db-2.", ["infra"], 0),
    ("Renew the TLS certificate for api.example.com before Friday.", ["infra", "security"], 1),
    ("PPO with clip 0.2 was more stable than 0.3 on the routing workload.", ["ml"], 2),
    ("Kubernetes readiness probe on the search service times out after 2 seconds.", ["infra", "ops"], 3),
    ("Postgres replica lag spiked to 40 seconds during the nightly backup.", ["infra", "ops"], 5),
    ("Dentist appointment on Tuesday at 9.", ["personal"], 0),
    ("Read the TinyLFU paper by Einziger, Friedman and Manes.", ["reading"], 8),
    ("Result cache hit rate was 31 percent in the last load test.", ["perf"], 4),
    ("Standup moved to 10:15 starting next week.", ["work", "meeting"], 1),
    ("Incident review for the checkout outage is on Thursday.", ["ops", "meeting"], 2),
    ("Try Thompson sampling with Beta(1,1) priors for the new tool.", ["ml"], 6),
    ("Buy milk, eggs and coffee.", ["personal", "todo"], 0),
    ("The Kubernetes cluster upgrade to 1.29 is scheduled for the weekend.", ["infra"], 9),
    ("Rotate the database passwords stored in Kubernetes secrets.", ["security", "infra"], 12),
    ("Embedding cache size of 500 looks too small for the batch jobs.", ["perf"], 7),
    ("Call the bank about the mortgage letter.", ["personal", "todo"], 3),
    ("Learning rate 3e-4 for PPO was stable, 1e-3 diverged.", ["ml"], 10),
    ("Deploy of version 2.3 was rolled back because of a memory leak.", ["ops"], 1),
    ("Book: Designing Data-Intensive Applications, chapter 7 on transactions.", ["reading"], 15),
    ("Meeting with the platform team about the cache eviction policy.", ["meeting", "work"], 4),
    ("Redis memory is at 80 percent on cache-3.", ["infra", "ops"], 0),
    ("Ask Maria for the GAE lambda ablation results.", ["ml", "todo"], 2),
    ("The on-call handover is every Monday at noon.", ["ops"], 20),
    ("Certificate for the internal dashboard expires in 30 days.", ["security"], 5),
    ("Git bisect found the regression in commit 4f2a9c1.", ["work"], 6),
    ("The Grafana dashboard for latency lives under the SRE folder.", ["ops"], 25),
    ("Plan the team offsite in October.", ["work", "todo"], 18),
    ("LinUCB alpha 1.0 explored too much on the small workload.", ["ml"], 11),
    ("Backup job for postgres runs nightly at 02:00 UTC.", ["infra"], 30),
    ("Water the plants on the balcony.", ["personal"], 1),
    ("Reading list: the PPO paper, the GAE paper and the Matryoshka paper.", ["reading", "ml"], 9),
    ("DNS TTL for api.example.com is 300 seconds.", ["infra"], 14),
    ("HTTP 429 errors from the payments API during the sale.", ["ops"], 3),
    ("Write the postmortem for the DNS outage.", ["ops", "todo"], 2),
    ("The kubelet on node-4 keeps restarting the ingress pod.", ["infra"], 0),
    ("Switch the result cache from LRU to W-TinyLFU and compare hit rates.", ["perf", "todo"], 5),
    ("Birthday dinner for Sam on Saturday.", ["personal"], 6),
    ("Reward weights 0.6, 0.3 and 0.1 felt right; errors cost 0.5.", ["ml"], 13),
    ("Review the pull request that adds HTTP/2 to the gateway.", ["work"], 1),
    ("The MiniLM model loads in about 2 seconds on the laptop.", ["ml", "perf"], 8),
]


# ---------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------

# The examples named in the design brief: always part of the workload.
PINNED = [
    ("what is 17 * 23?", "calc", "391"), ("compute 2^10 - 1", "calc", "1023"), ("sqrt(2)*3", "calc", "4.242640687"),
    ("what's 15% of 80", "calc", "12"), ("17 times 23", "calc", "391"), ("divide 100 by 7", "calc", "14.28571429"),
    ("2 to the power of 8", "calc", "256"), ("how many seconds in 3 hours", "calc", None),
    ("remember that the staging server is db-7", "note", None), ("note: renew the TLS cert friday #infra", "note", None),
    ("remember the answer is 42", "note", None),
    ("how many notes mention PPO?", "query", None), ("list notes tagged infra", "query", None),
    ("list notes from this week", "query", None), ("list notes from yesterday", "query", None),
    ("how many notes do I have", "query", None), ("how many documents mention cache", "query", None),
    ("how many notes mention kubernetes", "query", None), ("list notes about PPO", "query", None),
    ("find documents about cache eviction", "search", None), ("search for PPO clipping", "search", None),
    ("show me docs on retrieval", "search", None), ("find the doc about PPO", "search", None),
    ("what is the default TTL of the result cache?", "answer", "5 minutes"),
    ("how does the reflection buffer decide success?", "answer", "at least 0.6"),
    ("why does PPO clip the ratio?", "answer", None),
    ("what does GAE stand for?", "answer", "Generalized Advantage Estimation"),
    ("what is PPO", "answer", "Proximal Policy Optimization"),
    ("what does the 0.2 clip in PPO do", "answer", "0.8 to 1.2"),
]


def pinned_rows(tool):
    rows = []
    for q, t, a in PINNED:
        if t == tool:
            rows.append({"query": q, "tool": t, **({"answer": a} if a is not None else {})})
    return rows


def check_facts():
    """Every expected answer must appear verbatim in the document the question is about."""
    for phrasings, ans, doc in FACTS:
        with open(os.path.join(CORPUS, doc), encoding="utf-8") as f:
            text = f.read()
        if ans is not None and ans not in text:
            raise SystemExit(f"answer [{ans}] for {phrasings[0]!r} does not appear in corpus/{doc}")


def build():
    check_facts()
    rng = random.Random(SEED)
    pools = {"calc": gen_calc(rng), "answer": gen_answer(rng), "search": gen_search(rng),
             "note": gen_note(rng), "query": gen_query(rng)}
    seen = set()
    train, test = [], []
    counts = {}
    for tool in TOOLS:
        pool = pools[tool]
        rng.shuffle(pool)
        unique = []
        for row in pinned_rows(tool) + pool:
            key = norm(row["query"])
            if key in seen:
                continue
            seen.add(key)
            unique.append(row)
        if len(unique) < TARGET[tool]:
            raise SystemExit(f"tool {tool}: only {len(unique)} unique queries, need {TARGET[tool]}")
        chosen = unique[:TARGET[tool]]
        rng.shuffle(chosen)
        n_train = round(TARGET[tool] * TRAIN_FRACTION)
        train += chosen[:n_train]
        test += chosen[n_train:]
        counts[tool] = (n_train, TARGET[tool] - n_train)
    rng.shuffle(train)
    rng.shuffle(test)
    notes = [{"text": t, "tags": tags, "daysAgo": d} for t, tags, d in SEED_NOTES]
    return train, test, notes, counts


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    train, test, notes, counts = build()
    files = {"train.jsonl": dump(train), "test.jsonl": dump(test), "notes.jsonl": dump(notes)}
    check = "--check" in sys.argv[1:]
    for name, text in files.items():
        path = os.path.join(HERE, name)
        if check:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    raise SystemExit(f"{name} differs from a fresh generation")
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    for tool in TOOLS:
        print(f"{tool:7s} train {counts[tool][0]:4d}  test {counts[tool][1]:4d}")
    print(f"total   train {len(train):4d}  test {len(test):4d}  notes {len(notes)}")
    if check:
        print("files match a fresh generation")


if __name__ == "__main__":
    main()
