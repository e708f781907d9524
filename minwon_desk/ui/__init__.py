"""The desktop window (PySide6). At the top: the main window, the one event bridge, the
background helper for long work, alerts, style, fonts and the desk's operator; common/ for
what pages share, forms/ for the generated Designer code, one subpackage per feature.

May import services, domain, settings and resources; never store, a database driver or cli.
"""
