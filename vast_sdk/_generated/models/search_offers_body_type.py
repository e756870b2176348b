from typing import Literal

SearchOffersBodyType = Literal["bid", "on-demand", "ondemand", "reserved"]

SEARCH_OFFERS_BODY_TYPE_VALUES: set[SearchOffersBodyType] = {
    "bid",
    "on-demand",
    "ondemand",
    "reserved",
}


def check_search_offers_body_type(value: str) -> SearchOffersBodyType:
    if value in SEARCH_OFFERS_BODY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_OFFERS_BODY_TYPE_VALUES!r}"
    )
