import sys

from hrjournal.cli import main

sys.exit(main())
