"""The supervisor's pages, added to the window once the database is open (pages):
compensation/ (보상·시정조치), inspection/ (자체점검) and survey/ (고객만족도 조사).

May import services, domain and the rest of ui/; never store or cli.
"""
