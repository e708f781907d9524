"""The floor-plan widget: an office's rooms and desks on its grid — the layout, the camera
(zoom and scroll) and the scroll area it serves, the painting and its tiles, and mouse and
keyboard (_input, private to this package).

May import services, domain and the rest of ui/; never store or cli.
"""
