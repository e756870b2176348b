from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteWorkergroupResponse200")


@_attrs_define
class DeleteWorkergroupResponse200:
    success: bool | None | Unset = UNSET
    deleted_workers: list[int] | None | Unset = UNSET
    """ List of worker instances that were deleted """
    failed_workers: list[int] | None | Unset = UNSET
    """ List of worker instances that failed to delete """
    msg: None | str | Unset = UNSET
    """ Additional information about the deletion """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        deleted_workers: list[int] | None | Unset
        if isinstance(self.deleted_workers, Unset):
            deleted_workers = UNSET
        elif isinstance(self.deleted_workers, list):
            deleted_workers = self.deleted_workers

        else:
            deleted_workers = self.deleted_workers

        failed_workers: list[int] | None | Unset
        if isinstance(self.failed_workers, Unset):
            failed_workers = UNSET
        elif isinstance(self.failed_workers, list):
            failed_workers = self.failed_workers

        else:
            failed_workers = self.failed_workers

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if deleted_workers is not UNSET:
            field_dict["deleted_workers"] = deleted_workers
        if failed_workers is not UNSET:
            field_dict["failed_workers"] = failed_workers
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_success(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        success = _parse_success(d.pop("success", UNSET))

        def _parse_deleted_workers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deleted_workers_type_0 = cast(list[int], data)

                return deleted_workers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        deleted_workers = _parse_deleted_workers(d.pop("deleted_workers", UNSET))

        def _parse_failed_workers(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                failed_workers_type_0 = cast(list[int], data)

                return failed_workers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        failed_workers = _parse_failed_workers(d.pop("failed_workers", UNSET))

        def _parse_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg = _parse_msg(d.pop("msg", UNSET))

        delete_workergroup_response_200 = cls(
            success=success,
            deleted_workers=deleted_workers,
            failed_workers=failed_workers,
            msg=msg,
        )

        delete_workergroup_response_200.additional_properties = d
        return delete_workergroup_response_200

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
