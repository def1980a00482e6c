"""Trainers' role-plays: the score card, scenarios and attempts (issue 6)."""
