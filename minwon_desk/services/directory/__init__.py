"""The staff directory: who works here and whether they are in (service, staff), the
administrator's roster and its import, absences and their import (the two imports share
sheet_import), offices and floor plans, the homepage export and the printed poster and
nameplates.

Over the shared core of services/; never Qt, ui or cli.
"""
