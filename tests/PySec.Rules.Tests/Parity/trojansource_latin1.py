# -*- coding: latin-1 -*-
"""Café crème: a module written in Latin-1, with accents and no control characters."""

GREETING = "Olá, señor"


def greet(name):
    return GREETING + " " + name
