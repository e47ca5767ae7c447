# Every target sets itself up: a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
SAMPLE := projects/workers-clubs
RUN_DIR := .run/workers-clubs

.PHONY: run test test-floors bench lint sample clean

# `make run` installs the runtime dependencies only; `make test` (and bench, lint) add the test extra.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(STAMP)

$(TEST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

# The TUI on a working copy of the sample project, so the shipped sample stays pristine.
run: $(STAMP)
	@test -f $(RUN_DIR)/project.toml || { mkdir -p .run && cp -r $(SAMPLE) $(RUN_DIR); }
	$(BIN)/workbench open $(RUN_DIR)

# Two workers per core, at most eight: a Pilot test spends most of its time in Textual's idle
# waits (20 ms sleeps until the process's CPU stops moving: the termbase view's palette test
# slept 834 of them, 17 of its 20 s), so a second worker per core fills them. Each worker holds
# its own app and PostgreSQL server (~0.6 GB). Work stealing: a worker that runs out takes queued
# tests from another, so the minute-long tests near the end (team lookups at scale, a
# million-line import) leave no core idle.
TEST_WORKERS := -n $(shell $(PYTHON) -c 'import os; print(min(8, 2 * len(os.sched_getaffinity(0))))') --dist worksteal
# The bytecode is written first: where PYTHONDONTWRITEBYTECODE is set (as on CI's machines), every
# `workbench` a test starts compiled the ~100 modules it imports anew (0.3-0.4 s each time; the
# vendor-delivery CI tests 103 -> 83 s with it written, session 44).
test: $(TEST_STAMP)
	$(BIN)/python -m compileall -q -j 0 workbench termbase >/dev/null
	$(BIN)/python -m pytest -q -p no:cacheprovider $(TEST_WORKERS)

# The suite against the lowest versions pyproject.toml allows for every runtime dependency
# (uv's lowest-direct resolution), in a venv of its own: a floor the code has outgrown
# fails here, not on a user's machine. The test tools themselves are the newest allowed.
FLOORS := .venv-floors
test-floors:
	test -x $(FLOORS)/bin/python || $(PYTHON) -m venv $(FLOORS)
	$(FLOORS)/bin/python -m pip install --quiet --upgrade pip uv
	$(FLOORS)/bin/uv pip compile --quiet --python $(FLOORS)/bin/python --resolution lowest-direct \
		pyproject.toml -o $(FLOORS)/floors.txt
	$(FLOORS)/bin/uv pip install --quiet --python $(FLOORS)/bin/python \
		-c $(FLOORS)/floors.txt -e '.[test]'
	$(FLOORS)/bin/python -m compileall -q -j 0 workbench termbase >/dev/null
	$(FLOORS)/bin/python -m pytest -q -p no:cacheprovider $(TEST_WORKERS) $(FLOORS_TESTS)

bench: $(TEST_STAMP)
	$(BIN)/python -m bench

lint: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	$(BIN)/lint-imports
	$(BIN)/ruff check workbench termbase bench projects tests
	$(BIN)/mypy

# Rebuild the sample project from its source files (after editing the translation or termbase).
sample: $(STAMP)
	$(BIN)/python projects/build_sample.py

clean:
	rm -rf $(VENV) $(FLOORS) .run .pytest_cache
