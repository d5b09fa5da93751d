"""Every request to the Google fake, checked against Google's discovery documents.

The documents are the ones google-api-python-client ships (googleapiclient/discovery_cache/documents/*.json; the
format: developers.google.com/discovery/v1/reference/apis). The fake serves each API under the path it has on its
real host ("/" + servicePath + path, e.g. https://admin.googleapis.com/admin/directory/v1/users → /admin/directory/v1/
users), so a request's path is looked up as is. A request passes when:

- its method and path match a method of a document (flatPath, or path; the upload paths of mediaUpload too),
- the query parameters the method marks required are there,
- each query parameter is one the method declares or one of the document's standard parameters (alt, fields, …),
  with a value of the declared type (integer within its minimum and maximum, boolean, enum),
- its JSON body fits the method's request schema: every property exists, recursively through $ref, arrays, objects
  and additionalProperties, each value of the declared JSON type (and within the enum, where one is declared).

Refusals carry Google's answers:
- unknown body field: 400 INVALID_ARGUMENT "Invalid JSON payload received. Unknown name \"foo\" at 'resource':
  Cannot find field." with a google.rpc.BadRequest fieldViolation (the shape as servers send it, e.g.
  github.com/decolua/9router/issues/1876 and github.com/danny-avila/LibreChat/issues/11761); the body is the
  request's field "resource" in the Directory API (its own errors name "resource.name.field",
  github.com/googleapis/google-api-python-client/issues/1440); "resource" for the other APIs is (unconfirmed);
- wrong JSON type: 400 "Invalid JSON payload received. Invalid value at 'resource.role_id' (TYPE_INT64), \"x\""
  (proto3 JSON parser wording, as the fake already used; (unconfirmed) for each API);
- unknown query parameter: 400 "Invalid JSON payload received. Unknown name \"foo\": Cannot bind query parameter.
  Field 'foo' could not be found in request message." (One Platform wording, (unconfirmed) for the Directory API);
- enum query parameter out of range: 400 invalidParameter "Invalid string value: 'asdf'. Allowed values: [...]"
  (developers.google.com/youtube/v3/docs/core_errors, the global domain's sample);
- unknown path or method: 404 with Google front end's HTML page "The requested URL /x was not found on this
  server. That’s all we know." (markup (unconfirmed); 404 notFound: the core_errors page above).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from mailwizard.sandbox.fake_http import Response

# The APIs the app (and so the fake) speaks; a new API of the fake is one more name here.
DOCUMENTS = ("admin.directory_v1", "siteVerification.v1", "licensing.v1", "gmail.v1", "admin.reports_v1",
             "groupssettings.v1")
# The name of the request field that holds the body, as Google's messages name it (see the module doc).
BODY_FIELD = "resource"
# Endpoints the fake serves that no discovery document describes: OAuth 2.0 and OpenID Connect
# (developers.google.com/identity/protocols/oauth2/native-app; the userinfo endpoint of
# accounts.google.com/.well-known/openid-configuration). Their own checks are the fake's.
NOT_IN_DISCOVERY = frozenset({("GET", "/o/oauth2/v2/auth"), ("POST", "/token"), ("POST", "/revoke"),
                              ("GET", "/oauth2/v3/userinfo")})

_TYPE_NAMES = {"string": "TYPE_STRING", "boolean": "TYPE_BOOL", "integer": "TYPE_INT32", "number": "TYPE_DOUBLE"}


@dataclass(frozen=True)
class Method:
    id: str
    http_method: str
    template: str                  # the path on the fake, e.g. /admin/directory/v1/users/{userKey}
    regex: re.Pattern[str]
    literal: int                   # characters outside {…}: the more, the more specific the template
    query: dict[str, dict[str, Any]]
    request: str | None            # the request body's schema name
    upload: bool                   # a media upload path: the body is the media, not JSON
    doc: str


@dataclass(frozen=True)
class Refusal:
    reason: str
    response: Response


def documents_dir() -> Path:
    import googleapiclient

    return Path(googleapiclient.__file__).parent / "discovery_cache" / "documents"


def _walk(resource: dict[str, Any]):
    yield from resource.get("methods", {}).values()
    for child in resource.get("resources", {}).values():
        yield from _walk(child)


def _compile(template: str, params: dict[str, dict[str, Any]]) -> tuple[re.Pattern[str], int]:
    """A {+name} (reserved expansion, may hold "/") takes the parameter's declared pattern where there is one."""
    regex, literal, pos = "", 0, 0
    for m in re.finditer(r"\{(\+?)([^}]+)\}", template):
        pattern = params.get(m.group(2), {}).get("pattern", "").removeprefix("^").removesuffix("$")
        regex += re.escape(template[pos:m.start()]) + ("(" + (pattern or ".+") + ")" if m.group(1) else "([^/]+)")
        literal += m.start() - pos
        pos = m.end()
    regex += re.escape(template[pos:])
    literal += len(template) - pos
    return re.compile("^" + regex + "$"), literal


class DiscoveryContract:
    """The methods and schemas of ``documents`` (names of files in the documents folder, without .json)."""

    def __init__(self, documents: tuple[str, ...] = DOCUMENTS, folder: Path | None = None) -> None:
        folder = folder or documents_dir()
        self.methods: list[Method] = []
        self.schemas: dict[str, dict[str, dict[str, Any]]] = {}
        self.standard: dict[str, dict[str, dict[str, Any]]] = {}
        for name in documents:
            doc = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
            self.schemas[name] = doc.get("schemas", {})
            self.standard[name] = doc.get("parameters", {})
            prefix = "/" + doc.get("servicePath", "")
            for method in _walk(doc):
                query = {k: v for k, v in method.get("parameters", {}).items() if v.get("location") == "query"}
                request = method.get("request", {}).get("$ref")
                paths = [(prefix + (method.get("flatPath") or method["path"]), False)]
                if method.get("flatPath") and method["flatPath"] != method["path"]:
                    paths.append((prefix + method["path"], False))
                for protocol in method.get("mediaUpload", {}).get("protocols", {}).values():
                    paths.append((protocol["path"], True))
                for template, upload in paths:
                    regex, literal = _compile(template, method.get("parameters", {}))
                    self.methods.append(Method(method["id"], method["httpMethod"], template, regex, literal, query,
                                               request, upload, name))
        self.methods.sort(key=lambda m: -m.literal)

    # --- lookups -------------------------------------------------------------------------
    def find(self, http_method: str, path: str) -> Method | None:
        return next((m for m in self.methods if m.http_method == http_method and m.regex.match(path)), None)

    def check(self, http_method: str, path: str, query: dict[str, list[str]], headers: dict[str, str],
              body: bytes) -> Refusal | None:
        """None when the request keeps to the contract, else why not and Google's answer."""
        if (http_method, path) in NOT_IN_DISCOVERY:
            return None
        method = self.find(http_method, path)
        if method is None:
            return Refusal(f"no method of {', '.join(DOCUMENTS)} has {http_method} {path}", _not_found(path))
        refusal = self._check_query(method, query)
        if refusal is None and not method.upload:
            refusal = self._check_body(method, headers, body)
        return refusal

    def _check_query(self, method: Method, query: dict[str, list[str]]) -> Refusal | None:
        for name, spec in method.query.items():
            if spec.get("required") and name not in query:
                return Refusal(f"{method.id} requires the query parameter {name!r}", Response(400, {"error": {
                    "code": 400, "message": f"Required parameter: {name}", "errors": [
                        {"domain": "global", "reason": "required", "message": f"Required parameter: {name}",
                         "locationType": "parameter", "location": name}]}}))  # as the fake already answered
        for name, values in query.items():
            spec = method.query.get(name) or self.standard[method.doc].get(name)
            if spec is None:
                message = (f'Invalid JSON payload received. Unknown name "{name}": Cannot bind query parameter. '
                           f"Field '{name}' could not be found in request message.")
                return Refusal(f"{method.id} declares no query parameter {name!r}", _invalid_argument(message))
            if len(values) > 1 and not spec.get("repeated"):
                return Refusal(f"{method.id}: {name!r} given {len(values)} times",
                               _parameter_error(f"Multiple values for parameter '{name}'", name))  # (unconfirmed)
            for value in values:
                wrong = _bad_parameter(spec, value)
                if wrong:
                    return Refusal(f"{method.id}: query {name}={value!r}: {wrong}", _parameter_error(wrong, name))
        return None

    def _check_body(self, method: Method, headers: dict[str, str], body: bytes) -> Refusal | None:
        if not body.strip():
            return None
        if "json" not in headers.get("content-type", "json"):
            return None  # a form or a media body is the fake's own business
        try:
            value = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return Refusal(f"{method.id}: the body is not JSON", _invalid_json("Unexpected token.", None))
        if method.request is None:
            if value in ({}, None):
                return None
            return Refusal(f"{method.id} takes no request body", _invalid_json(
                f'Unknown name "{next(iter(value), "")}": Cannot find field.' if isinstance(value, dict) and value
                else 'Unknown name "": Root element must be a message.', None))
        problem = self._value(method.doc, {"$ref": method.request}, value, BODY_FIELD)
        if problem is None:
            return None
        detail, field = problem
        return Refusal(f"{method.id}: {detail}", _invalid_json(detail, field))

    # --- the body, recursively --------------------------------------------------------------
    def _resolve(self, doc: str, schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
        name = None
        while "$ref" in schema:
            name = schema["$ref"]
            schema = self.schemas[doc][name]
        return name, schema

    def _value(self, doc: str, schema: dict[str, Any], value: Any, at: str) -> tuple[str, str] | None:
        """(Google's message detail, the field path) for the first problem of ``value`` at ``at``, else None."""
        name, schema = self._resolve(doc, schema)
        kind = schema.get("type")
        if value is None or kind == "any":
            return None
        if kind == "object" or (name is not None and "properties" in schema):
            if not isinstance(value, dict):
                return (f"Invalid value at '{at}' (type.googleapis.com/{name or 'google.protobuf.Struct'}), "
                        f"{_shown(value)}", at)  # the message's proto package: (unconfirmed)
            properties = schema.get("properties")
            extra = schema.get("additionalProperties")
            for key, item in value.items():
                if properties is not None and key in properties:
                    problem = self._value(doc, properties[key], item, f"{at}.{_snake(key)}")
                elif extra is not None:
                    problem = self._value(doc, extra, item, f"{at}[{key!r}]")
                elif properties is None:
                    problem = None  # an object with no declared shape (a Struct)
                else:
                    problem = (f'Unknown name "{key}" at \'{at}\': Cannot find field.', at)
                if problem:
                    return problem
            return None
        if kind == "array":
            if not isinstance(value, list):
                return f"Invalid value at '{at}' ({_TYPE_NAMES.get(_item_type(schema), 'TYPE_MESSAGE')}), " \
                       f"{_shown(value)}", at
            for i, item in enumerate(value):
                problem = self._value(doc, schema.get("items", {"type": "any"}), item, f"{at}[{i}]")
                if problem:
                    return problem
            return None
        wrong = _bad_scalar(schema, value)
        return (f"Invalid value at '{at}' ({wrong}), {_shown(value)}", at) if wrong else None


def _item_type(schema: dict[str, Any]) -> str:
    return schema.get("items", {}).get("type", "")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)[:80]


def _bad_scalar(schema: dict[str, Any], value: Any) -> str | None:
    """The proto type named in Google's message when ``value`` is not of the schema's JSON type, else None."""
    kind, fmt = schema.get("type"), schema.get("format", "")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        if fmt in ("int64", "uint64"):  # proto3 JSON: a 64-bit integer is a string, a number is accepted too
            ok = (isinstance(value, str) and re.fullmatch(r"-?\d+", value)) or (number and float(value).is_integer())
            return None if ok else ("TYPE_INT64" if fmt == "int64" else "TYPE_UINT64")
        if not isinstance(value, str):
            return "TYPE_ENUM" if "enum" in schema else "TYPE_STRING"
        if "enum" in schema and value not in schema["enum"]:
            return "TYPE_ENUM"
        return None
    if kind == "boolean":
        return None if isinstance(value, bool) else "TYPE_BOOL"
    if kind == "integer":
        ok = (number and float(value).is_integer()) or (isinstance(value, str) and re.fullmatch(r"-?\d+", value))
        return None if ok else ("TYPE_UINT32" if fmt == "uint32" else "TYPE_INT32")
    if kind == "number":
        return None if number else "TYPE_DOUBLE"
    return None


def _bad_parameter(spec: dict[str, Any], value: str) -> str | None:
    kind = spec.get("type")
    if kind == "integer" and not re.fullmatch(r"-?\d+", value):
        return f"Invalid value '{value}'. Values must be integers."
    if kind == "integer" and "minimum" in spec and "maximum" in spec and \
            not int(spec["minimum"]) <= int(value) <= int(spec["maximum"]):
        return f"Invalid value '{value}'. Values must be within the range: [{spec['minimum']}, {spec['maximum']}]"
    if kind == "boolean" and value.lower() not in ("true", "false"):
        return f"Invalid boolean value: '{value}'."  # (unconfirmed)
    if "enum" in spec and value not in spec["enum"]:
        return f"Invalid string value: '{value}'. Allowed values: [{', '.join(spec['enum'])}]"
    return None


def _parameter_error(message: str, name: str) -> Response:
    return Response(400, {"error": {"code": 400, "message": message, "errors": [
        {"domain": "global", "reason": "invalidParameter", "message": message, "locationType": "parameter",
         "location": name}]}})


def _invalid_argument(message: str, field: str | None = None) -> Response:
    violation: dict[str, str] = {"description": message}
    if field:
        violation = {"field": field, **violation}
    return Response(400, {"error": {
        "code": 400, "message": message, "errors": [{"message": message, "reason": "invalid"}],
        "status": "INVALID_ARGUMENT",
        "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest", "fieldViolations": [violation]}],
    }})


def _invalid_json(detail: str, field: str | None) -> Response:
    return _invalid_argument(f"Invalid JSON payload received. {detail}", field)


def _not_found(path: str) -> Response:
    shown = path.replace("&", "&amp;").replace("<", "&lt;")
    return Response(404, (
        "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 404 (Not Found)!!1</title>\n"
        f"  <p><b>404.</b> <ins>That’s an error.</ins>\n  <p>The requested URL <code>{shown}</code> was not found "
        "on this server.  <ins>That’s all we know.</ins>\n"), {"Content-Type": "text/html; charset=UTF-8"})


@cache
def contract() -> DiscoveryContract:
    """One contract per test session (the documents are read once)."""
    return DiscoveryContract()


def check_request(request: Any) -> Refusal | None:
    """The fake's hook: ``request`` is a mailwizard.sandbox.fake_http.Request."""
    return contract().check(request.method, request.path, request.query, request.headers, request.body)
