"""What the API reads and returns: Pydantic models, only at the API boundary.

Each resource has a base (the fields shared by what clients send and what they get),
a create variant (what a client sends) where the API accepts writes, and a public
variant (what the API returns). Public models are read straight from the store's
frozen dataclasses (``from_attributes``), so the store never depends on Pydantic.
"""
