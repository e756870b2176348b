"""One module per area of the API; importing this package registers every handler."""

from . import account, billing, hosting, instances, search, serverless, teams, volumes
from . import api_keys as api_keys
from . import autojobs as autojobs
from . import clusters as clusters
from . import gpu_catalogue as gpu_catalogue
from . import instances_bulk as instances_bulk
from . import launch as launch
from . import machines_v1 as machines_v1
from . import network_volumes as network_volumes
from . import scheduled_jobs as scheduled_jobs
from . import search_variants as search_variants
from . import team_admin as team_admin
from . import team_member_roles as team_member_roles
from . import templates_v1 as templates_v1

__all__ = ["account", "billing", "hosting", "instances", "search", "serverless", "teams", "volumes"]
