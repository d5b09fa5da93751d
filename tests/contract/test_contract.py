"""The contract checkers refuse what the providers' own descriptions do not have, and pass what they do."""

from __future__ import annotations

import json
import time

import httpx
import pytest

from tests import contract
from tests.contract.google_discovery import DiscoveryContract
from tests.contract.google_discovery import contract as google_contract
from tests.contract.graph_sdk import contract as graph_contract
from tests.servers.google_fake import GoogleFake
from tests.servers.graph_fake import GraphFake

JSON = {"content-type": "application/json"}
NEW_USER = {"primaryEmail": "ana@example-corp.com", "name": {"givenName": "Ana", "familyName": "Li"},
            "password": "Passw0rd!Passw0rd", "changePasswordAtNextLogin": True, "orgUnitPath": "/"}
NEW_GRAPH_USER = {"accountEnabled": True, "displayName": "Ana Li", "mailNickname": "ana",
                  "userPrincipalName": "ana@contoso.com", "givenName": "Ana", "surname": "Li", "usageLocation": "US",
                  "passwordProfile": {"password": "Passw0rd!x", "forceChangePasswordNextSignIn": True}}
SKU = "3b555118-da6a-4418-894f-7df1e2096870"


def google_check(method: str, path: str, query: dict[str, list[str]] | None = None, body: object = None):
    raw = json.dumps(body).encode() if body is not None else b""
    return google_contract().check(method, path, query or {}, JSON, raw)


# --- Google -------------------------------------------------------------------------------
def test_google_passes_what_the_discovery_documents_describe() -> None:
    assert google_check("POST", "/admin/directory/v1/users", body=NEW_USER) is None
    assert google_check("GET", "/admin/directory/v1/users", {"customer": ["my_customer"], "maxResults": ["5"],
                                                             "pageToken": ["x"], "fields": ["users"]}) is None
    assert google_check("GET", "/admin/directory/v1/users/ana%40example-corp.com") is None
    assert google_check("POST", "/admin/directory/v1/customer/my_customer/roleassignments",
                        body={"roleId": "13801188331880449", "assignedTo": "1", "scopeType": "CUSTOMER"}) is None
    assert google_check("POST", "/siteVerification/v1/webResource", {"verificationMethod": ["DNS_TXT"]},
                        {"site": {"type": "INET_DOMAIN", "identifier": "example.com"}}) is None
    assert google_check("GET", "/oauth2/v3/userinfo") is None  # OAuth's, in no discovery document
    assert google_check("POST", "/oauth2/v3/userinfo") is not None  # ... and only with its own method


def test_google_refuses_a_misspelt_field_with_googles_400() -> None:
    refusal = google_check("POST", "/admin/directory/v1/users",
                           body={**NEW_USER, "name": {"givenNmae": "Ana", "familyName": "Li"}})
    assert refusal is not None and refusal.response.status == 400
    error = refusal.response.body["error"]
    assert error["message"] == "Invalid JSON payload received. Unknown name \"givenNmae\" at 'resource.name': " \
                               "Cannot find field."
    assert error["status"] == "INVALID_ARGUMENT" and error["errors"][0]["reason"] == "invalid"
    assert error["details"][0]["fieldViolations"][0]["field"] == "resource.name"
    top = google_check("POST", "/admin/directory/v1/users", body={**NEW_USER, "primaryMail": "x"})
    assert top is not None and "Unknown name \"primaryMail\" at 'resource'" in top.response.body["error"]["message"]


def test_google_refuses_wrong_json_types_through_refs_and_arrays() -> None:
    wrong_bool = google_check("POST", "/admin/directory/v1/users", body={**NEW_USER, "changePasswordAtNextLogin": 1})
    assert wrong_bool is not None and "(TYPE_BOOL)" in wrong_bool.response.body["error"]["message"]
    wrong_id = google_check("POST", "/admin/directory/v1/customer/my_customer/roleassignments",
                            body={"roleId": "admin", "assignedTo": "1", "scopeType": "CUSTOMER"})
    assert wrong_id is not None and "'resource.role_id' (TYPE_INT64)" in wrong_id.response.body["error"]["message"]
    wrong_enum = google_check("POST", "/siteVerification/v1/token",
                              body={"site": {"type": "INET_DOMAIN", "identifier": "x.com", "kind": 1}})
    assert wrong_enum is not None and "Unknown name \"kind\" at 'resource.site'" in \
        wrong_enum.response.body["error"]["message"]


def test_google_refuses_unknown_paths_methods_and_query_parameters() -> None:
    for method, path in (("GET", "/admin/directory/v1/userz"), ("DELETE", "/admin/directory/v1/customers/x"),
                         ("GET", "/siteVerification/v2/webResource")):
        refusal = google_check(method, path)
        assert refusal is not None and refusal.response.status == 404, (method, path)
        assert f"The requested URL <code>{path}</code> was not found" in refusal.response.body
    unknown = google_check("GET", "/admin/directory/v1/users", {"customr": ["my_customer"]})
    assert unknown is not None and unknown.response.status == 400
    assert "Unknown name \"customr\": Cannot bind query parameter" in unknown.response.body["error"]["message"]
    bad_int = google_check("GET", "/admin/directory/v1/users", {"customer": ["c"], "maxResults": ["ten"]})
    assert bad_int is not None and bad_int.response.body["error"]["errors"][0]["location"] == "maxResults"
    too_many = google_check("GET", "/admin/directory/v1/customer/c/roles", {"maxResults": ["101"]})
    assert too_many is not None and too_many.response.body["error"]["message"] == \
        "Invalid value '101'. Values must be within the range: [1, 100]"
    missing = google_check("POST", "/siteVerification/v1/webResource", {},
                           {"site": {"type": "INET_DOMAIN", "identifier": "example.com"}})
    assert missing is not None and missing.response.body["error"]["message"] == \
        "Required parameter: verificationMethod"


def test_google_checks_the_reviews_reports_and_gmail_settings_calls() -> None:
    usage = "/admin/reports/v1/usage/users/all/dates/2026-12-01"
    assert google_check("GET", usage, {"parameters": ["accounts:used_quota_in_mb"], "maxResults": ["1000"]}) is None
    too_many = google_check("GET", usage, {"maxResults": ["1001"]})
    assert too_many is not None and too_many.response.status == 400
    assert google_check("GET", usage, {"parameter": ["x"]}) is not None  # misspelt
    forwarding = "/gmail/v1/users/me/settings/autoForwarding"
    assert google_check("PUT", forwarding, body={"enabled": True, "emailAddress": "a@b.c", "disposition": "archive"}) \
        is None
    wrong = google_check("PUT", forwarding, body={"enabled": True, "disposition": "delete"})
    assert wrong is not None and "(TYPE_ENUM)" in wrong.response.body["error"]["message"]
    assert google_check("POST", "/admin/directory/v1/users/1/makeAdmin", body={"status": False}) is None
    assert google_check("POST", "/admin/directory/v1/users/1/makeAdmin", body={"status": "no"}) is not None
    assert google_check("DELETE", "/admin/directory/v1/customer/my_customer/roleassignments/9") is None


def test_google_reads_only_the_named_documents() -> None:
    only_sv = DiscoveryContract(("siteVerification.v1",))
    assert only_sv.check("GET", "/admin/directory/v1/users", {}, {}, b"") is not None
    assert only_sv.check("GET", "/siteVerification/v1/webResource", {}, {}, b"") is None


# --- Microsoft Graph -------------------------------------------------------------------------
def test_graph_passes_what_the_sdk_describes() -> None:
    graph = graph_contract()
    assert graph.check("POST", "/v1.0/users", {}, NEW_GRAPH_USER) is None
    assert graph.check("POST", "/v1.0/users/ana%40contoso.com/assignLicense", {},
                       {"addLicenses": [{"skuId": SKU, "disabledPlans": []}], "removeLicenses": []}) is None
    assert graph.check("GET", "/v1.0/users", {"$select": ["id,displayName"], "$top": ["5"],
                                              "$filter": ["startswith(userPrincipalName,'a')"]}, None) is None
    assert graph.check("GET", "/v1.0/groups", {"$skiptoken": ["x"]}, None) is None  # from @odata.nextLink
    assert graph.check("POST", "/v1.0/groups/g1/members/$ref", {},
                       {"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/u1"}) is None
    assert graph.check("POST", "/v1.0/roleManagement/directory/roleAssignments", {},
                       {"@odata.type": "#microsoft.graph.unifiedRoleAssignment", "principalId": "u1",
                        "roleDefinitionId": "r1", "directoryScopeId": "/"}) is None
    assert graph.check("GET", "/v1.0/me", {"$select": ["id,userPrincipalName"]}, None) is None
    assert graph.check("POST", "/v1.0/me/sendMail", {}, {"message": {
        "subject": "Hi", "body": {"contentType": "Text", "content": "x"},
        "toRecipients": [{"emailAddress": {"address": "a@contoso.com"}}]}, "saveToSentItems": False}) is None
    assert graph.check("POST", "/organizations/oauth2/v2.0/token", {}, None) is None  # not Graph


def test_graph_refuses_a_misspelt_property_with_graphs_400() -> None:
    graph = graph_contract()
    refusal = graph.check("POST", "/v1.0/users", {}, {**NEW_GRAPH_USER, "displayNme": "Ana"})
    assert refusal is not None and refusal.response.status == 400
    assert refusal.response.body["error"]["code"] == "Request_BadRequest"
    assert refusal.response.body["error"]["message"] == "Invalid property 'displayNme'."
    assert "request-id" in refusal.response.body["error"]["innerError"]
    nested = graph.check("POST", "/v1.0/users", {}, {**NEW_GRAPH_USER, "passwordProfile": {"pasword": "x"}})
    assert nested is not None and nested.response.body["error"]["message"] == "Invalid property 'pasword'."
    action = graph.check("POST", "/v1.0/users/u1/assignLicense", {}, {"addLicense": [], "removeLicenses": []})
    assert action is not None and "'addLicense'" in action.response.body["error"]["message"]
    in_list = graph.check("POST", "/v1.0/users/u1/assignLicense", {},
                          {"addLicenses": [{"skuID": SKU}], "removeLicenses": []})
    assert in_list is not None and "'skuID'" in in_list.response.body["error"]["message"]


def test_graph_refuses_wrong_json_types_and_enum_members() -> None:
    graph = graph_contract()
    wrong = graph.check("POST", "/v1.0/users", {}, {**NEW_GRAPH_USER, "accountEnabled": "true"})
    assert wrong is not None and wrong.response.body["error"]["message"] == \
        "Invalid value specified for property 'accountEnabled' of resource 'User'."
    assert wrong.response.body["error"]["details"] == [{"code": "InvalidValue", "target": "accountEnabled"}]
    not_list = graph.check("POST", "/v1.0/users/u1/assignLicense", {}, {"addLicenses": {"skuId": SKU},
                                                                         "removeLicenses": []})
    assert not_list is not None and "'addLicenses'" in not_list.response.body["error"]["message"]
    enum = graph.check("POST", "/v1.0/me/sendMail", {}, {"message": {"body": {"contentType": "markdown"}}})
    assert enum is not None and "'contentType' of resource 'ItemBody'" in enum.response.body["error"]["message"]


def test_graph_refuses_unknown_paths_methods_query_options_and_selected_properties() -> None:
    graph = graph_contract()
    path = graph.check("GET", "/v1.0/userz", {}, None)
    assert path is not None and path.response.status == 400
    assert path.response.body["error"]["message"] == "Resource not found for the segment 'userz'."
    deeper = graph.check("POST", "/v1.0/users/u1/assignLicence", {}, {})
    assert deeper is not None and "'assignLicence'" in deeper.response.body["error"]["message"]
    assert graph.check("PUT", "/v1.0/users", {}, None).response.status == 405
    option = graph.check("GET", "/v1.0/users", {"$selct": ["id"]}, None)
    assert option is not None and option.response.body["error"]["message"] == \
        "Query option '$selct' is not allowed for this request."
    on_post = graph.check("POST", "/v1.0/users", {"$select": ["id"]}, NEW_GRAPH_USER)
    assert on_post is not None  # the SDK's POST /users takes no query options
    select = graph.check("GET", "/v1.0/users/u1", {"$select": ["id,displayNme"]}, None)
    assert select is not None and select.response.body["error"]["code"] == "Request_UnsupportedQuery"
    assert select.response.body["error"]["message"] == \
        "Property 'displayNme' does not exist as a declared property or extension property."


def test_the_graph_index_is_built_once_and_quickly() -> None:
    graph_contract()  # built (once per session) before timing
    started = time.monotonic()
    for _ in range(200):
        graph_contract().check("POST", "/v1.0/users", {}, NEW_GRAPH_USER)
    # ~0.1 s on an idle machine; the bound leaves room for a 2-CPU machine busy with other work (issue 16) and
    # still fails if each check built the index again (seconds each)
    assert time.monotonic() - started < 5.0
    assert graph_contract() is graph_contract() and graph_contract().templates > 5000



# --- the hooks in the fakes ------------------------------------------------------------------------
@pytest.mark.contract_violation
def test_the_fakes_refuse_and_record_requests_outside_the_contract() -> None:
    with GoogleFake() as google, GraphFake() as graph:
        token = google.issue_tokens()["access_token"]
        answer = httpx.post(f"{google.base_url}/admin/directory/v1/users", json={**NEW_USER, "nmae": {}},
                            headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 400 and "Unknown name \"nmae\"" in answer.json()["error"]["message"]
        assert google.created_user_posts == 0  # refused before the handler
        assert httpx.get(f"{google.base_url}/admin/directory/v1/userz").status_code == 404
        answer = httpx.post(f"{graph.base_url}/v1.0/users", json={**NEW_GRAPH_USER, "displayNme": "x"})
        assert answer.status_code == 400 and answer.json()["error"]["message"] == "Invalid property 'displayNme'."
        assert graph.created_user_posts == 0
    recorded = contract.take()
    assert len(recorded) == 3
    assert recorded[0].startswith("GoogleFake: POST /admin/directory/v1/users: directory.users.insert: Unknown name")
    assert recorded[2].startswith("GraphFake: POST /v1.0/users: User has no property 'displayNme'")


def test_the_shared_address_calls_are_checked_against_both_descriptions() -> None:
    group = {"email": "sales@example-corp.com", "name": "Sales", "description": "x"}
    assert google_check("POST", "/admin/directory/v1/groups", body=group) is None
    assert google_check("POST", "/admin/directory/v1/groups", body={**group, "mail": "x"}) is not None
    assert google_check("POST", "/admin/directory/v1/users/ana%40example-corp.com/aliases",
                        body={"alias": "lina@example-corp.com"}) is None
    assert google_check("GET", "/admin/directory/v1/groups/g1/members", {"maxResults": ["200"]}) is None
    # the Groups Settings API (groupssettings.v1.json): alt is atom or json, fields of the Groups schema only
    settings = "/groups/v1/groups/sales%40example-corp.com"
    assert google_check("PATCH", settings, {"alt": ["json"]}, {"whoCanPostMessage": "ANYONE_CAN_POST"}) is None
    assert google_check("PATCH", settings, {"alt": ["xml"]}, {"whoCanPostMessage": "ANYONE_CAN_POST"}) is not None
    assert google_check("PATCH", settings, {"alt": ["json"]}, {"whoCanPostMesage": "ANYONE_CAN_POST"}) is not None
    graph = graph_contract()
    new_group = {"displayName": "Sales", "mailEnabled": True, "mailNickname": "sales", "securityEnabled": False,
                 "groupTypes": ["Unified"], "visibility": "Private", "description": "x"}
    assert graph.check("POST", "/v1.0/groups", {}, new_group) is None
    assert graph.check("POST", "/v1.0/groups", {}, {**new_group, "mailNickName": "sales"}) is not None
    assert graph.check("PATCH", "/v1.0/groups/g1", {}, {"allowExternalSenders": True}) is None
    assert graph.check("PATCH", "/v1.0/groups/g1", {}, {"autoSubscribeNewMembers": "yes"}) is not None
    assert graph.check("GET", "/v1.0/groups/g1/members", {"$top": ["5"]}, None) is None
    assert graph.check("GET", "/v1.0/groups", {"$filter": ["mail eq 'a@b.c'"], "$select": ["id,mail,proxyAddresses"]},
                       None) is None
    assert graph.check("GET", "/v1.0/domains/contoso.com", {"$select": ["id,isDefault"]}, None) is None
