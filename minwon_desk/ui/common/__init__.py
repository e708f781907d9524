"""What several pages share: promise-clock tables, charts, staff pictures and the staff picker,
field errors and page keys, words for times, the window's one directory snapshot, and
printing with its print preview.

May import services, domain, the top of ui/ and forms/; never store, cli or a feature of ui/.
"""
