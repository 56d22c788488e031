"""stancemap: who stands where, on what, under which conditions — from news, with citations."""

__version__ = "0.1.0"
