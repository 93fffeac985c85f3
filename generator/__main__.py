"""``python -m generator`` does what the ``naskah`` command does."""

import sys

from .cli import main

if __name__ == "__main__":  # not again in a worker process (multiprocessing's spawn)
    sys.exit(main())
