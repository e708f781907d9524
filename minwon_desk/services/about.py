"""What this copy of the app is: its version and the database schema it brings.

Shown by ``minwon-desk --version``, so that whoever installs or supports a desk can tell
which schema a copy needs before it opens any database.
"""

from __future__ import annotations

from minwon_desk import __version__
from minwon_desk.domain.i18n import translate
from minwon_desk.store.revisions import newest_revision


def version_text() -> str:
    """``minwon-desk 0.1.0 (스키마 0007)``."""
    return translate("About", "minwon-desk {version} (스키마 {schema})").format(
        version=__version__, schema=newest_revision()
    )
