"""``python -m tests.votes DIR``: write the decision-record fixtures (see make.py)."""

import sys

from .make import main

sys.exit(main())
