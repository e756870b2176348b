"""The official vastai CLI against FakeVast."""
