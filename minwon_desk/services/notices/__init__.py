"""Notices to petitioners, really sent: the outbox, the e-mail sender (the agency's SMTP
server) and the text-message providers (a development folder; Solapi)."""
