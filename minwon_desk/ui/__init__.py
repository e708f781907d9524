"""The desktop window (PySide6). At the top: the main window, the one event bridge, the
background helper for long work, alerts, style, fonts, the desk's language (i18n: the
widgets' translate(); translations: the translators installed at start; translations_build:
lupdate and lrelease); accounts/ for sign-in, the idle lock,
what each role sees and the administration page; common/ for what pages share, forms/ for
the generated Designer code, one subpackage per feature.

May import services, domain, settings and resources; never store, a database driver or cli.
"""
