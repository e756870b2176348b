from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_instance_body_runtype import (
    CreateInstanceBodyRuntype,
    check_create_instance_body_runtype,
)
from ..models.create_instance_body_target_state import (
    CreateInstanceBodyTargetState,
    check_create_instance_body_target_state,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_instance_body_env import CreateInstanceBodyEnv
    from ..models.create_instance_body_volume_info import CreateInstanceBodyVolumeInfo


T = TypeVar("T", bound="CreateInstanceBody")


@_attrs_define
class CreateInstanceBody:
    image: str = "vastai/base-image:@vastai-automatic-tag"
    """ Docker image to use for the instance.
     """
    template_id: int | Unset = UNSET
    """ ID of an existing template to use for instance configuration. Alternative to providing template_hash_id.

    Example : `62897`
     """
    template_hash_id: str | Unset = UNSET
    """ Hash ID of a template. Alternative to providing template_id

    Example : `4e17788f74f075dd9aab7d0d4427968f`
     """
    label: str | Unset = UNSET
    """ Custom name for the instance """
    disk: float | Unset = UNSET
    """ Size of local disk partition (in GB)
     """
    runtype: CreateInstanceBodyRuntype | Unset = UNSET
    """ Launch mode for the instance. If omitted, defaults to 'ssh' unless `args/args_str` is provided.
     """
    target_state: CreateInstanceBodyTargetState | Unset = UNSET
    """ Desired initial state of the instance
     """
    price: float | Unset = UNSET
    """ Bid price per machine (in $/hour). Only for interruptible instances """
    env: CreateInstanceBodyEnv | Unset = UNSET
    """ Environment variables

    Example :
    `
    {
      "HF_TOKEN": "hf_xxx123456789",
      "MODEL_ID": "TheBloke/Llama-2-7B-Chat-GPTQ",
    }`
     """
    cancel_unavail: bool | Unset = UNSET
    """ Whether to cancel if instance cannot start immediately. Defaults to false for interruptibles. Defaults to
    true for on-demand with target_state='running' """
    vm: bool | Unset = UNSET
    """ Whether this is a VM instance """
    onstart: str | Unset = UNSET
    """ Commands to run when instance starts

    Example : `env | grep _ >> /etc/environment; echo 'starting up'`
     """
    args: list[str] | Unset = UNSET
    """ Arguments array to passed to the image entrypoint

    Example : `["bash", "-c", "env | grep _ >> /etc/environment; echo 'starting up'"]`
     """
    args_str: str | Unset = UNSET
    """ Arguments string to pass to the entrypoint (alternative to args)

    Example : `args_str: bash -c "env | grep _ >> /etc/environment; echo 'starting up'"`
     """
    use_jupyter_lab: bool | Unset = UNSET
    """ Launch instance with jupyter lab instead of notebook """
    jupyter_dir: str | Unset = UNSET
    """ Directory to launch Jupyter from

    Example : `/home/notebooks`
     """
    python_utf8: bool | Unset = UNSET
    """ Set python's locale to C.UTF-8 """
    lang_utf8: bool | Unset = UNSET
    """ Set locale to C.UTF-8 """
    force: bool | Unset = UNSET
    """ Skip sanity checks when creating from an existing instance """
    user: str | Unset = UNSET
    """ User to use with docker create (breaks some images, use with caution) """
    image_login: str | Unset = UNSET
    """ Docker registry credentials if needed """
    volume_info: CreateInstanceBodyVolumeInfo | Unset = UNSET
    """ Volume creation/linking information """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image = self.image

        template_id = self.template_id

        template_hash_id = self.template_hash_id

        label = self.label

        disk = self.disk

        runtype: str | Unset = UNSET
        if not isinstance(self.runtype, Unset):
            runtype = self.runtype

        target_state: str | Unset = UNSET
        if not isinstance(self.target_state, Unset):
            target_state = self.target_state

        price = self.price

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        cancel_unavail = self.cancel_unavail

        vm = self.vm

        onstart = self.onstart

        args: list[str] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        args_str = self.args_str

        use_jupyter_lab = self.use_jupyter_lab

        jupyter_dir = self.jupyter_dir

        python_utf8 = self.python_utf8

        lang_utf8 = self.lang_utf8

        force = self.force

        user = self.user

        image_login = self.image_login

        volume_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volume_info, Unset):
            volume_info = self.volume_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
            }
        )
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_hash_id is not UNSET:
            field_dict["template_hash_id"] = template_hash_id
        if label is not UNSET:
            field_dict["label"] = label
        if disk is not UNSET:
            field_dict["disk"] = disk
        if runtype is not UNSET:
            field_dict["runtype"] = runtype
        if target_state is not UNSET:
            field_dict["target_state"] = target_state
        if price is not UNSET:
            field_dict["price"] = price
        if env is not UNSET:
            field_dict["env"] = env
        if cancel_unavail is not UNSET:
            field_dict["cancel_unavail"] = cancel_unavail
        if vm is not UNSET:
            field_dict["vm"] = vm
        if onstart is not UNSET:
            field_dict["onstart"] = onstart
        if args is not UNSET:
            field_dict["args"] = args
        if args_str is not UNSET:
            field_dict["args_str"] = args_str
        if use_jupyter_lab is not UNSET:
            field_dict["use_jupyter_lab"] = use_jupyter_lab
        if jupyter_dir is not UNSET:
            field_dict["jupyter_dir"] = jupyter_dir
        if python_utf8 is not UNSET:
            field_dict["python_utf8"] = python_utf8
        if lang_utf8 is not UNSET:
            field_dict["lang_utf8"] = lang_utf8
        if force is not UNSET:
            field_dict["force"] = force
        if user is not UNSET:
            field_dict["user"] = user
        if image_login is not UNSET:
            field_dict["image_login"] = image_login
        if volume_info is not UNSET:
            field_dict["volume_info"] = volume_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_instance_body_env import CreateInstanceBodyEnv
        from ..models.create_instance_body_volume_info import (
            CreateInstanceBodyVolumeInfo,
        )

        d = dict(src_dict)
        image = d.pop("image")

        template_id = d.pop("template_id", UNSET)

        template_hash_id = d.pop("template_hash_id", UNSET)

        label = d.pop("label", UNSET)

        disk = d.pop("disk", UNSET)

        _runtype = d.pop("runtype", UNSET)
        runtype: CreateInstanceBodyRuntype | Unset
        if isinstance(_runtype, Unset):
            runtype = UNSET
        else:
            runtype = check_create_instance_body_runtype(_runtype)

        _target_state = d.pop("target_state", UNSET)
        target_state: CreateInstanceBodyTargetState | Unset
        if isinstance(_target_state, Unset):
            target_state = UNSET
        else:
            target_state = check_create_instance_body_target_state(_target_state)

        price = d.pop("price", UNSET)

        _env = d.pop("env", UNSET)
        env: CreateInstanceBodyEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = CreateInstanceBodyEnv.from_dict(_env)

        cancel_unavail = d.pop("cancel_unavail", UNSET)

        vm = d.pop("vm", UNSET)

        onstart = d.pop("onstart", UNSET)

        args = cast(list[str], d.pop("args", UNSET))

        args_str = d.pop("args_str", UNSET)

        use_jupyter_lab = d.pop("use_jupyter_lab", UNSET)

        jupyter_dir = d.pop("jupyter_dir", UNSET)

        python_utf8 = d.pop("python_utf8", UNSET)

        lang_utf8 = d.pop("lang_utf8", UNSET)

        force = d.pop("force", UNSET)

        user = d.pop("user", UNSET)

        image_login = d.pop("image_login", UNSET)

        _volume_info = d.pop("volume_info", UNSET)
        volume_info: CreateInstanceBodyVolumeInfo | Unset
        if isinstance(_volume_info, Unset):
            volume_info = UNSET
        else:
            volume_info = CreateInstanceBodyVolumeInfo.from_dict(_volume_info)

        create_instance_body = cls(
            image=image,
            template_id=template_id,
            template_hash_id=template_hash_id,
            label=label,
            disk=disk,
            runtype=runtype,
            target_state=target_state,
            price=price,
            env=env,
            cancel_unavail=cancel_unavail,
            vm=vm,
            onstart=onstart,
            args=args,
            args_str=args_str,
            use_jupyter_lab=use_jupyter_lab,
            jupyter_dir=jupyter_dir,
            python_utf8=python_utf8,
            lang_utf8=lang_utf8,
            force=force,
            user=user,
            image_login=image_login,
            volume_info=volume_info,
        )

        create_instance_body.additional_properties = d
        return create_instance_body

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
