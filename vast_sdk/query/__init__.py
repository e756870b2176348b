"""The official CLI's search query language, as text or as typed Python.

    from vast_sdk.query import Q, offers_body, parse_query

    q = parse_query("gpu_name=RTX_4090 num_gpus>=2 geolocation in [US,CA]")
    q == (Q.gpu_name == "RTX 4090") & (Q.num_gpus >= 2) & Q.geolocation.in_(["US", "CA"])
    str(q)            # 'gpu_name=RTX_4090 num_gpus>=2 geolocation in [US,CA]'
    q.to_filters()    # {'gpu_name': {'eq': 'RTX 4090'}, 'num_gpus': {'gte': '2'}, ...}
    offers_body(q, order="dph", limit=5)   # the body `vastai search offers` would send

Numbers are sent as the text they were written as (``"2"``), as the official CLI sends them;
GB fields are sent in MB, days in seconds and dates as epoch seconds (see ``MULTIPLIERS`` and
``DATE_FIELDS``). Every table comes from vastai 1.9.1; ``_tables.py`` cites file and line.
"""

from __future__ import annotations

from ._body import OfferType, network_volumes_body, offers_body, select_params, volumes_body
from ._core import Condition, Field, Q, Query, QueryBuilder, QueryError, Scalar, Value
from ._parse import OrderSpec, parse_order, parse_query
from ._tables import (
    ALIASES,
    DATE_FIELDS,
    DEFAULTS,
    FIELD_TYPES,
    FIELDS,
    GEO_REGIONS,
    KINDS,
    MULTIPLIERS,
    OPS,
    ORDER_ALIASES,
    FieldType,
    Op,
    QueryKind,
)

__all__ = [
    "ALIASES",
    "DATE_FIELDS",
    "DEFAULTS",
    "FIELDS",
    "FIELD_TYPES",
    "GEO_REGIONS",
    "KINDS",
    "MULTIPLIERS",
    "OPS",
    "ORDER_ALIASES",
    "Condition",
    "Field",
    "FieldType",
    "OfferType",
    "Op",
    "OrderSpec",
    "Q",
    "Query",
    "QueryBuilder",
    "QueryError",
    "QueryKind",
    "Scalar",
    "Value",
    "network_volumes_body",
    "offers_body",
    "parse_order",
    "parse_query",
    "select_params",
    "volumes_body",
]
