"""One module per area of the API; importing this package registers every handler."""

from . import account, billing, hosting, instances, search, serverless, teams, volumes

__all__ = ["account", "billing", "hosting", "instances", "search", "serverless", "teams", "volumes"]
