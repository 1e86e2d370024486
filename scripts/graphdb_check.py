"""Loads a `geostance export --format nodes-edges` folder into DuckDB and LadybugDB and checks that
who opposes each actor equals `geostance query opponents`; reads a `--format neo4j` folder with
Python's csv module. Driven by scripts/graphdb-check:

    python graphdb_check.py GEOSTANCE STORE PAIR_DIR NEO4J_DIR [--rolled-up]
"""
import csv
import json
import math
import os
import subprocess
import sys
import tempfile

import duckdb

geostance, store, pair, neo4j = sys.argv[1:5]  # store: a store or a snapshot
options = sys.argv[5:]
label = os.path.basename(store) + (", rolled up" if options else "")
nodes, edges = os.path.join(pair, "nodes.csv"), os.path.join(pair, "edges.csv")
SYMMETRIC = ("alliance", "hostility")
failures = []


def opponents(actor, count="reports"):
    """geostance's answer: [(opponent, score, {kind: count})], strongest first."""
    command = [geostance, "query", "opponents", actor, "--graph", store, "--format", "json", "--count", count]
    result = subprocess.run(command + options, capture_output=True, text=True, check=True)  # spawns: geostance
    return [(s["actor"], s["score"], s["counts"]) for s in json.loads(result.stdout)]


def same(name, actor, ours, theirs):
    """Compares two answers: actors in order (ties by id), scores to 1e-6, counts by kind."""
    def key(entry):
        return (-round(entry[1], 6), entry[0])
    ours, theirs = sorted(ours, key=key), sorted(theirs, key=key)
    equal = [o[0] for o in ours] == [t[0] for t in theirs] and all(
        math.isclose(o[1], t[1], abs_tol=1e-6) and o[2] == t[2] for o, t in zip(ours, theirs))
    if not equal:
        failures.append(f"{name} ({label}): opponents of {actor} differ:\n  geostance: {ours}\n  {name}: {theirs}")


def collect(rows):
    """[(opponent, kind, magnitude)] -> [(opponent, score, {kind: count})]."""
    by = {}
    for opponent, kind, magnitude in rows:
        score, counts = by.setdefault(opponent, [0.0, {}])
        by[opponent][0] = score + magnitude
        counts[kind] = counts.get(kind, 0) + 1
    return [(o, s, c) for o, (s, c) in by.items()]


# DuckDB: the files as read_csv_auto reads them, no schema given.
db = duckdb.connect()
db.execute(f"CREATE TABLE nodes AS SELECT * FROM read_csv_auto('{nodes}', header = true)")
db.execute(f"CREATE TABLE edges AS SELECT * FROM read_csv_auto('{edges}', header = true)")
types = dict(db.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'edges'").fetchall())
for column, wanted in [("source", "VARCHAR"), ("target", "VARCHAR"), ("sign", "BIGINT"), ("confidence", "DOUBLE"), ("date", "DATE")]:
    if types.get(column) != wanted:
        failures.append(f"duckdb ({label}): edges.{column} read as {types.get(column)}, not {wanted}")
db.execute(f"""
    CREATE VIEW against AS
    SELECT target AS actor, source AS opponent, kind, abs(intensity) * confidence * weight AS magnitude
      FROM edges WHERE sign < 0 AND source <> target
    UNION ALL
    SELECT source, target, kind, abs(intensity) * confidence * weight
      FROM edges WHERE sign < 0 AND source <> target AND kind IN {SYMMETRIC}""")
actors = [row[0] for row in db.execute("SELECT id FROM nodes ORDER BY id").fetchall()]
relations = db.execute("SELECT count(*) FROM edges").fetchone()[0]
dangling = db.execute("SELECT count(*) FROM edges WHERE source NOT IN (SELECT id FROM nodes) OR target NOT IN (SELECT id FROM nodes)").fetchone()[0]
if dangling:
    failures.append(f"duckdb ({label}): {dangling} edges name an actor that is not in nodes.csv")

try:
    import ladybug
except ImportError:
    ladybug = None
    print("graphdb-check: LadybugDB part skipped: pip could not install ladybug", file=sys.stderr)
if ladybug:
    folder = tempfile.mkdtemp()
    graph = ladybug.Connection(ladybug.Database(os.path.join(folder, "graph.lbug")))
    graph.execute("CREATE NODE TABLE Actor(id STRING PRIMARY KEY, name STRING, kind STRING, sector STRING, state STRING, aliases STRING)")
    graph.execute(
        "CREATE REL TABLE Relation(FROM Actor TO Actor, source_name STRING, target_name STRING, kind STRING, sign INT64, "
        "intensity DOUBLE, modality STRING, mode STRING, date DATE, confidence DOUBLE, weight DOUBLE, document STRING, "
        "sentence_index INT64, character_start INT64, character_end INT64, sentence STRING, speaker STRING, cue STRING, "
        "quad_class INT64, cameo STRING)")
    graph.execute(f"COPY Actor FROM '{nodes}' (header = true)")
    graph.execute(f"COPY Relation FROM '{edges}' (header = true)")
    stored = graph.execute("MATCH ()-[r:Relation]->() RETURN count(r)").get_next()[0]
    if stored != relations:
        failures.append(f"ladybug ({label}): COPY stored {stored} of {relations} relations")

checked = with_opponents = 0
for actor in actors:
    expected = opponents(actor)
    checked += 1
    with_opponents += bool(expected)
    rows = db.execute("SELECT opponent, kind, magnitude FROM against WHERE actor = ?", [actor]).fetchall()
    same("duckdb", actor, expected, collect(rows))
    if ladybug:
        found = []
        for query in [
            "MATCH (a:Actor)-[r:Relation]->(x:Actor) WHERE x.id = $id AND r.sign < 0 AND a.id <> x.id "
            "RETURN a.id, r.kind, abs(r.intensity) * r.confidence * r.weight",
            "MATCH (x:Actor)-[r:Relation]->(a:Actor) WHERE x.id = $id AND r.sign < 0 AND a.id <> x.id "
            "AND r.kind IN ['alliance', 'hostility'] RETURN a.id, r.kind, abs(r.intensity) * r.confidence * r.weight",
        ]:
            result = graph.execute(query, {"id": actor})
            while result.has_next():
                found.append(tuple(result.get_next()))
        same("ladybug", actor, expected, collect(found))
    # Counting events changes the scores, never who the opponents are.
    events = sorted(entry[0] for entry in opponents(actor, count="events"))
    if events != sorted(entry[0] for entry in expected):
        failures.append(f"geostance ({label}): opponents of {actor} counting events {events} are not those counting reports")

# The Neo4j files: each physical line one record of the header's width, endpoints that are nodes.
ids = set()
for name, width_of in [("actors.csv", None), ("relations.csv", None)]:
    with open(os.path.join(neo4j, name), encoding="utf-8", newline="") as handle:
        lines = handle.read().split("\n")
    if lines[-1] != "":
        failures.append(f"neo4j ({label}): {name} does not end with a line break")
    records = [next(csv.reader([line], strict=True)) for line in lines[:-1]]
    header = records[0]
    for number, record in enumerate(records[1:], start=2):
        if len(record) != len(header):
            failures.append(f"neo4j ({label}): {name}:{number}: {len(record)} fields, header has {len(header)}")
    if name == "actors.csv":
        ids = {record[0] for record in records[1:]}
        if ids != set(actors):
            failures.append(f"neo4j ({label}): actors.csv ids differ from nodes.csv")
    elif any(r[0] not in ids or r[1] not in ids for r in records[1:]) or len(records) - 1 != relations:
        failures.append(f"neo4j ({label}): relations.csv has {len(records) - 1} rows for {relations} relations, or an endpoint that is no actor")

if failures:
    print("graphdb-check: FAILED:\n" + "\n".join(failures), file=sys.stderr)
    sys.exit(1)
engines = "DuckDB and LadybugDB" if ladybug else "DuckDB"
print(f"graphdb-check ({label}): {len(actors)} actors, {relations} relations; opponents of all {checked} actors "
      f"({with_opponents} with any) equal geostance's in {engines}; the Neo4j files read one record a line", file=sys.stderr)
