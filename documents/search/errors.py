"""The error a search parameter raises: it names the parameter and the reason, in the interface's
language, for a 400 page or a JSON error, never a 500."""

from __future__ import annotations


class ParamError(ValueError):
    def __init__(self, param: str, message: str):
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message
