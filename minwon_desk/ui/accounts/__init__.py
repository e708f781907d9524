"""Who works at this desk: sign-in, the first administrator, the idle lock, what each
role may see and do, and the administration page."""
