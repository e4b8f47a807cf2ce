"""`python -m bot` is the `newsline` program."""

import sys

from bot.cli import main

sys.exit(main())
