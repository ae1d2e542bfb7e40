# TikTok claims: the regression stage as Java notebooks. `make report` renders everything; `make test` checks it.
# Every target does its own set-up when needed (idempotent, quick when already done).

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV        ?= .venv
PY          := $(VENV)/bin/python
JAVA17_HOME ?= $(shell scripts/find-java17)
MVN         := JAVA_HOME=$(JAVA17_HOME) mvn -B -q -Djjava.jar=$(abspath $(VENV))/share/jupyter/kernels/java/jjava.jar
JOBS        ?= 2
# The real dataset the tests use, found as `make report` finds it ($TIKTOK_DATA, else data/tiktok_dataset.csv),
# then the shared copy beside the project (../shared/data/); scripts/dataset.sh --real, checked by test-data.
TEST_DATA    = $(shell scripts/dataset.sh --real 2>/dev/null)

KERNEL_JSON := $(VENV)/share/jupyter/kernels/java/kernel.json
CLASSPATH   := lib/target/classpath.txt
LIB_SOURCES := $(shell find lib/src/main -type f 2>/dev/null) lib/pom.xml pom.xml

.PHONY: help venv dev kernel build report test test-data unit-test cli-test notebook-test pool-test hostile-test browser-test lab bench fixtures system clean \
        spark-build spark-test

help:
	@echo "make report   build the lib, execute every notebook headless, write HTML to reports/ and reports/stakeholders/"
	@echo "              (make report SEED=7: another seed for the notebooks' parameters cells, shown on their pages)"
	@echo "make test     lib unit tests, every notebook executed headless, browser tests (JupyterLab + stakeholder page)"
	@echo "make lab      JupyterLab on 127.0.0.1 with the Java kernel and the lib on its classpath"
	@echo "make build    the lib and ./tiktok-claims"
	@echo "make bench    benchmarks against the Python reference (writes docs/benchmarks.md figures)"

# --- Python side: JupyterLab, nbclient/nbconvert and the JJava kernel, pinned, in a project-local venv --------
$(VENV)/.installed: requirements.txt
	@echo "==> Python environment ($(VENV)): JupyterLab, nbconvert, JJava"
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements.txt
	@touch $@

$(KERNEL_JSON): $(VENV)/.installed scripts/install_kernel.py scripts/kernel/PromptKernel.java
	@echo "==> Java kernelspec (Java 17 at $(JAVA17_HOME), lib on the classpath)"
	@$(PY) scripts/install_kernel.py $(VENV) $(JAVA17_HOME)

venv kernel: $(KERNEL_JSON)

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.installed
	@echo "==> Python reference packages (dev only: fixtures and benchmarks)"
	@$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

dev: $(VENV)/.dev-installed

# --- Java side -------------------------------------------------------------------------------------------------
$(CLASSPATH): $(LIB_SOURCES) $(KERNEL_JSON)
	@echo "==> Building the lib (Maven, Java 17)"
	@$(MVN) package -DskipTests
	@touch $@

# Class-data-sharing archive of the kernel's JVM (about 10 % off a notebook run); optional. It holds JJava's classes and
# the lib's libraries (on the kernel JVM's class path), so it is made again when the poms change.
CDS_ARCHIVE := $(VENV)/share/jupyter/kernels/java/jjava.jsa
$(CDS_ARCHIVE): $(KERNEL_JSON) lib/pom.xml pom.xml | $(CLASSPATH)
	@echo "==> Kernel start-up archive (class-data sharing)"
	@$(PY) scripts/kernel_timing.py --train-cds 2>/dev/null || echo "   (no archive: the kernel starts without it)"

build: $(CLASSPATH) $(CDS_ARCHIVE)
	@./tiktok-claims --version

# The Spark module (issue 11): its own class path and job jar, built only for --engine spark, 07-scale and its tests
# (the first build downloads Spark 4.2.0 from Maven Central, about 334 MB).
SPARK_CLASSPATH := spark/target/classpath.txt
SPARK_SOURCES   := $(shell find spark/src/main -type f 2>/dev/null) spark/pom.xml
$(SPARK_CLASSPATH): $(SPARK_SOURCES) $(CLASSPATH)
	@echo "==> Building the Spark module (Maven profile 'spark')"
	@$(MVN) -P spark -pl spark -am package -DskipTests
	@$(JAVA17_HOME)/bin/java -cp "spark/target/classes:$$(cat $@)" tiktokclaims.spark.JvmFlags > spark/target/jvm-flags.txt
	@touch $@

spark-build: $(SPARK_CLASSPATH)

# --- Reports -----------------------------------------------------------------------------------------------------
# Notebook parameters (cells tagged `parameters`): make report SEED=7 runs every notebook that declares SEED with 7.
# The PDFs are printed by Chromium (as in the browser tests): make report first tries to install playwright-core
# (npm) and Chromium (make system); when it cannot, it writes the two HTML sites and says the PDFs were skipped.
report: build spark-build
	@$(MAKE) --no-print-directory node_modules/.installed system 2>/dev/null || echo "==> (could not install node packages / Chromium: no PDFs)"
	@scripts/report-data.sh reports $(if $(SEED),-p SEED $(SEED))

# --- Tests -------------------------------------------------------------------------------------------------------
test: unit-test cli-test notebook-test pool-test hostile-test browser-test spark-test
	@echo "==> make test: all passed"

test-data:
	@data="$$(scripts/dataset.sh --real)" && echo "==> Tests use the dataset $$data"

unit-test: $(KERNEL_JSON) test-data
	@echo "==> Lib unit tests (JUnit 5; reference numbers from statsmodels / scikit-learn / pandas fixtures)"
	@TIKTOK_DATA="$(TEST_DATA)" JAVA_HOME=$(JAVA17_HOME) mvn -B -Djjava.jar=$(abspath $(VENV))/share/jupyter/kernels/java/jjava.jar package
	@touch $(CLASSPATH)
	@$(PY) scripts/unreached_classes.py .

cli-test: build
	@echo "==> ./tiktok-claims as whole processes: bad input, output safety, out-of-memory message"
	@tests/cli/run.sh

hostile-test: build
	@echo "==> Hostile transcripts (HTML, script, LaTeX, ANSI) stay text in an executed notebook and its HTML"
	@tests/hostile/run.sh

notebook-test: build spark-build test-data
	@echo "==> Executing every notebook headless on $(TEST_DATA)"
	@TIKTOK_DATA="$(TEST_DATA)" $(PY) scripts/run_notebooks.py --jobs $(JOBS) --out reports

# The notebooks above ran in the runner's warm JVMs (several notebooks per JVM, each in a fresh JShell); the regression
# stage again, each notebook in a JVM of its own as JupyterLab runs it, must show exactly the same outputs.
pool-test: notebook-test
	@echo "==> Notebooks 01-05 in JVMs of their own show what they showed in the pooled JVMs"
	@tmp="$$(mktemp -d)" && trap 'rm -rf "$$tmp"' EXIT && \
	  TIKTOK_DATA="$(TEST_DATA)" $(PY) scripts/run_notebooks.py --no-pool --no-html --jobs $(JOBS) --out "$$tmp" \
	    notebooks/0[1-5]-*.ipynb >/dev/null && \
	  $(PY) tests/pool/compare.py reports "$$tmp" $(notdir $(wildcard notebooks/0[1-5]-*.ipynb))

browser-test: notebook-test node_modules/.installed system
	@echo "==> Browser tests (Playwright + Chromium): JupyterLab runs a notebook; a stakeholder page shows its images"
	@node scripts/report-pdf.mjs reports
	@$(PY) scripts/report_site.py --indexes reports >/dev/null
	@TIKTOK_DATA="$(TEST_DATA)" node --test tests/browser/

spark-test: build $(SPARK_CLASSPATH)
	@echo "==> Spark module: parity with the lib (infer, queue), bad CSV/Parquet, a real standalone master + worker"
	@TIKTOK_DATA=$(TEST_DATA) $(MVN) -P spark -pl spark -am package -Dtest='tiktokclaims.spark.**' \
	  -Dsurefire.failIfNoSpecifiedTests=false
	@TIKTOK_DATA=$(TEST_DATA) tests/spark/run.sh

node_modules/.installed: package.json package-lock.json
	@echo "==> playwright-core (npm)"
	@npm ci --silent --no-audit --no-fund
	@touch $@

# Debian packages the browser tests and headless charts need (Chromium, fonts). Installs them when run as root.
system:
	@scripts/ensure-system-packages

# --- Interactive -------------------------------------------------------------------------------------------------
lab: build
	@data="$$(scripts/dataset.sh)" && echo "==> Data: $$data" && \
	  echo "==> JupyterLab on http://127.0.0.1:$${PORT:-8888} (Ctrl-C to stop); open the URL with the token printed below" && \
	  TIKTOK_DATA="$$data" $(VENV)/bin/jupyter lab --no-browser --allow-root --ServerApp.ip=127.0.0.1 --ServerApp.port=$${PORT:-8888} \
	  --ServerApp.root_dir=$(abspath notebooks) 2>&1 | awk -f scripts/lab-log.awk

# --- Benchmarks and fixtures -----------------------------------------------------------------------------------------
bench: build dev spark-build
	@scripts/bench.sh

fixtures: dev
	@for f in scripts/fixtures/*.py; do echo "==> $$f"; $(PY) $$f || exit 1; done

clean:
	rm -rf lib/target spark/target reports .bench
