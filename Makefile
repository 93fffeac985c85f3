# Pintasan untuk Linux (Debian/Ubuntu). Pengguna Windows: pakai pip langsung (lihat README).
#
#   make dokumen   buat semua dokumen ke keluaran/
#   make test      jalankan tes (PYTEST_ARGS="-k pdf -x" untuk argumen tambahan)
#   make bench     ukur kecepatan
#   make sistem    pasang paket Debian yang dibutuhkan (LibreOffice Writer dan Calc, python3-uno, font URW, poppler)
#   make venv      siapkan .venv
#   make bersih    hapus .venv, isi keluaran/, dan cache

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := dokumen

PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.stamp
PYTEST_ARGS ?=
ARGS ?=

# sudo hanya bila bukan root.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: dokumen test bench sistem venv bersih

dokumen: sistem venv
	@$(VENV)/bin/naskah bangun $(ARGS)

test: sistem venv
	@$(VENV)/bin/python -m pytest $(PYTEST_ARGS)

bench: venv
	@$(VENV)/bin/python bench/bench.py $(ARGS)

sistem:
	@kurang=""; \
	command -v soffice >/dev/null 2>&1 || kurang="$$kurang libreoffice-writer-nogui"; \
	{ command -v soffice >/dev/null 2>&1 && test -e "$$(dirname "$$(readlink -f "$$(command -v soffice)")")/libsclo.so"; } || kurang="$$kurang libreoffice-calc-nogui"; \
	/usr/bin/python3 -c 'import uno' >/dev/null 2>&1 || kurang="$$kurang python3-uno"; \
	command -v fc-list >/dev/null 2>&1 || kurang="$$kurang fontconfig"; \
	{ command -v fc-list >/dev/null 2>&1 && fc-list : family | grep -i "URW Bookman" >/dev/null; } || kurang="$$kurang fonts-urw-base35"; \
	command -v pdffonts >/dev/null 2>&1 || kurang="$$kurang poppler-utils"; \
	if [ -z "$$kurang" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null 2>&1; then \
		echo "Paket sistem belum terpasang:$$kurang" >&2; \
		echo "apt-get tidak tersedia: pasang sendiri LibreOffice Writer dan Calc dengan modul Python uno, font URW Bookman (URW base35)," >&2; \
		echo "poppler-utils (pdfinfo, pdffonts, pdftotext), dan fontconfig, lalu ulangi." >&2; \
		exit 1; \
	fi; \
	if [ -n "$(SUDO)" ] && ! command -v sudo >/dev/null 2>&1; then \
		echo "Perlu hak root untuk memasang:$$kurang (sudo tidak ada). Jalankan sebagai root." >&2; \
		exit 1; \
	fi; \
	echo "Memasang paket sistem:$$kurang"; \
	$(SUDO) apt-get update -qq; \
	$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$kurang >/dev/null

venv: $(STAMP)

$(STAMP): pyproject.toml
	@echo "Menyiapkan $(VENV) ..."
	@$(PYTHON) -m venv $(VENV) || { \
		echo "Gagal membuat $(VENV) dengan $(PYTHON). Di Debian/Ubuntu: apt-get install python3-venv" >&2; \
		exit 1; }
	@$(VENV)/bin/python -m pip install -qq --disable-pip-version-check --upgrade pip
	@$(VENV)/bin/python -m pip install -qq --disable-pip-version-check -e '.[dev]'
	@touch $@

bersih:
	@rm -rf $(VENV) .pytest_cache .hypothesis build dist *.egg-info
	@find . -path ./.git -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +
	@if [ -d keluaran ]; then find keluaran -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +; fi
	@echo "Bersih."
