"""The Designer forms and the Python compiled from them agree (generated code is never stale)."""

from __future__ import annotations

from minwon_desk.ui.forms import build


def test_generated_forms_are_up_to_date() -> None:
    assert build.ui_files(), "no forms found"
    stale = build.stale_forms()
    assert stale == [], f"run: python -m minwon_desk.ui.forms.build  (stale: {stale})"


def test_every_form_has_its_generated_module() -> None:
    for ui_file in build.ui_files():
        assert build.target_for(ui_file).exists(), ui_file.name
