from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.template import Template


T = TypeVar("T", bound="SearchTemplatesResponse200")


@_attrs_define
class SearchTemplatesResponse200:
    success: bool | None
    templates_found: int | None
    """ Number of templates found. """
    templates: list[Template] | None
    """ List of templates matching the search criteria. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | None
        success = self.success

        templates_found: int | None
        templates_found = self.templates_found

        templates: list[dict[str, Any]] | None
        if isinstance(self.templates, list):
            templates = []
            for templates_type_0_item_data in self.templates:
                templates_type_0_item = templates_type_0_item_data.to_dict()
                templates.append(templates_type_0_item)

        else:
            templates = self.templates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "templates_found": templates_found,
                "templates": templates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.template import Template

        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        success = _parse_success(d.pop("success"))

        def _parse_templates_found(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        templates_found = _parse_templates_found(d.pop("templates_found"))

        def _parse_templates(data: object) -> list[Template] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                templates_type_0 = []
                _templates_type_0 = data
                for templates_type_0_item_data in _templates_type_0:
                    templates_type_0_item = Template.from_dict(
                        templates_type_0_item_data
                    )

                    templates_type_0.append(templates_type_0_item)

                return templates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Template] | None, data)

        templates = _parse_templates(d.pop("templates"))

        search_templates_response_200 = cls(
            success=success,
            templates_found=templates_found,
            templates=templates,
        )

        search_templates_response_200.additional_properties = d
        return search_templates_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
