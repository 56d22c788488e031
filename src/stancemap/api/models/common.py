"""Shapes every endpoint shares: a page of a list, and the one error body."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class Public(BaseModel):
    """A response model read from a store record's attributes."""

    model_config = ConfigDict(from_attributes=True)


class Page(BaseModel, Generic[T]):
    """One page of a list, with the number of items across all pages."""

    total: int = Field(description="How many items match, across all pages.")
    limit: int = Field(description="The page size asked for.")
    offset: int = Field(description="How many matching items come before this page.")
    items: list[T]


class ErrorInfo(BaseModel):
    """What went wrong: the HTTP status, a stable code, and a message for people."""

    status: int = Field(description="The HTTP status code, repeated for convenience.")
    code: str = Field(description="A stable machine-readable code such as 'not_found'.")
    message: str = Field(description="What went wrong, where, and what to try.")
    details: list[dict[str, Any]] = Field(
        default_factory=list, description="Per-field problems of an invalid request."
    )


class ErrorBody(BaseModel):
    """The body of every error response, whatever the status."""

    error: ErrorInfo


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (400, "The input cannot be used"),
        (404, "No such record"),
        (422, "The request's parameters or body are invalid"),
        (503, "The database is unavailable"),
    )
}
