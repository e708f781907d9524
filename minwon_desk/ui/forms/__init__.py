"""Code generated from ``forms/*.ui`` (Qt Designer) by ``python -m minwon_desk.ui.forms.build``:
never edited by hand; a test fails when it is stale.

The generated modules import Qt only.
"""
