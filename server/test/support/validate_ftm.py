"""Checks FollowTheMoney entities (JSON lines on standard input) with the official `followthemoney`
package's model, and prints one JSON object: the number of entities, the count per schema, and every
problem found. Exits 1 when there is a problem, so a test (or a person) sees it.

    python validate_ftm.py < graph.ftm.json

An entity passes when: it is a JSON object with an id FtM accepts and a schema of the model that is
not abstract; `model.get_proxy(data, cleaned=False)` reads it; each of its properties exists in its
schema (and is not a reverse "stub"), each value is valid for the property's type and within its
length; its required properties are present; and every entity reference names an entity of the
same file whose schema is within the property's range.
"""
import json
import sys
from collections import Counter

from followthemoney import model
from followthemoney.types import registry


def check_values(entity_id, schema, properties, problems):
    for name, values in properties.items():
        prop = schema.get(name)
        if prop is None:
            problems.append(f"{entity_id}: {schema.name} has no property {name!r}")
            continue
        if prop.stub:
            problems.append(f"{entity_id}: {schema.name}.{name} is a reverse property, not set directly")
        if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
            problems.append(f"{entity_id}: {schema.name}.{name} is not a list of text: {values!r}")
            continue
        for value in values:
            if not prop.type.validate(value):
                problems.append(f"{entity_id}: {schema.name}.{name} = {value!r} is not a valid {prop.type.name}")
            if prop.max_length and len(value) > prop.max_length:
                problems.append(f"{entity_id}: {schema.name}.{name} is longer than {prop.max_length} characters")


def check_entity(data, problems):
    if not isinstance(data, dict):
        problems.append(f"not a JSON object: {data!r}")
        return None
    entity_id = data.get("id")
    if not isinstance(entity_id, str) or not registry.entity.validate(entity_id):
        problems.append(f"{entity_id!r}: not a valid FtM entity id")
    schema = model.get(data.get("schema") or "")
    if schema is None:
        problems.append(f"{entity_id}: unknown schema {data.get('schema')!r}")
        return None
    if schema.abstract:
        problems.append(f"{entity_id}: schema {schema.name} is abstract")
    properties = data.get("properties")
    if not isinstance(properties, dict):
        problems.append(f"{entity_id}: properties is not an object")
        return None
    try:
        proxy = model.get_proxy(data, cleaned=False)
    except Exception as error:  # the model's own refusal, whatever its class
        problems.append(f"{entity_id}: model.get_proxy refused it: {error}")
        return None
    check_values(entity_id, schema, properties, problems)
    for name in schema.required:
        if not proxy.get(name):
            problems.append(f"{entity_id}: {schema.name} requires {name!r}")
    return proxy


def main():
    problems = []
    proxies = []
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: not JSON ({error})")
            continue
        proxy = check_entity(data, problems)
        if proxy is not None:
            proxies.append(proxy)
    by_id = {}
    for proxy in proxies:
        if proxy.id in by_id:
            problems.append(f"{proxy.id}: id used twice")
        by_id[proxy.id] = proxy
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type != registry.entity:
                continue
            target = by_id.get(value)
            if target is None:
                problems.append(f"{proxy.id}: {proxy.schema.name}.{prop.name} names {value!r}, which is not in the file")
            elif prop.range is not None and not target.schema.is_a(prop.range):
                problems.append(f"{proxy.id}: {proxy.schema.name}.{prop.name} names a {target.schema.name}, not a {prop.range.name}")
    report = {
        "entities": len(proxies),
        "schemata": dict(Counter(proxy.schema.name for proxy in proxies)),
        "problems": problems,
    }
    print(json.dumps(report, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
