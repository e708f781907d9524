"""The cases page (민원 처리): registering a case (form), the lists (model, with _columns private
to this package) and their filters, the chosen case (detail_panel), what is done with it
(actions, toolbar, dialogs), and the deadline calculator page.

May import services, domain and the rest of ui/; never store or cli.
"""
