"""The model names users read: one rule over the generator's class names, plus the overlay's pins.

openapi-python-client names a class after where it sits: ``ShowInstanceResponse200`` (the
200 answer of show_instance), ``...ResultsType0Item`` (an element of the first member of the
union ``results`` is). The rule keeps the place and drops the generator's bookkeeping:

1. ``Response2xx`` at the end becomes ``Response`` (the operation's answer); inside a longer
   name it goes (a nested model belongs to the operation's answer anyway).
2. ``TypeN`` goes: it numbers the members of a union, and a model is the only model member.
3. ``AdditionalProperty`` (one value of a map) becomes ``Value``.
4. A field repeating the end of the operation's name before ``Item``/``Value`` goes:
   ``ShowMachinesMachinesItem`` is ``ShowMachinesItem``.

Where the rule is not enough (a long or stuttering name), an operation's record in the overlay
pins one (``models: {RuleName: {name: Pinned, why: ...}}``). Names are checked unique and free
of ``Response2xx`` and ``TypeN``; a clash fails generation naming both classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from . import ToolError
from .overlay_records import ModelPin

_RESPONSE_END = re.compile(r"Response2\d\d$")
_RESPONSE_IN = re.compile(r"Response2\d\d(?=[A-Z])")
_TYPE_N = re.compile(r"Type\d+(?=[A-Z]|$)")
_BAD = re.compile(r"Response\d{3}|Type\d")


def pascal(operation: str) -> str:
    """``show_invoices_v0`` -> ``ShowInvoicesV0``, as the generator spells an operation."""
    return "".join(word[:1].upper() + word[1:] for word in operation.split("_"))


def snake(name: str) -> str:
    """``ShowInstanceResponse`` -> ``show_instance_response`` (a model's module name)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def rule_name(generated: str, operations: Iterable[str]) -> str:
    """The SDK's name for the generator's class name ``generated`` (before pins)."""
    name = _RESPONSE_END.sub("Response", generated)
    name = _RESPONSE_IN.sub("", name)
    name = _TYPE_N.sub("", name)
    name = name.replace("AdditionalProperty", "Value")
    owners = sorted((pascal(op) for op in operations if generated.startswith(pascal(op))), key=len)
    if owners and name != f"{owners[-1]}Response":
        owner = owners[-1]
        rest = name[len(owner) :]
        found = re.match(r"([A-Z][A-Za-z0-9]*?)(Item|Value)(?=[A-Z]|$)", rest)
        if found and owner.lower().endswith(found.group(1).lower()):
            name = owner + rest[len(found.group(1)) :]
    return name


def sdk_names(
    generated: Iterable[str],
    operations: Iterable[str],
    pins: Mapping[str, ModelPin],
    notes: list[str] | None = None,
) -> dict[str, str]:
    """The generator's class name -> the SDK's, for every class; ToolError on a clash, a pin
    that names no class, or a name the rule should not have left. With ``notes`` (lenient
    generation: a trial with another primary document), a stale pin is noted there instead."""
    ops = list(operations)
    names = {g: rule_name(g, ops) for g in sorted(set(generated))}
    used: set[str] = set()
    for old, new in names.items():
        if new in pins:
            used.add(new)
            names[old] = pins[new].name
    stale = [
        f"{pin.rule.where}: no model is named {key!r} by the rule (stale pin)"
        for key, pin in sorted(pins.items())
        if key not in used
    ]
    problems: list[str] = []
    if notes is None:
        problems += stale
    else:
        notes += stale
    owner: dict[str, str] = {}
    for old, new in names.items():
        if new in owner:
            problems.append(
                f"model names clash: {owner[new]} and {old} are both named {new}: pin another "
                "name in the overlay record of one of their operations (models:)"
            )
        owner[new] = old
        if _BAD.search(new):
            problems.append(f"model {old} would be exported as {new}: pin a readable name")
    if problems:
        raise ToolError("\n".join(problems))
    return names


def module_names(names: Mapping[str, str], generated_modules: Mapping[str, str]) -> dict[str, str]:
    """The module of each SDK class name: the generator's when the class keeps its name, else
    the snake_case name (``_model`` added on a clash, as the generator does)."""
    modules: dict[str, str] = {}
    taken: set[str] = set()
    for old, new in sorted(names.items(), key=lambda item: item[1]):
        module = generated_modules[old] if new == old else snake(new)
        while module in taken:
            module += "_model"
        taken.add(module)
        modules[new] = module
    return modules
