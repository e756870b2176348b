from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_template_body_runtype import (
    CreateTemplateBodyRuntype,
    check_create_template_body_runtype,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_template_body_env import CreateTemplateBodyEnv
    from ..models.create_template_body_extra_filters import (
        CreateTemplateBodyExtraFilters,
    )


T = TypeVar("T", bound="CreateTemplateBody")


@_attrs_define
class CreateTemplateBody:
    name: str = "My Template"
    """ Name of the template """
    image: str = "vastai/base-image"
    """ Docker image path. Used when launching instances from this template. """
    tag: str | Unset = "@vastai-automatic-tag"
    """ Docker image tag specifying version of the image
    This can be included in the image instead of here
     """
    env: CreateTemplateBodyEnv | Unset = UNSET
    """ Environment variables

    Example : `{ "HF_TOKEN": "hf_xxx123456789", "MODEL_ID": "TheBloke/Llama-2-7B-Chat-GPTQ", }`
     """
    onstart: str | Unset = UNSET
    """ Commands to run when instance starts

    Example : `env | grep _ >> /etc/environment; echo 'starting up'`
     """
    runtype: CreateTemplateBodyRuntype | Unset = UNSET
    """ Type of instance runtime """
    ssh_direct: bool | Unset = UNSET
    """ Enable direct SSH connection """
    jup_direct: bool | Unset = UNSET
    """ Enable direct Jupyter connection """
    jupyter_dir: str | Unset = UNSET
    """ Directory to launch Jupyter from

    Example : `/home/notebooks`
     """
    use_jupyter_lab: bool | Unset = UNSET
    """ Use JupyterLab instead of Jupyter Notebook """
    docker_login_repo: str | Unset = UNSET
    """ Name of the private Docker repo (i.e docker.io) """
    docker_login_user: str | Unset = UNSET
    """ Username for private Docker repo """
    docker_login_pass: str | Unset = UNSET
    """ Access token or password for private Docker repo. """
    extra_filters: CreateTemplateBodyExtraFilters | Unset = UNSET
    """ Additional machine search filters """
    recommended_disk_space: float | Unset = UNSET
    """ Recommended disk space in GB. Defaults to 16GB if not specified. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        image = self.image

        tag = self.tag

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        onstart = self.onstart

        runtype: str | Unset = UNSET
        if not isinstance(self.runtype, Unset):
            runtype = self.runtype

        ssh_direct = self.ssh_direct

        jup_direct = self.jup_direct

        jupyter_dir = self.jupyter_dir

        use_jupyter_lab = self.use_jupyter_lab

        docker_login_repo = self.docker_login_repo

        docker_login_user = self.docker_login_user

        docker_login_pass = self.docker_login_pass

        extra_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_filters, Unset):
            extra_filters = self.extra_filters.to_dict()

        recommended_disk_space = self.recommended_disk_space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "image": image,
            }
        )
        if tag is not UNSET:
            field_dict["tag"] = tag
        if env is not UNSET:
            field_dict["env"] = env
        if onstart is not UNSET:
            field_dict["onstart"] = onstart
        if runtype is not UNSET:
            field_dict["runtype"] = runtype
        if ssh_direct is not UNSET:
            field_dict["ssh_direct"] = ssh_direct
        if jup_direct is not UNSET:
            field_dict["jup_direct"] = jup_direct
        if jupyter_dir is not UNSET:
            field_dict["jupyter_dir"] = jupyter_dir
        if use_jupyter_lab is not UNSET:
            field_dict["use_jupyter_lab"] = use_jupyter_lab
        if docker_login_repo is not UNSET:
            field_dict["docker_login_repo"] = docker_login_repo
        if docker_login_user is not UNSET:
            field_dict["docker_login_user"] = docker_login_user
        if docker_login_pass is not UNSET:
            field_dict["docker_login_pass"] = docker_login_pass
        if extra_filters is not UNSET:
            field_dict["extra_filters"] = extra_filters
        if recommended_disk_space is not UNSET:
            field_dict["recommended_disk_space"] = recommended_disk_space

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_template_body_env import CreateTemplateBodyEnv
        from ..models.create_template_body_extra_filters import (
            CreateTemplateBodyExtraFilters,
        )

        d = dict(src_dict)
        name = d.pop("name")

        image = d.pop("image")

        tag = d.pop("tag", UNSET)

        _env = d.pop("env", UNSET)
        env: CreateTemplateBodyEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = CreateTemplateBodyEnv.from_dict(_env)

        onstart = d.pop("onstart", UNSET)

        _runtype = d.pop("runtype", UNSET)
        runtype: CreateTemplateBodyRuntype | Unset
        if isinstance(_runtype, Unset):
            runtype = UNSET
        else:
            runtype = check_create_template_body_runtype(_runtype)

        ssh_direct = d.pop("ssh_direct", UNSET)

        jup_direct = d.pop("jup_direct", UNSET)

        jupyter_dir = d.pop("jupyter_dir", UNSET)

        use_jupyter_lab = d.pop("use_jupyter_lab", UNSET)

        docker_login_repo = d.pop("docker_login_repo", UNSET)

        docker_login_user = d.pop("docker_login_user", UNSET)

        docker_login_pass = d.pop("docker_login_pass", UNSET)

        _extra_filters = d.pop("extra_filters", UNSET)
        extra_filters: CreateTemplateBodyExtraFilters | Unset
        if isinstance(_extra_filters, Unset):
            extra_filters = UNSET
        else:
            extra_filters = CreateTemplateBodyExtraFilters.from_dict(_extra_filters)

        recommended_disk_space = d.pop("recommended_disk_space", UNSET)

        create_template_body = cls(
            name=name,
            image=image,
            tag=tag,
            env=env,
            onstart=onstart,
            runtype=runtype,
            ssh_direct=ssh_direct,
            jup_direct=jup_direct,
            jupyter_dir=jupyter_dir,
            use_jupyter_lab=use_jupyter_lab,
            docker_login_repo=docker_login_repo,
            docker_login_user=docker_login_user,
            docker_login_pass=docker_login_pass,
            extra_filters=extra_filters,
            recommended_disk_space=recommended_disk_space,
        )

        create_template_body.additional_properties = d
        return create_template_body

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
