#!/usr/bin/env bash
# Tests of the ./hololoom launcher's start-up archive (AppCDS): made once per build, used, keyed to the jars, and
# every way it can be missing, stale or unusable falls back to a normal start with clean output.
# Needs a packaged CLI (cli/target/hololoom-cli.jar, e.g. from `mvn -B verify`). Works on a copy of the launcher
# and the jar in a temporary directory (the 400 MB lib/ is linked, not copied), so the real cli/target is not
# touched. Prints "N passed, N failed" and exits 1 if a check failed.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ ! -f "$root/cli/target/hololoom-cli.jar" ]; then
  echo "launcher-test: no cli/target/hololoom-cli.jar; run mvn -B -DskipTests package first" >&2
  exit 1
fi
t="$(mktemp -d)"
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/app/cli/target" "$t/home"
cp "$root/hololoom" "$t/app/hololoom"
cp -p "$root/cli/target/hololoom-cli.jar" "$t/app/cli/target/"
ln -s "$root/cli/target/lib" "$t/app/cli/target/lib"
app="$t/app"
target="$app/cli/target"
version="$(java -jar "$root/cli/target/hololoom-cli.jar" --version)"

passed=0
failed=0
check() { # check NAME COMMAND...: runs COMMAND; a non-zero status fails the check
  local name="$1"; shift
  if "$@"; then
    passed=$((passed + 1)); echo "ok      $name"
  else
    failed=$((failed + 1)); echo "FAILED  $name"
    echo "        stdout: $(head -c 600 "$t/out")"; echo "        stderr: $(head -c 600 "$t/err")"
  fi
}
# run ARGS...: the launcher with stdout in $t/out and stderr in $t/err; sets status
run() { "$app/hololoom" "$@" > "$t/out" 2> "$t/err"; status=$?; }
archives() { ls "$target"/hololoom-cds-*.jsa 2>/dev/null; }
count() { archives | wc -l; }
stdout_is_version() { [ "$status" -eq 0 ] && [ "$(cat "$t/out")" = "$version" ]; }
no_jvm_messages() { ! grep -qiE '\[(warning|error)\]|cds|shared archive|sharing' "$t/out" "$t/err"; }
trained_note() { grep -q "preparing the start-up archive" "$t/err"; }
# loaded_from_archive: the run's class-load log (JAVA_OPTS below) has the CLI's main class from the dynamic archive
loaded_from_archive() { grep -q "io.hololoom.cli.Main source: shared objects file (top)" "$t/classes.log"; }
loaded_from_jar() { grep -q "io.hololoom.cli.Main source: file:" "$t/classes.log"; }
classlog="-Xlog:class+load=info:file=$t/classes.log"

# 1. no archive yet: the first run trains one (with a note on stderr) and prints exactly the version
run --version
check "first run prints the version only" stdout_is_version
check "first run says it prepares the archive" trained_note
check "first run leaves one archive" test "$(count)" -eq 1
check "no temporary files are left" test -z "$(ls "$target" | grep -E '\.tmp-|\.failed$')"
first="$(archives)"

# 2. the next run maps it, silently
JAVA_OPTS="$classlog" run --version
check "second run prints the version only" stdout_is_version
check "second run does not train again" bash -c "! grep -q preparing '$t/err'"
check "second run loads the CLI from the archive" loaded_from_archive
check "no JVM sharing messages" no_jvm_messages

# 3. weave --json with the archive: stdout is the JSON object and nothing else
run weave --home "$t/home" --set hololoom.embedder=hashing --json "what is 17 * 23?"
check "weave --json exits 0" test "$status" -eq 0
check "weave --json stdout starts with {" test "$(head -c 1 "$t/out")" = "{"
check "weave --json stdout ends with }" test "$(tail -n 1 "$t/out")" = "}"
check "weave --json answers 391" grep -q '"response" : "391"' "$t/out"
check "weave has no JVM sharing messages" no_jvm_messages

# 4. HOLOLOOM_CDS=0: no archive is used, and none is made
rm -f "$target"/hololoom-cds-*
HOLOLOOM_CDS=0 JAVA_OPTS="$classlog" run --version
check "HOLOLOOM_CDS=0 prints the version" stdout_is_version
check "HOLOLOOM_CDS=0 makes no archive" test "$(count)" -eq 0
check "HOLOLOOM_CDS=0 loads the CLI from the jar" loaded_from_jar
# the user's HOLOLOOM_* settings do not reach the training run (here they would make its weave fail)
HOLOLOOM_EMBEDDER=nope HOLOLOOM_TOOLS=calc,nope run --version
check "archive made again after HOLOLOOM_CDS=0" test "$(count)" -eq 1
check "the training ignores the user's HOLOLOOM_* settings" test -z "$(ls "$target" | grep -E '\.failed$')"
first="$(archives)"

# 5. a rebuilt jar (new file, new time): the old archive is stale; the launcher makes a new one, removes the old
cp "$first" "$t/old.jsa"
sleep 1
cp "$root/cli/target/hololoom-cli.jar" "$target/hololoom-cli.jar.new"
mv "$target/hololoom-cli.jar.new" "$target/hololoom-cli.jar"
JAVA_OPTS="$classlog" run --version
check "after a rebuild the version is printed" stdout_is_version
check "after a rebuild a new archive is trained" trained_note
check "after a rebuild exactly one archive is left" test "$(count)" -eq 1
check "after a rebuild the archive has a new key" test "$(archives)" != "$first"
JAVA_OPTS="$classlog" run --version
check "the new archive is used" loaded_from_archive

# 6. an archive the JVM cannot use under the current key (here: made for the old jar, so the JVM's own check of
#    the class path fails; or random bytes): normal start, exact output, no message
current="$(archives)"
cp "$t/old.jsa" "$current"
JAVA_OPTS="$classlog" run --version
check "an archive of another jar: version printed" stdout_is_version
check "an archive of another jar: not used" loaded_from_jar
check "an archive of another jar: no JVM messages" no_jvm_messages
head -c 200000 /dev/urandom > "$current"
JAVA_OPTS="$classlog" run --version
check "a garbage archive: version printed" stdout_is_version
check "a garbage archive: not used" loaded_from_jar
check "a garbage archive: no JVM messages" no_jvm_messages

# 7. training fails (a java that cannot dump): normal start, a .failed marker, and no second try for this build
rm -f "$target"/hololoom-cds-*
mkdir -p "$t/bin"
real_java="$(command -v java)"
cat > "$t/bin/java" <<EOF
#!/usr/bin/env bash
for a in "\$@"; do case "\$a" in -XX:ArchiveClassesAtExit=*) echo "no dump here" >&2; exit 1 ;; esac; done
exec "$real_java" "\$@"
EOF
chmod +x "$t/bin/java"
PATH="$t/bin:$PATH" run --version
check "failed training: version printed" stdout_is_version
check "failed training: no archive" test "$(count)" -eq 0
check "failed training: a .failed marker with the reason" grep -q "no dump here" "$target"/hololoom-cds-*.failed
PATH="$t/bin:$PATH" run --version
check "failed training: not tried again" bash -c "! grep -q preparing '$t/err'"

echo "launcher-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
