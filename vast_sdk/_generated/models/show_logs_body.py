from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.show_logs_body_daemon_logs import (
    ShowLogsBodyDaemonLogs,
    check_show_logs_body_daemon_logs,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShowLogsBody")


@_attrs_define
class ShowLogsBody:
    tail: str | Unset = UNSET
    """ Number of lines to show from end of logs """
    filter_: str | Unset = UNSET
    """ Grep filter to apply to log entries """
    daemon_logs: ShowLogsBodyDaemonLogs | Unset = UNSET
    """ If "true", fetch daemon system logs instead of container logs """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tail = self.tail

        filter_ = self.filter_

        daemon_logs: str | Unset = UNSET
        if not isinstance(self.daemon_logs, Unset):
            daemon_logs = self.daemon_logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tail is not UNSET:
            field_dict["tail"] = tail
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if daemon_logs is not UNSET:
            field_dict["daemon_logs"] = daemon_logs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tail = d.pop("tail", UNSET)

        filter_ = d.pop("filter", UNSET)

        _daemon_logs = d.pop("daemon_logs", UNSET)
        daemon_logs: ShowLogsBodyDaemonLogs | Unset
        if isinstance(_daemon_logs, Unset):
            daemon_logs = UNSET
        else:
            daemon_logs = check_show_logs_body_daemon_logs(_daemon_logs)

        show_logs_body = cls(
            tail=tail,
            filter_=filter_,
            daemon_logs=daemon_logs,
        )

        show_logs_body.additional_properties = d
        return show_logs_body

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
