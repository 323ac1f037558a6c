"""``python -m tests.zoo DIR``: write the layout zoo (see make.py)."""

import sys

from .make import main

sys.exit(main())
