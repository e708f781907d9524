import sys

from minwon_desk.cli import main

sys.exit(main())
