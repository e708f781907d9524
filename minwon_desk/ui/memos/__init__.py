"""The phone-memo page: taking a memo (form), the desk officer's own memos and every memo
(model, filters), the chosen memo and what is done with it (actions), and what the officer
is told about their memos (notices).

May import services, domain and the rest of ui/; never store or cli.
"""
