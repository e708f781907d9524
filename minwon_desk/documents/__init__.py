"""Printed documents, drawn with reportlab: plain data in, PDF bytes out — the case letters
(also as HWPX), vouchers and result notices, the seating-chart poster and nameplates, and the
monthly inspection report, with the Nanum fonts registered once.

May import domain (and resources); never Qt, store, services, ui or cli.
"""
