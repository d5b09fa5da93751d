"""Every Graph v1.0 request to the Graph fake, checked against Microsoft's msgraph-sdk.

The SDK is generated (Kiota) from Graph's v1.0 metadata: each request builder carries its URL template
(``{+baseurl}/users/{user%2Did}/assignLicense``, query options in ``{?%24select,…}``), its methods (async get/post/
patch/put/delete) with their query-parameter classes and body types, and each model's get_field_deserializers()
names its JSON properties and their types. The package is read as source text, never imported (importing it is
slow): the request builders once per session, a model's module only when a body or $select needs it.

A request under /v1.0/ passes when:
- its path matches a request builder's template and that builder has the HTTP method,
- each query option is one the method's query-parameter class declares ($skiptoken too on a GET: Graph puts it in
  @odata.nextLink, learn.microsoft.com/graph/paging),
- $select names properties of the entity the GET answers with,
- its JSON body has only properties of the body's model (through base classes; a nested object against its own
  model; "@odata.type" switches to the derived type; "name@odata.bind" for a property "name"), each of the JSON type
  its deserializer reads, and enum values among the enum's members.

Refusals carry Graph's answers, with innerError as Graph sends it:
- unknown path: 400 BadRequest "Resource not found for the segment 'x'." (as the fake already answered; seen in
  e.g. github.com/microsoftgraph/python-sample-auth/issues/20);
- a known path without the method: 405 Request_BadRequest "Specified HTTP method is not allowed for the request
  target." (unconfirmed);
- unknown query option: 400 BadRequest "Query option 'x' is not allowed for this request." (unconfirmed; Graph may
  ignore an unknown option without "$", the fake is stricter);
- $select of an unknown property: 400 Request_UnsupportedQuery "Property 'x' does not exist as a declared property
  or extension property." (the directory's answer, seen in several client test suites of Graph; unconfirmed in
  Microsoft's docs);
- unknown body property: 400 Request_BadRequest "Invalid property 'x'." (unconfirmed);
- wrong JSON type: 400 Request_BadRequest "Invalid value specified for property 'x' of resource 'User'." with
  details [{"code": "InvalidValue", "target": "x"}] (github.com/microsoftgraph/microsoft-graph-docs/issues/5777).
"""

from __future__ import annotations

import importlib.util
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.fake_http import Response

PREFIX = "/v1.0"

_INIT = re.compile(r'super\(\).__init__\(request_adapter, "([^"]+)", path_parameters\)')
_METHOD = re.compile(r"async def (get|post|patch|put|delete)\(self,(?:body: (\w+), )?request_configuration: "
                     r"Optional\[RequestConfiguration\[(\w+)\]\] = None\) -> (?:Optional\[(\w+)\]|None)")
_OVERRIDE = re.compile(r"RequestInformation\(Method\.(\w+), '([^']+)'")
_IMPORT = re.compile(r"^\s*from (\.+[\w.]*) import (\w+)", re.M)
_QP_CLASS = re.compile(r"class (\w+QueryParameters)\(\):(.*?)(?=\n    @dataclass|\n    class |\Z)", re.S)
_QP_NAME = re.compile(r'return "([^"]+)"')
_CLASS = re.compile(r"^class (\w+)\(([^)]*)\):", re.M)
_FIELD = re.compile(r'"([^"]+)": lambda n : setattr\(self, \'\w+\', n\.(\w+)\((\w*)\)\)')
_ENUM_VALUE = re.compile(r'^    \w+ = "([^"]*)",?\s*$', re.M)
_MIXINS = frozenset({"AdditionalDataHolder", "BackedModel", "Parsable", "ComposedTypeWrapper"})

_STRINGS = frozenset({"get_str_value", "get_datetime_value", "get_date_value", "get_time_value",
                      "get_timedelta_value", "get_uuid_value", "get_bytes_value"})


def generated_dir() -> Path:
    spec = importlib.util.find_spec("msgraph")  # finds the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("msgraph-sdk is not installed: pip install -e '.[test]'")
    return Path(next(iter(spec.submodule_search_locations))) / "generated"


@dataclass
class Operation:
    query: frozenset[str]          # the query options the method takes, e.g. {"$select", "$filter"}
    body: Path | None              # the body model's module
    answer: Path | None            # the answered model's module (for $select)


@dataclass
class _Node:
    literal: dict[str, _Node] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], _Node]] = field(default_factory=list)
    operations: dict[str, Operation] | None = None   # set where a template ends
    template: str = ""


@dataclass(frozen=True)
class Refusal:
    reason: str
    response: Response


@dataclass
class Model:
    name: str
    fields: dict[str, tuple[str, Path | str | None]]   # JSON name → (getter, the model/enum module or primitive)
    enum: frozenset[str] | None = None


def _resolve(imports: dict[str, str], base: Path, name: str) -> Path | None:
    dotted = imports.get(name)
    if dotted is None:
        return None
    dots = len(dotted) - len(dotted.lstrip("."))
    folder = base
    for _ in range(dots - 1):
        folder = folder.parent
    return folder.joinpath(*dotted.lstrip(".").split(".")).with_suffix(".py")


def _query_names(template_query: str) -> frozenset[str]:
    names = re.findall(r"\{\?([^}]*)\}", template_query)
    listed = [n for group in names for n in group.split(",")]
    listed += re.findall(r"[?&]([^=&{]+)=", template_query)
    return frozenset(unquote(n) for n in listed if n)


def _segment(template_segment: str) -> str | re.Pattern[str]:
    if "{" not in template_segment:
        return template_segment
    regex, pos = "", 0
    for m in re.finditer(r"\{[^}]+\}", template_segment):
        regex += re.escape(template_segment[pos:m.start()]) + "[^/]+?"
        pos = m.end()
    return re.compile("^" + regex + re.escape(template_segment[pos:]) + "$")


class GraphContract:
    """The request builders of msgraph-sdk's ``generated`` folder, as a tree of path segments."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or generated_dir()
        self.root = _Node()
        self.templates = 0
        for path in self.folder.rglob("*_request_builder.py"):
            self._add(path, path.read_text(encoding="utf-8"))
        self._models: dict[Path, Model | None] = {}

    def _add(self, path: Path, text: str) -> None:
        init = _INIT.search(text)
        if init is None:
            return
        imports = {name: module for module, name in _IMPORT.findall(text)}
        classes = {name: _query_names("{?" + ",".join(_QP_NAME.findall(body)) + "}")
                   for name, body in _QP_CLASS.findall(text)}
        overrides = dict(_OVERRIDE.findall(text))
        operations: dict[str, Operation] = {}
        for verb, body, config, answer in _METHOD.findall(text):
            method = verb.upper()
            query = frozenset() if config == "QueryParameters" else classes.get(config, frozenset())
            if method in overrides:
                query |= _query_names(overrides[method].partition("?")[2] or overrides[method].partition("{?")[2])
            operations[method] = Operation(query, _resolve(imports, path.parent, body) if body else None,
                                           _resolve(imports, path.parent, answer) if answer else None)
        template = init.group(1).replace("{+baseurl}", "")
        route = re.split(r"\{\?|\?", template, maxsplit=1)[0]
        node = self.root
        for part in route.strip("/").split("/"):
            key = _segment(part)
            if isinstance(key, str):
                node = node.literal.setdefault(key, _Node())
            else:
                found = next((n for p, n in node.patterns if p.pattern == key.pattern), None)
                if found is None:
                    found = _Node()
                    node.patterns.append((key, found))
                node = found
        node.operations = {**(node.operations or {}), **operations}
        node.template = route
        self.templates += 1

    # --- paths ----------------------------------------------------------------------------
    def match(self, path: str) -> tuple[_Node | None, int]:
        """The node of the template ``path`` (after /v1.0) matches, else None and how many segments matched."""
        segments = [unquote(s) for s in path.strip("/").split("/")]
        deepest = 0

        def walk(node: _Node, i: int) -> _Node | None:
            nonlocal deepest
            deepest = max(deepest, i)
            if i == len(segments):
                return node if node.operations is not None else None
            child = node.literal.get(segments[i])
            if child is not None and (found := walk(child, i + 1)):
                return found
            for pattern, child in node.patterns:
                if pattern.match(segments[i]) and (found := walk(child, i + 1)):
                    return found
            return None

        return walk(self.root, 0), deepest

    # --- models ---------------------------------------------------------------------------
    def model(self, module: Path) -> Model | None:
        if module not in self._models:
            self._models[module] = self._load(module)
        return self._models[module]

    def _load(self, module: Path) -> Model | None:
        try:
            text = module.read_text(encoding="utf-8")
        except OSError:
            return None
        declared = _CLASS.search(text)
        if declared is None:
            return None
        name, bases = declared.group(1), [b.strip() for b in declared.group(2).split(",")]
        if "Enum" in bases:
            return Model(name, {}, frozenset(_ENUM_VALUE.findall(text)))
        imports = {n: m for m, n in _IMPORT.findall(text)}
        fields: dict[str, tuple[str, Path | str | None]] = {}
        for base in bases:
            if base not in _MIXINS and (where := _resolve(imports, module.parent, base)) is not None:
                parent = self.model(where)
                if parent is not None:
                    fields.update(parent.fields)
        for json_name, getter, arg in _FIELD.findall(text):
            fields[json_name] = (getter, _resolve(imports, module.parent, arg) or arg or None)
        return Model(name, fields)

    def derived(self, odata_type: str) -> Path | None:
        """The module of "#microsoft.graph.unifiedRoleAssignment" (models/unified_role_assignment.py)."""
        name = odata_type.lstrip("#")
        if not name.startswith("microsoft.graph."):
            return None
        parts = [re.sub(r"(?<!^)(?=[A-Z])", "_", p).lower() for p in name.removeprefix("microsoft.graph.").split(".")]
        module = self.folder.joinpath("models", *parts).with_suffix(".py")
        return module if module.exists() else None

    # --- the check -----------------------------------------------------------------------
    def check(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Refusal | None:
        """None when ``method path?query`` with the decoded JSON ``body`` (None: no body) keeps to the SDK."""
        if not path.startswith(PREFIX + "/"):
            return None
        rest = path[len(PREFIX):]
        if rest == "/me" or rest.startswith("/me/"):  # the SDK sends /me as /users/{user-id} with the id "me"
            rest = "/users/me" + rest[3:]            # (msgraph/graph_service_client.py, GraphServiceClient.me)
        node, depth = self.match(rest)
        if node is None:
            segment = [unquote(s) for s in rest.strip("/").split("/")][min(depth, len(rest.strip("/").split("/")) - 1)]
            return Refusal(f"no request builder's template matches {rest}",
                           _error(400, "BadRequest", f"Resource not found for the segment '{segment}'."))
        operation = (node.operations or {}).get(method)
        if operation is None:
            return Refusal(f"{node.template} has no {method}", _error(
                405, "Request_BadRequest", "Specified HTTP method is not allowed for the request target."))
        allowed = operation.query | ({"$skiptoken"} if method == "GET" else set())
        for name in query:
            if name not in allowed:
                return Refusal(f"{method} {node.template} takes no query option {name!r} (it takes "
                               f"{sorted(allowed)})",
                               _error(400, "BadRequest", f"Query option '{name}' is not allowed for this request."))
        if "$select" in query and operation.answer is not None:
            refusal = self._check_select(operation.answer, query["$select"][0])
            if refusal:
                return refusal
        if body is not None and operation.body is not None:
            model = self.model(operation.body)
            if model is not None:
                problem = self._object(model, operation.body, body)
                if problem:
                    return problem
        return None

    def _check_select(self, answer: Path, selected: str) -> Refusal | None:
        model = self.model(answer)
        if model is not None and model.name.endswith("CollectionResponse") and "value" in model.fields:
            item = model.fields["value"][1]
            model = self.model(item) if isinstance(item, Path) else None
        if model is None:
            return None
        for name in (s.strip() for s in selected.split(",")):
            if name and name not in model.fields:
                return Refusal(f"$select {name!r}: {model.name} has no such property", _error(
                    400, "Request_UnsupportedQuery",
                    f"Property '{name}' does not exist as a declared property or extension property."))
        return None

    def _object(self, model: Model, module: Path, value: Any) -> Refusal | None:
        if not isinstance(value, dict):
            return Refusal(f"{model.name}: not a JSON object", _error(
                400, "BadRequest", "Empty Payload. JSON content expected."))  # (unconfirmed)
        odata_type = value.get("@odata.type")
        if isinstance(odata_type, str) and (derived := self.derived(odata_type)) and derived != module:
            sub = self.model(derived)
            if sub is not None:
                model, module = sub, derived
        for key, item in value.items():
            name = key.removesuffix("@odata.bind") if key.endswith("@odata.bind") and not key.startswith("@") \
                else key
            if name not in model.fields and model.name.endswith("RequestBody"):
                # an action's parameters: the metadata (and so the SDK) spells some in PascalCase ("Message",
                # "SaveToSentItems" of sendMail) where Microsoft's own docs send camelCase (learn.microsoft.com/
                # graph/api/user-sendmail); Graph takes both, so these are matched regardless of case
                name = key = next((f for f in model.fields if f.lower() == name.lower()), name)
            if name not in model.fields:
                return Refusal(f"{model.name} has no property {key!r}",
                               _error(400, "Request_BadRequest", f"Invalid property '{key}'."))
            if name != key:
                continue  # a reference to bind: one URL or a list of them
            problem = self._property(model, key, *model.fields[key], item)
            if problem:
                return problem
        return None

    def _property(self, model: Model, key: str, getter: str, kind: Path | str | None, item: Any) -> Refusal | None:
        if item is None:
            return None
        invalid = Refusal(f"{model.name}.{key}: {item!r} is not what {getter} reads", _error(
            400, "Request_BadRequest", f"Invalid value specified for property '{key}' of resource '{model.name}'.",
            details=[{"code": "InvalidValue", "target": key}]))
        if getter in ("get_object_value", "get_collection_of_object_values"):
            items = [item] if getter == "get_object_value" else item
            if not isinstance(items, list):
                return invalid
            sub = self.model(kind) if isinstance(kind, Path) else None
            for one in items:
                if not isinstance(one, dict):
                    return invalid
                if sub is not None and (problem := self._object(sub, kind, one)):
                    return problem
            return None
        if getter in ("get_enum_value", "get_collection_of_enum_values"):
            enum = self.model(kind) if isinstance(kind, Path) else None
            values = item if isinstance(item, list) else item.split(",") if isinstance(item, str) else None
            if values is None or (getter == "get_enum_value" and not isinstance(item, str)):
                return invalid
            members = {m.lower() for m in enum.enum} if enum is not None and enum.enum else None
            # Graph reads enum members regardless of case: its own samples send "contentType": "Text" for the
            # member "text" (learn.microsoft.com/graph/api/user-sendmail)
            if members and any(not isinstance(v, str) or v.strip().lower() not in members for v in values):
                return invalid
            return None
        if getter == "get_collection_of_primitive_values":
            if not isinstance(item, list):
                return invalid
            one_getter = {"str": "get_str_value", "bool": "get_bool_value", "int": "get_int_value",
                          "float": "get_float_value"}.get(str(kind), "get_str_value")
            return next((p for p in (self._property(model, key, one_getter, None, v) for v in item) if p), None)
        ok = {"get_bool_value": lambda v: isinstance(v, bool),
              "get_int_value": lambda v: isinstance(v, int) and not isinstance(v, bool),
              "get_float_value": lambda v: isinstance(v, int | float) and not isinstance(v, bool)}.get(
            getter, (lambda v: isinstance(v, str)) if getter in _STRINGS else (lambda v: True))
        return None if ok(item) else invalid


def _error(status: int, code: str, message: str, *, details: list[dict[str, str]] | None = None) -> Response:
    request_id = str(uuid.uuid4())
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    error["innerError"] = {"date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"), "request-id": request_id,
                           "client-request-id": request_id}
    return Response(status, {"error": error}, {"request-id": request_id, "client-request-id": request_id})


@cache
def contract() -> GraphContract:
    """One index per test session (the request builders are read once)."""
    return GraphContract()


def check_request(request: Any) -> Refusal | None:
    """The fake's hook: ``request`` is a mailwizard.sandbox.fake_http.Request. A body that is not JSON is left to
    the fake's own answer."""
    if not request.path.startswith(PREFIX + "/"):
        return None
    try:
        body = request.json() if request.body.strip() else None
    except (ValueError, UnicodeDecodeError):
        body = None
    return contract().check(request.method, request.path, request.query, body)
