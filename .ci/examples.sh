#!/usr/bin/env bash
# CI: the examples, end to end: the tool plugin exactly as examples/tool-plugin/README.md tells a new user, and the
# custom build of docs/custom-build.md.
#   1. install the artifacts the examples resolve from ~/.m2 (hololoom-api and -testkit; the BOM and the modules of the
#      custom build)
#   2. build the example with Maven (its own tests use hololoom-testkit) — a standalone project, not a module
#   3. check the jar in isolation (plugins --verify), drop it into a fresh plugin directory, see it listed
#   4. route a query to it: a forced choice first (the tool is the only one), then learned routing: after
#      `learn --resume` on the example's labelled workload the default policy picks unit-convert for unit queries
#      and still picks the built-in tools for theirs
#   5. build examples/custom-build (hashing + bandit + calc through the BOM), check that no DJL / ONNX Runtime / ND4J
#      jar is on its class path, and weave with it
# Runs offline (-o) when everything is already in ~/.m2, online otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

mvn_try() { mvn -B -q -o "$@" || mvn -B -q "$@"; }

# `mvn -B verify` (.ci/run) packaged everything but installed nothing: put what the two examples resolve from
# ~/.m2 there (no tests: verify ran them); without a packaged CLI, build and install everything.
if [ -f cli/target/hololoom-cli.jar ]; then
  echo "examples: installing the parent, the BOM, api, testkit, core, hashing, bandit and tools-builtin into ~/.m2"
  mvn_try -DskipTests install -pl :hololoom-parent,:hololoom-bom,:hololoom-api,:hololoom-testkit,:hololoom-core,\
:hololoom-embedders-hashing,:hololoom-policies-bandit,:hololoom-tools-builtin
else
  echo "examples: building and installing the main build"
  mvn_try -DskipTests install
fi

echo "examples: building examples/tool-plugin"
(cd examples/tool-plugin && mvn_try clean package)
jar="$root/examples/tool-plugin/target/hololoom-unit-convert-1.0.0.jar"
test -f "$jar"

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
hololoom() { java -Dai.djl.offline=true -jar "$root/cli/target/hololoom-cli.jar" "$@"; }
fail() { echo "examples: FAILED: $*" >&2; exit 1; }

echo "examples: plugins --verify"
out="$(hololoom plugins --home "$home" --verify "$jar")" || { echo "$out"; fail "--verify rejected the jar"; }
grep -q "tool       unit-convert" <<<"$out" || { echo "$out"; fail "--verify did not report the tool"; }
grep -q "^result:     OK" <<<"$out" || { echo "$out"; fail "--verify did not say OK"; }

mkdir -p "$home/plugins"
cp "$jar" "$home/plugins/"

echo "examples: plugins lists it from the plugin directory"
out="$(hololoom plugins --home "$home")" || { echo "$out"; fail "plugins reported problems"; }
grep -q "^  unit-convert " <<<"$out" || { echo "$out"; fail "unit-convert is not listed"; }
grep -q "hololoom-unit-convert-1.0.0.jar  ($home/plugins/hololoom-unit-convert-1.0.0.jar)" <<<"$out" \
  || { echo "$out"; fail "unit-convert is not listed with its jar in the plugin directory"; }

echo "examples: a forced choice runs the plugin"
out="$(hololoom weave --home "$home" --no-learn --set hololoom.tools=unit-convert --json "convert 10 km to miles")" \
  || { echo "$out"; fail "weave failed"; }
grep -q '"tool" : "unit-convert"' <<<"$out" || { echo "$out"; fail "the plugin did not run"; }
grep -q '"response" : "10 km = 6.21371 mi"' <<<"$out" || { echo "$out"; fail "wrong answer from the plugin"; }

echo "examples: learned routing (README steps)"
echo "hololoom.tools=answer,search,calc,note,query,unit-convert" > "$home/hololoom.properties"
hololoom weave --home "$home" "convert 10 km to miles" > /dev/null || true   # starts the policy warm; calc refuses
hololoom learn --home "$home" --resume --workload "$root/examples/tool-plugin/workload.jsonl" --episodes 1000 \
  --no-progress > "$home/learn.txt" || { cat "$home/learn.txt"; fail "learn failed"; }
for q in "convert 10 km to miles" "how many feet in 3 meters" "what is 100 fahrenheit in celsius"; do
  out="$(hololoom weave --home "$home" --no-learn --json "$q")" || { echo "$out"; fail "weave [$q] failed"; }
  grep -q '"tool" : "unit-convert"' <<<"$out" || { echo "$out"; cat "$home/learn.txt"; fail "[$q] was not routed to unit-convert"; }
done
out="$(hololoom weave --home "$home" --no-learn --json "what is 17 * 23?")" || { echo "$out"; fail "weave failed"; }
grep -q '"tool" : "calc"' <<<"$out" || { echo "$out"; fail "arithmetic is no longer routed to calc"; }

echo "examples: the custom build (docs/custom-build.md) runs weave without the heavy modules"
(cd examples/custom-build && mvn_try clean package)
if ls examples/custom-build/target/lib | grep -iE 'djl|onnx|tokenizers|langchain|nd4j|openblas|javacpp'; then
  fail "the custom build pulls in a heavy module"
fi
out="$(HOLOLOOM_HOME="$home/custom" java -jar examples/custom-build/target/custom-build-1.0.0.jar "what is 17 * 23?")" \
  || { echo "$out"; fail "the custom build's weave failed"; }
grep -q "^answer:     391$" <<<"$out" || { echo "$out"; fail "the custom build gave a wrong answer"; }

echo "examples: OK"
