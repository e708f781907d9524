"""The rules in plain Python: the working calendar, periods and deadlines, the charter and its
clocks, cases, memos, visits and absences, who acts for whom, compensation and inspection,
Hangul search, privacy masks, floor plans and time in Seoul.

Imports only the standard library and small pure libraries (holidays, phonenumbers): no Qt,
no database, no PDF library, and no other part of minwon_desk.
"""
