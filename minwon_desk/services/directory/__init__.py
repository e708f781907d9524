"""The staff directory: who works here and whether they are in (service, staff), the
administrator's roster and its import (the file read in roster_import, set against the
database in roster_plan), absences and their import (the two imports share sheet_import),
offices and floor plans, the homepage export and the printed poster and nameplates.

Over the shared core of services/; never Qt, ui or cli.
"""
