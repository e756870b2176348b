"""The built wheel, installed in a fresh venv outside the checkout (``pytest -m package``)."""
