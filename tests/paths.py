"""Where the project and its shipped sample documents are, for tests that run manage.py or read them."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"
