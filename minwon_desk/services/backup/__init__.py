"""Backup and restore of the agency's database (개인정보 안전성 확보조치: a backup and
recovery plan): a consistent copy while the desks keep working, checked, optionally sealed
with a passphrase, restored only into the same agency and a schema this version knows.

- fileformat: the file (magic, manifest, checksum, payload) and reading it back
- crypto: scrypt + AES-256-GCM in chunks
- snapshot: a consistent SQLite copy of either database, and what a copy holds
- copy: taking a backup into a file, opening one into a checked copy
- restore: putting a copy in place of the database
- service: permission, audit and the daily backup
"""
