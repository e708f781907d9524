"""Use cases shared by the window and the command line: one transaction per call, audit rows,
typed change events. The shared core sits here (backend, events, audit, _tx, registers,
calendar, deadlines, spooler, spreadsheets and tabular (reading a spreadsheet, importing
it), photos, dto; tables and orgchart for what every feature's queries use: the Core
handles, staff labels, a department's units; routing for who gets work meant for an
officer who is away; clocked for the services that start the charter's clocks); each
feature has its own subpackage.

May import domain, store and documents; never Qt, ui or cli.
"""
