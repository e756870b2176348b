"""Tests of the workflow helpers (wait, launch, SSH, logs, CLI names, serverless)."""
