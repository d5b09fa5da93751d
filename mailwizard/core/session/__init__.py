"""The session layer: each step's state, rules and actions, without Qt (see session.py)."""
