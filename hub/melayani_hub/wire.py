"""The ``POST /sync/batch`` body as pydantic models, built from ingest's field specs.

They describe the body in the OpenAPI document (so clients and the schemathesis fuzzer know
every item type); the endpoint itself still parses the raw JSON and lets ``ingest`` judge each
item, so one bad item is one ``conflict`` answer, never a 422 for the whole batch
(docs/decisions.md, "Typed wire format, permissive parse").
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, create_model

from melayani_hub import ingest

_TITLES = {
    "referral": "Referral",
    "outcome": "Outcome",
    "contact_report": "ContactReport",
    "unmet_need": "UnmetNeed",
}
_BASE = {ingest.S: str, ingest.OPT: str, ingest.INT: int, ingest.BOOL: bool}


def _field_type(kind: str, name: str, spec: tuple[str, bool, int]) -> tuple[Any, Any]:
    typ, required, limit = spec
    allowed = ingest.ENUMS.get((kind, name))
    base: Any = Literal[allowed] if allowed else _BASE[typ]
    if allowed:
        constraints: dict[str, Any] = {}
    elif typ == ingest.INT:
        low = 1 if (kind, name) == ("referral", "seq") else 0
        constraints = {"ge": low, "le": limit}
    elif typ == ingest.BOOL:
        constraints = {}
    else:
        constraints = {"max_length": limit, **({"pattern": r"\S"} if required else {})}
    if name == "created_at":
        constraints["description"] = "ISO 8601 timestamp"
    if required:
        return base, Field(..., **constraints)
    return base | None, Field(None, **constraints)


def _payload_model(kind: str) -> type[BaseModel]:
    fields: dict[str, Any] = {
        name: _field_type(kind, name, spec) for name, spec in ingest.SPECS[kind].items()
    }
    # echoes a desk may send: checked against the item and the token's desk
    fields["type"] = (Literal[kind] | None, Field(None))
    fields["uuid"] = (str | None, Field(None, description="same as the item's uuid"))
    fields["desk_id"] = (str | None, Field(None, description="the token's desk, if sent"))
    return create_model(f"{_TITLES[kind]}Payload", __config__=ConfigDict(extra="allow"), **fields)


def _item_model(kind: str) -> type[BaseModel]:
    return create_model(
        f"{_TITLES[kind]}Item",
        type=(Literal[kind], ...),  # type: ignore[arg-type]
        uuid=(
            str,
            Field(..., description="the record's UUID", json_schema_extra={"format": "uuid"}),
        ),
        payload=(_payload_model(kind), ...),
    )


ITEM_MODELS = {kind: _item_model(kind) for kind in ingest.TYPES}
# the four item types, discriminated on "type" (built at run time: no static alias)
SyncItem: Any = Annotated[Union[tuple(ITEM_MODELS.values())], Field(discriminator="type")]  # noqa: UP007


class SyncBatch(BaseModel):
    """The upload body: at most ``ingest.MAX_ITEMS`` items, stored in one transaction."""

    items: list[SyncItem] = Field(..., max_length=ingest.MAX_ITEMS)


class SyncResult(BaseModel):
    uuid: str
    status: Literal["created", "duplicate", "conflict"]
    detail: str = ""
    code: str | None = Field(None, description="only on a conflict: why, in a stable word")


class SyncAnswer(BaseModel):
    results: list[SyncResult]


_REF = "#/components/schemas/{model}"


def batch_request_body() -> dict[str, Any]:
    """The ``openapi_extra`` of the batch endpoint: its body is a :class:`SyncBatch`."""
    schema = {"$ref": _REF.format(model="SyncBatch")}
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}}


def add_components(openapi: dict[str, Any]) -> dict[str, Any]:
    """Put :class:`SyncBatch` and every model it names into ``components/schemas``."""
    schemas = openapi.setdefault("components", {}).setdefault("schemas", {})
    for model in (SyncBatch, SyncAnswer):
        top = TypeAdapter(model).json_schema(ref_template=_REF)
        schemas.update(top.pop("$defs", {}))
        schemas[model.__name__] = top
    return openapi
