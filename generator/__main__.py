"""``python -m generator`` does what the ``naskah`` command does."""

import sys

from .cli import main

sys.exit(main())
