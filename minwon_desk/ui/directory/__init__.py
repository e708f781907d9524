"""The directory: the search page (anyone as you type, where they sit, who acts for them), the
absences page and form, and the HR import dialog; floor_plan/ draws an office, offices/
edits them, staff_admin/ is the administrator's staff and departments page.

May import services, domain and the rest of ui/; never store or cli.
"""
