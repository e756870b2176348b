"""Data models used in inputs and outputs; each loads on first use (see tools/lazy_models.py)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_network_disk_body import AddNetworkDiskBody
    from .add_network_disk_response_200 import AddNetworkDiskResponse200
    from .add_network_disk_response_400 import AddNetworkDiskResponse400
    from .add_network_disk_response_403 import AddNetworkDiskResponse403
    from .attach_ssh_key_body import AttachSshKeyBody
    from .attach_ssh_key_response_200 import AttachSshKeyResponse200
    from .cancel_copy_body import CancelCopyBody
    from .cancel_copy_response_200 import CancelCopyResponse200
    from .cancel_copy_response_400 import CancelCopyResponse400
    from .cancel_copy_response_404 import CancelCopyResponse404
    from .cancel_maint_response_200 import CancelMaintResponse200
    from .cancel_maint_response_404 import CancelMaintResponse404
    from .cancel_sync_body import CancelSyncBody
    from .cancel_sync_response_200 import CancelSyncResponse200
    from .cancel_sync_response_400 import CancelSyncResponse400
    from .cancel_sync_response_404 import CancelSyncResponse404
    from .change_bid_body import ChangeBidBody
    from .change_bid_response_200 import ChangeBidResponse200
    from .change_bid_response_400 import ChangeBidResponse400
    from .change_bid_response_404 import ChangeBidResponse404
    from .change_bid_response_429 import ChangeBidResponse429
    from .cleanup_machine_body import CleanupMachineBody
    from .cleanup_machine_response_200 import CleanupMachineResponse200
    from .cleanup_machine_response_429 import CleanupMachineResponse429
    from .cloud_copy_body import CloudCopyBody
    from .cloud_copy_response_200 import CloudCopyResponse200
    from .cloud_copy_response_400 import CloudCopyResponse400
    from .copy_body import CopyBody
    from .copy_response_200 import CopyResponse200
    from .copy_response_400 import CopyResponse400
    from .copy_response_404 import CopyResponse404
    from .create_api_key_body import CreateApiKeyBody
    from .create_api_key_body_key_params import CreateApiKeyBodyKeyParams
    from .create_api_key_body_permissions import CreateApiKeyBodyPermissions
    from .create_api_key_response_200 import CreateApiKeyResponse200
    from .create_api_key_response_200_permissions_type_1 import (
        CreateApiKeyResponse200PermissionsType1,
    )
    from .create_api_key_response_400 import CreateApiKeyResponse400
    from .create_api_key_response_401 import CreateApiKeyResponse401
    from .create_api_key_response_429 import CreateApiKeyResponse429
    from .create_endpoint_body import CreateEndpointBody
    from .create_endpoint_response_200 import CreateEndpointResponse200
    from .create_endpoint_response_429 import CreateEndpointResponse429
    from .create_env_var_body import CreateEnvVarBody
    from .create_env_var_response_200 import CreateEnvVarResponse200
    from .create_env_var_response_400 import CreateEnvVarResponse400
    from .create_env_var_response_429 import CreateEnvVarResponse429
    from .create_instance_body import CreateInstanceBody
    from .create_instance_body_env import CreateInstanceBodyEnv
    from .create_instance_body_runtype import CreateInstanceBodyRuntype
    from .create_instance_body_target_state import CreateInstanceBodyTargetState
    from .create_instance_body_volume_info import CreateInstanceBodyVolumeInfo
    from .create_instance_response_200 import CreateInstanceResponse200
    from .create_instance_response_400 import CreateInstanceResponse400
    from .create_instance_response_403 import CreateInstanceResponse403
    from .create_instance_response_404 import CreateInstanceResponse404
    from .create_instance_response_410 import CreateInstanceResponse410
    from .create_instance_response_429 import CreateInstanceResponse429
    from .create_network_volume_body import CreateNetworkVolumeBody
    from .create_network_volume_response_200 import CreateNetworkVolumeResponse200
    from .create_network_volume_response_400 import CreateNetworkVolumeResponse400
    from .create_network_volume_response_403 import CreateNetworkVolumeResponse403
    from .create_ssh_key_body import CreateSshKeyBody
    from .create_ssh_key_response_200 import CreateSshKeyResponse200
    from .create_ssh_key_response_200_key_type_0 import CreateSshKeyResponse200KeyType0
    from .create_ssh_key_response_400 import CreateSshKeyResponse400
    from .create_ssh_key_response_429 import CreateSshKeyResponse429
    from .create_subaccount_body import CreateSubaccountBody
    from .create_subaccount_response_200 import CreateSubaccountResponse200
    from .create_subaccount_response_400 import CreateSubaccountResponse400
    from .create_subaccount_response_409 import CreateSubaccountResponse409
    from .create_subaccount_response_429 import CreateSubaccountResponse429
    from .create_team_body import CreateTeamBody
    from .create_team_body_permissions import CreateTeamBodyPermissions
    from .create_team_response_200 import CreateTeamResponse200
    from .create_team_response_400 import CreateTeamResponse400
    from .create_team_response_401 import CreateTeamResponse401
    from .create_team_role_body import CreateTeamRoleBody
    from .create_team_role_body_permissions import CreateTeamRoleBodyPermissions
    from .create_team_role_body_permissions_api import CreateTeamRoleBodyPermissionsApi
    from .create_team_role_body_permissions_api_instance_write import (
        CreateTeamRoleBodyPermissionsApiInstanceWrite,
    )
    from .create_team_role_body_permissions_api_user_read import (
        CreateTeamRoleBodyPermissionsApiUserRead,
    )
    from .create_team_role_response_200 import CreateTeamRoleResponse200
    from .create_team_role_response_400 import CreateTeamRoleResponse400
    from .create_template_body import CreateTemplateBody
    from .create_template_body_env import CreateTemplateBodyEnv
    from .create_template_body_extra_filters import CreateTemplateBodyExtraFilters
    from .create_template_body_runtype import CreateTemplateBodyRuntype
    from .create_template_response_200 import CreateTemplateResponse200
    from .create_template_response_200_template_type_0 import CreateTemplateResponse200TemplateType0
    from .create_template_response_400 import CreateTemplateResponse400
    from .create_workergroup_body import CreateWorkergroupBody
    from .create_workergroup_response_200 import CreateWorkergroupResponse200
    from .create_workergroup_response_400 import CreateWorkergroupResponse400
    from .create_workergroup_response_429 import CreateWorkergroupResponse429
    from .delete_api_key_response_400 import DeleteApiKeyResponse400
    from .delete_api_key_response_403 import DeleteApiKeyResponse403
    from .delete_api_key_response_404 import DeleteApiKeyResponse404
    from .delete_api_key_response_429 import DeleteApiKeyResponse429
    from .delete_endpoint_response_200 import DeleteEndpointResponse200
    from .delete_endpoint_response_400 import DeleteEndpointResponse400
    from .delete_endpoint_response_401 import DeleteEndpointResponse401
    from .delete_endpoint_response_429 import DeleteEndpointResponse429
    from .delete_env_var_body import DeleteEnvVarBody
    from .delete_env_var_response_400 import DeleteEnvVarResponse400
    from .delete_env_var_response_429 import DeleteEnvVarResponse429
    from .delete_ssh_key_response_200 import DeleteSshKeyResponse200
    from .delete_ssh_key_response_400 import DeleteSshKeyResponse400
    from .delete_volume_body import DeleteVolumeBody
    from .delete_volume_response_200 import DeleteVolumeResponse200
    from .delete_volume_response_400 import DeleteVolumeResponse400
    from .delete_volume_response_404 import DeleteVolumeResponse404
    from .delete_volume_response_429 import DeleteVolumeResponse429
    from .delete_workergroup_response_200 import DeleteWorkergroupResponse200
    from .delete_workergroup_response_400 import DeleteWorkergroupResponse400
    from .delete_workergroup_response_401 import DeleteWorkergroupResponse401
    from .delete_workergroup_response_404 import DeleteWorkergroupResponse404
    from .delete_workergroup_response_429 import DeleteWorkergroupResponse429
    from .destroy_instance_response_200 import DestroyInstanceResponse200
    from .destroy_instance_response_400 import DestroyInstanceResponse400
    from .destroy_instance_response_404 import DestroyInstanceResponse404
    from .destroy_instance_response_429 import DestroyInstanceResponse429
    from .destroy_team_response_200 import DestroyTeamResponse200
    from .detach_ssh_key_response_200 import DetachSshKeyResponse200
    from .detach_ssh_key_response_400 import DetachSshKeyResponse400
    from .detach_ssh_key_response_404 import DetachSshKeyResponse404
    from .detach_ssh_key_response_429 import DetachSshKeyResponse429
    from .detach_ssh_key_response_500 import DetachSshKeyResponse500
    from .error_body import Error
    from .execute_body import ExecuteBody
    from .execute_response_200 import ExecuteResponse200
    from .execute_response_400 import ExecuteResponse400
    from .execute_response_429 import ExecuteResponse429
    from .get_endpoint_logs_body import GetEndpointLogsBody
    from .get_endpoint_logs_success_logs_retrieved import GetEndpointLogsSuccessLogsRetrieved
    from .get_endpoint_workers_body import GetEndpointWorkersBody
    from .get_endpoint_workers_success_workers_retrieved import (
        GetEndpointWorkersSuccessWorkersRetrieved,
    )
    from .get_endpoint_workers_success_workers_retrieved_workers_type_0_item import (
        GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item,
    )
    from .get_workergroup_logs_body import GetWorkergroupLogsBody
    from .get_workergroup_logs_success_logs_retrieved import GetWorkergroupLogsSuccessLogsRetrieved
    from .get_workergroup_workers_body import GetWorkergroupWorkersBody
    from .get_workergroup_workers_success_workers_retrieved import (
        GetWorkergroupWorkersSuccessWorkersRetrieved,
    )
    from .get_workergroup_workers_success_workers_retrieved_workers_type_0_item import (
        GetWorkergroupWorkersSuccessWorkersRetrievedWorkersType0Item,
    )
    from .instance_model import Instance
    from .instance_instance_type_0 import InstanceInstanceType0
    from .instance_search_type_0 import InstanceSearchType0
    from .invite_team_member_body import InviteTeamMemberBody
    from .invite_team_member_response_200 import InviteTeamMemberResponse200
    from .invite_team_member_response_400 import InviteTeamMemberResponse400
    from .invite_team_member_response_404 import InviteTeamMemberResponse404
    from .invite_team_member_response_429 import InviteTeamMemberResponse429
    from .list_machine_body import ListMachineBody
    from .list_machine_response_200 import ListMachineResponse200
    from .list_machine_response_400 import ListMachineResponse400
    from .list_machine_response_403 import ListMachineResponse403
    from .list_network_volume_body import ListNetworkVolumeBody
    from .list_network_volume_response_200 import ListNetworkVolumeResponse200
    from .list_network_volume_response_400 import ListNetworkVolumeResponse400
    from .list_network_volume_response_403 import ListNetworkVolumeResponse403
    from .list_volumes_response_200 import ListVolumesResponse200
    from .list_volumes_response_401 import ListVolumesResponse401
    from .list_volumes_response_429 import ListVolumesResponse429
    from .manage_instance_body import ManageInstanceBody
    from .manage_instance_body_state import ManageInstanceBodyState
    from .manage_instance_response_429 import ManageInstanceResponse429
    from .offer import Offer
    from .offer_instance_type_0 import OfferInstanceType0
    from .offer_search_type_0 import OfferSearchType0
    from .prepay_instance_body import PrepayInstanceBody
    from .prepay_instance_response_200 import PrepayInstanceResponse200
    from .prepay_instance_response_400 import PrepayInstanceResponse400
    from .prepay_instance_response_411 import PrepayInstanceResponse411
    from .prepay_instance_response_429 import PrepayInstanceResponse429
    from .reboot_instance_response_200 import RebootInstanceResponse200
    from .reboot_instance_response_400 import RebootInstanceResponse400
    from .reboot_instance_response_429 import RebootInstanceResponse429
    from .recycle_instance_response_200 import RecycleInstanceResponse200
    from .recycle_instance_response_400 import RecycleInstanceResponse400
    from .recycle_instance_response_429 import RecycleInstanceResponse429
    from .remove_defjob_response_200 import RemoveDefjobResponse200
    from .remove_defjob_response_429 import RemoveDefjobResponse429
    from .remove_team_member_response_200 import RemoveTeamMemberResponse200
    from .remove_team_member_response_400 import RemoveTeamMemberResponse400
    from .remove_team_member_response_401 import RemoveTeamMemberResponse401
    from .remove_team_member_response_403 import RemoveTeamMemberResponse403
    from .remove_team_member_response_404 import RemoveTeamMemberResponse404
    from .remove_team_member_response_429 import RemoveTeamMemberResponse429
    from .remove_team_role_response_200 import RemoveTeamRoleResponse200
    from .remove_team_role_response_400 import RemoveTeamRoleResponse400
    from .remove_team_role_response_401 import RemoveTeamRoleResponse401
    from .remove_team_role_response_403 import RemoveTeamRoleResponse403
    from .remove_team_role_response_404 import RemoveTeamRoleResponse404
    from .rent_volume_body import RentVolumeBody
    from .rent_volume_response_200 import RentVolumeResponse200
    from .route_body import RouteBody
    from .route_no_worker_available import RouteNoWorkerAvailable
    from .route_response_400 import RouteResponse400
    from .route_response_401 import RouteResponse401
    from .route_worker_available import RouteWorkerAvailable
    from .schedule_maint_body import ScheduleMaintBody
    from .schedule_maint_body_maintenance_category import ScheduleMaintBodyMaintenanceCategory
    from .schedule_maint_response_200 import ScheduleMaintResponse200
    from .schedule_maint_response_429 import ScheduleMaintResponse429
    from .search_benchmarks_response_200_item import SearchBenchmarksResponse200Item
    from .search_benchmarks_response_429 import SearchBenchmarksResponse429
    from .search_invoices_body import SearchInvoicesBody
    from .search_invoices_body_select_filters import SearchInvoicesBodySelectFilters
    from .search_invoices_response_200_item import SearchInvoicesResponse200Item
    from .search_invoices_response_429 import SearchInvoicesResponse429
    from .search_network_volumes_body import SearchNetworkVolumesBody
    from .search_network_volumes_body_q import SearchNetworkVolumesBodyQ
    from .search_network_volumes_body_q_disk_bw import SearchNetworkVolumesBodyQDiskBw
    from .search_network_volumes_body_q_duration import SearchNetworkVolumesBodyQDuration
    from .search_network_volumes_body_q_geolocation import SearchNetworkVolumesBodyQGeolocation
    from .search_network_volumes_body_q_inet_down import SearchNetworkVolumesBodyQInetDown
    from .search_network_volumes_body_q_inet_up import SearchNetworkVolumesBodyQInetUp
    from .search_network_volumes_body_q_reliability_2 import SearchNetworkVolumesBodyQReliability2
    from .search_network_volumes_body_q_storage_cost import SearchNetworkVolumesBodyQStorageCost
    from .search_network_volumes_body_q_verified import SearchNetworkVolumesBodyQVerified
    from .search_network_volumes_response_200 import SearchNetworkVolumesResponse200
    from .search_network_volumes_response_200_offers_type_0_item import (
        SearchNetworkVolumesResponse200OffersType0Item,
    )
    from .search_offers_body import SearchOffersBody
    from .search_offers_body_bw_nvlink import SearchOffersBodyBwNvlink
    from .search_offers_body_compute_cap import SearchOffersBodyComputeCap
    from .search_offers_body_cpu_arch import SearchOffersBodyCpuArch
    from .search_offers_body_cpu_cores import SearchOffersBodyCpuCores
    from .search_offers_body_cpu_ghz import SearchOffersBodyCpuGhz
    from .search_offers_body_cpu_ram import SearchOffersBodyCpuRam
    from .search_offers_body_cuda_max_good import SearchOffersBodyCudaMaxGood
    from .search_offers_body_datacenter import SearchOffersBodyDatacenter
    from .search_offers_body_direct_port_count import SearchOffersBodyDirectPortCount
    from .search_offers_body_disk_bw import SearchOffersBodyDiskBw
    from .search_offers_body_dlperf import SearchOffersBodyDlperf
    from .search_offers_body_dlperf_per_dphtotal import SearchOffersBodyDlperfPerDphtotal
    from .search_offers_body_driver_version import SearchOffersBodyDriverVersion
    from .search_offers_body_duration import SearchOffersBodyDuration
    from .search_offers_body_geolocation import SearchOffersBodyGeolocation
    from .search_offers_body_gpu_arch import SearchOffersBodyGpuArch
    from .search_offers_body_gpu_frac import SearchOffersBodyGpuFrac
    from .search_offers_body_gpu_max_power import SearchOffersBodyGpuMaxPower
    from .search_offers_body_gpu_max_temp import SearchOffersBodyGpuMaxTemp
    from .search_offers_body_gpu_mem_bw import SearchOffersBodyGpuMemBw
    from .search_offers_body_gpu_name import SearchOffersBodyGpuName
    from .search_offers_body_gpu_ram import SearchOffersBodyGpuRam
    from .search_offers_body_gpu_total_ram import SearchOffersBodyGpuTotalRam
    from .search_offers_body_inet_down import SearchOffersBodyInetDown
    from .search_offers_body_inet_up import SearchOffersBodyInetUp
    from .search_offers_body_machine_id import SearchOffersBodyMachineId
    from .search_offers_body_num_gpus import SearchOffersBodyNumGpus
    from .search_offers_body_os_version import SearchOffersBodyOsVersion
    from .search_offers_body_pci_gen import SearchOffersBodyPciGen
    from .search_offers_body_reliability import SearchOffersBodyReliability
    from .search_offers_body_rentable import SearchOffersBodyRentable
    from .search_offers_body_rented import SearchOffersBodyRented
    from .search_offers_body_static_ip import SearchOffersBodyStaticIp
    from .search_offers_body_storage_cost import SearchOffersBodyStorageCost
    from .search_offers_body_total_flops import SearchOffersBodyTotalFlops
    from .search_offers_body_type import SearchOffersBodyType
    from .search_offers_body_verified import SearchOffersBodyVerified
    from .search_offers_response_200 import SearchOffersResponse200
    from .search_offers_response_400 import SearchOffersResponse400
    from .search_offers_response_404 import SearchOffersResponse404
    from .search_templates_response_200 import SearchTemplatesResponse200
    from .search_templates_response_429 import SearchTemplatesResponse429
    from .search_volumes_body import SearchVolumesBody
    from .search_volumes_response_200 import SearchVolumesResponse200
    from .search_volumes_response_400 import SearchVolumesResponse400
    from .search_volumes_response_429 import SearchVolumesResponse429
    from .set_defjob_body import SetDefjobBody
    from .set_defjob_response_200 import SetDefjobResponse200
    from .set_defjob_response_200_you_sent_type_0 import SetDefjobResponse200YouSentType0
    from .set_defjob_response_429 import SetDefjobResponse429
    from .set_min_bid_body import SetMinBidBody
    from .set_min_bid_response_200 import SetMinBidResponse200
    from .set_min_bid_response_200_you_sent_type_0 import SetMinBidResponse200YouSentType0
    from .set_min_bid_response_429 import SetMinBidResponse429
    from .set_user_body import SetUserBody
    from .set_user_response_429 import SetUserResponse429
    from .show_api_keys_response_200 import ShowApiKeysResponse200
    from .show_api_keys_response_200_apikeys_type_0_item import (
        ShowApiKeysResponse200ApikeysType0Item,
    )
    from .show_api_keys_response_400 import ShowApiKeysResponse400
    from .show_api_keys_response_429 import ShowApiKeysResponse429
    from .show_connections_response_200_item import ShowConnectionsResponse200Item
    from .show_connections_response_429 import ShowConnectionsResponse429
    from .show_deposit_response_200 import ShowDepositResponse200
    from .show_deposit_response_429 import ShowDepositResponse429
    from .show_earnings_response_200 import ShowEarningsResponse200
    from .show_earnings_response_200_current_type_0 import ShowEarningsResponse200CurrentType0
    from .show_earnings_response_200_per_day_type_0_item import (
        ShowEarningsResponse200PerDayType0Item,
    )
    from .show_earnings_response_200_per_machine_type_0_item import (
        ShowEarningsResponse200PerMachineType0Item,
    )
    from .show_earnings_response_200_summary_type_0 import ShowEarningsResponse200SummaryType0
    from .show_earnings_response_429 import ShowEarningsResponse429
    from .show_endpoints_response_200 import ShowEndpointsResponse200
    from .show_endpoints_response_200_results_type_0_item import (
        ShowEndpointsResponse200ResultsType0Item,
    )
    from .show_endpoints_response_400 import ShowEndpointsResponse400
    from .show_endpoints_response_401 import ShowEndpointsResponse401
    from .show_endpoints_response_429 import ShowEndpointsResponse429
    from .show_env_vars_response_200 import ShowEnvVarsResponse200
    from .show_env_vars_response_200_secrets_type_0 import ShowEnvVarsResponse200SecretsType0
    from .show_env_vars_response_429 import ShowEnvVarsResponse429
    from .show_instance_response_200 import ShowInstanceResponse200
    from .show_instance_response_429 import ShowInstanceResponse429
    from .show_instance_ssh_keys_response_200 import ShowInstanceSshKeysResponse200
    from .show_instances_response_200 import ShowInstancesResponse200
    from .show_instances_response_200_instances_type_0_item import (
        ShowInstancesResponse200InstancesType0Item,
    )
    from .show_instances_response_200_instances_type_0_item_instance_type_0 import (
        ShowInstancesResponse200InstancesType0ItemInstanceType0,
    )
    from .show_instances_response_200_instances_type_0_item_ports_type_0 import (
        ShowInstancesResponse200InstancesType0ItemPortsType0,
    )
    from .show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item import (
        ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem,
    )
    from .show_instances_response_200_instances_type_0_item_search_type_0 import (
        ShowInstancesResponse200InstancesType0ItemSearchType0,
    )
    from .show_instances_response_200_instances_type_0_item_volume_info_type_0_item import (
        ShowInstancesResponse200InstancesType0ItemVolumeInfoType0Item,
    )
    from .show_instances_response_429 import ShowInstancesResponse429
    from .show_invoices_response_200 import ShowInvoicesResponse200
    from .show_invoices_response_200_current_type_0 import ShowInvoicesResponse200CurrentType0
    from .show_invoices_response_200_invoices_type_0_item import (
        ShowInvoicesResponse200InvoicesType0Item,
    )
    from .show_invoices_response_429 import ShowInvoicesResponse429
    from .show_ipaddrs_response_200 import ShowIpaddrsResponse200
    from .show_ipaddrs_response_200_results_type_0_item import (
        ShowIpaddrsResponse200ResultsType0Item,
    )
    from .show_ipaddrs_response_429 import ShowIpaddrsResponse429
    from .show_logs_body import ShowLogsBody
    from .show_logs_body_daemon_logs import ShowLogsBodyDaemonLogs
    from .show_logs_response_200 import ShowLogsResponse200
    from .show_logs_response_403 import ShowLogsResponse403
    from .show_logs_response_404 import ShowLogsResponse404
    from .show_machines_response_200 import ShowMachinesResponse200
    from .show_machines_response_200_machines_type_0_item import (
        ShowMachinesResponse200MachinesType0Item,
    )
    from .show_reports_response_200_item import ShowReportsResponse200Item
    from .show_subaccounts_response_200 import ShowSubaccountsResponse200
    from .show_subaccounts_response_200_users_type_0_item import (
        ShowSubaccountsResponse200UsersType0Item,
    )
    from .show_subaccounts_response_429 import ShowSubaccountsResponse429
    from .show_team_members_response_200_item import ShowTeamMembersResponse200Item
    from .show_team_role_response_200 import ShowTeamRoleResponse200
    from .show_team_roles_response_200_item import ShowTeamRolesResponse200Item
    from .show_team_roles_response_404 import ShowTeamRolesResponse404
    from .show_user_response_200 import ShowUserResponse200
    from .show_workergroups_response_200 import ShowWorkergroupsResponse200
    from .show_workergroups_response_200_results_type_0_item import (
        ShowWorkergroupsResponse200ResultsType0Item,
    )
    from .show_workergroups_response_400 import ShowWorkergroupsResponse400
    from .show_workergroups_response_401 import ShowWorkergroupsResponse401
    from .show_workergroups_response_429 import ShowWorkergroupsResponse429
    from .simple_boolean_success_response import SimpleBooleanSuccessResponse
    from .ssh_key import SshKey
    from .success_response import SuccessResponse
    from .template import Template
    from .transfer_credit_body import TransferCreditBody
    from .transfer_credit_response_200 import TransferCreditResponse200
    from .transfer_credit_response_400 import TransferCreditResponse400
    from .transfer_credit_response_429 import TransferCreditResponse429
    from .unlist_machine_response_200 import UnlistMachineResponse200
    from .unlist_machine_response_429 import UnlistMachineResponse429
    from .unlist_network_volume_body import UnlistNetworkVolumeBody
    from .unlist_network_volume_response_200 import UnlistNetworkVolumeResponse200
    from .unlist_network_volume_response_400 import UnlistNetworkVolumeResponse400
    from .unlist_network_volume_response_403 import UnlistNetworkVolumeResponse403
    from .unlist_volume_body import UnlistVolumeBody
    from .unlist_volume_response_200 import UnlistVolumeResponse200
    from .unlist_volume_response_400 import UnlistVolumeResponse400
    from .unlist_volume_response_429 import UnlistVolumeResponse429
    from .update_env_var_body import UpdateEnvVarBody
    from .update_env_var_response_200 import UpdateEnvVarResponse200
    from .update_env_var_response_429 import UpdateEnvVarResponse429
    from .update_ssh_key_body import UpdateSshKeyBody
    from .update_ssh_key_response_200 import UpdateSshKeyResponse200
    from .update_ssh_key_response_429 import UpdateSshKeyResponse429
    from .update_team_role_body import UpdateTeamRoleBody
    from .update_team_role_body_permissions import UpdateTeamRoleBodyPermissions
    from .update_workergroup_body import UpdateWorkergroupBody
    from .update_workergroup_response_200 import UpdateWorkergroupResponse200
    from .update_workergroup_response_400 import UpdateWorkergroupResponse400
    from .update_workergroup_response_401 import UpdateWorkergroupResponse401
    from .update_workergroup_response_429 import UpdateWorkergroupResponse429
    from .volume import Volume
    from .volume_instances_type_0_item import VolumeInstancesType0Item
    from .volume_offer import VolumeOffer

_MODULES: dict[str, str] = {
    "AddNetworkDiskBody": "add_network_disk_body",
    "AddNetworkDiskResponse200": "add_network_disk_response_200",
    "AddNetworkDiskResponse400": "add_network_disk_response_400",
    "AddNetworkDiskResponse403": "add_network_disk_response_403",
    "AttachSshKeyBody": "attach_ssh_key_body",
    "AttachSshKeyResponse200": "attach_ssh_key_response_200",
    "CancelCopyBody": "cancel_copy_body",
    "CancelCopyResponse200": "cancel_copy_response_200",
    "CancelCopyResponse400": "cancel_copy_response_400",
    "CancelCopyResponse404": "cancel_copy_response_404",
    "CancelMaintResponse200": "cancel_maint_response_200",
    "CancelMaintResponse404": "cancel_maint_response_404",
    "CancelSyncBody": "cancel_sync_body",
    "CancelSyncResponse200": "cancel_sync_response_200",
    "CancelSyncResponse400": "cancel_sync_response_400",
    "CancelSyncResponse404": "cancel_sync_response_404",
    "ChangeBidBody": "change_bid_body",
    "ChangeBidResponse200": "change_bid_response_200",
    "ChangeBidResponse400": "change_bid_response_400",
    "ChangeBidResponse404": "change_bid_response_404",
    "ChangeBidResponse429": "change_bid_response_429",
    "CleanupMachineBody": "cleanup_machine_body",
    "CleanupMachineResponse200": "cleanup_machine_response_200",
    "CleanupMachineResponse429": "cleanup_machine_response_429",
    "CloudCopyBody": "cloud_copy_body",
    "CloudCopyResponse200": "cloud_copy_response_200",
    "CloudCopyResponse400": "cloud_copy_response_400",
    "CopyBody": "copy_body",
    "CopyResponse200": "copy_response_200",
    "CopyResponse400": "copy_response_400",
    "CopyResponse404": "copy_response_404",
    "CreateApiKeyBody": "create_api_key_body",
    "CreateApiKeyBodyKeyParams": "create_api_key_body_key_params",
    "CreateApiKeyBodyPermissions": "create_api_key_body_permissions",
    "CreateApiKeyResponse200": "create_api_key_response_200",
    "CreateApiKeyResponse200PermissionsType1": "create_api_key_response_200_permissions_type_1",
    "CreateApiKeyResponse400": "create_api_key_response_400",
    "CreateApiKeyResponse401": "create_api_key_response_401",
    "CreateApiKeyResponse429": "create_api_key_response_429",
    "CreateEndpointBody": "create_endpoint_body",
    "CreateEndpointResponse200": "create_endpoint_response_200",
    "CreateEndpointResponse429": "create_endpoint_response_429",
    "CreateEnvVarBody": "create_env_var_body",
    "CreateEnvVarResponse200": "create_env_var_response_200",
    "CreateEnvVarResponse400": "create_env_var_response_400",
    "CreateEnvVarResponse429": "create_env_var_response_429",
    "CreateInstanceBody": "create_instance_body",
    "CreateInstanceBodyEnv": "create_instance_body_env",
    "CreateInstanceBodyRuntype": "create_instance_body_runtype",
    "CreateInstanceBodyTargetState": "create_instance_body_target_state",
    "CreateInstanceBodyVolumeInfo": "create_instance_body_volume_info",
    "CreateInstanceResponse200": "create_instance_response_200",
    "CreateInstanceResponse400": "create_instance_response_400",
    "CreateInstanceResponse403": "create_instance_response_403",
    "CreateInstanceResponse404": "create_instance_response_404",
    "CreateInstanceResponse410": "create_instance_response_410",
    "CreateInstanceResponse429": "create_instance_response_429",
    "CreateNetworkVolumeBody": "create_network_volume_body",
    "CreateNetworkVolumeResponse200": "create_network_volume_response_200",
    "CreateNetworkVolumeResponse400": "create_network_volume_response_400",
    "CreateNetworkVolumeResponse403": "create_network_volume_response_403",
    "CreateSshKeyBody": "create_ssh_key_body",
    "CreateSshKeyResponse200": "create_ssh_key_response_200",
    "CreateSshKeyResponse200KeyType0": "create_ssh_key_response_200_key_type_0",
    "CreateSshKeyResponse400": "create_ssh_key_response_400",
    "CreateSshKeyResponse429": "create_ssh_key_response_429",
    "CreateSubaccountBody": "create_subaccount_body",
    "CreateSubaccountResponse200": "create_subaccount_response_200",
    "CreateSubaccountResponse400": "create_subaccount_response_400",
    "CreateSubaccountResponse409": "create_subaccount_response_409",
    "CreateSubaccountResponse429": "create_subaccount_response_429",
    "CreateTeamBody": "create_team_body",
    "CreateTeamBodyPermissions": "create_team_body_permissions",
    "CreateTeamResponse200": "create_team_response_200",
    "CreateTeamResponse400": "create_team_response_400",
    "CreateTeamResponse401": "create_team_response_401",
    "CreateTeamRoleBody": "create_team_role_body",
    "CreateTeamRoleBodyPermissions": "create_team_role_body_permissions",
    "CreateTeamRoleBodyPermissionsApi": "create_team_role_body_permissions_api",
    "CreateTeamRoleBodyPermissionsApiInstanceWrite": "create_team_role_body_permissions_api_instance_write",
    "CreateTeamRoleBodyPermissionsApiUserRead": "create_team_role_body_permissions_api_user_read",
    "CreateTeamRoleResponse200": "create_team_role_response_200",
    "CreateTeamRoleResponse400": "create_team_role_response_400",
    "CreateTemplateBody": "create_template_body",
    "CreateTemplateBodyEnv": "create_template_body_env",
    "CreateTemplateBodyExtraFilters": "create_template_body_extra_filters",
    "CreateTemplateBodyRuntype": "create_template_body_runtype",
    "CreateTemplateResponse200": "create_template_response_200",
    "CreateTemplateResponse200TemplateType0": "create_template_response_200_template_type_0",
    "CreateTemplateResponse400": "create_template_response_400",
    "CreateWorkergroupBody": "create_workergroup_body",
    "CreateWorkergroupResponse200": "create_workergroup_response_200",
    "CreateWorkergroupResponse400": "create_workergroup_response_400",
    "CreateWorkergroupResponse429": "create_workergroup_response_429",
    "DeleteApiKeyResponse400": "delete_api_key_response_400",
    "DeleteApiKeyResponse403": "delete_api_key_response_403",
    "DeleteApiKeyResponse404": "delete_api_key_response_404",
    "DeleteApiKeyResponse429": "delete_api_key_response_429",
    "DeleteEndpointResponse200": "delete_endpoint_response_200",
    "DeleteEndpointResponse400": "delete_endpoint_response_400",
    "DeleteEndpointResponse401": "delete_endpoint_response_401",
    "DeleteEndpointResponse429": "delete_endpoint_response_429",
    "DeleteEnvVarBody": "delete_env_var_body",
    "DeleteEnvVarResponse400": "delete_env_var_response_400",
    "DeleteEnvVarResponse429": "delete_env_var_response_429",
    "DeleteSshKeyResponse200": "delete_ssh_key_response_200",
    "DeleteSshKeyResponse400": "delete_ssh_key_response_400",
    "DeleteVolumeBody": "delete_volume_body",
    "DeleteVolumeResponse200": "delete_volume_response_200",
    "DeleteVolumeResponse400": "delete_volume_response_400",
    "DeleteVolumeResponse404": "delete_volume_response_404",
    "DeleteVolumeResponse429": "delete_volume_response_429",
    "DeleteWorkergroupResponse200": "delete_workergroup_response_200",
    "DeleteWorkergroupResponse400": "delete_workergroup_response_400",
    "DeleteWorkergroupResponse401": "delete_workergroup_response_401",
    "DeleteWorkergroupResponse404": "delete_workergroup_response_404",
    "DeleteWorkergroupResponse429": "delete_workergroup_response_429",
    "DestroyInstanceResponse200": "destroy_instance_response_200",
    "DestroyInstanceResponse400": "destroy_instance_response_400",
    "DestroyInstanceResponse404": "destroy_instance_response_404",
    "DestroyInstanceResponse429": "destroy_instance_response_429",
    "DestroyTeamResponse200": "destroy_team_response_200",
    "DetachSshKeyResponse200": "detach_ssh_key_response_200",
    "DetachSshKeyResponse400": "detach_ssh_key_response_400",
    "DetachSshKeyResponse404": "detach_ssh_key_response_404",
    "DetachSshKeyResponse429": "detach_ssh_key_response_429",
    "DetachSshKeyResponse500": "detach_ssh_key_response_500",
    "Error": "error_body",
    "ExecuteBody": "execute_body",
    "ExecuteResponse200": "execute_response_200",
    "ExecuteResponse400": "execute_response_400",
    "ExecuteResponse429": "execute_response_429",
    "GetEndpointLogsBody": "get_endpoint_logs_body",
    "GetEndpointLogsSuccessLogsRetrieved": "get_endpoint_logs_success_logs_retrieved",
    "GetEndpointWorkersBody": "get_endpoint_workers_body",
    "GetEndpointWorkersSuccessWorkersRetrieved": "get_endpoint_workers_success_workers_retrieved",
    "GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item": "get_endpoint_workers_success_workers_retrieved_workers_type_0_item",
    "GetWorkergroupLogsBody": "get_workergroup_logs_body",
    "GetWorkergroupLogsSuccessLogsRetrieved": "get_workergroup_logs_success_logs_retrieved",
    "GetWorkergroupWorkersBody": "get_workergroup_workers_body",
    "GetWorkergroupWorkersSuccessWorkersRetrieved": "get_workergroup_workers_success_workers_retrieved",
    "GetWorkergroupWorkersSuccessWorkersRetrievedWorkersType0Item": "get_workergroup_workers_success_workers_retrieved_workers_type_0_item",
    "Instance": "instance_model",
    "InstanceInstanceType0": "instance_instance_type_0",
    "InstanceSearchType0": "instance_search_type_0",
    "InviteTeamMemberBody": "invite_team_member_body",
    "InviteTeamMemberResponse200": "invite_team_member_response_200",
    "InviteTeamMemberResponse400": "invite_team_member_response_400",
    "InviteTeamMemberResponse404": "invite_team_member_response_404",
    "InviteTeamMemberResponse429": "invite_team_member_response_429",
    "ListMachineBody": "list_machine_body",
    "ListMachineResponse200": "list_machine_response_200",
    "ListMachineResponse400": "list_machine_response_400",
    "ListMachineResponse403": "list_machine_response_403",
    "ListNetworkVolumeBody": "list_network_volume_body",
    "ListNetworkVolumeResponse200": "list_network_volume_response_200",
    "ListNetworkVolumeResponse400": "list_network_volume_response_400",
    "ListNetworkVolumeResponse403": "list_network_volume_response_403",
    "ListVolumesResponse200": "list_volumes_response_200",
    "ListVolumesResponse401": "list_volumes_response_401",
    "ListVolumesResponse429": "list_volumes_response_429",
    "ManageInstanceBody": "manage_instance_body",
    "ManageInstanceBodyState": "manage_instance_body_state",
    "ManageInstanceResponse429": "manage_instance_response_429",
    "Offer": "offer",
    "OfferInstanceType0": "offer_instance_type_0",
    "OfferSearchType0": "offer_search_type_0",
    "PrepayInstanceBody": "prepay_instance_body",
    "PrepayInstanceResponse200": "prepay_instance_response_200",
    "PrepayInstanceResponse400": "prepay_instance_response_400",
    "PrepayInstanceResponse411": "prepay_instance_response_411",
    "PrepayInstanceResponse429": "prepay_instance_response_429",
    "RebootInstanceResponse200": "reboot_instance_response_200",
    "RebootInstanceResponse400": "reboot_instance_response_400",
    "RebootInstanceResponse429": "reboot_instance_response_429",
    "RecycleInstanceResponse200": "recycle_instance_response_200",
    "RecycleInstanceResponse400": "recycle_instance_response_400",
    "RecycleInstanceResponse429": "recycle_instance_response_429",
    "RemoveDefjobResponse200": "remove_defjob_response_200",
    "RemoveDefjobResponse429": "remove_defjob_response_429",
    "RemoveTeamMemberResponse200": "remove_team_member_response_200",
    "RemoveTeamMemberResponse400": "remove_team_member_response_400",
    "RemoveTeamMemberResponse401": "remove_team_member_response_401",
    "RemoveTeamMemberResponse403": "remove_team_member_response_403",
    "RemoveTeamMemberResponse404": "remove_team_member_response_404",
    "RemoveTeamMemberResponse429": "remove_team_member_response_429",
    "RemoveTeamRoleResponse200": "remove_team_role_response_200",
    "RemoveTeamRoleResponse400": "remove_team_role_response_400",
    "RemoveTeamRoleResponse401": "remove_team_role_response_401",
    "RemoveTeamRoleResponse403": "remove_team_role_response_403",
    "RemoveTeamRoleResponse404": "remove_team_role_response_404",
    "RentVolumeBody": "rent_volume_body",
    "RentVolumeResponse200": "rent_volume_response_200",
    "RouteBody": "route_body",
    "RouteNoWorkerAvailable": "route_no_worker_available",
    "RouteResponse400": "route_response_400",
    "RouteResponse401": "route_response_401",
    "RouteWorkerAvailable": "route_worker_available",
    "ScheduleMaintBody": "schedule_maint_body",
    "ScheduleMaintBodyMaintenanceCategory": "schedule_maint_body_maintenance_category",
    "ScheduleMaintResponse200": "schedule_maint_response_200",
    "ScheduleMaintResponse429": "schedule_maint_response_429",
    "SearchBenchmarksResponse200Item": "search_benchmarks_response_200_item",
    "SearchBenchmarksResponse429": "search_benchmarks_response_429",
    "SearchInvoicesBody": "search_invoices_body",
    "SearchInvoicesBodySelectFilters": "search_invoices_body_select_filters",
    "SearchInvoicesResponse200Item": "search_invoices_response_200_item",
    "SearchInvoicesResponse429": "search_invoices_response_429",
    "SearchNetworkVolumesBody": "search_network_volumes_body",
    "SearchNetworkVolumesBodyQ": "search_network_volumes_body_q",
    "SearchNetworkVolumesBodyQDiskBw": "search_network_volumes_body_q_disk_bw",
    "SearchNetworkVolumesBodyQDuration": "search_network_volumes_body_q_duration",
    "SearchNetworkVolumesBodyQGeolocation": "search_network_volumes_body_q_geolocation",
    "SearchNetworkVolumesBodyQInetDown": "search_network_volumes_body_q_inet_down",
    "SearchNetworkVolumesBodyQInetUp": "search_network_volumes_body_q_inet_up",
    "SearchNetworkVolumesBodyQReliability2": "search_network_volumes_body_q_reliability_2",
    "SearchNetworkVolumesBodyQStorageCost": "search_network_volumes_body_q_storage_cost",
    "SearchNetworkVolumesBodyQVerified": "search_network_volumes_body_q_verified",
    "SearchNetworkVolumesResponse200": "search_network_volumes_response_200",
    "SearchNetworkVolumesResponse200OffersType0Item": "search_network_volumes_response_200_offers_type_0_item",
    "SearchOffersBody": "search_offers_body",
    "SearchOffersBodyBwNvlink": "search_offers_body_bw_nvlink",
    "SearchOffersBodyComputeCap": "search_offers_body_compute_cap",
    "SearchOffersBodyCpuArch": "search_offers_body_cpu_arch",
    "SearchOffersBodyCpuCores": "search_offers_body_cpu_cores",
    "SearchOffersBodyCpuGhz": "search_offers_body_cpu_ghz",
    "SearchOffersBodyCpuRam": "search_offers_body_cpu_ram",
    "SearchOffersBodyCudaMaxGood": "search_offers_body_cuda_max_good",
    "SearchOffersBodyDatacenter": "search_offers_body_datacenter",
    "SearchOffersBodyDirectPortCount": "search_offers_body_direct_port_count",
    "SearchOffersBodyDiskBw": "search_offers_body_disk_bw",
    "SearchOffersBodyDlperf": "search_offers_body_dlperf",
    "SearchOffersBodyDlperfPerDphtotal": "search_offers_body_dlperf_per_dphtotal",
    "SearchOffersBodyDriverVersion": "search_offers_body_driver_version",
    "SearchOffersBodyDuration": "search_offers_body_duration",
    "SearchOffersBodyGeolocation": "search_offers_body_geolocation",
    "SearchOffersBodyGpuArch": "search_offers_body_gpu_arch",
    "SearchOffersBodyGpuFrac": "search_offers_body_gpu_frac",
    "SearchOffersBodyGpuMaxPower": "search_offers_body_gpu_max_power",
    "SearchOffersBodyGpuMaxTemp": "search_offers_body_gpu_max_temp",
    "SearchOffersBodyGpuMemBw": "search_offers_body_gpu_mem_bw",
    "SearchOffersBodyGpuName": "search_offers_body_gpu_name",
    "SearchOffersBodyGpuRam": "search_offers_body_gpu_ram",
    "SearchOffersBodyGpuTotalRam": "search_offers_body_gpu_total_ram",
    "SearchOffersBodyInetDown": "search_offers_body_inet_down",
    "SearchOffersBodyInetUp": "search_offers_body_inet_up",
    "SearchOffersBodyMachineId": "search_offers_body_machine_id",
    "SearchOffersBodyNumGpus": "search_offers_body_num_gpus",
    "SearchOffersBodyOsVersion": "search_offers_body_os_version",
    "SearchOffersBodyPciGen": "search_offers_body_pci_gen",
    "SearchOffersBodyReliability": "search_offers_body_reliability",
    "SearchOffersBodyRentable": "search_offers_body_rentable",
    "SearchOffersBodyRented": "search_offers_body_rented",
    "SearchOffersBodyStaticIp": "search_offers_body_static_ip",
    "SearchOffersBodyStorageCost": "search_offers_body_storage_cost",
    "SearchOffersBodyTotalFlops": "search_offers_body_total_flops",
    "SearchOffersBodyType": "search_offers_body_type",
    "SearchOffersBodyVerified": "search_offers_body_verified",
    "SearchOffersResponse200": "search_offers_response_200",
    "SearchOffersResponse400": "search_offers_response_400",
    "SearchOffersResponse404": "search_offers_response_404",
    "SearchTemplatesResponse200": "search_templates_response_200",
    "SearchTemplatesResponse429": "search_templates_response_429",
    "SearchVolumesBody": "search_volumes_body",
    "SearchVolumesResponse200": "search_volumes_response_200",
    "SearchVolumesResponse400": "search_volumes_response_400",
    "SearchVolumesResponse429": "search_volumes_response_429",
    "SetDefjobBody": "set_defjob_body",
    "SetDefjobResponse200": "set_defjob_response_200",
    "SetDefjobResponse200YouSentType0": "set_defjob_response_200_you_sent_type_0",
    "SetDefjobResponse429": "set_defjob_response_429",
    "SetMinBidBody": "set_min_bid_body",
    "SetMinBidResponse200": "set_min_bid_response_200",
    "SetMinBidResponse200YouSentType0": "set_min_bid_response_200_you_sent_type_0",
    "SetMinBidResponse429": "set_min_bid_response_429",
    "SetUserBody": "set_user_body",
    "SetUserResponse429": "set_user_response_429",
    "ShowApiKeysResponse200": "show_api_keys_response_200",
    "ShowApiKeysResponse200ApikeysType0Item": "show_api_keys_response_200_apikeys_type_0_item",
    "ShowApiKeysResponse400": "show_api_keys_response_400",
    "ShowApiKeysResponse429": "show_api_keys_response_429",
    "ShowConnectionsResponse200Item": "show_connections_response_200_item",
    "ShowConnectionsResponse429": "show_connections_response_429",
    "ShowDepositResponse200": "show_deposit_response_200",
    "ShowDepositResponse429": "show_deposit_response_429",
    "ShowEarningsResponse200": "show_earnings_response_200",
    "ShowEarningsResponse200CurrentType0": "show_earnings_response_200_current_type_0",
    "ShowEarningsResponse200PerDayType0Item": "show_earnings_response_200_per_day_type_0_item",
    "ShowEarningsResponse200PerMachineType0Item": "show_earnings_response_200_per_machine_type_0_item",
    "ShowEarningsResponse200SummaryType0": "show_earnings_response_200_summary_type_0",
    "ShowEarningsResponse429": "show_earnings_response_429",
    "ShowEndpointsResponse200": "show_endpoints_response_200",
    "ShowEndpointsResponse200ResultsType0Item": "show_endpoints_response_200_results_type_0_item",
    "ShowEndpointsResponse400": "show_endpoints_response_400",
    "ShowEndpointsResponse401": "show_endpoints_response_401",
    "ShowEndpointsResponse429": "show_endpoints_response_429",
    "ShowEnvVarsResponse200": "show_env_vars_response_200",
    "ShowEnvVarsResponse200SecretsType0": "show_env_vars_response_200_secrets_type_0",
    "ShowEnvVarsResponse429": "show_env_vars_response_429",
    "ShowInstanceResponse200": "show_instance_response_200",
    "ShowInstanceResponse429": "show_instance_response_429",
    "ShowInstanceSshKeysResponse200": "show_instance_ssh_keys_response_200",
    "ShowInstancesResponse200": "show_instances_response_200",
    "ShowInstancesResponse200InstancesType0Item": "show_instances_response_200_instances_type_0_item",
    "ShowInstancesResponse200InstancesType0ItemInstanceType0": "show_instances_response_200_instances_type_0_item_instance_type_0",
    "ShowInstancesResponse200InstancesType0ItemPortsType0": "show_instances_response_200_instances_type_0_item_ports_type_0",
    "ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem": "show_instances_response_200_instances_type_0_item_ports_type_0_additional_property_item",
    "ShowInstancesResponse200InstancesType0ItemSearchType0": "show_instances_response_200_instances_type_0_item_search_type_0",
    "ShowInstancesResponse200InstancesType0ItemVolumeInfoType0Item": "show_instances_response_200_instances_type_0_item_volume_info_type_0_item",
    "ShowInstancesResponse429": "show_instances_response_429",
    "ShowInvoicesResponse200": "show_invoices_response_200",
    "ShowInvoicesResponse200CurrentType0": "show_invoices_response_200_current_type_0",
    "ShowInvoicesResponse200InvoicesType0Item": "show_invoices_response_200_invoices_type_0_item",
    "ShowInvoicesResponse429": "show_invoices_response_429",
    "ShowIpaddrsResponse200": "show_ipaddrs_response_200",
    "ShowIpaddrsResponse200ResultsType0Item": "show_ipaddrs_response_200_results_type_0_item",
    "ShowIpaddrsResponse429": "show_ipaddrs_response_429",
    "ShowLogsBody": "show_logs_body",
    "ShowLogsBodyDaemonLogs": "show_logs_body_daemon_logs",
    "ShowLogsResponse200": "show_logs_response_200",
    "ShowLogsResponse403": "show_logs_response_403",
    "ShowLogsResponse404": "show_logs_response_404",
    "ShowMachinesResponse200": "show_machines_response_200",
    "ShowMachinesResponse200MachinesType0Item": "show_machines_response_200_machines_type_0_item",
    "ShowReportsResponse200Item": "show_reports_response_200_item",
    "ShowSubaccountsResponse200": "show_subaccounts_response_200",
    "ShowSubaccountsResponse200UsersType0Item": "show_subaccounts_response_200_users_type_0_item",
    "ShowSubaccountsResponse429": "show_subaccounts_response_429",
    "ShowTeamMembersResponse200Item": "show_team_members_response_200_item",
    "ShowTeamRoleResponse200": "show_team_role_response_200",
    "ShowTeamRolesResponse200Item": "show_team_roles_response_200_item",
    "ShowTeamRolesResponse404": "show_team_roles_response_404",
    "ShowUserResponse200": "show_user_response_200",
    "ShowWorkergroupsResponse200": "show_workergroups_response_200",
    "ShowWorkergroupsResponse200ResultsType0Item": "show_workergroups_response_200_results_type_0_item",
    "ShowWorkergroupsResponse400": "show_workergroups_response_400",
    "ShowWorkergroupsResponse401": "show_workergroups_response_401",
    "ShowWorkergroupsResponse429": "show_workergroups_response_429",
    "SimpleBooleanSuccessResponse": "simple_boolean_success_response",
    "SshKey": "ssh_key",
    "SuccessResponse": "success_response",
    "Template": "template",
    "TransferCreditBody": "transfer_credit_body",
    "TransferCreditResponse200": "transfer_credit_response_200",
    "TransferCreditResponse400": "transfer_credit_response_400",
    "TransferCreditResponse429": "transfer_credit_response_429",
    "UnlistMachineResponse200": "unlist_machine_response_200",
    "UnlistMachineResponse429": "unlist_machine_response_429",
    "UnlistNetworkVolumeBody": "unlist_network_volume_body",
    "UnlistNetworkVolumeResponse200": "unlist_network_volume_response_200",
    "UnlistNetworkVolumeResponse400": "unlist_network_volume_response_400",
    "UnlistNetworkVolumeResponse403": "unlist_network_volume_response_403",
    "UnlistVolumeBody": "unlist_volume_body",
    "UnlistVolumeResponse200": "unlist_volume_response_200",
    "UnlistVolumeResponse400": "unlist_volume_response_400",
    "UnlistVolumeResponse429": "unlist_volume_response_429",
    "UpdateEnvVarBody": "update_env_var_body",
    "UpdateEnvVarResponse200": "update_env_var_response_200",
    "UpdateEnvVarResponse429": "update_env_var_response_429",
    "UpdateSshKeyBody": "update_ssh_key_body",
    "UpdateSshKeyResponse200": "update_ssh_key_response_200",
    "UpdateSshKeyResponse429": "update_ssh_key_response_429",
    "UpdateTeamRoleBody": "update_team_role_body",
    "UpdateTeamRoleBodyPermissions": "update_team_role_body_permissions",
    "UpdateWorkergroupBody": "update_workergroup_body",
    "UpdateWorkergroupResponse200": "update_workergroup_response_200",
    "UpdateWorkergroupResponse400": "update_workergroup_response_400",
    "UpdateWorkergroupResponse401": "update_workergroup_response_401",
    "UpdateWorkergroupResponse429": "update_workergroup_response_429",
    "Volume": "volume",
    "VolumeInstancesType0Item": "volume_instances_type_0_item",
    "VolumeOffer": "volume_offer",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AddNetworkDiskBody",
    "AddNetworkDiskResponse200",
    "AddNetworkDiskResponse400",
    "AddNetworkDiskResponse403",
    "AttachSshKeyBody",
    "AttachSshKeyResponse200",
    "CancelCopyBody",
    "CancelCopyResponse200",
    "CancelCopyResponse400",
    "CancelCopyResponse404",
    "CancelMaintResponse200",
    "CancelMaintResponse404",
    "CancelSyncBody",
    "CancelSyncResponse200",
    "CancelSyncResponse400",
    "CancelSyncResponse404",
    "ChangeBidBody",
    "ChangeBidResponse200",
    "ChangeBidResponse400",
    "ChangeBidResponse404",
    "ChangeBidResponse429",
    "CleanupMachineBody",
    "CleanupMachineResponse200",
    "CleanupMachineResponse429",
    "CloudCopyBody",
    "CloudCopyResponse200",
    "CloudCopyResponse400",
    "CopyBody",
    "CopyResponse200",
    "CopyResponse400",
    "CopyResponse404",
    "CreateApiKeyBody",
    "CreateApiKeyBodyKeyParams",
    "CreateApiKeyBodyPermissions",
    "CreateApiKeyResponse200",
    "CreateApiKeyResponse200PermissionsType1",
    "CreateApiKeyResponse400",
    "CreateApiKeyResponse401",
    "CreateApiKeyResponse429",
    "CreateEndpointBody",
    "CreateEndpointResponse200",
    "CreateEndpointResponse429",
    "CreateEnvVarBody",
    "CreateEnvVarResponse200",
    "CreateEnvVarResponse400",
    "CreateEnvVarResponse429",
    "CreateInstanceBody",
    "CreateInstanceBodyEnv",
    "CreateInstanceBodyRuntype",
    "CreateInstanceBodyTargetState",
    "CreateInstanceBodyVolumeInfo",
    "CreateInstanceResponse200",
    "CreateInstanceResponse400",
    "CreateInstanceResponse403",
    "CreateInstanceResponse404",
    "CreateInstanceResponse410",
    "CreateInstanceResponse429",
    "CreateNetworkVolumeBody",
    "CreateNetworkVolumeResponse200",
    "CreateNetworkVolumeResponse400",
    "CreateNetworkVolumeResponse403",
    "CreateSshKeyBody",
    "CreateSshKeyResponse200",
    "CreateSshKeyResponse200KeyType0",
    "CreateSshKeyResponse400",
    "CreateSshKeyResponse429",
    "CreateSubaccountBody",
    "CreateSubaccountResponse200",
    "CreateSubaccountResponse400",
    "CreateSubaccountResponse409",
    "CreateSubaccountResponse429",
    "CreateTeamBody",
    "CreateTeamBodyPermissions",
    "CreateTeamResponse200",
    "CreateTeamResponse400",
    "CreateTeamResponse401",
    "CreateTeamRoleBody",
    "CreateTeamRoleBodyPermissions",
    "CreateTeamRoleBodyPermissionsApi",
    "CreateTeamRoleBodyPermissionsApiInstanceWrite",
    "CreateTeamRoleBodyPermissionsApiUserRead",
    "CreateTeamRoleResponse200",
    "CreateTeamRoleResponse400",
    "CreateTemplateBody",
    "CreateTemplateBodyEnv",
    "CreateTemplateBodyExtraFilters",
    "CreateTemplateBodyRuntype",
    "CreateTemplateResponse200",
    "CreateTemplateResponse200TemplateType0",
    "CreateTemplateResponse400",
    "CreateWorkergroupBody",
    "CreateWorkergroupResponse200",
    "CreateWorkergroupResponse400",
    "CreateWorkergroupResponse429",
    "DeleteApiKeyResponse400",
    "DeleteApiKeyResponse403",
    "DeleteApiKeyResponse404",
    "DeleteApiKeyResponse429",
    "DeleteEndpointResponse200",
    "DeleteEndpointResponse400",
    "DeleteEndpointResponse401",
    "DeleteEndpointResponse429",
    "DeleteEnvVarBody",
    "DeleteEnvVarResponse400",
    "DeleteEnvVarResponse429",
    "DeleteSshKeyResponse200",
    "DeleteSshKeyResponse400",
    "DeleteVolumeBody",
    "DeleteVolumeResponse200",
    "DeleteVolumeResponse400",
    "DeleteVolumeResponse404",
    "DeleteVolumeResponse429",
    "DeleteWorkergroupResponse200",
    "DeleteWorkergroupResponse400",
    "DeleteWorkergroupResponse401",
    "DeleteWorkergroupResponse404",
    "DeleteWorkergroupResponse429",
    "DestroyInstanceResponse200",
    "DestroyInstanceResponse400",
    "DestroyInstanceResponse404",
    "DestroyInstanceResponse429",
    "DestroyTeamResponse200",
    "DetachSshKeyResponse200",
    "DetachSshKeyResponse400",
    "DetachSshKeyResponse404",
    "DetachSshKeyResponse429",
    "DetachSshKeyResponse500",
    "Error",
    "ExecuteBody",
    "ExecuteResponse200",
    "ExecuteResponse400",
    "ExecuteResponse429",
    "GetEndpointLogsBody",
    "GetEndpointLogsSuccessLogsRetrieved",
    "GetEndpointWorkersBody",
    "GetEndpointWorkersSuccessWorkersRetrieved",
    "GetEndpointWorkersSuccessWorkersRetrievedWorkersType0Item",
    "GetWorkergroupLogsBody",
    "GetWorkergroupLogsSuccessLogsRetrieved",
    "GetWorkergroupWorkersBody",
    "GetWorkergroupWorkersSuccessWorkersRetrieved",
    "GetWorkergroupWorkersSuccessWorkersRetrievedWorkersType0Item",
    "Instance",
    "InstanceInstanceType0",
    "InstanceSearchType0",
    "InviteTeamMemberBody",
    "InviteTeamMemberResponse200",
    "InviteTeamMemberResponse400",
    "InviteTeamMemberResponse404",
    "InviteTeamMemberResponse429",
    "ListMachineBody",
    "ListMachineResponse200",
    "ListMachineResponse400",
    "ListMachineResponse403",
    "ListNetworkVolumeBody",
    "ListNetworkVolumeResponse200",
    "ListNetworkVolumeResponse400",
    "ListNetworkVolumeResponse403",
    "ListVolumesResponse200",
    "ListVolumesResponse401",
    "ListVolumesResponse429",
    "ManageInstanceBody",
    "ManageInstanceBodyState",
    "ManageInstanceResponse429",
    "Offer",
    "OfferInstanceType0",
    "OfferSearchType0",
    "PrepayInstanceBody",
    "PrepayInstanceResponse200",
    "PrepayInstanceResponse400",
    "PrepayInstanceResponse411",
    "PrepayInstanceResponse429",
    "RebootInstanceResponse200",
    "RebootInstanceResponse400",
    "RebootInstanceResponse429",
    "RecycleInstanceResponse200",
    "RecycleInstanceResponse400",
    "RecycleInstanceResponse429",
    "RemoveDefjobResponse200",
    "RemoveDefjobResponse429",
    "RemoveTeamMemberResponse200",
    "RemoveTeamMemberResponse400",
    "RemoveTeamMemberResponse401",
    "RemoveTeamMemberResponse403",
    "RemoveTeamMemberResponse404",
    "RemoveTeamMemberResponse429",
    "RemoveTeamRoleResponse200",
    "RemoveTeamRoleResponse400",
    "RemoveTeamRoleResponse401",
    "RemoveTeamRoleResponse403",
    "RemoveTeamRoleResponse404",
    "RentVolumeBody",
    "RentVolumeResponse200",
    "RouteBody",
    "RouteNoWorkerAvailable",
    "RouteResponse400",
    "RouteResponse401",
    "RouteWorkerAvailable",
    "ScheduleMaintBody",
    "ScheduleMaintBodyMaintenanceCategory",
    "ScheduleMaintResponse200",
    "ScheduleMaintResponse429",
    "SearchBenchmarksResponse200Item",
    "SearchBenchmarksResponse429",
    "SearchInvoicesBody",
    "SearchInvoicesBodySelectFilters",
    "SearchInvoicesResponse200Item",
    "SearchInvoicesResponse429",
    "SearchNetworkVolumesBody",
    "SearchNetworkVolumesBodyQ",
    "SearchNetworkVolumesBodyQDiskBw",
    "SearchNetworkVolumesBodyQDuration",
    "SearchNetworkVolumesBodyQGeolocation",
    "SearchNetworkVolumesBodyQInetDown",
    "SearchNetworkVolumesBodyQInetUp",
    "SearchNetworkVolumesBodyQReliability2",
    "SearchNetworkVolumesBodyQStorageCost",
    "SearchNetworkVolumesBodyQVerified",
    "SearchNetworkVolumesResponse200",
    "SearchNetworkVolumesResponse200OffersType0Item",
    "SearchOffersBody",
    "SearchOffersBodyBwNvlink",
    "SearchOffersBodyComputeCap",
    "SearchOffersBodyCpuArch",
    "SearchOffersBodyCpuCores",
    "SearchOffersBodyCpuGhz",
    "SearchOffersBodyCpuRam",
    "SearchOffersBodyCudaMaxGood",
    "SearchOffersBodyDatacenter",
    "SearchOffersBodyDirectPortCount",
    "SearchOffersBodyDiskBw",
    "SearchOffersBodyDlperf",
    "SearchOffersBodyDlperfPerDphtotal",
    "SearchOffersBodyDriverVersion",
    "SearchOffersBodyDuration",
    "SearchOffersBodyGeolocation",
    "SearchOffersBodyGpuArch",
    "SearchOffersBodyGpuFrac",
    "SearchOffersBodyGpuMaxPower",
    "SearchOffersBodyGpuMaxTemp",
    "SearchOffersBodyGpuMemBw",
    "SearchOffersBodyGpuName",
    "SearchOffersBodyGpuRam",
    "SearchOffersBodyGpuTotalRam",
    "SearchOffersBodyInetDown",
    "SearchOffersBodyInetUp",
    "SearchOffersBodyMachineId",
    "SearchOffersBodyNumGpus",
    "SearchOffersBodyOsVersion",
    "SearchOffersBodyPciGen",
    "SearchOffersBodyReliability",
    "SearchOffersBodyRentable",
    "SearchOffersBodyRented",
    "SearchOffersBodyStaticIp",
    "SearchOffersBodyStorageCost",
    "SearchOffersBodyTotalFlops",
    "SearchOffersBodyType",
    "SearchOffersBodyVerified",
    "SearchOffersResponse200",
    "SearchOffersResponse400",
    "SearchOffersResponse404",
    "SearchTemplatesResponse200",
    "SearchTemplatesResponse429",
    "SearchVolumesBody",
    "SearchVolumesResponse200",
    "SearchVolumesResponse400",
    "SearchVolumesResponse429",
    "SetDefjobBody",
    "SetDefjobResponse200",
    "SetDefjobResponse200YouSentType0",
    "SetDefjobResponse429",
    "SetMinBidBody",
    "SetMinBidResponse200",
    "SetMinBidResponse200YouSentType0",
    "SetMinBidResponse429",
    "SetUserBody",
    "SetUserResponse429",
    "ShowApiKeysResponse200",
    "ShowApiKeysResponse200ApikeysType0Item",
    "ShowApiKeysResponse400",
    "ShowApiKeysResponse429",
    "ShowConnectionsResponse200Item",
    "ShowConnectionsResponse429",
    "ShowDepositResponse200",
    "ShowDepositResponse429",
    "ShowEarningsResponse200",
    "ShowEarningsResponse200CurrentType0",
    "ShowEarningsResponse200PerDayType0Item",
    "ShowEarningsResponse200PerMachineType0Item",
    "ShowEarningsResponse200SummaryType0",
    "ShowEarningsResponse429",
    "ShowEndpointsResponse200",
    "ShowEndpointsResponse200ResultsType0Item",
    "ShowEndpointsResponse400",
    "ShowEndpointsResponse401",
    "ShowEndpointsResponse429",
    "ShowEnvVarsResponse200",
    "ShowEnvVarsResponse200SecretsType0",
    "ShowEnvVarsResponse429",
    "ShowInstanceResponse200",
    "ShowInstanceResponse429",
    "ShowInstanceSshKeysResponse200",
    "ShowInstancesResponse200",
    "ShowInstancesResponse200InstancesType0Item",
    "ShowInstancesResponse200InstancesType0ItemInstanceType0",
    "ShowInstancesResponse200InstancesType0ItemPortsType0",
    "ShowInstancesResponse200InstancesType0ItemPortsType0AdditionalPropertyItem",
    "ShowInstancesResponse200InstancesType0ItemSearchType0",
    "ShowInstancesResponse200InstancesType0ItemVolumeInfoType0Item",
    "ShowInstancesResponse429",
    "ShowInvoicesResponse200",
    "ShowInvoicesResponse200CurrentType0",
    "ShowInvoicesResponse200InvoicesType0Item",
    "ShowInvoicesResponse429",
    "ShowIpaddrsResponse200",
    "ShowIpaddrsResponse200ResultsType0Item",
    "ShowIpaddrsResponse429",
    "ShowLogsBody",
    "ShowLogsBodyDaemonLogs",
    "ShowLogsResponse200",
    "ShowLogsResponse403",
    "ShowLogsResponse404",
    "ShowMachinesResponse200",
    "ShowMachinesResponse200MachinesType0Item",
    "ShowReportsResponse200Item",
    "ShowSubaccountsResponse200",
    "ShowSubaccountsResponse200UsersType0Item",
    "ShowSubaccountsResponse429",
    "ShowTeamMembersResponse200Item",
    "ShowTeamRoleResponse200",
    "ShowTeamRolesResponse200Item",
    "ShowTeamRolesResponse404",
    "ShowUserResponse200",
    "ShowWorkergroupsResponse200",
    "ShowWorkergroupsResponse200ResultsType0Item",
    "ShowWorkergroupsResponse400",
    "ShowWorkergroupsResponse401",
    "ShowWorkergroupsResponse429",
    "SimpleBooleanSuccessResponse",
    "SshKey",
    "SuccessResponse",
    "Template",
    "TransferCreditBody",
    "TransferCreditResponse200",
    "TransferCreditResponse400",
    "TransferCreditResponse429",
    "UnlistMachineResponse200",
    "UnlistMachineResponse429",
    "UnlistNetworkVolumeBody",
    "UnlistNetworkVolumeResponse200",
    "UnlistNetworkVolumeResponse400",
    "UnlistNetworkVolumeResponse403",
    "UnlistVolumeBody",
    "UnlistVolumeResponse200",
    "UnlistVolumeResponse400",
    "UnlistVolumeResponse429",
    "UpdateEnvVarBody",
    "UpdateEnvVarResponse200",
    "UpdateEnvVarResponse429",
    "UpdateSshKeyBody",
    "UpdateSshKeyResponse200",
    "UpdateSshKeyResponse429",
    "UpdateTeamRoleBody",
    "UpdateTeamRoleBodyPermissions",
    "UpdateWorkergroupBody",
    "UpdateWorkergroupResponse200",
    "UpdateWorkergroupResponse400",
    "UpdateWorkergroupResponse401",
    "UpdateWorkergroupResponse429",
    "Volume",
    "VolumeInstancesType0Item",
    "VolumeOffer",
]
