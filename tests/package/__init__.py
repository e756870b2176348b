"""The built wheel and sdist, installed in fresh venvs outside the checkout, on the pinned and on
the lowest declared dependency versions (``pytest -m package``)."""
