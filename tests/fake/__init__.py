"""Tests of vast_sdk.testing (FakeVast) and of the SDK against it."""
