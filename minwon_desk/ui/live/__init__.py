"""One agency, many desks: the window follows what the other desks and processes commit
(the change stream under the app's asyncio loop, republished on the window's bus), says
when the server is away (the connection bar), and keeps check-ins and phone memos on this
PC until it is back (the desk's queue, with its waiting and refused items).

Over services/ (live, queue) and ui/common; the main window plugs it in.
"""
