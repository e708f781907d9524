"""The 개인정보 관리 page: the logs' chain check and the monthly access review."""
