from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.show_env_vars_response_200_secrets_type_0 import (
        ShowEnvVarsResponse200SecretsType0,
    )


T = TypeVar("T", bound="ShowEnvVarsResponse200")


@_attrs_define
class ShowEnvVarsResponse200:
    success: bool | None | Unset = UNSET
    secrets: None | ShowEnvVarsResponse200SecretsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.show_env_vars_response_200_secrets_type_0 import (
            ShowEnvVarsResponse200SecretsType0,
        )

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        secrets: dict[str, Any] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, ShowEnvVarsResponse200SecretsType0):
            secrets = self.secrets.to_dict()
        else:
            secrets = self.secrets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if secrets is not UNSET:
            field_dict["secrets"] = secrets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.show_env_vars_response_200_secrets_type_0 import (
            ShowEnvVarsResponse200SecretsType0,
        )

        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_secrets(
            data: object,
        ) -> None | ShowEnvVarsResponse200SecretsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secrets_type_0 = ShowEnvVarsResponse200SecretsType0.from_dict(data)

                return secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShowEnvVarsResponse200SecretsType0 | Unset, data)

        secrets = _parse_secrets(d.pop("secrets", UNSET))

        show_env_vars_response_200 = cls(
            success=success,
            secrets=secrets,
        )

        show_env_vars_response_200.additional_properties = d
        return show_env_vars_response_200

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
